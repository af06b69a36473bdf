"""The app driven with Pilot: what a user sees after pressing keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui.app import SummitReader
from reader.ui.article_view import ArticleView
from reader.ui.source_list import SourceList

from ..conftest import SEEDS
from ..conftest import settle as loaded




def reader_lines(app: SummitReader) -> list[str]:
    view = app.reader
    return [line.text for line in view.layout_.lines] if view.layout_ else []


async def test_first_article_open_at_start_and_navigation() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        sources = app.sources
        assert app.open_article.id == sources.articles[0].id
        assert isinstance(app.focused, SourceList)
        await pilot.press("j", "j")
        assert sources.cursor == 2
        await pilot.press("k")
        assert sources.cursor == 1
        await pilot.press("down", "enter")
        assert app.open_article.id == sources.articles[2].id
        assert isinstance(app.focused, ArticleView)
        assert reader_lines(app)[0] == sources.articles[2].title
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SourceList)
        await pilot.press("G", "right")
        assert app.open_article.id == sources.articles[-1].id


async def test_reader_scroll_keys() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("tab")
        view = app.reader
        assert view.scroll_y == 0
        await pilot.press("j", "j", "j")
        assert view.scroll_y == 3
        await pilot.press("k")
        assert view.scroll_y == 2
        await pilot.press("space")
        assert view.scroll_y > 10
        await pilot.press("b")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_layout_fits_and_rewraps_on_resize(size: tuple[int, int]) -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=size) as pilot:
        await loaded(pilot)
        view = app.reader
        width = view.scrollable_content_region.width
        assert view.layout_ is not None and view.layout_.width == width
        await pilot.resize_terminal(size[0] - 17, size[1])
        await pilot.pause()
        assert view.layout_.width == view.scrollable_content_region.width < width


async def test_markup_in_an_article_is_shown_literally(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(
        "# [b]粗体[/b] [@click=app.quit]点我[/]\n\n正文[red]红[/red]\x1b[2J清屏。\n", encoding="utf-8"
    )
    app = SummitReader(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        lines = reader_lines(app)
        assert lines[0] == "[b]粗体[/b] [@click=app.quit]点我[/]"
        assert any("[red]红[/red]␛[2J清屏" in line for line in lines)
        await pilot.click("#reader", offset=(5, 0))
        assert app.is_running  # the [@click] was text, not an action


async def test_help_lists_live_bindings() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        from reader.ui.help_screen import HelpScreen
        from reader.ui.help_sections import help_sections

        assert isinstance(app.screen, HelpScreen)
        sections = dict(help_sections(app))
        assert ("t", "Script") in sections["Everywhere"]
        assert any(desc == "Open" for _, desc in sections["Sources"])
        assert any(desc == "Page down" for _, desc in sections["Reader"])
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_quit_returns_zero() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_skipped_files_are_explained(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("# 标题\n\n正文。", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    app = SummitReader(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        await pilot.pause()
        texts = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "empty.txt" in texts and "empty file" in texts


async def test_key_bar_shows_the_focused_panes_keys_and_a_click_presses_one() -> None:
    from reader.ui.help_screen import HelpScreen
    from reader.ui.key_bar import KeyBar

    app = SummitReader(SEEDS)
    async with app.run_test(size=(120, 30)) as pilot:
        await loaded(pilot)
        bar = app.query_one(KeyBar)
        shown = str(bar.render())
        assert "Open" in shown and "Quit" in shown and "palette" in shown
        await pilot.press("tab")  # the reader has its own keys
        await pilot.pause()
        assert "Highlight" in str(bar.render())
        start = next(start for start, _, key in bar._spans if key == "question_mark")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_enter_typed_ahead_opens_the_article_once_the_reader_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    """A known folder lists its sources in the first frame, before the reader
    is mounted: Enter pressed then opens that article when it is (it was a
    crash: no #reader yet)."""
    import reader.ui.app as app_module

    async with SummitReader(SEEDS).run_test(size=(100, 30)) as pilot:  # builds the index
        await loaded(pilot)
    monkeypatch.setattr(app_module, "PANES_AFTER", 0.5)  # a wide window to type in
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.sources.articles and not app._panes_mounted
        await pilot.press("j", "enter")
        wanted = app.sources.current
        await pilot.pause(0.6)
        await loaded(pilot)
        assert app.open_article is not None and app.open_article.id == wanted.id
        assert isinstance(app.focused, ArticleView)


async def test_a_dialog_opened_at_once_does_not_hold_back_the_reader() -> None:
    from reader.ui.help_screen import HelpScreen

    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        assert app._panes_mounted and "indexing" not in str(app.query_one("#status").render())

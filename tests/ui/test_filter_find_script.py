"""Filter, find and the script toggle, as a user drives them."""

from __future__ import annotations

from pathlib import Path

from reader.core.settings import load_settings
from reader.ui.app import SummitReader
from reader.ui.article_view import ArticleView
from reader.ui.filter_box import FilterBox

from ..conftest import SEEDS, settle




def shown_ids(app: SummitReader) -> list[str]:
    return [app.sources.articles[i].id[:3] for i in app.sources.order]


def reader_text(app: SummitReader) -> str:
    return "\n".join(line.text for line in app.reader.layout_.lines)


async def test_filter_in_the_other_script_then_escape_returns() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        before = app.open_article
        await pilot.press("slash", *"馮德萊恩")
        await settle(pilot)
        assert isinstance(app.focused, FilterBox)
        assert shown_ids(app)[0] == "001"
        assert "match" in str(app.query_one("#filter-count").render())
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.sources.order) == 4
        assert app.sources.current.id == before.id


async def test_typing_in_the_list_opens_the_filter_and_enter_opens_top_hit() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*"DEEPSEEK")  # capitals are not list keys
        await settle(pilot)
        assert isinstance(app.focused, FilterBox) and app.filter_box.value == "DEEPSEEK"
        top = app.sources.articles[app.sources.order[0]]
        assert "deepseek" in top.title.lower()
        assert app.sources._marks_of(app.sources.order[0])  # matched characters are marked
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.open_article.id == app.sources.articles[app.sources.order[1]].id
        assert isinstance(app.focused, ArticleView)


async def test_script_toggle_cycles_everywhere_and_is_remembered() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tkp = next(a for a in app.sources.articles if a.id.startswith("000"))
        app.open(tkp)
        await settle(pilot)
        assert "馬克龍" in reader_text(app)
        await pilot.press("t")
        await settle(pilot)
        assert "马克龙" in reader_text(app) and "馬克龍" not in reader_text(app)
        assert "简体" in str(app.query_one("#status").render())
        assert app.sources._title(app.sources.articles.index(tkp)).startswith("DeepSeek开源")
        await pilot.press("t")
        await settle(pilot)
        assert "繁體" in str(app.query_one("#status").render())
        await pilot.press("t")
        await settle(pilot)
        assert "原文" in str(app.query_one("#status").render())
        app.set_script("traditional", "taiwan")
        await settle(pilot)
    assert load_settings().mode == "traditional" and load_settings().variant == "taiwan"
    again = SummitReader(SEEDS)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "繁體·台灣" in str(again.query_one("#status").render())


async def test_toggle_keeps_the_reading_position() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dw = next(a for a in app.sources.articles if a.id.startswith("004"))
        app.open(dw)
        await settle(pilot)
        app.reader.focus()
        await pilot.press("space", "space")
        anchor = app.reader.reading_anchor()
        block = next(i for i, b in enumerate(app.open_article.blocks) if b.start <= anchor < b.end + 1)
        app.set_script("traditional", "taiwan")  # s2twp changes the text's length
        await settle(pilot)
        top_line = app.reader.layout_.lines[int(app.reader.scroll_y)]
        assert top_line.block == block


async def test_find_in_article_any_script_with_n_and_N() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tkp = next(a for a in app.sources.articles if a.id.startswith("000"))
        app.open(tkp)
        app.reader.focus()
        await pilot.press("f", *"马克龙")
        await settle(pilot)
        count = len(app.find_hits)
        assert count >= 5 and app.find_bar.border_title == f"1/{count}"
        await pilot.press("enter", "n", "n")
        assert app.find_current == 2
        await pilot.press("N")
        assert app.find_current == 1
        await pilot.press("t")  # 简体: the same hits, in the converted text
        await settle(pilot)
        assert len(app.find_hits) == count
        start, end = app.find_hits[0]
        assert app.reader.layout_.shown.text[start:end] == "马克龙"


async def test_filter_while_folder_has_bad_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("# 馬克龍訪華\n\n正文。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    app = SummitReader(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"马克龙")
        await settle(pilot)
        assert shown_ids(app) == ["a"]


async def test_keys_typed_in_a_burst_after_slash_all_reach_the_filter() -> None:
    """A paste, or tmux send-keys: the keys are queued for the list before the
    box has opened, and none of them may act as a list or app key (e, p)."""
    from textual import events

    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        panel_shown = app.panel.display
        for key, character in (("slash", "/"), ("D", "D"), ("e", "e"), ("e", "e"), ("p", "p")):
            app.sources.post_message(events.Key(key, character))
        await settle(pilot)
        assert app.filter_text == "Deep"
        assert app.panel.display == panel_shown  # p did not toggle the quotes panel
        await pilot.press("escape", "j")
        await settle(pilot)
        assert app.filter_text == "" and app.sources.cursor == 1

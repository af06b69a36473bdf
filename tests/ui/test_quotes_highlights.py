"""The quotes panel and the reader's own highlights, as a user uses them."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import OptionList

from reader.core.highlights import HighlightStore
from reader.ui.app import SummitReader
from reader.ui.speakers_screen import SpeakersScreen

from ..conftest import SEEDS, settle




def open_seed(app: SummitReader, prefix: str) -> None:
    article = next(a for a in app.sources.articles if a.id.startswith(prefix))
    app.open(article)


async def test_panel_lists_speakers_and_enter_scrolls_to_the_quote() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        open_seed(app, "001")
        await settle(pilot)
        assert app.panel.display  # wide enough: open by default
        assert app.panel.highlighted == 0  # Enter works as soon as the panel has focus
        speakers = [e.quote.speaker for e in app.panel.entries if e.quote]
        for name in ("冯德莱恩", "万斯", "奥尔特曼"):
            assert name in speakers
        target = next(i for i, e in enumerate(app.panel.entries) if e.quote and e.quote.speaker == "奥尔特曼")
        app.panel.focus()
        app.panel.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        entry = app.panel.entries[target]
        layout = app.reader.layout_
        line = layout.line_of_offset(layout.shown.to_shown(entry.start))
        assert line in app.reader.visible_lines()
        # Scrolling the reader moves the panel's selection with it.
        app.reader.focus()
        await pilot.press("g")
        await pilot.pause()
        assert app.panel.highlighted == 0


async def test_panel_follows_the_script_and_hides_on_narrow_terminals() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert not app.panel.display
        await pilot.press("p")
        assert app.panel.display
        open_seed(app, "000")
        await settle(pilot)
        await pilot.press("t")  # 简体
        await settle(pilot)
        prompt = str(app.panel.get_option_at_index(0).prompt)
        assert "馬" not in prompt and "龍" not in prompt


async def test_highlight_survives_restart_and_shows_in_every_script() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        open_seed(app, "004")
        await settle(pilot)
        app.reader.focus()
        await pilot.press("full_stop", "full_stop", "h")
        await pilot.pause()
        start, end = app.reader.cursor_range()
        passage = app.open_article.text[start:end]
        await pilot.press("a", *"重要", "enter")
        await pilot.pause()
        await pilot.press("q")
    stored = HighlightStore().all()
    assert [(h.exact, h.note) for h in stored] == [(passage, "重要")]

    again = SummitReader(SEEDS)
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        open_seed(again, "004")
        await settle(pilot)
        marks = [e for e in again.panel.entries if e.highlight]
        assert len(marks) == 1 and marks[0].highlight.note == "重要"
        await pilot.press("t", "t")  # 繁體
        await settle(pilot)
        layer = again.reader._layers["highlights"]
        shown = again.reader.layout_.shown.text[layer[0].start : layer[0].end]
        assert len(shown) == len(passage) and shown != passage  # the same passage, converted
        again.reader.focus()
        await pilot.press("full_stop", "full_stop", "x")  # the cursor back on it, then remove
        await pilot.pause()
        assert HighlightStore().all() == []
        await pilot.press("u")  # put back, note and all
        await pilot.pause()
        restored = HighlightStore().all()
        assert [(h.exact, h.note) for h in restored] == [(passage, "重要")]


async def test_who_said_what_merges_scripts_and_opens_at_the_quote() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        macron = next(g for g in app.screen.groups if "马克龙" in g.names or "馬克龍" in g.names)
        outlets = {article.outlet for article, _ in macron.quotes}
        assert {"大公報", "智东西"} <= outlets  # 馬克龍 and 马克龙 are one speaker
        article, quote = macron.quotes[0]
        app.screen.dismiss((article, quote))
        await settle(pilot)
        assert app.open_article.id == article.id
        layout = app.reader.layout_
        assert layout.line_of_offset(layout.shown.to_shown(quote.start)) in app.reader.visible_lines()


async def test_who_said_what_is_used_with_the_keys() -> None:
    """The dialog takes the focus: Down moves to a quote, Enter opens its article."""
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        options = app.screen.query_one(OptionList)
        assert options.has_focus
        await pilot.press("down")
        article, _ = app.screen.choices[int(options.get_option_at_index(options.highlighted).id)]
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SpeakersScreen)
        assert app.open_article is not None and app.open_article.id == article.id


async def test_help_takes_the_focus_so_the_keys_scroll_it() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.has_focus
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y > 0


async def test_export_panel_writes_markdown_and_says_where() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        open_seed(app, "001")
        await settle(pilot)
        await pilot.press("ctrl+e")
        await pilot.pause()
        from reader.core import paths

        exported = list((paths.data_dir() / "exports").glob("*.md"))
        assert len(exported) == 1
        text = exported[0].read_text(encoding="utf-8")
        assert "**冯德莱恩**" in text and "**万斯**" in text


async def test_reading_position_survives_a_restart() -> None:
    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        open_seed(app, "000")
        await settle(pilot)
        app.reader.focus()
        await pilot.press("space", "space", "space")
        await pilot.pause()
        top_block = app.reader.layout_.lines[int(app.reader.scroll_y)].block
        await pilot.press("q")
    assert top_block > 0
    again = SummitReader(SEEDS)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        open_seed(again, "000")
        await settle(pilot)
        await pilot.pause()
        assert again.reader.layout_.lines[int(again.reader.scroll_y)].block == top_block

"""The reader pane's span painting, checked without running the app."""

from __future__ import annotations

import random

from rich.segment import Segment
from rich.style import Style

from reader.core.layout import Line
from reader.ui.article_view import ArticleView, Span

STYLES = [Style(bold=True), Style(color="red"), Style(color="blue"), Style(bgcolor="green"), Style(italic=True)]


def reference_styled(layers: dict[str, list[Span]], line: Line, style: Style) -> list[Segment]:
    """Every span of every layer sorted together, then walked from the first
    for each line: slow, and the meaning the reader must keep."""
    everything = sorted((s for layer in layers.values() for s in layer), key=lambda s: (s.start, s.priority))
    if line.start < 0 or not everything:
        return [Segment(line.text, style)]
    cuts = {0, len(line.text)}
    active = []
    for span in everything:
        if span.start >= line.end:
            break
        if span.end > line.start:
            active.append(span)
            cuts.add(max(span.start - line.start, 0))
            cuts.add(min(span.end - line.start, len(line.text)))
    if not active:
        return [Segment(line.text, style)]
    ordered = sorted(c for c in cuts if 0 <= c <= len(line.text))
    segments = []
    for a, b in zip(ordered, ordered[1:]):
        if a == b:
            continue
        piece_style = style
        for span in sorted(active, key=lambda s: s.priority):
            if span.start <= line.start + a < span.end:
                piece_style = piece_style + span.style
        segments.append(Segment(line.text[a:b], piece_style))
    return segments


def random_lines(rng: random.Random, length: int) -> list[Line]:
    lines, position = [], 0
    while position < length:
        width = rng.randint(1, 30)
        lines.append(Line("字" * width, "paragraph", 0, position, position + width))
        position += width
    return [Line("標題", "title"), *lines]


def random_spans(rng: random.Random, length: int) -> list[Span]:
    spans = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, length)
        end = start + rng.choice([0, 1, 2, 5, 40, 200])  # empty, short and long
        spans.append(Span(start, end, rng.choice(STYLES), rng.choice([1, 2, 2, 5, 10])))
    return spans


def test_spans_paint_as_if_all_layers_were_sorted_together() -> None:
    rng = random.Random(7)
    for _ in range(300):
        length = rng.randint(1, 300)
        view = ArticleView()
        layers: dict[str, list[Span]] = {}
        for name in rng.sample(["find", "quotes", "highlights", "cursor", "selected"], rng.randint(0, 5)):
            layers[name] = random_spans(rng, length)
            view.set_layer(name, layers[name])
        if layers:  # a layer set again keeps its place among the others
            name = rng.choice(list(layers))
            layers[name] = random_spans(rng, length)
            view.set_layers(**{name: layers[name]})
        base = rng.choice(STYLES)
        for line in random_lines(rng, length):
            assert view._styled(line, base) == reference_styled(layers, line, base)


def test_set_layers_sets_each_and_refreshes_once() -> None:
    view = ArticleView()
    refreshes = []
    view.refresh = lambda *args, **kwargs: refreshes.append(1)  # type: ignore[method-assign]
    find = [Span(start, start + 2, STYLES[0], 10) for start in range(0, 1000, 10)]
    view.set_layer("find", find)
    sorted_find = view._sorted_layers["find"]
    quotes, marks = [Span(5, 50, STYLES[1], 1)], [Span(40, 60, STYLES[3], 2)]
    refreshes.clear()
    view.set_layers(quotes=quotes, highlights=marks)
    assert refreshes == [1]
    assert view._layers["quotes"] is quotes and view._layers["highlights"] is marks
    view.set_layer("cursor", [Span(900, 950, STYLES[4], 5)])
    assert view._sorted_layers["find"] is sorted_find  # moving the cursor leaves the find hits alone
    line = Line("字" * 40, "paragraph", 0, 30, 70)
    layers = {"find": find, "quotes": quotes, "highlights": marks}
    assert view._styled(line, Style()) == reference_styled(layers, line, Style())


async def test_the_top_offset_is_one_answer_for_anchor_panel_and_cursor() -> None:
    from reader.ui.app import SummitReader

    from ..conftest import SEEDS, settle

    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.reader
        article = next(a for a in app.sources.articles if a.id.startswith("001"))
        app.open(article)
        await settle(pilot)
        view.focus()
        assert view.scroll_y == 0 and view.reading_anchor() is None  # at the top: the title stays
        tops: list[int] = []
        post = view.post_message

        def recording(message):  # type: ignore[no-untyped-def]
            if isinstance(message, ArticleView.TopChanged):
                tops.append(message.offset)
            return post(message)

        view.post_message = recording  # type: ignore[method-assign]
        await pilot.press("j", "j", "j")
        await pilot.pause()
        layout = view.layout_
        first_body = next(line for line in layout.lines[int(view.scroll_y) :] if line.start >= 0)
        expected = layout.shown.to_original(first_body.start)
        assert view.reading_anchor() == expected
        assert tops and tops[-1] == expected
        assert view._first_visible_sentence() == view._sentence_at(expected)
        await pilot.press("full_stop")  # the cursor lands on the first sentence on screen
        assert view.cursor == view._sentence_at(expected)


async def test_the_widget_style_is_looked_up_once_per_redraw(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from textual.geometry import Region

    from reader.ui.app import SummitReader

    from ..conftest import SEEDS, settle

    app = SummitReader(SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.reader
        app.open(next(a for a in app.sources.articles if a.id.startswith("001")))
        await settle(pilot)
        lookups = []
        style_of = type(view).rich_style.fget

        def counted(widget):  # type: ignore[no-untyped-def]
            lookups.append(widget)
            return style_of(widget)

        monkeypatch.setattr(ArticleView, "rich_style", property(counted))
        strips = view.render_lines(Region(0, 0, view.size.width, view.size.height))
        monkeypatch.undo()
        assert len(strips) == view.size.height > 1
        assert lookups.count(view) == 1
        assert view._base_style == view.rich_style

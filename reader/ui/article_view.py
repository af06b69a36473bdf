"""The reader pane: an article laid out by the core, drawn line by line.

Only the visible lines are rendered (Textual's line API, as toolong does), so a
2 MB article scrolls as smoothly as a short one.  Text is turned into segments
directly: it is never parsed as markup, and control characters were made
visible by the loader, so nothing in an article reaches the terminal as a
command.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.layout import Layout, Line, lay_out
from reader.core.models import Article
from reader.core.sentences import sentence_spans
from reader.core.script import Converted
from reader.ui.lines import BaseStyleOnce


@dataclass(frozen=True, slots=True)
class Span:
    """A styled range of the *shown* body text."""

    start: int
    end: int
    style: Style
    priority: int = 0


@dataclass(frozen=True, slots=True)
class _SortedLayer:
    """One layer's spans sorted by (start, priority), with what a line needs
    to find its spans by bisection: the starts, and the running maximum of
    the ends (a span ending before a line may start anywhere before it)."""

    spans: list[Span]
    starts: list[int]
    reach: list[int]

    @classmethod
    def of(cls, spans: list[Span]) -> _SortedLayer:
        ordered = sorted(spans, key=lambda s: (s.start, s.priority))
        reach, furthest = [], 0
        for span in ordered:
            furthest = max(furthest, span.end)
            reach.append(furthest)
        return cls(ordered, [s.start for s in ordered], reach)


CURSOR_STYLE = Style(underline=True, bgcolor="grey23")

_KIND_STYLES: dict[str, Style] = {
    "title": Style(bold=True, color="bright_white"),
    "meta": Style(dim=True),
    "caption": Style(italic=True, dim=True),
    "byline": Style(dim=True),
    "link": Style(underline=True),
    "url": Style(dim=True),
    "warning": Style(color="yellow", italic=True),
}
_HEADING_STYLES = {
    1: Style(bold=True, underline=True, color="bright_yellow"),
    2: Style(bold=True, color="bright_yellow"),
    3: Style(bold=True, color="yellow"),
    4: Style(bold=True, italic=True),
}


def line_style(line: Line) -> Style:
    if line.kind == "heading":
        return _HEADING_STYLES.get(line.level, _HEADING_STYLES[4])
    return _KIND_STYLES.get(line.kind, Style())


class ArticleView(BaseStyleOnce, ScrollView, can_focus=True):
    """Shows one article; owns the reading keys."""

    BINDINGS = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
        Binding("n", "find_step(1)", "Next find hit", show=False),
        Binding("N", "find_step(-1)", "Previous find hit", show=False),
        Binding("full_stop,right_square_bracket", "sentence(1)", "Next sentence", show=False),
        Binding("comma,left_square_bracket", "sentence(-1)", "Previous sentence", show=False),
        Binding("h", "mark('highlight')", "Highlight"),
        Binding("a", "mark('note')", "Note", show=False),
        Binding("x", "mark('remove')", "Remove highlight", show=False),
        Binding("u", "undo_remove", "Undo remove", show=False),
    ]

    DEFAULT_CSS = """
    ArticleView {
        padding: 0 1;
        scrollbar-gutter: stable;
    }
    """

    class Relaid(Message):
        """The layout changed (new article, script or width)."""

    class Marked(Message):
        """h / a / x on the sentence (or quote) under the cursor, or u.
        ``start``/``end`` are offsets into the original text."""

        def __init__(self, what: str, start: int, end: int) -> None:
            super().__init__()
            self.what = what
            self.start = start
            self.end = end

    class TopChanged(Message):
        """The reader scrolled; ``offset`` is the original-text offset at the top."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class FindStep(Message):
        """n / N: go to the next / previous find hit."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    article: reactive[Article | None] = reactive(None, always_update=True, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.layout_: Layout | None = None
        self._shown: Converted | None = None
        self._mode = ("original", "generic")
        self._layers: dict[str, list[Span]] = {}
        self._sorted_layers: dict[str, _SortedLayer] = {}  # the same layers, in the same order, sorted
        self._empty_message = "Loading…"
        self.sentences: list[tuple[int, int]] = []
        self._sentence_ends: list[int] = []
        self.cursor = -1  # index into sentences; -1 until the reader moves it
        self.quote_ranges: list[tuple[int, int]] = []  # original offsets, for h on a quote

    # ------------------------------------------------------------ state in

    def show(self, article: Article | None, shown: Converted | None, mode: tuple[str, str]) -> None:
        """Display ``article`` converted as ``shown``; keeps the reading
        position when the same article is re-shown in another script."""
        same_article = article is not None and self.article is not None and article.id == self.article.id
        anchor = self.reading_anchor() if same_article else None
        self._shown = shown
        self._mode = mode
        self._set_article(article)
        if not same_article:
            self.sentences = sentence_spans(article.text) if article is not None else []
            self._sentence_ends = [end for _, end in self.sentences]
            self.cursor = -1
        self.relayout(anchor)
        if not same_article:
            self.scroll_to(y=0, animate=False)

    def _set_article(self, article: Article | None) -> None:
        self.set_reactive(ArticleView.article, article)

    def set_empty_message(self, message: str) -> None:
        self._empty_message = message
        self.refresh()

    def set_layer(self, name: str, spans: list[Span]) -> None:
        """Replace one layer of styled spans (find hits, quotes, highlights…)."""
        self.set_layers(**{name: spans})

    def set_layers(self, **layers: list[Span]) -> None:
        """Replace several layers at once, with one refresh.  Only the layers
        given are sorted: moving the cursor does not re-sort the find hits."""
        for name, spans in layers.items():
            self._layers[name] = spans
            self._sorted_layers[name] = _SortedLayer.of(spans)
        self.refresh()

    # ------------------------------------------------------------ layout

    @property
    def text_width(self) -> int:
        return max(self.scrollable_content_region.width, 10)

    def relayout(self, anchor: int | None = None) -> None:
        article = self.article
        if article is None:
            self.layout_ = None
            self.virtual_size = Size(0, 0)
            self.refresh()
            return
        if anchor is None and self.layout_ is not None and self.layout_.lines:
            anchor = self.reading_anchor()
        self.layout_ = lay_out(article, self.text_width, *self._mode, shown=self._shown)
        self._paint_cursor()
        self.virtual_size = Size(self.text_width, len(self.layout_.lines))
        if anchor is not None:
            self.scroll_to(y=self.layout_.line_of_offset(self.layout_.shown.to_shown(anchor)), animate=False)
        self.refresh()
        self.post_message(self.Relaid())

    def _top_offset(self) -> int | None:
        """Original-text offset of the first body line from the top of the
        view down (None without a layout or a body line there)."""
        layout = self.layout_
        if layout is None:
            return None
        lines = layout.lines
        for index in range(int(self.scroll_y), len(lines)):
            if lines[index].start >= 0:
                return layout.shown.to_original(lines[index].start)
        return None

    def reading_anchor(self) -> int | None:
        """Original-text offset of the first body line on screen."""
        if int(self.scroll_y) == 0:
            return None  # at the top: stay at the top (title included)
        return self._top_offset()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)  # scroll_y is new_value already
        if int(old_value) != int(new_value):
            offset = self._top_offset()
            if offset is not None:
                self.post_message(self.TopChanged(offset))

    def on_resize(self) -> None:
        if self.layout_ is not None and self.layout_.width != self.text_width:
            self.relayout()

    def scroll_to_offset(self, shown_offset: int, *, center: bool = True) -> None:
        if self.layout_ is None:
            return
        line = self.layout_.line_of_offset(shown_offset)
        if center:
            line = max(line - self.scrollable_content_region.height // 3, 0)
        self.scroll_to(y=line, animate=False)

    def visible_lines(self) -> range:
        top = int(self.scroll_y)
        return range(top, top + self.scrollable_content_region.height)

    # ------------------------------------------------------------ drawing

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base_style
        layout = self.layout_
        if layout is None:
            if y == 0:
                return Strip([Segment(self._empty_message, base + Style(dim=True))]).extend_cell_length(width, base)
            return Strip.blank(width, base)
        index = int(self.scroll_y) + y
        if index >= len(layout.lines):
            return Strip.blank(width, base)
        line = layout.lines[index]
        style = base + line_style(line)
        segments: list[Segment] = []
        if line.prefix:
            segments.append(Segment(line.prefix, base + (Style(dim=True) if line.kind != "caption" else style)))
        segments.extend(self._styled(line, style))
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _styled(self, line: Line, style: Style) -> list[Segment]:
        if line.start < 0 or not self._sorted_layers:
            return [Segment(line.text, style)]
        cuts = {0, len(line.text)}
        # The spans overlapping the line, keyed as they are combined: by
        # priority, then start, then layer and place in it (sorted once per line).
        active: list[tuple[tuple[int, int, int, int], Span]] = []
        for rank, layer in enumerate(self._sorted_layers.values()):
            first = bisect.bisect_right(layer.reach, line.start)  # spans before it end by line.start
            last = bisect.bisect_left(layer.starts, line.end)  # spans from here on start at line.end or later
            spans = layer.spans
            for index in range(first, last):
                span = spans[index]
                if span.end > line.start:
                    active.append(((span.priority, span.start, rank, index), span))
                    cuts.add(max(span.start - line.start, 0))
                    cuts.add(min(span.end - line.start, len(line.text)))
        if not active:
            return [Segment(line.text, style)]
        active.sort(key=lambda keyed: keyed[0])
        by_priority = [span for _, span in active]
        ordered = sorted(c for c in cuts if 0 <= c <= len(line.text))
        segments = []
        for a, b in zip(ordered, ordered[1:]):
            if a == b:
                continue
            piece_style = style
            absolute = line.start + a
            for span in by_priority:
                if span.start <= absolute < span.end:
                    piece_style = piece_style + span.style
            segments.append(Segment(line.text[a:b], piece_style))
        return segments

    # ------------------------------------------------------------ actions

    def action_scroll_lines(self, count: int) -> None:
        self.scroll_relative(y=count, animate=False)

    def action_page(self, direction: int) -> None:
        self.scroll_relative(y=direction * max(self.scrollable_content_region.height - 2, 1), animate=False)

    # ------------------------------------------------------------ sentence cursor

    def _paint_cursor(self) -> None:
        spans = []
        if self.layout_ is not None and 0 <= self.cursor < len(self.sentences):
            start, end = self.sentences[self.cursor]
            shown = self.layout_.shown
            spans.append(Span(shown.to_shown(start), shown.to_shown(end), CURSOR_STYLE, 5))
        self.set_layer("cursor", spans)

    def _first_visible_sentence(self) -> int:
        offset = self._top_offset()
        return -1 if offset is None else self._sentence_at(offset)

    def _sentence_at(self, offset: int) -> int:
        """The first sentence ending after ``offset`` (original text), or -1."""
        index = bisect.bisect_right(self._sentence_ends, offset)
        return index if index < len(self.sentences) else -1

    def _cursor_visible(self) -> bool:
        if self.layout_ is None or not 0 <= self.cursor < len(self.sentences):
            return False
        line = self.layout_.line_of_offset(self.layout_.shown.to_shown(self.sentences[self.cursor][0]))
        return line in self.visible_lines()

    def action_sentence(self, step: int) -> None:
        if not self.sentences:
            return
        if not self._cursor_visible():
            self.cursor = max(self._first_visible_sentence(), 0)
        else:
            self.cursor = max(0, min(self.cursor + step, len(self.sentences) - 1))
        self._paint_cursor()
        self.scroll_to_cursor()

    def scroll_to_cursor(self) -> None:
        if self.layout_ is None or not 0 <= self.cursor < len(self.sentences):
            return
        shown = self.layout_.shown
        start, end = self.sentences[self.cursor]
        first = self.layout_.line_of_offset(shown.to_shown(start))
        last = self.layout_.line_of_offset(max(shown.to_shown(end) - 1, 0))
        height = self.scrollable_content_region.height
        if first < self.scroll_y:
            self.scroll_to(y=first, animate=False)
        elif last >= self.scroll_y + height:
            self.scroll_to(y=max(last - height + 1, 0), animate=False)

    def move_cursor_to(self, offset: int) -> None:
        """Put the cursor on the sentence holding ``offset`` (original text)."""
        index = self._sentence_at(offset)
        if index >= 0:
            self.cursor = index
        self._paint_cursor()

    def cursor_range(self) -> tuple[int, int] | None:
        """What h/a/x act on: the quote under the cursor, else its sentence."""
        if not self._cursor_visible():
            self.cursor = self._first_visible_sentence()
            self._paint_cursor()
        if not 0 <= self.cursor < len(self.sentences):
            return None
        start, end = self.sentences[self.cursor]
        for q_start, q_end in self.quote_ranges:
            if q_start < end and q_end > start:
                return (q_start, q_end)
        return (start, end)

    def action_mark(self, what: str) -> None:
        target = self.cursor_range()
        if target is not None:
            self.post_message(self.Marked(what, *target))

    def action_undo_remove(self) -> None:
        self.post_message(self.Marked("undo", 0, 0))

    def action_find_step(self, step: int) -> None:
        self.post_message(self.FindStep(step))

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)

"""The sources pane: one two-row entry per article, drawn line by line.

Rows are rendered only when visible, so a list of 100,000 articles costs no
more to draw than one of four, and filtering only swaps the order of indices.
Titles are converted to the current script lazily, per visible row.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.linebreak import char_width
from reader.core.index import Entry
from reader.core.script import SCRIPT_BADGES
from reader.core.search import title_marks
from reader.ui.lines import BaseStyleOnce

ROWS_PER_ITEM = 2
DIM = Style(dim=True)
BOLD = Style(bold=True)
CURSOR_FOCUSED = Style(reverse=True)
CURSOR_UNFOCUSED = Style(bgcolor="grey30")
OPEN_MARKER = Style(color="bright_cyan")
BADGE = Style(color="cyan")
MATCH = Style(color="bright_magenta", bold=True, underline=True)


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, with an ellipsis when cut."""
    used = 0
    for index, ch in enumerate(text):
        w = char_width(ch)
        if used + w > width:
            cut = index
            while cut > 0 and used + 1 > width:
                cut -= 1
                used -= char_width(text[cut])
            return text[:cut] + "…"
        used += w
    return text


class SourceList(BaseStyleOnce, ScrollView, can_focus=True):
    """Articles, newest first, or in filter rank; owns the list keys."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next", show=False),
        Binding("k,up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move_page(1)", "Page down", show=False),
        Binding("pageup", "move_page(-1)", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
        Binding("enter,right,l", "open", "Open"),
    ]

    DEFAULT_CSS = """
    SourceList {
        scrollbar-gutter: stable;
    }
    """

    class Open(Message):
        """A request to open an article in the reader."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    class TypedToFilter(Message):
        """A printable key that is not a list key: start filtering with it."""

        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: list[Entry] = []
        self.order: list[int] = []
        self.filtered = False
        self.title_hits: set[int] = set()  # indices whose title matched the filter
        self.query = ""
        self._marks: dict[int, frozenset[int]] = {}
        self.open_id: str | None = None
        self._convert: Callable[[str], str] = lambda text: text
        self._shown_titles: dict[int, str] = {}
        self._shown_outlets: dict[int, str] = {}
        # Set while the filter box is opening: keys typed right after / (or
        # pasted) reach the list before the box has the focus, and go to it.
        self.typing_to_filter = False

    # ----------------------------------------------------------- state in

    def set_entries(self, entries: list[Entry]) -> None:
        """Show this list (the library's, in its order).  Without a filter,
        new entries appear as they arrive; the cursor stays on its entry."""
        current = self.current
        self.articles = entries
        self._shown_titles.clear()
        self._shown_outlets.clear()
        if not self.filtered:
            self.order = list(range(len(entries)))
            if current is not None:
                self.select_id(current.id)
        self._update_size()
        self.refresh()

    def show_order(self, order: list[int] | None, title_hits: set[int] | None = None, query: str = "") -> None:
        """Show only these entry indices, in this order (None: all)."""
        self.filtered = order is not None
        self.order = list(range(len(self.articles))) if order is None else order
        self.title_hits = title_hits or set()
        self.query = query
        self._marks.clear()
        self.cursor = 0
        self._update_size()
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def set_converter(self, convert: Callable[[str], str]) -> None:
        self._convert = convert
        self._shown_titles.clear()
        self._shown_outlets.clear()
        self.refresh()

    def _update_size(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.order) * ROWS_PER_ITEM)

    # ----------------------------------------------------------- queries

    @property
    def current(self) -> Entry | None:
        if 0 <= self.cursor < len(self.order):
            return self.articles[self.order[self.cursor]]
        return None

    def select_id(self, article_id: str) -> bool:
        for position, index in enumerate(self.order):
            if self.articles[index].id == article_id:
                self.cursor = position
                return True
        return False

    # ----------------------------------------------------------- drawing

    def _title(self, index: int) -> str:
        shown = self._shown_titles.get(index)
        if shown is None:
            shown = self._shown_titles[index] = self._convert(self.articles[index].title)
        return shown

    def _outlet(self, index: int) -> str:
        shown = self._shown_outlets.get(index)
        if shown is None:
            shown = self._shown_outlets[index] = self._convert(self.articles[index].outlet)
        return shown

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base_style
        row = int(self.scroll_y) + y
        position, part = divmod(row, ROWS_PER_ITEM)
        if position >= len(self.order):
            if not self.order and y == 0:
                return Strip([Segment(" No articles", base + DIM)]).extend_cell_length(width, base)
            return Strip.blank(width, base)
        index = self.order[position]
        article = self.articles[index]
        selected = position == self.cursor
        style = base
        if selected:
            style = base + (CURSOR_FOCUSED if self.has_focus else CURSOR_UNFOCUSED)
        is_open = article.id == self.open_id
        if part == 0:
            badge = SCRIPT_BADGES.get(article.script, "?")
            marker = "▌" if is_open else " "
            head = [Segment(marker, style + OPEN_MARKER), Segment(badge + " ", style + BADGE)]
            title = fit(self._title(index), max(width - 4, 1))
            segments = head + self._marked(title, self._marks_of(index), style + BOLD if is_open else style)
        else:
            date = article.published[:10] or "undated"
            meta = " · ".join(p for p in (date, self._outlet(index)) if p)
            text = fit(meta, max(width - 4, 1))
            segments = [Segment("    " + text, style + DIM)]
        return Strip(segments).extend_cell_length(width, style).crop(0, width)

    def _marks_of(self, index: int) -> frozenset[int]:
        if index not in self.title_hits:
            return frozenset()
        marks = self._marks.get(index)
        if marks is None:
            marks = self._marks[index] = title_marks(self.articles[index].title, self.query)
        return marks

    @staticmethod
    def _marked(title: str, marks: frozenset[int], style: Style) -> list[Segment]:
        if not marks:
            return [Segment(title, style)]
        mark_style = style + MATCH
        segments: list[Segment] = []
        for position, ch in enumerate(title):
            segments.append(Segment(ch, mark_style if position in marks else style))
        return list(Segment.simplify(segments))

    # ----------------------------------------------------------- cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        top = new * ROWS_PER_ITEM
        height = self.scrollable_content_region.height
        if top < self.scroll_y:
            self.scroll_to(y=top, animate=False)
        elif top + ROWS_PER_ITEM > self.scroll_y + height:
            self.scroll_to(y=top + ROWS_PER_ITEM - height, animate=False)

    def _clamp(self, position: int) -> int:
        return max(0, min(position, len(self.order) - 1))

    def action_move(self, step: int) -> None:
        self.cursor = self._clamp(self.cursor + step)

    def action_move_page(self, direction: int) -> None:
        per_page = max(self.scrollable_content_region.height // ROWS_PER_ITEM - 1, 1)
        self.cursor = self._clamp(self.cursor + direction * per_page)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._clamp(len(self.order) - 1)

    def action_open(self) -> None:
        article = self.current
        if article is not None:
            self.post_message(self.Open(article))

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        position = (int(self.scroll_y) + event.y) // ROWS_PER_ITEM
        if 0 <= position < len(self.order):
            self.cursor = position
            self.action_open()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        character = event.character
        if not event.is_printable or not character or character.isspace():
            return
        bound = self.app.active_bindings.get(event.key)
        if bound is not None and bound.binding.action == "filter":
            # The keys queued behind this one reach the list before the app
            # has opened the box: they are the filter's too.
            self.typing_to_filter = True
            return
        if not self.typing_to_filter and bound is not None:
            return  # a key with a binding (j, k, t, q, ?, /) keeps its meaning
        event.stop()
        event.prevent_default()
        self.post_message(self.TypedToFilter(character))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self._update_size()

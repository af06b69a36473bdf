"""Filtering the sources and finding in the article, as parts of the app.

The filter box over the list ranks titles and metadata per keystroke in a
thread worker, then adds the bodies; the find bar under the reader marks
every hit in the shown text, in any script, and steps through them.

``FilterAndFind`` is mixed into ``SummitReader`` (``reader.ui.app``) and
works on its panes and library; it handles its widgets' messages by name
(``on_filter_box_move``), so the widgets are imported only when mounted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual import events, work
from textual.content import Content
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.core.search import Hit, find_all
from reader.ui.panes import needs_panes

if TYPE_CHECKING:
    from textual.widgets import Input

    from reader.core.index import Entry
    from reader.ui.article_view import ArticleView
    from reader.ui.filter_box import FilterBox
    from reader.ui.find_bar import FindBar
    from reader.ui.source_list import SourceList

FIND_STYLE = Style(bgcolor="dark_goldenrod", color="black")
FIND_CURRENT_STYLE = Style(bgcolor="bright_yellow", color="black", bold=True)


class FilterAndFind:
    """The filter (``/`` or typing in the list) and find (``f``) features."""

    find_hits: list[tuple[int, int]]
    find_current: int

    @property
    def filter_box(self) -> FilterBox | None:
        """The filter box, once it has been opened."""
        found = self.query("#filter")
        return found.first() if found else None  # type: ignore[return-value]

    @property
    def filter_text(self) -> str:
        box = self.filter_box
        return box.value if box is not None else ""

    async def _open_filter_box(self) -> FilterBox:
        box = self.filter_box
        if box is None:
            from reader.ui.filter_box import FilterBox

            box = FilterBox(id="filter")
            await self.query_one("#sources-pane").mount(box, before="#filter-count")
        box.add_class("-visible")
        box.focus()
        return box


    # ------------------------------------------------------------ filter

    async def action_filter(self) -> None:
        await self._open_filter_box()

    async def on_source_list_typed_to_filter(self, event: SourceList.TypedToFilter) -> None:
        box = await self._open_filter_box()
        box.insert_text_at_cursor(event.character)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.run_filter(event.value)
        elif event.input.id == "find":
            self._find_changed(event)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self._filter_submitted()
        elif event.input.id == "find":
            self._find_submitted()

    def run_filter(self, query: str) -> None:
        if not query.strip():
            self._apply_filter(query, None)
            return
        self._filter_worker(query)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _filter_worker(self, query: str) -> None:
        """Titles and metadata first (per keystroke), then the bodies."""
        library = self.library
        entries = library.entries
        hits = library.search(query, bodies=False)
        worker = get_current_worker()
        if worker.is_cancelled:
            return
        self.call_from_thread(self._apply_filter, query, hits, entries)
        hits = library.with_bodies(query, hits)  # the title ranking is not redone
        if not worker.is_cancelled:
            self.call_from_thread(self._apply_filter, query, hits, entries)

    def _apply_filter(self, query: str, hits: list[Hit] | None, entries: list[Entry] | None = None) -> None:
        if query != self.filter_text:
            return  # a newer keystroke is on its way
        if entries is not None and entries is not self.library.entries:
            self.run_filter(query)  # the list was re-sorted meanwhile: rank again
            return
        count = self.query_one("#filter-count", Static)
        if hits is None:
            self.sources.show_order(None)
            count.update("")
            count.remove_class("-visible")
        else:
            self.sources.show_order([hit.index for hit in hits], {h.index for h in hits if h.where == "title"}, query)
            in_body = sum(1 for hit in hits if hit.where == "body")
            text = f"{len(hits)} match{'es' if len(hits) != 1 else ''}"
            if in_body:
                text += f" · {in_body} in text"
            count.update(Content(text))
            count.add_class("-visible")

    def on_filter_box_move(self, event: FilterBox.Move) -> None:
        self.sources.action_move(event.step)

    def _filter_submitted(self) -> None:
        if self.sources.current is not None:
            self.open_to_read(self.sources.current)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is not self.sources:
            self.sources.typing_to_filter = False  # the box (or another pane) has the keys now

    def on_filter_box_cleared(self) -> None:
        box = self.filter_box
        if box is not None:
            box.remove_class("-visible")
        self._apply_filter("", None)
        if self.open_article is not None:
            self.sources.select_id(self.open_article.id)
        self.sources.focus()

    # ------------------------------------------------------------ find

    @needs_panes
    def action_find(self) -> None:
        bar = self.find_bar
        bar.add_class("-visible")
        bar.focus()

    def _find_changed(self, event: Input.Changed) -> None:
        self.find_current = -1
        self._refresh_find(event.value)
        if self.find_hits:
            self.step_find(1)

    def _refresh_find(self, query: str | None = None) -> None:
        query = self.find_bar.value if query is None else query
        layout = self.reader.layout_
        self.find_hits = find_all(layout.shown.text, query) if layout is not None and query.strip() else []
        self._paint_find()

    def _paint_find(self) -> None:
        from reader.ui.article_view import Span

        spans = [
            Span(start, end, FIND_CURRENT_STYLE if number == self.find_current else FIND_STYLE, 10)
            for number, (start, end) in enumerate(self.find_hits)
        ]
        self.reader.set_layer("find", spans)
        bar = self.find_bar
        if not bar.value.strip():
            bar.border_title = None
        elif self.find_hits:
            bar.border_title = f"{self.find_current + 1}/{len(self.find_hits)}"
        else:
            bar.border_title = "no match"

    def step_find(self, step: int) -> None:
        if not self.find_hits:
            if self.find_bar.value.strip():
                self.notify("No match in this article", timeout=2)
            return
        self.find_current = (self.find_current + step) % len(self.find_hits)
        self.reader.scroll_to_offset(self.find_hits[self.find_current][0])
        self._paint_find()

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        self.step_find(event.step)

    def _find_submitted(self) -> None:
        self.reader.focus()

    def on_find_bar_closed(self) -> None:
        self.find_bar.remove_class("-visible")
        self.find_hits = []
        self._paint_find()
        self.reader.focus()

    def on_article_view_find_step(self, event: ArticleView.FindStep) -> None:
        self.step_find(event.step)

    def on_article_view_relaid(self) -> None:
        self._restore_position()
        if self.find_bar.value.strip():
            self._refresh_find()

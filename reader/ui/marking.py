"""Quotes and highlights, as parts of the app.

The quotes panel beside the reader lists the open article's quotes and the
reader's own highlights; both are painted in the text, kept in step with
the sentence cursor, and written to Markdown on request.  Who said what
gathers every article's quotes by speaker in a thread worker.

``QuotesAndHighlights`` is mixed into ``SummitReader`` (``reader.ui.app``)
and works on its panes, library and highlight store; it handles the panes'
messages by name (``on_article_view_marked``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.style import Style
from textual import work
from textual.worker import get_current_worker

from reader.core import paths
from reader.core.index import CorpusIndex
from reader.core.library import Library
from reader.core.models import Article, Quote, Skipped
from reader.ui.panes import needs_panes

if TYPE_CHECKING:
    from collections import OrderedDict

    from reader.core.highlights import Highlight
    from reader.core.index import Entry
    from reader.ui.article_view import ArticleView
    from reader.ui.quotes_panel import QuotesPanel

QUOTE_STYLE = Style(color="bright_cyan")
HIGHLIGHT_STYLE = Style(bgcolor="#5f5f00")
SELECTED_STYLE = Style(reverse=True)


class QuotesAndHighlights:
    """The quotes panel, the highlights and notes, who said what, export."""

    _recent: OrderedDict[str, tuple[Article, list[Quote]]]
    _last_removed: tuple[str, list[tuple[int, int, str]]] | None

    # ------------------------------------------------------------ quotes and highlights

    def quotes_of(self, article: Article) -> list[Quote]:
        if article.id in self._recent:
            return self._recent[article.id][1]
        from reader.core.quotes import article_quotes

        quotes = article_quotes(article)
        self.remember(article, quotes)
        return quotes

    def _highlights_of(self, article: Article) -> list[tuple[Highlight, tuple[int, int] | None]]:
        if self.store is None:
            return []
        from reader.core.highlights import resolve

        found = self._safely(lambda: self.store.for_article(article.id, article.title, str(article.path))) or []
        pairs = []
        for highlight in found:
            where = resolve(highlight, article.text)
            # A highlight found by title alone belongs here only if it attaches.
            if where is not None or highlight.article_id == article.id:
                pairs.append((highlight, where))
        return pairs

    def _refresh_marks(self) -> None:
        """Rebuild the panel and the reader's quote/highlight layers."""
        article = self.open_article
        if article is None:
            return
        from reader.ui.quotes_panel import PanelEntry

        entries = [PanelEntry(q.start, q.end, quote=q) for q in self.quotes_of(article)]
        for highlight, where in self._highlights_of(article):
            start, end = where if where is not None else (highlight.start, highlight.start)
            entries.append(PanelEntry(start, end, highlight=highlight, attached=where is not None))
        self.panel.show_entries(entries, self._shown)
        self.reader.quote_ranges = [(q.start, q.end) for q in self.quotes_of(article)]
        self._paint_marks()

    def _paint_marks(self) -> None:
        layout = self.reader.layout_
        if layout is None:
            return
        from reader.ui.article_view import Span

        shown = layout.shown
        quotes, marks = [], []
        for entry in self.panel.entries:
            span = Span(shown.to_shown(entry.start), shown.to_shown(entry.end), QUOTE_STYLE if entry.quote else HIGHLIGHT_STYLE, 1 if entry.quote else 2)
            (quotes if entry.quote else marks).append(span)
        self.reader.set_layers(quotes=quotes, highlights=marks)

    def _go_to(self, offset: int, end: int | None = None) -> None:
        layout = self.reader.layout_
        if layout is None:
            return
        self.reader.scroll_to_offset(layout.shown.to_shown(offset))
        self.reader.move_cursor_to(offset)
        if end is not None:
            from reader.ui.article_view import Span

            self.reader.set_layer("selected", [Span(layout.shown.to_shown(offset), layout.shown.to_shown(end), SELECTED_STYLE, 8)])

    def on_quotes_panel_chosen(self, event: QuotesPanel.Chosen) -> None:
        self._go_to(event.entry.start, event.entry.end)

    def on_article_view_top_changed(self, event: ArticleView.TopChanged) -> None:
        if self.panel.display and not self.panel.has_focus:
            self.panel.follow_offset(event.offset)

    def on_article_view_marked(self, event: ArticleView.Marked) -> None:
        article = self.open_article
        if article is None:
            return
        if self.store is None:
            self.notify("Highlights are off (the data folder is not writable).", severity="error")
            return
        if event.what == "undo":
            removed = self._last_removed if self._last_removed and self._last_removed[0] == article.id else None
            if removed is None:
                self.notify("Nothing to put back.", timeout=2)
                return
            self._last_removed = None
            for start, end, note in removed[1]:
                self._add_highlight(article, start, end, note)
            self.notify("Highlight put back.", timeout=2)
            return
        found = [(h, where) for h, where in self._highlights_of(article) if where and where[0] < event.end and where[1] > event.start]
        existing = [h for h, _ in found]
        if event.what == "remove":
            if not existing:
                self.notify("No highlight here to remove.", timeout=2)
                return
            for highlight in existing:
                self._safely(lambda h=highlight: self.store.remove(h.id))
            # The passage and the note, to put back with u.
            self._last_removed = (article.id, [(where[0], where[1], h.note) for h, where in found])
            self.notify("Highlight removed (u puts it back).", timeout=4)
        elif event.what == "highlight":
            if existing:
                self.notify("Already highlighted (a adds a note, x removes).", timeout=2)
                return
            self._add_highlight(article, event.start, event.end, "")
        else:
            highlight = existing[0] if existing else None
            passage = article.text[event.start : event.end]

            def save(note: str | None) -> None:
                if note is None:
                    return
                if highlight is None:
                    self._add_highlight(article, event.start, event.end, note)
                else:
                    self._safely(lambda: self.store.update_note(highlight.id, note))
                    self._refresh_marks()

            from reader.ui.note_screen import NoteScreen

            self.push_screen(NoteScreen(self._shown(passage), highlight.note if highlight else ""), save)
            return
        self._refresh_marks()

    def _add_highlight(self, article: Article, start: int, end: int, note: str) -> None:
        assert self.store is not None
        added = self._safely(lambda: self.store.add(article.id, article.title, str(article.path), article.text, start, end, note))
        if added is not None:
            self._refresh_marks()
            self.panel.select_key(f"h-{added.id}")
            self.notify("Highlighted." + (" Note saved." if note else " Press a to add a note."), timeout=2)

    @needs_panes
    def action_toggle_panel(self) -> None:
        self._panel_opened_by_user = not self.panel.display
        self._fit_panel()

    def action_who_said_what(self) -> None:
        self.notify("Gathering quotes from every article…", timeout=3)
        self._gather_speakers(list(self.library.entries))

    @work(thread=True, exclusive=True, group="speakers", exit_on_error=False)
    def _gather_speakers(self, entries: list[Entry]) -> None:
        """Quotes of every article: from the index when extracted before,
        else extracted now (and kept in the index for next time)."""
        from reader.core.speakers import group_by_speaker

        worker = get_current_worker()
        index = CorpusIndex(self.root)
        pairs = []
        try:
            for number, entry in enumerate(entries, 1):
                if worker.is_cancelled:
                    return
                quotes = index.quotes(entry.path)
                if quotes is None:
                    article = Library.article(entry)
                    if isinstance(article, Skipped):
                        continue
                    quotes = index.quotes_for(entry.path, article)
                pairs.extend((entry, quote) for quote in quotes)
                if number % 500 == 0:
                    self.call_from_thread(self.notify, f"Quotes gathered from {number}/{len(entries)} articles…", timeout=2)
        finally:
            index.close()
        groups = group_by_speaker(pairs)
        self.call_from_thread(self._show_speakers, groups)

    def _show_speakers(self, groups) -> None:  # type: ignore[no-untyped-def]
        def chosen(choice: tuple[Entry, Quote] | None) -> None:
            if choice is None:
                return
            entry, quote = choice
            self.sources.select_id(entry.id)
            self._pending_selection = (quote.start, quote.end)
            self.open_to_read(entry, at=quote.start)

        from reader.ui.speakers_screen import SpeakersScreen

        self.push_screen(SpeakersScreen(groups, self._shown), chosen)

    @needs_panes
    def action_export_panel(self) -> None:
        article = self.open_article
        if article is None:
            return
        from reader.core.export import panel_markdown

        folder = paths.data_dir() / "exports"
        safe_name = re.sub(r"[\x00-\x1f\x7f/\\]", "_", article.id)
        target = folder / f"{safe_name}-quotes.md"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            entries = [(e.quote, e.highlight) for e in self.panel.entries]
            target.write_text(panel_markdown(article, entries, self._shown), encoding="utf-8")
        except OSError as exc:
            self.notify(f"Could not export: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Quotes exported to {target}", timeout=8)

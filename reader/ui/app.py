"""The Textual app: sources on the left, the reader on the right.

This module lays out the screen, loads the corpus and keeps the status line,
opens articles and toggles the script; filtering and find are in
``reader.ui.filtering``, quotes and highlights in ``reader.ui.marking``.
State flows down (the open article, the script mode) and messages flow up
(``SourceList.Open``).  Loading and long conversions run in thread workers that
post results back with ``call_from_thread``; no widget is touched from a thread.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.widgets import Static
from textual.worker import get_current_worker

from reader.core.index import FIRST_SCREEN, CorpusIndex, Entry, ScanEvent
from reader.core.library import Library
from reader.core.models import Article, Quote, Skipped
from reader.core.script import Converted, convert, convert_plain
from reader.core.settings import Settings, load_settings, save_settings
from reader.core.textnorm import show_controls
from reader.ui.filtering import FilterAndFind
from reader.ui.key_bar import KeyBar
from reader.ui.marking import QuotesAndHighlights
from reader.ui.panes import needs_panes
from reader.ui.source_list import SourceList

if TYPE_CHECKING:

    from reader.core.highlights import HighlightStore
    from reader.ui.article_view import ArticleView
    from reader.ui.find_bar import FindBar
    from reader.ui.quotes_panel import QuotesPanel

# The first frame needs the sources list alone: the reader, the panels, the
# input boxes and the screens are imported when they are first mounted or
# shown, and their messages are handled by name (on_article_view_marked),
# so this module does not import them (~25 ms of start-up).

MODE_CYCLE = ("original", "simplified", "traditional")
MODE_LABELS = {"original": "原文", "simplified": "简体", "traditional": "繁體"}
VARIANT_LABELS = {"generic": "", "taiwan": "·台灣", "hongkong": "·香港"}
BACKGROUND_CONVERT_CHARS = 20_000
SCAN_POST_INTERVAL = 0.3  # seconds between list updates while indexing
LIST_REFRESH_INTERVAL = 1.0  # seconds between redraws of a growing list while indexing
LIST_GROWS_QUIETLY_PAST = 200  # entries; below this the list grows with every batch
WIDE_ENOUGH_FOR_PANEL = 120
RECENT_ARTICLES = 32  # opened articles kept in memory, so going back is immediate
PANES_AFTER = 1 / 30  # seconds after the first sources are listed
FIRST_FRAME_AT_THE_LATEST = 0.25  # seconds: the scan starts by then in any case


def mode_label(mode: str, variant: str) -> str:
    label = MODE_LABELS[mode]
    return label + VARIANT_LABELS[variant] if mode == "traditional" else label


class SummitReader(FilterAndFind, QuotesAndHighlights, App[int]):
    """A terminal reader for Chinese-language news."""

    TITLE = "summit-reader"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {lambda: _script_commands()}
    AUTO_FOCUS = "#sources"
    PALETTE_ACTIONS = (
        ("Export the quotes panel to Markdown", "export_panel", "Writes a Markdown file and says where"),
        ("Who said what (all articles)", "who_said_what", "Every quote, grouped by speaker"),
        ("Show or hide the quotes panel", "toggle_panel", "The side panel of quotes and highlights"),
        ("Skipped files", "show_skipped", "Files that are not readable articles, and why"),
        ("Help: keys", "help", "Every key, from the live bindings"),
    )

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("t", "toggle_script", "Script"),
        Binding("slash", "filter", "Filter"),
        Binding("f,ctrl+f", "find", "Find", show=False),
        Binding("p", "toggle_panel", "Quotes"),
        Binding("w", "who_said_what", "Who said what", show=False),
        Binding("ctrl+e", "export_panel", "Export quotes", show=False),
        Binding("e", "show_skipped", "Skipped files", show=False),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]

    mode: reactive[str] = reactive("original", init=False)
    variant: reactive[str] = reactive("generic", init=False)

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        settings = load_settings()
        self.set_reactive(SummitReader.mode, settings.mode)
        self.set_reactive(SummitReader.variant, settings.variant)
        self.loaded = 0
        self.total = 0
        self.loading = True
        self.open_article: Article | None = None
        self._conversions: dict[tuple[str, str, str], Converted] = {}
        self._user_opened = False
        self.library = Library(root)
        # recently opened articles and their quotes, least recently used first
        self._recent: OrderedDict[str, tuple[Article, list[Quote]]] = OrderedDict()
        self.find_hits: list[tuple[int, int]] = []
        self.find_current = -1
        self.store: HighlightStore | None = None
        self._panel_opened_by_user: bool | None = None
        self._saved_position: tuple[str, int] | None = None
        self._first_open_pending = False
        self._pending_selection: tuple[int, int] | None = None
        self._position_settled = False
        self._list_stale = False
        self._list_shown_at = 0.0
        self._started = False
        self._panes_mounted = False
        self._panes_mounting = False
        self._after_panes: list[Callable[[], object]] = []
        self._last_removed: tuple[str, list[tuple[int, int, str]]] | None = None

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="main"):
            with Vertical(id="sources-pane"):
                # The filter box is mounted above this on first use.
                yield Static(id="filter-count")
                yield SourceList(id="sources")
            # The reader and the quotes panel are mounted after the first
            # frame (``_mount_panes``): nothing is open in them before then.
            yield Vertical(id="reader-pane")
        yield KeyBar()

    @property
    def sources(self) -> SourceList:
        return self.query_one("#sources", SourceList)

    @property
    def reader(self) -> ArticleView:
        return self.query_one("#reader")  # type: ignore[return-value]

    @property
    def panel(self) -> QuotesPanel:
        return self.query_one("#quotes")  # type: ignore[return-value]

    @property
    def find_bar(self) -> FindBar:
        return self.query_one("#find")  # type: ignore[return-value]

    def notify(  # type: ignore[override]
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every message here is plain text (it may hold a file name or a note):
        never markup, and control characters shown, not sent."""
        super().notify(show_controls(message), title=title, severity=severity, timeout=timeout, markup=False)

    def on_mount(self) -> None:
        self.sources.set_converter(self._shown)
        self.sources.focus()
        self._update_status()
        self._first_screen_from_cache()
        # The first frame shows the sources; the scan starts after it, and the
        # reader and quotes panel are mounted once sources are on screen
        # (a known folder's are in the first frame; a new folder's come from
        # the scan, and drawing the panes first would delay them).
        self.call_after_refresh(self._after_first_frame)
        # A dialog opened before the first refresh (e, ?) holds the screen's
        # refresh callbacks until it closes; the timer does not wait for it.
        self.set_timer(FIRST_FRAME_AT_THE_LATEST, self._after_first_frame)

    def _after_first_frame(self) -> None:
        if self._started:
            return
        self._started = True
        self.load_corpus()
        if self.library.entries:
            self._mount_panes_soon()

    def _mount_panes_soon(self, then: Callable[[], object] | None = None) -> None:
        """Mount the reader and the quotes panel after the next frame, once;
        ``then`` runs when they are there (at once if they are)."""
        if self._panes_mounted:
            if then is not None:
                then()
            return
        if then is not None:
            self._after_panes.append(then)
        if not self._panes_mounting:
            self._panes_mounting = True
            # A timer, not call_after_refresh: a dialog opened in the first
            # frame (e, ?) would hold a refresh callback until it is closed.
            # A frame later, so the sources are drawn first.
            self.set_timer(PANES_AFTER, self._mount_panes)

    async def _mount_panes(self) -> None:
        from reader.ui.article_view import ArticleView
        from reader.ui.find_bar import FindBar
        from reader.ui.quotes_panel import QuotesPanel

        await self.query_one("#reader-pane").mount(ArticleView(id="reader"), FindBar(id="find"))
        await self.query_one("#main").mount(QuotesPanel(id="quotes"))
        self._panes_mounted = True
        self._fit_panel()
        for then in self._after_panes:  # in the order asked: what the user asked for wins
            then()
        self._after_panes.clear()
        self.call_after_refresh(self._open_store)
        # Reading positions are saved as you go, so a killed process loses
        # at most the last few seconds of scrolling.
        self.set_interval(3, self._save_position)

    def _open_store(self) -> None:
        from reader.core.highlights import HighlightStore, HighlightStoreError

        try:
            self.store = HighlightStore()
        except HighlightStoreError as exc:
            self.store = None
            self.notify(f"Highlights are off: {exc}", severity="error", timeout=10)
            return
        if self.open_article is not None:
            self._refresh_marks()  # the first article opened before the store
            self._restore_position()
        if self.store.recovered_from is not None:
            self.notify(
                f"The highlights store was damaged; it was kept as {self.store.recovered_from} and a new one started.",
                severity="warning",
                timeout=12,
            )

    def on_resize(self, event: events.Resize) -> None:
        if self._panes_mounted:
            self._fit_panel(event.size.width)

    def _fit_panel(self, width: int | None = None) -> None:
        """Open by default when there is room, unless the user chose otherwise."""
        wide = (width or self.size.width) >= WIDE_ENOUGH_FOR_PANEL
        visible = wide if self._panel_opened_by_user is None else self._panel_opened_by_user
        self.panel.display = visible

    # ------------------------------------------------------------ loading

    def _first_screen_from_cache(self) -> None:
        """The newest cached entries, read right here (one indexed query of at
        most a screenful), so a known folder is listed with the first frame."""
        try:
            index = CorpusIndex(self.root)
        except Exception:  # noqa: BLE001 - the scan reports any real problem
            return
        try:
            first = index.newest(FIRST_SCREEN)
        except Exception:  # noqa: BLE001
            first = []
        finally:
            index.close()
        if first:
            self._apply_scan(ScanEvent(entries=tuple(first), from_cache=True))

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_corpus(self) -> None:
        """Stream the corpus: the cached list at once, then what changed
        (parsed in worker processes), then what was removed.

        Batches are posted a few times a second, not one by one: each post
        redraws the list and the status line, and on a 2-core machine every
        frame drawn during a cold scan is time taken from the parsing."""
        worker = get_current_worker()
        try:
            index = CorpusIndex(self.root)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never raised at them
            self.call_from_thread(self._load_failed, exc)
            return
        pending: ScanEvent | None = None
        last_post = 0.0
        listed = False
        try:
            for event in self.library.scan(index, cancelled=lambda: worker.is_cancelled):
                if worker.is_cancelled:
                    return
                pending = event if pending is None else pending.then(event)
                first_entries = not listed and bool(pending.entries)
                if not (first_entries or event.from_cache or event.finished or time.monotonic() - last_post >= SCAN_POST_INTERVAL):
                    continue
                # Posted, not called: the scan never waits for the screen.
                self.post_message(self.Scanned(pending))
                pending, last_post = None, time.monotonic()
                listed = listed or first_entries
        except Exception as exc:  # noqa: BLE001
            if pending is not None:  # what was read before the failure is shown
                self.post_message(self.Scanned(pending))
            self.call_from_thread(self._load_failed, exc)
        finally:
            index.close()

    @needs_panes
    def _load_failed(self, exc: Exception) -> None:
        self.loading = False
        reason = f"{type(exc).__name__}: {exc}"
        self.reader.set_empty_message(f"Could not read {self.root}: {reason}")
        self.notify(f"Could not read {self.root}: {reason}", severity="error", timeout=15)
        self._update_status()

    class Scanned(Message):
        """A batch from the corpus scan (posted from the loading thread)."""

        def __init__(self, event: ScanEvent) -> None:
            super().__init__()
            self.event = event

    def on_summit_reader_scanned(self, message: Scanned) -> None:
        self._apply_scan(message.event)

    def _apply_scan(self, event: ScanEvent) -> None:
        library = self.library
        library.apply(event)
        self.loaded = event.done
        if event.total is not None:
            self.total = event.total
        if event.from_cache or event.finished:
            library.sort()
        if event.entries or event.removed or event.from_cache or event.finished:
            self._list_stale = True
        # A longer list changes the pane's virtual size, which lays out and
        # redraws the whole screen (~50 ms with an article open): while a big
        # folder is indexed the list grows once a second, the status line
        # (one cheap line) with every batch.
        now = time.monotonic()
        if self._list_stale and (
            event.from_cache or event.finished or event.removed
            or self.sources.articles is not library.entries  # reordered: indices changed
            or len(self.sources.articles) < LIST_GROWS_QUIETLY_PAST
            or now - self._list_shown_at >= LIST_REFRESH_INTERVAL
        ):
            self._list_stale = False
            self._list_shown_at = now
            self.sources.set_entries(library.entries)
            if self.filter_text:
                self.run_filter(self.filter_text)
        if self.open_article is None and library.entries and not self._first_open_pending:
            # Once the reader is there, a frame after the list.
            self._first_open_pending = True
            self.sources.cursor = 0
            self._open_first()
        if event.finished:
            self._finish_loading()
        elif library.entries:
            self._mount_panes_soon()
        self._update_status()

    @needs_panes
    def _open_first(self) -> None:
        if self.open_article is None and not self._user_opened and self.library.entries:
            self.open(self.sources.current or self.library.entries[0])

    @needs_panes
    def _finish_loading(self) -> None:
        self.loading = False
        first = self.library.entries[0] if self.library.entries else None
        if not self._user_opened and first is not None and not self.filter_text:
            self.sources.cursor = 0
            if self.open_article is None or self.open_article.id != first.id:
                self.open(first)
        if not self.library.entries:
            self.reader.set_empty_message("No readable articles here." + (" Press e to see why." if self.skipped else ""))
        if self.skipped:
            self.notify(f"{len(self.skipped)} file(s) skipped; press e to see why", timeout=4)
        self._update_status()

    # ------------------------------------------------------------ status

    def _update_status(self) -> None:
        count = len(self.library.entries)
        parts = [f"{count} article{'s' if count != 1 else ''}"]
        if self.loading:
            parts.append(f"indexing {self.loaded}/{self.total}" if self.total else f"indexing {self.loaded}…")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped (e)")
        script = mode_label(self.mode, self.variant)
        content = Content.assemble(
            ("summit-reader", "bold"),
            "  ",
            " · ".join(parts),
            "  ",
            (f" 字 {script} ", "reverse"),
        )
        self.query_one("#status", Static).update(content, layout=False)  # one line, fixed height

    @property
    def skipped(self) -> list[Skipped]:
        """The files the library could not read (it replaces its list as it goes)."""
        return self.library.skipped

    # ------------------------------------------------------------ opening

    def _shown(self, text: str) -> str:
        return convert_plain(text, self.mode, self.variant)

    @on(SourceList.Open)
    def _on_open(self, event: SourceList.Open) -> None:
        self.open_to_read(event.entry)

    def open_to_read(self, entry: Entry, at: int | None = None) -> None:
        """Open ``entry`` at the user's asking and move the focus to the reader."""
        self._user_opened = True
        self.open(entry, at)
        self._focus_reader()

    @needs_panes
    def _focus_reader(self) -> None:
        self.reader.focus()

    @needs_panes
    def open(self, entry: Entry, at: int | None = None) -> None:
        """Open ``entry``, at original offset ``at`` or where it was left.

        The file is read, parsed and its quotes extracted in a thread; the
        last few articles opened are kept, so going back is immediate."""
        self.sources.open_id = entry.id
        self.sources.refresh()
        if entry.id in self._recent:
            self._recent.move_to_end(entry.id)
            self._show_article(self._recent[entry.id][0], at)
            return
        self._read_article(entry, at)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _read_article(self, entry: Entry, at: int | None) -> None:
        from reader.core.quotes import article_quotes

        loaded = Library.article(entry)
        quotes = article_quotes(loaded) if isinstance(loaded, Article) else []
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._article_read, entry, loaded, quotes, at)

    def _article_read(self, entry: Entry, loaded: Article | Skipped, quotes: list[Quote], at: int | None) -> None:
        if isinstance(loaded, Skipped):
            self.notify(f"Cannot open {Path(entry.path).name}: {loaded.reason}", severity="error")
            return
        self.remember(loaded, quotes)
        if self.sources.open_id == entry.id:
            self._show_article(loaded, at)

    def remember(self, article: Article, quotes: list[Quote]) -> None:
        """Keep an opened article and its quotes, the last 32 used."""
        self._recent[article.id] = (article, quotes)
        self._recent.move_to_end(article.id)
        while len(self._recent) > RECENT_ARTICLES:
            self._recent.popitem(last=False)

    def _show_article(self, article: Article, at: int | None) -> None:
        self._save_position()
        self.open_article = article
        self.find_current = -1
        self._show_converted(article)
        self._refresh_marks()
        if at is not None:
            selection = self._pending_selection
            self._pending_selection = None
            self._go_to(at, selection[1] if selection and selection[0] == at else None)
            self._position_settled = True
        else:
            # Where the reader left it: restored once the pane has its real
            # size; until then nothing is saved over it.
            self._position_settled = False
            self._restore_position()

    def _restore_position(self) -> None:
        article, layout = self.open_article, self.reader.layout_
        if self._position_settled or article is None or layout is None or self.store is None:
            return
        if self.reader.scrollable_content_region.height <= 0:
            return  # not laid out yet: ArticleView.Relaid will call again
        block = self._safely(lambda: self.store.position(article.id)) or 0
        if block:
            self.reader.scroll_to(y=self.reader.layout_.line_of_block(block), animate=False)
        self._saved_position = (article.id, block)
        self._position_settled = True

    def _save_position(self) -> None:
        if self.store is None or self.open_article is None or self.reader.layout_ is None or not self._position_settled:
            return
        layout = self.reader.layout_
        top = layout.lines[min(int(self.reader.scroll_y), len(layout.lines) - 1)] if layout.lines else None
        block = top.block if top is not None and top.block >= 0 else 0
        key = (self.open_article.id, block)
        if key != self._saved_position:
            self._saved_position = key
            self._safely(lambda: self.store.save_position(*key))

    def _safely(self, action):  # type: ignore[no-untyped-def]
        """Run a store action; a failure is reported, never raised at the user."""
        from reader.core.highlights import HighlightStoreError

        try:
            return action()
        except HighlightStoreError as exc:
            self.notify(str(exc), severity="error", timeout=8)
            return None

    def _show_converted(self, article: Article) -> None:
        key = (article.id, self.mode, self.variant)
        cached = self._conversions.get(key)
        if cached is not None or self.mode == "original":
            self.reader.show(article, cached, (self.mode, self.variant))
            return
        if len(article.text) < BACKGROUND_CONVERT_CHARS:
            converted = convert(article.text, self.mode, self.variant)
            self._conversions[key] = converted
            self.reader.show(article, converted, (self.mode, self.variant))
            return
        self.notify("Converting…", timeout=1)
        self._convert_in_background(article, self.mode, self.variant)

    @work(thread=True, exclusive=True, group="convert", exit_on_error=False)
    def _convert_in_background(self, article: Article, mode: str, variant: str) -> None:
        converted = convert(article.text, mode, variant)
        self.call_from_thread(self._conversion_done, article, mode, variant, converted)

    def _conversion_done(self, article: Article, mode: str, variant: str, converted: Converted) -> None:
        self._conversions[(article.id, mode, variant)] = converted
        if self.open_article is article and (self.mode, self.variant) == (mode, variant):
            self.reader.show(article, converted, (mode, variant))
            self._paint_marks()

    # ------------------------------------------------------------ script

    def action_toggle_script(self) -> None:
        self.mode = MODE_CYCLE[(MODE_CYCLE.index(self.mode) + 1) % len(MODE_CYCLE)]

    def set_script(self, mode: str, variant: str) -> None:
        """From the command palette: a mode and, for Traditional, its variant."""
        with self.batch_update():
            self.set_reactive(SummitReader.variant, variant)
            self.mode = mode
            if mode == self.mode:
                self._script_changed()

    def watch_mode(self) -> None:
        self._script_changed()

    def watch_variant(self) -> None:
        self._script_changed()

    def _script_changed(self) -> None:
        if len(self._conversions) > 64:
            self._conversions.clear()
        self.sources.set_converter(self._shown)
        if self.open_article is not None:
            self._show_converted(self.open_article)
            self._refresh_marks()
        self._update_status()
        try:
            save_settings(Settings(self.mode, self.variant))
        except OSError as exc:
            self.notify(f"Could not save settings: {exc.strerror or exc}", severity="warning")

    async def action_quit(self) -> None:
        self._save_position()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.exit(0)

    # ------------------------------------------------------------ screens

    def action_help(self) -> None:
        from reader.ui.help_screen import HelpScreen

        self.push_screen(HelpScreen())

    def action_show_skipped(self) -> None:
        from reader.ui.skipped_screen import SkippedScreen

        self.push_screen(SkippedScreen(self.skipped))


def _script_commands():  # type: ignore[no-untyped-def]
    """The palette's provider, imported when the palette first opens
    (textual.command is a noticeable part of start-up)."""
    from reader.ui.commands import ScriptCommands

    return ScriptCommands


def run(root: Path) -> int:
    app = SummitReader(root)
    app.run()
    return app.return_code or 0

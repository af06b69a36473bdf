"""The Textual app: sources on the left, the reader on the right.

State flows down (the open article, the script mode) and messages flow up
(``SourceList.Open``).  Loading and long conversions run in thread workers that
post results back with ``call_from_thread``; no widget is touched from a thread.
"""

from __future__ import annotations

import time
from pathlib import Path

from rich.style import Style
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from reader.core.layout import meta_line
from reader.core.loader import iter_files, load_article, sort_articles, unique_ids
from reader.core.models import Article, Skipped
from reader.core.script import Converted, convert, convert_plain
from reader.core.search import Hit, SearchDoc, SearchIndex, find_all, make_doc
from reader.core.settings import Settings, load_settings, save_settings
from reader.ui.article_view import ArticleView, Span
from reader.ui.commands import ScriptCommands
from reader.ui.filter_box import FilterBox
from reader.ui.find_bar import FindBar
from reader.ui.help_screen import HelpScreen
from reader.ui.skipped_screen import SkippedScreen
from reader.ui.source_list import SourceList

MODE_CYCLE = ("original", "simplified", "traditional")
MODE_LABELS = {"original": "原文", "simplified": "简体", "traditional": "繁體"}
VARIANT_LABELS = {"generic": "", "taiwan": "·台灣", "hongkong": "·香港"}
BACKGROUND_CONVERT_CHARS = 20_000
BATCH_SECONDS = 0.08
FIND_STYLE = Style(bgcolor="dark_goldenrod", color="black")
FIND_CURRENT_STYLE = Style(bgcolor="bright_yellow", color="black", bold=True)


def mode_label(mode: str, variant: str) -> str:
    label = MODE_LABELS[mode]
    return label + VARIANT_LABELS[variant] if mode == "traditional" else label


class SummitReader(App[int]):
    """A terminal reader for Chinese-language news."""

    TITLE = "summit-reader"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ScriptCommands}

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("t", "toggle_script", "Script"),
        Binding("slash", "filter", "Filter"),
        Binding("f,ctrl+f", "find", "Find", show=False),
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
        self.skipped: list[Skipped] = []
        self.loaded = 0
        self.total = 0
        self.loading = True
        self.open_article: Article | None = None
        self._conversions: dict[tuple[str, str, str], Converted] = {}
        self._user_opened = False
        self.index = SearchIndex()
        self.filter_hits: list[Hit] = []
        self.find_hits: list[tuple[int, int]] = []
        self.find_current = -1

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="main"):
            with Vertical(id="sources-pane"):
                yield FilterBox(id="filter")
                yield Static(id="filter-count")
                yield SourceList(id="sources")
            with Vertical(id="reader-pane"):
                yield ArticleView(id="reader")
                yield FindBar(id="find")
        yield Footer()

    @property
    def sources(self) -> SourceList:
        return self.query_one("#sources", SourceList)

    @property
    def reader(self) -> ArticleView:
        return self.query_one("#reader", ArticleView)

    @property
    def filter_box(self) -> FilterBox:
        return self.query_one("#filter", FilterBox)

    @property
    def find_bar(self) -> FindBar:
        return self.query_one("#find", FindBar)

    def on_mount(self) -> None:
        self.sources.set_converter(self._shown)
        self.sources.focus()
        self._update_status()
        self.load_corpus()

    # ------------------------------------------------------------ loading

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_corpus(self) -> None:
        worker = get_current_worker()
        files = list(iter_files(self.root))
        paths = [item for item in files if isinstance(item, Path)]
        ids = unique_ids(paths, self.root)
        self.call_from_thread(self._set_total, len(paths))
        articles: list[Article] = []
        docs: list[SearchDoc] = []
        skipped: list[Skipped] = [item for item in files if isinstance(item, Skipped)]
        last_post = time.monotonic()
        for path in paths:
            if worker.is_cancelled:
                return
            item = load_article(path, ids[path])
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                articles.append(item)
                docs.append(make_doc(item.title, meta_line(item), item.text))
            if time.monotonic() - last_post >= BATCH_SECONDS:
                self.call_from_thread(self._add_batch, articles, docs, skipped)
                articles, docs, skipped = [], [], []
                last_post = time.monotonic()
        self.call_from_thread(self._add_batch, articles, docs, skipped)
        self.call_from_thread(self._finish_loading)

    def _set_total(self, total: int) -> None:
        self.total = total
        self._update_status()

    def _add_batch(self, articles: list[Article], docs: list[SearchDoc], skipped: list[Skipped]) -> None:
        self.loaded += len(articles) + len(skipped)
        self.skipped.extend(skipped)
        if articles:
            self.sources.add_articles(articles)
            self.index.add(docs)
            if self.filter_box.value:
                self.run_filter(self.filter_box.value)
            if self.open_article is None:
                self.open(self.sources.articles[0])
        self._update_status()

    def _finish_loading(self) -> None:
        self.loading = False
        ordered = sort_articles(self.sources.articles)
        position = {id(article): number for number, article in enumerate(self.sources.articles)}
        self.index = self.index.reordered([position[id(article)] for article in ordered])
        self.sources.set_articles(ordered)
        if self.filter_box.value:
            self.run_filter(self.filter_box.value)
        if not self._user_opened and self.sources.articles:
            first = self.sources.articles[0]
            self.sources.cursor = 0
            if self.open_article is None or self.open_article.id != first.id:
                self.open(first)
        if not self.sources.articles:
            self.reader.set_empty_message("No readable articles here." + (" Press e to see why." if self.skipped else ""))
        self._update_status()
        if self.skipped:
            self.notify(f"{len(self.skipped)} file(s) skipped; press e to see why", timeout=4)

    # ------------------------------------------------------------ status

    def _update_status(self) -> None:
        count = len(self.sources.articles)
        parts = [f"{count} article{'s' if count != 1 else ''}"]
        if self.loading:
            parts.append(f"indexing {self.loaded}/{self.total or '?'}")
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
        self.query_one("#status", Static).update(content)

    # ------------------------------------------------------------ opening

    def _shown(self, text: str) -> str:
        return convert_plain(text, self.mode, self.variant)

    @on(SourceList.Open)
    def _on_open(self, event: SourceList.Open) -> None:
        self._user_opened = True
        self.open(event.article)
        self.reader.focus()

    def open(self, article: Article) -> None:
        self.open_article = article
        self.sources.open_id = article.id
        self.sources.refresh()
        self.find_current = -1
        self._show_converted(article)

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
        self._update_status()
        try:
            save_settings(Settings(self.mode, self.variant))
        except OSError as exc:
            self.notify(f"Could not save settings: {exc.strerror or exc}", severity="warning")

    # ------------------------------------------------------------ filter

    def action_filter(self) -> None:
        box = self.filter_box
        box.add_class("-visible")
        box.focus()

    @on(SourceList.TypedToFilter)
    def _typed_to_filter(self, event: SourceList.TypedToFilter) -> None:
        self.action_filter()
        self.filter_box.insert_text_at_cursor(event.character)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.run_filter(event.value)

    def run_filter(self, query: str) -> None:
        if not query.strip():
            self._apply_filter(query, None)
            return
        self._filter_worker(query)

    @work(thread=True, exclusive=True, group="filter", exit_on_error=False)
    def _filter_worker(self, query: str) -> None:
        hits = self.index.search(query)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._apply_filter, query, hits)

    def _apply_filter(self, query: str, hits: list[Hit] | None) -> None:
        if query != self.filter_box.value:
            return  # a newer keystroke is on its way
        count = self.query_one("#filter-count", Static)
        if hits is None:
            self.filter_hits = []
            self.sources.show_order(None)
            count.update("")
            count.remove_class("-visible")
        else:
            self.filter_hits = hits
            self.sources.show_order([hit.index for hit in hits], {hit.index: hit.marks for hit in hits})
            in_body = sum(1 for hit in hits if hit.where == "body")
            text = f"{len(hits)} match{'es' if len(hits) != 1 else ''}"
            if in_body:
                text += f" · {in_body} in text"
            count.update(Content(text))
            count.add_class("-visible")

    @on(FilterBox.Move)
    def _filter_move(self, event: FilterBox.Move) -> None:
        self.sources.action_move(event.step)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        if self.sources.current is not None:
            self._user_opened = True
            self.open(self.sources.current)
            self.reader.focus()

    @on(FilterBox.Cleared)
    def _filter_cleared(self) -> None:
        self.filter_box.remove_class("-visible")
        self._apply_filter("", None)
        if self.open_article is not None:
            self.sources.select_id(self.open_article.id)
        self.sources.focus()

    # ------------------------------------------------------------ find

    def action_find(self) -> None:
        bar = self.find_bar
        bar.add_class("-visible")
        bar.focus()

    @on(Input.Changed, "#find")
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

    @on(FindBar.Step)
    def _find_step(self, event: FindBar.Step) -> None:
        self.step_find(event.step)

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.reader.focus()

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self.find_bar.remove_class("-visible")
        self.find_hits = []
        self._paint_find()
        self.reader.focus()

    @on(ArticleView.FindStep)
    def _reader_find_step(self, event: ArticleView.FindStep) -> None:
        self.step_find(event.step)

    @on(ArticleView.Relaid)
    def _relaid(self) -> None:
        if self.find_bar.value.strip():
            self._refresh_find()

    # ------------------------------------------------------------ screens

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_show_skipped(self) -> None:
        self.push_screen(SkippedScreen(self.skipped))


def run(root: Path) -> int:
    app = SummitReader(root)
    app.run()
    return app.return_code or 0

"""The Textual app: sources on the left, the reader on the right.

State flows down (the open article, the script mode) and messages flow up
(``SourceList.Open``).  Loading and long conversions run in thread workers that
post results back with ``call_from_thread``; no widget is touched from a thread.
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from reader.core.loader import iter_files, load_article, sort_articles, unique_ids
from reader.core.models import Article, Skipped
from reader.core.script import Converted, convert, convert_plain
from reader.core.settings import Settings, load_settings, save_settings
from reader.ui.article_view import ArticleView
from reader.ui.help_screen import HelpScreen
from reader.ui.skipped_screen import SkippedScreen
from reader.ui.source_list import SourceList

MODE_CYCLE = ("original", "simplified", "traditional")
MODE_LABELS = {"original": "原文", "simplified": "简体", "traditional": "繁體"}
VARIANT_LABELS = {"generic": "", "taiwan": "·台灣", "hongkong": "·香港"}
BACKGROUND_CONVERT_CHARS = 20_000
BATCH_SECONDS = 0.08


def mode_label(mode: str, variant: str) -> str:
    label = MODE_LABELS[mode]
    return label + VARIANT_LABELS[variant] if mode == "traditional" else label


class SummitReader(App[int]):
    """A terminal reader for Chinese-language news."""

    TITLE = "summit-reader"
    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("t", "toggle_script", "Script"),
        Binding("e", "show_skipped", "Skipped", show=False),
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

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="main"):
            with Vertical(id="sources-pane"):
                yield SourceList(id="sources")
            yield ArticleView(id="reader")
        yield Footer()

    @property
    def sources(self) -> SourceList:
        return self.query_one("#sources", SourceList)

    @property
    def reader(self) -> ArticleView:
        return self.query_one("#reader", ArticleView)

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
        skipped: list[Skipped] = [item for item in files if isinstance(item, Skipped)]
        last_post = time.monotonic()
        for path in paths:
            if worker.is_cancelled:
                return
            item = load_article(path, ids[path])
            (skipped if isinstance(item, Skipped) else articles).append(item)  # type: ignore[arg-type]
            if time.monotonic() - last_post >= BATCH_SECONDS:
                self.call_from_thread(self._add_batch, articles, skipped)
                articles, skipped = [], []
                last_post = time.monotonic()
        self.call_from_thread(self._add_batch, articles, skipped)
        self.call_from_thread(self._finish_loading)

    def _set_total(self, total: int) -> None:
        self.total = total
        self._update_status()

    def _add_batch(self, articles: list[Article], skipped: list[Skipped]) -> None:
        self.loaded += len(articles) + len([s for s in skipped if s.path.is_file()])
        self.skipped.extend(skipped)
        if articles:
            self.sources.add_articles(articles)
            if self.open_article is None:
                self.open(self.sources.articles[0])
        self._update_status()

    def _finish_loading(self) -> None:
        self.loading = False
        self.sources.set_articles(sort_articles(self.sources.articles))
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

    def set_variant(self, variant: str) -> None:
        self.variant = variant
        if self.mode != "traditional":
            self.mode = "traditional"

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

    # ------------------------------------------------------------ screens

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_show_skipped(self) -> None:
        self.push_screen(SkippedScreen(self.skipped))


def run(root: Path) -> int:
    app = SummitReader(root)
    app.run()
    return app.return_code or 0

"""A list of the files that are not readable articles, each with its reason."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.core.models import Skipped
from reader.core.textnorm import show_controls
from reader.ui.dialog import Dialog


class SkippedScreen(Dialog[None]):
    BINDINGS = [Binding("escape,q,e", "dismiss", "Close")]

    DEFAULT_CSS = """
    SkippedScreen { align: center middle; }
    SkippedScreen > VerticalScroll {
        width: 90%; height: auto; max-height: 90%;
        border: round $warning; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, skipped: list[Skipped]) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content.styled(f"{len(self.skipped)} file(s) skipped", "bold"))
            if not self.skipped:
                yield Static(Content("Every file was read as an article."))
            for item in self.skipped:
                yield Static(Content.assemble((show_controls(str(item.path)), "bold"), "\n  ", (show_controls(item.reason), "italic")))
            yield Static(Content.styled("Esc closes this list.", "dim"))

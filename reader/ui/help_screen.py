"""The help screen, built from the live bindings of each pane (never a
hand-written table that could drift from the keys)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from reader.ui.dialog import Dialog


def describe(sections: list[tuple[str, list[tuple[str, str]]]]) -> Content:
    """One section per pane: key(s), then what they do."""
    parts: list[Content] = []
    for title, rows in sections:
        parts.append(Content.styled(title, "bold underline"))
        for keys, description in rows:
            parts.append(Content.assemble((f"  {keys:<24}", "bold cyan"), description))
        parts.append(Content(""))
    return Content("\n").join(parts)


class HelpScreen(Dialog[None]):
    """Keys, gathered from the app and each pane's bindings."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        from reader.ui.help_sections import help_sections

        body = describe(help_sections(self.app))
        with VerticalScroll():
            yield Static(Content.styled("summit-reader — keys", "bold"))
            yield Static(body)
            yield Static(Content.styled("Esc closes this help. Ctrl+P opens the command palette.", "dim"))

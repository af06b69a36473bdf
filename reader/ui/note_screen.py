"""A small dialog to add or edit the note on a highlight."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from reader.core.textnorm import clip, show_controls
from reader.ui.dialog import Dialog


class NoteScreen(Dialog[str | None]):
    """Returns the note text (Enter) or None (Esc)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical {
        width: 70; max-width: 95%; height: auto;
        border: round $accent; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, passage: str, note: str) -> None:
        super().__init__()
        self.passage = passage
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content.styled("Note on:", "bold"))
            yield Static(Content.styled(clip(show_controls(self.passage), 120), "italic"))
            yield Input(value=show_controls(self.note), placeholder="your note (Enter saves, Esc cancels)", id="note")
            yield Static(Content.styled("Enter saves · Esc cancels", "dim"))

    def on_mount(self) -> None:
        self.query_one("#note", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)

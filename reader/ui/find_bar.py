"""The find box under the reader: script-insensitive search in the article."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FindBar(Input):
    BINDINGS = [
        Binding("escape", "close", "Close find"),
        Binding("down", "step(1)", "Next hit", show=False),
        Binding("up", "step(-1)", "Previous hit", show=False),
        Binding("enter", "submit", "Back to the text", show=False),
    ]

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        """Esc: hide the box and clear the hits."""

    def __init__(self, *, id: str | None = None) -> None:
        # A second f selects the old query, so typing replaces it.
        super().__init__(placeholder="find in article, any script — Enter: back to the text, n/N: next/previous, Esc: close", id=id)

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.value = ""
        self.post_message(self.Closed())

"""The fuzzy filter box above the sources list.

It owns only the keys that make sense while typing: ↑/↓ move the list's cursor,
Enter opens the highlighted hit, Esc clears the filter.  Printable keys go to
the input, so no single-letter binding can fire while it has focus.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FilterBox(Input):
    BINDINGS = [
        Binding("down", "move(1)", "Next hit", show=False),
        Binding("up", "move(-1)", "Previous hit", show=False),
        Binding("escape", "clear_filter", "Clear filter"),
        Binding("enter", "submit", "Open the highlighted hit", show=False),
    ]

    class Move(Message):
        """Move the list cursor while typing."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Cleared(Message):
        """The user left the filter with Esc."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="filter: title, outlet, date, text — any script", id=id, select_on_focus=False)

    def action_move(self, step: int) -> None:
        self.post_message(self.Move(step))

    def action_clear_filter(self) -> None:
        self.value = ""
        self.post_message(self.Cleared())

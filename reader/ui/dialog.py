"""The base of the app's dialogs (help, skipped files, a note, who said what)."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

Result = TypeVar("Result")


class Dialog(ModalScreen[Result]):
    """A modal screen whose first focusable widget takes the focus when it
    opens.  Without this the app's ``AUTO_FOCUS`` ("#sources", for the main
    screen) applies here too, finds nothing, and leaves the keys with no list
    to move through or page to scroll."""

    AUTO_FOCUS = "*"

"""The side panel: the open article's quotes (who said what) and the reader's
own highlights, in reading order and in the current script."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.models import Quote
from reader.core.textnorm import show_controls

if TYPE_CHECKING:
    from reader.core.highlights import Highlight


@dataclass(frozen=True, slots=True)
class PanelEntry:
    """One row: an extracted quote or one of the reader's highlights.
    ``start``/``end`` are offsets into the article's original text."""

    start: int
    end: int
    quote: Quote | None = None
    highlight: Highlight | None = None
    attached: bool = True  # False: a highlight whose passage is no longer in the text

    @property
    def key(self) -> str:
        return f"h-{self.highlight.id}" if self.highlight else f"q-{self.start}-{self.end}"


PANEL_TEXT_CHARS = 90


def _clip(text: str) -> str:
    return text if len(text) <= PANEL_TEXT_CHARS else text[: PANEL_TEXT_CHARS - 1] + "…"


def entry_prompt(entry: PanelEntry, shown: Callable[[str], str]) -> Content:
    if entry.highlight is not None:
        head = Content.assemble(("★ highlight", "bold $warning"))
        if not entry.attached:
            head = head + Content.styled("  (passage no longer in the article)", "italic $error")
        body = Content(_clip(shown(show_controls(entry.highlight.exact))))
        if entry.highlight.note:
            body = body + Content("\n") + Content.styled("✎ " + show_controls(entry.highlight.note), "italic $text-muted")
        return head + Content("\n") + body
    quote = entry.quote
    assert quote is not None
    speaker = shown(quote.speaker) if quote.speaker else "(unattributed)"
    head = Content.styled(speaker, "bold $accent")
    if quote.role:
        head = head + Content(" ") + Content.styled(shown(quote.role), "$text-muted")
    marks = ("「", "」") if quote.kind == "quoted" else ("", "")
    return head + Content("\n") + Content(marks[0] + _clip(shown(quote.text)) + marks[1])


class QuotesPanel(OptionList):
    """Lists entries; Enter (or a click) asks the reader to go to one."""

    BINDINGS = [
        Binding("j", "cursor_down", "Next", show=False),
        Binding("k", "cursor_up", "Previous", show=False),
    ]

    class Chosen(Message):
        def __init__(self, entry: PanelEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[PanelEntry] = []
        self.border_title = "Quotes"

    def show_entries(self, entries: list[PanelEntry], shown: Callable[[str], str]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.start, e.highlight is None))
        self.clear_options()
        if not self.entries:
            self.add_option(Option(Content.styled("No quotes found in this article.", "italic $text-muted"), disabled=True))
        else:
            self.add_options(Option(entry_prompt(e, shown), id=e.key) for e in self.entries)
        quotes = sum(1 for e in self.entries if e.quote is not None)
        marks = len(self.entries) - quotes
        self.border_title = f"Quotes {quotes}" + (f" · ★ {marks}" if marks else "")

    def select_key(self, key: str) -> None:
        for index, entry in enumerate(self.entries):
            if entry.key == key:
                self.highlighted = index
                return

    def follow_offset(self, offset: int) -> None:
        """Keep the selection in step with the reader: the first entry at or
        after ``offset`` (original text)."""
        for index, entry in enumerate(self.entries):
            if entry.end > offset:
                if self.highlighted != index:
                    self.highlighted = index
                return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.entries):
            self.post_message(self.Chosen(self.entries[event.option_index]))

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

from reader.core.linebreak import wrap_text
from reader.core.models import Quote
from reader.core.textnorm import clip, show_controls

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


PANEL_TEXT_CHARS = 160


def _wrapped(text: str, width: int, style: str = "") -> Content:
    """Text broken into lines by our Chinese line breaker (Textual's own
    wrapping would start lines with ，and cut Latin words)."""
    lines = "\n".join(wrap_text(text, width))
    return Content.styled(lines, style) if style else Content(lines)


def entry_prompt(entry: PanelEntry, shown: Callable[[str], str], width: int = 30) -> Content:
    width = max(width, 8)
    newline = Content("\n")
    if entry.highlight is not None:
        parts = [Content.styled("★ highlight", "bold $warning")]
        if not entry.attached:
            parts.append(_wrapped("(passage no longer in the article)", width, "italic $error"))
        parts.append(_wrapped(clip(shown(show_controls(entry.highlight.exact)), PANEL_TEXT_CHARS), width))
        if entry.highlight.note:
            parts.append(_wrapped("✎ " + show_controls(entry.highlight.note), width, "italic $text-muted"))
        return newline.join(parts)
    quote = entry.quote
    assert quote is not None
    speaker = shown(quote.speaker) if quote.speaker else "(unattributed)"
    head = speaker + (" " + shown(quote.role) if quote.role else "")
    marks = ("「", "」") if quote.kind == "quoted" else ("", "")
    return newline.join(
        [_wrapped(head, width, "bold $accent"), _wrapped(marks[0] + clip(shown(quote.text), PANEL_TEXT_CHARS) + marks[1], width)]
    )


class QuotesPanel(OptionList):
    """Lists entries; Enter (or a click) asks the reader to go to one."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next", show=False),
        Binding("k,up", "cursor_up", "Previous", show=False),
        Binding("enter", "select", "Go to the quote"),
    ]

    class Chosen(Message):
        def __init__(self, entry: PanelEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[PanelEntry] = []
        self.border_title = "Quotes"
        self._shown: Callable[[str], str] = str
        self._rendered_width = 0

    def show_entries(self, entries: list[PanelEntry], shown: Callable[[str], str]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.start, e.highlight is None))
        self._shown = shown
        self._render_entries()

    @property
    def text_width(self) -> int:
        # The option list's own padding and scrollbar take a few cells.
        return max(self.scrollable_content_region.width - 3, 8)

    def _render_entries(self) -> None:
        highlighted = self.highlighted
        self.clear_options()
        if not self.entries:
            self.add_option(Option(Content.styled("No quotes found in this article.", "italic $text-muted"), disabled=True))
        else:
            width = self.text_width
            self.add_options(Option(entry_prompt(e, self._shown, width), id=e.key) for e in self.entries)
            # Something is always selected, so Enter works as soon as the panel has focus.
            self.highlighted = highlighted if highlighted is not None and highlighted < len(self.entries) else 0
        self._rendered_width = self.text_width
        quotes = sum(1 for e in self.entries if e.quote is not None)
        marks = len(self.entries) - quotes
        self.border_title = f"Quotes {quotes}" + (f" · ★ {marks}" if marks else "")

    def on_resize(self) -> None:
        if self.entries and self.text_width != self._rendered_width:
            self._render_entries()

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

"""Finding quotation marks: pairing them, repairing the ones that never close,
and masking the quoted words so that the narration around them can be read."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.quotes.lexicon import (
    CLAUSE_BREAK, CLOSE_TO_OPEN, MASK, MAX_QUOTE_CHARS, OPEN_TO_CLOSE, SENTENCE_END,
)

# ================================================================ finding marks


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One pair of quotation marks: ``text[start:end]`` is inside them.

    ``after`` is the first index after the closing mark, or ``end`` when the
    quote never closes and was cut at its sentence or paragraph.
    """

    open_pos: int
    start: int
    end: int
    after: int


class _Lines:
    """Line (block) boundaries of a text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._ends = [start - 1 for start in self._starts[1:]] + [len(text)]

    def start_of(self, pos: int) -> int:
        return self._starts[bisect.bisect_right(self._starts, pos) - 1]

    def end_of(self, pos: int) -> int:
        return self._ends[bisect.bisect_right(self._starts, pos) - 1]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every outermost pair of quotation marks in ``text``, unbalanced marks repaired.

    Quotes nested inside a quote stay part of it.  A quote that does not close
    on its line continues onto the next lines only if they close it before a
    new quote of its kind opens; otherwise it ends at its paragraph (when it
    opens the paragraph) or at its first sentence end, and scanning resumes
    there, so it never swallows the next quote.
    """
    lines = _Lines(text)
    spans: list[QuoteSpan] = []
    pos = 0
    while pos < len(text):
        if text[pos] in OPEN_TO_CLOSE:
            span = _match_quote(text, pos, lines)
            if span.end > span.start:
                spans.append(span)
            pos = max(span.after, pos + 1)
        else:
            pos += 1
    return spans


def _match_quote(text: str, open_pos: int, lines: _Lines) -> QuoteSpan:
    close_pos = _find_close(text, open_pos, min(lines.end_of(open_pos), open_pos + MAX_QUOTE_CHARS))
    if close_pos is None:
        close_pos = _find_close_on_later_lines(text, open_pos, lines)
    if close_pos is not None:
        return QuoteSpan(open_pos, open_pos + 1, close_pos, close_pos + 1)
    line_start, line_end = lines.start_of(open_pos), lines.end_of(open_pos)
    if open_pos == line_start or (
        _opens_utterance(text, open_pos, line_start) and text.find(text[open_pos], open_pos + 1, line_end) < 0
    ):
        # Words set off as a whole utterance, with nothing quoted after them in
        # the paragraph, run to the paragraph's end, every sentence and nested
        # quote included (说：“我的孙子来过暑假……。他说奶奶家‘有鬼在叫’。⏎); a
        # quote over paragraphs reopens each one and closes only the last.  A
        # phrase quoted inside the narrator's clause (融资“相当于…。) ends with
        # its sentence, where the narration takes over again.
        end = line_end
    else:
        end = _sentence_end(text, open_pos, line_end)
    return QuoteSpan(open_pos, open_pos + 1, end, end)


def _opens_utterance(text: str, open_pos: int, line_start: int) -> bool:
    """Whether the mark opens words set off from the narration: after a colon,
    a comma or a sentence's end (说：“…, 他说，“…), not inside a clause."""
    before = text[line_start:open_pos].rstrip(" \u3000")
    return not before or before[-1] in CLAUSE_BREAK


def _find_close(text: str, open_pos: int, limit: int) -> int | None:
    """Index of the mark closing ``text[open_pos]`` before ``limit``, nesting allowed."""
    stack = [text[open_pos]]
    for i in range(open_pos + 1, limit):
        ch = text[i]
        if ch in CLOSE_TO_OPEN and CLOSE_TO_OPEN[ch] in stack:
            while stack.pop() != CLOSE_TO_OPEN[ch]:
                pass
            if not stack:
                return i
        elif ch in OPEN_TO_CLOSE:
            stack.append(ch)
    return None


def _find_close_on_later_lines(text: str, open_pos: int, lines: _Lines, max_lines: int = 3) -> int | None:
    """A closing mark on one of the next lines, met before a new quote of that kind opens."""
    opener = text[open_pos]
    closer = OPEN_TO_CLOSE[opener]
    line_start = lines.end_of(open_pos) + 1
    limit = open_pos + MAX_QUOTE_CHARS
    for _ in range(max_lines):
        if line_start >= min(len(text), limit):
            return None
        line_end = min(lines.end_of(line_start), limit)
        depth = 0
        for i in range(line_start, line_end):
            ch = text[i]
            if ch == opener:
                return None
            if ch in OPEN_TO_CLOSE:
                depth += 1
            elif ch in CLOSE_TO_OPEN and depth:
                depth -= 1
            elif ch == closer:
                return i
        line_start = line_end + 1
    return None


def _sentence_end(text: str, open_pos: int, line_end: int) -> int:
    """Where an unclosed quote ends: after its first sentence, or before the next quote of its kind."""
    opener = text[open_pos]
    for i in range(open_pos + 1, line_end):
        if text[i] in SENTENCE_END:
            return i + 1
        if text[i] == opener:
            return i
    return line_end


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """The narration: ``text`` with every quote's words replaced by ``MASK``."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = MASK
    return "".join(chars)

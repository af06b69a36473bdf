"""Sentence spans in an article's original text, for the reader's sentence cursor.

A sentence ends after 。！？ (or ! ? followed by a space), together with any closing
quotation marks or brackets that follow, or at the end of a block (a line).
"""

from __future__ import annotations

import re

_END = re.compile(r"(?:[。！？]|[!?](?=\s|$)|……)[”’」』）)]*|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank sentence, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end() if match.group() != "\n" else match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start] in " \u3000":
        start += 1
    if end > start:
        spans.append((start, end))

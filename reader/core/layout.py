"""Laying an article out as lines of a given width, in a given script.

The reader widget draws these lines and ``summit-reader read --width N`` prints
them, so the two always agree: same blocks, same line breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

from reader.core.linebreak import break_lines, cell_width
from reader.core.models import Article, BlockKind
from reader.core.script import Converted, convert, convert_plain

# What is drawn before a block's first line and before its other lines.
_PREFIX: dict[str, tuple[str, str]] = {
    "caption": ("  ", "  "),
    "link": ("→ ", "  "),
}


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line.  ``start``/``end`` are offsets into the *shown* body
    text (``Layout.shown.text``) for body lines, -1 for title/meta/blank lines."""

    text: str
    kind: str  # title, meta, blank, or a BlockKind value
    block: int = -1
    start: int = -1
    end: int = -1
    level: int = 0
    prefix: str = ""


@dataclass(frozen=True, slots=True)
class Layout:
    lines: tuple[Line, ...]
    shown: Converted
    width: int

    def line_of_block(self, block: int) -> int:
        for index, line in enumerate(self.lines):
            if line.block >= block:
                return index
        return max(len(self.lines) - 1, 0)

    def line_of_offset(self, shown_offset: int) -> int:
        """The line holding ``shown_offset`` (body lines only)."""
        best = 0
        for index, line in enumerate(self.lines):
            if line.block < 0:
                continue
            if line.start <= shown_offset:
                best = index
            else:
                break
        return best


def meta_line(article: Article, shown: Callable[[str], str] = str) -> str:
    """outlet · author · date · link, the date kept on one line, the link readable.

    ``shown`` converts the outlet and author for display; the link is never
    converted (it would become another address).
    """
    date = article.published.replace("T", "\u00a0")[:16]
    parts = [shown(article.outlet), shown(article.author), date, unquote(article.url)]
    return " · ".join(part for part in parts if part)


def _wrap(text: str, width: int, kind: str, level: int = 0) -> list[Line]:
    return [Line(text[a:b], kind, level=level) for a, b in break_lines(text, width)] if text else []


def lay_out(
    article: Article,
    width: int,
    mode: str = "original",
    variant: str = "generic",
    shown: Converted | None = None,
) -> Layout:
    """Lines for ``article`` at ``width`` cells in script ``mode``.

    Pass ``shown`` (a cached conversion of ``article.text``) to skip converting.
    """
    width = max(width, 10)
    if shown is None:
        shown = convert(article.text, mode, variant)
    lines: list[Line] = []
    lines += _wrap(convert_plain(article.title, mode, variant), width, "title")
    lines += _wrap(meta_line(article, lambda text: convert_plain(text, mode, variant)), width, "meta")
    for warning in article.warnings:  # said, not hidden: the rest of the file was still read
        lines += _wrap(f"⚠ {warning}", width, "warning")
    text = shown.text
    for index, block in enumerate(article.blocks):
        if index == 0 and block.kind is BlockKind.HEADING and article.block_text(block) == article.title:
            continue  # the title heading is already the title line
        lines.append(Line("", "blank"))
        start, end = shown.to_shown(block.start), shown.to_shown(block.end)
        kind = block.kind.value
        first_prefix, rest_prefix = _PREFIX.get(kind, ("", ""))
        body = text[start:end]
        for number, (a, b) in enumerate(break_lines(body, width - cell_width(first_prefix))):
            prefix = first_prefix if number == 0 else rest_prefix
            lines.append(Line(body[a:b], kind, index, start + a, start + b, block.level, prefix))
        if block.kind is BlockKind.LINK and block.url:
            for a, b in break_lines(block.url, width - 2):
                lines.append(Line(block.url[a:b], "url", index, -1, -1, 0, "  "))
    return Layout(tuple(lines), shown, width)


def render_plain(layout: Layout) -> str:
    """The layout as plain text, exactly the lines the reader shows."""
    return "\n".join((line.prefix + line.text).rstrip() for line in layout.lines)

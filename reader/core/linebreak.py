"""Chinese line breaking in terminal cells.

Rich and Textual wrap on spaces only, so a Chinese paragraph (one long "word")
would be folded at any cell: lines starting with ``，``, ``DeepSeek`` cut in two.
``break_lines`` follows the rules a careful typesetter uses (W3C "Requirements
for Chinese Text Layout"):

* a line may break between any two Han characters;
* no line starts with closing punctuation, nor ends with opening punctuation:
  the character before is pushed to the next line instead;
* ``——`` and ``……`` are never split;
* a run of Latin letters/digits (``DeepSeek-R1``, ``2025-02-10``, a URL) is one
  unbreakable word unless it is wider than the line;
* widths are terminal cells (Han and full-width punctuation are 2).

It returns ``(start, end)`` offsets into the text, so callers can style any span
(search hits, quotes, highlights) on the broken lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import get_character_cell_size

NO_LINE_START = frozenset("，。、；：？！）】」』”’》〉…%,.;:?!)]}>·‧〕〗〙〛｝％～-—ー々〻ゝゞヽヾ")
NO_LINE_END = frozenset("（【「『“‘《〈([{<〔〖〘〚｛")

# Units that never split: Latin/digit words (with their inner punctuation),
# the doubled dash and ellipsis, a run of spaces, or any other single character.
_UNIT = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]"
    r"(?:[A-Za-z0-9\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A'’._:/?#=&%+@~\-\u00a0]*"
    r"[A-Za-z0-9\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A/%])?"
    r"|——+|……+|──+| +|.",
    re.DOTALL,
)


@lru_cache(maxsize=65536)
def char_width(ch: str) -> int:
    # Rich's table, so our breaks agree with how Textual draws the cells.
    return get_character_cell_size(ch)


def cell_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def break_lines(text: str, width: int) -> list[tuple[int, int]]:
    """Break one paragraph (no newlines) into lines of at most ``width`` cells.

    Returns (start, end) offsets; spaces at a break are left out of both lines.
    """
    width = max(width, 2)
    if not text:
        return [(0, 0)]
    if text.isascii() and len(text) <= width:
        return [(0, len(text))]
    starts: list[int] = []
    widths: list[int] = []
    kinds: list[int] = []  # 0 ordinary, 1 space, 2 no-line-start, 3 no-line-end
    for match in _UNIT.finditer(text):
        unit = match.group()
        starts.append(match.start())
        widths.append(cell_width(unit))
        first = unit[0]
        if first == " ":
            kinds.append(1)
        elif first in NO_LINE_START:
            kinds.append(2)
        elif unit[-1] in NO_LINE_END:
            kinds.append(3)
        else:
            kinds.append(0)
    count = len(starts)
    starts.append(len(text))

    lines: list[tuple[int, int]] = []
    line_start = 0  # unit index
    while line_start < count and kinds[line_start] == 1:
        line_start += 1
    used = 0
    i = line_start
    while i < count:
        w = widths[i]
        if used + w <= width or kinds[i] == 1:
            used += w
            i += 1
            continue
        # Unit i does not fit: find the latest legal break at or before i.
        brk = i
        while brk > line_start and not _can_break(kinds, brk):
            brk -= 1
        if brk == line_start:
            if w > width and i == line_start:
                # A single unit wider than the line: cut it by cells.
                widths[i] = _split_wide_unit(text, starts, i, width, lines)
                line_start = i
                used = 0
                continue
            brk = i if i > line_start else i + 1  # no legal break: force one
        end = brk
        while end > line_start and kinds[end - 1] == 1:
            end -= 1
        lines.append((starts[line_start], starts[end]))
        line_start = brk
        while line_start < count and kinds[line_start] == 1:
            line_start += 1
        i = line_start
        used = 0
    end = count
    while end > line_start and kinds[end - 1] == 1:
        end -= 1
    if line_start < count or not lines:
        lines.append((starts[line_start], starts[end]))
    return lines


def _can_break(kinds: list[int], index: int) -> bool:
    """May a line break fall just before unit ``index``?"""
    after = kinds[index]
    before = kinds[index - 1]
    if after == 2:
        return False
    if before == 3:
        return False
    return True


def _split_wide_unit(text: str, starts: list[int], i: int, width: int, lines: list[tuple[int, int]]) -> int:
    """Emit the full lines of a unit wider than the line.

    The unit is shortened in place to its remainder, whose width is returned.
    """
    begin, stop = starts[i], starts[i + 1]
    used = 0
    line_begin = begin
    for pos in range(begin, stop):
        w = char_width(text[pos])
        if used + w > width:
            cut = pos
            if text[cut] in NO_LINE_START and cut - 1 > line_begin:
                cut -= 1  # push one character out rather than start with "%"
            lines.append((line_begin, cut))
            used = cell_width(text[cut:pos])
            line_begin = cut
        used += w
    starts[i] = line_begin
    return used


def wrap_text(text: str, width: int) -> list[str]:
    """Convenience: the broken lines as strings."""
    return [text[a:b] for a, b in break_lines(text, width)]

"""Normalising article text: soft breaks, inline Markdown, control characters,
and splitting run-on bodies into readable paragraphs.

Article text is data.  Control characters (an ESC that would start a terminal
escape sequence, a bell) are replaced by their visible Unicode "control
pictures" so they are shown, never obeyed; Rich/Textual markup is left as plain
characters here and is never parsed by the UI.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.models import BlockKind

if TYPE_CHECKING:
    from reader.core.formats import RawBlock

# C0 controls (but newline) and DEL become visible symbols; C1 controls become U+FFFD.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_CONTROL_PICTURES[0x09] = " "
_CONTROL_PICTURES[0x7F] = "\u2421"
_CONTROL_PICTURES.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_CONTROL_PICTURES[0x200B] = ""  # zero-width space: invisible, breaks search


_HAS_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b]")


def show_controls(text: str) -> str:
    """Replace control characters with visible pictures (zero-width spaces,
    invisible and in the way of search, are dropped)."""
    return text.translate(_CONTROL_PICTURES) if _HAS_CONTROL.search(text) else text


_OUTPUT_PICTURES = {code: picture for code, picture in _CONTROL_PICTURES.items() if code != 0x09}


def printable(text: str) -> str:
    """Text for a terminal or a pipe: tabs and newlines kept, every other
    control character (ESC, BEL…) shown as its picture, never sent."""
    return text.translate(_OUTPUT_PICTURES) if _HAS_CONTROL.search(text) else text


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_han(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2FFFF
        or 0xF900 <= code <= 0xFAFF
    )


def is_cjk_punct(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFF65 or ch in "“”‘’—…·"


def _is_wide(ch: str) -> bool:
    return is_han(ch) or is_cjk_punct(ch)


_WHITESPACE_RUN = re.compile(r"[ \t\r\n\u3000\u00a0]+")
_NEEDS_JOINING = re.compile(r"[\t\r\n\u3000\u00a0]|  ")


def join_soft_breaks(lines: list[str]) -> str:
    """Join a paragraph's lines: no space between two Han characters (or CJK
    punctuation), one space elsewhere; whitespace runs inside a line collapse."""
    text = "\n".join(lines)
    if not _NEEDS_JOINING.search(text):
        # The usual paragraph: one line, single spaces at most (kept as they are).
        return show_controls(text).strip()

    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if not before or not after:
            return ""
        if "\n" in run and _is_wide(before) and _is_wide(after):
            return ""
        if "\u3000" in run and (_is_wide(before) or _is_wide(after)) and " " not in run:
            return ""
        return " "

    return show_controls(_WHITESPACE_RUN.sub(replace, text)).strip()


INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_INLINE_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|/|#)[^)\s]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_inline_markdown(text: str) -> str:
    """Drop inline images, keep link text, drop bold markers."""
    if "[" not in text and "*" not in text and "_" not in text:
        return text.strip()
    text = INLINE_IMAGE.sub("", text)
    text = _INLINE_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text.strip()


# ------------------------------------------------------ run-on bodies

LONG_PARAGRAPH = 600  # characters; longer ones are split into readable paragraphs
_TARGET_PARAGRAPH = 160

_SENTENCE_END = re.compile(r"[。！？!?](?:[”’」』）)]+)?|[”」](?=[^，。、；：？！”」』）]|$)")
_SECTION_MARK = re.compile(
    r"(?<![第\d０-９])(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|结语：|結語：|尾声：|尾聲：)"
)
_CLOSERS = "”」』）)》】"


def _cells(text: str) -> int:
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _run_in_heading_end(text: str) -> int:
    """Where a heading run into the following sentence ends (index into text).

    Chinese section titles are short, often two parallel clauses ``A，B``.  The
    end of B is taken at a closing quotation mark, else where Han text turns to
    Latin, else where B is as wide as A.  Returns 0 when no heading is found.
    """
    mark = _SECTION_MARK.match(text)
    a_start = mark.end() if mark else 0
    comma = text.find("，", a_start)
    stop = re.search(r"[。！？；]", text)
    if comma < 0 or (stop and stop.start() < comma) or _cells(text[a_start:comma]) > 40:
        return 0
    a_width = _cells(text[a_start:comma])
    b_start = comma + 1
    limit = max(30, int(2.8 * a_width))
    candidates: list[int] = []
    width = 0
    for index in range(b_start, len(text)):
        ch = text[index]
        width += _cells(ch)
        if width > limit or ch in "，。！？；：":
            break
        nxt = text[index + 1] if index + 1 < len(text) else ""
        if width >= 4 and ch in _CLOSERS and nxt and nxt not in _CLOSERS:
            return index + 1
        if width >= 8 and is_han(ch) and nxt.isascii() and nxt.isalnum():
            candidates.append(index + 1)
    if candidates:
        return candidates[0]
    width = 0
    for index in range(b_start, len(text)):
        width += _cells(text[index])
        if width >= a_width:
            return index + 1
    return 0


def _section_starts(text: str) -> list[int]:
    starts = []
    for match in _SECTION_MARK.finditer(text):
        before = text[match.start() - 1] if match.start() else ""
        if not before or before in "。！？!?”」』" or match.start() == 0:
            starts.append(match.start())
        elif text.rfind("▲", 0, match.start()) > max(text.rfind("。", 0, match.start()), -1):
            # A section mark straight after an image caption.
            starts.append(match.start())
    return starts


def split_long_paragraph(text: str) -> list[RawBlock]:
    """Split a run-on paragraph into readable paragraphs and headings.

    Short paragraphs are returned whole.  A body delivered as one very long line
    (aggregators do this) is cut at section marks (``一、``, ``结语：``), after
    image captions (``▲…``) and into paragraphs of a few sentences.
    """
    from reader.core.formats import RawBlock

    if len(text) <= LONG_PARAGRAPH:
        return [RawBlock(BlockKind.PARAGRAPH, text)]
    blocks: list[RawBlock] = []
    cuts = sorted(set([0, *_section_starts(text), len(text)]))
    for start, end in zip(cuts, cuts[1:]):
        segment = text[start:end]
        if _SECTION_MARK.match(segment):
            heading_end = _run_in_heading_end(segment)
            if heading_end:
                blocks.append(RawBlock(BlockKind.HEADING, segment[:heading_end].strip(), 2))
                segment = segment[heading_end:]
        blocks.extend(_sentences_to_paragraphs(segment))
    return blocks


def _sentences_to_paragraphs(text: str) -> list[RawBlock]:
    from reader.core.formats import RawBlock

    out: list[RawBlock] = []
    current = ""
    position = 0
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    for end in ends:
        sentence = text[position:end]
        position = end
        caption_at = sentence.find("▲")
        if caption_at >= 0:
            # A caption runs from ▲ to the end of its sentence.
            before, caption = sentence[:caption_at], sentence[caption_at:]
            current += before
            if current.strip():
                out.append(RawBlock(BlockKind.PARAGRAPH, current.strip()))
            current = ""
            out.append(RawBlock(BlockKind.CAPTION, caption.strip()))
            continue
        current += sentence
        if len(current) >= _TARGET_PARAGRAPH:
            out.append(RawBlock(BlockKind.PARAGRAPH, current.strip()))
            current = ""
    if current.strip():
        out.append(RawBlock(BlockKind.PARAGRAPH, current.strip()))
    return out

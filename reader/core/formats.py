"""Parsing the three article families into metadata and body blocks.

1. Plain text with Markdown headings (no metadata; title is the first ``#``).
2. Markdown with YAML front matter (title/date in the front matter).
3. An HTML body under a Markdown header (``<!--epoch ms-->``, ``[title](url)``
   underlined by ``---``), optionally with Jekyll front matter before it.

The result is a normalised original text (one block per line) and blocks with
offsets into it.  Front matter is read with PyYAML and HTML with the standard
library's ``html.parser``; nothing here is a hand-written parser for either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser

import yaml

from reader.core.models import Block, BlockKind
from reader.core.textnorm import (
    INLINE_IMAGE,
    LONG_PARAGRAPH,
    join_soft_breaks,
    split_long_paragraph,
    strip_inline_markdown,
)


@dataclass
class RawBlock:
    kind: BlockKind
    text: str
    level: int = 0
    url: str | None = None


@dataclass
class Parsed:
    title: str = ""
    author: str = ""
    published: str = ""
    url: str = ""
    front_author: str = ""
    header_date: str = ""  # from the <!--epoch--> line; the body's own date wins
    blocks: list[RawBlock] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- front matter

# libyaml's loader when PyYAML was built with it (10x faster), else the pure one.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_UNCLOSED_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[A-Za-z_][\w-]*:.*\n(?:[ \t]+.*\n|-[ \t].*\n)*)+)(?:[ \t]*\n|\Z)")
_EPOCH_COMMENT = re.compile(r"\A\s*<!--\s*(\d{10,13})\s*-->[ \t]*\n?")
_HEADER_LINK = re.compile(
    r"\A\s*\[(?P<title>.*?)\]\((?P<url>[^)\s]*)\)[ \t]*\n[ \t]*(?:-{3,}|={3,})[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
_HTML_HINT = re.compile(r"<(p|div|br|h[1-6]|img|table|small|strong|section|article|span)\b", re.I)


def normalise_date(value: object) -> str:
    """ISO 8601, keeping the zone when the source gives one."""
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None:
        return ""
    raw = str(value).strip()
    if not raw:
        return ""
    candidate = raw.replace("Z", "+00:00") if raw.endswith("Z") else raw
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        return raw
    return parsed.isoformat()


def _epoch_to_iso(digits: str) -> str:
    seconds = int(digits) / (1000 if len(digits) == 13 else 1)
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat()
    except (OverflowError, OSError, ValueError):
        return ""


def _split_front_matter(text: str, parsed: Parsed) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        unclosed = _UNCLOSED_FRONT_MATTER.match(text)
        if not unclosed:
            return text
        # Front matter that never closes (a truncated file): read what there
        # is up to the first blank line, and keep the rest as the body.
        parsed.warnings.append("front matter is not closed")
        match = unclosed
    try:
        data = yaml.load(match.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        parsed.warnings.append(f"front matter is not valid YAML{where}; ignored")
        return text[match.end() :]
    if not isinstance(data, dict):
        parsed.warnings.append("front matter is not a mapping; ignored")
        return text[match.end() :]
    title = data.get("title")
    if title is not None:
        parsed.title = _clean_line(str(title))
    for key in ("date", "published", "pubDate"):
        if data.get(key) is not None:
            parsed.published = normalise_date(data[key])
            break
    for key in ("url", "link", "source", "canonical_url"):
        if isinstance(data.get(key), str) and data[key].startswith("http"):
            parsed.url = data[key]
            break
    for key in ("author", "from", "source_name"):
        if isinstance(data.get(key), str) and data[key].strip():
            parsed.front_author = _clean_line(data[key])
            break
    return text[match.end() :]


def _split_header(text: str, parsed: Parsed) -> tuple[str, bool]:
    """Strip a family-3 header; front-matter fields already set win over it."""
    had_header = False
    epoch = _EPOCH_COMMENT.match(text)
    epoch_date = ""
    if epoch:
        epoch_date = _epoch_to_iso(epoch.group(1))
        text = text[epoch.end() :]
        had_header = True
    link = _HEADER_LINK.match(text)
    if link:
        had_header = True
        if not parsed.title:
            parsed.title = _clean_line(link.group("title"))
        if not parsed.url:
            parsed.url = link.group("url")
        text = text[link.end() :]
    parsed.header_date = epoch_date
    return text, had_header


def _clean_line(text: str) -> str:
    """One line: soft breaks between Han characters vanish, other runs of
    whitespace become one space, and the ends are stripped."""
    return join_soft_breaks([text])


# ------------------------------------------------------------------- Markdown

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*$|^__(.+?)__$")
_LINK_ONLY = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)$")
_BYLINE = re.compile(
    r"^[【\[（(]?[^，。；！？,.!?]{0,24}(?:記者|记者|報道|报道|編輯|编辑|撰稿|整理)[^，。；！？!?]{0,40}[】\]）)]?$"
)


def _is_byline(line: str) -> bool:
    return len(line) <= 60 and bool(_BYLINE.match(line)) and not line.endswith(("：", ":"))


def _parse_markdown(body: str) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    paragraph: list[str] = []
    after_image = False

    def flush() -> None:
        nonlocal after_image
        if not paragraph:
            return
        text = strip_inline_markdown(join_soft_breaks(paragraph))
        paragraph.clear()
        if not text:
            return
        if len(text) > LONG_PARAGRAPH:
            blocks.extend(split_long_paragraph(text))
        elif text.startswith("▲") or (after_image and len(text) <= 120):
            blocks.append(RawBlock(BlockKind.CAPTION, text))
        elif _is_byline(text):
            blocks.append(RawBlock(BlockKind.BYLINE, text))
        else:
            blocks.extend(split_long_paragraph(text))
        after_image = False

    for raw_line in body.split("\n"):
        line = raw_line.strip().strip("\u3000")
        if not line:
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            blocks.append(
                RawBlock(BlockKind.HEADING, strip_inline_markdown(heading.group(2)), len(heading.group(1)))
            )
            after_image = False
            continue
        bold = _BOLD_LINE.match(line)
        if bold and not paragraph:
            flush()
            blocks.append(RawBlock(BlockKind.HEADING, strip_inline_markdown(bold.group(1) or bold.group(2)), 2))
            after_image = False
            continue
        link = _LINK_ONLY.match(line)
        if link and not paragraph:
            flush()
            blocks.append(RawBlock(BlockKind.LINK, link.group("text"), url=link.group("url")))
            continue
        if INLINE_IMAGE.fullmatch(line):
            flush()
            after_image = True
            continue
        if INLINE_IMAGE.search(line):
            # Images inside a line split it: what follows starts a new block.
            pieces = INLINE_IMAGE.split(line)
            for index, piece in enumerate(pieces):
                if piece.strip():
                    paragraph.append(piece.strip())
                if index < len(pieces) - 1:
                    flush()
                    after_image = True
            continue
        paragraph.append(line)
    flush()
    return blocks


# ----------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "video", "iframe", "audio", "noscript", "svg", "object", "template"}
_BLOCK_TAGS = {"p", "div", "section", "article", "blockquote", "li", "figure", "figcaption", "tr", "table", "ul", "ol", "header", "footer", "main", "aside"}
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


class _ArticleHTML(HTMLParser):
    """Collects blocks from an article body, one per paragraph-like element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[RawBlock] = []
        self.author = ""
        self.published = ""
        self._text: list[str] = []
        self._strong: list[str] = []  # text seen inside <strong>/<b> in this block
        self._kind = BlockKind.PARAGRAPH
        self._level = 0
        self._skip = 0
        self._italic_depth = 0
        self._italic_lines: list[str] = []
        self._italic_buffer: list[str] = []
        self._bold = 0
        self._cells: list[str] | None = None

    # -- helpers
    def _flush(self) -> None:
        text = _clean_line("".join(self._text))
        strong = _clean_line("".join(self._strong))
        self._text.clear()
        self._strong.clear()
        kind, level = self._kind, self._level
        self._kind, self._level = BlockKind.PARAGRAPH, 0
        if not text:
            return
        if kind is BlockKind.PARAGRAPH and strong and strong == text and len(text) <= 60:
            kind, level = BlockKind.HEADING, 2
        if kind is BlockKind.PARAGRAPH:
            self.blocks.extend(split_long_paragraph(text))
        else:
            self.blocks.append(RawBlock(kind, text, level))

    # -- HTMLParser API
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        if self._skip:
            return
        if tag in _HEADING_TAGS:
            self._flush()
            self._kind, self._level = BlockKind.HEADING, _HEADING_TAGS[tag]
        elif tag in ("small", "figcaption"):
            self._flush()
            self._kind = BlockKind.CAPTION
        elif tag == "tr":
            self._flush()
            self._cells = []
        elif tag in ("td", "th") and self._cells is not None:
            self._text.append(" | " if self._cells else "")
            self._cells.append(tag)
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag == "br":
            if self._italic_depth:
                self._italic_lines.append("".join(self._italic_buffer))
                self._italic_buffer.clear()
            else:
                self._flush()
        elif tag == "i" and not "".join(self._text).strip():
            self._italic_depth += 1
        elif tag in ("strong", "b"):
            self._bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag == "i" and self._italic_depth:
            self._italic_depth -= 1
            self._italic_lines.append("".join(self._italic_buffer))
            self._italic_buffer.clear()
            if not self._italic_depth:
                self._finish_italic()
        elif tag in ("strong", "b"):
            self._bold = max(0, self._bold - 1)
        elif tag == "tr":
            self._flush()
            self._cells = None
        elif tag in _HEADING_TAGS or tag in _BLOCK_TAGS or tag in ("small", "figcaption"):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._italic_depth:
            self._italic_buffer.append(data)
            return
        self._text.append(data)
        if self._bold:
            self._strong.append(data)

    def _finish_italic(self) -> None:
        lines = [_clean_line(line) for line in self._italic_lines]
        self._italic_lines = []
        lines = [line for line in lines if line]
        dates = [line for line in lines if _looks_like_date(line)]
        if dates and not self.published:
            self.published = normalise_date(dates[0])
            names = [line for line in lines if line not in dates]
            if names and not self.author:
                self.author = names[0]
            self.blocks.append(RawBlock(BlockKind.BYLINE, " · ".join(lines)))
        else:
            self._text.append(" ".join(lines))

    def close(self) -> None:
        super().close()
        self._flush()


_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")


def _looks_like_date(text: str) -> bool:
    return bool(_DATE_LIKE.match(text.strip()))


def _parse_html(body: str) -> tuple[list[RawBlock], str, str]:
    parser = _ArticleHTML()
    parser.feed(body)
    parser.close()
    return parser.blocks, parser.author, parser.published


# ------------------------------------------------------------------ the entry


def parse_article_text(text: str) -> Parsed:
    """Parse a decoded article of any family."""
    parsed = Parsed()
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    body = _split_front_matter(text, parsed)
    body, had_header = _split_header(body, parsed)
    if had_header or _HTML_HINT.search(body[:5000]):
        blocks, author, published = _parse_html(body)
        parsed.blocks = blocks
        parsed.author = parsed.author or author
        if published and not parsed.published:
            parsed.published = published
    else:
        parsed.blocks = _parse_markdown(body)
    if not parsed.published:
        parsed.published = parsed.header_date
    if not parsed.title:
        parsed.title = _title_from_blocks(parsed.blocks)
    return parsed


def _title_from_blocks(blocks: list[RawBlock]) -> str:
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    for level in range(1, 7):
        for block in headings:
            if block.level == level:
                return block.text
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            return block.text[:40] + ("…" if len(block.text) > 40 else "")
    return ""


def assemble(blocks: list[RawBlock]) -> tuple[str, tuple[Block, ...]]:
    """Join blocks into one original text (a block per line) with offsets."""
    parts: list[str] = []
    out: list[Block] = []
    offset = 0
    for raw in blocks:
        text = raw.text.replace("\n", " ")
        if not text:
            continue
        if parts:
            offset += 1  # the newline between blocks
        out.append(Block(raw.kind, offset, offset + len(text), raw.level, raw.url))
        parts.append(text)
        offset += len(text)
    return "\n".join(parts), tuple(out)


__all__ = ["Parsed", "RawBlock", "assemble", "normalise_date", "parse_article_text"]

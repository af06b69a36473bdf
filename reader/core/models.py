"""The small frozen dataclasses that pass between the core and the UI.

Every offset is into an article's *original* normalised text (``Article.text``):
script conversion only changes what is shown, never what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    BYLINE = "byline"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article body; ``text == article.text[start:end]``."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: Path
    title: str
    outlet: str
    author: str
    published: str
    url: str
    script: str  # "traditional" | "simplified" | "mixed"
    encoding: str
    text: str
    blocks: tuple[Block, ...] = field(default=())
    traditional_chars: int = 0  # characters only Traditional script uses (0: folding is trivial)
    warnings: tuple[str, ...] = ()  # what was wrong but read anyway (broken front matter), a line each

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that is not a readable article, with a one-line reason."""

    path: Path
    reason: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A piece of direct speech in an article's original text."""

    start: int  # offsets of the quoted words (without the marks)
    end: int
    text: str
    speaker: str  # the name, "" when unknown
    role: str  # title/role given with the name, "" when none
    kind: str  # "quoted" (inside quotation marks) or "block" (a `Name：` paragraph)

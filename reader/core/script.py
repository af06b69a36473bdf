"""Chinese scripts: detecting them, converting for display, folding for search.

* ``detect_script`` counts characters that exist in only one script.
* ``convert`` applies OpenCC's phrase-aware configs (``t2s``, ``s2t``,
  ``s2tw``, ``s2twp``, ``s2hk``; see ``reader.core.conversion``) to what is
  *shown*, keeping a map from offsets in the original text to offsets in the
  shown text even when a phrase changes length (``首席执行官`` -> ``執行長``).
* ``fold_script`` maps every character to one canonical (Simplified, lower-case)
  form with ``str.translate``, for search only: some 25x faster than the phrase
  converter and applied identically to text and query.

The character tables are read once from OpenCC's own dictionaries.
"""

from __future__ import annotations

import bisect
import re
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache

from reader.core.conversion import character_table, convert_text

MODES = ("original", "simplified", "traditional")
VARIANTS = ("generic", "taiwan", "hongkong")
# the one-character badge of an article's detected script, in the list and `sources`
SCRIPT_BADGES = {"traditional": "繁", "simplified": "简", "mixed": "混"}

_CONFIG_FOR = {
    ("simplified", "generic"): "t2s",
    ("simplified", "taiwan"): "tw2sp",
    ("simplified", "hongkong"): "hk2s",
    ("traditional", "generic"): "s2t",
    ("traditional", "taiwan"): "s2twp",
    ("traditional", "hongkong"): "s2hk",
}

@lru_cache(maxsize=1)
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(characters only Traditional uses, characters only Simplified uses)."""
    t2s = character_table("TSCharacters.txt")
    s2t = character_table("STCharacters.txt")
    traditional_only = frozenset(c for c, s in t2s.items() if s != c and c not in s2t)
    simplified_only = frozenset(c for c, t in s2t.items() if t != c and c not in t2s)
    return traditional_only, simplified_only


@dataclass(frozen=True)
class _Table:
    """A ``str.translate`` table in two parts.  The Basic Multilingual Plane
    is a string indexed by code point: looking a character up in it is some
    2.5x faster than in a dict (profiled: translation was a quarter of the
    time it takes to index a file), and it takes 256 KB where a list of
    one-character strings would take 5 MB in every worker process.  The few
    characters beyond it (rare CJK extensions) are in a dict, used only when
    the text has any."""

    bmp: str
    astral: dict[int, str]

    def apply(self, text: str) -> str:
        out = text.translate(self.bmp)
        if self.astral and _ASTRAL.search(out):
            out = out.translate(self.astral)
        return out


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _table(mapping: dict[int, str]) -> _Table:
    # Code points in an array, decoded once as UTF-32: C-level work (a
    # string of 65,536 chr() calls took 10-20 ms per table, in the app and
    # in every worker process).
    codes = array("I", range(0x10000))
    astral: dict[int, str] = {}
    for code, value in mapping.items():
        if len(value) != 1:  # the string is indexed by code point
            raise ValueError(f"U+{code:04X} maps to {len(value)} characters")
        if code < 0x10000:
            codes[code] = ord(value)
        else:
            astral[code] = value
    return _Table(codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass"), astral)


@lru_cache(maxsize=1)
def _script_marks() -> _Table:
    """A table that turns Traditional-only characters into U+E000 and
    Simplified-only ones into U+E001, so one C-level pass counts both."""
    traditional_only, simplified_only = _script_sets()
    table = dict.fromkeys(map(ord, traditional_only), "\ue000")
    table.update(dict.fromkeys(map(ord, simplified_only), "\ue001"))
    return _table(table)


def script_counts(text: str) -> tuple[int, int]:
    """How many Traditional-only and Simplified-only characters ``text`` has."""
    marked = _script_marks().apply(text)
    return marked.count("\ue000"), marked.count("\ue001")


def detect_script(text: str) -> str:
    """``traditional``, ``simplified`` or ``mixed``, by the characters used."""
    return script_of(*script_counts(text[:200_000]))


def script_of(trad: int, simp: int) -> str:
    """The script, from the counts of Traditional-only and Simplified-only characters."""
    total = trad + simp
    if total == 0:
        return "simplified"
    if trad / total >= 0.85:
        return "traditional"
    if simp / total >= 0.85:
        return "simplified"
    return "mixed"


@lru_cache(maxsize=1)
def _fold_table() -> _Table:
    table = {ord(c): s for c, s in character_table("TSCharacters.txt").items() if len(s) == 1}
    for variants in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for c, s in character_table(variants).items():
            folded = s.translate(table)  # a dict still: the table is being built
            if len(folded) == 1:
                table.setdefault(ord(c), folded)
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    # Full-width Latin letters and digits fold to ASCII.
    for code in range(0xFF01, 0xFF5F):
        ascii_char = chr(code - 0xFEE0)
        table[code] = ascii_char.lower()
    return _table(table)


_NEEDS_TABLE = re.compile("[\uff01-\uff5e]")


def fold_script(text: str, *, simplified_only: bool = False) -> str:
    """Script- and case-folded copy of ``text`` of the same length, for search.

    ``simplified_only`` (the caller knows the text has no Traditional-only
    character) allows a faster path: only case and full-width forms fold.
    """
    if simplified_only and not _NEEDS_TABLE.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered
    return _fold_table().apply(text)


def config_for(mode: str, variant: str = "generic") -> str | None:
    """The OpenCC config that shows text in ``mode``; None for the original."""
    if mode == "original":
        return None
    return _CONFIG_FOR[(mode, variant)]


_CLI_SCRIPT_MODES = {
    "original": ("original", "generic"),
    "simplified": ("simplified", "generic"),
    "traditional": ("traditional", "generic"),
    "taiwan": ("traditional", "taiwan"),
    "hongkong": ("traditional", "hongkong"),
}
CLI_SCRIPTS = tuple(_CLI_SCRIPT_MODES)  # the CLI's ``--script`` choices


def cli_script(name: str) -> tuple[str, str]:
    """Map a CLI ``--script`` value to (mode, variant)."""
    return _CLI_SCRIPT_MODES[name]


@dataclass(frozen=True, slots=True)
class Converted:
    """A converted text and the map between its offsets and the original's."""

    text: str
    # Sorted chunk starts in the original and in the converted text.
    original_starts: tuple[int, ...]
    shown_starts: tuple[int, ...]

    def to_shown(self, offset: int) -> int:
        """Offset in the shown text for an offset in the original."""
        if not self.original_starts:
            return offset
        i = bisect.bisect_right(self.original_starts, offset) - 1
        i = max(i, 0)
        delta = offset - self.original_starts[i]
        next_shown = self.shown_starts[i + 1] if i + 1 < len(self.shown_starts) else len(self.text)
        return min(self.shown_starts[i] + delta, next_shown)

    def to_original(self, offset: int) -> int:
        if not self.shown_starts:
            return offset
        i = max(bisect.bisect_right(self.shown_starts, offset) - 1, 0)
        return self.original_starts[i] + (offset - self.shown_starts[i])


def convert(text: str, mode: str, variant: str = "generic") -> Converted:
    """Convert ``text`` for display in ``mode``, keeping an offset map.

    Converted line by line (phrases never span a line); a line whose length
    changed (``s2twp``: ``首席执行官`` -> ``執行長``) gets anchors inside it.
    """
    config = config_for(mode, variant)
    if config is None:
        return Converted(text, (), ())
    if config not in _LENGTH_CHANGING:
        whole = convert_text(text, config)
        if len(whole) == len(text):
            return Converted(whole, (), ())
    original_starts: list[int] = []
    shown_starts: list[int] = []
    pieces: list[str] = []
    start = shown = 0
    for line in text.split("\n"):
        converted = convert_text(line, config)
        original_starts.append(start)
        shown_starts.append(shown)
        if len(converted) != len(line):
            for a, b in _anchors(line, converted):
                original_starts.append(start + a)
                shown_starts.append(shown + b)
        pieces.append(converted)
        start += len(line) + 1
        shown += len(converted) + 1
    return Converted("\n".join(pieces), tuple(original_starts), tuple(shown_starts))


# Configs whose phrases can change a text's length; the others map one
# character to one character, so offsets need no map.
_LENGTH_CHANGING = frozenset({"s2twp", "tw2sp"})


def _anchors(source: str, converted: str) -> list[tuple[int, int]]:
    """Offsets that correspond in a chunk whose length changed: the starts and
    ends of the runs that are the same once both are folded to one script."""
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, fold_script(source), fold_script(converted), autojunk=False)
    anchors: list[tuple[int, int]] = []
    for a, b, size in matcher.get_matching_blocks():
        if size:
            anchors.append((a, b))
            anchors.append((a + size, b + size))
    cleaned: list[tuple[int, int]] = []
    for a, b in sorted(set(anchors)):
        if a > 0 and (not cleaned or (a > cleaned[-1][0] and b >= cleaned[-1][1])):
            cleaned.append((a, b))
    return [(a, b) for a, b in cleaned if a < len(source)]


def convert_plain(text: str, mode: str, variant: str = "generic") -> str:
    """Convert a short string (a title, a name) for display."""
    config = config_for(mode, variant)
    return text if config is None else convert_text(text, config)

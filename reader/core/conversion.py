"""Fast OpenCC conversion: the same configs and dictionaries, a quicker matcher.

opencc-python-reimplemented ships OpenCC's configs (``s2t``, ``s2twp``, …) and
dictionaries, but converts about 0.2–0.5 million characters a second: a
50,000-character article took 120–730 ms to toggle.  This module reads those
same files and applies each step of a config's conversion chain the way
OpenCC itself does (maximum forward matching: at each position the longest
key of the step's dictionaries wins), with the work arranged so that Python
only looks at positions where a phrase can start:

* single characters are converted with one ``str.translate`` per step;
* phrases are looked up only where the two characters at a position begin
  some phrase (one set lookup per position), longest first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _package_dir() -> Path:
    """Where opencc-python-reimplemented keeps its configs and dictionaries
    (found without importing it: its import takes 15 ms we do not need)."""
    import importlib.util

    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("opencc-python-reimplemented is not installed")
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _dictionary(name: str) -> Iterator[tuple[str, str]]:
    """An OpenCC dictionary file's entries in file order: (key, first target).
    Not kept: a conversion step and a character table each keep what they build."""
    for line in (_package_dir() / "dictionary" / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            yield key, values.split(" ")[0]


class _Step:
    """One step of a conversion chain: a group of dictionaries."""

    def __init__(self, files: list[str]) -> None:
        chars: dict[int, str] = {}
        phrases: dict[str, str] = {}
        for name in files:
            for key, value in _dictionary(name):
                if len(key) == 1:
                    chars.setdefault(ord(key), value)
                else:
                    phrases.setdefault(key, value)
        self.chars = chars
        self.phrases = phrases
        self.starts = frozenset(key[:2] for key in phrases)
        self.longest: dict[str, int] = {}
        for key in phrases:
            prefix = key[:2]
            self.longest[prefix] = max(self.longest.get(prefix, 0), len(key))

    def apply(self, text: str) -> str:
        if not self.phrases:
            return text.translate(self.chars)
        starts, phrases, longest = self.starts, self.phrases, self.longest
        # Where a phrase can start: one comprehension over the text's bigrams
        # (much cheaper than a Python step per character).
        candidates = [i for i, pair in enumerate(map(str.__add__, text, text[1:])) if pair in starts]
        pieces: list[str] = []
        plain_from = 0  # start of the run converted character by character
        size = len(text)
        for position in candidates:
            if position < plain_from:
                continue  # inside a phrase already converted
            pair = text[position : position + 2]
            for length in range(min(longest[pair], size - position), 1, -1):
                value = phrases.get(text[position : position + length])
                if value is not None:
                    pieces.append(text[plain_from:position].translate(self.chars))
                    pieces.append(value)
                    plain_from = position + length
                    break
        pieces.append(text[plain_from:].translate(self.chars))
        return "".join(pieces)


@lru_cache(maxsize=8)
def character_table(name: str) -> dict[str, str]:
    """A dictionary's single-character entries: character -> first target
    (read once per process: the script tables and the fold table share it)."""
    table: dict[str, str] = {}
    for source, target in _dictionary(name):
        if len(source) == 1:
            table.setdefault(source, target)
    return table


def _steps(dict_spec: dict) -> list[str]:  # type: ignore[type-arg]
    if dict_spec.get("type") == "group":
        files: list[str] = []
        for item in dict_spec.get("dicts", []):
            files += _steps(item)
        return files
    return [dict_spec["file"]]


@lru_cache(maxsize=16)
def _chain(config: str) -> tuple[_Step, ...]:
    data = json.loads((_package_dir() / "config" / f"{config}.json").read_text(encoding="utf-8"))
    return tuple(_step(tuple(_steps(item["dict"]))) for item in data["conversion_chain"])


@lru_cache(maxsize=32)
def _step(files: tuple[str, ...]) -> _Step:
    return _Step(list(files))


def convert_text(text: str, config: str) -> str:
    """Convert ``text`` with an OpenCC config (``t2s``, ``s2twp``, …)."""
    for step in _chain(config):
        text = step.apply(text)
    return text

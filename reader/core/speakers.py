"""Who said what across a corpus: quotes grouped by speaker.

Names are merged across scripts (``马克龙`` = ``馬克龍``) by folding them, and a
name is merged with the same name written with a title in front of it
(``总统马克龙`` = ``马克龙``) when that leaves a known name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.models import Article, Quote
from reader.core.script import fold_script


@dataclass
class SpeakerGroup:
    key: str  # folded name
    names: list[str] = field(default_factory=list)  # as written, most common first
    roles: list[str] = field(default_factory=list)
    quotes: list[tuple[Article, Quote]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.names[0] if self.names else "?"


def group_by_speaker(items: Iterable[tuple[Article, Quote]]) -> list[SpeakerGroup]:
    """Groups, the most quoted speaker first; unattributed quotes are left out."""
    groups: dict[str, SpeakerGroup] = {}
    counts: dict[str, dict[str, int]] = {}
    pairs = [(article, quote) for article, quote in items if quote.speaker]
    keys = {fold_script(quote.speaker) for _, quote in pairs}
    for article, quote in pairs:
        key = _canonical(fold_script(quote.speaker), keys)
        group = groups.setdefault(key, SpeakerGroup(key))
        group.quotes.append((article, quote))
        name_counts = counts.setdefault(key, {})
        name_counts[quote.speaker] = name_counts.get(quote.speaker, 0) + 1
        if quote.role and quote.role not in group.roles:
            group.roles.append(quote.role)
    for key, group in groups.items():
        group.names = sorted(counts[key], key=lambda n: (-counts[key][n], len(n)))
    return sorted(groups.values(), key=lambda g: (-len(g.quotes), g.key))


def _canonical(key: str, keys: set[str]) -> str:
    """The shortest known name that ``key`` ends with (titles come first in Chinese)."""
    best = key
    for other in keys:
        if other != key and len(other) >= 2 and key.endswith(other) and len(other) < len(best):
            best = other
    return best


_BRACKETED = re.compile(r"[（(]([A-Za-z][A-Za-z .'\-]{1,60})[）)]")


def latin_names(text: str, speaker: str) -> list[str]:
    """Latin names the article gives a speaker in brackets right after the
    name (``奥尔特曼（Sam Altman）`` -> ``Sam Altman``)."""
    if not speaker:
        return []
    names: list[str] = []
    start = text.find(speaker)
    while start >= 0:
        match = _BRACKETED.match(text, start + len(speaker))
        if match and match.group(1).strip() not in names:
            names.append(match.group(1).strip())
        start = text.find(speaker, start + len(speaker))
    return names

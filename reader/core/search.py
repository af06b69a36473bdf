"""Ranking articles for a query, in either script, and finding text in one.

Everything is compared in *folded* form (``fold_script``: one canonical script,
lower case, same length as the original), so ``马克龙`` finds ``馬克龍`` and
``DEEPSEEK`` finds ``DeepSeek``.  Ranking is in tiers, so a title that contains
the query literally always ranks above a fuzzy title match, and any title match
above a match in the body:

1. every query term occurs in the title;
2. the title matches fuzzily (each term's characters in order and close
   together, or a high rapidfuzz ``partial_ratio``);
3. every term occurs in the outlet/author/date, or they match fuzzily;
4. every term occurs in the body.

Within a tier, earlier and denser matches rank higher.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from reader.core.script import fold_script

TITLE_LITERAL, TITLE_FUZZY, META, BODY = 4, 3, 2, 1
FUZZY_CUTOFF = 75.0
_SEPARATOR = "\x00"


@dataclass(frozen=True, slots=True)
class SearchDoc:
    """What the search needs of an article, already folded."""

    title: str
    meta: str
    body: str


@dataclass(frozen=True, slots=True)
class Hit:
    index: int  # position of the article in the indexed sequence
    score: float  # 0..100 within the tier
    tier: int
    where: str  # "title", "meta" or "body"
    marks: frozenset[int]  # title character positions to highlight

    @property
    def rank_key(self) -> tuple[int, float]:
        return (self.tier, self.score)


def fold_query(query: str) -> list[str]:
    return [term for term in fold_script(query).split() if term]


def make_doc(title: str, meta: str, body: str) -> SearchDoc:
    return SearchDoc(fold_script(title), fold_script(meta), fold_script(body))


class SearchIndex:
    """Folded titles, metadata and bodies of a corpus, searchable per keystroke.

    Bodies are kept as one long string so a body search is a single C-level
    scan per term rather than one Python call per article.
    """

    def __init__(self, docs: Iterable[SearchDoc] = ()) -> None:
        self.titles: list[str] = []
        self.metas: list[str] = []
        self._body_parts: list[str] = []
        self._body_starts: list[int] = []
        self._body_length = 0
        self._bodies: str | None = None
        self._titles_joined: tuple[str, list[int]] | None = None
        self.add(docs)

    def __len__(self) -> int:
        return len(self.titles)

    def add(self, docs: Iterable[SearchDoc]) -> None:
        for doc in docs:
            self.titles.append(doc.title)
            self.metas.append(doc.meta)
            self._body_starts.append(self._body_length)
            self._body_parts.append(doc.body)
            self._body_length += len(doc.body) + 1
        self._bodies = None
        self._titles_joined = None

    def reordered(self, order: Sequence[int]) -> SearchIndex:
        """The same documents in a new order (``order[i]`` = old position)."""
        return SearchIndex(SearchDoc(self.titles[i], self.metas[i], self._body_parts[i]) for i in order)

    def _joined_titles(self) -> tuple[str, list[int]]:
        if self._titles_joined is None:
            starts, position = [], 0
            for title in self.titles:
                starts.append(position)
                position += len(title) + 1
            self._titles_joined = ("\n".join(self.titles), starts)
        return self._titles_joined

    @property
    def bodies(self) -> str:
        if self._bodies is None:
            self._bodies = _SEPARATOR.join(self._body_parts)
        return self._bodies

    # ----------------------------------------------------------- ranking

    def search(self, query: str, *, limit: int | None = None, bodies: bool = True) -> list[Hit]:
        terms = fold_query(query)
        if not terms:
            return []
        hits: dict[int, Hit] = {}

        def offer(hit: Hit) -> None:
            current = hits.get(hit.index)
            if current is None or hit.rank_key > current.rank_key:
                hits[hit.index] = hit

        for index, title in enumerate(self.titles):
            if all(term in title for term in terms):
                offer(Hit(index, _literal_score(title, terms), TITLE_LITERAL, "title", _literal_marks(title, terms)))
        for index, score in _fuzzy(terms, self.titles, *self._joined_titles()):
            if index not in hits:
                offer(Hit(index, score, TITLE_FUZZY, "title", _fuzzy_marks(self.titles[index], terms)))
        for index, meta in enumerate(self.metas):
            if index not in hits and all(term in meta for term in terms):
                offer(Hit(index, _literal_score(meta, terms), META, "meta", frozenset()))
        if bodies:
            for index, score in self._body_hits(terms):
                if index not in hits:
                    offer(Hit(index, score, BODY, "body", frozenset()))
        ranked = sorted(hits.values(), key=lambda h: (-h.tier, -h.score, h.index))
        return ranked[:limit] if limit else ranked

    def _body_hits(self, terms: Sequence[str]) -> list[tuple[int, float]]:
        bodies = self.bodies
        rarest = max(terms, key=len)
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        position = bodies.find(rarest)
        while position >= 0:
            index = bisect.bisect_right(self._body_starts, position) - 1
            counts[index] = counts.get(index, 0) + 1
            first.setdefault(index, position - self._body_starts[index])
            position = bodies.find(rarest, position + len(rarest))
        results = []
        for index, count in counts.items():
            if len(terms) > 1:
                body = self._body_parts[index]
                if not all(term in body for term in terms):
                    continue
            # More mentions and an earlier first mention score higher.
            score = min(60.0, 20.0 + 8.0 * count) + 40.0 / (1.0 + first[index] / 500.0)
            results.append((index, score))
        return results


def _literal_score(text: str, terms: Sequence[str]) -> float:
    earliest = min(text.find(term) for term in terms)
    covered = sum(len(term) for term in terms) / max(len(text), 1)
    return 60.0 + 25.0 * min(covered, 1.0) + 15.0 / (1.0 + earliest)


def _fuzzy(terms: Sequence[str], titles: Sequence[str], joined: str, starts: Sequence[int]) -> list[tuple[int, float]]:
    """Titles that every term matches fuzzily; score = the weakest term's.

    A term matches a title when its characters occur in order in it, close
    together (``巴黎峰会`` in ``巴黎AI峰会开幕``: one regex scan over all titles),
    or when rapidfuzz's ``partial_ratio`` is high (a wrong character).
    """
    if not titles:
        return []
    scores: dict[int, float] | None = None
    for term in terms:
        if len(term) < 2:
            continue
        found: dict[int, float] = {}
        pattern = re.compile("[^\\n]{0,12}?".join(re.escape(ch) for ch in term))
        for match in pattern.finditer(joined):
            index = bisect.bisect_right(starts, match.start()) - 1
            score = 100.0 * len(term) / (match.end() - match.start())
            if score > found.get(index, 0.0):
                found[index] = score
        for _, score, index in process.extract(term, titles, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=None):
            if score > found.get(index, 0.0):
                found[index] = score
        scores = found if scores is None else {i: min(s, found[i]) for i, s in scores.items() if i in found}
        if not scores:
            return []
    return list((scores or {}).items())


def _literal_marks(title: str, terms: Sequence[str]) -> frozenset[int]:
    marks: set[int] = set()
    for term in terms:
        start = title.find(term)
        while start >= 0:
            marks.update(range(start, start + len(term)))
            start = title.find(term, start + len(term))
    return frozenset(marks)


def _fuzzy_marks(title: str, terms: Sequence[str]) -> frozenset[int]:
    """Mark the title characters that match the terms, in order."""
    marks: set[int] = set()
    for term in terms:
        alignment = fuzz.partial_ratio_alignment(term, title)
        if alignment is None:
            continue
        window = title[alignment.dest_start : alignment.dest_end]
        wanted = set(term)
        marks.update(alignment.dest_start + i for i, ch in enumerate(window) if ch in wanted)
        pattern = re.compile("[^\\n]{0,12}?".join(re.escape(ch) for ch in term))
        match = pattern.search(title)
        if match:
            marks.update(i for i in range(match.start(), match.end()) if title[i] in wanted)
    return frozenset(marks)


# ----------------------------------------------------------- in one article


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every script- and case-insensitive match of ``query``."""
    needle = fold_script(query.strip())
    if not needle:
        return []
    haystack = fold_script(text)
    found = []
    position = haystack.find(needle)
    while position >= 0:
        found.append((position, position + len(needle)))
        position = haystack.find(needle, position + len(needle))
    return found

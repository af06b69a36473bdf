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
import math
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple
from functools import lru_cache

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


class Hit(NamedTuple):
    """One ranked article.  A tuple ordered best first (tier, then score, then
    list position), so a plain ``sort()`` ranks 100,000 hits in C."""

    neg_tier: int
    neg_score: float
    index: int  # position of the article in the indexed sequence
    where: str  # "title", "meta" or "body"

    @property
    def tier(self) -> int:
        return -self.neg_tier

    @property
    def score(self) -> float:
        """0..100 within the tier."""
        return -self.neg_score


def fold_query(query: str) -> list[str]:
    return [term for term in fold_script(query).split() if term]


def make_doc(title: str, meta: str, body: str, *, simplified_only: bool = False) -> SearchDoc:
    """An article's folded title, metadata and body; ``simplified_only`` (the
    body has no Traditional-only character) lets the body fold faster."""
    return SearchDoc(fold_script(title), fold_script(meta), fold_script(body, simplified_only=simplified_only))


BodyHits = Callable[[Sequence[str]], Iterable[tuple[int, int, int]]]
"""Given folded terms: (document index, mentions of the longest term, first
position) for every body holding all the terms."""


class SearchIndex:
    """Folded titles and metadata of a corpus, searchable per keystroke, and
    its bodies: held here as one long string (a single C-level scan per term),
    or searched elsewhere through ``body_hits`` (the on-disk corpus index)."""

    def __init__(self, docs: Iterable[SearchDoc] = (), body_hits: BodyHits | None = None) -> None:
        self.titles: list[str] = []
        self.metas: list[str] = []
        self._body_parts: list[str] = []
        self._external_bodies = body_hits
        self._bodies: tuple[str, list[int]] | None = None
        self._titles_joined: tuple[str, list[int]] | None = None
        self._metas_joined: tuple[str, list[int]] | None = None
        self._lengths: dict[str, list[int]] = {}
        self.add(docs)

    def __len__(self) -> int:
        return len(self.titles)

    def add(self, docs: Iterable[SearchDoc]) -> None:
        for doc in docs:
            self.titles.append(doc.title)
            self.metas.append(doc.meta)
            if self._external_bodies is None:
                self._body_parts.append(doc.body)
        self._invalidate()

    def replace(self, index: int, title: str, meta: str) -> None:
        """A document's new folded title and metadata (its file changed)."""
        self.titles[index] = title
        self.metas[index] = meta
        self._invalidate()

    def _invalidate(self) -> None:
        self._lengths = {}  # first: a filter thread may be reading these
        self._bodies = None
        self._titles_joined = None
        self._metas_joined = None

    def _lengths_of(self, name: str, texts: list[str]) -> list[int]:
        """Each text's length (at least 1), kept until the texts change."""
        lengths = self._lengths.get(name)
        if lengths is None or len(lengths) != len(texts):  # texts grew meanwhile
            lengths = self._lengths[name] = [len(text) or 1 for text in texts]
        return lengths

    def _joined_titles(self) -> tuple[str, list[int]]:
        if self._titles_joined is None:
            self._titles_joined = _joined(self.titles, "\n")
        return self._titles_joined

    # ----------------------------------------------------------- ranking

    def search(self, query: str, *, limit: int | None = None, bodies: bool = True) -> list[Hit]:
        """Hits in rank order.  Python touches only the matches: every scan
        over all titles, metadata or bodies is a C-level ``str.find``, regex
        or SQLite pass, and ranking is a native tuple sort."""
        terms = fold_query(query)
        if not terms:
            return []
        titles = self.titles
        joined, starts = self._joined_titles()
        total = sum(map(len, terms))
        literal = _containing(joined, starts, titles, terms)
        # Built as plain tuples, with the lengths looked up, not measured: a
        # one-letter query matches a third of 100,000 titles.
        new, lengths = tuple.__new__, self._lengths_of("titles", titles)
        hits = [
            new(Hit, (-TITLE_LITERAL, -_coverage(total, lengths[i], first), i, "title"))
            for i, first in literal
        ]
        taken = {i for i, _ in literal}
        if len(literal) < FUZZY_ONLY_BELOW:
            # Fuzzy title matches rank under literal ones; past a few hundred
            # literal matches nobody scrolls down to them.
            hits += [Hit(-TITLE_FUZZY, -score, i, "title") for i, score in _fuzzy(terms, titles, joined, starts, taken)]
            taken.update(h.index for h in hits)
        if total >= META_MIN_CHARACTERS:
            # One character matches metadata everywhere (the ``o`` of every
            # ``.com``): it ranks titles only.
            if self._metas_joined is None:
                self._metas_joined = _joined(self.metas, "\n")
            metas = self.metas
            lengths = self._lengths_of("metas", metas)
            hits += [
                new(Hit, (-META, -_coverage(total, lengths[i], first), i, "meta"))
                for i, first in _containing(*self._metas_joined, metas, terms)
                if i not in taken
            ]
        # Tiers come in order (literal titles, fuzzy titles, metadata); each
        # is sorted on its float score alone, ties kept in index order: the
        # same order as sorting the tuples, without comparing tuples (profiled:
        # 33,000 hits for a one-letter query at 100k took 20 ms to sort).
        hits = _by_score(hits)
        if bodies:
            hits = self.with_bodies(query, hits)
        return hits[:limit] if limit else hits

    def with_bodies(self, query: str, hits: list[Hit]) -> list[Hit]:
        """``hits`` (a title/metadata ranking) with the body matches added
        below them: the filter shows the first at once, this when it comes."""
        terms = fold_query(query)
        if not terms:
            return hits
        taken = {h.index for h in hits}
        size = len(self.titles)
        body_hits = self._external_bodies or self._memory_body_hits
        # More mentions and an earlier first mention score higher.
        ranked = hits + [
            Hit(-BODY, -(min(60.0, 20.0 + 8.0 * count) + 40.0 / (1.0 + first / 500.0)), i, "body")
            for i, count, first in body_hits(terms)
            if i not in taken and 0 <= i < size
        ]
        ranked.sort()
        return ranked

    def _memory_body_hits(self, terms: Sequence[str]) -> list[tuple[int, int, int]]:
        if self._bodies is None:
            self._bodies = _joined(self._body_parts, _SEPARATOR)
        bodies, starts = self._bodies
        longest = max(terms, key=len)
        counts: dict[int, int] = {}
        first: dict[int, int] = {}
        position = bodies.find(longest)
        while position >= 0:
            index = bisect.bisect_right(starts, position) - 1
            counts[index] = counts.get(index, 0) + 1
            first.setdefault(index, position - starts[index])
            position = bodies.find(longest, position + len(longest))
        return [
            (index, count, first[index])
            for index, count in counts.items()
            if len(terms) == 1 or all(term in self._body_parts[index] for term in terms)
        ]


def _coverage(total: int, length: int, first: int) -> float:
    """A literal match's score: how much of the text the query covers, and
    how early it matches (``min(total / length, 1)`` without the call)."""
    return 60.0 + (25.0 if total >= length else 25.0 * (total / length)) + 15.0 / (1.0 + first)


def _by_score(hits: list[Hit]) -> list[Hit]:
    """``sorted(hits)`` for hits listed tier by tier, each tier in index order
    except fuzzy ones (sorted by index first here)."""
    out: list[Hit] = []
    start = 0
    while start < len(hits):
        tier = hits[start].neg_tier
        end = start
        while end < len(hits) and hits[end].neg_tier == tier:
            end += 1
        group = hits[start:end]
        if tier == -TITLE_FUZZY:
            group.sort(key=_INDEX)
        group.sort(key=_SCORE)
        out += group
        start = end
    return out


_SCORE = operator.itemgetter(1)
_INDEX = operator.itemgetter(2)


def _containing(joined: str, starts: Sequence[int], texts: Sequence[str], terms: Sequence[str]) -> list[tuple[int, int]]:
    """(index, earliest match) of the texts holding every term: ``str.find``
    over the joined texts, jumping to the next text after each match (faster
    than testing each text: 7-13 ms for 100,000 titles against 27-32 ms)."""
    longest = max(terms, key=len)
    others = [t for t in terms if t is not longest]
    found: list[tuple[int, int]] = []
    count = len(starts)
    end = len(joined)
    position = joined.find(longest)
    while position >= 0:
        index = bisect.bisect_right(starts, position) - 1
        if not others:
            found.append((index, position - starts[index]))
        else:
            text = texts[index]
            if all(term in text for term in others):
                found.append((index, min(text.find(term) for term in terms)))
        position = joined.find(longest, starts[index + 1] if index + 1 < count else end)
    return found


def _joined(parts: Sequence[str], separator: str) -> tuple[str, list[int]]:
    starts, position = [], 0
    for part in parts:
        starts.append(position)
        position += len(part) + len(separator)
    return separator.join(parts), starts


TYPO_FALLBACK_BELOW = 20
META_MIN_CHARACTERS = 2  # a shorter query is looked for in titles only
FUZZY_ONLY_BELOW = 500  # literal title matches past which fuzzy ones are not sought


def _fuzzy(
    terms: Sequence[str], titles: Sequence[str], joined: str, starts: Sequence[int], taken: set[int]
) -> list[tuple[int, float]]:
    """Titles (not in ``taken``) that every term matches fuzzily; score = the
    weakest term's.

    A term matches when its characters occur in order in the title, close
    together (``巴黎峰会`` in ``巴黎AI峰会开幕``: one regex scan over all titles).
    When that finds few titles, rapidfuzz's ``partial_ratio`` also admits a
    title with a wrong character (a typo).
    """
    scores: dict[int, float] | None = None
    for term in terms:
        if len(term) < 2:
            continue
        found: dict[int, float] = {}
        for match in _subsequence(term).finditer(joined):
            index = bisect.bisect_right(starts, match.start()) - 1
            if index in taken:
                continue
            score = 100.0 * len(term) / (match.end() - match.start())
            if score > found.get(index, 0.0):
                found[index] = score
        if len(found) + len(taken) < TYPO_FALLBACK_BELOW and titles and len(term) >= 3:
            for index, score in _typo_matches(term, titles, joined, starts):
                if index not in taken and score > found.get(index, 0.0):
                    found[index] = score
        scores = found if scores is None else {i: min(s, found[i]) for i, s in scores.items() if i in found}
        if not scores:
            return []
    return list((scores or {}).items())


def _typo_matches(term: str, titles: Sequence[str], joined: str, starts: Sequence[int]) -> list[tuple[int, float]]:
    """Titles close to ``term`` with a character wrong (rapidfuzz).

    Only titles that can reach the cutoff are scored.  ``partial_ratio`` is
    2·LCS / (len(term) + len(window)) with the window no longer than the
    term, so a score of 75 needs an LCS of at least 0.6·len(term): a title
    holding none of the term's first ``len(term) - needed + 1`` characters
    cannot reach it (a C-level scan per character finds the rest; scoring
    all of 100,000 titles took 100 ms)."""
    from rapidfuzz import fuzz, process  # only needed for this fallback

    needed = math.ceil(len(term) * FUZZY_CUTOFF / (200 - FUZZY_CUTOFF) - 1e-9)
    candidates = {i for ch in set(term[: len(term) - needed + 1]) for i, _ in _containing(joined, starts, titles, [ch])}
    # A title shorter than the term is the needle instead: score it anyway.
    candidates.update(i for i, title in enumerate(titles) if len(title) < len(term))
    candidates = sorted(candidates)
    matches = process.extract(
        term, [titles[i] for i in candidates], scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=None
    )
    return [(candidates[position], score) for _, score, position in matches]


@lru_cache(maxsize=256)
def _subsequence(term: str) -> re.Pattern[str]:
    return re.compile("[^\\n]{0,12}?".join(re.escape(ch) for ch in term))


def title_marks(title: str, query: str) -> frozenset[int]:
    """Which characters of a title to highlight for ``query`` (literal
    matches, else the characters of a fuzzy match); computed only for the
    rows on screen."""
    terms = fold_query(query)
    folded = fold_script(title)
    marks = _literal_marks(folded, terms)
    return marks if marks else _fuzzy_marks(folded, terms)


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
    from rapidfuzz import fuzz

    marks: set[int] = set()
    for term in terms:
        alignment = fuzz.partial_ratio_alignment(term, title)
        if alignment is None:
            continue
        window = title[alignment.dest_start : alignment.dest_end]
        wanted = set(term)
        marks.update(alignment.dest_start + i for i, ch in enumerate(window) if ch in wanted)
        match = _subsequence(term).search(title)
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

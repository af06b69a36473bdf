"""A corpus as the app and the CLI use it: the entries in list order, the files
skipped, and search over both the in-memory titles and the on-disk bodies.

It is fed by ``index.scan`` events (cached entries first, then changes) and can
be used while they are still arriving.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from reader.core.discovery import newest_first
from reader.core.index import CorpusIndex, Entry, ScanEvent, scan, search_bodies
from reader.core.models import Article, Skipped
from reader.core.search import Hit, SearchDoc, SearchIndex


class Library:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: list[Entry] = []
        self.skipped: list[Skipped] = []
        self.position: dict[str, int] = {}
        self.search_index = SearchIndex(body_hits=self._body_hits)
        self.index_path: Path | None = None
        self._local = threading.local()

    # ----------------------------------------------------------- feeding

    def scan(self, index: CorpusIndex, cancelled=lambda: False) -> Iterator[ScanEvent]:  # type: ignore[no-untyped-def]
        """Run ``index.scan`` (in the caller's thread), yielding each event
        after it has been applied with ``apply`` by the caller."""
        self.index_path = index.path
        yield from scan(self.root, index, cancelled=cancelled)

    def apply(self, event: ScanEvent) -> None:
        """Take one scan event: add or refresh entries, note skips, drop removals."""
        new_docs = []
        for entry, title, meta in event.entries:
            key = entry.path
            at = self.position.get(key)
            if at is None:
                self.position[key] = len(self.entries)
                self.entries.append(entry)
                new_docs.append(SearchDoc(title, meta, ""))
            else:
                self.entries[at] = entry
                self.search_index.replace(at, title, meta)
        if new_docs:
            self.search_index.add(new_docs)
        gone: set[str] = set()
        if event.skipped:
            known = {str(s.path) for s in self.skipped}
            self.skipped.extend(s for s in event.skipped if str(s.path) not in known)
            # a file that became unreadable leaves the list
            gone.update(str(s.path) for s in event.skipped if str(s.path) in self.position)
        if event.removed:
            removed = set(event.removed)
            self.skipped = [s for s in self.skipped if str(s.path) not in removed]
            gone |= removed
        if gone:
            self._remove(gone)

    def _remove(self, gone: set[str]) -> None:
        keep = [i for i, e in enumerate(self.entries) if e.path not in gone]
        self._reorder(keep)

    def sort(self) -> None:
        """Newest first; undated entries after dated ones, by id
        (``discovery.newest_first``)."""
        self._reorder(newest_first(self.entries))
        # The entries live as long as the library: keep the cyclic garbage
        # collector from walking 100,000 of them on every keystroke's search.
        gc.freeze()

    def _reorder(self, order: Sequence[int]) -> None:
        titles, metas = self.search_index.titles, self.search_index.metas
        self.entries = [self.entries[i] for i in order]
        self.position = {e.path: i for i, e in enumerate(self.entries)}
        self.search_index = SearchIndex((SearchDoc(titles[i], metas[i], "") for i in order), self._body_hits)

    # ----------------------------------------------------------- using

    def search(self, query: str, *, limit: int | None = None, bodies: bool = True) -> list[Hit]:
        return self.search_index.search(query, limit=limit, bodies=bodies)

    def with_bodies(self, query: str, hits: list[Hit]) -> list[Hit]:
        return self.search_index.with_bodies(query, hits)

    def _connection(self) -> sqlite3.Connection | None:
        """A read connection per thread (WAL lets it read while the scan writes)."""
        if self.index_path is None:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(f"file:{self.index_path}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                return None
            self._local.conn = conn
        return conn

    def _body_hits(self, terms: Sequence[str]) -> list[tuple[int, int, int]]:
        conn = self._connection()
        if conn is None:
            return []
        try:
            rows = search_bodies(conn, terms)
        except sqlite3.Error:
            return []
        position = self.position
        return [(position[path], count, first) for path, first, count in rows if path in position]

    def find(self, ident: str) -> Entry | None | list[Entry]:
        """An entry by id or unique id prefix; a list when ambiguous."""
        for entry in self.entries:
            if entry.id == ident:
                return entry
        matches = [e for e in self.entries if e.id.startswith(ident)]
        if len(matches) == 1:
            return matches[0]
        return matches or None

    @staticmethod
    def article(entry: Entry) -> Article | Skipped:
        """The full article behind an entry, read from its file now."""
        from reader.core.loader import load_article

        return load_article(Path(entry.path), entry.id)


def open_library(root: Path) -> Library:
    """Scan ``root`` to the end (using and refreshing the cache) and sort."""
    library = Library(root)
    index = CorpusIndex(root)
    try:
        for event in library.scan(index):
            library.apply(event)
    finally:
        index.close()
    library.sort()
    return library

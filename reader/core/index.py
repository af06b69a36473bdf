"""The persistent corpus index: open a 100,000-article folder as fast as four files.

For every file under a root the index keeps, in SQLite under the cache dir
(never beside the user's files):

* the file's size, mtime and (when those tie with a change) a content hash;
* the article's metadata (an ``Entry``) or the reason it was skipped;
* its script-folded title, metadata and body, for the filter and body search;
* its extracted quotes, once something has asked for them.

``scan`` streams what a folder holds: cached entries first (a warm start shows
the list at once), then whatever is new or changed, parsed in worker processes
on every core, then what was removed.  A damaged cache, or one written by
another version, is deleted and rebuilt without a word: it is only a cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import paths
from reader.core.models import Article, Quote, Skipped

if TYPE_CHECKING:
    from concurrent.futures import Executor

SCHEMA_VERSION = 6
BATCH = 128
FIRST_SCREEN = 200  # newest cached entries the app lists before the scan starts
SNAPSHOT_CHUNK = 5000  # rows per marshalled snapshot chunk
MAX_IN_FLIGHT = 8  # batches handed to worker processes and not yet stored
FIRST_INLINE = 16  # files read in-process before the worker processes take over: a first screen
WORKER_NICENESS = 10


@dataclass(frozen=True, slots=True)
class Entry:
    """What the sources list and the search need of an article; the text
    itself is read from the file when the article is opened."""

    id: str
    path: str  # a string: building 100,000 Path objects costs a warm start 0.4 s
    title: str
    outlet: str
    author: str
    published: str
    url: str
    script: str
    encoding: str
    characters: int
    blocks: int


ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


def entry_of(article: Article) -> Entry:
    return Entry(
        article.id, str(article.path), article.title, article.outlet, article.author, article.published,
        article.url, article.script, article.encoding, len(article.text), len(article.blocks),
    )


@dataclass(frozen=True, slots=True)
class Indexed:
    """One file's row: an entry and its folded search text, or a skip."""

    path: str
    size: int
    mtime_ns: int
    digest: str
    entry: Entry | None
    reason: str
    folded_title: str = ""
    folded_meta: str = ""
    folded_body: str = ""


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """What ``scan`` reports: new or refreshed entries (with their folded
    title/meta), skipped files, removed paths, and progress."""

    entries: tuple[tuple[Entry, str, str], ...] = ()
    skipped: tuple[Skipped, ...] = ()
    removed: tuple[str, ...] = ()
    done: int = 0
    total: int | None = None  # None while the folder is still being walked
    from_cache: bool = False
    finished: bool = False

    def then(self, later: ScanEvent) -> ScanEvent:
        """This event and a later one as one (for a screen that takes a few
        updates a second, not one per batch)."""
        return ScanEvent(
            entries=self.entries + later.entries,
            skipped=self.skipped + later.skipped,
            removed=self.removed + later.removed,
            done=later.done,
            total=later.total if later.total is not None else self.total,
            from_cache=self.from_cache and later.from_cache,
            finished=later.finished,
        )


def index_path(root: Path) -> Path:
    """One index per root as the user names it.  Not resolved: the paths in
    the index are as walked from this root, so a folder opened through a
    symlink and by its real path must not share one."""
    absolute = os.path.abspath(root.expanduser())
    key = hashlib.sha1(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return paths.cache_dir() / "index" / f"{key}.sqlite3"


def _digest(source: bytes | Path) -> str:
    """The content hash of bytes already read, or of a file read in chunks."""
    hasher = hashlib.blake2b(digest_size=16)
    if isinstance(source, bytes):
        hasher.update(source)
        return hasher.hexdigest()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            hasher.update(chunk)
    return hasher.hexdigest()


def index_file(path: str, article_id: str, known: bool = False) -> Indexed:
    """Read, parse and fold one file (runs in a worker process).  A content
    hash is taken only for a file the index knew (to tell a real change),
    of the bytes that are parsed: the file is read once."""
    from reader.core.layout import meta_line
    from reader.core.loader import parse_article_bytes, read_article_bytes
    from reader.core.search import make_doc

    file_path = Path(path)
    try:
        info: os.stat_result | None = file_path.stat()
    except OSError:
        info = None
    data = read_article_bytes(file_path, info.st_size if info else None)
    digest = ""
    if info and known and info.st_size <= 64 * 2**20:
        try:
            # A file too large to parse (or unreadable) is hashed from the disk.
            digest = _digest(data if isinstance(data, bytes) else file_path)
        except OSError:
            info = None
    size, mtime = (info.st_size, info.st_mtime_ns) if info else (-1, -1)
    item = data if isinstance(data, Skipped) else parse_article_bytes(file_path, data, article_id)
    if isinstance(item, Skipped):
        return Indexed(path, size, mtime, digest, None, item.reason)
    doc = make_doc(item.title, meta_line(item), item.text, simplified_only=item.traditional_chars == 0)
    return Indexed(path, size, mtime, digest, entry_of(item), "", doc.title, doc.meta, doc.body)


def _warm_up() -> None:
    """Import what ``index_file`` needs and build the script tables."""
    from reader.core.script import script_counts
    from reader.core.search import make_doc

    script_counts(make_doc("", "", "").title)


def _index_many(jobs: Sequence[tuple[str, str, bool]]) -> list[Indexed]:
    return [index_file(path, article_id, known) for path, article_id, known in jobs]


# The files table, named once: every SQL column list and row slice below is
# derived from these.  A row is the file's path and stamp, why it was skipped
# ("" for an article), the entry's fields but its path (the id first), the
# folded title and metadata, and the quotes (JSON, once something asked).
_STAMP_FIELDS = ("size", "mtime_ns", "indexed_ns", "digest", "reason")
_ENTRY_STORED = tuple(name for name in ENTRY_FIELDS if name != "path")
_FOLDED_FIELDS = ("folded_title", "folded_meta")
STORED_FIELDS = ("path", *_STAMP_FIELDS, *_ENTRY_STORED, *_FOLDED_FIELDS, "quotes")
_INTEGER_FIELDS = frozenset({"size", "mtime_ns", "indexed_ns", "characters", "blocks"})
assert ENTRY_FIELDS[:2] == ("id", "path")  # an entry is rebuilt as Entry(id, path, *rest)

# What a warm start reads of every row (and the snapshot keeps): all but the
# digest and the quotes.
_ROW_FIELDS = tuple(name for name in STORED_FIELDS if name not in ("digest", "quotes"))
_ROW_COLUMNS = ", ".join(_ROW_FIELDS)
_ID_AT = _ROW_FIELDS.index("id")
_FOLDED_AT = _ROW_FIELDS.index(_FOLDED_FIELDS[0])


@functools.cache
def quote_rules() -> str:
    """A stamp of the quote extractor's rules: the version and its source, hashed
    (an install without the sources still changes stamp with the version)."""
    from reader import __version__

    stamp = hashlib.blake2b(__version__.encode(), digest_size=8)
    for module in sorted(Path(__file__).with_name("quotes").glob("*.py*")):
        stamp.update(module.read_bytes())
    return stamp.hexdigest()


def _entry_of_row(row: Sequence[object]) -> tuple[Entry, str, str]:
    """An entry and its folded title and metadata from a row of ``_ROW_COLUMNS``."""
    return Entry(row[_ID_AT], row[0], *row[_ID_AT + 1 : _FOLDED_AT]), row[_FOLDED_AT], row[_FOLDED_AT + 1]  # type: ignore[arg-type,return-value]


class CorpusIndex:
    """The SQLite file for one root.  Used from one thread at a time."""

    def __init__(self, root: Path, path: Path | None = None) -> None:
        self.root = root
        self.path = path or index_path(root)
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                conn.close()
                raise sqlite3.DatabaseError("old cache version")
            if version == 0:
                self._create(conn)
            else:
                conn.execute("PRAGMA synchronous=OFF")  # WAL mode is kept in the file
            # The table is there and readable.  Not count(*): that walks a
            # whole index, 58 ms at 100k rows, on the way to the first screen.
            conn.execute("SELECT 1 FROM files LIMIT 1").fetchone()
            self._forget_stale_quotes(conn)
            return conn
        except sqlite3.DatabaseError:
            # Damaged or from another version: it is a cache, start again.
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False)
            self._create(conn)
            return conn
        except OSError:
            # No writable cache dir: keep the index in memory for this run.
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            self._create(conn)
            return conn

    @staticmethod
    def _create(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode=WAL")
        # A cache: nothing in it is lost that a rescan cannot rebuild, so it
        # is never flushed to the disk (a damaged file is rebuilt on open).
        conn.execute("PRAGMA synchronous=OFF")
        columns = ", ".join(f"{name} {'INTEGER' if name in _INTEGER_FIELDS else 'TEXT'}" for name in STORED_FIELDS[1:])
        with conn:
            conn.execute(f"CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, {columns})")
            conn.execute("CREATE TABLE IF NOT EXISTS bodies (path TEXT PRIMARY KEY, folded TEXT)")
            conn.execute("CREATE INDEX IF NOT EXISTS files_newest ON files (published DESC)")
            # Present only while it matches the rows: every change deletes it.
            conn.execute("CREATE TABLE IF NOT EXISTS snapshot (data BLOB)")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('quote_rules', ?)", (quote_rules(),))
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    @staticmethod
    def _forget_stale_quotes(conn: sqlite3.Connection) -> None:
        """Stored quotes were extracted by the rules of the version that stored
        them: after an upgrade that changed the rules they are extracted again."""
        row = conn.execute("SELECT value FROM meta WHERE key='quote_rules'").fetchone()
        if row is None or row[0] != quote_rules():
            try:
                with conn:
                    conn.execute("UPDATE files SET quotes=NULL WHERE quotes IS NOT NULL")
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('quote_rules', ?)", (quote_rules(),))
            except sqlite3.OperationalError:
                pass  # another instance holds the lock: the next opening forgets them

    def close(self) -> None:
        self.conn.close()

    # ----------------------------------------------------------- reading

    def newest(self, count: int) -> list[tuple[Entry, str, str]]:
        """The ``count`` newest cached entries: enough for a first screen."""
        rows = self.conn.execute(
            f"SELECT {_ROW_COLUMNS} FROM files WHERE reason = '' ORDER BY published DESC LIMIT ?",
            (count,),
        )
        return [_entry_of_row(row) for row in rows]

    def cached(self) -> tuple[list[tuple[Entry, str, str, int, int]], list[tuple[Skipped, int, int]]]:
        """Every row: (entry, folded title, folded meta, size, mtime) and skips.

        Read from the snapshot (marshalled chunks, written when a scan changed
        something) when there is one, else from the rows; a chunk at a time,
        so the rows and the entries built from them are never all in memory
        at once.  A file modified within two seconds of being indexed may have
        changed again without its size or mtime showing it; its mtime is
        reported as unknown so the scan re-reads it and compares hashes.
        """
        try:
            return self._entries_from(self._snapshot_chunks())
        except (EOFError, ValueError, TypeError, sqlite3.Error):
            cursor = self.conn.execute(f"SELECT {_ROW_COLUMNS} FROM files")
            return self._entries_from(iter(lambda: cursor.fetchmany(SNAPSHOT_CHUNK), []))

    @staticmethod
    def _entries_from(chunks: Iterator[list[tuple]]) -> tuple[list[tuple[Entry, str, str, int, int]], list[tuple[Skipped, int, int]]]:  # type: ignore[type-arg]
        entries: list[tuple[Entry, str, str, int, int]] = []
        skipped: list[tuple[Skipped, int, int]] = []
        at = _ROW_FIELDS.index
        size_at, mtime_at, indexed_at, reason_at = at("size"), at("mtime_ns"), at("indexed_ns"), at("reason")
        id_at, folded_at = _ID_AT, _FOLDED_AT  # locals: this loop runs once per file on a warm start
        for rows in chunks:
            for row in rows:
                path, size, mtime, indexed, reason = row[0], row[size_at], row[mtime_at], row[indexed_at], row[reason_at]
                if indexed is not None and indexed - mtime < 2_000_000_000:
                    mtime = -3
                if reason:
                    skipped.append((Skipped(Path(path), reason), size, mtime))
                else:
                    entries.append((Entry(row[id_at], path, *row[id_at + 1 : folded_at]), row[folded_at], row[folded_at + 1], size, mtime))
        return entries, skipped

    def _snapshot_chunks(self) -> Iterator[list[tuple]]:  # type: ignore[type-arg]
        """The snapshot's chunks, decoded one at a time; none when there is
        no snapshot (a bad chunk raises, and the caller reads the rows)."""
        import marshal

        blobs = self.conn.execute("SELECT data FROM snapshot ORDER BY rowid").fetchall()
        if not blobs:
            raise sqlite3.DatabaseError("no snapshot")
        for (data,) in blobs:
            yield marshal.loads(data)

    def write_snapshot(self) -> None:
        """Keep all rows as a few marshalled chunks: the next warm start
        reads them at once instead of row by row."""
        import marshal

        cursor = self.conn.execute(f"SELECT {_ROW_COLUMNS} FROM files")
        chunks = []
        while rows := cursor.fetchmany(SNAPSHOT_CHUNK):
            chunks.append((marshal.dumps(rows),))
        with self.conn:
            self.conn.execute("DELETE FROM snapshot")
            self.conn.executemany("INSERT INTO snapshot (data) VALUES (?)", chunks)

    def digest_of(self, path: str) -> str:
        row = self.conn.execute("SELECT digest FROM files WHERE path=?", (path,)).fetchone()
        return row[0] if row else ""

    def quotes(self, path: str) -> list[Quote] | None:
        row = self.conn.execute("SELECT quotes FROM files WHERE path=?", (path,)).fetchone()
        if not row or row[0] is None:
            return None
        return [Quote(**item) for item in json.loads(row[0])]

    def quotes_for(self, path: str, article: Article) -> list[Quote]:
        """The quotes of the article read from ``path``: as stored, else
        extracted now and stored for the next time."""
        quotes = self.quotes(path)
        if quotes is None:
            from reader.core.quotes import article_quotes

            quotes = article_quotes(article)
            self.store_quotes(path, quotes)
        return quotes

    # ----------------------------------------------------------- writing

    def store(self, rows: Sequence[Indexed]) -> None:
        now = time.time_ns()
        blank = [None] * len(_ENTRY_STORED)
        # In the order of STORED_FIELDS; the quotes are extracted later.
        files = [
            (row.path, row.size, row.mtime_ns, now, row.digest, row.reason,
             *([getattr(row.entry, n) for n in _ENTRY_STORED] if row.entry else blank),
             row.folded_title, row.folded_meta, None)
            for row in rows
        ]
        with self.conn:
            self.conn.execute("DELETE FROM snapshot")
            self.conn.executemany(
                f"INSERT OR REPLACE INTO files ({', '.join(STORED_FIELDS)}) VALUES ({', '.join('?' * len(STORED_FIELDS))})",
                files,
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO bodies (path, folded) VALUES (?, ?)",
                [(row.path, row.folded_body) for row in rows if row.entry],
            )
            self.conn.executemany("DELETE FROM bodies WHERE path=?", [(row.path,) for row in rows if not row.entry])

    def store_quotes(self, path: str, quotes: Sequence[Quote]) -> None:
        with self.conn:
            self.conn.execute("UPDATE files SET quotes=? WHERE path=?", (json.dumps([asdict(q) for q in quotes], ensure_ascii=False), path))

    def remove(self, removed: Sequence[str]) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM snapshot")
            self.conn.executemany("DELETE FROM files WHERE path=?", [(p,) for p in removed])
            self.conn.executemany("DELETE FROM bodies WHERE path=?", [(p,) for p in removed])


def search_bodies(conn: sqlite3.Connection, terms: Sequence[str], limit: int = 5000) -> list[tuple[str, int, int]]:
    """(path, first position, mentions of the longest term) for the bodies that
    hold every (folded) term; SQLite scans them without Python in the loop."""
    if not terms:
        return []
    longest = max(terms, key=len)
    where = " AND ".join("instr(folded, ?) > 0" for _ in terms)
    sql = (
        "SELECT path, instr(folded, ?) - 1, (length(folded) - length(replace(folded, ?, ''))) / ? "
        f"FROM bodies WHERE {where} LIMIT ?"
    )
    return list(conn.execute(sql, (longest, longest, len(longest), *terms, limit)))


# ------------------------------------------------------------------ scanning


def _worker_count() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def scan(
    root: Path,
    index: CorpusIndex,
    *,
    cancelled: Callable[[], bool] = lambda: False,
    executor_factory: Callable[[], Executor] | None = None,
) -> Iterator[ScanEvent]:
    """Stream the corpus under ``root``: cached entries, then changes."""
    from reader.core.discovery import iter_files, next_id

    root = root.expanduser()
    cached_entries, cached_skips = index.cached()
    known: dict[str, tuple[int, int]] = {}
    if cached_entries or cached_skips:
        known = {str(e.path): (size, mtime) for e, _, _, size, mtime in cached_entries}
        known.update({str(s.path): (size, mtime) for s, size, mtime in cached_skips})
        yield ScanEvent(
            entries=tuple((e, title, meta) for e, title, meta, _, _ in cached_entries),
            skipped=tuple(s for s, _, _ in cached_skips),
            from_cache=True,
            done=len(known),
        )
    ids_taken: set[str] = {e.id for e, *_ in cached_entries}
    cached_ids = {str(e.path): e.id for e, *_ in cached_entries}
    seen: set[str] = set()
    jobs: list[tuple[str, str, bool]] = []
    walk_skips: list[Skipped] = []
    done = 0
    total_files = 0

    executor = None
    pending: list = []  # futures of lists of Indexed
    inline_left = FIRST_INLINE
    stored_any = False
    start_pool = False  # set once the first files show the folder is big
    warm_ups: list = []  # the worker processes' start-up, as futures

    def pool_starting() -> bool:
        return bool(warm_ups) and not all(future.done() for future in warm_ups)

    def start_pool_now() -> None:
        nonlocal executor, start_pool
        start_pool = False
        executor = (executor_factory or _default_executor)()
        warm_ups.extend(executor.submit(_warm_up) for _ in range(_worker_count()))

    def submit(batch: list[tuple[str, str, bool]]) -> None:
        """The first few files are read right here, so the list shows at once;
        the rest go to worker processes (one per core) while the walk goes on."""
        nonlocal inline_left, start_pool
        if inline_left > 0 or _worker_count() == 1 or pool_starting():
            # While the workers start (~0.3 s), this process reads on.
            inline_left -= len(batch)
            pending.append(_Done(_index_many(batch)))
            # A folder with more than a screenful: the worker processes start
            # as soon as these files are handed on (see below).
            start_pool = executor is None and len(batch) >= FIRST_INLINE and _worker_count() > 1
            return
        if executor is None:
            start_pool_now()
        assert executor is not None
        pending.append(executor.submit(_index_many, batch))

    def collect(block: bool, keep: int = 0) -> Iterator[ScanEvent]:
        """Store finished batches in order; with ``block``, wait until at most
        ``keep`` are in flight (so parsed texts never pile up in memory)."""
        nonlocal done, stored_any
        while len(pending) > keep and (block or pending[0].done()):
            results = pending.pop(0).result()
            changed = [r for r in results if _really_changed(index, r, known)]
            done += len(results)
            entries = tuple((r.entry, r.folded_title, r.folded_meta) for r in changed if r.entry)
            skipped = tuple(Skipped(Path(r.path), r.reason) for r in changed if not r.entry)
            # Handed on first, stored after: the first screen waits for no write.
            yield ScanEvent(entries=entries, skipped=skipped, done=done, total=None)
            index.store(results)  # same content: the new size/mtime are still recorded
            stored_any = True

    try:
        for item in iter_files(root):
            if cancelled():
                return
            if isinstance(item, Skipped):
                walk_skips.append(item)
                continue
            total_files += 1
            key = str(item)
            seen.add(key)
            try:
                info = item.stat()
                stamp = (info.st_size, info.st_mtime_ns)
            except OSError:
                stamp = (-2, -2)
            if known.get(key) == stamp:
                done += 1
                continue
            article_id = cached_ids.get(key) or next_id(item, root, ids_taken)
            jobs.append((key, article_id, key in known))
            if len(jobs) >= (FIRST_INLINE if inline_left > 0 or pool_starting() else BATCH):
                submit(jobs)
                jobs = []
            yield from collect(block=False)
            if start_pool:
                # Started after the first files are handed on, so the worker
                # processes' start-up (~0.3 s: an interpreter, the modules,
                # the script tables) overlaps drawing them, not reading them.
                start_pool_now()
            yield from collect(block=True, keep=MAX_IN_FLIGHT)
        if jobs:
            submit(jobs)
        yield from collect(block=True)
        removed = tuple(p for p in known if p not in seen)
        if removed:
            index.remove(removed)
        if stored_any or removed or not cached_entries and not cached_skips:
            index.write_snapshot()
        yield ScanEvent(skipped=tuple(walk_skips), removed=removed, done=total_files, total=total_files, finished=True)
    finally:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def _default_executor() -> Executor:
    import multiprocessing
    import multiprocessing.resource_tracker
    import sys
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a clean interpreter per worker, safe beside the UI's threads.
    # multiprocessing starts its resource tracker with sys.stderr's file
    # descriptor; a TUI replaces sys.stderr with an object that has none, so
    # start the tracker with the real stderr.
    saved = sys.stderr
    try:
        descriptor = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        descriptor = -1
    if descriptor < 0:
        sys.stderr = sys.__stderr__
    try:
        multiprocessing.resource_tracker.ensure_running()
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=_worker_count(), mp_context=context, initializer=_yield_to_the_app)
    finally:
        sys.stderr = saved


def _yield_to_the_app() -> None:
    """Workers run at a lower priority: on a machine with as many workers as
    cores, the app (drawing, filtering, the scan's own thread) still gets a
    core when it needs one, and the workers take every cycle it leaves."""
    try:
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # not on this platform, or not allowed
        pass


class _Done:
    """A finished result with the Future interface ``collect`` uses."""

    def __init__(self, value: list[Indexed]) -> None:
        self.value = value

    def done(self) -> bool:
        return True

    def result(self) -> list[Indexed]:
        return self.value


def _really_changed(index: CorpusIndex, row: Indexed, known: dict[str, tuple[int, int]]) -> bool:
    """Whether a re-read file differs from what the index holds (by content)."""
    if row.path not in known or not row.digest:
        return True
    return index.digest_of(row.path) != row.digest

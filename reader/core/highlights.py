"""The reader's own highlights and notes, and reading positions, kept in SQLite.

A highlight is anchored the way a W3C Web Annotation ``TextQuoteSelector`` is:
by the exact words, a little context before and after them, and the offsets
they had in the article's original text when it was made.  When the article
is later edited (or renamed, or moved) :func:`resolve` re-attaches the
highlight to the best-matching occurrence of its words, or reports that it
cannot.

The store is built to never lose what the user made:

* WAL journal, ``synchronous=FULL`` and one transaction per user action, so a
  kill mid-write loses nothing already committed;
* a busy timeout and ``BEGIN IMMEDIATE`` writes, so two running readers can
  write to the same file at once;
* a file that is not a usable store is renamed aside, never deleted, and the
  fact is exposed as :attr:`HighlightStore.recovered_from`;
* an unwritable data directory raises :class:`HighlightStoreError` with a
  one-line message naming the path, for the caller to show.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timezone
from pathlib import Path

from reader.core import paths

CONTEXT_CHARS = 32
SCHEMA_VERSION = 1
EXPORT_FORMAT = "summit-reader-highlights"
EXPORT_VERSION = 1
DB_NAME = "highlights.sqlite3"
BUSY_TIMEOUT_SECONDS = 10.0

_SQLITE_HEADER = b"SQLite format 3\x00"
_DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS highlights (
        id            TEXT PRIMARY KEY,
        article_id    TEXT NOT NULL,
        article_title TEXT NOT NULL,
        article_path  TEXT NOT NULL,
        exact         TEXT NOT NULL,
        prefix        TEXT NOT NULL,
        suffix        TEXT NOT NULL,
        start_pos     INTEGER NOT NULL,
        end_pos       INTEGER NOT NULL,
        note          TEXT NOT NULL,
        created       TEXT NOT NULL,
        updated       TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS highlights_article_id ON highlights (article_id)",
    "CREATE INDEX IF NOT EXISTS highlights_article_title ON highlights (article_title)",
    "CREATE INDEX IF NOT EXISTS highlights_article_path ON highlights (article_path)",
    """CREATE TABLE IF NOT EXISTS positions (
        article_id  TEXT PRIMARY KEY,
        block_index INTEGER NOT NULL,
        updated     TEXT NOT NULL
    )""",
)

_EXPECTED_COLUMNS = {
    "highlights": {
        "id", "article_id", "article_title", "article_path", "exact", "prefix",
        "suffix", "start_pos", "end_pos", "note", "created", "updated",
    },
    "positions": {"article_id", "block_index", "updated"},
}

_COLUMNS = (
    "id, article_id, article_title, article_path, exact, prefix, suffix,"
    " start_pos, end_pos, note, created, updated"
)


class HighlightStoreError(Exception):
    """A one-line, user-facing reason the highlights store cannot do its job."""


class _Damaged(Exception):
    """The file at the store's path is not a store this version can use."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage (and optional note) in one article."""

    id: str  # uuid4 hex
    article_id: str  # the article file's stem
    article_title: str
    article_path: str
    exact: str  # the highlighted words
    prefix: str  # up to CONTEXT_CHARS characters before them
    suffix: str  # up to CONTEXT_CHARS characters after them
    start: int  # offsets into the article's original text when made
    end: int
    note: str
    created: str  # ISO 8601, UTC
    updated: str


_FIELD_TYPES: dict[str, type] = {
    f.name: (int if f.name in ("start", "end") else str) for f in fields(Highlight)
}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def make_anchor(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return ``(exact, prefix, suffix)`` for ``text[start:end]``.

    Raises ``ValueError`` for an empty or out-of-range span.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"bad highlight span {start}..{end} in a text of {len(text)} characters")
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def resolve(highlight: Highlight, text: str) -> tuple[int, int] | None:
    """Re-attach ``highlight`` to ``text``: its ``(start, end)`` there, or None.

    Every occurrence of the exact words is a candidate; the one whose
    surrounding characters agree longest with the stored prefix and suffix
    wins, ties going to the one closest to the stored start.  None means the
    words no longer occur at all.
    """
    exact = highlight.exact
    if not exact:
        return None
    best: tuple[int, int] | None = None
    best_key: tuple[int, int] | None = None
    pos = text.find(exact)
    while pos != -1:
        end = pos + len(exact)
        before = text[max(0, pos - len(highlight.prefix)) : pos]
        after = text[end : end + len(highlight.suffix)]
        score = _common_suffix_len(highlight.prefix, before) + _common_prefix_len(
            highlight.suffix, after
        )
        key = (-score, abs(pos - highlight.start))
        if best_key is None or key < best_key:
            best, best_key = (pos, end), key
        pos = text.find(exact, pos + 1)
    return best


def _check_columns(conn: sqlite3.Connection, *, required: bool) -> None:
    """Raise _Damaged if a table of ours has the wrong columns (or, if required, is absent)."""
    for table, expected in _EXPECTED_COLUMNS.items():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if (have or required) and not expected <= have:
            raise _Damaged(f"table {table!r} is missing or has the wrong columns")


def _damaged_name(path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    return candidate


def _reason(exc: OSError | sqlite3.Error) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    text = str(exc)
    return text.splitlines()[0] if text else type(exc).__name__


class HighlightStore:
    """Highlights, notes and reading positions in one SQLite file.

    Highlight ids may be given by any unique prefix (like git short hashes).
    Every method that changes something is one committed transaction.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / DB_NAME
        self.recovered_from: Path | None = None
        """Where a damaged store was moved aside when this one was opened."""
        self._lock = threading.RLock()
        self._check_writable()
        try:
            self._conn = self._open()
        except _Damaged:
            self.recovered_from = self._move_aside()
            try:
                self._conn = self._open()
            except _Damaged as exc:
                raise HighlightStoreError(
                    f"cannot create a fresh highlights store at {self.path}: {exc}"
                ) from None

    # -- opening -----------------------------------------------------------

    def _fail(
        self, exc: OSError | sqlite3.Error, verb: str = "write highlights to"
    ) -> HighlightStoreError:
        return HighlightStoreError(f"cannot {verb} {self.path}: {_reason(exc)}")

    def _check_writable(self) -> None:
        """Fail early, with the OS's reason, when the data dir is unwritable."""
        directory = self.path.parent
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, probe = tempfile.mkstemp(prefix=".write-probe-", dir=directory)
            os.close(fd)
            os.unlink(probe)
            if self.path.exists() and not os.access(self.path, os.R_OK | os.W_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self.path))
        except OSError as exc:
            raise self._fail(exc) from None

    def _open(self) -> sqlite3.Connection:
        """Connect and bring the schema up; raise _Damaged if the file is unusable."""
        try:
            with self.path.open("rb") as f:
                header = f.read(len(_SQLITE_HEADER))
        except FileNotFoundError:
            header = b""
        except OSError as exc:
            raise self._fail(exc, "read highlights from") from None
        # SQLite itself would quietly reuse a short non-empty file as a new database.
        if header and header != _SQLITE_HEADER:
            raise _Damaged("not an SQLite database")
        conn = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,  # transactions are explicit: BEGIN IMMEDIATE
            check_same_thread=False,  # guarded by self._lock instead
        )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                (version,) = conn.execute("PRAGMA user_version").fetchone()
                if version > SCHEMA_VERSION:
                    raise _Damaged(
                        f"schema version {version} is newer than this version knows"
                        f" ({SCHEMA_VERSION})"
                    )
                if version == 0:
                    _check_columns(conn, required=False)
                    for statement in _SCHEMA:
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                _check_columns(conn, required=True)
                check = [row[0] for row in conn.execute("PRAGMA quick_check")]
                if check != ["ok"]:
                    raise _Damaged(f"integrity check failed: {check[0]}")
        except _Damaged:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in _DAMAGE_CODES:
                raise _Damaged(_reason(exc)) from None
            raise self._fail(exc) from None
        return conn

    def _move_aside(self) -> Path:
        """Rename the damaged file (and its WAL companions) aside; never delete."""
        target = _damaged_name(self.path)
        try:
            for suffix in ("-wal", "-shm"):
                companion = self.path.with_name(self.path.name + suffix)
                if companion.exists():
                    companion.rename(target.with_name(target.name + suffix))
            self.path.rename(target)
        except OSError as exc:
            raise self._fail(exc, "move the damaged highlights store aside at") from None
        return target

    # -- transactions ------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction, taking the write lock up front."""
        with self._lock:
            try:
                with self._conn:
                    self._conn.execute("BEGIN IMMEDIATE")
                    yield self._conn
            except sqlite3.Error as exc:
                raise self._fail(exc) from None

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise self._fail(exc, "read highlights from") from None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> HighlightStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- highlights --------------------------------------------------------

    @staticmethod
    def _match(conn: sqlite3.Connection, prefix: str) -> Highlight | None:
        """The highlight whose id starts with ``prefix``; raise if ambiguous."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise HighlightStoreError("an empty highlight id matches nothing")
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM highlights WHERE substr(id, 1, ?) = ? LIMIT 2",
            (len(prefix), prefix),
        ).fetchall()
        if len(rows) > 1:
            raise HighlightStoreError(f"highlight id {prefix!r} is ambiguous: give more characters")
        return Highlight(*rows[0]) if rows else None

    def add(
        self,
        article_id: str,
        article_title: str,
        article_path: str | os.PathLike[str],
        text: str,
        start: int,
        end: int,
        note: str = "",
    ) -> Highlight:
        """Highlight ``text[start:end]`` of an article; ValueError on a bad span."""
        exact, prefix, suffix = make_anchor(text, start, end)
        now = _now()
        highlight = Highlight(
            id=uuid.uuid4().hex,
            article_id=article_id,
            article_title=article_title,
            article_path=str(article_path),
            exact=exact,
            prefix=prefix,
            suffix=suffix,
            start=start,
            end=end,
            note=note,
            created=now,
            updated=now,
        )
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO highlights ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                tuple(asdict(highlight).values()),
            )
        return highlight

    def find(self, prefix: str) -> Highlight:
        """The highlight whose id starts with ``prefix``; raise if none or several."""
        with self._read() as conn:
            found = self._match(conn, prefix)
        if found is None:
            raise HighlightStoreError(f"no highlight with id {prefix.strip()!r}")
        return found

    def get(self, highlight_id: str) -> Highlight | None:
        """The highlight with this id (or unique id prefix), None if there is none."""
        with self._read() as conn:
            return self._match(conn, highlight_id)

    def update_note(self, highlight_id: str, note: str) -> Highlight:
        """Replace a highlight's note; raise if the id matches none or several."""
        with self._write() as conn:
            found = self._match(conn, highlight_id)
            if found is None:
                raise HighlightStoreError(f"no highlight with id {highlight_id.strip()!r}")
            now = _now()
            conn.execute(
                "UPDATE highlights SET note = ?, updated = ? WHERE id = ?", (note, now, found.id)
            )
        return replace(found, note=note, updated=now)

    def remove(self, highlight_id: str) -> bool:
        """Delete a highlight; False if the id matches none, raise if several."""
        with self._write() as conn:
            found = self._match(conn, highlight_id)
            if found is None:
                return False
            conn.execute("DELETE FROM highlights WHERE id = ?", (found.id,))
        return True

    def all(self) -> list[Highlight]:
        """Every highlight, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM highlights ORDER BY created, rowid"
            ).fetchall()
        return [Highlight(*row) for row in rows]

    def for_article(
        self, article_id: str, title: str, path: str | os.PathLike[str]
    ) -> list[Highlight]:
        """Highlights of an article, matched by id, title or path, in text order.

        Any one matching is enough, so highlights follow a renamed or moved
        file.  An empty title or path matches nothing.
        """
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM highlights"
                " WHERE article_id = ?"
                " OR (article_title = ? AND ? != '')"
                " OR (article_path = ? AND ? != '')"
                " ORDER BY start_pos, rowid",
                (article_id, title, title, str(path), str(path)),
            ).fetchall()
        return [Highlight(*row) for row in rows]

    # -- export and import -------------------------------------------------

    def export_json(self) -> str:
        """Every highlight as a versioned JSON document."""
        document = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "highlights": [asdict(h) for h in self.all()],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)

    def import_json(self, data: str) -> int:
        """Add the highlights of an export; return how many were new.

        An entry is skipped when its id is already stored, or when a
        highlight of the same words at the same place in the same article is.
        The whole import is one transaction: a bad entry adds nothing.
        """
        entries = _parse_export(data)
        added = 0
        with self._write() as conn:
            for h in entries:
                exists = conn.execute(
                    "SELECT 1 FROM highlights WHERE id = ?"
                    " OR (article_id = ? AND exact = ? AND start_pos = ?) LIMIT 1",
                    (h.id, h.article_id, h.exact, h.start),
                ).fetchone()
                if exists is None:
                    conn.execute(
                        f"INSERT INTO highlights ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        tuple(asdict(h).values()),
                    )
                    added += 1
        return added

    # -- reading positions -------------------------------------------------

    def save_position(self, article_id: str, block_index: int) -> None:
        """Remember the block the reader was at in an article."""
        if block_index < 0:
            raise ValueError(f"bad block index {block_index}")
        with self._write() as conn:
            conn.execute(
                "INSERT INTO positions (article_id, block_index, updated) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE"
                " SET block_index = excluded.block_index, updated = excluded.updated",
                (article_id, block_index, _now()),
            )

    def position(self, article_id: str) -> int | None:
        """The remembered block index of an article, None if never saved."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT block_index FROM positions WHERE article_id = ?", (article_id,)
            ).fetchone()
        return None if row is None else row[0]


def _parse_export(data: str) -> list[Highlight]:
    """The highlights of an export document; HighlightStoreError if it is not one."""
    try:
        document = json.loads(data)
    except json.JSONDecodeError as exc:
        raise HighlightStoreError(f"not a highlights export: {exc}") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise HighlightStoreError("not a summit-reader highlights export")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > EXPORT_VERSION:
        raise HighlightStoreError(
            f"highlights export version {version!r} is not one this version reads"
            f" (up to {EXPORT_VERSION})"
        )
    raw = document.get("highlights")
    if not isinstance(raw, list):
        raise HighlightStoreError("highlights export has no list of highlights")
    entries = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise HighlightStoreError(f"highlights export entry {n} is not an object")
        values = {}
        for name, kind in _FIELD_TYPES.items():
            value = item.get(name)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise HighlightStoreError(
                    f"highlights export entry {n}: {name!r} is missing or not a {kind.__name__}"
                )
            values[name] = value
        if not values["id"] or not values["exact"]:
            raise HighlightStoreError(f"highlights export entry {n}: empty id or highlighted text")
        entries.append(Highlight(**values))
    return entries

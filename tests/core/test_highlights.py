"""Highlights, notes and reading positions: anchoring, persistence, and never losing data."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.highlights import (
    CONTEXT_CHARS,
    Highlight,
    HighlightStore,
    HighlightStoreError,
    make_anchor,
    resolve,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

TEXT = (
    "香港立法會今日三讀通過條例草案。"
    "政府發言人表示，條例將於下月生效，並會加強宣傳。"
    "有議員批評諮詢期太短，條例草案內容未經充分討論。"
)
PASSAGE = "條例將於下月生效"


def span(text: str, passage: str) -> tuple[int, int]:
    start = text.index(passage)
    return start, start + len(passage)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HighlightStore]:
    with HighlightStore(tmp_path / "highlights.sqlite3") as s:
        yield s


def _highlight(text: str, start: int, end: int) -> Highlight:
    exact, prefix, suffix = make_anchor(text, start, end)
    return Highlight("0" * 32, "a", "t", "/a.txt", exact, prefix, suffix, start, end, "", "", "")


def add_passage(store: HighlightStore, note: str = "") -> Highlight:
    start, end = span(TEXT, PASSAGE)
    return store.add("a1", "立法會通過條例", "/news/a1.txt", TEXT, start, end, note=note)


# -- anchoring -----------------------------------------------------------------


def test_make_anchor_takes_up_to_32_characters_of_context() -> None:
    text = "甲" * 50 + "重點" + "乙" * 50
    exact, prefix, suffix = make_anchor(text, 50, 52)
    assert exact == "重點"
    assert prefix == "甲" * CONTEXT_CHARS
    assert suffix == "乙" * CONTEXT_CHARS
    assert make_anchor("重點在此", 0, 2) == ("重點", "", "在此")


@pytest.mark.parametrize("start, end", [(3, 3), (5, 2), (-1, 2), (0, 99)])
def test_make_anchor_rejects_empty_or_out_of_range_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_anchor("重點在此", start, end)


def test_resolve_in_unchanged_text(store: HighlightStore) -> None:
    h = add_passage(store)
    assert resolve(h, TEXT) == (h.start, h.end)


def test_resolve_after_insertions_before_the_passage(store: HighlightStore) -> None:
    h = add_passage(store)
    edited = "【更新】本報記者報道：" + TEXT.replace("三讀", "正式三讀")
    start, end = resolve(h, edited)
    assert edited[start:end] == PASSAGE
    assert (start, end) == span(edited, PASSAGE)


def test_resolve_picks_the_occurrence_whose_context_matches() -> None:
    text = "甲說：條例草案。乙說：條例草案。"
    # Highlight the *second* 條例草案, then move it in front by an insertion.
    h = _highlight(text, 11, 15)
    edited = "乙說：條例草案。甲說：條例草案。"
    assert resolve(h, edited) == (3, 7)


def test_resolve_breaks_ties_by_closeness_to_the_stored_start() -> None:
    h = _highlight("好。好。好。好。", 4, 5)
    assert resolve(h, "好。好。好。好。") == (4, 5)
    # Same context everywhere after an edit: the nearest occurrence wins.
    assert resolve(_highlight("好" * 9, 4, 5), "好" * 12) == (4, 5)


def test_resolve_returns_none_when_the_passage_was_deleted(store: HighlightStore) -> None:
    h = add_passage(store)
    edited = TEXT.replace("政府發言人表示，條例將於下月生效，並會加強宣傳。", "")
    assert resolve(h, edited) is None


def test_highlight_follows_a_renamed_file_by_title(store: HighlightStore) -> None:
    h = add_passage(store)
    found = store.for_article("renamed-stem", "立法會通過條例", "/elsewhere/renamed-stem.txt")
    assert [f.id for f in found] == [h.id]
    assert resolve(found[0], TEXT) == (h.start, h.end)
    # ... and a moved file by its path, and nothing for an unrelated article.
    assert store.for_article("x", "new title", "/news/a1.txt") == [h]
    assert store.for_article("x", "", "") == []


# -- the store -----------------------------------------------------------------


def test_add_list_update_note_remove(store: HighlightStore) -> None:
    h = add_passage(store, note="生效日期")
    assert store.all() == [h]
    assert store.get(h.id) == h
    assert h.exact == PASSAGE and h.note == "生效日期"
    assert len(h.id) == 32 and h.created == h.updated

    updated = store.update_note(h.id, "下月一日")
    assert updated.note == "下月一日" and updated.id == h.id
    assert store.get(h.id) == updated

    assert store.remove(h.id) is True
    assert store.remove(h.id) is False
    assert store.get(h.id) is None
    assert store.all() == []
    with pytest.raises(HighlightStoreError):
        store.update_note(h.id, "gone")


def test_ids_can_be_given_by_a_unique_prefix(store: HighlightStore) -> None:
    added = [add_passage(store, note=str(i)) for i in range(17)]
    by_first: dict[str, list[Highlight]] = defaultdict(list)
    for h in added:
        by_first[h.id[0]].append(h)
    shared = next(c for c, hs in by_first.items() if len(hs) > 1)  # pigeonhole: 17 > 16

    h = added[0]
    assert store.find(h.id[:12]) == h
    assert store.find(h.id[:12].upper()) == h
    assert store.get(h.id[:12]) == h
    assert store.update_note(h.id[:12], "short").note == "short"
    with pytest.raises(HighlightStoreError, match="ambiguous"):
        store.find(shared)
    with pytest.raises(HighlightStoreError, match="ambiguous"):
        store.remove(shared)
    with pytest.raises(HighlightStoreError, match="no highlight"):
        store.find("zz")
    assert store.remove(h.id[:12]) is True
    assert len(store.all()) == 16


def test_add_rejects_a_bad_span(store: HighlightStore) -> None:
    with pytest.raises(ValueError):
        store.add("a1", "t", "/p", TEXT, 5, 5)
    assert store.all() == []


def test_highlights_and_positions_persist_across_instances(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HighlightStore(path) as first:
        h = add_passage(first, note="記住")
        first.save_position("a1", 7)
        first.save_position("a1", 9)
    with HighlightStore(path) as second:
        assert second.all() == [h]
        assert second.position("a1") == 9
        assert second.position("never-read") is None
        assert second.recovered_from is None


def test_default_path_is_in_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "nested" / "data"
    monkeypatch.setenv("SUMMIT_READER_DATA_DIR", str(data))
    with HighlightStore() as s:
        assert s.path == data / "highlights.sqlite3"
        add_passage(s)
    assert (data / "highlights.sqlite3").is_file()


def test_store_uses_wal_and_a_schema_version(store: HighlightStore) -> None:
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        conn.close()


# -- concurrency and crashes -------------------------------------------------------


def test_two_stores_on_one_file_writing_interleaved(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HighlightStore(path) as a, HighlightStore(path) as b:
        ids = []
        for i in range(10):
            ids.append(add_passage(a, note=f"a{i}").id)
            ids.append(add_passage(b, note=f"b{i}").id)
            a.save_position("a1", i)
            b.save_position("b1", i)
        assert {h.id for h in a.all()} == set(ids) == {h.id for h in b.all()}
    with HighlightStore(path) as c:
        assert {h.id for h in c.all()} == set(ids)
        assert (c.position("a1"), c.position("b1")) == (9, 9)


def test_two_stores_writing_at_the_same_time_from_threads(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    stores = [HighlightStore(path), HighlightStore(path)]
    errors: list[BaseException] = []

    def write(s: HighlightStore, tag: str) -> None:
        try:
            for i in range(40):
                add_passage(s, note=f"{tag}{i}")
        except BaseException as exc:  # surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, t)) for s, t in zip(stores, "ab")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert errors == []
    with HighlightStore(path) as s:
        assert len(s.all()) == 80


WRITER = """
import sys
from pathlib import Path
from reader.core.highlights import HighlightStore

store = HighlightStore(Path(sys.argv[1]))
text = "新聞" * 500
i = 0
while True:
    h = store.add("a1", "t", "/a1.txt", text, i % 900, i % 900 + 4, note=str(i))
    print(h.id, flush=True)
    i += 1
"""


def test_sigkill_mid_writes_keeps_every_committed_highlight(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    committed = []
    try:
        for line in proc.stdout:
            committed.append(line.strip())
            if len(committed) >= 60:
                break
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL, err
    committed += [line for line in rest.split() if len(line) == 32]
    assert len(committed) >= 60

    with HighlightStore(path) as s:
        assert s.recovered_from is None
        stored = {h.id for h in s.all()}
    assert set(committed) <= stored
    assert len(stored) - len(committed) <= 1  # at most the write that was in flight


# -- damage and unwritable places ------------------------------------------------


def test_garbage_file_is_moved_aside_and_a_fresh_store_works(tmp_path: Path) -> None:
    path = tmp_path / "highlights.sqlite3"
    garbage = b"this is not an SQLite database\n" * 64
    path.write_bytes(garbage)

    with HighlightStore(path) as s:
        aside = s.recovered_from
        assert aside is not None
        assert aside.parent == tmp_path
        assert aside.name.startswith("highlights.sqlite3.damaged-")
        assert len(aside.name) == len("highlights.sqlite3.damaged-YYYYmmddTHHMMSS")
        assert aside.read_bytes() == garbage
        h = add_passage(s)
        assert s.all() == [h]
    with HighlightStore(path) as again:
        assert again.recovered_from is None
        assert again.all() == [h]


@pytest.mark.parametrize("garbage", [b"x", b"\x00" * 10, b"SQLite format 2"])
def test_even_a_short_garbage_file_is_moved_aside(tmp_path: Path, garbage: bytes) -> None:
    path = tmp_path / "highlights.sqlite3"
    path.write_bytes(garbage)
    with HighlightStore(path) as s:
        assert s.recovered_from is not None
        assert s.recovered_from.read_bytes() == garbage


def test_an_empty_file_is_taken_as_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "highlights.sqlite3"
    path.touch()
    with HighlightStore(path) as s:
        assert s.recovered_from is None
        add_passage(s)


def test_a_second_damaged_file_in_the_same_second_does_not_overwrite_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "highlights.sqlite3"
    path.write_bytes(b"first garbage " * 64)
    first = HighlightStore(path)
    first.close()
    path.unlink()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"second garbage " * 64)
    with HighlightStore(path) as second:
        assert second.recovered_from != first.recovered_from
        assert first.recovered_from.read_bytes() == b"first garbage " * 64
        assert second.recovered_from.read_bytes() == b"second garbage " * 64


def test_a_store_from_a_newer_version_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "highlights.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with HighlightStore(path) as s:
        assert s.recovered_from is not None
        check = sqlite3.connect(s.recovered_from)
        assert check.execute("PRAGMA user_version").fetchone()[0] == 99
        check.close()
        assert s.all() == []


def test_a_foreign_sqlite_file_with_the_wrong_tables_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "highlights.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE highlights (something_else TEXT)")
    conn.commit()
    conn.close()
    with HighlightStore(path) as s:
        assert s.recovered_from is not None
        add_passage(s)


def _assert_one_line_naming(exc: HighlightStoreError, where: Path) -> None:
    message = str(exc)
    assert "\n" not in message
    assert str(where) in message
    assert message.startswith("cannot write highlights to")


def test_read_only_directory_raises_a_one_line_error(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        if os.access(ro, os.W_OK):
            pytest.skip("running as root: a 0o500 directory is still writable")
        with pytest.raises(HighlightStoreError) as info:
            HighlightStore(ro / "highlights.sqlite3")
        _assert_one_line_naming(info.value, ro / "highlights.sqlite3")
        assert "permission denied" in str(info.value)
    finally:
        ro.chmod(0o700)


def test_path_under_a_regular_file_raises_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file, not a directory")
    path = blocker / "data" / "highlights.sqlite3"
    with pytest.raises(HighlightStoreError) as info:
        HighlightStore(path)
    _assert_one_line_naming(info.value, path)
    assert blocker.read_text() == "a file, not a directory"


# -- export and import ---------------------------------------------------------


def test_export_then_import_into_a_fresh_store_gives_the_same_set(tmp_path: Path) -> None:
    with HighlightStore(tmp_path / "one.sqlite3") as one:
        add_passage(one, note="第一")
        start, end = span(TEXT, "諮詢期太短")
        one.add("a1", "立法會通過條例", "/news/a1.txt", TEXT, start, end)
        one.add("b2", "另一篇", "/news/b2.txt", "完全不同的文章", 0, 4, note="b")
        exported = one.export_json()
        originals = one.all()

    document = json.loads(exported)
    assert document["format"] == "summit-reader-highlights"
    assert document["version"] == 1
    assert len(document["highlights"]) == 3

    with HighlightStore(tmp_path / "two.sqlite3") as two:
        assert two.import_json(exported) == 3
        assert set(two.all()) == set(originals)
        assert two.import_json(exported) == 0
        assert len(two.all()) == 3


def test_import_skips_the_same_passage_under_another_id(store: HighlightStore) -> None:
    h = add_passage(store)
    document = json.loads(store.export_json())
    document["highlights"][0]["id"] = "f" * 32
    assert store.import_json(json.dumps(document)) == 0
    assert store.all() == [h]


@pytest.mark.parametrize(
    "data",
    [
        "not json",
        json.dumps({"format": "something-else", "version": 1, "highlights": []}),
        json.dumps({"format": "summit-reader-highlights", "version": 2, "highlights": []}),
        json.dumps({"format": "summit-reader-highlights", "version": 1, "highlights": [{}]}),
    ],
)
def test_import_rejects_what_is_not_an_export(store: HighlightStore, data: str) -> None:
    with pytest.raises(HighlightStoreError) as info:
        store.import_json(data)
    assert "\n" not in str(info.value)
    assert store.all() == []


def test_a_bad_entry_imports_nothing(store: HighlightStore, tmp_path: Path) -> None:
    with HighlightStore(tmp_path / "other.sqlite3") as other:
        add_passage(other)
        document = json.loads(other.export_json())
    document["highlights"].append({**document["highlights"][0], "id": "e" * 32, "start": "7"})
    with pytest.raises(HighlightStoreError, match="entry 2"):
        store.import_json(json.dumps(document))
    assert store.all() == []

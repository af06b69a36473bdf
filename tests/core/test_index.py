"""The persistent index: warm starts, changes picked up, a damaged cache rebuilt."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core import index as index_module
from reader.core import quotes as quotes_module
from reader.core.index import CorpusIndex, Entry, index_path, scan
from reader.core.library import Library, open_library
from reader.core.models import Article

from ..conftest import SEEDS


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "news"
    shutil.copytree(SEEDS, root)
    return root


def run_scan(root: Path) -> list:  # type: ignore[type-arg]
    index = CorpusIndex(root)
    try:
        return list(scan(root, index))
    finally:
        index.close()


def test_cold_then_warm(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    cold = run_scan(root)
    assert not any(e.from_cache for e in cold)
    assert sum(len(e.entries) for e in cold) == 4
    warm = run_scan(root)
    assert warm[0].from_cache and len(warm[0].entries) == 4
    assert sum(len(e.entries) for e in warm[1:]) == 0  # nothing re-read
    assert index_path(root).is_file() and index_path(root).is_relative_to(tmp_path / "cache")
    assert sorted(p.name for p in root.iterdir()) == sorted(p.name for p in SEEDS.iterdir())


def test_changed_added_and_removed_files_are_picked_up(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    run_scan(root)
    changed = next(root.glob("004_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("人工智能峰会——欧洲还有竞争力吗？", "新标题"), encoding="utf-8")
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 5_000_000_000))
    (root / "new.txt").write_text("# 新文章\n\n正文。", encoding="utf-8")
    next(root.glob("002_*.txt")).unlink()
    library = open_library(root)
    titles = {e.id[:3]: e.title for e in library.entries}
    assert titles["004"] == "新标题"
    assert "new" in titles and "002" not in titles
    assert len(library.entries) == 4


def test_same_size_and_mtime_but_new_content_is_seen(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    target = next(root.glob("001_*.txt"))
    text = target.read_text(encoding="utf-8")
    target.write_text(text, encoding="utf-8")  # written just now
    run_scan(root)  # indexed within the same instant as that write
    stat = target.stat()
    target.write_text(text.replace("中方派出", "中方派遣"), encoding="utf-8")  # same byte length
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    library = open_library(root)
    assert any(e.title.startswith("中方派遣") for e in library.entries)


def test_damaged_cache_is_rebuilt_silently(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    run_scan(root)
    index_path(root).write_bytes(b"this is not a database" * 100)
    library = open_library(root)
    assert len(library.entries) == 4


def test_body_search_through_the_index(tmp_path: Path) -> None:
    library = open_library(corpus(tmp_path))
    hits = library.search("馮德萊恩")
    assert hits and library.entries[hits[0].index].id.startswith("001")
    assert all(h.where == "body" for h in hits)


def test_batches_taken_together_lose_nothing(tmp_path: Path) -> None:
    """The app applies several scan batches at once; merged, they carry every
    entry and skip, and the progress of the later one."""
    root = corpus(tmp_path)
    (root / "broken.md").write_bytes(b"\xff\xfe\x00")
    events = run_scan(root)
    merged = events[0]
    for event in events[1:]:
        merged = merged.then(event)
    assert sorted(e.id for e, _, _ in merged.entries) == sorted(p.stem for p in SEEDS.iterdir())
    assert [s.path.name for s in merged.skipped] == ["broken.md"]
    assert merged.finished and merged.done == merged.total == 5


def scanned_article(tmp_path: Path) -> tuple[Path, Entry, Article]:
    """A scanned copy of the seeds, and the Deutsche Welle article read from it."""
    root = corpus(tmp_path)
    run_scan(root)
    entry = next(e for e in open_library(root).entries if e.id.startswith("004"))
    article = Library.article(entry)
    assert isinstance(article, Article)
    return root, entry, article


def test_stored_quotes_are_extracted_again_when_the_rules_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, entry, article = scanned_article(tmp_path)
    index = CorpusIndex(root)
    try:
        stored = index.quotes_for(entry.path, article)
        assert stored and index.quotes(entry.path) == stored
    finally:
        index.close()
    index = CorpusIndex(root)  # the same rules: kept
    try:
        assert index.quotes(entry.path) == stored
    finally:
        index.close()
    monkeypatch.setattr(index_module, "quote_rules", lambda: "an upgrade")
    index = CorpusIndex(root)
    try:
        assert index.quotes(entry.path) is None  # forgotten, to be extracted by the new rules
        assert index.quotes_for(entry.path, article) == stored
    finally:
        index.close()


def test_an_index_locked_by_another_instance_is_kept_when_the_rules_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus(tmp_path)
    run_scan(root)
    path = index_path(root)
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")  # another instance in the middle of a write
    monkeypatch.setattr(index_module, "quote_rules", lambda: "an upgrade")
    try:
        index = CorpusIndex(root)
        try:
            assert index.newest(10)  # opened as it is, not deleted and rebuilt
        finally:
            index.close()
    finally:
        other.rollback()
        other.close()


def test_quotes_for_extracts_once_then_reads_them_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root, entry, article = scanned_article(tmp_path)
    extracted = []

    def counting(article: Article) -> list:  # type: ignore[type-arg]
        extracted.append(article.id)
        return real(article)

    real = quotes_module.article_quotes
    monkeypatch.setattr(quotes_module, "article_quotes", counting)
    index = CorpusIndex(root)
    try:
        assert index.quotes(entry.path) is None
        first = index.quotes_for(entry.path, article)
        assert first and extracted == [article.id]
        assert index.quotes(entry.path) == first  # stored
        second = index.quotes_for(entry.path, article)
        assert second == first and extracted == [article.id]  # not extracted again
    finally:
        index.close()

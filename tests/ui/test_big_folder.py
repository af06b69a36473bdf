"""A folder bigger than the first in-process batch: worker processes, the
index in the cache dir, and a warm second start."""

from __future__ import annotations

from pathlib import Path

from reader.core.index import index_path
from reader.ui.app import SummitReader
from tests.benchmarks.corpus import generate_corpus


async def wait_loaded(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    for _ in range(400):
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
        if not app.loading:
            return
    raise AssertionError("the folder never finished loading")


async def test_streams_indexes_and_starts_warm(tmp_path: Path) -> None:
    root = tmp_path / "news"
    generate_corpus(root, 80, seed=3)
    files_before = sorted(str(p) for p in root.rglob("*"))
    app = SummitReader(root)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        entries = app.library.entries
        assert len(entries) + len(app.skipped) == 80
        dates = [e.published[:19] for e in entries if e.published]
        assert dates == sorted(dates, reverse=True)  # newest first once loaded
        assert "indexing" not in str(app.query_one("#status").render())
        await pilot.press("slash", *"DeepSeek")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.sources.filtered and app.sources.order
    assert index_path(root).is_file()
    assert sorted(str(p) for p in root.rglob("*")) == files_before  # nothing written beside them

    again = SummitReader(root)
    async with again.run_test(size=(120, 36)) as pilot:
        await wait_loaded(pilot)
        assert [e.id for e in again.library.entries] == [e.id for e in entries]

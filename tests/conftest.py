"""Shared fixtures: the bundled seeds, and user dirs kept inside tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.loader import Corpus, load_corpus

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real config/data/cache dirs from a test."""
    monkeypatch.setenv("SUMMIT_READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SUMMIT_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SUMMIT_READER_CACHE_DIR", str(tmp_path / "cache"))


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``summit-reader ARGS`` in-process: (exit code, stdout, stderr)."""
    from reader.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app's workers are done and the screen has caught up.

    A worker cancelled by a newer one (an article read replaced by the next,
    a filter by the next keystroke) is done too; a failed one still fails."""
    from textual.worker import WorkerCancelled

    await pilot.pause()
    while running := [worker for worker in pilot.app.workers if not worker.is_finished]:
        for worker in running:
            try:
                await worker.wait()
            except WorkerCancelled:
                pass
        await pilot.pause()
    await pilot.pause()


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_by_id(seeds: Corpus) -> dict[str, object]:
    return {article.id[:3]: article for article in seeds.articles}

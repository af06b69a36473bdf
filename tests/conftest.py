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


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def seed_by_id(seeds: Corpus) -> dict[str, object]:
    return {article.id[:3]: article for article in seeds.articles}

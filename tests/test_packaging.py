"""The wheel is complete: built, installed (non-editable) into a fresh venv,
and run from elsewhere, it finds its bundled articles and its stylesheet."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SEED_IDS = sorted(p.stem for p in (REPO / "seeds").glob("*.txt"))


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    cwd: Path

    @property
    def script(self) -> Path:
        return self.venv / "bin" / "summit-reader"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
        env["SUMMIT_READER_CONFIG_DIR"] = str(self.cwd / "config")
        env["SUMMIT_READER_DATA_DIR"] = str(self.cwd / "data")
        env["SUMMIT_READER_CACHE_DIR"] = str(self.cwd / "cache")
        env["PYTHONIOENCODING"] = "utf-8"
        return subprocess.run(
            [str(self.script), *args],
            cwd=self.cwd,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _check(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{cmd} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("packaging")
    dist = base / "dist"
    _check([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)], cwd=REPO, timeout=600)
    wheels = list(dist.glob("summit_reader-*.whl"))
    assert len(wheels) == 1, wheels

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    _check(
        [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheels[0])],
        cwd=base,
        timeout=600,
    )
    cwd = base / "elsewhere"
    cwd.mkdir()
    return Installed(wheels[0], env_dir, cwd)


def test_there_are_four_seeds() -> None:
    assert len(SEED_IDS) == 4, SEED_IDS


def test_wheel_contains_seeds_and_stylesheet(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    assert {f"reader/seeds/{seed}.txt" for seed in SEED_IDS} <= names, sorted(names)
    assert "reader/ui/app.tcss" in names, sorted(names)
    assert "reader/cli.py" in names


def test_installed_is_not_the_checkout(installed: Installed) -> None:
    assert installed.script.exists()
    result = subprocess.run(
        [str(installed.venv / "bin" / "python"), "-c", "import reader, sys; print(reader.__file__)"],
        cwd=installed.cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    location = Path(result.stdout.strip()).resolve()
    assert installed.venv.resolve() in location.parents, location


def test_version(installed: Installed) -> None:
    result = installed.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("summit-reader "), result.stdout
    assert result.stdout.split()[1][0].isdigit(), result.stdout


def test_sources_lists_bundled_seeds(installed: Installed) -> None:
    result = installed.run("sources", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    articles = {article["id"]: article for article in data["articles"]}
    assert sorted(articles) == SEED_IDS
    for seed in SEED_IDS:
        assert articles[seed]["title"].strip(), articles[seed]
        # Read from the installed package, not from the source checkout.
        path = Path(articles[seed]["path"]).resolve()
        assert installed.venv.resolve() in path.parents, path
    assert data["skipped"] == []


def test_read_first_seed(installed: Installed) -> None:
    result = installed.run("read", SEED_IDS[0], "--width", "40")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 5, result.stdout
    too_wide = [line for line in lines if _cells(line) > 40]
    assert not too_wide, too_wide
    sources = json.loads(installed.run("sources", "--json").stdout)
    title = next(a["title"] for a in sources["articles"] if a["id"] == SEED_IDS[0])
    # The title may be wrapped at 40 cells; its first few characters lead the output.
    assert title[:8] in result.stdout, result.stdout[:400]

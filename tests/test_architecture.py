"""Architecture checks: the import contracts hold, and the CLI and the core
never load Textual (so every non-UI command starts fast)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORE_MODULES = sorted(
    "reader.core" if p.stem == "__init__" else f"reader.core.{p.stem}"
    for p in (REPO / "reader" / "core").glob("*.py")
)


def _run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _lint_imports() -> list[str]:
    script = Path(sys.executable).parent / "lint-imports"
    if script.exists():
        return [str(script)]
    found = shutil.which("lint-imports")
    if found:
        return [found]
    pytest.skip("import-linter is not installed (pip install -e '.[test]')")


def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        [*_lint_imports(), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_cli_sources_never_imports_textual() -> None:
    result = _run_python(
        """
        import contextlib, io, json, sys
        import reader.cli
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = reader.cli.main(["sources", "--json"])
        assert code == 0, code
        assert json.loads(out.getvalue())["articles"], "no articles listed"
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print("TEXTUAL:", loaded)
        sys.exit(1 if loaded else 0)
        """
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_read_never_imports_textual() -> None:
    result = _run_python(
        """
        import contextlib, io, sys
        import reader.cli
        from reader.core import paths
        first = sorted(paths.bundled_seeds().glob("*.txt"))[0].stem
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = reader.cli.main(["read", first, "--width", "40"])
        assert code == 0, code
        assert out.getvalue().strip(), "nothing printed"
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print("TEXTUAL:", loaded)
        sys.exit(1 if loaded else 0)
        """
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_modules_found() -> None:
    assert "reader.core" in CORE_MODULES
    assert len(CORE_MODULES) > 1


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_never_imports_textual(module: str) -> None:
    result = _run_python(
        f"""
        import importlib, sys
        importlib.import_module({module!r})
        loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        bad = sorted(m for m in sys.modules if m.startswith(("reader.ui", "reader.cli")))
        print("TEXTUAL:", loaded, "UI/CLI:", bad)
        sys.exit(1 if loaded or bad else 0)
        """
    )
    assert result.returncode == 0, result.stdout + result.stderr

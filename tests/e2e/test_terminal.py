"""Drive the installed ``summit-reader`` in a real terminal (tmux), pressing
keys like a person and reading the screen back."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

SCRIPT = Path(sys.executable).parent / "summit-reader"
POLL = 0.05
TIMEOUT = 20.0
PANE_BORDER = "▕"


def cells(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def prefix(text: str, width: int) -> str:
    """The start of ``text`` that fits in ``width`` terminal cells."""
    used, out = 0, []
    for ch in text:
        used += cells(ch)
        if used > width:
            break
        out.append(ch)
    return "".join(out)


def squash(text: str) -> str:
    """Text with whitespace and block-element glyphs (borders, scrollbars) removed."""
    return "".join(ch for ch in text if not ch.isspace() and not "\u2580" <= ch <= "\u259f")


class Terminal:
    """One tmux session on a private server (its own socket), so nothing the
    developer runs in tmux is touched."""

    def __init__(self, width: int, height: int, env: dict[str, str]) -> None:
        self.socket = f"summit-e2e-{uuid.uuid4().hex[:12]}"
        self.name = "reader"
        self.width = width
        self.height = height
        self.env = env

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            ["tmux", "-u", "-f", "/dev/null", "-L", self.socket, *args],
            env=self.env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=30,
        )
        if check:
            assert result.returncode == 0, f"tmux {args}: {result.stderr}"
        return result

    def start(self, command: list[str]) -> None:
        self.tmux(
            "new-session", "-d", "-s", self.name, "-x", str(self.width), "-y", str(self.height),
            *command,
            ";", "set-option", "-t", self.name, "remain-on-exit", "on",
        )  # fmt: skip
        self.server_pid = int(self.tmux("display", "-p", "#{pid}").stdout.strip())

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.name).stdout

    def history(self) -> str:
        """The screen and its scrollback (where a traceback ends up)."""
        return self.tmux("capture-pane", "-p", "-S", "-", "-t", self.name).stdout.strip()

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", self.name, *keys)

    def pane_state(self) -> tuple[bool, str]:
        """(dead?, exit status); the status is "" until tmux has reaped the
        process, and "signal N" when a signal ended it."""
        fmt = "#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}"
        fields = self.tmux("display", "-p", "-t", self.name, fmt).stdout.strip().split("|")
        dead, status, signal_ = (fields + ["", ""])[:3]
        return dead == "1", status or (f"signal {signal_}" if signal_ else "")

    def wait_for(self, what: str, ready: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + TIMEOUT
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if ready(screen):
                return screen
            dead, status = self.pane_state()
            if dead:
                pytest.fail(f"the app exited (status {status}) while waiting for {what}:\n{self.history()}")
            time.sleep(POLL)
        pytest.fail(f"timed out waiting for {what}; the screen shows:\n{screen}")

    def wait_dead(self) -> str:
        """The exit status of the pane's process, once it has exited."""
        deadline = time.monotonic() + TIMEOUT
        dead_since: float | None = None
        while time.monotonic() < deadline:
            dead, status = self.pane_state()
            if dead and status:
                return status
            if dead:
                # tmux marks the pane dead when the pty closes, and records the
                # status when it reaps the child on SIGCHLD.  Under some kernels
                # (seen in sandboxed CI) that SIGCHLD is occasionally missed and
                # the child stays a zombie with its status unread: nudge our
                # private tmux server to reap it.
                dead_since = dead_since or time.monotonic()
                if time.monotonic() - dead_since > 0.5:
                    os.kill(self.server_pid, signal.SIGCHLD)
                    dead_since = time.monotonic()
            time.sleep(POLL)
        pytest.fail(f"the app did not exit (or its status never arrived):\n{self.history()}")

    def close(self) -> None:
        self.tmux("kill-session", "-t", self.name, check=False)
        self.tmux("kill-server", check=False)


def status_line(screen: str) -> str:
    return screen.splitlines()[0] if screen else ""


def reader_pane(screen: str) -> str:
    """The reader's text: what is right of the pane border, rows joined."""
    rows = screen.splitlines()[1:-1]  # drop the status bar and the footer
    return squash("".join(row.rpartition(PANE_BORDER)[2] for row in rows if PANE_BORDER in row))


@pytest.fixture(scope="module")
def titles() -> list[tuple[str, str]]:
    """(id, title) in the order the app lists them (same as `sources --json`)."""
    if not SCRIPT.exists():
        pytest.skip(f"{SCRIPT} is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [str(SCRIPT), "sources", "--json"], capture_output=True, text=True, encoding="utf-8", timeout=60
    )
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["articles"]
    assert len(articles) >= 3, articles
    return [(a["id"], a["title"]) for a in articles]


@pytest.mark.parametrize(("width", "height"), [(100, 30), (80, 24)])
def test_browse_open_toggle_help_quit(
    tmp_path: Path, titles: list[tuple[str, str]], width: int, height: int
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TMUX", "SUMMIT_READER_"))}
    env.update(
        LANG="C.UTF-8",
        TERM=os.environ.get("TERM") or "xterm-256color",
        SUMMIT_READER_CONFIG_DIR=str(tmp_path / "config"),
        SUMMIT_READER_DATA_DIR=str(tmp_path / "data"),
        SUMMIT_READER_CACHE_DIR=str(tmp_path / "cache"),
    )
    if env["TERM"] in ("dumb", "unknown"):
        env["TERM"] = "xterm-256color"
    term = Terminal(width, height, env)
    # The list shows each title cut to the pane's width; its first 10 cells always fit.
    shown = [prefix(title, 10) for _, title in titles]
    try:
        term.start(
            [
                "env",
                f"SUMMIT_READER_CONFIG_DIR={env['SUMMIT_READER_CONFIG_DIR']}",
                f"SUMMIT_READER_DATA_DIR={env['SUMMIT_READER_DATA_DIR']}",
                f"SUMMIT_READER_CACHE_DIR={env['SUMMIT_READER_CACHE_DIR']}",
                str(SCRIPT),
            ]
        )

        def loaded(screen: str) -> bool:
            status = status_line(screen)
            return (
                f"{len(titles)} articles" in status
                and "indexing" not in status
                and all(part in screen for part in shown)
                and squash(titles[0][1]) in reader_pane(screen)
            )

        screen = term.wait_for("the article list, with the newest article open", loaded)
        assert "原文" in status_line(screen), status_line(screen)

        # Down twice, then open: the third article in the list.
        third_id, third_title = titles[2]
        term.keys("j", "j", "Enter")
        screen = term.wait_for(f"the reader to show {third_id}", lambda s: squash(third_title) in reader_pane(s))
        assert squash(titles[0][1]) not in reader_pane(screen)

        # Script toggle: original -> simplified, shown in the status bar.
        term.keys("t")
        screen = term.wait_for("the status bar to show 简体", lambda s: "简体" in status_line(s))
        assert "原文" not in status_line(screen)

        term.keys("?")
        term.wait_for("the help screen", lambda s: "Everywhere" in s)
        term.keys("Escape")
        term.wait_for("the help screen to close", lambda s: "Everywhere" not in s and "简体" in status_line(s))

        term.keys("q")
        status = term.wait_dead()
        assert status == "0", f"exit status {status!r}:\n{term.history()}"
        settings = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
        assert settings["mode"] == "simplified", settings
    finally:
        term.close()

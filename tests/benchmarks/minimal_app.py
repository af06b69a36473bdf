"""The baseline for start-up time: the smallest two-pane Textual app.

``python -m tests.benchmarks.minimal_app`` shows two panes with a word in each;
the benchmark times how long the terminal takes to show it, against how long
summit-reader takes to show its sources.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static


class TwoPanes(App[None]):
    BINDINGS = [("q", "quit", "Quit")]
    CSS = "Static { width: 1fr; }"

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Static("left-pane-ready")
            yield Static("right-pane-ready")


if __name__ == "__main__":
    TwoPanes().run()

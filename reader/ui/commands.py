"""Command palette entries: script modes and variants, panes, export."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

SCRIPT_CHOICES = (
    ("Script: original (as written)", "original", "generic"),
    ("Script: 简体 Simplified", "simplified", "generic"),
    ("Script: 繁體 Traditional (generic)", "traditional", "generic"),
    ("Script: 繁體 Traditional, Taiwan (臺灣用語)", "traditional", "taiwan"),
    ("Script: 繁體 Traditional, Hong Kong (香港)", "traditional", "hongkong"),
)


class ScriptCommands(Provider):
    """Choose the script mode and the Traditional variant."""

    def _commands(self):  # type: ignore[no-untyped-def]
        app = self.app
        for title, mode, variant in SCRIPT_CHOICES:
            yield title, partial(app.set_script, mode, variant), "Show articles in this script (remembered)"
        for title, action, help_text in getattr(app, "PALETTE_ACTIONS", ()):
            yield title, partial(app.run_action, action), help_text

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)

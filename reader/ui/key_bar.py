"""The key bar at the bottom: the keys that work where the focus is.

What Textual's ``Footer`` shows, drawn as one line of text by one widget.
The Footer composes a widget per key and recomposes them whenever the focus
moves; at start-up that was a third of the widgets on screen.  Clicking a
key here presses it, as clicking a Footer key does.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    """
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[tuple[int, int, str]] = []  # (first cell, end cell, key) of each item as drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:  # type: ignore[type-arg]
        if self.is_attached and screen is self.screen:
            self.refresh()

    def _items(self) -> tuple[list[tuple[str, str, str]], tuple[str, str, str] | None]:
        """(key, shown key, description) of each binding to show, and the palette's."""
        app = self.app
        active = self.screen.active_bindings
        items: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and enabled and binding.action not in seen:
                seen.add(binding.action)
                items.append((binding.key, app.get_key_display(binding), binding.description))
        palette = None
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            binding = active[app.COMMAND_PALETTE_BINDING][1]
            palette = (binding.key, app.get_key_display(binding), binding.description)
        return items, palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        description_style = self.get_component_rich_style("key-bar--description", partial=True)
        items, palette = self._items()
        text = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str]] = []
        for key, shown, description in items:
            start = text.cell_len
            text.append(f" {shown} ", key_style)
            text.append(f"{description} ", description_style)
            spans.append((start, text.cell_len, key))
        if palette is not None:
            key, shown, description = palette
            tail = Text.assemble(("▏", Style(dim=True)), (f"{shown} ", key_style), (f"{description} ", description_style))
            gap = self.size.width - text.cell_len - tail.cell_len
            if gap >= 1:
                text.append(" " * gap)
                start = text.cell_len
                text.append_text(tail)
                spans.append((start, text.cell_len, key))
        self._spans = spans
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return

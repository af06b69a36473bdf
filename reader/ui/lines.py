"""What the line-API panes (the reader, the sources list) share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style

if TYPE_CHECKING:
    from textual.geometry import Region
    from textual.strip import Strip
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


class BaseStyleOnce(_Base):
    """Mixed in before the widget class (``ScrollView``): ``render_line``
    reads ``self._base_style``, the widget's own style, looked up once per
    redraw rather than once per line (it walks the CSS of the ancestors;
    profiled: a quarter of drawing the sources list)."""

    _base_style: Style = Style()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base_style = self.rich_style
        return super().render_lines(crop)

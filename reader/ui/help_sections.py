"""Which bindings the help screen lists, pane by pane, read from the live
binding maps (so help can never drift from the keys)."""

from __future__ import annotations

from textual.app import App
from textual.dom import DOMNode

from reader.ui.article_view import ArticleView
from reader.ui.filter_box import FilterBox
from reader.ui.find_bar import FindBar
from reader.ui.quotes_panel import QuotesPanel
from reader.ui.source_list import SourceList

HelpRow = tuple[str, str]  # (keys, description)


def help_sections(app: App) -> list[tuple[str, list[HelpRow]]]:  # type: ignore[type-arg]
    """(section title, rows) for the app and each pane on the main screen."""
    sections = [("Everywhere", _rows(app, app))]
    main = app.screen_stack[0]
    panes = (
        ("Sources", SourceList),
        ("Filter (/)", FilterBox),
        ("Reader", ArticleView),
        ("Find (f)", FindBar),
        ("Quotes panel (p)", QuotesPanel),
    )
    for title, widget_type in panes:
        # A pane not mounted yet (the filter box, until first opened) has
        # its bindings from its class.
        widget = next(iter(main.query(widget_type)), None) or widget_type()
        sections.append((title, _rows(app, widget)))
    return sections


def _rows(app: App, node: DOMNode) -> list[HelpRow]:  # type: ignore[type-arg]
    # Only the node's own declared actions: inherited scrolling defaults
    # (scroll_left, …) are not part of this app's keys.
    own_actions = {binding.action for binding in type(node).BINDINGS if not isinstance(binding, tuple)}
    own_actions.add("command_palette")
    keys_by_action: dict[str, list[str]] = {}
    descriptions: dict[str, str] = {}
    for bindings in node._bindings.key_to_bindings.values():
        for binding in bindings:
            if binding.action not in own_actions or not binding.description or binding.system:
                continue
            keys = keys_by_action.setdefault(binding.action, [])
            shown = app.get_key_display(binding)
            if shown not in keys:
                keys.append(shown)
            descriptions[binding.action] = binding.description
    return [(" / ".join(keys), descriptions[action]) for action, keys in keys_by_action.items()]

"""Who said what, across every article: quotes grouped by speaker."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.models import Article, Quote
from reader.core.speakers import SpeakerGroup
from reader.core.textnorm import clip
from reader.ui.dialog import Dialog


class SpeakersScreen(Dialog[tuple[Article, Quote] | None]):
    """Returns the (article, quote) chosen, to open the article at it."""

    BINDINGS = [
        Binding("escape,w", "dismiss(None)", "Close"),
        Binding("j", "cursor(1)", "Next", show=False),
        Binding("k", "cursor(-1)", "Previous", show=False),
    ]

    DEFAULT_CSS = """
    SpeakersScreen { align: center middle; }
    SpeakersScreen > Vertical {
        width: 90%; height: 90%;
        border: round $accent; background: $surface;
    }
    SpeakersScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, groups: list[SpeakerGroup], shown: Callable[[str], str]) -> None:
        super().__init__()
        self.groups = groups
        self.shown = shown
        self.choices: list[tuple[Article, Quote]] = []

    def compose(self) -> ComposeResult:
        options: list[Option | None] = []
        for group in self.groups:
            names = " = ".join(dict.fromkeys(self.shown(n) for n in group.names))
            roles = "、".join(dict.fromkeys(self.shown(r) for r in group.roles[:3]))
            head = Content.styled(names, "bold $accent") + Content.styled(f"  {len(group.quotes)} quote(s)", "$text-muted")
            if roles:
                head = head + Content.styled(f"  {roles}", "italic $text-muted")
            options.append(Option(head, disabled=True))
            for article, quote in group.quotes:
                self.choices.append((article, quote))
                text = clip(self.shown(quote.text), 160)
                source = f"    — {self.shown(article.outlet or article.title)} {article.published[:10]}"
                options.append(Option(Content("  「" + text + "」") + Content.styled(source, "dim"), id=str(len(self.choices) - 1)))
            options.append(None)
        with Vertical():
            yield Static(Content.styled(f" Who said what — {len(self.groups)} speakers. Enter opens the article at the quote.", "bold"))
            yield OptionList(*options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(self.choices[int(event.option.id)])

    def action_cursor(self, step: int) -> None:
        option_list = self.query_one(OptionList)
        option_list.action_cursor_down() if step > 0 else option_list.action_cursor_up()

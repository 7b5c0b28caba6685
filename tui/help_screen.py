"""`?`: every key on one screen, and what each certainty level means."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from model import Certainty

from .certainty import MEANINGS, badge

KEYS = [
    ("1 2 3 4", "focus Parties, Plant, Concerns, Questions"),
    ("5  s", "show the Source: the item's quotes highlighted"),
    ("tab  shift+tab", "next / previous pane"),
    ("j k  ↓ ↑", "move"),
    ("g G  home end", "first, last"),
    ("pgup pgdn", "a page up, down"),
    ("enter", "open the item: text, certainty, quotes, links"),
    ("esc", "back / close / clear search"),
    ("/", "search as you type; enter jumps to the first hit"),
    ("n  N", "next / previous hit, across panes"),
    ("r", "related items; enter jumps there"),
    ("y", "copy the item with its quotes"),
    ("?", "this screen"),
    ("ctrl+p", "command palette: jump to any item, filter by certainty, theme"),
    ("q", "quit"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
        Binding("j,down", "scroll('down')", show=False, id="help.down"),
        Binding("k,up", "scroll('up')", show=False, id="help.up"),
    ]

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold", no_wrap=True)
        keys.add_column()
        for key, meaning in KEYS:
            keys.add_row(key, meaning)
        legend = Table.grid(padding=(0, 2))
        legend.add_column(no_wrap=True)
        legend.add_column()
        for level in Certainty:
            legend.add_row(badge(level, color=not self.app.no_color), MEANINGS[level])
        with VerticalScroll(id="help") as scroller:
            scroller.border_title = "Keys"
            scroller.border_subtitle = "esc close"
            yield Static(keys)
            yield Static(Text("\nCertainty, firm to weak", style="bold"))
            yield Static(legend)

    def action_close(self) -> None:
        if self.is_current:  # a second esc typed ahead must not close what lies beneath
            self.dismiss()

    def action_scroll(self, direction: str) -> None:
        scroller = self.query_one("#help", VerticalScroll)
        scroller.scroll_relative(y=1 if direction == "down" else -1, animate=False)

"""`?`: every key on one screen, built from the key tables and the user's keymap, and what each
certainty level means."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from model import Certainty

from ..keys import GROUPS, HELP, bindings, keys_of
from ..render.certainty import MEANINGS, badge, colors_of


class HelpScreen(ModalScreen[None]):
    BINDINGS = bindings(HELP)

    def compose(self) -> ComposeResult:
        keymap = getattr(self.app, "keymap", {})
        # A long list of keys wraps, and below 80 columns the ids (which `briefing keys` lists)
        # give way to what the keys do: at 60 columns that was left five cells.
        ids = self.app.size.width >= 80
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold", max_width=14)
        keys.add_column()
        if ids:
            keys.add_column(style="dim", no_wrap=True)
        for title, table in GROUPS:
            keys.add_row(Text(title, style="underline"))
            for key in table:
                keys.add_row(keys_of(key, keymap), key.help, *([key.id] if ids else []))
        legend = Table.grid(padding=(0, 2))
        legend.add_column(no_wrap=True)
        legend.add_column()
        for level in Certainty:
            legend.add_row(badge(level, colors=colors_of(self.app)), MEANINGS[level])
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

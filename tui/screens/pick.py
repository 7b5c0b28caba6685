"""A list over the reader to pick an item from: `enter` jumps to it, `esc` goes back."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..keys import RELATED, bindings
from ..widgets.item_list import KeyList


def labelled(lead: Text, label: Text) -> Table:
    """A row whose label wraps under itself, beside its lead, not back to the row's start."""
    row = Table.grid(padding=(0, 1, 0, 0))
    row.add_column(width=lead.cell_len, no_wrap=True)
    row.add_column(ratio=1, overflow="fold")
    row.add_row(lead, label)
    return row


class PickScreen(ModalScreen[str | None]):
    """Rows are (prompt, item id); a row without an id is shown but cannot be picked."""

    BINDINGS = bindings(RELATED)

    def __init__(self, title: Text, rows: list[tuple[Text | Table, str | None]],
                 empty: str) -> None:
        super().__init__()
        self.title_text, self.rows, self.empty = title, rows, empty

    def compose(self) -> ComposeResult:
        options = [Option(prompt, id=ident, disabled=ident is None)
                   for prompt, ident in self.rows]
        picks = KeyList(*options, id="related")
        picks.border_title = self.title_text  # Text: the item's own words are not markup
        picks.border_subtitle = "enter jump · esc back"
        if not options:
            picks.add_option(Option(Text(self.empty, style="dim"), disabled=True))
        yield picks

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_current:
            self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        if self.is_current:  # a second esc typed ahead must not close what lies beneath
            self.dismiss(None)

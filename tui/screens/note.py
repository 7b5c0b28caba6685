"""`a`: a private note on the current item; `esc` saves it, and an empty note is deleted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import TextArea

from model import Item

from ..keys import NOTE, bindings
from ..render.text import literal


class NoteScreen(ModalScreen[str | None]):
    BINDINGS = bindings(NOTE)

    def __init__(self, item: Item, text: str) -> None:
        super().__init__()
        self.item, self.text = item, text

    def compose(self) -> ComposeResult:
        area = TextArea(self.text, id="note", soft_wrap=True, show_line_numbers=False)
        area.border_title = Text.assemble("Note on ", literal(self.item.label))
        area.border_subtitle = "esc save · empty: deleted"
        yield area

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        if self.is_current:
            self.dismiss(self.query_one(TextArea).text)

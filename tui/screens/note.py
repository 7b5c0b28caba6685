"""`a`: a private note on the current item; `esc` saves it, and an empty note is deleted."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import TextArea

from model import Item
from model.reading import NOTE_LIMIT

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
        yield area

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        self.count()

    def on_text_area_changed(self) -> None:
        self.count()

    def count(self) -> None:
        area = self.query_one(TextArea)
        size = len(area.text)
        over = f" · {size - NOTE_LIMIT:,} too many" if size > NOTE_LIMIT else ""
        area.border_subtitle = (f"{size:,}/{NOTE_LIMIT:,}{over} · esc save · empty: deleted")

    def action_save(self) -> None:
        if not self.is_current:
            return
        text = self.query_one(TextArea).text
        if len(text) > NOTE_LIMIT:  # kept open: what was typed is not lost, only trimmed
            self.notify(f"A note holds at most {NOTE_LIMIT:,} characters: this one has "
                        f"{len(text):,}.", severity="error", markup=False)
            return
        self.dismiss(text)

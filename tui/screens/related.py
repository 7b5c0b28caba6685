"""`r`: everything linked to the current item; `enter` jumps there, `esc` goes back."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from model import Briefing, Item

from ..render.text import literal
from .pick import PickScreen, labelled


class RelatedScreen(PickScreen):
    def __init__(self, briefing: Briefing, item: Item) -> None:
        self.links = briefing.links(item.id)
        width = max((len(how) for how, _ in self.links), default=0)
        rows: list[tuple[Text | Table, str | None]] = [
            (labelled(Text(f"{how:<{width}}", style="dim"), literal(other.label)), other.id)
            for how, other in self.links]
        super().__init__(Text.assemble("Related to ", literal(item.label)), rows,
                         "Nothing is linked to this item.")

"""`r`: everything linked to the current item; `enter` jumps there, `esc` goes back."""

from __future__ import annotations

from rich.text import Text

from model import Briefing, Item

from ..render.text import literal
from .pick import PickScreen


class RelatedScreen(PickScreen):
    def __init__(self, briefing: Briefing, item: Item) -> None:
        self.links = briefing.links(item.id)
        rows: list[tuple[Text, str | None]] = []
        for how, other in self.links:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(f"{how:<17}", style="dim")
            prompt.append_text(literal(other.label))
            rows.append((prompt, other.id))
        super().__init__(Text.assemble("Related to ", literal(item.label)), rows,
                         "Nothing is linked to this item.")

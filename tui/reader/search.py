"""A search over the panes: its query, the rows it hits in reading order, and which hit is
current."""

from __future__ import annotations

from collections.abc import Callable

from model import Briefing, Item
from model.search import SearchIndex

from .panes import pane_of

Place = tuple[str, str]  # (pane, row id)


class Search:
    def __init__(self, briefing: Briefing, index: SearchIndex) -> None:
        self.briefing = briefing
        self.index = index
        self.text = ""
        self.hits: list[Place] = []
        self.current = -1
        self.places: dict[str, Place] = {}
        self.by_pane: dict[str, list[str]] = {}  # rows hit in each pane, in reading order
        self.notes: dict[str, str] = {}  # the reader's own notes, by item id: found too

    def find(self, text: str, shown: Callable[[Place], bool]) -> None:
        """Search for `text` among the rows for which `shown` is true."""
        self.text = text
        found = self.index.items(text) if text else []
        if text and self.notes:
            folded = text.casefold()
            found += [self.briefing.item(ident) for ident, note in self.notes.items()
                      if folded in note.casefold()]
        places = dict.fromkeys(self.place(item) for item in found)
        hits = [place for place in places if shown(place)]
        self.hits = sorted(hits, key=lambda place: self.briefing.item(place[1]).order)
        self.by_pane = {}
        for pane, row in self.hits:
            self.by_pane.setdefault(pane, []).append(row)
        self.current = -1

    def place(self, item: Item) -> Place:
        """The pane and row that show an item, remembered: a keystroke may find thousands."""
        place = self.places.get(item.id)
        if place is None:
            place = self.places[item.id] = pane_of(self.briefing, item)
        return place

    def rows_hit(self, pane: str) -> list[str]:
        return self.by_pane.get(pane, [])

    def step(self, step: int) -> Place | None:
        """The next (or previous) hit, round the end; None when there is none."""
        if not self.hits:
            return None
        if self.current >= 0 or step > 0:
            self.current = (self.current + step) % len(self.hits)
        else:
            self.current = len(self.hits) - 1
        return self.hits[self.current]

    @property
    def count(self) -> str:
        if not self.text:
            return ""
        if not self.hits:
            return "no hits"
        if self.current < 0:
            return f"{len(self.hits)} hit{'s' * (len(self.hits) != 1)}"
        return f"{self.current + 1} of {len(self.hits)}"

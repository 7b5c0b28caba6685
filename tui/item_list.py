"""One pane: a virtual list of items (an OptionList, so no widget is mounted per row)."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from model import Item

from .rows import prompt


class KeyList(OptionList):
    """An OptionList that also moves with j, k, g and G."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page-down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page-up"),
        Binding("enter", "select", "Open", id="list.open"),
    ]

    # OptionList repaints itself whole, border and all, when the highlight moves; over a slow
    # link that is a screenful per key. Only the two rows that change are redrawn here.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(new)
        for index in (old, new):
            if index is not None and index in self._index_to_line:
                self.refresh_lines(self._index_to_line[index], self._heights[index])


class ItemList(KeyList):
    """A pane of the reader; its rows are items of the briefing."""

    def __init__(self, pane: str, number: int, title: str) -> None:
        super().__init__(id=pane)
        self.pane = pane
        self.number = number
        self.title = title
        self.items: list[Item] = []
        self.hits: set[str] = set()
        self.search_text = ""

    def fill(self, items: list[Item], keep: str | None = None) -> None:
        """Show `items`, keeping the row with id `keep` (or the current one) highlighted."""
        keep = keep or self.current_id
        self.items = items
        self.set_options(self._option(item) for item in items)
        ids = [item.id for item in items]
        self.highlighted = ids.index(keep) if keep in ids else (0 if items else None)
        self.border_title = f"{self.number} {self.title} ({len(items)})"

    def _option(self, item: Item) -> Option:
        return Option(self._prompt(item, item.id in self.hits), id=item.id)

    def _prompt(self, item: Item, hit: bool) -> Text:
        return prompt(item, self.search_text, hit, color=not self.app.no_color)

    def show_hits(self, hits: set[str], query: str) -> None:
        """Re-draw only the rows whose marking changes."""
        changed = (hits ^ self.hits) if query == self.search_text else (hits | self.hits)
        self.hits, self.search_text = hits, query
        for index, item in enumerate(self.items):
            if item.id in changed:
                self.replace_option_prompt_at_index(index, self._prompt(item, item.id in hits))
        hit_count = sum(1 for item in self.items if item.id in hits)
        plural = "s" if hit_count != 1 else ""
        self.border_subtitle = f"{hit_count} hit{plural}" if query and hit_count else ""

    @property
    def current(self) -> Item | None:
        index = self.highlighted
        return self.items[index] if index is not None and index < len(self.items) else None

    @property
    def current_id(self) -> str | None:
        item = self.current
        return item.id if item else None

    def select_id(self, ident: str) -> bool:
        ids = [item.id for item in self.items]
        if ident not in ids:
            return False
        self.highlighted = ids.index(ident)
        return True

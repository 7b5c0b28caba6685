"""One pane: a virtual list of items (an OptionList, so no widget is mounted per row)."""

from __future__ import annotations

import re
from functools import cached_property

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import OptionList

from model import Item, Kind

from ..keys import LIST, bindings
from ..render.certainty import colors_of
from ..render.rows import prompt
from ..textual_fixes import LazyOption, OneLineOptionList


class KeyList(OptionList):
    """An OptionList that also moves with j, k, g and G."""

    BINDINGS = bindings(LIST)


class _Row(LazyOption):
    """An option drawn only when it is on screen, and drawn again only when its look changes:
    a pane of 100,000 items draws a screenful of prompts, and a keystroke redraws only the
    rows it marks or unmarks."""

    def __init__(self, item: Item, pane: ItemList) -> None:
        super().__init__("", id=item.id)
        self.item = item
        self.pane = pane

    @cached_property
    def plain(self) -> str:
        return prompt(self.item).plain

    def look(self) -> tuple[bool, str, bool, str | None, bool]:
        """What the drawing depends on: is the row a hit, which query does it show marked, is
        it pinned, is it new or changed, and is it under the cursor."""
        pane = self.pane
        marked = pane.search_text if pane.pattern and pane.pattern.search(self.plain) else ""
        ident = self.item.id
        cursor = pane.current_id == ident
        return ident in pane.hits, marked, ident in pane.pinned, pane.flag(ident), cursor

    def draw(self) -> Text:
        # LazyOption.prompt has just stored look() in self.drawn: not searched for again
        return self.pane.draw(self.item, cursor=self.drawn[-1])


class _Empty(LazyOption):
    """The line an empty pane shows, so that it reads as empty and not as still loading."""

    def __init__(self, words: str) -> None:
        super().__init__("", disabled=True)
        self.words = words

    def look(self) -> str:
        return self.words

    def draw(self) -> Text:
        return Text(f" {self.words}", style="dim italic")  # under the rows' marks column


class ItemList(OneLineOptionList, KeyList):
    """A pane of the reader; its rows are items of the briefing."""

    # OptionList repaints itself whole, border and all, when the highlight moves; over a slow
    # link that is a screenful per key. Only the two rows that change are redrawn here.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, pane: str, number: int, title: str) -> None:
        super().__init__(id=pane)
        self.pane = pane
        self.number = number
        self.title = title
        self.items: list[Item] = []
        self.shown: set[str] = set()
        self.hits: set[str] = set()
        self.search_text = ""
        self.pattern: re.Pattern[str] | None = None
        self.pinned: set[str] = set()  # row ids
        self.flags: dict[str, str] = {}  # row id to "new" or "changed", since last read

    def on_resize(self) -> None:
        # Wide, panes change height as focus moves between them: the current row stays in view.
        self.call_after_refresh(self.scroll_to_highlight)

    def scroll_to_highlight(self, top: bool = False) -> None:
        # Hidden (a view open in the panes' place, another tab), a list has no height: scrolled
        # to its row then, the row would be its top when shown, the rows above it hidden.
        # Shown again, it scrolls to its row (OptionList.on_show and on_resize above).
        if self.scrollable_content_region.height:
            super().scroll_to_highlight(top)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.items) if action == "select" else True

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(new)
        for index in (old, new):
            if index is not None:
                self.refresh_option(index)

    def fill(self, items: list[Item], hidden: bool = False) -> None:
        """Show `items`, keeping the current row highlighted, by id; `hidden` when there are
        none because a filter of certainty hid them all."""
        keep, row = self.current_id, self.highlighted or 0
        self.items = items
        if items:
            self.set_options(_Row(item, self) for item in items)
        else:
            what = "at this certainty: ctrl+p, Show all items" if hidden else "in this briefing"
            self.set_options([_Empty(f"No {self.title.lower()} {what}")])
        self.shown = {item.id for item in items}
        if not (keep and self.select_id(keep)):  # gone: the row that took its place
            self.highlighted = min(row, len(items) - 1) if items else None
        # the plant's pane holds the plant and its facts: it counts the facts, as its view does
        count: int | str = len(items)
        if self.pane == "plant":
            facts = sum(1 for item in items if item.kind is Kind.fact)
            count = f"{facts} fact{'s' * (facts != 1)}"
        self.border_title = f"{self.number} {self.title} ({count})"

    def flag(self, ident: str) -> str | None:
        return self.flags.get(ident, "") if self.flags else None

    def draw(self, item: Item, cursor: bool = False) -> Text:
        return prompt(item, self.search_text, item.id in self.hits, colors_of(self.app),
                      pinned=item.id in self.pinned, flag=self.flag(item.id), cursor=cursor)

    def show_marks(self, pinned: set[str], flags: dict[str, str]) -> None:
        """Mark the rows pinned and those new or changed since the story was last read."""
        self.pinned, self.flags = pinned & self.shown, flags
        self.forget_rows(lambda row: row.drawn != row.look())

    def show_hits(self, rows: list[str], query: str) -> None:
        """Mark the rows that match, `rows` in reading order. Rows drawn before and now changed
        are forgotten and, when on screen, redrawn; the rest are drawn when they come into
        view."""
        hits = set(rows)
        if hits == self.hits and query == self.search_text:
            return
        self.hits, self.search_text = hits, query
        self.pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        self.forget_rows(lambda row: row.drawn != row.look())
        if rows:  # the first hit in view, as it is typed; the cursor stays where it is
            first = self.get_option_index(rows[0])
            top = round(self.scroll_y)
            if not top <= first < top + self.scrollable_content_region.height:
                self.scroll_to(y=max(first - 1, 0), animate=False)
        plural = "s" if len(hits) != 1 else ""
        self.border_subtitle = f"{len(hits)} hit{plural}" if query and hits else ""

    @property
    def current(self) -> Item | None:
        index = self.highlighted
        return self.items[index] if index is not None and index < len(self.items) else None

    @property
    def current_id(self) -> str | None:
        item = self.current
        return item.id if item else None

    def select_id(self, ident: str) -> bool:
        if ident not in self.shown:
            return False
        self.highlighted = self.get_option_index(ident)  # OptionList's own map from ids
        return True

"""One pane: a virtual list of items (an OptionList, so no widget is mounted per row)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property

from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.geometry import Size
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


class _Lines(Sequence[tuple[int, int]]):
    """OptionList's list of (option, line) when every option is one line: no tuple stored."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, line: int) -> tuple[int, int]:  # type: ignore[override]
        index = line + self.count if line < 0 else line
        if not 0 <= index < self.count:
            raise IndexError(line)
        return index, 0

    def clear(self) -> None:
        self.count = 0


class _OneLine(Mapping[int, int]):
    """OptionList's per-option heights or first lines when every option is one line."""

    def __init__(self, count: int, value: Callable[[int], int]) -> None:
        self.count = count
        self.value = value

    def __getitem__(self, index: int) -> int:
        if not (isinstance(index, int) and 0 <= index < self.count):
            raise KeyError(index)
        return self.value(index)

    def __iter__(self) -> Iterator[int]:
        return iter(range(self.count))

    def __len__(self) -> int:
        return self.count

    def clear(self) -> None:
        self.count = 0


class _Row(Option):
    """An option drawn only when it is on screen, and drawn again only when its look changes:
    a pane of 100,000 items draws a screenful of prompts, and a keystroke redraws only the
    rows it marks or unmarks."""

    def __init__(self, item: Item, pane: ItemList) -> None:
        super().__init__("", id=item.id)
        self.item = item
        self.pane = pane
        self.drawn: tuple[bool, str] | None = None

    @cached_property
    def plain(self) -> str:
        return prompt(self.item).plain

    def look(self) -> tuple[bool, str]:
        """What the drawing depends on: is the row a hit, and which query does it show marked."""
        pane = self.pane
        marked = pane.search_text if pane.pattern and pane.pattern.search(self.plain) else ""
        return self.item.id in pane.hits, marked

    @property
    def prompt(self) -> Text:
        if self.drawn != (look := self.look()):
            self.drawn = look
            self._prompt = self.pane.draw(self.item)
            self.__dict__["_visual"] = None
        return self._prompt

    @property
    def _visual(self):  # noqa: ANN202
        return self.__dict__["_visual"] if self.drawn == self.look() else None

    @_visual.setter
    def _visual(self, visual) -> None:  # noqa: ANN001
        self.__dict__["_visual"] = visual


class ItemList(KeyList):
    """A pane of the reader; its rows are items of the briefing."""

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
        self.drawn_width = 0  # the width of the rows in OptionList's cache of drawn rows

    def fill(self, items: list[Item], keep: str | None = None) -> None:
        """Show `items`, keeping the row with id `keep` (or the current one) highlighted."""
        keep = keep or self.current_id
        self.items = items
        self.set_options(_Row(item, self) for item in items)
        self.shown = {item.id for item in items}
        if not (keep and self.select_id(keep)):
            self.highlighted = 0 if items else None
        self.border_title = f"{self.number} {self.title} ({len(items)})"

    def draw(self, item: Item) -> Text:
        return prompt(item, self.search_text, item.id in self.hits, color=not self.app.no_color)

    def show_hits(self, hits: set[str], query: str) -> None:
        """Mark the rows that match. Rows drawn before and now changed are forgotten and, when
        on screen, redrawn; the rest are drawn when they come into view."""
        if hits == self.hits and query == self.search_text:
            return
        self.hits, self.search_text = hits, query
        self.pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        cache = self._option_render_cache
        for key in list(cache.keys()):
            row = key[0]
            if row.drawn != row.look():
                cache.discard(key)
                self.refresh_lines(self._option_to_index[row])
        plural = "s" if len(hits) != 1 else ""
        self.border_subtitle = f"{len(hits)} hit{plural}" if query and hits else ""

    # Every row is one line (prompts do not wrap), so the list is measured without drawing a
    # single prompt; OptionList would draw them all to learn their heights.
    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        cache = self._line_cache
        count = len(self.options)
        if len(cache.lines) != count:
            cache.lines = _Lines(count)
            cache.heights = _OneLine(count, lambda _: 1)
            cache.index_to_line = _OneLine(count, lambda index: index)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if width != self.drawn_width:  # the rows drawn so far were drawn to another width
            self._option_render_cache.clear()
            self.drawn_width = width
        if self.virtual_size != (size := Size(width, count)):
            self.virtual_size = size
            self._scroll_update(size)

    def _on_resize(self, event: Resize) -> None:
        # OptionList forgets every drawn row on any resize, and repaints the pane. Rows are
        # forgotten above when the width changes, and a new size repaints the pane anyway:
        # without this each pane was sent twice at start, as it learned its size just after
        # its first frame.
        event.prevent_default()  # OptionList's own handler, next in line, is not called

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.options)

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

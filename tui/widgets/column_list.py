"""A list of rows in columns, with its heading line: the library's stories, a story's versions.

The rows are drawn to the list's width, so they are drawn again when it changes; the heading,
a Static of its own above the list, is drawn to the same width and so lines up.
"""

from __future__ import annotations

from rich.text import Text
from textual.events import Resize
from textual.widgets import Static
from textual.widgets.option_list import Option

from ..render.library import Column, Row, heading, line
from .item_list import KeyList


class ColumnList(KeyList):
    def __init__(self, first: str, columns: tuple[Column, ...], *, id: str) -> None:
        super().__init__(id=id)
        self.first = first  # the title column's heading
        self.columns = columns
        self.rows: list[Row] = []
        self.empty = ""  # what the list says when it has no rows
        self.heading = Static(classes="column-heading")
        self.drawn_width = 0

    @property
    def width_for_rows(self) -> int:
        return self.scrollable_content_region.width

    def show(self, rows: list[Row], empty: str = "", keep: bool = True) -> None:
        """Show `rows`, the highlighted row kept (by id) if it is still among them and `keep`,
        else the first."""
        self.rows = rows
        self.empty = empty
        if not keep:
            self.highlighted = None
        self.draw()

    def draw(self) -> None:
        width = self.width_for_rows
        if width <= 0:  # not laid out (yet, or for a moment): drawn when it is
            self.drawn_width = 0
            return
        self.drawn_width = width
        kept = self.highlighted_option.id if self.highlighted_option is not None else None
        self.heading.update(heading(self.first, width, self.columns))
        options = [Option(line(row, width, self.columns), id=row.id) for row in self.rows]
        if not options and self.empty:
            options = [Option(Text(self.empty, style="dim"), disabled=True)]
        self.set_options(options)
        ids = [row.id for row in self.rows]
        if ids:
            self.highlighted = ids.index(kept) if kept in ids else 0

    def on_resize(self, event: Resize) -> None:
        if self.width_for_rows != self.drawn_width:
            self.draw()

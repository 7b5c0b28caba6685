"""The current item in full: text, certainty and cues, every quote, and its links."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from model import Briefing, Item
from model.fields import fields
from model.filters import Filter

from ..render.certainty import colors_of
from ..render.item import item_body
from ..render.text import literal
from .detail_pane import DetailPane


class ItemView(DetailPane):
    def __init__(self, briefing: Briefing, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.briefing = briefing
        self.body = Static(id="item-body")
        self.item: Item | None = None
        self.shown: tuple[str, Filter | None] = ("", None)
        self.notes: dict[str, str] = {}  # the reader's notes, by item id
        self.fact: str | None = None  # a fact jumped to: marked, and scrolled into view
        self.drawn: str | None = None  # the id of the item drawn last

    def compose(self):  # noqa: ANN201
        yield self.body

    def show(self, item: Item | None, query: str = "", only: Filter | None = None,
             notes: dict[str, str] | None = None) -> None:
        if item is None or self.item is None or item.id != self.item.id:
            self.fact = None
        self.item, self.shown, self.notes = item, (query, only), notes or {}
        self.request_redraw()

    def mark_fact(self, ident: str | None) -> None:
        self.fact = ident
        self.request_redraw()

    def from_top(self) -> None:
        """Show the item from its name down, no fact marked."""
        if self.fact is not None:
            self.mark_fact(None)
        self.scroll_home(animate=False)

    def redraw(self) -> None:
        self.stale = False
        item, (query, only) = self.item, self.shown
        drawn, self.drawn = self.drawn, item.id if item else None
        if item is None:
            self.body.update(Text("Nothing here.", style="dim"))
            self.border_title = "Item"
            return
        walked = fields(self.briefing, item)
        title = Text(walked.kind_name)  # a str would be parsed as markup
        if item.parent is not None:
            title.append(" of ")
            title.append_text(literal(self.briefing.item(item.parent).label))
        self.border_title = title
        body, starts = item_body(walked, query, only, colors_of(self.app), self.fact,
                                 self.notes)
        self.body.update(Group(*body))
        if self.fact in starts:
            self.call_after_refresh(self.scroll_to_line, Group(*body[: starts[self.fact]]))
        elif item.id != drawn:  # the same item drawn again (a search, a save) stays in place
            self.scroll_home(animate=False)

    def scroll_to_line(self, before: Group) -> None:
        """Scroll so that what follows `before` is at the top, a line below the title."""
        width = self.body.content_region.width or self.size.width
        lines = self.app.console.render_lines(before, self.app.console.options.update_width(
            max(width, 1)), pad=False)
        self.scroll_to(y=max(len(lines) - 1, 0), animate=False)

"""The search line opened by `/`: type to find, with a count of hits."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input, Label


class Count(Widget):
    """The hit count. Its width is fixed in the stylesheet, so a new count repaints this one
    cell alone; a Label would lay out the whole screen again on every keystroke."""

    text: reactive[str] = reactive("", layout=False)

    def update(self, text: str) -> None:
        self.text = text

    def render(self) -> Text:
        return Text(self.text, no_wrap=True, overflow="ellipsis")


class SearchBar(Horizontal):
    def __init__(self) -> None:
        super().__init__(id="search-bar")
        self.input = Input(placeholder="search names, ids, facts, quotes, source", id="search")
        self.count = Count(id="search-count")

    def compose(self):  # noqa: ANN201
        yield Label("/", id="search-slash")
        yield self.input
        yield self.count

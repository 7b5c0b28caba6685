"""The search line opened by `/`: type to find, with a count of hits."""

from __future__ import annotations

from textual.containers import Horizontal
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    def __init__(self) -> None:
        super().__init__(id="search-bar")
        self.input = Input(placeholder="search names, ids, facts, quotes, source", id="search")
        self.count = Label("", id="search-count")

    def compose(self):  # noqa: ANN201
        yield Label("/", id="search-slash")
        yield self.input
        yield self.count

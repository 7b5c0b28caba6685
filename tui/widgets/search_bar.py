"""The search line opened by `/`: type to find, with a count of hits."""

from __future__ import annotations

from typing import Self

from rich.text import Text
from textual.containers import Horizontal
from textual.geometry import Region
from textual.reactive import reactive
from textual.signal import Signal
from textual.widget import Widget
from textual.widgets import Input, Label

from ..keys import SEARCH, bindings


class Count(Widget):
    """The hit count. Its width is fixed in the stylesheet, so a new count repaints this one
    cell alone; a Label would lay out the whole screen again on every keystroke."""

    text: reactive[str] = reactive("", layout=False)

    def update(self, text: str) -> None:
        self.text = text

    def render(self) -> Text:
        return Text(self.text, no_wrap=True, overflow="ellipsis")


class SearchField(Input):
    """The search input. Whoever follows it subscribes to its `typed` signal, which Textual
    delivers at once: Input.Changed, a message, bubbles through the field and the bar, a queue
    each, and came a frame after the typed character, so every key cost a second frame."""

    BINDINGS = bindings(SEARCH)

    def __init__(self) -> None:
        # Selecting on focus would come after keys typed ahead are put in, and the next key
        # would replace them: the screen selects an old query itself when "/" reopens it.
        super().__init__(placeholder="search names, ids, facts, quotes, source", id="search",
                         select_on_focus=False)
        self.typed: Signal[str] = Signal(self, "typed")

    def watch_value(self, value: str) -> None:
        self.typed.publish(value)

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> Self:
        # Input asks for a layout of the whole screen on every key, as its text grows, though
        # the field's width is fixed by the stylesheet; that layout then repaints every pane's
        # scrollbar in a frame of its own. Its own scrolling needs only a repaint.
        return super().refresh(*regions, repaint=repaint, recompose=recompose)


class SearchBar(Horizontal):
    def __init__(self) -> None:
        super().__init__(id="search-bar")
        self.input = SearchField()
        self.count = Count(id="search-count")

    def compose(self):  # noqa: ANN201
        yield Label("/", id="search-slash")
        yield self.input
        yield self.count

"""What the item view and the source view share: scroll keys, and redrawing only when seen."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll

SCROLL_BINDINGS = [
    Binding("j", "scroll_down", "Down", show=False, id="scroll.down"),
    Binding("k", "scroll_up", "Up", show=False, id="scroll.up"),
    Binding("g", "scroll_home", "Top", show=False, id="scroll.top"),
    Binding("G", "scroll_end", "Bottom", show=False, id="scroll.bottom"),
]


class DetailPane(VerticalScroll):
    """A scrolling pane that every cursor move asks to redraw. Hidden, it only notes that it is
    stale and redraws when next shown: a redraw it cannot show still repaints the screen."""

    BINDINGS = SCROLL_BINDINGS

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.stale = True

    def request_redraw(self) -> None:
        self.stale = True
        if self.is_on_screen:
            self.redraw()

    def on_show(self) -> None:
        if self.stale:
            self.redraw()

    def redraw(self) -> None:
        raise NotImplementedError

"""What the item view and the source view share: scroll keys, and redrawing only when seen."""

from __future__ import annotations

from textual.containers import VerticalScroll

from ..keys import SCROLL, bindings


class DetailPane(VerticalScroll):
    """A scrolling pane that every cursor move asks to redraw. Hidden, it only notes that it is
    stale and redraws when next shown: a redraw it cannot show still repaints the screen."""

    BINDINGS = bindings(SCROLL)
    ALLOW_MAXIMIZE = True  # a container, which Textual would not maximize by default

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

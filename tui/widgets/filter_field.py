"""The library's filter line, opened by `/`: the list narrows as you type."""

from __future__ import annotations

from textual.widgets import Input

from ..keys import FILTER, bindings


class FilterField(Input):
    BINDINGS = bindings(FILTER)  # enter: Input's own submit, under an id a keymap can name

    def __init__(self) -> None:
        super().__init__(placeholder="filter: title, id or file name", id="library-filter")

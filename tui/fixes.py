"""Work-arounds for Textual bugs the reader meets; each says what it prevents."""

from textual.widgets import OptionList

_move_page = OptionList._move_page


def _page_when_measured(self: OptionList, direction: int) -> None:
    # Textual 8.2: pgup/pgdn before a list has measured its lines raises KeyError. Keys typed
    # ahead of a list that has just opened (the command palette, over SSH) do exactly that.
    if (self.highlighted or 0) in self._index_to_line:
        _move_page(self, direction)


OptionList._move_page = _page_when_measured


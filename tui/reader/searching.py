"""Searching as you type: the search line, its hits across the panes, `n` and `N`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import Key
from textual.widgets import Input

from ..widgets.footer import Footer

if TYPE_CHECKING:
    from .screen import ReaderScreen


class Searching:
    """Mixed into ReaderScreen: the search line and its hits."""

    @property
    def searching(self: ReaderScreen) -> bool:
        return self.search_bar.is_mounted and self.search_bar.display

    async def action_search(self: ReaderScreen) -> None:
        if not self.search_bar.is_mounted:
            await self.mount(self.search_bar, before=self.query_one(Footer))
            self.search_bar.input.typed.subscribe(self, self.searched, immediate=True)
        self.search_bar.display = True
        self.history.step("search")
        field = self.search_bar.input
        self.set_focus(field)
        field.select_all()  # what is typed next replaces an old query
        if self.typed_ahead:
            field.replace("".join(self.typed_ahead), 0, len(field.value))
        self.typed_ahead = None

    def on_key(self: ReaderScreen, event: Key) -> None:
        # Keys typed ahead ("/mih" arriving in one read over SSH) all reach the pane that had
        # focus before "/" runs its action: keep them for the search line.
        field = self.search_bar.input
        if event.is_printable and event.character and self.focused is not field:
            if self.typed_ahead is not None:
                self.typed_ahead.append(event.character)
                event.stop()
                return
            active = self.active_bindings.get(event.key)
            if active is not None and active.binding.action == "search":
                self.typed_ahead = []
        elif event.is_printable and event.character and self.focused is field:
            field.insert_text_at_cursor(event.character)
            event.stop()

    def searched(self: ReaderScreen, text: str) -> None:
        if bool(text) != bool(self.search.text):
            self.refresh_bindings()  # n and N join or leave the footer
        self.search.find(text, self.is_shown)
        self.show_hits()
        self.show_current()

    def is_shown(self: ReaderScreen, place: tuple[str, str]) -> bool:
        pane, row = place
        return row in self.lists[pane].shown

    def on_input_submitted(self: ReaderScreen, event: Input.Submitted) -> None:
        if event.input.id != "search":
            return
        if self.search.hits:
            self.search.current = -1
            self.action_hit(1, remember=True)
        else:
            self.action_focus_pane(self.pane)

    def show_hits(self: ReaderScreen) -> None:
        for pane, widget in self.lists.items():
            widget.show_hits(self.search.rows_hit(pane), self.search.text)
        self.update_count()

    def update_count(self: ReaderScreen) -> None:
        if self.search_bar.is_mounted:
            self.search_bar.count.update(self.search.count)

    def action_hit(self: ReaderScreen, step: int, remember: bool = False) -> None:
        place = self.search.step(step)
        if place is None:
            if self.search.text:
                self.notify("No hits", timeout=2, markup=False)
            return
        self.jump_to(place[1], remember=remember)
        self.update_count()

    def clear_search(self: ReaderScreen) -> None:
        if self.search_bar.is_mounted:
            self.search_bar.display = False
            self.search_bar.input.value = ""  # the field signals, once, if it changed
        if self.focused is None or self.focused is self.search_bar.input:
            self.set_focus(self.current_list)

"""Jumps between items and the way back: the reader screen's part that moves the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from model import Kind, one_line
from model.filters import EVERYTHING

from .history import Place, Step
from .panes import pane_of

if TYPE_CHECKING:
    from .screen import ReaderScreen


class Navigation:
    """Mixed into ReaderScreen: jumping, `esc`, and back and forward through jumps."""

    @property
    def reading(self: ReaderScreen) -> str:
        """The view being read ("item" or "source"), or "" when it is the panes."""
        if self.has_class("-detail") or self.focused in (self.item_view, self.source_view):
            return self.detail.current
        return ""

    @property
    def here(self: ReaderScreen) -> Place:
        return self.pane, self.current_list.current_id or "", self.reading

    def jump_to(self: ReaderScreen, ident: str, remember: bool = True) -> None:
        """Select the row that shows item `ident`, remembering where we were. Jumped to from an
        open item, it opens in that item's place. A party's fact shows in its party's row: the
        party opens with the fact marked and in view."""
        try:
            item = self.briefing.item(ident)
        except KeyError:  # chosen from a list drawn before the briefing was saved without it
            self.notify("That item is no longer in the briefing.", markup=False)
            return
        pane, row = pane_of(self.briefing, item)
        fact = item.kind is Kind.fact and row != ident
        reading = self.reading
        there = (pane, row, "item" if fact else reading)
        if remember and self.current_list.current_id is not None:
            self.history.remember(self.here, there)
        self.go(there)
        if fact:
            self.item_view.mark_fact(ident)
        if there[2] and not reading:  # a view this jump opened: esc closes it first
            self.history.step("view")

    def go(self: ReaderScreen, place: Place) -> None:
        """Show `place`: its pane and row, and its view open or the pane focused. The pane is
        chosen before anything takes focus, so that focus lands once, where it stays."""
        pane, row, view = place
        widget = self.lists[pane]
        if not widget.select_id(row):
            self.set_filter(EVERYTHING)
            widget.select_id(row)
        self.select_pane(pane)  # shows its row's item in the views at once
        if view:
            self.call_later(self.open_view, view)
        else:
            self.close_detail()
            self.set_focus(widget)

    async def open_view(self: ReaderScreen, view: str) -> None:
        await self.open_detail(view)
        if view == "source":
            self.set_focus(self.source_view)
            self.call_after_refresh(self.source_view.appeared)
        else:
            self.set_focus(self.item_view)

    def action_related(self: ReaderScreen) -> None:
        from ..screens.related import RelatedScreen

        item = self.current_item
        if item is None:
            return

        def chosen(ident: str | None) -> None:
            if ident:
                self.jump_to(ident)

        self.app.push_screen(RelatedScreen(self.briefing, item), chosen)

    def action_bluf(self: ReaderScreen) -> None:
        self.toggle_class("-bluf-open")
        self.call_after_refresh(self.status_update)

    def action_history(self: ReaderScreen, step: int) -> None:
        place = self.history.back(self.here) if step < 0 else self.history.forward(self.here)
        if place is not None:
            self.go(place)

    def applies(self: ReaderScreen, kind: Step) -> bool:
        if kind == "search":
            return self.searching or bool(self.search.text)
        if kind == "view":
            return bool(self.reading)
        return bool(self.history.behind)

    def action_back(self: ReaderScreen) -> None:
        kind = self.history.undo(self.applies)
        if kind == "jump":
            self.action_history(-1)
        elif kind == "view":
            self.close_detail()
        elif kind == "search" or self.searching or self.search.text:
            self.clear_search()
        elif not self.close_detail() and self.app.folder is not None:
            self.app.pop_screen()  # nothing left to undo: back to the library

    def check_action(self: ReaderScreen, action: str, parameters: tuple[object, ...]
                     ) -> bool | None:
        """Keys that do nothing now are left out of the footer."""
        if action == "hit":
            return bool(self.search.text)
        if action == "back":
            return (any(self.applies(kind) for kind in ("search", "view", "jump"))
                    or self.app.folder is not None)
        if action in ("related", "copy"):
            return self.current_item is not None
        if action == "edit":  # a reader on a server must not start programs there
            return not self.app.served
        return True

    def action_copy(self: ReaderScreen) -> None:
        from model.export import item_as_text

        item = self.current_item
        if item is None:
            return
        self.app.copy_to_clipboard(item_as_text(self.briefing, item))
        quotes = len(item.evidence) + sum(len(f.evidence) for f in item.facts)
        name = one_line(item.label)
        name = name if len(name) <= 60 else name[:59] + "…"
        self.notify(f"Copied “{name}” with {quotes} quote{'s' * (quotes != 1)}", timeout=3,
                    markup=False)

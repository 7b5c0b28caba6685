"""What the reader keeps of each story: what was new since it was last read, pins and notes,
in the reading state (SQLite) when there is one."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from model import Briefing, Kind, one_line
from model.reading import NoteTooLong, ReadingState
from model.since import Print, Seen, Since, prints

if TYPE_CHECKING:
    from .screen import ReaderScreen


def compare(briefing: Briefing, state: ReadingState) -> tuple[list[Print], Since, float | None]:
    """The briefing against what was shown of its story before, which it then becomes. Run in
    a thread: a large briefing takes a while."""
    story = briefing.file.id
    current = prints(briefing)
    last = state.last_read(story)
    since = state.read(briefing, current)  # recorded unless an older version than the last
    return current, since, last


class Reading:
    """Mixed into ReaderScreen: new and changed marks, `c`, `m` and `a`."""

    since: Since | None = None
    last_read: float | None = None
    keys: dict[str, str] = {}  # noqa: RUF012  (item id to its key in the reading state)
    pinned: set[str] = set()  # noqa: RUF012  (keys)
    notes: dict[str, str] = {}  # noqa: RUF012  (key to note)

    @property
    def state(self: ReaderScreen) -> ReadingState | None:
        return self.app.state

    async def start_reading(self: ReaderScreen) -> None:
        """Compare with the last read, and mark what is new; again after each reload."""
        state = self.state
        if state is None:
            if self.app.state_reason and not getattr(self, "failure_said", False):
                self.failure_said = True  # said once, on opening
                self.notify(self.app.state_reason, title="Not kept", severity="warning",
                            markup=False)
            return
        briefing = self.briefing
        current, since, last = await asyncio.to_thread(compare, briefing, state)
        if briefing is not self.briefing:  # reloaded meanwhile: that load compares itself
            return
        self.keys = {one.item.id: one.key for one in current}
        self.since, self.last_read = since, last
        story = briefing.file.id
        self.pinned, self.notes = set(state.pins(story)), state.notes(story)
        self.search.notes = self.item_notes()
        self.show_marks()
        self.say_failure()

    def say_failure(self: ReaderScreen) -> None:
        state = self.state
        if state is not None and state.failure and not getattr(self, "failure_said", False):
            self.failure_said = True
            self.notify(state.failure, title="Not saved", severity="warning", markup=False)

    def show_marks(self: ReaderScreen) -> None:
        since = self.since
        flags: dict[str, str] = {}
        if since is not None:
            for ident, seen in since.states.items():
                item = self.briefing.item(ident)
                row = item.parent if item.kind is Kind.fact and self.briefing.item(
                    item.parent).kind is Kind.party else ident
                if seen is Seen.new and row == ident:
                    flags[row] = "new"
                else:
                    flags.setdefault(row, "changed")
        pinned = {ident for ident, key in self.keys.items() if key in self.pinned}
        for widget in self.lists.values():
            widget.show_marks(pinned, flags)
        self.status_update()
        self.show_current()

    @property
    def pinned_ids(self: ReaderScreen) -> list[str]:
        return [ident for ident, key in self.keys.items() if key in self.pinned]

    def unkept(self: ReaderScreen) -> bool:
        if self.state is None:
            self.notify(self.app.state_reason or "Nothing is kept in this session.",
                        markup=False)
            return True
        return self.current_item is None or self.current_item.id not in self.keys

    def action_pin(self: ReaderScreen) -> None:
        if self.unkept():
            return
        item = self.current_item
        key = self.keys[item.id]
        pinned = key not in self.pinned
        self.state.set_pin(self.briefing.file.id, key, pinned)
        (self.pinned.add if pinned else self.pinned.discard)(key)
        self.show_marks()
        self.notify(f"{'Pinned' if pinned else 'Unpinned'}: {one_line(item.label)}", timeout=3,
                    markup=False)

    def action_note(self: ReaderScreen) -> None:
        from ..screens.note import NoteScreen

        if self.unkept():
            return
        item = self.current_item
        key = self.keys[item.id]

        def save(text: str | None) -> None:
            if text is None or text == self.notes.get(key, ""):
                return
            try:
                self.state.set_note(self.briefing.file.id, key, text)
            except NoteTooLong as error:
                self.notify(str(error), severity="error", markup=False)
                return
            if text.strip():
                self.notes[key] = text
            else:
                self.notes.pop(key, None)
            self.search.notes = self.item_notes()
            self.show_current()
            self.say_failure()

        self.app.push_screen(NoteScreen(item, self.notes.get(key, "")), save)

    def item_notes(self: ReaderScreen) -> dict[str, str]:
        return {ident: self.notes[key] for ident, key in self.keys.items() if key in self.notes}

    def action_changes(self: ReaderScreen) -> None:
        from ..screens.changes import ChangesScreen

        def chosen(ident: str | None) -> None:
            if ident:
                self.jump_to(ident)

        self.app.push_screen(ChangesScreen(self.since, self.last_read, self.state is not None),
                             chosen)

"""`briefing read DIR`: the briefings of a folder, one row a story, newest first.

The list is drawn before anything is loaded; a worker thread loads the folder after the first
frame and the rows fill in as it goes, so a library of a hundred briefings opens at once.
Coming back from a briefing loads the folder again (each unchanged file is kept as it was), so
a new version saved meanwhile, or what was just read, shows.
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Key
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList
from textual.worker import get_current_worker

from model import one_line
from model.library import Entry, Scan, Story, load_entry, scan, stories
from model.reading import ReadingState
from model.since import Since, changes_since

from ..keys import LIBRARY, bindings
from ..render.library import COLUMNS, story_row, without
from ..widgets.column_list import ColumnList
from ..widgets.filter_field import FilterField
from ..widgets.footer import Footer
from .versions import VersionsScreen

FILL = 0.1  # seconds between redraws of the list while the folder loads


class LibraryScreen(Screen[None]):
    BINDINGS = bindings(LIBRARY)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.found: Scan | None = None
        self.entries: dict[Path, Entry] = {}
        self.since: dict[Path, Since | None] = {}
        self.stories: list[Story] = []
        self.by_id: dict[str, Story] = {}
        self.progress = 0  # files loaded so far; 0 when done
        self.stale = True  # load the folder when next shown: first, and after a briefing
        self.touched = False  # a key was pressed: the cursor is the reader's, kept by story
        self.typed_ahead: list[str] | None = None  # keys typed after "/", before it ran
        self.list = ColumnList("Story", COLUMNS, id="stories")
        # hidden until "/"; mounted from the start, so keys typed just after "/" reach it
        self.filter = FilterField()
        self.filter.display = False

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Vertical(id="library-box"):
            yield self.list.heading
            yield self.list
        yield self.filter
        yield Footer()

    def on_mount(self) -> None:
        self.title = f"Library: {one_line(self.folder.name or str(self.folder))}"
        if self.reading_state() is None:  # nothing is known of what was read: no New column
            self.list.columns = without(COLUMNS, "New")
        self.box.border_title = "Stories"
        self.list.show([], "Loading…")
        self.list.focus()

    @property
    def box(self) -> Vertical:
        return self.query_one("#library-box", Vertical)

    def on_screen_resume(self) -> None:
        if self.app.screen is not self:  # a version was chosen: its reader is already on top
            return
        self.app.briefing = None  # none is being read: the palette lists no items
        self.app.title = self.title or ""
        if self.stale:  # after this frame is drawn
            self.stale = False
            self.call_after_refresh(self.load)

    # loading ------------------------------------------------------------------------------
    def reading_state(self) -> ReadingState | None:
        state = getattr(self.app, "state", None)  # opened by the read command, if it could be
        return state if isinstance(state, ReadingState) else None

    @work(thread=True, exclusive=True, group="library")
    def load(self) -> None:
        worker = get_current_worker()
        state = self.reading_state()
        found = scan(self.folder)
        entries: dict[Path, Entry] = {}
        since: dict[Path, Since | None] = {}
        drawn = time.monotonic()
        for count, path in enumerate(found.paths, 1):
            if worker.is_cancelled:
                return
            entry = entries[path] = load_entry(path, self.app.limits, self.entries.get(path))
            since[path] = None
            if state is not None and entry.briefing is not None:
                since[path] = changes_since(entry.briefing, state.seen(entry.briefing.file.id))
            if time.monotonic() - drawn >= FILL and count < len(found.paths):
                self.app.call_from_thread(self.fill, found, dict(entries), dict(since), count)
                drawn = time.monotonic()
        if not worker.is_cancelled:
            self.app.call_from_thread(self.fill, found, entries, since, 0)

    def fill(self, found: Scan, entries: dict[Path, Entry], since: dict[Path, Since | None],
             progress: int) -> None:
        self.found, self.entries, self.since, self.progress = found, entries, since, progress
        self.stories = stories(entries.values())
        self.by_id = {story.id: story for story in self.stories}
        self.redraw()

    # drawing ------------------------------------------------------------------------------
    @property
    def filter_text(self) -> str:
        return self.filter.value

    def redraw(self) -> None:
        query = self.filter_text
        shown = [story for story in self.stories if story.matches(query)]
        rows = [story_row(story.id, story.newest, self.since.get(story.newest.path),
                          len(story.versions)) for story in shown]
        # while the first load fills the list the cursor stays on top, unless the reader has
        # moved it: the rows above it are still coming in
        self.list.show(rows, self.empty(), keep=self.touched)
        total = len(self.stories)
        self.box.border_title = (f"Stories ({len(shown)} of {total})" if query
                                  else f"Stories ({total})")
        self.box.border_subtitle = self.status()

    def empty(self) -> str:
        if self.found is None:
            return "Loading…"
        if self.found.problem:
            return f"The folder cannot be read: {one_line(self.found.problem)}"
        if not self.stories:
            return "No briefings (*.yaml, *.yml) in this folder."
        return "No story matches the filter."

    def status(self) -> str:
        found = self.found
        parts = []
        if found is not None and self.progress:
            parts.append(f"loading {self.progress} of {len(found.paths)}")
        broken = sum(entry.briefing is None for entry in self.entries.values())
        if broken:
            parts.append(f"{broken} {'file does' if broken == 1 else 'files do'} not load")
        if found is not None and found.left_out:
            parts.append(f"the newest {len(found.paths):,} files; {found.left_out:,} left out")
        return " · ".join(parts)

    def on_key(self, event: Key) -> None:
        self.touched = True
        # Keys typed ahead ("/mill" arriving in one read over SSH) reach the list before "/"
        # has moved focus to the filter: they are the filter's.
        if not (event.is_printable and event.character):
            return
        if self.focused is self.filter:  # queued for the list, arrived once focus moved
            self.filter.insert_text_at_cursor(event.character)
            event.stop()
        elif self.typed_ahead is not None:
            self.typed_ahead.append(event.character)
            event.stop()
        elif (active := self.active_bindings.get(event.key)) and active.binding.action == "filter":
            self.typed_ahead = []

    # opening ------------------------------------------------------------------------------
    @on(OptionList.OptionSelected, "#stories")
    def _opened(self, event: OptionList.OptionSelected) -> None:
        story = self.by_id.get(event.option.id or "")
        if story is None:
            return
        if len(story.versions) == 1:
            self.open(story.newest)
            return

        def chosen(entry: Entry | None) -> None:
            if entry is not None:
                self.open(entry)

        new = self.reading_state() is not None
        self.app.push_screen(VersionsScreen(story, self.since, new), chosen)

    def open(self, entry: Entry) -> None:
        """The reader on the entry's briefing, as it is on disk now."""
        fresh = load_entry(entry.path, self.app.limits, entry)  # unchanged: nothing is read
        if fresh.briefing is None:
            more = f" (and {fresh.problems - 1} more)" if fresh.problems > 1 else ""
            self.notify(one_line(fresh.error) + more, title="Does not load", severity="error",
                        markup=False)
            return
        self.stale = True
        self.app.open_reader(fresh.briefing)

    # filter -------------------------------------------------------------------------------
    def action_filter(self) -> None:
        self.filter.display = True
        self.set_focus(self.filter)  # at once: the keys typed next are the filter's
        if self.typed_ahead:
            self.filter.insert_text_at_cursor("".join(self.typed_ahead))
        self.typed_ahead = None
        self.refresh_bindings()

    def action_clear_filter(self) -> None:
        self.filter.value = ""
        self.filter.display = False
        self.set_focus(self.list)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.filter.display
        return True

    @on(Input.Changed, "#library-filter")
    def _filtered(self) -> None:
        self.redraw()

    @on(Input.Submitted, "#library-filter")
    def _to_list(self) -> None:
        self.list.focus()

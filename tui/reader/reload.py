"""The reader follows its briefing as it is edited: reload on save, and `e` for the editor."""

from __future__ import annotations

import asyncio
import os
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SuspendNotSupported

from model import Briefing, BriefingError, Limits, default_briefing_path, one_line
from model.cache import open_briefing
from model.places import item_line
from model.search import SearchIndex

from ..widgets.footer import Footer
from .editor import editor_command

if TYPE_CHECKING:
    from .screen import ReaderScreen

POLL = 0.25  # seconds between looks at the files: a save shows within two looks and a load
Signature = tuple[tuple[int, int, int] | None, ...]


def signature(paths: tuple[Path, ...]) -> Signature:
    """What a save changes: time, size and (for an editor that writes a new file and renames
    it over the old) the inode."""
    out: list[tuple[int, int, int] | None] = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:  # gone for a moment, as some editors save
            out.append(None)
        else:
            out.append((info.st_mtime_ns, info.st_size, info.st_ino))
    return tuple(out)


def load(path: Path, limits: Limits) -> tuple[Briefing, SearchIndex] | list[str]:
    """The briefing and its search index, or its problems as PATH:LINE:COL lines. Run in a
    thread: a large briefing takes a while, and the reader keeps answering keys meanwhile."""
    try:
        briefing = open_briefing(path, limits=limits)
    except BriefingError as error:
        return [str(problem) for problem in error.problems]
    index = SearchIndex(briefing)
    index.build()
    return briefing, index


def shipped(briefing: Briefing) -> bool:
    return briefing.path.resolve().parent == default_briefing_path().resolve().parent


class Reloading:
    """Mixed into ReaderScreen: watching the files, reloading, and the editor."""

    watched: Signature = ()
    pending: Signature | None = None
    loading: bool = False

    @property
    def watched_paths(self: ReaderScreen) -> tuple[Path, ...]:
        return self.briefing.path, self.briefing.source_path

    def start_watching(self: ReaderScreen) -> None:
        self.watched = signature(self.watched_paths)
        self.set_interval(POLL, self.look, name="watch")

    async def look(self: ReaderScreen) -> None:
        now = signature(self.watched_paths)
        if self.loading or now == self.watched:
            self.pending = None
            return
        if now != self.pending:  # a save may be written in several pieces: wait for one look
            self.pending = now
            return
        await self.reload()

    async def reload(self: ReaderScreen) -> None:
        """Load the briefing again; on success the reader shows it where it was, on failure
        it keeps the last good one and says why."""
        if self.loading:
            return
        self.loading = True
        before = self.watched_paths
        seen = signature(before)
        try:
            loaded = await asyncio.to_thread(load, self.briefing.path, self.app.limits)
        finally:
            self.loading = False
        self.pending = None
        if isinstance(loaded, list):
            self.watched = seen  # this save is known bad: the next one is looked at
            if not self.problems.is_mounted:
                await self.mount(self.problems, before=self.query_one(Footer))
            self.problems.show(self.briefing.path, loaded)
            return
        self.problems.clear()
        await self.use(*loaded)
        # a new source path is watched from now on
        self.watched = seen if self.watched_paths == before else signature(self.watched_paths)

    async def action_edit(self: ReaderScreen) -> None:
        if shipped(self.briefing):
            files = " ".join(shlex.quote(str(path)) for path in
                             (self.briefing.path, self.briefing.source_path))
            self.app.clear_notifications()  # pressed again, it says it once, not twice
            self.notify("This is the briefing that ships with the reader, inside the installed "
                        f"package. Copy it and its source to a folder of your own to edit "
                        f"them: cp {files} ~/", title="Not edited", severity="warning",
                        markup=False, timeout=15)
            return
        item = self.current_item
        if item is not None and self.item_view.fact and self.item_view.item is item:
            item = self.briefing.item(self.item_view.fact)
        line = item_line(self.briefing, item, self.app.limits) if item else 1
        command = editor_command(self.briefing.path, line)
        if shutil.which(command[0]) is None:
            self.notify(f"{one_line(command[0])} is not a program here: set $VISUAL or $EDITOR "
                        "to your editor.", title="No editor", severity="error", markup=False,
                        timeout=10)
            return
        status: int | OSError
        try:
            # App.suspend gives the terminal back only when what runs inside it returns: any
            # error is caught inside, or the reader would be left suspended on a blank screen
            with self.app.suspend():
                try:
                    status = subprocess.run(command, check=False).returncode
                except OSError as error:
                    status = error
        except SuspendNotSupported:
            self.notify("This terminal cannot hand itself over to an editor.", markup=False)
            return
        if isinstance(status, OSError):
            self.notify(f"{one_line(command[0])} could not be started: "
                        f"{status.strerror or status}", title="No editor", severity="error",
                        markup=False, timeout=10)
            return
        if status:
            self.notify(f"{one_line(command[0])} exited with status {status}.", markup=False)
        await self.reload()

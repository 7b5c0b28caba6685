"""A folder of briefings as the library lists it: each file loaded or with its first problem,
versions of one story (the same `id`) grouped, newest first.

Every file of the folder is untrusted and none may stop the library: a file that does not load
(a syntax error, a FIFO, a symlink loop, one past the limits) is an entry with its problem.
The work is bounded: at most MAX_FILES files are loaded, the newest, and the folder is read
only as far as MAX_SCAN names.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .briefing import Briefing
from .errors import BriefingError, Problem
from .facts import Status
from .limits import Limits

MAX_FILES = 1000  # briefings loaded: the newest by modification time
MAX_SCAN = 100_000  # names of the folder looked at, briefings or not
SUFFIXES = (".yaml", ".yml")

Signature = tuple[int, int, int] | None  # time, size and inode: what a save changes


def _signature(path: Path) -> Signature:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


@dataclass(frozen=True, slots=True)
class Entry:
    """One file of the folder: its briefing, or the first of its problems."""

    path: Path
    briefing: Briefing | None
    problem: Problem | None
    problems: int  # how many the loader found
    modified: float  # seconds since the epoch; 0 when the file cannot be looked at
    signature: tuple[Signature, Signature] = (None, None)  # the file's and its source's

    @property
    def story(self) -> str:
        """The story's id; a file that does not load is a story of its own, by its name."""
        return self.briefing.file.id if self.briefing else f"/{self.path.name}"

    @property
    def published(self) -> date | None:
        return self.briefing.file.source.published if self.briefing else None

    @property
    def day(self) -> date:
        """The source's date, else the day the file was last modified."""
        return self.published or date.fromtimestamp(self.modified)

    @property
    def order(self) -> tuple[date, float, str]:
        return self.day, self.modified, self.path.name

    @property
    def error(self) -> str:
        """The first problem as PATH:LINE:COL: error: MESSAGE, PATH relative to the folder."""
        if self.problem is None:
            return ""
        return str(replace(self.problem, path=self.path.name))

    @property
    def open_questions(self) -> int:
        if self.briefing is None:
            return 0
        return sum(q.status is Status.open for q in self.briefing.file.questions)


@dataclass(frozen=True, slots=True)
class Story:
    versions: tuple[Entry, ...]  # newest first

    @property
    def newest(self) -> Entry:
        return self.versions[0]

    @property
    def id(self) -> str:
        return self.newest.story

    def matches(self, text: str) -> bool:
        """Whether any version's title, id or file name holds `text`, in any case."""
        wanted = text.casefold()
        return any(wanted in each.casefold() for entry in self.versions
                   for each in (entry.path.name, entry.story,
                                entry.briefing.title if entry.briefing else ""))


@dataclass(frozen=True, slots=True)
class Scan:
    """The briefing files of a folder, the most recently modified first."""

    folder: Path
    paths: list[Path]
    left_out: int  # briefing files past MAX_FILES, not loaded
    problem: str  # why the folder itself could not be read; "" when it could


def _modified(entry: os.DirEntry[str]) -> float:
    for follow in (True, False):  # a symlink that leads nowhere has a time of its own
        try:
            return entry.stat(follow_symlinks=follow).st_mtime
        except OSError:
            continue
    return 0.0


def scan(folder: Path, max_files: int = MAX_FILES, max_scan: int = MAX_SCAN) -> Scan:
    """Every *.yaml and *.yml in `folder` (not below it; hidden files left out, as editors
    keep their locks and swap files there), whatever kind of file each is."""
    found: list[tuple[float, str]] = []
    try:
        with os.scandir(folder) as names:
            for looked, entry in enumerate(names):
                if looked >= max_scan:
                    break
                name = entry.name
                if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                    found.append((_modified(entry), name))
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        return Scan(folder, [], 0, reason or str(error))
    found.sort(key=lambda each: (-each[0], each[1]))
    return Scan(folder, [folder / name for _, name in found[:max_files]],
                max(0, len(found) - max_files), "")


def unreadable(folder: Path) -> str:
    """Why `folder` cannot be listed as a library, or "" when it can."""
    try:
        with os.scandir(folder):
            return ""
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) else None
        return f"{folder}: error: cannot list the folder: {reason or error}"


def load_entry(path: Path, limits: Limits, before: Entry | None = None) -> Entry:
    """The file loaded (through the cache), or its problem; `before` is returned again when
    neither the file nor its source changed since it was loaded."""
    from .cache import open_briefing

    mine = _signature(path)
    if (before is not None and before.briefing is not None and mine is not None
            and (mine, _signature(before.briefing.source_path)) == before.signature):
        return before
    modified = mine[0] / 1e9 if mine else 0.0
    try:
        briefing = open_briefing(path, limits=limits)
    except BriefingError as error:
        first = error.problems[0] if error.problems else Problem(str(path), None, None,
                                                                 "does not load")
        return Entry(path, None, first, len(error.problems), modified)
    except Exception as error:  # noqa: BLE001  (one file must never take the library down)
        return Entry(path, None, Problem(str(path), None, None, f"does not load: {error!r}"),
                     1, modified)
    return Entry(path, briefing, None, 0, modified,
                 (mine, _signature(briefing.source_path)))


def stories(entries: Iterable[Entry]) -> list[Story]:
    """Entries grouped by story id, each story's versions newest first, the stories by their
    newest version, newest first."""
    by_id: dict[str, list[Entry]] = {}
    for entry in entries:
        by_id.setdefault(entry.story, []).append(entry)
    grouped = [Story(tuple(sorted(versions, key=lambda e: e.order, reverse=True)))
               for versions in by_id.values()]
    grouped.sort(key=lambda story: story.newest.order, reverse=True)
    return grouped


def read_library(folder: Path, limits: Limits) -> tuple[Scan, list[Story]]:
    """The whole folder at once, for a caller that need not show it filling in."""
    found = scan(folder)
    return found, stories(load_entry(path, limits) for path in found.paths)

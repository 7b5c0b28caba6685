"""Opening a briefing for a command: its problems printed, one per line, on failure."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from model import Briefing, BriefingError, Limits, default_briefing_path, one_line
from model.cache import open_briefing

# Briefings a process keeps in memory for the readers it forks (serve's warm helper): a forked
# reader's load() then costs two stats instead of a read of the cache, and a briefing or source
# changed on disk since is loaded afresh.
_kept: dict[tuple[Path | None, Limits], tuple[tuple, Briefing]] = {}


def _stamp(briefing: Briefing) -> tuple:
    try:
        return tuple((info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)
                     for info in map(os.stat, (briefing.path, briefing.source_path)))
    except OSError:  # gone: the loader says so
        return ()


def _unchanged(path: Path | None, limits: Limits) -> Briefing | None:
    kept = _kept.get((path, limits))
    return kept[1] if kept is not None and kept[0] == _stamp(kept[1]) else None


def keep(path: Path | None, limits: Limits) -> Briefing | None:
    """load(), kept for later load()s in this process and its forks while its files stay as
    they are; a briefing that no longer loads is forgotten, and its problems printed."""
    briefing = _unchanged(path, limits)
    if briefing is not None:
        return briefing
    _kept.pop((path, limits), None)
    briefing = load(path, limits)
    if briefing is not None:
        _kept[(path, limits)] = (_stamp(briefing), briefing)
    return briefing


def load(path: Path | None, limits: Limits, *, cached: bool = True) -> Briefing | None:
    """The briefing, or None once its problems are printed; `cached=False` checks it afresh."""
    kept = _unchanged(path, limits) if cached else None
    if kept is not None:
        return kept
    if cached:
        opener = open_briefing
    else:
        from model import load_briefing as opener
    try:
        return opener(path or default_briefing_path(), limits=limits)
    except BriefingError as error:
        for problem in error.problems:
            print(one_line(str(problem)), file=sys.stderr)
        return None

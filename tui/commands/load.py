"""Opening a briefing for a command: its problems printed, one per line, on failure."""

from __future__ import annotations

import sys
from pathlib import Path

from model import Briefing, BriefingError, Limits, default_briefing_path, one_line
from model.cache import open_briefing


def load(path: Path | None, limits: Limits, *, cached: bool = True) -> Briefing | None:
    """The briefing, or None once its problems are printed; `cached=False` checks it afresh."""
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

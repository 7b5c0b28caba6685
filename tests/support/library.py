"""A copy of the test library (tests/briefings/library/) with known modification times, and
what its list should show."""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from .paths import REPO

LIBRARY = REPO / "tests" / "briefings" / "library"

# Files whose source gives no date are placed by their modification time; the broken ones
# are the oldest, so they come last.
TIMES = {"harbour.yaml": "2026-06-10", "strike.yaml": "2026-01-10",
         "broken.yaml": "2025-01-01", "stale-source.yaml": "2025-01-02"}

# Story ids newest first: by the source's date, else the file's
ORDER = ["green-steel", "harbour-yard", "acme-mill", "acme-strike", "river-clinic",
         "/stale-source.yaml", "/broken.yaml"]


def stamp(path: Path, day: str) -> None:
    moment = datetime.fromisoformat(day).timestamp() + 12 * 3600
    os.utime(path, (moment, moment), follow_symlinks=False)


def library_copy(folder: Path) -> Path:
    """The test library copied into `folder`, every file dated: the undated ones by TIMES,
    the rest a day before the oldest of those."""
    for path in LIBRARY.iterdir():
        shutil.copy(path, folder / path.name)
        stamp(folder / path.name, TIMES.get(path.name, "2024-12-31"))
    return folder

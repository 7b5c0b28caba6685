"""A reader that writes its reading state as fast as it can, to run several at once."""

from __future__ import annotations

import subprocess
import sys

from .paths import REPO

WRITER = """
import sys
from model.reading import ReadingState
path, who, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
state = ReadingState.open(path)
if not hasattr(state, "seen"):
    sys.exit(f"unavailable: {state.reason}")
with state:
    for n in range(count):
        state.mark_seen(f"{who}-{n}", [("item", f"print-{n}")])  # a story each time
        state.mark_seen("shared", [("item", f"{who}-{n}")])  # one story, both readers
        state.set_pin("story", f"{who}-{n}", True)
        state.set_note("story", f"{who}-{n}", f"note {n} by {who}")
        if state.failure:
            sys.exit(state.failure)
"""


def writers(path: str, names: list[str], count: int) -> list[subprocess.Popen]:
    """Start one writing process per name; each writes `count` times to every table."""
    return [subprocess.Popen([sys.executable, "-c", WRITER, path, name, str(count)], cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for name in names]

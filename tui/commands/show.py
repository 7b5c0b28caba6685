"""`briefing show`: the briefing printed as text, Markdown or JSON, without the reader."""

from __future__ import annotations

import sys
from pathlib import Path

from model import Briefing, Limits, one_line

from .load import load


def show(path: Path | None, form: str, limits: Limits, notes: bool = False) -> int:
    briefing = load(path, limits)
    if briefing is None:
        return 1
    kept = my_notes(briefing) if notes else None
    if form == "json":
        from model.export import to_json

        sys.stdout.write(to_json(briefing, kept))
    elif form == "markdown":
        from model.export import to_markdown

        sys.stdout.write(to_markdown(briefing, kept))
    else:
        from ..render.show import print_text, stdout_console

        print_text(briefing, stdout_console(), kept)
    return 0


def my_notes(briefing: Briefing) -> dict[str, str]:
    """The reader's notes on this story, by item id; none, said once, when they cannot be
    read."""
    from model.reading import ReadingState
    from model.since import prints

    state = ReadingState.open()
    if not isinstance(state, ReadingState):
        print(f"briefing: notes not shown: {one_line(state.reason)}", file=sys.stderr)
        return {}
    with state:
        notes = state.notes(briefing.file.id)
    return {one.item.id: notes[one.key] for one in prints(briefing) if one.key in notes}

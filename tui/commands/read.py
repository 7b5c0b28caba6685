"""`briefing read`: open the reader on a briefing."""

from __future__ import annotations

import gc
from pathlib import Path

from model import Limits

from .load import load


def read(path: Path | None, no_mouse: bool, limits: Limits, *, served: bool = False) -> int:
    briefing = load(path, limits)
    if briefing is None:
        return 1
    # The briefing lives as long as the reader: keep the collector from walking its million
    # objects again on every full collection, which is a pause a keystroke can fall into.
    gc.freeze()
    from ..app import BriefingApp

    BriefingApp(briefing, served=served).run(mouse=not no_mouse)
    return 0

"""`briefing read`: open the reader on a briefing."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from model import Briefing, Limits

from ..config import Config
from .load import load

if TYPE_CHECKING:
    from ..app import BriefingApp


def read(path: Path | None, limits: Limits, config: Config, *, theme: str | None = None,
         mouse: bool = True, served: bool = False) -> int:
    briefing = load(path, limits)
    if briefing is None:
        return 1
    # The briefing lives as long as the reader: keep the collector from walking its million
    # objects again on every full collection, which is a pause a keystroke can fall into.
    gc.freeze()
    configured(briefing, config, theme, served).run(mouse=mouse)
    return 0


def configured(briefing: Briefing, config: Config, theme: str | None = None,
               served: bool = False) -> BriefingApp:
    """The reader with the user's settings: a theme named on the command line wins."""
    from ..app import BriefingApp

    app = BriefingApp(briefing, theme=theme or config.theme, served=served)
    if config.keymap:
        app.set_keymap(config.keymap)
    return app

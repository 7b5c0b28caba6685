"""`briefing read`: open the reader on a briefing."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from model import Briefing, Limits, one_line
from model.reading import ReadingState

from ..config import Config, themes
from ..theme_memory import remembered_theme
from .load import load

if TYPE_CHECKING:
    from ..app import BriefingApp


NOT_KEPT = "What you read is not kept in this session: it is served without a key."


def read(path: Path | None, limits: Limits, config: Config, *, theme: str | None = None,
         mouse: bool = True, served: bool = False, watch: bool = True,
         state: Path | None = None) -> int:
    """`state`: the reading state's file; a served reader keeps one only when given it."""
    if path is not None and path.is_dir():  # a library: its files load once it is on screen
        from model.library import unreadable

        if problem := unreadable(path):
            print(one_line(problem), file=sys.stderr)
            return 1
        app = configured(None, config, theme, served, limits=limits, watch=watch, folder=path)
    else:
        briefing = load(path, limits)
        if briefing is None:
            return 1
        # The briefing lives as long as the reader: keep the collector from walking its
        # million objects again on every full collection, which is a pause a keystroke can
        # fall into.
        gc.freeze()
        app = configured(briefing, config, theme, served, limits=limits, watch=watch)
    opened = None if served and state is None else ReadingState.open(state)
    if isinstance(opened, ReadingState):
        app.state = opened
    else:
        app.state_reason = opened.reason if opened is not None else NOT_KEPT
    try:
        app.run(mouse=mouse)
    finally:
        if app.state is not None:
            app.state.close()
    return 0


def configured(briefing: Briefing | None, config: Config, theme: str | None = None,
               served: bool = False, *, limits: Limits | None = None, watch: bool = False,
               folder: Path | None = None) -> BriefingApp:
    """The reader with the user's settings. The theme is the one named on the command line,
    else the latest choice: the config file's, or the palette's if made since the file was
    saved. A served reader shares no choice made in a palette."""
    from ..app import BriefingApp

    chosen = None if served else remembered_theme(themes())
    if theme is None and chosen is not None and (config.theme is None or
                                                  chosen[1] > config.written):
        theme = chosen[0]
    app = BriefingApp(briefing, theme=theme or config.theme, served=served, limits=limits,
                      watch=watch and config.watch, folder=folder)
    if config.keymap:
        app.set_keymap(config.keymap)
    return app

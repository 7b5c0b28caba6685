"""What the reader remembers between runs, in `$XDG_STATE_HOME/briefing/` (default
`~/.local/state/briefing/`): the theme last chosen in the palette. The user's config file is
never written."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from model.files import Unread, read_bytes, user_dir

THEME = "theme"


def state_dir() -> Path:
    return user_dir("XDG_STATE_HOME", ".local/state")


def remembered_theme(known: set[str]) -> tuple[str, float] | None:
    """The theme last chosen and when, if it is one of `known`."""
    path = state_dir() / THEME
    try:  # read as anything else is: a FIFO or a huge file put there cannot hang the reader
        name = read_bytes(path, 256).decode("utf-8", "replace").strip()
        when = path.stat().st_mtime
    except (Unread, OSError):
        return None
    return (name, when) if name in known else None


def remember_theme(name: str) -> None:
    """Keep `name` for next time: written whole or not at all, readable by the user alone.
    A state folder that cannot be written only means the choice is not kept."""
    folder = state_dir()
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".theme-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(name + "\n")
            os.replace(temporary, folder / THEME)
        except OSError:
            os.unlink(temporary)
            raise

"""The command line that opens the user's editor at a line of a file."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path

# Editors that take `+LINE FILE`; most terminal editors do, and these are known to.
PLUS_LINE = {"vi", "vim", "nvim", "gvim", "view", "nano", "pico", "emacs", "emacsclient",
             "micro", "hx", "helix", "kak", "vis", "joe", "jed", "mg", "ne", "mcedit"}
# VS Code and its builds take `--goto FILE:LINE`, and return at once unless told to wait.
GOTO = {"code", "code-insiders", "codium", "vscodium", "cursor"}


def editor_command(path: Path, line: int, environ: Mapping[str, str] | None = None
                   ) -> list[str]:
    """$VISUAL, else $EDITOR, else vi, opening `path` at `line`. The variables may carry
    arguments of their own ("emacs -nw"), split as a shell would; an editor not known to
    take a line is given the file alone."""
    environ = os.environ if environ is None else environ
    chosen = environ.get("VISUAL", "").strip() or environ.get("EDITOR", "").strip() or "vi"
    try:
        command = shlex.split(chosen)
    except ValueError:  # an unbalanced quote: taken as a program's name
        command = [chosen]
    command = command or ["vi"]
    name = Path(command[0]).name.lower().removesuffix(".exe")
    if name in PLUS_LINE:
        return [*command, f"+{line}", str(path)]
    if name in GOTO:
        wait = [] if {"-w", "--wait"} & set(command) else ["--wait"]
        return [*command, *wait, "--goto", f"{path}:{line}"]
    return [*command, str(path)]

"""`briefing diff OLD NEW`: what changed between two versions of a story, as text, Markdown
or JSON. Exit 0 whether or not anything changed; 1 when either file is invalid or they are
not versions of one story."""

from __future__ import annotations

import sys
from pathlib import Path

from model import Limits, one_line

from .load import load


def diff(old_path: Path, new_path: Path, form: str, limits: Limits) -> int:
    from model.diff import DifferentStories, diff

    old, new = load(old_path, limits), load(new_path, limits)
    if old is None or new is None:
        return 1
    try:
        changes = diff(old, new)
    except DifferentStories as error:
        print(one_line(f"{new_path}: error: its id {error.new!r} is not {error.old!r}, the id "
                       f"of {old_path}: not two versions of one story"), file=sys.stderr)
        return 1
    if form == "json":
        from model.diff_export import to_json

        sys.stdout.write(to_json(changes))
    elif form == "markdown":
        from model.diff_export import to_markdown

        sys.stdout.write(to_markdown(changes))
    else:
        from ..render.diff import print_diff
        from ..render.show import stdout_console

        print_diff(changes, stdout_console())
    return 0

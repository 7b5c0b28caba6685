"""`briefing show`: the briefing printed as text, Markdown or JSON, without the reader."""

from __future__ import annotations

import sys
from pathlib import Path

from model import Limits

from .load import load


def show(path: Path | None, form: str, limits: Limits) -> int:
    briefing = load(path, limits)
    if briefing is None:
        return 1
    if form == "json":
        from model.export import to_json

        sys.stdout.write(to_json(briefing))
    elif form == "markdown":
        from model.export import to_markdown

        sys.stdout.write(to_markdown(briefing))
    else:
        from ..render.show import print_text, stdout_console

        print_text(briefing, stdout_console())
    return 0

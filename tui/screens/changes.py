"""`c`: what changed in the story since it was last read; `enter` jumps to an item."""

from __future__ import annotations

import time

from rich.text import Text

from model.fields import NAMES
from model.since import Since

from ..render.rows import FLAGS
from ..render.text import literal
from .pick import PickScreen


def _when(last: float | None) -> str:
    return time.strftime(" (%d %b %Y, %H:%M)", time.localtime(last)) if last else ""


class ChangesScreen(PickScreen):
    def __init__(self, since: Since | None, last_read: float | None, kept: bool) -> None:
        rows: list[tuple[Text, str | None]] = []
        if since is not None:
            changes = [("new", one) for one in since.new]
            changes += [("changed", one) for one in since.changed]
            for word, one in sorted(changes, key=lambda change: change[1].item.order):
                item = one.item
                prompt = Text(no_wrap=True, overflow="ellipsis")
                prompt.append(*FLAGS[word])
                prompt.append(f" {word:<8} {NAMES[item.kind]:<9}", style="dim")
                prompt.append_text(literal(item.label))
                rows.append((prompt, item.id))
            if since.gone:
                gone = len(since.gone)
                rows.append((Text(f"- {gone} item{'s' * (gone != 1)} you read before "
                                  f"{'are' if gone != 1 else 'is'} gone", style="dim"), None))
        if not kept:
            empty = "What you read is not kept in this session."
        elif since is None or since.first_read:
            empty = "This is your first read of this story: nothing to compare with yet."
        else:
            empty = "Nothing changed since you last read this story."
        super().__init__(Text(f"Changes since you last read{_when(last_read)}"), rows, empty)

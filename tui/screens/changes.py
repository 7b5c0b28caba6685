"""`c`: what changed in the story since it was last read; `enter` jumps to an item. Items gone
since come last, dimmed: they are not in this version, so there is nowhere to jump."""

from __future__ import annotations

import time

from rich.table import Table
from rich.text import Text

from model.fields import NAMES
from model.since import GONE_LISTED, Gone, Since

from ..render.rows import FLAGS
from ..render.text import literal
from .pick import PickScreen, labelled


def ago(then: float, now: float) -> str:
    """How long ago, in the largest whole unit: the same wherever the reader or its server is
    (a served reader's local time is the server's, not the analyst's)."""
    seconds = max(0, int(now - then))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' * (count != 1)} ago"
    return "moments ago"




KINDS = {str(kind): name for kind, name in NAMES.items()}  # as the reading state keeps them


def _gone(gone: Gone) -> Table:
    lead = Text(f"- gone    {KINDS.get(gone.kind or '', ''):<8}", style="dim")
    return labelled(lead, literal(str(gone), "dim"))


def _when(last: float | None) -> str:
    if not last:
        return ""
    stamp = time.strftime("%d %b %Y, %H:%M UTC", time.gmtime(last))
    return f" {ago(last, time.time())} ({stamp})"


class ChangesScreen(PickScreen):
    def __init__(self, since: Since | None, last_read: float | None, kept: bool) -> None:
        rows: list[tuple[Text | Table, str | None]] = []
        if since is not None:
            changes = [("new", one) for one in since.new]
            changes += [("changed", one) for one in since.changed]
            for word, one in sorted(changes, key=lambda change: change[1].item.order):
                item = one.item
                lead = Text.assemble(FLAGS[word], (f" {word:<7} {NAMES[item.kind]:<8}", "dim"))
                rows.append((labelled(lead, literal(item.label)), item.id))
            rows += [(_gone(gone), None) for gone in since.gone[:GONE_LISTED]]
            if len(since.gone) > GONE_LISTED:
                rows.append((Text(f"  and {len(since.gone) - GONE_LISTED:,} more gone",
                                  style="dim"), None))
        if not kept:
            empty = "What you read is not kept in this session."
        elif since is not None and since.older:
            empty = ("You last read a newer version of this story: this older one is not "
                     "compared with it, and what you read is kept as it was.")
        elif since is None or since.first_read:
            empty = "This is your first read of this story: nothing to compare with yet."
        else:
            empty = "Nothing changed since you last read this story."
        super().__init__(Text(f"Changes since you last read{_when(last_read)}"), rows, empty)

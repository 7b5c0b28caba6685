"""Where an item is written in its briefing's YAML: the line an editor opens at."""

from __future__ import annotations

import yaml

from . import files
from .briefing import Briefing, Item, Kind
from .limits import Limits
from .yamltree import Loc, place


def item_loc(briefing: Briefing, item: Item) -> Loc:
    """The item's place in the file as keys and list indexes, such as ("parties", 2)."""
    if item.kind is Kind.fact:
        owner = briefing.item(item.parent or "")
        number = int(item.id.rsplit(".", 1)[1]) - 1
        return (*item_loc(briefing, owner), "facts", number)
    if item.kind is Kind.plant:
        return ("plant",)
    things = {Kind.party: briefing.file.parties, Kind.concern: briefing.file.concerns,
              Kind.question: briefing.file.questions}[item.kind]
    return (f"{item.kind}s" if item.kind is not Kind.party else "parties",
            next(n for n, thing in enumerate(things) if thing is item.thing))


def item_line(briefing: Briefing, item: Item, limits: Limits | None = None) -> int:
    """The line (from 1) on which the item starts in the file as it is now on disk; 1 when the
    file cannot be read or no longer holds that place."""
    try:
        text = files.read_bytes(briefing.path, (limits or Limits()).max_bytes).decode("utf-8")
        loc = item_loc(briefing, item)
        mark = place(text, [(loc, False)]).get((loc, False))
    except (files.Unread, UnicodeDecodeError, yaml.YAMLError):  # saved half-way, or gone
        return 1
    return mark.line + 1 if mark is not None else 1

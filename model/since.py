"""Each item's stable key and a fingerprint of its content, and what changed since a reader
last saw a story, given the fingerprints stored then.

Parties, the plant, concerns and questions keep their ids from version to version. A fact has
none in briefing/1 (its Item id, OWNER.N, moves when a fact is inserted above it), so its key
is anchored on what a later version most often keeps: its owner and its first evidence quote,
white space folded. Two facts of one owner on the same first quote are told apart by their
order (`#2`, `#3`). A fact whose first quote is replaced gets a new key, so it reads as new.

A story's versions stand in the library's order (version_of): a version older than the one
last read is not compared with it, so reading an old version leaves what the newest counts as
new as it was.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum

from .briefing import Briefing, Item, Kind
from .facts import Evidence


def folded(text: str) -> str:
    """Text with each run of white space made one space, as quotes are matched in a source."""
    return " ".join(text.split())


def _digest(text: str, size: int) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=size).hexdigest()


def _own(value: object) -> object:
    if isinstance(value, Evidence):
        return (folded(value.quote), value.note)
    if isinstance(value, list):
        return tuple(_own(each) for each in value)
    if isinstance(value, Enum | date):
        return str(value)
    return value


def fingerprint(item: Item) -> str:
    """A digest of the item's own fields, its quotes' white space folded. A party's or the
    plant's facts are items of their own, so a change to a fact does not change its owner."""
    thing = item.thing
    content = tuple((name, _own(getattr(thing, name))) for name in thing.__slots__
                    if name != "facts")
    return _digest(repr(content), 8)


@dataclass(frozen=True, slots=True)
class Print:
    key: str  # stable across versions: an id, or OWNER/QUOTEHASH for a fact
    fingerprint: str  # changes with any field of the item's own
    item: Item


def prints(briefing: Briefing) -> list[Print]:
    """Every item's key and fingerprint, in reading order."""
    out: list[Print] = []
    taken: dict[str, int] = {}
    for item in briefing.items:
        key = item.id
        if item.kind is Kind.fact:
            key = f"{item.parent}/{_digest(folded(item.evidence[0].quote), 6)}"
            taken[key] = count = taken.get(key, 0) + 1
            key += f"#{count}" if count > 1 else ""
        out.append(Print(key, fingerprint(item), item))
    return out


def version_of(briefing: Briefing) -> tuple[str, float]:
    """Where a version stands among its story's, as the library orders them: the source's
    date, else the day of the file's last change, then the time of that change."""
    try:
        modified = briefing.path.stat().st_mtime_ns / 1e9
    except OSError:
        modified = 0.0
    day = briefing.file.source.published or date.fromtimestamp(modified)
    return day.isoformat(), modified


class Seen(StrEnum):
    new = "new"
    changed = "changed"
    unchanged = "unchanged"


@dataclass(frozen=True, slots=True)
class Gone:
    """An item shown before that this version no longer has: its kind and label as they were,
    or None when the reading state kept only its key (written before it kept more)."""

    key: str
    kind: str | None = None
    label: str | None = None

    def __str__(self) -> str:
        if self.label is not None:
            return self.label
        return f"a fact of {self.key.partition('/')[0]}" if self.kind == "fact" else self.key


@dataclass(frozen=True)
class Since:
    """Each item of a briefing against what the reader was shown of the story before."""

    states: dict[str, Seen]  # by Item.id, for marking rows
    new: list[Print]
    changed: list[Print]
    gone: list[Gone]  # shown before, not in this version: in the order they were shown
    first_read: bool  # nothing was stored: no item is marked new
    older: bool = False  # a version older than the one last read: not compared

    def state(self, item_id: str) -> Seen:
        return self.states.get(item_id, Seen.unchanged)


GONE_LISTED = 50  # gone items named: a version that drops thousands says how many past these


Shown = Callable[[list[str]], Mapping[str, tuple[str | None, str | None]]]


def changes_since(briefing: Briefing, stored: Mapping[str, str],
                  current: list[Print] | None = None, shown: Shown | None = None) -> Since:
    """Compare a briefing with the fingerprints stored by key when the reader last saw it
    (`current`: its prints, when already made; `shown`: the kind and label stored for the
    keys it is given, asked for the GONE_LISTED gone items that are named). A story never
    read before has nothing new: every item is simply unread."""
    current = prints(briefing) if current is None else current
    if not stored:
        return Since({}, [], [], [], first_read=True)
    states: dict[str, Seen] = {}
    new: list[Print] = []
    changed: list[Print] = []
    for one in current:
        before = stored.get(one.key)
        if before is None:
            states[one.item.id] = Seen.new
            new.append(one)
        elif before != one.fingerprint:
            states[one.item.id] = Seen.changed
            changed.append(one)
    keys = {one.key for one in current}
    gone_keys = [key for key in stored if key not in keys]
    named = shown(gone_keys[:GONE_LISTED]) if shown and gone_keys else {}
    gone = []
    for key in gone_keys:
        kind, label = named.get(key, (None, None))
        # a fact's key is OWNER/QUOTEHASH: a kind to say where a state kept no more
        gone.append(Gone(key, kind or ("fact" if "/" in key else None), label))
    return Since(states, new, changed, gone, first_read=False)

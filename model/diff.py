"""What changed between two versions of one story: items added and removed, fields changed,
certainty moved (firmer, weaker, reversed), questions opened, answered or reopened, evidence
added or dropped, a new source.

Parties, the plant, concerns and questions are matched by id; facts, which have none, as
matching.py says. Changes come in the new version's reading order, each removed item after
the last item before it that both versions hold.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from .briefing import Briefing, Item, Kind
from .facts import Certainty, Source, Status
from .matching import Budget, match_facts
from .since import folded


class What(StrEnum):
    added = "added"
    removed = "removed"
    changed = "changed"  # a field other than those below: text, name, role, stance, links...
    certainty = "certainty"
    opened = "opened"  # a question added, open
    answered = "answered"
    reopened = "reopened"
    evidence_added = "evidence added"
    evidence_dropped = "evidence dropped"
    source = "new source"  # the source text itself is another (its sha256 differs)


class Direction(StrEnum):
    firmer = "firmer"
    weaker = "weaker"
    reversed = "reversed"


def direction(old: Certainty, new: Certainty) -> Direction | None:
    """How a claim moved: along the levels from firm to weak as the model orders them, or
    reversed when it is denied on one side only."""
    if old is new:
        return None
    if Certainty.denied in (old, new):
        return Direction.reversed
    levels = list(Certainty)
    return Direction.firmer if levels.index(new) < levels.index(old) else Direction.weaker


@dataclass(frozen=True, slots=True)
class Change:
    what: What
    kind: Kind | None  # None: the briefing itself (title, bluf, source)
    item: str  # the item's id in the new version; in the old one when removed
    label: str  # its name, title, question or fact text
    owner: str | None = None  # a fact's party or plant, by name
    field: str | None = None
    old: str | None = None
    new: str | None = None
    direction: Direction | None = None


# The order a summary counts changes in, and the words it counts them with.
SUMMARY = ("added", "removed", "changed", "firmer", "weaker", "reversed", "opened", "answered",
           "reopened", "evidence added", "evidence dropped", "new source")


class DifferentStories(ValueError):
    def __init__(self, old: str, new: str) -> None:
        super().__init__(f"not two versions of one story: ids {old!r} and {new!r} differ")
        self.old, self.new = old, new


@dataclass(frozen=True)
class Diff:
    story: str
    old: Briefing
    new: Briefing
    changes: list[Change]

    def counts(self) -> dict[str, int]:
        """How many changes of each sort, a certainty change counted by its direction."""
        counted = Counter(str(c.direction or c.what) for c in self.changes)
        return {name: counted[name] for name in SUMMARY if counted[name]}

    def summary(self) -> str:
        """'2 added, 1 firmer, new source', or 'no changes'."""
        words = [name if name == What.source else f"{n} {name}"
                 for name, n in self.counts().items()]
        return ", ".join(words) or "no changes"


def runs(changes: list[Change]) -> list[list[Change]]:
    """Changes in runs of one item each, for a heading over its changes; an item added or
    removed is a run of its own, as an added fact may take the id of a removed one."""
    out: list[list[Change]] = []
    last: tuple[object, ...] | None = None
    for change in changes:
        alone = change.what in (What.added, What.removed, What.opened)
        key = (change.kind, change.item, change.what if alone else None)
        if key != last or alone:
            out.append([])
        out[-1].append(change)
        last = key
    return out


NOT_COMPARED = {"id", "facts", "evidence", "certainty"}  # facts are items; the rest below


def _value(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _compare(old: Item, new: Item, owner: str | None) -> list[Change]:
    """Every difference between two versions of one item's own fields."""
    out: list[Change] = []

    def change(what: What, **rest: object) -> None:
        out.append(Change(what, new.kind, new.id, new.label, owner, **rest))

    for field in dataclasses.fields(new.thing):
        if field.name in NOT_COMPARED:
            continue
        before, after = getattr(old.thing, field.name), getattr(new.thing, field.name)
        if isinstance(after, Status):
            continue  # answered or reopened, below
        if _value(before) != _value(after):
            change(What.changed, field=field.name, old=_value(before), new=_value(after))
    if old.certainty is not None and new.certainty is not None:
        moved = direction(old.certainty, new.certainty)
        if moved:
            change(What.certainty, old=old.certainty.value, new=new.certainty.value,
                   direction=moved)
    status = getattr(old.thing, "status", None), getattr(new.thing, "status", None)
    if status == (Status.open, Status.answered):
        change(What.answered, old="open", new="answered")
    elif status == (Status.answered, Status.open):
        change(What.reopened, old="answered", new="open")
    before = {folded(ev.quote): ev for ev in old.evidence}
    after = {folded(ev.quote): ev for ev in new.evidence}
    for quote, ev in after.items():
        if quote not in before:
            change(What.evidence_added, new=ev.quote)
        elif before[quote].note != ev.note:
            change(What.changed, field="note", old=before[quote].note, new=ev.note)
    for quote, ev in before.items():
        if quote not in after:
            change(What.evidence_dropped, old=ev.quote)
    return out


def _describe(source: Source) -> str:
    parts = [source.kind]
    if source.title:
        parts.append(f"“{source.title}”")
    if source.published:
        parts.append(source.published.isoformat())
    parts.append(f"sha256 {source.sha256[:12]}")
    return ", ".join(parts)


def _briefing_changes(old: Briefing, new: Briefing) -> list[Change]:
    out = []
    for name in ("title", "bluf"):
        before, after = getattr(old.file, name), getattr(new.file, name)
        if before != after:
            out.append(Change(What.changed, None, new.file.id, new.title, field=name,
                              old=before, new=after))
    a, b = old.file.source, new.file.source
    if (a.sha256, a.kind, a.title, a.published) != (b.sha256, b.kind, b.title, b.published):
        what = What.source if a.sha256 != b.sha256 else What.changed
        out.append(Change(what, None, new.file.id, new.title, field="source",
                          old=_describe(a), new=_describe(b)))
    return out


def _pairs(old: Briefing, new: Briefing) -> dict[int, Item]:
    """The old item matched to each new one, by the new item's reading order."""
    pairs: dict[int, Item] = {}
    old_facts: dict[str, list[Item]] = defaultdict(list)
    new_facts: dict[str, list[Item]] = defaultdict(list)
    for item in new.items:
        if item.kind is Kind.fact:
            new_facts[item.parent].append(item)
        else:
            before = old._by_id.get(item.id)
            if before is not None and before.kind is item.kind:
                pairs[item.order] = before
    for item in old.items:
        if item.kind is Kind.fact:
            old_facts[item.parent].append(item)
    budget = Budget()
    for owner, facts in new_facts.items():
        for index, before in match_facts(old_facts.get(owner, []), facts, budget).items():
            pairs[facts[index].order] = before
    return pairs


def diff(old: Briefing, new: Briefing) -> Diff:
    """The changes from `old` to `new`; DifferentStories when their ids differ."""
    if old.file.id != new.file.id:
        raise DifferentStories(old.file.id, new.file.id)
    pairs = _pairs(old, new)
    matched = {before.order: after for after, before in pairs.items()}

    def owner(briefing: Briefing, item: Item) -> str | None:
        return briefing.item(item.parent).label if item.parent else None

    placed: list[tuple[tuple[int, int, int], list[Change]]] = []
    for item in new.items:
        before = pairs.get(item.order)
        if before is not None:
            found = _compare(before, item, owner(new, item))
        else:
            opened = item.kind is Kind.question and item.thing.status is Status.open
            found = [Change(What.opened if opened else What.added, item.kind, item.id,
                            item.label, owner(new, item))]
        if found:
            placed.append(((item.order, 0, 0), found))
    anchor = -1
    for item in old.items:
        if item.order in matched:
            anchor = matched[item.order]
        else:
            placed.append(((anchor, 1, item.order),
                           [Change(What.removed, item.kind, item.id, item.label,
                                   owner(old, item))]))
    changes = _briefing_changes(old, new)
    for _, found in sorted(placed, key=lambda entry: entry[0]):
        changes += found
    return Diff(new.file.id, old, new, changes)

"""What changed between two versions of one story: items added and removed, fields changed,
certainty moved (firmer, weaker, reversed), questions opened, answered or reopened, evidence
added or dropped, a new source.

Parties, the plant, concerns and questions are matched by id; facts, which have none, as
matching.py says. Changes come in sections, one for the briefing itself and one for each
party, plant, concern or question that changed or whose facts did: a fact's changes are in its
owner's section, so that every format shows them under the same heading. Sections and the
changes in each come in the new version's reading order, a removed item after the last item
before it that both versions hold.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum

from .briefing import Briefing, Item, Kind
from .facts import Certainty, Status
from .matching import Budget, match_facts
from .since import folded


class What(StrEnum):
    added = "added"
    removed = "removed"
    changed = "changed"  # a field other than those below: text, name, role, stance, links...
    replaced = "replaced"  # a fact's text, where matching paired one fact replacing another
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
SUMMARY = ("added", "removed", "changed", "replaced", "firmer", "weaker", "reversed", "opened",
           "answered", "reopened", "evidence added", "evidence dropped", "new source")


class DifferentStories(ValueError):
    def __init__(self, old: str, new: str) -> None:
        super().__init__(f"not two versions of one story: ids {old!r} and {new!r} differ")
        self.old, self.new = old, new


@dataclass(frozen=True, slots=True)
class Section:
    """The changes under one heading: the briefing's own (kind None), or an item's and, for a
    party or the plant, its facts'."""

    kind: Kind | None
    item: str
    label: str  # as the new version names it, when it has the item
    changes: list[Change]

    def own(self, change: Change) -> bool:
        """Whether a change is of the section's item itself, not of one of its facts."""
        return change.kind is self.kind and change.item == self.item


@dataclass(frozen=True)
class Diff:
    story: str
    old: Briefing
    new: Briefing
    sections: list[Section]

    @property
    def changes(self) -> list[Change]:
        return [change for section in self.sections for change in section.changes]

    def counts(self) -> dict[str, int]:
        """How many changes of each sort, a certainty change counted by its direction."""
        counted = Counter(str(c.direction or c.what) for c in self.changes)
        return {name: counted[name] for name in SUMMARY if counted[name]}

    def summary(self) -> str:
        """'2 added, 1 firmer, new source', or 'no changes'."""
        words = [name if name == What.source else f"{n} {name}"
                 for name, n in self.counts().items()]
        return ", ".join(words) or "no changes"

    def moved(self) -> str:
        """Certainty that moved, by direction and kind: '2 facts firmer, 1 concern weaker', or
        '' — what an analyst looks for first, so it is said before the changes."""
        counted = Counter((change.direction, change.kind) for change in self.changes
                          if change.what is What.certainty)
        return ", ".join(f"{n} {kind}{'s' * (n != 1)} {way}"
                         for way in Direction for kind in Kind
                         if (n := counted[(way, kind)]))


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


def _compare(old: Item, new: Item, owner: str | None, replaced: bool) -> list[Change]:
    """Every difference between two versions of one item's own fields, a move of certainty
    first; `replaced`: the new fact replaces the old one rather than rewording it."""
    out: list[Change] = []

    def change(what: What, **rest: object) -> None:
        out.append(Change(what, new.kind, new.id, new.label, owner, **rest))

    if old.certainty is not None and new.certainty is not None:
        moved = direction(old.certainty, new.certainty)
        if moved:
            change(What.certainty, old=old.certainty.value, new=new.certainty.value,
                   direction=moved)
    for field in dataclasses.fields(new.thing):
        if field.name in NOT_COMPARED:
            continue
        before, after = getattr(old.thing, field.name), getattr(new.thing, field.name)
        if isinstance(after, Status):
            continue  # answered or reopened, below
        if _value(before) != _value(after):
            what = What.replaced if replaced and field.name == "text" else What.changed
            change(what, field=field.name, old=_value(before), new=_value(after))
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


def _briefing_changes(old: Briefing, new: Briefing) -> list[Change]:
    """The title, the BLUF, and each part of the source that changed, that part alone: the
    sha256 says the text is another, the kind, title or date what else moved."""
    out = []
    for name in ("title", "bluf"):
        before, after = getattr(old.file, name), getattr(new.file, name)
        if before != after:
            out.append(Change(What.changed, None, new.file.id, new.title, field=name,
                              old=before, new=after))
    a, b = old.file.source, new.file.source
    for name in ("sha256", "kind", "title", "published"):
        before, after = _value(getattr(a, name)), _value(getattr(b, name))
        if before != after:
            out.append(Change(What.source if name == "sha256" else What.changed, None,
                              new.file.id, new.title, field=f"source.{name}", old=before,
                              new=after))
    return out


def _pairs(old: Briefing, new: Briefing) -> tuple[dict[int, Item], set[int]]:
    """The old item matched to each new one, by the new item's reading order, and the new
    facts that replace their old one (matching.py, pass 4)."""
    pairs: dict[int, Item] = {}
    replaced: set[int] = set()
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
        matched, others = match_facts(old_facts.get(owner, []), facts, budget)
        for index, before in matched.items():
            pairs[facts[index].order] = before
        replaced.update(facts[index].order for index in others)
    return pairs, replaced


def _under(briefing: Briefing, item: Item) -> Item:
    """The item whose section a change of `item` goes in: a fact's owner, else the item."""
    return briefing.item(item.parent) if item.parent else item


def diff(old: Briefing, new: Briefing) -> Diff:
    """The changes from `old` to `new`; DifferentStories when their ids differ."""
    if old.file.id != new.file.id:
        raise DifferentStories(old.file.id, new.file.id)
    pairs, replaced = _pairs(old, new)
    matched = {before.order: after for after, before in pairs.items()}

    placed: list[tuple[tuple[int, int, int], Item, list[Change]]] = []
    for item in new.items:
        under = _under(new, item)
        owner = under.label if under is not item else None
        before = pairs.get(item.order)
        if before is not None:
            found = _compare(before, item, owner, item.order in replaced)
        else:
            opened = item.kind is Kind.question and item.thing.status is Status.open
            found = [Change(What.opened if opened else What.added, item.kind, item.id,
                            item.label, owner)]
        if found:
            placed.append(((item.order, 0, 0), under, found))
    anchor = -1
    for item in old.items:
        if item.order in matched:
            anchor = matched[item.order]
        else:
            under = _under(old, item)
            placed.append(((anchor, 1, item.order), under,
                           [Change(What.removed, item.kind, item.id, item.label,
                                   under.label if under is not item else None)]))
    # a section stands where its item does: in the new version, else where it was removed
    sections: dict[tuple[Kind | None, str], tuple[tuple[int, int, int], Section]] = {}
    for where, under, found in sorted(placed, key=lambda entry: entry[0]):
        key = (under.kind, under.id)
        if key not in sections:
            now = new._by_id.get(under.id)
            if now is not None and now.kind is under.kind:
                where, under = (now.order, 0, 0), now
            sections[key] = (where, Section(under.kind, under.id, under.label, []))
        sections[key][1].changes.extend(found)
    found = _briefing_changes(old, new)
    first = [Section(None, new.file.id, new.title, found)] if found else []
    return Diff(new.file.id, old, new,
                first + [section for _, section in sorted(sections.values(),
                                                          key=lambda entry: entry[0])])

"""What a reader is shown of one item, in the order it is shown: the one walk over an item's
fields that Markdown, plain text, `show`, the clipboard and the item view all draw from.

A new field of the format is added here once (and in schema.py and facts.py); every renderer
then shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .briefing import Briefing, Item, Kind
from .facts import Certainty, Evidence

NAMES = {Kind.party: "Party", Kind.plant: "Plant", Kind.concern: "Concern",
         Kind.question: "Question", Kind.fact: "Fact"}

# (label, attribute) of the short text fields, in the order they are shown
DETAILS = (("Role", "role"), ("Location", "location"), ("Workforce", "workforce"),
           ("Status", "status"))
PROSE = (("Detail", "detail"), ("Why it matters", "why"))


@dataclass(frozen=True, slots=True)
class ItemFields:
    item: Item
    title: str
    meta: str  # "company · stance toward the deal: favor", "question · open", or ""
    details: list[tuple[str, str]]  # (label, text): role, location, owner's name...
    certainty: Certainty | None
    cues: list[str]
    prose: list[tuple[str, str]]  # (label, text): a concern's detail, a question's why
    watch_for: list[str]
    evidence: list[Evidence]
    facts: list[Item]  # a party's or the plant's facts
    links: list[tuple[str, Item]]  # (how, other), facts aside

    @property
    def kind_name(self) -> str:
        return NAMES[self.item.kind]


def fields(briefing: Briefing, item: Item) -> ItemFields:
    thing = item.thing
    meta = ""
    if item.kind is Kind.party:
        meta = f"{thing.kind.value} · stance toward the deal: {thing.stance.value}"
    elif item.kind is Kind.question:
        meta = f"question · {thing.status.value}"
    details = [(label, value) for label, name in DETAILS  # enums are shown in `meta`
               if isinstance(value := getattr(thing, name, None), str)
               and not isinstance(value, Enum)]
    owner = getattr(thing, "owner", None)
    if owner:
        details.append(("Owner", briefing.item(owner).label))
    return ItemFields(
        item=item,
        title=item.label,
        meta=meta,
        details=details,
        certainty=item.certainty,
        cues=list(getattr(thing, "cues", [])),
        prose=[(label, value) for label, name in PROSE
               if isinstance(value := getattr(thing, name, None), str)],
        watch_for=list(getattr(thing, "watch_for", [])),
        evidence=item.evidence,
        facts=briefing.facts_of(item.id),
        links=[(how, other) for how, other in briefing.links(item.id) if how != "fact"],
    )

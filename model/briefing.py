"""A loaded briefing: its items in reading order, their links, and source coverage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from .facts import (
    BriefingFile,
    Certainty,
    Concern,
    Evidence,
    Fact,
    Party,
    Plant,
    Question,
)
from .sentences import Sentence

Thing = Party | Plant | Concern | Question | Fact


class Kind(StrEnum):
    party = "party"
    plant = "plant"
    concern = "concern"
    question = "question"
    fact = "fact"


@dataclass(eq=False, slots=True)
class Item:
    """One thing a reader can select: a party, the plant, a concern, a question or a fact.

    Facts have no id in the file; theirs is derived as OWNER.N (N from 1), which no slug can be.
    """

    kind: Kind
    id: str
    label: str
    thing: Thing
    parent: str | None = None
    order: int = 0

    @property
    def certainty(self) -> Certainty | None:
        return getattr(self.thing, "certainty", None)

    @property
    def evidence(self) -> list[Evidence]:
        return getattr(self.thing, "evidence", [])

    @property
    def facts(self) -> list[Fact]:
        return getattr(self.thing, "facts", [])


@dataclass(frozen=True)
class Coverage:
    cited: int
    total: int

    @property
    def ratio(self) -> float:
        return self.cited / self.total if self.total else 1.0

    def __str__(self) -> str:
        noun = "sentence" if self.total == 1 else "sentences"
        return f"{self.cited}/{self.total} {noun} ({self.ratio:.0%})"


@dataclass(eq=False)
class Briefing:
    file: BriefingFile
    path: Path
    source_path: Path
    source_text: str
    sentences: list[Sentence]
    _by_id: dict[str, Item] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for item in self.items:
            self._by_id[item.id] = item

    @property
    def title(self) -> str:
        return self.file.title

    @property
    def bluf(self) -> str:
        return self.file.bluf

    @cached_property
    def items(self) -> list[Item]:
        """Every item in reading order: parties, the plant, concerns, questions; facts after
        the party or plant that holds them."""
        out: list[Item] = []

        def add(item: Item) -> None:
            item.order = len(out)
            out.append(item)

        def add_facts(owner: Party | Plant) -> None:
            for number, fact in enumerate(owner.facts, 1):
                add(Item(Kind.fact, f"{owner.id}.{number}", fact.text, fact, owner.id))

        for party in self.file.parties:
            add(Item(Kind.party, party.id, party.name, party))
            add_facts(party)
        plant = self.file.plant
        add(Item(Kind.plant, plant.id, plant.name, plant))
        add_facts(plant)
        for concern in self.file.concerns:
            add(Item(Kind.concern, concern.id, concern.title, concern))
        for question in self.file.questions:
            add(Item(Kind.question, question.id, question.question, question))
        return out

    def item(self, ident: str) -> Item:
        """The item with this id; KeyError if there is none."""
        return self._by_id[ident]

    def of_kind(self, kind: Kind) -> list[Item]:
        return [item for item in self.items if item.kind == kind]

    def facts_of(self, ident: str) -> list[Item]:
        """The facts stated of a party or the plant, which follow it in reading order: a slice,
        not a walk over every item on each move of the cursor."""
        owner = self._by_id.get(ident)
        if owner is None:
            return []
        start = owner.order + 1
        return self.items[start : start + len(getattr(owner.thing, "facts", ()))]

    def holds(self, party_id: str) -> list[Item]:
        """Concerns the party holds."""
        return [self.item(c.id) for c in self.file.concerns if party_id in c.held_by]

    def holders(self, concern_id: str) -> list[Item]:
        """Parties that hold the concern."""
        concern = self.item(concern_id).thing
        return [self.item(i) for i in concern.held_by] if isinstance(concern, Concern) else []

    def questions_about(self, ident: str) -> list[Item]:
        """Questions whose related items include this one."""
        return [self.item(q.id) for q in self.file.questions if ident in q.related]

    def concerns_about(self, ident: str) -> list[Item]:
        return [self.item(c.id) for c in self.file.concerns if ident in c.about]

    def links(self, ident: str) -> list[tuple[str, Item]]:
        """Everything linked to an item, both directions, each with how it is linked."""
        item = self.item(ident)
        thing = item.thing
        out: list[tuple[str, Item]] = []
        if item.parent is not None:
            out.append(("fact of", self.item(item.parent)))
        out += [("fact", fact) for fact in self.facts_of(ident)]
        if isinstance(thing, Plant) and thing.owner:
            out.append(("owner", self.item(thing.owner)))
        if isinstance(thing, Party):
            out += [("owns", self.item(self.file.plant.id))] if (
                self.file.plant.owner == ident) else []
            out += [("holds", concern) for concern in self.holds(ident)]
        if isinstance(thing, Concern):
            out += [("held by", party) for party in self.holders(ident)]
            out += [("about", self.item(i)) for i in thing.about]
        if isinstance(thing, Question):
            out += [("related", self.item(i)) for i in thing.related]
        out += [("concern about it", c) for c in self.concerns_about(ident)]
        out += [("question", q) for q in self.questions_about(ident)]
        seen: set[tuple[str, str]] = set()
        unique = []
        for how, other in out:
            if (how, other.id) not in seen and other.id != ident:
                seen.add((how, other.id))
                unique.append((how, other))
        return unique

    @cached_property
    def cited(self) -> frozenset[int]:
        return frozenset(s for item in self.items for ev in item.evidence for s in ev.sentences)

    @property
    def coverage(self) -> Coverage:
        return Coverage(len(self.cited), len(self.sentences))

    def uncited(self) -> list[Sentence]:
        return [s for s in self.sentences if s.index not in self.cited]

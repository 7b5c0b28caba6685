"""Checks that span the whole file: ids, references, quotes and cues.

They run on the plain data, before and apart from schema validation, so that one run reports
a bad enum and a missing quote together; anything of the wrong shape is left to the schema.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .provenance import SourceIndex, normalise
from .sentences import Sentence

Loc = tuple[Any, ...]


@dataclass
class Found:
    """Problems as (loc, points at the key, message, loc whose line the message ends with),
    and each located quote's place. They are placed in the file all at once, later."""

    problems: list[tuple[Loc, bool, str, Loc | None]] = field(default_factory=list)
    spans: dict[Loc, tuple[int, int, tuple[int, ...]]] = field(default_factory=dict)

    def add(self, loc: Loc, message: str, *, key: bool = False, first: Loc | None = None) -> None:
        self.problems.append((loc, key, message, first))


def _dicts(data: Any, name: str) -> Iterator[tuple[Loc, dict[str, Any]]]:
    items = data.get(name)
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield (name, index), item


def items(data: dict[str, Any]) -> Iterator[tuple[Loc, dict[str, Any]]]:
    """Every item that carries an id, in reading order."""
    yield from _dicts(data, "parties")
    if isinstance(data.get("plant"), dict):
        yield ("plant",), data["plant"]
    yield from _dicts(data, "concerns")
    yield from _dicts(data, "questions")


def evidence_holders(data: dict[str, Any]) -> Iterator[tuple[Loc, dict[str, Any]]]:
    """Every fact, concern and question: the places that carry evidence."""
    for loc, item in items(data):
        if "facts" in item:
            for fact_loc, fact in _dicts(item, "facts"):
                yield loc + fact_loc, fact
        else:
            yield loc, item


def count_items(data: dict[str, Any]) -> int:
    """Parties, the plant, concerns, questions and facts."""
    return sum(1 for _ in items(data)) + sum(
        1 for _, holder in evidence_holders(data) if "text" in holder
    )


def _strings(value: Any) -> Iterator[tuple[int, str]]:
    if isinstance(value, list):
        for index, entry in enumerate(value):
            if isinstance(entry, str):
                yield index, entry


def check_ids(data: dict[str, Any], found: Found) -> None:
    first: dict[str, Loc] = {}
    parties: set[str] = set()
    for loc, item in items(data):
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in first:
            found.add(loc + ("id",), f"duplicate id {ident!r}", first=first[ident] + ("id",))
            continue
        first[ident] = loc
        if loc[0] == "parties":
            parties.add(ident)

    def resolve(loc: Loc, ident: str, field_name: str, *, party: bool) -> None:
        if ident not in first:
            found.add(loc, f"{field_name} names {ident!r}, which no item has as its id")
        elif party and ident not in parties:
            found.add(loc, f"{field_name} names {ident!r}, which is not a party")

    plant = data.get("plant")
    if isinstance(plant, dict) and isinstance(plant.get("owner"), str):
        resolve(("plant", "owner"), plant["owner"], "owner", party=True)
    for loc, item in items(data):
        for name, party in (("held_by", True), ("about", False), ("related", False)):
            for index, ident in _strings(item.get(name)):
                resolve(loc + (name, index), ident, name, party=party)


def check_evidence(
    data: dict[str, Any], found: Found, index: SourceIndex, sentences: list[Sentence]
) -> None:
    starts = [sentence.start for sentence in sentences]

    def sentences_of(start: int, end: int) -> tuple[int, ...]:
        first = max(bisect_right(starts, start) - 1, 0)
        last = max(bisect_right(starts, end - 1) - 1, first)
        return tuple(range(first, last + 1))

    holders = list(evidence_holders(data))
    index.prepare(evidence["quote"] for _, holder in holders
                  for _, evidence in _dicts(holder, "evidence")
                  if isinstance(evidence.get("quote"), str))
    for loc, holder in holders:
        quotes: list[str] = []
        for ev_loc, evidence in _dicts(holder, "evidence"):
            quote = evidence.get("quote")
            if not isinstance(quote, str) or not quote.strip():
                continue
            quotes.append(normalise(quote).casefold())
            where = loc + ev_loc + ("quote",)
            spans = index.find(quote)
            if not spans:
                found.add(where, "quote not found in the source" + index.hint(quote))
            elif len(spans) > 1:
                found.add(
                    where,
                    "quote occurs more than once in the source; quote more words to tell "
                    "the places apart",
                )
            else:
                start, end = spans[0]
                found.spans[loc + ev_loc] = (start, end, sentences_of(start, end))
        if not quotes:
            continue
        for cue_index, cue in _strings(holder.get("cues")):
            if not any(normalise(cue).casefold() in quote for quote in quotes):
                found.add(loc + ("cues", cue_index), f"cue {cue!r} does not occur in its evidence")

"""Which items a reader chooses to see, by certainty."""

from __future__ import annotations

from dataclasses import dataclass

from .briefing import Item, Kind
from .facts import Certainty


@dataclass(frozen=True)
class Filter:
    """Which certainty levels to show; `None` shows everything."""

    levels: frozenset[Certainty] | None = None
    name: str = "all"

    def passes(self, item: Item) -> bool:
        if self.levels is None:
            return True
        if item.certainty is not None:
            return item.certainty in self.levels
        facts = item.facts
        return not facts and item.kind is Kind.question or any(
            f.certainty in self.levels for f in facts
        )


EVERYTHING = Filter()
FIRM_ONLY = Filter(frozenset(c for c in Certainty if c.firm), "firm")
HEDGED_ONLY = Filter(frozenset(c for c in Certainty if not c.firm), "hedged")

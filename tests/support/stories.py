"""Versions of one story written for the diff tests (tests/briefings/diff/), and synthetic
facts for the bounds of the matching."""

from __future__ import annotations

from pathlib import Path

from model import Briefing, Item, Kind
from model.cache import open_briefing
from model.facts import Certainty, Evidence, Fact

from .paths import REPO

DIFF = REPO / "tests" / "briefings" / "diff"


def version(name: str, folder: Path = DIFF) -> Briefing:
    return open_briefing(folder / name)


def fact(owner: str, order: int, text: str, *quotes: str,
         certainty: Certainty = Certainty.stated) -> Item:
    """A fact item made in memory, for matching many without writing a briefing."""
    thing = Fact(text=text, certainty=certainty, cues=[],
                 evidence=[Evidence(quote=quote) for quote in quotes])
    return Item(Kind.fact, f"{owner}.{order + 1}", text, thing, owner, order)

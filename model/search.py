"""Literal, case-insensitive search over a briefing, from a case-folded index built once."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from .briefing import Briefing, Item


def _words(item: Item) -> Iterator[str]:
    thing = item.thing
    yield item.id
    yield item.label
    for name in ("role", "kind", "stance", "text", "detail", "why", "location", "workforce",
                 "status"):
        value = getattr(thing, name, None)
        if isinstance(value, str):  # enums are str too
            yield str(value)
    yield from getattr(thing, "watch_for", [])
    yield from getattr(thing, "cues", [])
    for ev in item.evidence:
        yield ev.quote
        if ev.note:
            yield ev.note


class SearchIndex:
    """Built on first use or by `build`, so that it need not hold up the first screen."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing

    @cached_property
    def _folded(self) -> list[tuple[Item, str]]:
        return [(item, "\n".join(_words(item)).casefold()) for item in self.briefing.items]

    @cached_property
    def _source(self) -> str:
        return self.briefing.source_text.casefold()

    def build(self) -> tuple[list[tuple[Item, str]], str]:
        """Build the index now rather than at the first search; return its two parts."""
        return self._folded, self._source

    def items(self, query: str) -> list[Item]:
        """Items whose text, id, quotes or notes contain `query`, in reading order."""
        needle = query.casefold()
        if not needle:
            return []
        return [item for item, text in self._folded if needle in text]

    def source_spans(self, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
        """Where `query` occurs in the source text (at most `limit` places)."""
        needle = query.casefold()
        spans: list[tuple[int, int]] = []
        if not needle or len(needle) != len(query):
            return spans  # case folding changed the length: offsets would not line up
        source = self._source
        at = source.find(needle)
        while at != -1 and len(spans) < limit:
            spans.append((at, at + len(needle)))
            at = source.find(needle, at + 1)
        return spans

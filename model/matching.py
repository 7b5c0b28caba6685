"""Which fact of one version is which fact of the next: briefing/1 gives facts no ids.

Facts are only compared with facts of the same owner (a party or the plant, matched by id), in
three passes, each deterministic (earlier facts first, ties to the earlier old fact):
1. the same text and the same quotes (white space folded): unchanged;
2. a quote in common, and texts at least SHARED_RATIO alike (difflib): the same fact, its text,
   certainty or evidence changed;
3. no quote in common, texts at least TEXT_RATIO alike: the same fact, its quotes replaced.
Work is bounded whatever the file holds: pass 2 weighs at most CANDIDATES facts for each new
one, pass 3 runs only while an owner's leftovers make at most PAIRS pairs, texts are compared
on their first COMPARED characters, and the whole diff makes at most RATIOS comparisons;
past a bound, what is left is listed as removed and added rather than guessed.
"""

from __future__ import annotations

from collections import defaultdict, deque
from difflib import SequenceMatcher
from itertools import islice

from .briefing import Item
from .since import folded

SHARED_RATIO = 0.4
TEXT_RATIO = 0.75
CANDIDATES = 16
PAIRS = 10_000
COMPARED = 1_000
RATIOS = 200_000


class Budget:
    """The comparisons one diff may still make."""

    def __init__(self, ratios: int = RATIOS) -> None:
        self.left = ratios

    def ratio(self, a: str, b: str, floor: float) -> float:
        """How alike two texts are (0 to 1), or 0 once below `floor` or out of budget."""
        if a == b:
            return 1.0
        if self.left <= 0:
            return 0.0
        self.left -= 1
        matcher = SequenceMatcher(None, a[:COMPARED], b[:COMPARED])
        if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
            return 0.0
        return matcher.ratio()


def _text(fact: Item) -> str:
    return folded(fact.thing.text)


def _quotes(fact: Item) -> tuple[str, ...]:
    return tuple(folded(ev.quote) for ev in fact.evidence)


def match_facts(old: list[Item], new: list[Item], budget: Budget) -> dict[int, Item]:
    """The old fact matched to each new fact, by the new fact's index in `new`."""
    matched: dict[int, Item] = {}
    taken: set[int] = set()  # id() of the old facts already matched

    exact: dict[tuple[str, tuple[str, ...]], deque[Item]] = defaultdict(deque)
    for fact in old:
        exact[(_text(fact), _quotes(fact))].append(fact)
    for index, fact in enumerate(new):
        same = exact.get((_text(fact), _quotes(fact)))
        if same:
            matched[index] = same.popleft()
            taken.add(id(matched[index]))

    by_quote: dict[str, deque[Item]] = defaultdict(deque)
    for fact in old:
        if id(fact) not in taken:
            for quote in dict.fromkeys(_quotes(fact)):
                by_quote[quote].append(fact)
    for index, fact in enumerate(new):
        if index in matched:
            continue
        best, best_ratio, weighed = None, 0.0, 0
        for quote in dict.fromkeys(_quotes(fact)):
            bucket = by_quote.get(quote, deque())
            while bucket and id(bucket[0]) in taken:  # matched ones leave from the front
                bucket.popleft()
            for candidate in islice(bucket, CANDIDATES):
                if weighed >= CANDIDATES:
                    break
                if id(candidate) in taken:
                    continue
                weighed += 1
                ratio = budget.ratio(_text(fact), _text(candidate), SHARED_RATIO)
                if ratio >= SHARED_RATIO and (best is None or ratio > best_ratio or (
                        ratio == best_ratio and candidate.order < best.order)):
                    best, best_ratio = candidate, ratio
        if best is not None:
            matched[index] = best
            taken.add(id(best))

    left_old = [fact for fact in old if id(fact) not in taken]
    left_new = [index for index in range(len(new)) if index not in matched]
    if left_old and left_new and len(left_old) * len(left_new) <= PAIRS:
        pairs = []
        for index in left_new:
            for candidate in left_old:
                ratio = budget.ratio(_text(new[index]), _text(candidate), TEXT_RATIO)
                if ratio >= TEXT_RATIO:
                    pairs.append((-ratio, index, candidate.order, candidate))
        for _, index, _, candidate in sorted(pairs, key=lambda p: p[:3]):
            if index not in matched and id(candidate) not in taken:
                matched[index] = candidate
                taken.add(id(candidate))
    return matched

"""Which fact of one version is which fact of the next: briefing/1 gives facts no ids.

Facts are only compared with facts of the same owner (a party or the plant, matched by id), in
four passes, each deterministic (earlier facts first, ties to the earlier old fact):
1. the same text and the same quotes (white space folded): unchanged;
2. a quote in common, and texts at least SHARED_RATIO alike (difflib): the same fact, its text,
   certainty or evidence changed;
3. no quote in common, texts at least TEXT_RATIO alike: the same fact, its quotes replaced;
4. what is left, paired as one fact replaced by another: texts sharing at least WORD_SHARE of
   the longer one's words (words in COMMON aside), else the one fact left on each side whose
   text opens on the same subject (its first word not in COMMON). An analyst who rewrites
   "Baowu has not confirmed the report" as "Baowu confirmed it submitted a formal offer"
   replaces claim and quote; two unrelated lines would hide that the claim became firmer.
Work is bounded whatever the file holds: pass 2 weighs at most CANDIDATES facts for each new
one, passes 3 and 4 run only while an owner's leftovers make at most PAIRS pairs, texts are
compared on their first COMPARED characters, and the whole diff compares at most RATIOS texts
and SHARES word sets; past a bound, what is left is listed as removed and added rather than
guessed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict, deque
from difflib import SequenceMatcher
from itertools import islice

from .briefing import Item
from .since import folded

WORD = re.compile(r"\w+")
# Words that say nothing of what a fact is about: not counted as shared, never a subject.
COMMON = frozenset(
    "a an the of to in on at by for from with and or but as is are was were be been has have had"
    " it its this that these those not no will would said says".split())

SHARED_RATIO = 0.4
TEXT_RATIO = 0.75
WORD_SHARE = 0.5
CANDIDATES = 16
PAIRS = 10_000
COMPARED = 300
RATIOS = 10_000  # texts compared in one diff: at most about 4 s of CPU, however hostile
SHARES = 250_000  # word sets pass 4 compares in one diff: at most about 0.15 s of CPU


class Budget:
    """The comparisons one diff may still make."""

    def __init__(self, ratios: int = RATIOS, shares: int = SHARES) -> None:
        self.left = ratios
        self.shares = shares

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


def _words(fact: Item) -> set[str]:
    return {word for word in WORD.findall(fact.thing.text[:COMPARED].casefold())
            if word not in COMMON}


def _subject(fact: Item) -> str | None:
    for word in WORD.findall(fact.thing.text[:COMPARED].casefold()):
        if word not in COMMON:
            return word
    return None


def _replaced(old: list[Item], new: list[Item], left_new: list[int], budget: Budget,
              matched: dict[int, Item], taken: set[int]) -> set[int]:
    """Pass 4 on the facts passes 1 to 3 left, within pass 3's bound on pairs and the
    budget's word sets: the new facts it pairs, by index."""
    left_old = [fact for fact in old if id(fact) not in taken]
    size = len(left_old) * len(left_new)
    if not size or size > PAIRS or size > budget.shares:
        return set()
    budget.shares -= size
    words = {id(fact): _words(fact) for fact in left_old}
    pairs = []
    for index in left_new:
        mine = _words(new[index])
        for candidate in left_old:
            theirs = words[id(candidate)]
            share = len(mine & theirs) / max(len(mine), len(theirs), 1)
            if share >= WORD_SHARE:
                pairs.append((-share, index, candidate.order, candidate))
    found: set[int] = set()
    for _, index, _, candidate in sorted(pairs, key=lambda p: p[:3]):
        if index not in matched and id(candidate) not in taken:
            matched[index] = candidate
            taken.add(id(candidate))
            found.add(index)
    # a subject held by exactly one fact left on each side: more would be a guess
    olds = Counter(_subject(fact) for fact in old if id(fact) not in taken)
    news = Counter(_subject(new[index]) for index in left_new if index not in matched)
    by_subject = {_subject(fact): fact for fact in old if id(fact) not in taken}
    for index in left_new:
        subject = _subject(new[index])
        if index not in matched and subject and olds[subject] == news[subject] == 1:
            matched[index] = by_subject[subject]
            taken.add(id(matched[index]))
            found.add(index)
    return found


def match_facts(old: list[Item], new: list[Item], budget: Budget) -> tuple[dict[int, Item],
                                                                             set[int]]:
    """The old fact matched to each new fact, by the new fact's index in `new`, and the
    indices of those pass 4 paired: one fact replaced by another."""
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
        olds = [(candidate, _text(candidate)) for candidate in left_old]  # folded once each
        for index in left_new:
            mine = _text(new[index])
            for candidate, theirs in olds:
                ratio = budget.ratio(mine, theirs, TEXT_RATIO)
                if ratio >= TEXT_RATIO:
                    pairs.append((-ratio, index, candidate.order, candidate))
        for _, index, _, candidate in sorted(pairs, key=lambda p: p[:3]):
            if index not in matched and id(candidate) not in taken:
                matched[index] = candidate
                taken.add(id(candidate))
    left_new = [index for index in left_new if index not in matched]
    return matched, _replaced(old, new, left_new, budget, matched, taken)

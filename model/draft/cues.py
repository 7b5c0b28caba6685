"""Certainty from the words of a sentence, by the cue lexicon in cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..facts import Certainty

# From firm to weak; the weakest level found in a sentence wins.
ORDER = tuple(Certainty)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_CLAUSE_END = re.compile(r"[,;]|\bthen\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern[str]
    levels: dict[str, Certainty | None]  # None: a phrase matched only to be ignored
    capitalised_not_cue: frozenset[str]
    conditionals: frozenset[str]


@dataclass(frozen=True)
class Reading:
    certainty: Certainty
    cues: tuple[str, ...]  # as written in the sentence, in reading order


@cache
def lexicon() -> Lexicon:
    data = yaml.load(resources.files("model.draft").joinpath("cues.yaml").read_text("utf-8"),
                     Loader=yaml.CSafeLoader)
    levels: dict[str, Certainty | None] = {}
    for level, phrases in data["levels"].items():
        for phrase in phrases:
            levels[phrase.casefold()] = Certainty(level)
    for phrase in data["not_cues"]:
        levels[phrase.casefold()] = None
    conditionals = frozenset(word.casefold() for word in data["conditionals"])
    phrases = sorted([*levels, *conditionals], key=lambda p: (-len(p), p))
    pattern = re.compile(
        r"(?<![\w'])(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
        + r")(?![\w'])",
        re.IGNORECASE,
    )
    return Lexicon(pattern, levels, frozenset(data["capitalised_not_cue"]), conditionals)


def read_certainty(sentence: str, named_party: bool) -> Reading:
    """The certainty a sentence commits to, and the cues that say so."""
    lex = lexicon()
    text = sentence.translate(_APOSTROPHES)  # one character for one: offsets still hold
    found: list[tuple[int, str, Certainty]] = []
    condition_end = -1
    for match in lex.pattern.finditer(text):
        written = " ".join(sentence[match.start() : match.end()].split())
        key = " ".join(match.group().casefold().split())
        if match.start() < condition_end:
            continue
        if key in lex.conditionals:
            stop = _CLAUSE_END.search(text, match.end())
            condition_end = stop.start() if stop else len(text)
            found.append((match.start(), written, Certainty.possible))
            continue
        level = lex.levels.get(key)
        if level is None or (written[0].isupper() and key in lex.capitalised_not_cue):
            continue
        if level is Certainty.confirmed and not named_party:
            continue
        found.append((match.start(), written, level))
    if not found:
        return Reading(Certainty.stated, ())
    weakest = max((level for _, _, level in found), key=ORDER.index)
    return Reading(weakest, tuple(dict.fromkeys(written for _, written, _ in found)))

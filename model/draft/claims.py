"""Two claims of different firmness in one sentence, so each can be its own fact quoting its
own clause: "Acme confirmed the plant will close, but has not said whether the 300 workers
will be moved" is a confirmed claim and an unconfirmed one.

A sentence splits only where both sides stand as claims: at ", but", " but", ", and" or ";"
followed either by a verb of the same subject ("but has not said", "but declined") or by a
clause of its own ("and a decision is expected"). A clause of its own after "said", and a
second "that" clause, may still be the speaker's words ("said the company had refused, but
the union would keep asking"), so it is read with the speaker's verb before it. Every
pattern is anchored or bounded: a hostile sentence costs time in its length only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..facts import Certainty
from .cues import Reading, lexicon, read_certainty

_MAX = 2_000  # characters of a sentence searched for a split; a longer one stays whole
_MIN_WORDS = 3  # each side holds at least this many words
# A speaker's words going on after a participle: ", adding that the consultations could last".
_GOING_ON = r"(?:adding|arguing|saying|warning|insisting)\s+that"
# ... and " and" before a second verb of saying: "rejected the claim and said the plant would"
# ... or a denial: "welcomed the reopening and denied that it had asked for subsidies".
_JOIN = re.compile(r"(?:,\s+but|\s+but|,\s+and|;|\s+and(?=\s+(?:said|says|told|added|insisted|"
                   r"denied|rejected|dismissed)\b)"
                   rf"|,(?=\s+{_GOING_ON}\b)"
                   # a rebuttal set beside a figure: ", a figure the government called"
                   r"|,(?=\s+an?\s+(?:figure|claim|charge|estimate|number|accusation)\s+(?:that\s+)?"
                   r"(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:called|denied|rejected|disputed|"
                   r"dismissed)\b)"
                   # a body's own next step, closing the sentence: ", which is expected to rule"
                   r"|,(?=\s+which\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)"
                   r"\b[^,]*$))"
                   r"\s+(?=\S)")
_AUXILIARY = (r"(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|"
              r"should|must)")
# The same subject goes on: "but has not said", "but declined to give a date".
_PREDICATE = re.compile(rf"(?:{_AUXILIARY}|declined|denied|refused|rejected|dismissed|said|"
                        r"says|told|added|warned|confirmed|announced|expects|plans|"
                        rf"{_GOING_ON}|which)\b")
# A clause of its own: a subject of up to seven words, then a verb; the subject may be a count
# ("about 120 nurses are expected") or a plural ("residents of the nearby district have").
_CLAUSE = re.compile(r"(?:the|a|an|its|their|this|these|those|it|they|he|she|[A-Z][\w'’.-]*|"
                     r"(?:about|around|nearly|some|over)\s+\d[\d,.]*|\d[\d,.]*|[a-z]{3,}s)"
                     rf"(?:\s+[\w'’.,-]+){{0,6}}?\s+(?:{_AUXILIARY}|[a-z]+ed)\b")


_SAID_ON = re.compile(rf"^{_GOING_ON}\s+")
# A second clause of what was said: "..., and that he had written to the prime minister".
THAT_JOIN = re.compile(r",?\s+and\s+(?=that\s+\S)")


@dataclass(frozen=True)
class Claim:
    text: str  # the clause as written in the sentence, a quote of the source
    reading: Reading


@cache
def _speech() -> re.Pattern[str]:
    """A verb of saying, from the lexicon's attribution verbs."""
    return re.compile(r"\b(?:" + "|".join(sorted(lexicon().attribution)) + r")\b",
                      re.IGNORECASE)


def _as_said(said: str, clause: str, named_party: bool) -> Reading:
    """A clause still in the speaker's words, read with the speaker and verb before it. It
    keeps no cue, as its quote holds none of the speaker's words."""
    return Reading(read_certainty(f"{said} {clause}", named_party).certainty, ())


def _with_subject(clause: str, named_party: bool) -> Reading:
    """A predicate read with a subject of its own ("It said it had yet to see a contract"),
    its cues as written in the clause."""
    reading = read_certainty(f"It {clause}", named_party)
    cues = tuple(cue[3:] if cue.startswith("It ") else cue for cue in reading.cues)
    return Reading(reading.certainty, cues, reading.levels)


def _second_saying(text: str, named_party: bool) -> tuple[Claim, Claim] | None:
    """"X said the school would struggle, and that he had written to the minister": the
    second "that" clause is said by the same speaker."""
    join = THAT_JOIN.search(text)
    said = _speech().search(text, 0, join.start()) if join else None
    if said is None or len(text[: join.start()].split()) < _MIN_WORDS:
        return None
    first, second = text[: join.start()], text[join.end() :]
    one, two = read_certainty(first, named_party), _as_said(text[: said.end()], second,
                                                             named_party)
    return None if one.certainty == two.certainty else (Claim(first, one), Claim(second, two))


def split_claims(sentence: str, named_party: bool) -> tuple[Claim, Claim] | None:
    """The sentence's two claims where it carries two of different firmness, else None."""
    text = sentence[:_MAX]
    if len(text) < len(sentence):
        return None
    if (said_twice := _second_saying(text, named_party)) is not None:
        return said_twice
    speech = _speech()
    for join in _JOIN.finditer(text):
        first, second = text[: join.start()], text[join.end() :]
        if len(first.split()) < _MIN_WORDS or len(second.split()) < _MIN_WORDS:
            continue
        own_clause = _CLAUSE.match(second) and not _PREDICATE.match(second)
        if not (_PREDICATE.match(second) or own_clause):
            continue
        one = read_certainty(first, named_party)
        # the same subject goes on: read as its own words ("but said it had yet to see")
        said_before = speech.search(first)
        if _PREDICATE.match(second) and said_before and not (
                _SAID_ON.match(second) or speech.match(second)):
            # "said it welcomed the new jobs but would seek an agreement": still the speaker's
            two = _as_said(first[: said_before.end()], f"it {second}", named_party)
        elif _PREDICATE.match(second):
            two = _with_subject(second, named_party)
        else:
            two = read_certainty(second, named_party)
        said = speech.search(first) if own_clause or _SAID_ON.match(second) else None
        if said is not None and _SAID_ON.match(second):  # "told the TT news agency, adding
            # that the consultations could last": the speaker's clause alone says it
            speaker = first.rfind(",", 0, said.start()) + 1
            two = _as_said(first[speaker : said.end()], _SAID_ON.sub("", second), named_party)
        elif said is not None:  # "said the company had refused, but the union would keep asking"
            two = _as_said(first[: said.end()], second, named_party)
        # the second side commits on its own: a clause with no cue ("and called a strike") is
        # no second claim of a firmness of its own, but part of the first
        if one.certainty != two.certainty and (own_clause or _commits(two)):
            return Claim(first, one), Claim(second, two)
    return None


def _commits(reading: Reading) -> bool:
    return bool(reading.cues) or reading.certainty is not Certainty.stated

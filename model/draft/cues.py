"""Certainty from the words of a sentence, by the cue lexicon in cues.yaml: cues, who speaks
them, and the negations and clauses that turn them. Every search looks at a bounded window
of the sentence, so a hostile sentence costs time in proportion to its length."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from ..facts import Certainty

# From firm to weak; the weakest level found in a sentence wins.
ORDER = tuple(Certainty)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
_CLAUSE_END = re.compile(r"[,;]|\bthen\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[,;:\u2014()\"\u201c\u201d]")
_WINDOW = 60  # characters looked back for a negator or forward for a reported subject
_SPEAKER = 120  # characters looked back for who speaks
_SPEAKER_WORDS = 8  # a longer speaker is left out of the cue, which is then the verb alone
# "was told", "was not told": no one named speaks
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|never\s+)?$",
                      re.IGNORECASE)
_NAME = re.compile(r"(?<![\w'])[A-Z\u00c0-\u00de][\w'.-]*")
# A capitalised word more of a name follows: "Paper Manufacturers and Allied Workers said" is
# a union, not the press.
_NAME_GOES_ON = re.compile(r"\s+[A-Z\u00c0-\u00de]")
_PRONOUN = re.compile(r"(?:he|she|they|we|i)", re.IGNORECASE)
_STARTERS = frozenset("the a an this that these those it its in on at for but and or so as "
                      "after before while when if".split())
# A quotation closed right before the verb: the speaker is named after it.
_QUOTE_CLOSED = re.compile(r"[,.!?][\"\u201d]\s*$")
_AFTER_VERB = re.compile(rf"[^,.;:]{{0,{_SPEAKER}}}")
# When or where a thing was said, between the verb and the subject of what was said.
_SAID_WHEN = re.compile(r"^(?:(?:on|in|at|by|last|this|late|earlier|later)\s+(?:an?\s+|the\s+)?"
                        r"[\w-]+\s*)+")
# People counted, not named: "two coffee traders in the town said".
_COUNTED = re.compile(r"(?:two|three|four|five|six|several|some|many|a\s+few|a\s+number\s+of|"
                      r"\d+)\s+[a-z]", re.IGNORECASE)
# A source of the speaker's own: "citing its annual report".
_OWN_CITED = re.compile(r"\s+(?:its|their|his|her|our)\b")
# ... or a thing of another's: "said dust from KRB's trucks had ruined crops".
_OWNED_AFTER = re.compile(r"(?:that\s+)?(?:[a-z]+\s+){1,3}?(?:from|of|by)\s+"
                          r"([A-Z\u00c0-\u00de][\w.-]*)['’]s\s")
# A name opening what was said, then its verb: "said Highfield had not paid".
_NAMED_AFTER = re.compile(r"(?:that\s+)?([A-Z\u00c0-\u00de][\w'’.-]*)"
                          r"(?:\s+[A-Z\u00c0-\u00de][\w'’.-]*)*"
                          r"\s+(?:had|has|have|was|were|is|are|would|will|could|did)\b")
_OWN_BODY = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}(?:government|council|ministry|company|union|"
                       r"state|city|municipality|department|agency|board|group|authority)")
_TURNED = {Certainty.confirmed: Certainty.unconfirmed, Certainty.denied: Certainty.possible,
           Certainty.likely: Certainty.likely}


@dataclass(frozen=True)
class Lexicon:
    pattern: re.Pattern[str]
    levels: dict[str, Certainty | None]  # None: a phrase matched only to be ignored
    capitalised_not_cue: frozenset[str]
    conditionals: frozenset[str]
    open_questions: frozenset[str]
    attribution: frozenset[str]
    hypothetical: frozenset[str]
    reporters: re.Pattern[str]
    negator: re.Pattern[str]
    own_side: frozenset[str]
    rebuttal: re.Pattern[str]
    others_side: re.Pattern[str]  # a clause about another side's acts, after the verb
    sides: re.Pattern[str]  # a speaker who says which side they are on
    own_acts: frozenset[str]  # "would be offered": a speaker's own act, its agent left out


@dataclass(frozen=True)
class Reading:
    certainty: Certainty
    cues: tuple[str, ...]  # as written in the sentence, in reading order
    levels: tuple[Certainty, ...] = ()  # each cue's level as read here, by its speaker


def _words(phrases: list[str]) -> str:
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    # a word of a phrase may open a quotation: 'had "no intention" of'
    return "|".join(re.escape(p).replace(r"\ ", r"\s+[\"\u201c]?") for p in ordered)


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

    def words(name: str) -> frozenset[str]:
        return frozenset(word.casefold() for word in data[name])

    conditionals, questions = words("conditionals"), words("open_questions")
    attribution, hypothetical = words("attribution"), words("hypothetical")
    phrases = [*levels, *conditionals, *questions, *attribution, *hypothetical]
    pattern = re.compile(r"(?<![\w'])(" + _words(phrases) + r")(?![\w'])", re.IGNORECASE)
    reporters = re.compile(r"(?<![\w'])(?:" + _words(data["reporters"]) + r")(?![\w'])",
                           re.IGNORECASE)
    # A negator and at most three words, then the cue: "has not", "no talks have been".
    # ... in its own clause: "sent home without pay and warned" does not negate "warned"
    negator = re.compile(r"(?:(?<![\w'])(?:" + _words(data["negators"]) + r")|n't)"
                         r"(?:\s+(?!(?:and|but|or)\b)[\w'-]{1,30}){0,3}\s+$", re.IGNORECASE)
    # words between may be quoted: 'called the claim "completely false"', 'dismissed as
    # "speculation" a report'
    said = r"(?:\s+[\"\u201c]?[\w'-]{1,30}[\"\u201d]?)"
    rebuttal = re.compile(r"(?<![\w'])(?:(?:" + _words(data["rebuttals"]) + r")"
                          + said + r"{0,3}?\s+(?P<noun>" + _words(data["rebutted"]) +
                          # not what a speaker "called" it in declining: "declined to comment
                          # on what he called market speculation"
                          r")|(?<!what he )(?<!what she )(?<!what it )(?<!what they )"
                          r"(?:" + _words(data["branding"]) + r")" + said + r"{1,12}?"
                          r"\s+[\"\u201c]?(?P<untrue>(?:as\s+)?(?:" + _words(data["untrue"]) +
                          r")))(?![\w'])", re.IGNORECASE)
    others = re.compile(r"\s+(?:that\s+)?(" + _words(data["others_side"]) + r")(?![\w'])",
                        re.IGNORECASE)
    sides = re.compile(r"(?<![\w'])(?:" + _words(data["sides"]) + r")(?![\w'])", re.IGNORECASE)
    return Lexicon(pattern, levels, words("capitalised_not_cue"), conditionals, questions,
                   attribution, hypothetical, reporters, negator, words("own_side"), rebuttal,
                   others, sides, words("own_acts"))


def _clause_before(text: str, at: int, reach: int) -> tuple[int, str]:
    """Where the clause holding `at` starts, looking back at most `reach` characters."""
    start = max(0, at - reach)
    window = text[start:at]
    cut = max((m.end() for m in _BOUNDARY.finditer(window)), default=0)
    return start + cut, window[cut:]


def _speaker(lex: Lexicon, text: str, at: int, end: int) -> tuple[Certainty, int] | None:
    """Who speaks the attribution verb at `at` (ending at `end`): a party on the record, or
    someone passing on what others say or do, and where the words naming them start. None
    for a passive or when no one is named before the verb."""
    start, before = _clause_before(text, at, _SPEAKER)
    if _PASSIVE.search(before):
        return None
    if _QUOTE_CLOSED.search(text, max(0, at - 4), at):  # '"We know," said Dr. Thiessen':
        # the speaker comes after the verb, up to the next comma
        speaker = _AFTER_VERB.match(text, end).group()
        return (Certainty.reported if lex.reporters.search(speaker) else Certainty.confirmed,
                at)
    if not before.strip() and start > 0:  # "Dr. Ng, an economist at Hale, said"
        _, appositive = _clause_before(text, start - 1, _SPEAKER)
        head_start, head = _clause_before(text, max(start - 1 - len(appositive) - 1, 0),
                                          _SPEAKER)
        before = head + " " + appositive if head_start < start else appositive
        start = at  # the cue is the verb alone: the speaker is spread over commas
    if not before.strip():
        return None
    start += len(before) - len(before.lstrip()) if start < at else 0
    if any(not (m.group()[0].isupper() and _NAME_GOES_ON.match(before, m.end()))
           for m in lex.reporters.finditer(before)) or _COUNTED.match(before.lstrip()):
        return Certainty.reported, start
    # a party named by name after the verb is another's act passed on: "The Hill Country
    # Workers' Front said Highfield had not paid the wage"; not the speaker's own name
    told = _NAMED_AFTER.match(_SAID_WHEN.sub("", text[end : end + _WINDOW].lstrip())) or (
        _OWNED_AFTER.match(text[end : end + _WINDOW].lstrip()))  # "dust from KRB's trucks"
    name = told.group(1) if told else ""
    if told and name.casefold().rstrip(".") not in _STARTERS and not _PRONOUN.fullmatch(name) \
            and name.rstrip("'’s") not in text[max(0, start - _SPEAKER) : at]:
        return Certainty.reported, start
    other = lex.others_side.match(text, end, end + _WINDOW)
    if other and other.group(1).split()[-1].casefold() not in before.casefold() and (
            lex.sides.search(before)):  # "Ms. Wanjiru said the company": whose side is she?
        return Certainty.reported, start  # "A union spokesman said the company had refused"
    return Certainty.confirmed, start


def _own_future(lex: Lexicon, text: str, at: int, verbs: list[int]) -> bool:
    """"Acme said it would": the future of a party's own reported speech, not a hypothesis."""
    if not verbs:
        return False
    between = text[verbs[-1] : at]
    if len(between) > _SPEAKER:  # "said workers had complained for weeks and that it would"
        return False
    after = re.match(r"\s+be\s+(\w+)", text[at + len("would") : at + _WINDOW])
    if after and after.group(1).casefold() in lex.own_acts:
        return True
    # the subject of the clause holding "would": "said the company had refused, but the union
    # would keep asking" is the union's own future
    parts = re.split(r"\bthat\b|,|\bbut\b|\band\b", between, flags=re.IGNORECASE)
    # less when and where it was said: "said on Wednesday it would", "said in a letter it would"
    subject = _SAID_WHEN.sub("", " ".join(parts[-1].split()).casefold())
    # its own thing, or its body by a longer name: "said its cotton gin ... would not open",
    # "said the state government would not bail out"
    # ... or its own people by a possessive inside: "inspectors from her department would visit"
    if re.match(r"(?:its|their|our)\s", subject) or _OWN_BODY.fullmatch(subject) or (
            len(subject.split()) <= 6 and re.search(r"\b(?:its|their|our|her|his)\s+(?:own\s+)?"
                                                    r"(?:department|ministry|company|staff|"
                                                    r"inspectors|officials|engineers|team)\b",
                                                    subject)):
        return True
    if not subject and len(parts) > 1:  # "said it had offered 6.5% and would not improve it":
        # the clause before says whose future it is
        before = " ".join(parts[-2].split()).casefold()
        return any(before.startswith(f"{own} ") for own in lex.own_side)
    return subject in lex.own_side


def _named(sentence: str) -> bool:
    """A proper name anywhere but as the sentence's first word."""
    return any(m.group().casefold().rstrip(".") not in _STARTERS
               for m in _NAME.finditer(sentence) if m.start() > 0)


def read_certainty(sentence: str, named_party: bool) -> Reading:
    """The certainty a sentence commits to, and the cues that say so."""
    lex = lexicon()
    text = sentence.translate(_APOSTROPHES)  # one character for one: offsets still hold
    found: list[tuple[int, str, Certainty]] = []
    skip_end = -1
    # ends of attribution verbs, a passive's too: "Workers were told that they would be paid"
    # is what they were told of their own future, not a hypothesis
    verbs: list[int] = []
    last_end = 0  # end of the last cue found
    for match in lex.pattern.finditer(text):
        key = " ".join(match.group().casefold().replace('"', " ").replace("\u201c", " ").split())
        if match.start() < skip_end:
            continue
        start, level = match.start(), lex.levels.get(key)
        if key in lex.conditionals or key in lex.open_questions:
            stop = _CLAUSE_END.search(text, match.end())
            skip_end = stop.start() if stop else len(text)
            if key in lex.conditionals:
                found.append((start, sentence[start : match.end()], Certainty.possible))
            continue
        if match.group()[0].isupper() and key in lex.capitalised_not_cue:
            continue
        attributed = key.split()[0] in lex.attribution  # "said", "said in a statement"
        spoken = _speaker(lex, text, start, match.end()) if attributed else None
        cited = _AFTER_VERB.match(text, match.end()).group() if key == "citing" else ""
        if lex.reporters.search(cited) and not _OWN_CITED.match(cited):
            spoken = Certainty.reported, start  # "El Mercurio reported, citing an official"
        if spoken is not None and found and spoken[1] < last_end:
            if found[-1][2] is Certainty.reported:
                continue  # "people familiar with the plans say": one cue, already read
            spoken = spoken[0], start  # "Acme denied it had announced": the verb alone
        if attributed:
            verbs.append(match.end())
        if spoken is not None:
            level, speaker = spoken
        elif level is Certainty.confirmed and not named_party and not lex.negator.search(
                _clause_before(text, start, _WINDOW)[1]):
            continue
        if key in lex.hypothetical:
            if _own_future(lex, text, start, verbs):
                continue
            level = Certainty.possible
        if level is None:
            continue
        clause_start, clause = _clause_before(text, start, _WINDOW)
        if spoken is not None and len(text[speaker:start].split()) < _SPEAKER_WORDS:
            start = speaker
        negated = lex.negator.search(clause)
        if negated and (level in _TURNED or spoken is not None):
            level = _TURNED.get(level, Certainty.unconfirmed)
            start = min(start, clause_start + negated.start())
        found.append((start, " ".join(sentence[start : match.end()].split()), level))
        last_end = match.end()
    for match in lex.rebuttal.finditer(text):
        if match.start() < skip_end:  # inside a condition or a question
            continue
        negated = lex.negator.search(_clause_before(text, match.start(), _WINDOW)[1])
        found.append((match.start(), " ".join(sentence[match.start() : match.end()].split()),
                      Certainty.possible if negated else Certainty.denied))
    found.sort(key=lambda each: each[0])  # the cues in reading order
    if not found:
        return Reading(Certainty.stated, ())
    levels: dict[str, Certainty] = {}
    for _, written, level in found:
        levels[written] = max(levels.get(written, level), level, key=ORDER.index)
    return Reading(max(levels.values(), key=ORDER.index), tuple(levels), tuple(levels.values()))


@lru_cache(maxsize=64)  # a fact's cues are read in the same quotes: one reading for them all
def _in_quote(quote: str) -> Reading:
    return read_certainty(quote, _named(quote))


def cue_level(cue: str, quotes: tuple[str, ...] = ()) -> Certainty | None:
    """The level a cue has, read as the drafter reads it: in the first of `quotes` that holds
    it, since an attribution verb's level is its speaker's ("sources said" is reported, "Acme
    said" confirmed); else on its own. None when the lexicon gives it none."""
    written = " ".join(cue.split())
    for quote in quotes:
        reading = _in_quote(quote)
        if written in reading.cues:
            return reading.levels[reading.cues.index(written)]
    key = written.casefold()
    if key in lexicon().attribution:  # a verb whose speaker was left out: a party's words
        return Certainty.confirmed
    reading = read_certainty(cue, True)
    return reading.certainty if reading.cues else None

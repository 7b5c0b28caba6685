"""Who and what a source text is about: parties and the facility, found by plain rules.

The rules are guesses for an analyst to correct, so each result says how it was found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..sentences import Sentence
from .lexicon import (
    AFTER_SINGULAR,
    AND_TAIL,
    BARE_FACILITY,
    CAPS_RUN,
    COMPANY,
    FACILITY,
    FACILITY_NAME,
    FUNCTION_WORDS,
    INDEFINITE,
    LIST_JOIN,
    MODIFIERS,
    NAME_KINDS,
    NEEDS_MODIFIER,
    NOT_PARTIES,
    NOT_WORKFORCE,
    NUMBER_UNIT,
    OWN_ACT,
    OWNED_BY,
    POSSESSOR,
    PERSON_TITLE,
    PLACE_BEFORE,
    POSSESSIVE,
    ROLE,
    ROLE_HEADS,
    SINGULAR,
    TITLE,
    TITLE_KINDS,
    WORD,
)


@dataclass
class Party:
    id: str
    name: str
    kind: str
    how: str  # how the name was found, for the analyst
    named: bool  # a proper name, not a role like "regulators"
    first: int  # index of the sentence that first mentions it
    sentences: list[int] = field(default_factory=list)


@dataclass
class Facility:
    id: str
    name: str
    first: int | None  # None: no facility named; the draft holds a placeholder
    location: str | None = None
    owner: str | None = None
    workforce: str | None = None
    sentences: list[int] = field(default_factory=list)


@dataclass
class Actors:
    parties: list[Party]
    facility: Facility
    about: dict[int, str]  # sentence index -> id of the party or facility it is about


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@dataclass
class _Mention:
    sentence: int
    start: int
    end: int
    key: str
    name: str
    kind: str  # "named", "role" or "facility"
    head: str = ""


def _roles(sentence: Sentence) -> list[_Mention]:
    found = []
    for match in ROLE.finditer(sentence.text):
        head = match.group("head").lower()
        mod = match.group("mod") or ""
        if match.group("head")[0].isupper() and match.start("head") > 0:
            continue  # "Riverside Nurses Association" is a name, not the role "nurses"
        proper = mod[:1].isupper() and match.start() > 0 and mod.lower() not in FUNCTION_WORDS
        if not (mod.lower() in MODIFIERS or proper):
            mod = ""
        start = match.start() if mod else match.start("head")
        if proper:  # "United Steelworkers union": take in the whole name
            while (previous := re.search(rf"({WORD})\s+$", sentence.text[:start])) and (
                    previous.group(1).lower() not in FUNCTION_WORDS):
                start = previous.start(1)
        before = sentence.text[:start].rstrip().lower()
        following = sentence.text[match.end() :].split(maxsplit=1)
        if (not mod and head in NEEDS_MODIFIER) or INDEFINITE.search(before) or (
                head in SINGULAR and following and following[0][:1].islower()
                and following[0].lower() not in AFTER_SINGULAR):
            continue  # "a city with deep ties" describes; "supplier networks" is a thing
        name = " ".join(sentence.text[start : match.end()].split())
        if mod.lower() in ("union", "labor", "labour", "trade"):
            head = "unions"  # "union leaders" speak for a union
        found.append(_Mention(sentence.index, start, match.end(), slug(name),
                              name[0].upper() + name[1:], "role", head))
    return found


def _names(sentence: Sentence, taken: list[tuple[int, int]],
           capitalised: dict[str, int]) -> list[_Mention]:
    found = []
    for match in CAPS_RUN.finditer(sentence.text):
        words = match.group().split()
        start = match.start()
        while words and (words[0].lower().rstrip(".") in FUNCTION_WORDS or (
                words[0].endswith(".") and words[0].lower()[:-1] in NOT_PARTIES)) and not (
                PERSON_TITLE.match(" ".join(words)) and len(words) > 1):
            start = sentence.text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if not words or start < 0:
            continue
        opening = not sentence.text[:start].strip(" \"'\u201c\u2018([")
        if opening and len(words) == 1 and capitalised[words[0]] < 2:
            continue  # a capital at the start of a sentence or quotation, seen only there
        end = start + len(" ".join(match.group().split()[-len(words):]))
        tail = AND_TAIL.match(sentence.text, end)
        if tail:  # "U.S. Food and Drug Administration"
            words += tail.group().split()
            end = tail.end()
        words[-1] = POSSESSIVE.sub("", words[-1]).rstrip(".") or words[-1]
        name = " ".join(words)
        if all(w.lower().rstrip(".") in NOT_PARTIES for w in words):
            continue
        if any(a < end and start < b for a, b in taken) or not slug(name):
            continue
        facility = FACILITY.match(sentence.text, end)
        if facility and len(words) > 1 and POSSESSIVE.search(words[0]):
            # "Northfell's Alder Falls mine": the owner's name is not the facility's
            start = sentence.text.index(words[1], start + len(words[0]))
            words = words[1:]
            name = " ".join(words)
        if facility:
            name, end = f"{name} {facility.group(1)}", facility.end()
        kind = "facility" if facility or FACILITY_NAME.match(name) else "named"
        found.append(_Mention(sentence.index, start, end, slug(name), name, kind))
    return found


def _is_place(text: str, mentions: list[_Mention]) -> dict[str, bool]:
    """Names used after "in", "at" and the like (and the names listed with them) are places."""
    place: dict[str, bool] = {}
    previous: _Mention | None = None
    previous_place = False
    for m in mentions:
        before = text[: m.start]
        here = bool(PLACE_BEFORE.search(before))
        if previous and previous_place and LIST_JOIN.match(text[previous.end : m.start]):
            here = True
        place[m.key] = place.get(m.key, False) or here
        previous, previous_place = m, here
    return place


def _modifier_only(text: str, mention: _Mention) -> bool:
    """An acronym used before a lower-case noun ("EV production") names a thing."""
    after = text[mention.end : mention.end + 2]
    last = mention.name.split()[-1].strip(".")
    acronym = last.isupper() and len(last) >= 2
    return acronym and len(after) == 2 and after[0] == " " and after[1].islower()


def find_actors(sentences: list[Sentence]) -> Actors:
    mentions: list[_Mention] = []
    places: dict[str, bool] = {}
    modifier_only: dict[str, bool] = {}
    capitalised = Counter(word for s in sentences for word in re.findall(WORD, s.text))
    for sentence in sentences:
        roles = _roles(sentence)
        names = _names(sentence, [(m.start, m.end) for m in roles], capitalised)
        ordered = sorted(roles + names, key=lambda m: m.start)
        for key, here in _is_place(sentence.text, names).items():
            places[key] = places.get(key, False) or here
        for m in names:
            modifier_only[m.key] = modifier_only.get(m.key, True) and _modifier_only(
                sentence.text, m)
        mentions.extend(ordered)
    return _assemble(sentences, mentions, places, modifier_only)


def _assemble(sentences, mentions, places, modifier_only) -> Actors:
    facility_mentions = [m for m in mentions if m.kind == "facility"]
    facility = _facility(sentences, facility_mentions)
    plant_words = set(facility.name.split()[:-1]) if facility.first is not None else set()
    canonical: dict[str, str] = {}
    parties: dict[str, Party] = {}
    heads = {m.head: m.key for m in mentions if m.kind == "role" and "-" in m.key}
    about: dict[int, str] = {}
    for m in mentions:
        if m.kind == "facility" or (m.kind == "named" and (
                places.get(m.key) or modifier_only.get(m.key) or m.name in plant_words)):
            if m.kind == "facility" or m.name in plant_words:
                about.setdefault(m.sentence, facility.id)
            continue
        key = heads.get(m.head, m.key) if m.kind == "role" and "-" not in m.key else m.key
        key = canonical.setdefault(key, _alias(key, canonical) or key)
        party = parties.get(key)
        if party is None:
            party = parties[key] = _party(key, m, sentences, facility.id)
        if m.sentence not in party.sentences:
            party.sentences.append(m.sentence)
        about.setdefault(m.sentence, party.id)
    found = list(parties.values())
    if facility.first is not None and facility.owner is None:
        facility.owner = _owner(sentences, facility, found)
    for party in found:
        if party.id == facility.owner and party.kind == "other":
            party.kind, party.how = "company", "the owner of the facility"
    for sentence in sentences:
        about.setdefault(sentence.index, facility.id)
    return Actors(found, facility, about)


def _alias(key: str, known: dict[str, str]) -> str | None:
    """"tanaka" for "mr-tanaka", "nissan" for "nissan-motor": one party, the longer name."""
    for other, target in known.items():
        if other != key and (other.startswith(key + "-") or other.endswith("-" + key)):
            return target
    return None


def _party(key: str, m: _Mention, sentences: list[Sentence], facility_id: str) -> Party:
    ident = key if key != facility_id else f"{key}-party"
    if m.kind == "role":
        return Party(ident, m.name, ROLE_HEADS[m.head], f'the role "{m.head}"', False,
                     m.sentence)
    before = TITLE.search(sentences[m.sentence].text[: m.start].lower())
    titles = [before.group(1)] if before else []
    titles += [w for w in m.name.lower().split()[:-1] if w in TITLE_KINDS]
    if titles:  # "Mayor Gunnar Ødegård", "Oaxaca governor Salomón Jara"
        return Party(ident, m.name, TITLE_KINDS[titles[0]], f'a person titled "{titles[0]}"',
                     True, m.sentence)
    if PERSON_TITLE.match(m.name):
        return Party(ident, m.name, "other", "a person's name", True, m.sentence)
    for word in reversed(m.name.lower().split()):  # the last word names what it is
        if word in NAME_KINDS:
            return Party(ident, m.name, NAME_KINDS[word], f'a name with "{word}"', True,
                         m.sentence)
    context = " ".join(s.text for s in sentences if m.name in s.text)
    pattern = re.compile(re.escape(m.name) + r"(?:['’]s)?,?\s+(?:\w+\s+){0,5}?", re.IGNORECASE)
    near = " ".join(context[x.start() : x.end() + 40] for x in pattern.finditer(context))
    ahead = sentences[m.sentence].text[max(0, m.start - 30) : m.start]
    if COMPANY.search(m.name) or COMPANY.search(near) or COMPANY.search(ahead):
        return Party(ident, m.name, "company", "a name near a company word", True, m.sentence)
    return Party(ident, m.name, "other", "a capitalised name", True, m.sentence)


def _facility(sentences: list[Sentence], found: list[_Mention]) -> Facility:
    if not found:
        for sentence in sentences:  # no named facility: "its repair shop" will do
            bare = BARE_FACILITY.search(sentence.text)
            if bare:
                name = bare.group(1)
                found = [_Mention(sentence.index, bare.start(1), bare.end(1), slug(name),
                                  name[0].upper() + name[1:], "facility")]
                break
        else:
            return Facility("facility", "", None)
    first = found[0]
    facility = Facility(first.key, first.name, first.sentence)
    facility.sentences = sorted({m.sentence for m in found})
    word = next((w for w in first.name.lower().split() if FACILITY.match(" " + w)), "")
    bare = re.compile(rf"{re.escape(first.name)}|\bthe {word}\b", re.IGNORECASE)
    for sentence in sentences:
        if not bare.search(sentence.text):
            continue
        located = re.search(r"\b(?:located|based|sited)\s+in\s+(" + WORD + r"(?:\s+" + WORD
                            + r")*)", sentence.text)
        # "the Greyhawk copper mine near Alder Falls": a place right after the facility
        near = re.search(re.escape(first.name) + r"\s+(?:in|near|outside)\s+(" + WORD
                         + r"(?:\s+" + WORD + r"){0,3})", sentence.text)
        place = located or near
        if place and (facility.location is None or located):
            facility.location = POSSESSIVE.sub("", place.group(1)).rstrip(".,")
        for workforce in NUMBER_UNIT.finditer(sentence.text):
            before = sentence.text[max(0, workforce.start() - 40) : workforce.start()]
            if facility.workforce is None and not NOT_WORKFORCE.search(before):
                facility.workforce = workforce.group()
        if located:
            break
    return facility


def _owner(sentences: list[Sentence], facility: Facility, parties: list[Party]) -> str | None:
    """The party whose "its X plant", "Party's X plant" or "the plant, owned by Party" names
    the facility, or a company that says it will close or sell "the X plant"."""
    word = facility.name.split()[-1]
    mention = re.compile(rf"{re.escape(facility.name)}|\b[Tt]he {re.escape(word)}\b")
    named = [p for p in parties if p.named]
    for sentence in sentences:
        for found in mention.finditer(sentence.text):
            before = sentence.text[max(0, found.start() - 200) : found.start()].rstrip()
            after = OWNED_BY.match(sentence.text, found.end())
            for party in named:
                # the whole name or its first word: "Northfell" of "Northfell Mining Ltd"
                names = (party.name, party.name.split()[0])
                owner = POSSESSOR.search(before) or after
                if owner and owner.group(1) in names:
                    return party.id
            if before.endswith(("its", "Its")) or OWN_ACT.search(before):
                first = [p for p in named if sentence.text.startswith(p.name)
                         or p.name in before]
                return first[0].id if first else None
    return None

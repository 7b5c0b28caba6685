"""Who and what a source text is about: parties and the facility, found by plain rules.

The rules are guesses for an analyst to correct, so each result says how it was found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice

from ..sentences import Sentence
from .coref import is_anaphor, resolve
from .lexicon import (
    AFTER_SINGULAR,
    AND_TAIL,
    APPOSED,
    CAPS_RUN,
    COMPANY,
    FACILITY,
    FACILITY_NAME,
    FUNCTION_WORDS,
    INDEFINITE,
    INSTITUTIONS,
    LIST_JOIN,
    MEMBERS_AT,
    MODIFIERS,
    NAME_KINDS,
    NEEDS_MODIFIER,
    NOT_PARTIES,
    OBJECT,
    PERSON_TITLE,
    PLACE_BEFORE,
    POSSESSIVE,
    PRONOUN_SPEAKER,
    ROLE,
    ROLE_HEADS,
    SINGULAR,
    TITLE,
    TITLE_KINDS,
    WORD,
)
from .plant import Facility, find_facility, find_owner, slug

CONTEXT = 20  # sentences naming a party that are read for a hint of its kind


@dataclass
class Party:
    id: str
    name: str
    kind: str
    how: str  # how the name was found, for the analyst
    named: bool  # a proper name, not a role like "regulators"
    first: int  # index of the sentence that first mentions it
    sentences: list[int] = field(default_factory=list)
    person: bool = False  # "he" and "she" in later sentences may speak for it


@dataclass
class Actors:
    parties: list[Party]
    facility: Facility
    about: dict[int, str]  # sentence index -> id of the party or facility it is about


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
        if sentence.text[match.end() : match.end() + 1] in ("'", "\u2019"):
            continue  # "oil workers' union STPRM": the workers qualify the union
        if match.group("head")[0].isupper() and match.start("head") > 0:
            continue  # "Riverside Nurses Association" is a name, not the role "nurses"
        proper = mod[:1].isupper() and match.start() > 0 and mod.lower() not in FUNCTION_WORDS
        start = match.start()
        outer = re.search(r"(?<![\w'-])([a-z]+)\s+$", sentence.text[max(0, start - 30) : start])
        if mod.islower() and mod not in MODIFIERS and outer and outer.group(1) in MODIFIERS:
            mod = f"{outer.group(1)} {mod}"  # "provincial energy ministry": two qualifiers
            start -= len(outer.group())
        elif not (mod.lower() in MODIFIERS or proper or (
                head in INSTITUTIONS and mod.islower()
                and re.search(r"\b[Tt]he\s+$", sentence.text[:start]))):
            mod = ""  # but "the energy ministry" is one body, whatever its field
        start = start if mod else match.start("head")
        # "had never consulted the workers": acted on, not acting; such a mention names no
        # party of its own, but may give a later bare "the government" its full name
        kind = "object" if OBJECT.search(sentence.text[max(0, start - 60) : start]) else "role"
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
                              name[0].upper() + name[1:], kind, head))
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
        if opening and len(words) == 1 and capitalised[_bare(words[0])] < 2:
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
        here = bool(PLACE_BEFORE.search(before)) and not MEMBERS_AT.search(before[-80:])
        if previous and previous_place and LIST_JOIN.match(text[previous.end : m.start]):
            here = True
        place[m.key] = place.get(m.key, False) or here
        previous, previous_place = m, here
    return place


def _bare(word: str) -> str:
    return POSSESSIVE.sub("", word) or word


def _modifier_only(text: str, mention: _Mention) -> bool:
    """An acronym used before a lower-case noun ("EV production") names a thing; before a
    verb ("EVG called", "STPRM has") it acts."""
    after = text[mention.end : mention.end + 40].split(maxsplit=2)
    last = mention.name.split()[-1].strip(".")
    acronym = last.isupper() and len(last) >= 2
    following = after[0] if after and text[mention.end : mention.end + 1] == " " else ""
    verb = following in AFTER_SINGULAR or following.endswith("ed")
    return acronym and following[:1].islower() and not verb


def find_actors(sentences: list[Sentence]) -> Actors:
    mentions: list[_Mention] = []
    places: dict[str, bool] = {}
    modifier_only: dict[str, bool] = {}
    # "Ryanair denied ..." and "Ryanair's chief executive": one name, seen twice
    capitalised = Counter(_bare(word) for s in sentences for word in re.findall(WORD, s.text))
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
    facility = find_facility(sentences, [(m.sentence, m.start, m.name)
                                         for m in facility_mentions])
    plant_words = set(facility.name.split()[:-1]) if facility.first is not None else set()
    canonical: dict[str, str] = {}
    parties: dict[str, Party] = {}
    heads = {m.head: m for m in mentions if m.kind in ("role", "object") and "-" in m.key}
    about: dict[int, str] = {}
    first_named: dict[int, int] = {}  # sentence -> where its first party mention starts

    def skipped(m: _Mention) -> bool:
        return m.kind == "facility" or (m.kind == "named" and (
            places.get(m.key) or modifier_only.get(m.key) or m.name in plant_words))

    bodies = [_party(m.key, m, sentences, facility.id) for m in mentions
              if m.kind == "named" and not skipped(m)]
    for at, m in enumerate(mentions):
        if m.kind == "object":
            continue
        if skipped(m):
            if m.kind == "facility" or m.name in plant_words:
                about.setdefault(m.sentence, facility.id)
            continue
        key = m.key
        if m.kind == "role" and "-" not in m.key:
            if m.head in heads:  # "the government" after "the provincial government"
                m = replace(m, name=heads[m.head].name)
                key = heads[m.head].key
            after = mentions[at + 1] if at + 1 < len(mentions) else None
            beside = after is not None and after.sentence == m.sentence and APPOSED.fullmatch(
                sentences[m.sentence].text[m.end : after.start])
            body = _spoken_for(m, after if beside else None, bodies)
            if body is not None:  # the named party, as its name found it, first here
                key = body.id
                # "the rail union EVG": the role says what kind of body the acronym is
                kind = ROLE_HEADS[m.head] if body.kind == "other" and beside else body.kind
                parties.setdefault(key, replace(body, first=m.sentence, sentences=[], kind=kind))
        key = canonical.setdefault(key, _alias(key, canonical) or _acronym(m.name, parties)
                                   or key)
        party = parties.get(key)
        if party is None:
            party = parties[key] = _party(key, m, sentences, facility.id)
        if m.sentence not in party.sentences:
            party.sentences.append(m.sentence)
        about.setdefault(m.sentence, party.id)
        if m.kind == "named" or "-" in m.key or not is_anaphor(m.head):
            first_named.setdefault(m.sentence, m.start)  # a bare "the union" is an anaphor
    found = list(parties.values())
    if facility.first is not None and facility.owner is None:
        facility.owner = find_owner(sentences, facility, found)
    for party in found:
        if party.id == facility.owner and party.kind == "other":
            party.kind, party.how = "company", "the owner of the facility"
    resolve(sentences, found, about, first_named)  # "the company" may be the owner
    _pronouns(sentences, found, about)
    for sentence in sentences:
        about.setdefault(sentence.index, facility.id)
    return Actors(found, facility, about)


def _spoken_for(role: _Mention, following: _Mention | None, named: list[Party]) -> Party | None:
    """The one named party a bare role stands for: "their union, the Riverside Nurses
    Association"; "nurses" of the Riverside Nurses Association; "the council" of Westbury
    District Council."""
    if following is not None:  # set beside it: "the union Fellesforbundet"
        return next((p for p in named if p.id == following.key), None)
    head = role.head.rstrip("s")
    found = {p.id: p for p in named if not p.person and (
        (head == "union" and p.kind == "union")
        or head in {w.casefold().rstrip("s'’") for w in p.name.split()})}
    return found.popitem()[1] if len(found) == 1 else None


def _pronouns(sentences: list[Sentence], parties: list[Party], about: dict[int, str]) -> None:
    """"He said ..." is filed under the person named last before it, who speaks it."""
    for sentence in sentences:
        if not PRONOUN_SPEAKER.match(sentence.text):
            continue
        earlier = [(max(i for i in p.sentences if i < sentence.index), p) for p in parties
                   if p.person and min(p.sentences) < sentence.index]
        if earlier:
            speaker = max(earlier, key=lambda pair: pair[0])[1]
            about[sentence.index] = speaker.id
            if sentence.index not in speaker.sentences:
                speaker.sentences.append(sentence.index)


def _acronym(name: str, parties: dict[str, Party]) -> str | None:
    """"FDA" for the "U.S. Food and Drug Administration" named before: the letters of an
    acronym, in order, are the initials of the longer name's capitalised words."""
    if not (2 <= len(name) <= 8 and name.isalpha() and name.isupper()):
        return None
    for party in parties.values():
        initials = "".join(word[0] for word in re.findall(WORD, party.name))
        if party.named and party.name != name and name in initials:
            return party.id
    return None


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
                     True, m.sentence, person=True)
    if PERSON_TITLE.match(m.name):
        return Party(ident, m.name, "other", "a person's name", True, m.sentence, person=True)
    for word in reversed(m.name.lower().split()):  # the last word names what it is
        if word in NAME_KINDS:
            return Party(ident, m.name, NAME_KINDS[word], f'a name with "{word}"', True,
                         m.sentence)
    # the first sentences that name it are enough, and a text naming it a thousand times
    # must not make every mention read them all
    context = " ".join(islice((s.text for s in sentences if m.name in s.text), CONTEXT))
    pattern = re.compile(re.escape(m.name) + r"(?:['’]s)?,?\s+(?:\w+\s+){0,5}?", re.IGNORECASE)
    near = " ".join(context[x.start() : x.end() + 40] for x in pattern.finditer(context))
    ahead = sentences[m.sentence].text[max(0, m.start - 30) : m.start]
    if COMPANY.search(m.name) or COMPANY.search(near) or COMPANY.search(ahead):
        return Party(ident, m.name, "company", "a name near a company word", True, m.sentence)
    return Party(ident, m.name, "other", "a capitalised name", True, m.sentence)

"""The facility a story is about: its name, place, owner and workforce, by plain rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..sentences import Sentence
from .lexicon import (
    BARE_FACILITY,
    BUILDING_OF,
    FACILITY,
    FACILITY_WORDS,
    MONTHS_AND_DAYS,
    NAME_WORD,
    NOT_WORKFORCE,
    NOT_WORKFORCE_AFTER,
    NUMBER_UNIT,
    OWN_ACT,
    OWNED_BY,
    PARTICLES,
    PLACE_A,
    POSSESSIVE,
    POSSESSOR,
    SITE_IN,
    SUBJECT_ACT,
    WHICH_OWNS,
    WORD,
)

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from .actors import Party


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _as_written(name: str) -> str:
    """A pattern for a facility's name in the text: a bare one ("Brewery", from "its brewery
    in Aalst") was capitalised for the draft only."""
    return f"(?i:{re.escape(name[:1])}){re.escape(name[1:])}"


# Words of a facility's name that say what kind it is, not where: "Anseong Medical Center",
# "Ridgeway General Hospital", "Carrow Memorial Hospital".
_KIND_OF_SITE = frozenset("medical general memorial university regional district community "
                          "teaching central county city municipal".split())
_OTHERS = 10  # other facilities listed in the draft's comment at the most
_OWNERS = ("company", "government", "other")  # a regulator closing a mine does not own it
_SET_OFF = re.compile(r"\s*\([^()]{1,20}\)|,\s+(?:the|an?)\s+[^,]{1,60},")
_SAID_AFTER = re.compile(r",\s+(?:the\s+)?([^,]{1,60}?)(?:\s*\([^()]{1,20}\))?\s+(?:said|announced|"
                         r"confirmed)\b[^,]{0,30}$")
_CLOSES = re.compile(r"\b(?:close|closed|shut|suspend|suspended|halt|halted|sell|sold)\b")


@dataclass
class Facility:
    id: str
    name: str
    first: int | None  # None: no facility named; the draft holds a placeholder
    location: str | None = None
    owner: str | None = None
    workforce: str | None = None
    bare: bool = False  # named by a common noun ("its second container terminal"): no place
    sentences: list[int] = field(default_factory=list)
    # other facilities the text names, as (sentence, name): for a comment, not the plant
    others: list[tuple[int, str]] = field(default_factory=list)


def find_facility(sentences: list[Sentence], found: list[tuple[int, int, str]]) -> Facility:
    """The facility first named (as (sentence, start, name)), else the first bare one."""
    bare_only = not found
    if not found:
        for sentence in sentences:  # no named facility: "its repair shop" will do, or "the
            # maternity unit at the Hôpital de Saint-Avold" (the one the story sets somewhere)
            # one set in a place before one bare in the same sentence: "a third kiln line at
            # its tile factory in Russas" is about the factory
            bare = SITE_IN.search(sentence.text) or BARE_FACILITY.search(sentence.text)
            if bare:
                name = bare.group(1)
                found = [(sentence.index, bare.start(1), name[0].upper() + name[1:])]
                break
        else:
            return Facility("facility", "", None)
    first_sentence, _, first_name = found[0]
    facility = Facility(slug(first_name), first_name, first_sentence, bare=bare_only)
    facility.sentences = sorted({index for index, _, name in found if name == first_name})
    word = next((w for w in first_name.lower().split() if FACILITY.match(" " + w)), "")
    # the word a description set beside it gives it too: "Anseong Medical Center, a public
    # hospital in Gyeonggi Province" is "the hospital" after
    described = re.search(rf"{re.escape(first_name)},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"({FACILITY_WORDS})\b", sentences[first_sentence].text, re.IGNORECASE)
    # ... and the short word a compound ends in: "the Glantawe steelworks" is "the works"
    short = next((end for end in _SHORT if word.endswith(end) and word != end), "")
    words = "|".join(re.escape(w) for w in {word, short, described and described.group(1).lower()}
                     if w)
    # "the plant", and "the €22 million plant", "the 1,100-bed hospital"
    bare = re.compile(rf"{re.escape(first_name)}|\bthe (?:\S*\d\S*\s+(?:(?:million|billion)\s+)?)?"
                      rf"(?:{words})\b", re.IGNORECASE)
    named = _as_written(first_name)
    for sentence in sentences:
        if not bare.search(sentence.text):
            continue
        located = re.search(r"\b(?:located|based|sited)\s+in\s+(" + WORD + r"(?:\s+" + WORD
                            + r")*)", sentence.text)
        # "the Greyhawk copper mine near Alder Falls", "its freight yard at Ostrava-Přívoz":
        # a place right after the facility
        near = re.search(named + r"\s+(?:in|near|outside|at)\s+(?:the\s+)?(" + WORD
                         + r"(?:\s+(?:(?:" + PARTICLES + "|" + PLACE_A + r")\s+)?" + NAME_WORD
                         + r"){0,3})", sentence.text)
        place = located or near
        if place and (facility.location is None or located):
            where = POSSESSIVE.sub("", place.group(1)).rstrip(".,")
            facility.location = BUILDING_OF.sub("", where)
        for workforce in NUMBER_UNIT.finditer(sentence.text):
            before = sentence.text[max(0, workforce.start() - 40) : workforce.start()]
            # "About 650 of the factory's 1,900 workers": the facility's own count
            own = re.search(rf"\bthe (?:{words})['’]s\s+$", before, re.IGNORECASE) or re.search(
                r"\b(?:employs|employed|employing)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                r"almost\s+|roughly\s+|more than\s+)?$", before)  # "east of the city, employs"
            if facility.workforce is None and (own or not NOT_WORKFORCE.search(before)) and not (
                    NOT_WORKFORCE_AFTER.match(sentence.text, workforce.end())):
                facility.workforce = workforce.group()
        if located:
            break
    return facility


def other_facilities(sentences: list[Sentence], facility: Facility,
                     found: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Facilities named besides the plant: another name before a facility word ("its Cacia
    mill"), or a facility word set in another place ("the firm's plant in Esbjerg")."""
    if facility.first is None:
        return []
    own = {facility.id, slug(facility.location or "")}
    seen: dict[str, tuple[int, str]] = {}
    for index, _, name in found:  # named ones: not the plant, nor a shorter name of it
        key = slug(name)
        if key not in own and not (key in facility.id or facility.id in key):
            seen.setdefault(key, (index, name))
    head = facility.name.split()[-1].casefold()
    for sentence in sentences:
        for match in SITE_IN.finditer(sentence.text):
            place = POSSESSIVE.sub("", match.group(3)).rstrip(".,")
            mine = sentence.index == facility.first and match.group(1).endswith(head)
            if slug(place) in own or place in facility.name or mine:
                continue  # the plant itself, named where it is
            if place.split()[0].casefold() in MONTHS_AND_DAYS:
                continue  # "take over the site in September": a time, not a place
            where = f"{match.group(1)} {match.group(2)} {place}"  # "bottling plant in Ninove"
            seen.setdefault(slug(place), (sentence.index, where))
    return sorted(seen.values())[:_OTHERS]


def named_for(facility: Facility, parties: list[Party]) -> str | None:
    """The place a facility is named for, where the text sets it nowhere: "the Sumartin ferry
    terminal", "Whanganui Hospital", "its Câmpulung cement works"; not a party's name."""
    if facility.bare:  # capitalised for the draft only: "Second container terminal"
        return None
    words = facility.name.split()
    while words and (words[-1].islower() or FACILITY.match(" " + words[-1].lower())
                     or words[-1].lower() in _KIND_OF_SITE):
        words.pop()
    place = " ".join(words)
    if not place or not all(w[:1].isupper() for w in words) or any(
            place in party.name for party in parties):
        return None
    return place


_SHORT = ("works", "mill", "factory", "yard", "house", "plant")


def find_owner(sentences: list[Sentence], facility: Facility, parties: list[Party]) -> str | None:
    """The party whose "its X plant", "Party's X plant" or "the plant, owned by Party" names
    the facility, or a company that says it will close or sell "the X plant"."""
    word = facility.name.split()[-1]
    # "its printing plant in Mombasa" before "the Mombasa plant": the plant where it is
    sited = (rf"|(?<=\b[Ii]ts\s)(?:[a-z-]+\s+){{0,2}}?{re.escape(word)}(?=\s+(?:in|near|at)\s+"
             rf"{re.escape(facility.location)}\b)" if facility.location else "")
    mention = re.compile(rf"{_as_written(facility.name)}|\b[Tt]he {re.escape(word)}\b{sited}")
    named = [p for p in parties if p.named]
    # the whole name or its first word: "Northfell" of "Northfell Mining Ltd"; looked up,
    # not read from every party at every mention of the plant
    by_name: dict[str, str] = {}
    for party in named:
        for name in (party.name, party.name.split()[0]):
            by_name.setdefault(name, party.id)
    for sentence in sentences:
        for found in mention.finditer(sentence.text):
            before = sentence.text[max(0, found.start() - 200) : found.start()].rstrip()
            owner = (POSSESSOR.search(before) or OWNED_BY.match(sentence.text, found.end())
                     or WHICH_OWNS.search(before))
            if owner and owner.group(1) in by_name:
                return by_name[owner.group(1)]
            if before.endswith(("its", "Its")) or OWN_ACT.search(before):
                # a body owns a plant, not the person who speaks for it: "said Tomás
                # Irarrázaval, chief executive of Salmones Australes, as ... its plant"
                first = sorted((p for p in named if sentence.text.startswith(p.name)
                                or p.name in before), key=lambda p: p.person)
                return first[0].id if first else None
            # the subject's acronym and description are not its act: "Polska Grupa Węglowa
            # (PGW), the state-controlled coal producer, plans to close the mine"
            acting = SUBJECT_ACT.match(_SET_OFF.sub("", before))
            subject = [p for p in named if sentence.text.startswith(p.name)
                       and p.kind in _OWNERS] if acting else []
            # a closing attribution speaks for the clause before it: "The emergency department
            # will close overnight, the Saskatchewan Health Authority (SHA) said Tuesday"
            said = _SAID_AFTER.search(sentence.text, found.end())
            subject += [p for p in named if said and p.name == said.group(1)
                        and p.kind in _OWNERS and _CLOSES.search(sentence.text)]
            if subject:
                return subject[0].id
    return None

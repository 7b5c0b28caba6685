"""Mentions of parties and facilities in one sentence: capitalised names, whole across
particles and "and"; role phrases ("labor unions", "the provincial energy ministry"); and
whether a name is used as a place or as a modifier."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from ..sentences import Sentence
from .lexicon import (
    ACTED_ON,
    AFTER_SINGULAR,
    AND_MORE,
    AND_TAIL,
    BODY,
    BODY_WORD,
    CAPS_RUN,
    COMPANY,
    DESCRIBED,
    FACILITY,
    FACILITY_NAME,
    FIELD_OF,
    FUNCTION_WORDS,
    GOVERNED,
    INDEFINITE,
    INSTITUTIONS,
    IRISH_ARTICLE,
    MODIFIERS,
    NEEDS_MODIFIER,
    OBJECT,
    OWNS_ITS,
    PERSON_TITLE,
    PLACE_OF_BODY,
    POSSESSIVE,
    ROLE,
    ROLE_HEADS,
    SINGULAR,
    UPPER,
    WORD,
)
from .names import spelled_back, widened_end
from .places import (
    COUNTRIES,
    GEO_AFTER,
    GEO_BEFORE,
    GEO_NAME,
    LIST_JOIN,
    MEMBERS_AT,
    NOT_A_NAME,
    NOT_PARTIES,
    PLACE_BEFORE,
)
from .plant import slug

# A news sentence names a handful of parties. One that names thousands (a hostile text, a list)
# has only its first capitalised runs and role phrases read: each is checked against the text
# before it, so reading all would cost the sentence's length times its names.
READ_PER_SENTENCE = 100


@dataclass
class Mention:
    sentence: int
    start: int
    end: int
    key: str
    name: str
    kind: str  # "named", "role" or "facility"
    head: str = ""


def find_roles(sentence: Sentence) -> list[Mention]:
    found = []
    for match in islice(ROLE.finditer(sentence.text), READ_PER_SENTENCE):
        head = match.group("head").lower()
        mod = match.group("mod") or ""
        if sentence.text[match.end() : match.end() + 1] in ("'", "\u2019"):
            continue  # "oil workers' union STPRM": the workers qualify the union
        # opening the sentence, only a word of no other use names the body: "Söderhamn
        # municipality, where", not "Local unions"
        proper = mod[:1].isupper() and mod.lower() not in FUNCTION_WORDS and (
            match.start() > 0 or mod.lower() not in MODIFIERS and mod.lower() not in ROLE_HEADS)
        start = match.start()
        if sentence.text[start - 1 : start] in ("'", "\u2019"):
            mod, start = "", match.start("head")  # the "s" of "Limpopo's department"
        outer = re.search(r"(?<![\w'-])([a-z]+)\s+$", sentence.text[max(0, start - 30) : start])
        # whose body it is, named before it: "the Lyon judicial court", "Limpopo's department"
        place = PLACE_OF_BODY.search(sentence.text[:start]) if (
            head in INSTITUTIONS and (mod.islower() or not mod)) else None
        if place and bare(place.group(1) or place.group(2)).lower() in FUNCTION_WORDS:
            place = None
        # ("the regional environmental inspectorate", "the county sanitary inspectorate")
        if mod.islower() and outer and outer.group(1) in MODIFIERS and (
                mod not in MODIFIERS or head in INSTITUTIONS):
            mod = f"{outer.group(1)} {mod}"  # "provincial energy ministry": two qualifiers
            start -= len(outer.group())
        elif not (mod.lower() in MODIFIERS or proper or (
                head in INSTITUTIONS and mod.islower() and mod not in FUNCTION_WORDS and (
                    # "Cambodia's food safety agency": a field of two words
                    place or re.search(r"(?:\b[Tt]he|\w['’]s)\s+(?:[a-z]+\s+)?$",
                                       sentence.text[:start])))):
            mod = ""  # but "the energy ministry", "Spain's science ministry" is one body
        # a field after it qualifies it as well: "the department of agriculture"
        field = FIELD_OF.match(sentence.text, match.end()) if (
            head in INSTITUTIONS and not mod) else None
        start = start if mod else match.start("head")
        end = field.end() if field else match.end()
        if place and (place.group(1) and mod or field):
            start = place.start(1) if place.group(1) else place.start(2)
        mod = mod or (field.group().strip() if field else "")
        # "had never consulted the workers": acted on, not acting; such a mention names no
        # party of its own, but may give a later bare "the government" its full name
        ahead = sentence.text[max(0, start - 60) : start]
        kind = "object" if OBJECT.search(ahead) or GOVERNED.search(ahead) or (
            ACTED_ON.match(sentence.text, match.end())) else "role"
        if proper:  # "United Steelworkers union": take in the whole name, over a small word
            # set between capitals ("The Save Our Campus committee")
            while previous := re.search(rf"(?:({WORD})\s+)?({WORD})\s+$", sentence.text[:start]):
                outer, word = previous.group(1), previous.group(2)
                if word.lower() not in FUNCTION_WORDS:
                    start = previous.start(2)
                elif outer and outer.lower() not in FUNCTION_WORDS:
                    start = previous.start(1)
                else:
                    break
        before = sentence.text[:start].rstrip().lower()
        # the word after it, less a comma or a stop: "the agriculture ministry said, speaking"
        following = [w.rstrip(",.;:") for w in sentence.text[end:].split(maxsplit=1)[:1]]
        # "suspended by a provincial court": an agent, though not named
        agent = re.search(r"\bby\s+an?(?:\s+[\w-]+)?$", before)
        if (not mod and head in NEEDS_MODIFIER) or INDEFINITE.search(before) and not agent or (
                head in SINGULAR and following and following[0][:1].islower() and not agent
                and not proper  # "the Solidarność union at the plant said" names a body
                and following[0].lower() not in AFTER_SINGULAR
                and not following[0].endswith("ed")):  # "the court ordered": it acts
            continue  # "a city with deep ties" describes; "supplier networks" is a thing
        if head in ("officials", "spokesperson", "spokesman", "spokeswoman") and re.match(
                r"\s+(?:at|of|from|for)\s+(?:the\s+)?\S", sentence.text[end:]):
            continue  # "two officials at the agriculture ministry": the ministry speaks
        if proper and match.group("head") == "unions":  # "The UGT and CCOO unions": the
            # names are the unions (each its own, found as a name); the plural says what kind
            continue
        name = " ".join(sentence.text[start:end].split())
        if mod.lower() in ("union", "labor", "labour", "trade") and head not in INSTITUTIONS:
            head = "unions"  # "union leaders" speak for a union; a labour ministry does not
        found.append(Mention(sentence.index, start, end, slug(name),
                              name[0].upper() + name[1:], kind, head))
    return found


def find_names(sentence: Sentence, taken: list[tuple[int, int]],
           capitalised: dict[str, int]) -> list[Mention]:
    found = []
    for match in islice(CAPS_RUN.finditer(sentence.text), READ_PER_SENTENCE):
        words = match.group().split()
        start = match.start()
        # "the US-based Corvane Semiconductor": an adjective made of a name is not part of one
        while words and (words[0].lower().rstrip(".") in FUNCTION_WORDS or (
                words[0].endswith(".") and words[0].lower()[:-1] in NOT_PARTIES) or (
                len(words) > 1 and NOT_A_NAME.match(words[0]))) and not (
                PERSON_TITLE.match(" ".join(words)) and len(words) > 1) and not (
                IRISH_ARTICLE.match(" ".join(words[:2]))):
            start = sentence.text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
            words = words[1:]
        if not words or start < 0 or re.search(r"(?<![\w'’-])[a-z][\w'’-]*\s*\($",
                                                    sentence.text[max(0, start - 40) : start]):
            continue  # the acronym of a thing: "an environmental impact assessment (EHIA)"
        end = start + len(" ".join(match.group().split()[-len(words):]))
        opening = not sentence.text[:start].strip(" \"'\u201c\u2018([")
        described = DESCRIBED.match(sentence.text, end)
        if opening and len(words) == 1 and capitalised[bare(words[0])] < 2 and (
                # a capital inside the word makes it a name anywhere: "Filctem-CGIL", "FAWU"
                words[0][1:] == words[0][1:].lower()) and not (
                AND_TAIL.match(sentence.text, end) or OWNS_ITS.match(sentence.text, end)) and not (
                described and (COMPANY.search(described.group("d"))
                               or BODY_WORD.search(described.group("d")))):
            continue  # a capital at the start of a sentence or quotation, seen only there
        # ... of two words too: "South Korea's Daeyang Heavy Industries"
        if len(words) > 2 and POSSESSIVE.search(words[1]) and bare(
                " ".join(words[:2])).casefold() in COUNTRIES:
            start = sentence.text.index(words[2], start + len(words[0]) + len(words[1]))
            words = words[2:]
        if len(words) > 1 and POSSESSIVE.search(words[0]) and (
                BODY.match(words[1]) or bare(words[0]).casefold() in COUNTRIES):
            # "Spain's Ministry of ...", "Spain's Ocras": the country says whose; the body is
            # the name
            start = sentence.text.index(words[1], start + len(words[0]))
            words = words[1:]
        tail = AND_TAIL.match(sentence.text, end) or (
            AND_MORE.match(sentence.text, end) if BODY.match(" ".join(words)) else None)
        if tail:  # "U.S. Food and Drug Administration"
            end = tail.end()
            words = sentence.text[start:end].split()  # "Development, Industry": comma kept
        wider = widened_end(sentence.text, end)
        earlier = spelled_back(sentence.text, start, end)
        if wider > end or earlier < start:  # "(CSAAWU)" spells the words before it
            # a name it runs into is part of it: "Binh Duong Department of ... (DONRE)"
            earlier = min([earlier, *(f.start for f in found if f.end > earlier)])
            found = [f for f in found if f.end <= earlier]
            start, end = earlier, wider
            words = sentence.text[start:end].split()
        titled = PERSON_TITLE.match(" ".join(words)) and "of" in words[2:]
        if titled:  # "Mayor Michał Pierzchała of Ruda Śląska": the place served is no name
            words = words[: words.index("of", 2)]
            end = start + len(" ".join(words))
        # a stop ends the sentence, but not an abbreviation: "Litio de la Puna S.A."
        last = POSSESSIVE.sub("", words[-1])
        words[-1] = last if _INITIALS.fullmatch(last) else last.rstrip(".") or words[-1]
        name = " ".join(words)
        if _DOCUMENT.match(words[-1]) or _CODE.fullmatch(name) or (
                _ROAD.match(words[-1]) and not FACILITY.match(sentence.text, end)):
            continue  # a law or a treaty acts through others: "ILO Convention 169"; "PM2", "A320"
        if _TITLE_ONLY.fullmatch(name) or (
                words[-1].casefold() in _TITLE_WORDS
                and re.match(rf",\s+[{UPPER}]", sentence.text[end:])):
            continue  # a title set before its holder: "Scotland's Energy Secretary, Morag Kinnaird"
        if name.casefold() in COUNTRIES or all(
                w.lower().rstrip(".") in NOT_PARTIES for w in words[:-1]) and (
                words[-1].lower().rstrip(".") in NOT_PARTIES or words[-1].casefold() in COUNTRIES
                ) or NOT_A_NAME.match(name):
            continue  # "South Korea", "Liberian-flagged"
        if any(a < end and start < b for a, b in taken) or not slug(name) or (
                found and start < found[-1].end):  # "Sea" in "Ministry of the Sea, ..."
            continue
        facility = FACILITY.match(sentence.text, end)
        if facility and len(words) > 1 and POSSESSIVE.search(words[0]):
            # "Northfell's Alder Falls mine": the owner's name is not the facility's
            start = sentence.text.index(words[1], start + len(words[0]))
            words = words[1:]
            name = " ".join(words)
        if facility:
            name, end = f"{name} {facility.group(1)}", facility.end()
        # an owner's name before its plant is no plant: "Awaroa Dairy's milk powder plant"
        owner = bool(re.search(r"['’]s$", sentence.text[max(0, end - 3) : end])
                     and re.match(r"\s+[a-z]", sentence.text[end : end + 2]))
        kind = "facility" if (facility or FACILITY_NAME.match(name)) and not (
            _MEMBERS.search(name) or owner) else "named"
        found.append(Mention(sentence.index, start, end, slug(name), name, kind))
    return found


def is_place(text: str, mentions: list[Mention]) -> dict[str, bool]:
    """Names used after "in", "at" and the like (and the names listed with them or set after
    them as their region) are places. A name met once "on the Mississippi." is no party as it
    never acts (`acts`), so it needs no rule of its own."""
    place: dict[str, bool] = {}
    previous: Mention | None = None
    previous_place = False
    for m in mentions:
        before = text[: m.start]
        here = bool(PLACE_BEFORE.search(before)) and not MEMBERS_AT.search(before[-80:])
        # a body named for its district is no place: "Hunter New England Local Health
        # District", "Windsor-Essex County Health Unit"
        body = _SERVICE.search(m.name)
        here = here or bool(GEO_BEFORE.search(before[-80:]) or not body and (
            GEO_NAME.search(m.name) or GEO_AFTER.match(text, m.end)))
        following = text[m.end :].split(maxsplit=1)
        acts = bool(following) and following[0] in AFTER_SINGULAR  # ", and Laminados has said"
        if previous and previous_place and LIST_JOIN.match(text[previous.end : m.start]) and (
                not acts):
            here = True
        if previous and previous_place and text[previous.end : m.start] == ", " and (
                text[m.end : m.end + 1] in ("", ",", ".", ";")):
            here = True  # "in Port Allen, Louisiana, to Gulfway": the place's region
        place[m.key] = place.get(m.key, False) or here
        previous, previous_place = m, here
    return place


def bare(word: str) -> str:
    return POSSESSIVE.sub("", word) or word


def used_as_modifier(text: str, mention: Mention) -> bool:
    """An acronym used before a lower-case noun ("EV production") names a thing, as does a
    name after "its" ("its Airbus fleet"); before a verb ("EVG called", "STPRM has") it acts."""
    after = text[mention.end : mention.end + 40].split(maxsplit=2)
    last = mention.name.split()[-1].strip(".")
    acronym = last.isupper() and len(last) >= 2
    spaced = bool(after) and text[mention.end : mention.end + 1] == " "
    following = after[0].rstrip(".,;:") if spaced else ""
    # "The UGT and CCOO unions said": the plural says what it is, not what it makes
    verb = following in AFTER_SINGULAR or following.endswith("ed") or following == "unions"
    # a make one has: "its Airbus fleet"
    owned = bool(re.search(r"\b(?:its|their)\s+$", text[: mention.start]))
    # a place saying where a thing is from: "a Johannesburg investment group", "the Dallas
    # private equity firm" (but "the CGT union" is the CGT's)
    described = bool(re.search(r"(?<![\w'-])(?:a|an|two|three|four|several|\d+)\s+$",
                               text[: mention.start]) or (
        re.search(r",\s+the\s+$", text[: mention.start]) and not acronym))
    return (acronym or owned or described) and following[:1].islower() and not verb


# A body named for its district is no place: "Hunter New England Local Health District".
_SERVICE = re.compile(r"\b(?:Health|Council|School|Water|Police|Fire|Education|Board|Authority|"
                      r"Unit)\b")
# A union or a body of members is no facility, though its name holds one's word: "Centre of
# Indian Trade Unions".
_MEMBERS = re.compile(r"\b(?:Unions?|Association|Federation|Congress|Workers|Trade)\b")
_CODE = re.compile(r"[A-Z]{1,4}-?\d+[A-Z\d]*")
_ROAD = re.compile(r"(?:Road|Street|Avenue|Highway|Motorway|Lane|Boulevard|Square|Bridge)$")
_TITLE_ONLY = re.compile(r"(?:Local\s+|Deputy\s+|Former\s+)?Member\s+of\s+(?:the\s+)?[A-Z]\w+")
_TITLE_WORDS = frozenset("minister secretary commissioner governor mayor president chairman "
                        "chairwoman director".split())
_INITIALS = re.compile(r"(?:[A-Za-z]\.){2,}")
_DOCUMENT = re.compile(r"(?:Convention|Act|Treaty|Directive|Protocol|Accord|Code|Bill)$")

"""Who and what a source text is about: parties and the facility, found by plain rules.

The rules are guesses for an analyst to correct, so each result says how it was found.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..sentences import Sentence
from .acting import acts
from .coref import is_anaphor, resolve
from .kinds import (
    CITIZENS,
    DESCRIBED_KINDS,
    GOVERNMENT_OF,
    NAME_KINDS,
    OF_MEMBERS,
    PROMOTES,
    REGULATES,
    TITLE,
    TITLE_IN,
    TITLE_KINDS,
    WHICH_REGULATES,
)
from .lexicon import (
    AMONG_UNIONS,
    APPOSED,
    APPOSED_AFTER,
    COMPANY,
    DESCRIBED,
    MUNICIPAL,
    PERSON_TITLE,
    PRONOUN_SPEAKER,
    ROLE_HEADS,
    SPEAKS,
    WORD,
)
from .lookup import Aliases, Bodies, Context, by_sentence
from .mentions import Mention, bare, find_names, find_roles, is_place, used_as_modifier
from .plant import Facility, find_facility, find_owner, named_for, other_facilities, slug
from .titles import holders, take_kinds

_INITIALS = 8  # words of a name whose initials an acronym of it may take
# An acronym in brackets right after a name is that name's: "(MCSZ)", "(NZNO)".
_BRACKETED = re.compile(r"\s+\(\s*[^()\s]{1,20}\s*\)")


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


def find_actors(sentences: list[Sentence]) -> Actors:
    mentions: list[Mention] = []
    places: dict[str, bool] = {}
    modifier_only: dict[str, bool] = {}
    acting: dict[str, bool] = {}  # a name that does or says something somewhere
    # "Ryanair denied ..." and "Ryanair's chief executive": one name, seen twice
    capitalised = Counter(bare(word) for s in sentences for word in re.findall(WORD, s.text))
    for sentence in sentences:
        roles = find_roles(sentence)
        names = find_names(sentence, [(m.start, m.end) for m in roles], capitalised)
        ordered = sorted(roles + names, key=lambda m: m.start)
        for key, here in is_place(sentence.text, names).items():
            places[key] = places.get(key, False) or here
        for m in names:
            modifier_only[m.key] = modifier_only.get(m.key, True) and used_as_modifier(
                sentence.text, m)
            acting[m.key] = acting.get(m.key, False) or acts(sentence.text, m)
        mentions.extend(ordered)
    # A name ending in a facility's word that speaks, or is described as a business, is a body,
    # wherever it is named: "Al-Mansouri Dairy denied reports ...", "Brazos Glass Works, a Waco
    # supplier that sued"; a facility says nothing.
    speaks = [bool(SPEAKS.match(sentences[m.sentence].text, m.end)) for m in mentions]
    bodies = {m.key for m, said in zip(mentions, speaks, strict=True) if m.kind == "facility"
              and m.name.split()[-1][:1].isupper() and (said or _business(
                  _SET_BESIDE.match(sentences[m.sentence].text, m.end)))}
    # names that say something: an owner named in its plant's name speaks for itself
    speaking = {m.key for m, said in zip(mentions, speaks, strict=True) if said}
    mentions = [replace(m, kind="named") if m.kind == "facility" and m.key in bodies else m
                for m in mentions]
    return _assemble(sentences, mentions, places, modifier_only, acting, speaking)


def _assemble(sentences, mentions, places, modifier_only, acting, speaking) -> Actors:
    facility_mentions = [m for m in mentions if m.kind == "facility"]
    named_sites = [(m.sentence, m.start, m.name) for m in facility_mentions]
    facility = find_facility(sentences, named_sites)
    facility.others = other_facilities(sentences, facility, named_sites)
    plant_words = set(facility.name.split()[:-1]) if facility.first is not None else set()
    canonical = Aliases()
    acronyms: dict[str, str] = {}  # letters an acronym may hold -> the party they stand for
    parties: dict[str, Party] = {}
    heads = {m.head: m for m in mentions if m.kind in ("role", "object") and "-" in m.key}
    about: dict[int, str] = {}
    first_named: dict[int, int] = {}  # sentence -> where its first party mention starts
    filed: tuple[Mention, str] | None = None  # the last mention filed, and its party

    context = Context(sentences, [m for m in mentions if m.kind == "named"])
    guessed = [(m, _party(m.key, m, sentences, facility.id, context)) for m in mentions
               if m.kind == "named"]
    # a name is a party when it acts somewhere or something says what kind of body it is
    unknown: dict[str, bool] = {}
    for m, party in guessed:
        unknown[m.key] = unknown.get(m.key, True) and party.how == "a capitalised name"

    def of_plant(m: Mention) -> bool:
        """A word of the facility's name ("the Mombasa plant"), but not an owner that speaks
        ("Lumenvault's campus ... Lumenvault said")."""
        return m.name in plant_words and m.key not in speaking

    def skipped(m: Mention) -> bool:
        return m.kind == "facility" or (m.kind == "named" and (
            places.get(m.key) or modifier_only.get(m.key) or of_plant(m)
            or (unknown[m.key] and not acting[m.key]))) or (
            m.kind == "role" and m.name.split()[0] in plant_words)  # "the Mombasa staff"

    bodies = Bodies([party for m, party in guessed if not skipped(m)])
    for at, m in enumerate(mentions):
        if m.kind == "object":
            continue
        if skipped(m):
            if m.kind == "facility" or of_plant(m):
                about.setdefault(m.sentence, facility.id)
            continue
        key = m.key
        if m.kind == "role":
            bare = "-" not in m.key
            if bare and m.head in heads:  # "the government" after "the provincial government"
                m = replace(m, name=heads[m.head].name)
                key = heads[m.head].key
            after = mentions[at + 1] if at + 1 < len(mentions) else None
            text = sentences[m.sentence].text
            beside = after is not None and after.sentence == m.sentence and APPOSED.fullmatch(
                text[m.end : after.start])
            prior = mentions[at - 1] if at else None
            if not beside and prior is not None and prior.sentence == m.sentence and (
                    prior.kind == "named" and APPOSED_AFTER.fullmatch(text[prior.end : m.start])):
                after, beside = prior, True  # "Sindicatul Liber Carpatcem, the plant's union"
            # a qualified role stands for a name only beside it: "the regional health agency
            # ARS Grand Est"
            body = bodies.spoken_for(m, after if beside else None) if bare or beside else None
            if body is not None:  # the named party, as its name found it, first here
                key = body.id
                # "the rail union EVG": the role says what kind of body the acronym is, and a
                # qualified role beside a name says it over any word near the name
                # ... and a union, a government or a regulator set beside says so over a
                # word of the name ("The steelworkers' union Community")
                told = beside and (body.kind == "other" or not bare or ROLE_HEADS[m.head] in (
                    "union", "government", "regulator"))
                kind = ROLE_HEADS[m.head] if told else body.kind
                if key not in parties:
                    _add(parties, acronyms,
                         replace(body, first=m.sentence, sentences=[], kind=kind))
                elif parties[key].kind == "other" and kind != "other":  # named just before
                    parties[key].kind, parties[key].how = kind, f'a name set beside "{m.head}"'
        acronym = acronyms.get(m.name) if m.name.isupper() else None
        if m.name.isupper() and filed is not None and _BRACKETED.fullmatch(
                sentences[m.sentence].text, filed[0].end, m.end + 1):
            acronym = filed[1]  # "Growers' Association (MCSZ)": whatever its initials
        key = canonical.file(key, acronym)
        party = parties.get(key)
        if party is None:
            party = _add(parties, acronyms, _party(key, m, sentences, facility.id, context), key)
        if not party.sentences or party.sentences[-1] != m.sentence:  # mentions run in order
            party.sentences.append(m.sentence)
        about.setdefault(m.sentence, party.id)
        if m.kind == "named" or "-" in m.key or not is_anaphor(m.head):
            first_named.setdefault(m.sentence, m.start)  # a bare "the union" is an anaphor
        filed = (m, party.id)
    found = list(parties.values())
    held = holders(sentences, found, about,
                   lambda name: None if places.get(slug(name)) else (
                       acronyms.get(name) or canonical.find(slug(name))))
    if facility.first is not None and facility.location is None:
        facility.location = named_for(facility, found)
    if facility.first is not None and facility.owner is None:
        facility.owner = find_owner(sentences, facility, found)
    for party in found:
        # an owner with no kind word is a company; "Northern Rivers University" says its own
        if party.id == facility.owner and party.how == "a capitalised name":
            party.kind, party.how = "company", "the owner of the facility"
    take_kinds(held)
    resolve(sentences, found, about, first_named, facility.owner)
    _pronouns(sentences, found, about)
    for sentence in sentences:
        about.setdefault(sentence.index, facility.id)
    return Actors(found, facility, about)


_CLOSING = re.compile(r",\s+(?:the|a|an)\s+(?P<d>[^,;]{1,100}?)[.!?]?$")
# What is set beside a name, to the next comma or the sentence's end.
_SET_BESIDE = re.compile(r",\s+(?:the|a|an)\s+(?P<d>[^,.;]{1,100})")


def _business(described: re.Match[str] | None) -> bool:
    return described is not None and bool(COMPANY.search(described.group("d")) or re.search(
        r"\b(?:supplier|firm|company|maker|business)\b", described.group("d")))


def _pronouns(sentences: list[Sentence], parties: list[Party], about: dict[int, str]) -> None:
    """"He said ..." is filed under the person named last before it, who speaks it (the
    first of the parties, where two were named last in one sentence). One pass over the
    sentences, keeping who was named last, not a read of every person for each pronoun."""
    people = by_sentence([party for party in parties if party.person])
    rank = {id(party): at for at, party in enumerate(parties)}
    speaker: Party | None = None
    for sentence in sentences:
        here = people.get(sentence.index, [])
        if speaker is not None and PRONOUN_SPEAKER.match(sentence.text):
            about[sentence.index] = speaker.id
            if all(party is not speaker for party in here):
                speaker.sentences.append(sentence.index)
                here = [*here, speaker]
        speaker = min(here, key=lambda party: rank[id(party)]) if here else speaker


def _add(parties: dict[str, Party], acronyms: dict[str, str], party: Party,
         key: str | None = None) -> Party:
    """Keep a new party under `key` (its id by default), and the acronyms it may go by:
    "FDA" for the "U.S. Food and Drug Administration", whose capitalised words' initials
    hold those letters in order. A name's first _INITIALS words are enough, so a hostile
    name costs a bounded number of entries."""
    parties[key or party.id] = party
    initials = "".join(word[0] for word in re.findall(WORD, party.name)[:_INITIALS])
    if party.named and len(initials) > 1:
        for start in range(len(initials) - 1):
            for end in range(start + 2, len(initials) + 1):
                acronyms.setdefault(initials[start:end], party.id)
    return party


def _party(key: str, m: Mention, sentences: list[Sentence], facility_id: str,
           context: Context) -> Party:
    ident = key if key != facility_id else f"{key}-party"
    if m.kind == "role":
        return Party(ident, m.name, ROLE_HEADS[m.head], f'the role "{m.head}"', False,
                     m.sentence)
    text = sentences[m.sentence].text
    before = TITLE.search(text[: m.start].lower())
    # "president of the Eastern Seaboard Labour Confederation": the body the title is held of
    held_of = before and re.search(r"\b(?:of|for)\s+(?:the\s+)?$", before.group())
    titles = [before.group(1)] if before and not held_of else []
    titles += [w for w in m.name.lower().split()[:-1] if w in TITLE_KINDS]
    # "Polska Grupa Węglowa (PGW), the state-controlled coal producer,": past an acronym
    bracket = _BRACKETED.match(text, m.end)
    # ... or closing the sentence: "appealed by the Lough Owel Action Group, a residents'
    # group that says ..."
    described = DESCRIBED.match(text, bracket.end() if bracket else m.end) or _CLOSING.match(
        text, bracket.end() if bracket else m.end)
    whole = said_of = described.group("d").strip() if described else ""
    # less what it does and where: "the workers' association that represented the staff", "a
    # community group in nearby Yanchep"
    said_of = re.sub(rf"\s+(?:(?:that|which|who|of)\s|(?:in|near|at|from|based\s+in)\s+"
                     rf"(?:\w+\s+)?{WORD}).*$", "", said_of)  # "the Mexican subsidiary of ..."
    # "Ana Ruiz, the regional labour minister,": a title after the name, not another's
    # ("the group's managing director" says whose, and may be anyone's)
    after = TITLE_IN.search(whole) if "'s " not in whole.replace("’", "'") else None
    titles += [after.group(1).lower()] if after else []
    if titles:  # "Mayor Gunnar Ødegård", "Oaxaca governor Salomón Jara"
        return Party(ident, m.name, TITLE_KINDS[titles[0]], f'a person titled "{titles[0]}"',
                     True, m.sentence, person=True)
    if GOVERNMENT_OF.match(said_of):  # "Kim Min-jae, the province's director of health"
        return Party(ident, m.name, "government", "a government's officer", True, m.sentence,
                     person=True)
    if PERSON_TITLE.match(m.name):
        return Party(ident, m.name, "other", "a person's name", True, m.sentence, person=True)
    if CITIZENS.search(m.name[:200]):
        return Party(ident, m.name, "community", "a citizens' body by its name", True, m.sentence)
    if PROMOTES.search(m.name[:200]):  # a name is a few words; a hostile one is cut
        return Party(ident, m.name, "government", "a public body named for investment or trade",
                     True, m.sentence)
    if REGULATES.search(m.name[:200]) or WHICH_REGULATES.match(text, m.end):
        return Party(ident, m.name, "regulator", "a public body named for what it regulates",
                     True, m.sentence)
    # the last word names what it is, but a union of "... and Allied Workers" says so
    words = [word.rstrip("'’") for word in reversed(m.name.lower().split())]
    said = [word for word in words if word in NAME_KINDS]
    word = next((w for w in said if NAME_KINDS[w] != "workforce"), said[0]) if said else ""
    if word in OF_MEMBERS:  # "Citrus Growers' Association": a body of suppliers
        word = next((w for w in said if NAME_KINDS[w] in ("supplier", "community")), word)
    if word:  # a body named for its workers is theirs: "Garment Workers Solidarity"
        kind = "union" if NAME_KINDS[word] == "workforce" else NAME_KINDS[word]
        return Party(ident, m.name, kind, f'a name with "{word}"', True, m.sentence)
    if AMONG_UNIONS.match(text, m.end):  # "The UGT and CCOO unions"
        return Party(ident, m.name, "union", 'a name before "unions"', True, m.sentence)
    for pattern, kind in DESCRIBED_KINDS:  # "An Bord Pleanála, the planning appeals board,"
        if pattern.search(said_of):
            return Party(ident, m.name, kind, f'a name described as "{said_of}"', True,
                         m.sentence)
    # the head noun of the description: "the national dairy workers' union", "the
    # state-controlled coal producer"
    head = said_of.split()[-1].rstrip("'’").casefold() if said_of else ""
    if NAME_KINDS.get(head, "workforce") != "workforce" or COMPANY.fullmatch(head):
        kind = NAME_KINDS.get(head, "company")
        return Party(ident, m.name, kind, f'a name described as "{said_of}"', True, m.sentence)
    ahead = text[max(0, m.start - 30) : m.start]
    if MUNICIPAL.search(ahead):  # "the municipality of Norðurþing"
        return Party(ident, m.name, "government", "a municipality's name", True, m.sentence)
    if COMPANY.search(m.name) or context.company(m.name) or COMPANY.search(ahead):
        return Party(ident, m.name, "company", "a name near a company word", True, m.sentence)
    return Party(ident, m.name, "other", "a capitalised name", True, m.sentence)

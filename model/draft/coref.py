"""Who "the company", "the union" or "it" stands for, so that a fact whose sentence says "The
company denied ..." is filed under the company named before it, not under the facility.

A plain rule: such a word refers to the party of its kind named most recently before it
(its sentence's subject winning a tie). Only an anaphor that comes before every name in its
sentence decides the filing; after a name, the name decides. One pass over the sentences,
each read up to a bounded length, with the most recent party of each kind kept as it goes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import Sentence
from .lexicon import PRONOUN_SPEAKER

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from .actors import Party

_READ = 400  # characters of a sentence searched for an anaphor: it comes early or not at all
_COMPANY = ("company", "supplier")
# A noun that names a party by its kind, and the kinds of party it may stand for.
_KINDS: dict[str, tuple[str, ...]] = {
    "company": _COMPANY, "firm": _COMPANY, "group": _COMPANY, "carmaker": _COMPANY,
    "automaker": _COMPANY, "airline": _COMPANY, "retailer": _COMPANY, "miner": _COMPANY,
    "maker": _COMPANY, "operator": _COMPANY, "producer": _COMPANY, "brewer": _COMPANY,
    "co-operative": _COMPANY, "cooperative": _COMPANY,
    "union": ("union",),
    "council": ("government",), "ministry": ("government",), "department": ("government",),
    "government": ("government",), "municipality": ("government",),
    "agency": ("regulator", "government"), "regulator": ("regulator", "government"),
    "authority": ("regulator", "government"), "trust": ("government", "company", "other"),
    "board": ("government", "company", "other"),
}
_NOUNS = "|".join(sorted(_KINDS, key=len, reverse=True))
# "The company denied", "Neither company has commented", "the union's members".
# Not "the union Fellesforbundet": a name set beside it says who it is.
_DEFINITE = re.compile(rf"(?<![\w'’-])(?:the|neither|both|each|either)\s+(?P<noun>{_NOUNS})"
                       r"(?![\w-])(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
# "A company spokesman", "a council report": the kind word qualifies who or what speaks.
_SPOKEN = re.compile(rf"(?<![\w'’-])an?\s+(?P<noun>{_NOUNS})\s+(?:spokes(?:man|woman|person)|"
                     r"officials?|report|statement|filing|memo|document|executive|lawyer|"
                     r"representative)\b", re.IGNORECASE)
# "It said ...", "Its members fear ...": but "It is unclear" and "It would take" name nobody.
_IT = re.compile(r"Its?\s+(?!(?:is|was|seems|seemed|appears|appeared|remains|remained|would|"
                 r"could|may|might|will|can|should|must|takes?|took)\b)[a-z]")
_ACTING = ("company", "union", "government", "regulator", "supplier")


def resolve(sentences: list[Sentence], parties: list[Party], about: dict[int, str],
            first_named: dict[int, int], owner: str | None = None) -> None:
    """File each sentence that opens on an anaphor under the party it stands for. `about`
    (sentence -> id filed under) and the parties' sentences are updated in place;
    `first_named` gives where in a sentence its first party mention starts; `owner` is the
    facility's owner, the company a story is about, which "the company" stands for once
    named, though another company was named since ("Verkkolinja, the grid operator")."""
    named_in: dict[int, list[Party]] = {}
    for party in parties:
        for index in party.sentences:
            named_in.setdefault(index, []).append(party)
    by_kind: dict[str, Party] = {}  # kind -> the party of it named most recently
    by_word: dict[str, Party] = {}  # a word of a name ("council") -> that party
    last: dict[str, int] = {}  # party id -> the sentence that named it last, so far
    ids = {party.id: party for party in parties}
    for sentence in sentences:
        before = first_named.get(sentence.index, _READ)
        previous = ids.get(about.get(sentence.index - 1, ""))
        if PRONOUN_SPEAKER.match(sentence.text):
            found = None
        elif _IT.match(sentence.text) and before > 0:
            found = _it(previous, by_kind, last)
        else:
            found = _anaphor(sentence.text[:_READ], before, by_kind, by_word, last)
            if found is not None and found.kind in _COMPANY and owner in last:
                found = ids[owner] if ids[owner].kind in _COMPANY else found
        if found is not None:
            about[sentence.index] = found.id
            if all(party is not found for party in named_in.get(sentence.index, [])):
                found.sentences.append(sentence.index)
                named_in.setdefault(sentence.index, []).append(found)
        here = named_in.get(sentence.index, [])
        # the party the sentence is filed under is its subject: it wins a tie of recency
        for party in sorted(here, key=lambda p: p.id == about.get(sentence.index)):
            if party.person:
                continue
            last[party.id] = sentence.index
            by_kind[party.kind] = party
            for word in party.name.casefold().split():
                by_word[word] = party


def is_anaphor(head: str) -> bool:
    """A role word that, bare ("the union"), stands for a party named before."""
    return head.casefold() in _KINDS


def _it(previous: Party | None, by_kind: dict[str, Party], last: dict[str, int]) -> Party | None:
    """"It" opening a sentence goes on with the party the sentence before was about, or
    else stands for the body of an acting kind named last."""
    if previous is not None and not previous.person:
        return previous
    recent = [by_kind[kind] for kind in _ACTING if kind in by_kind]
    return max(recent, key=lambda p: last[p.id], default=None)


def _anaphor(text: str, before: int, by_kind: dict[str, Party], by_word: dict[str, Party],
             last: dict[str, int]) -> Party | None:
    """The party a noun anaphor standing before `before` refers to, if any."""
    for pattern in (_DEFINITE, _SPOKEN):
        match = pattern.search(text)  # all the text: its lookahead sees a name beside it
        if match is None or match.start() >= before:
            continue
        noun = match.group("noun").casefold()
        if noun in by_word:  # "the council" of Westbury District Council
            return by_word[noun]
        recent = [by_kind[kind] for kind in _KINDS[noun] if kind in by_kind]
        if not recent and _KINDS[noun] == _COMPANY and "other" in by_kind:
            recent = [by_kind["other"]]  # a company whose name did not say it is one
        if recent:
            return max(recent, key=lambda p: last[p.id])
    return None

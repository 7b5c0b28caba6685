"""Indexes the drafter reads instead of going over every party, or the whole text, for each
mention: a text naming thousands of parties drafts in time near its length, not its length
times the number of parties.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..sentences import Sentence
from .lexicon import COMPANY
from .places import COUNTRIES

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from .actors import Party
    from .mentions import Mention

_ALIAS_WORDS = 8  # words of a key that another key may be the leading or trailing part of
_ALIAS_CHARS = 100  # ... and its characters: an ordinary name is far shorter
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|dr|prof)-(?=.)")
CONTEXT = 20  # sentences naming a party that are read for a hint of its kind
NEAR = 250  # sentences either side of a name's first mention searched for its context


def by_sentence(parties: list[Party]) -> dict[int, list[Party]]:
    """Sentence -> the parties naming it, in the parties' order: looked up for each
    sentence, not read from every party."""
    found: dict[int, list[Party]] = {}
    for party in parties:
        for index in dict.fromkeys(party.sentences):
            found.setdefault(index, []).append(party)
    return found


class Aliases:
    """Each key mentions are filed under, and the key it stands for: "tanaka" for
    "mr-tanaka", "nissan" for "nissan-motor", one party under the longer name known first.

    A key is indexed under its leading and trailing runs of up to _ALIAS_WORDS words and
    _ALIAS_CHARS characters, so a lookup costs the key's length, not a read of every key
    known; a longer key is never taken as the short name of another (a bound: no ordinary
    name is that long, and a hostile one costs a bounded number of entries).
    """

    def __init__(self) -> None:
        self.known: dict[str, str] = {}
        self._parts: dict[str, str] = {}  # a leading or trailing run -> the first key's target
        # runs two parties share ("Daeyang" of the Daeyang Workers Union and of Daeyang
        # Shipbuilding): a short name that may be either is neither
        self._shared: set[str] = set()

    def file(self, key: str, fallback: str | None) -> str:
        """The key `key` stands for: as first filed, else a longer key holding it as its
        leading or trailing words, else `fallback`, else itself."""
        if key not in self.known:
            # "Ms. Wanjiru" is "Grace Wanjiru", named before
            self.known[key] = (self._part(key) or self._part(_HONORIFIC.sub("", key))
                               or fallback or key)
            for part in _runs(key):
                if self._parts.setdefault(part, self.known[key]) != self.known[key]:
                    self._shared.add(part)
        return self.known[key]

    def _part(self, key: str) -> str | None:
        return None if key in self._shared else self._parts.get(key)

    def find(self, key: str) -> str | None:
        """The key `key` stands for, if it was filed or is part of a key filed; files nothing."""
        return self.known.get(key) or self._part(key)


def _runs(key: str) -> list[str]:
    """The leading and trailing runs of whole words of `key`, short of all of it, that an
    alias may be."""
    words = key.split("-")
    most = min(len(words) - 1, _ALIAS_WORDS)
    # "Telvance Nigeria" is a country's unit: "Telvance" alone is its parent, not it
    national = words[-1] in COUNTRIES
    runs = [] if national else ["-".join(words[:count]) for count in range(1, most + 1)]
    runs += ["-".join(words[-count:]) for count in range(1, most + 1)]
    return [run for run in runs if len(run) <= _ALIAS_CHARS]


class Context:
    """Whether a name is set near a company word in the first CONTEXT sentences naming it
    ("Lindqvist, the carmaker, said ..."), once for each name. Those sentences are searched
    only within NEAR sentences of where the name is first said, in one string joining them:
    a name said once in a long text must not make each party read all of it."""

    def __init__(self, sentences: list[Sentence], mentions: list[Mention]) -> None:
        self._sentences = sentences
        # NUL joins them: a name, words and single spaces, cannot run across it
        self._joined = "\0".join(s.text for s in sentences)
        self._starts: list[int] = []
        at = 0
        for s in sentences:
            self._starts.append(at)
            at += len(s.text) + 1
        self._first: dict[str, int] = {}
        for m in mentions:
            self._first.setdefault(m.name, m.sentence)
        self._company: dict[str, bool] = {}

    def company(self, name: str) -> bool:
        if name not in self._company:
            context = " ".join(self._naming(name, self._first.get(name, 0)))
            pattern = re.compile(re.escape(name) + r"(?:['’]s)?,?\s+(?:\w+\s+){0,5}?",
                                 re.IGNORECASE)
            near = " ".join(context[x.start() : x.end() + 40] for x in pattern.finditer(context))
            self._company[name] = bool(COMPANY.search(near))
        return self._company[name]

    def _naming(self, name: str, first: int) -> list[str]:
        """Up to CONTEXT sentences holding `name`, in order, near sentence `first`."""
        low = max(0, first - NEAR)
        high = min(len(self._sentences), first + NEAR + 1)
        at = self._starts[low]
        end = self._starts[high - 1] + len(self._sentences[high - 1].text)
        found: list[str] = []
        while len(found) < CONTEXT and (at := self._joined.find(name, at, end)) >= 0:
            index = bisect_right(self._starts, at) - 1
            found.append(self._sentences[index].text)
            at = self._starts[index + 1] if index + 1 < len(self._starts) else end
        return found


class Bodies:
    """The named parties as each mention of them finds them, indexed by id and by the words
    of their names, for the bare roles that may stand for one."""

    def __init__(self, bodies: list[Party]) -> None:
        self._first: dict[str, Party] = {}
        self._unions: dict[str, tuple[int, Party]] = {}  # id -> its last body, and where
        self._words: dict[str, dict[str, tuple[int, Party]]] = {}  # a word -> the same
        for at, body in enumerate(bodies):
            self._first.setdefault(body.id, body)
            if body.person:
                continue
            if body.kind == "union":
                self._unions[body.id] = (at, body)
            for word in {w.casefold().rstrip("s'’") for w in body.name.split()}:
                self._words.setdefault(word, {})[body.id] = (at, body)

    def spoken_for(self, role: Mention, following: Mention | None) -> Party | None:
        """The one named party a bare role stands for: "their union, the Riverside Nurses
        Association"; "nurses" of the Riverside Nurses Association; "the council" of
        Westbury District Council."""
        if following is not None:  # set beside it: "the union Fellesforbundet"
            return self._first.get(following.key)
        head = role.head.rstrip("s")
        found = [self._words.get(head, {})]
        if head == "union":  # any union, as well as a name with the word
            found.append(self._unions)
        if any(len(ids) > 1 for ids in found):
            return None  # two parties it may be: it is neither
        ids = {ident for one in found for ident in one}
        if len(ids) != 1:
            return None
        return max((pair for one in found for pair in one.values()), key=lambda p: p[0])[1]

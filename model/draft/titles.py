"""Whose a person is, by the title they hold of a body: "its president, Horacio Benedetti",
"Tasnim's owner, Rafiqul Haque", "A PGW spokeswoman, Ewa Kaczmarek", "Dr. Aileen Thiessen,
the authority's vice-president". A title held of a party says the person is of that party's
kind, over what the title alone says: a co-operative's president is not a government's, a
union's secretary general is the union's. A title held of a place ("Penang's chief
minister") names no party, so the title's own kind stands."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import WORD

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from ..sentences import Sentence
    from .actors import Party

_REACH = 80  # characters looked at either side of the person's name
# before the name: "its president, ", "SYNADOC's secretary general, ", "A PGW spokeswoman, "
_BEFORE = re.compile(rf"(?:(?<![\w'’])(?P<its>[Ii]ts|[Tt]heir)|(?P<org>{WORD}(?:\s+{WORD}){{0,3}})"
                     rf"['’]s?|(?<![\w'’])(?:[Aa]n?|[Tt]he)\s+(?P<mod>{WORD}))"
                     r"\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+$")
# ... or after it: ", the authority's vice-president", ", Meridia's chief executive"
_AFTER = re.compile(r",\s+(?:(?P<its>its|their)|(?:the\s+)?(?P<org>[\w'’.-]+(?:\s+[\w'’.-]+)"
                    r"{0,3}?)['’]s)\s+[a-z][\w-]*"
                    # ... or of it: ", president of the Eastern Seaboard Labour Confederation"
                    rf"|,\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{1,3}}?(?:of|at)\s+(?:the\s+)?"
                    rf"(?P<of>{WORD}(?:\s+(?:(?:of|for|and|de|del)\s+)?{WORD}){{0,5}})")


def holders(sentences: list[Sentence], parties: list[Party], about: dict[int, str],
            known: Callable[[str], str | None]) -> list[tuple[Party, Party]]:
    """Each person whose title is held of a named party, with that party, marked a person;
    `known` gives the id of the party a name or an acronym stands for, None for a place
    ("Jujuy's mining minister" is not of "Jujuy Energía y Minería"). The person takes the
    party's kind (`take_kinds`) once the party's own kind is settled."""
    by_id = {party.id: party for party in parties}
    # the last word of each body's name, for "the authority's": the one named last wins
    last_word: dict[str, Party] = {}
    by_name: dict[str, Party] = {}
    for party in sorted((p for p in parties if not p.person), key=lambda p: p.first):
        last_word[party.name.split()[-1].casefold()] = party
        by_name[party.name.casefold()] = party

    def body(name: str, sentence: int, person: Party) -> Party | None:
        if name in ("its", "their"):  # the party the sentence was about before the person
            found = by_id.get(about.get(sentence, ""))
        else:
            key = name.casefold()
            found = (by_name.get(key) or by_id.get(known(name) or "") or
                     (last_word.get(key.split()[-1]) if name[:1].islower() else None))
        return found if found is not None and found is not person else None

    held: list[tuple[Party, Party]] = []
    for party in parties:
        if not (party.person or party.how == "a capitalised name"):
            continue
        text = sentences[party.first].text
        at = text.find(party.name)
        if at < 0:
            continue
        before = _BEFORE.search(text, max(0, at - _REACH), at)
        after = _AFTER.match(text, at + len(party.name), at + len(party.name) + _REACH)
        found = None
        for match in (m for m in (before, after) if m is not None):
            name = (match.group("its") or match.group("org") or match.groupdict().get("mod")
                    or match.groupdict().get("of"))
            found = found or body(name, party.first, party)
        if found is not None:  # one who holds a title is a person, and speaks for the body
            party.person = True
            held.append((party, found))
    return held


def take_kinds(held: list[tuple[Party, Party]]) -> None:
    for person, body in held:
        if body.kind != "other":
            person.kind, person.how = body.kind, f'a title held of "{body.name}"'

"""Where a capitalised name really starts and ends, past what a run of capitals misses: the
long name an acronym in brackets spells, over commas ("Commercial, Stevedoring, Agricultural
and Allied Workers' Union (CSAAWU)"); a family named for its surname ("the Du Toit family");
a number that is part of the name ("Sierpień 80, which has called a protest")."""

from __future__ import annotations

import re

from .lexicon import PARTICLES, UPPER, WORD

# The acronym in brackets right after a name: its capitals are the name's initials.
_ACRONYM = re.compile(r"\s+\(\s*([A-Z][A-Z&-]{1,11})\s*\)")
# One more word of the long name before it, set off by a comma or "and".
# ... a lower-case word between too, not counted: "Medicines and Healthcare products
# Regulatory Agency (MHRA)".
_WORD_BEFORE = re.compile(rf"({WORD})(?:\s+[a-z]{{2,12}})?(?:,\s+|\s+and\s+|\s+)$")
_INITIAL = re.compile(rf"(?<![\w'’.-])[{UPPER}]")
# ... or a word or a short particle of it, in any language ("cha", "wa", "for", "and").
_LINKED = re.compile(rf"(?:({WORD})|[a-z]{{1,3}})(?:,\s+|\s+)$")
_FAMILY = re.compile(r"\s+family\b")
# A number ends a name only where the name then acts or is set off: "Sierpień 80, which",
# "Sierpień 80 said"; never a date, a count or a model ("in June 2027", "Acme 300 workers").
_NUMBERED = re.compile(r"\s+(\d{1,4})(?=\s*[,(]|\s+(?:said|says|has|have|had|is|was|will|would|"
                       r"which|who|called|warned|denied)\b)")
_STEPS = 6  # words an acronym may add before a name: bounded, whatever the text


def initials(name: str) -> str:
    """The capitals that open a name's words, its particles left out: "AAWU"."""
    return "".join(m.group() for m in _INITIAL.finditer(name)
                   if not re.fullmatch(PARTICLES, name[m.start():].split()[0]))


def spelled_back(text: str, start: int, end: int) -> int:
    """Where the long name that the bracketed acronym after it spells starts: before `start`
    when the name found holds only the acronym's last letters and the words before it hold
    the rest, in order. `start` when they do not."""
    acronym = _ACRONYM.match(text, end)
    if not acronym:
        return start
    letters = acronym.group(1).replace("&", "").replace("-", "")
    have = initials(text[start:end])
    if not have or have[:1] == letters[:1]:
        return start
    if len(letters) > len(have) and letters.endswith(have):
        need, at = letters[: -len(have)], start
        for _ in range(min(len(need), _STEPS)):
            before = _WORD_BEFORE.search(text, max(0, at - 40), at)
            if not before or before.group(1)[0] != need[-1]:
                break
            need, at = need[:-1], before.start(1)
            if not need:
                return at
    return _from_first_letter(text, start, letters[0])


def _from_first_letter(text: str, start: int, letter: str) -> int:
    """An acronym that is not the initials ("ONEP" of the "Office of Natural Resources and
    Environmental Policy and Planning", "CHAWAVI" of "Chama cha Wafanyakazi wa Viwanda")
    still opens with its name's first letter: the name runs back over capitalised words and
    the short words, commas and "and" between them to the nearest word with that letter."""
    at = start
    for _ in range(_STEPS * 2):
        before = _LINKED.search(text, max(0, at - 40), at)
        if not before:
            return start
        at = before.start(1) if before.group(1) else before.start()
        if before.group(1) and before.group(1)[0] == letter:
            return at
    return start


def widened_end(text: str, end: int) -> int:
    """The end of a name past a family's word or a number that belongs to it (not a road's:
    "Interstate 10")."""
    road = re.search(r"(?:Interstate|Highway|Route|Road|Street|Avenue|Motorway|Junction|Line|Gate|"
                     r"Pier|Hall|Building)$", text[max(0, end - 12) : end])
    more = _FAMILY.match(text, end) or (None if road else _NUMBERED.match(text, end))
    return more.end() if more else end

"""Warnings for a briefing that loads: what an analyst would miss before sharing it.

A number or a proper name in a fact's text, a concern's detail or the BLUF that none of its
quotes holds (nor the item's own name); a cue the lexicon does not give the fact's level; a
`TODO` left from a draft. Each is placed at its YAML node, as errors are. The briefing has
loaded already, so its data has the right shape here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import files, yamltree
from .checks import Loc, items
from .draft.cues import ORDER, cue_level
from .facts import Certainty
from .limits import Limits
from .provenance import normalise

# Digits with group or decimal separators: 13,000 and 13.000 (German), 13 000 with a thin
# space, 13'000 (Swiss), 1.5 and 1,5.
_NUMBER = re.compile(r"\d+(?:[.,'’\u2009\u202f]\d+)*")
_SEPARATOR = re.compile(r"[.,'’\u2009\u202f]")
_NAME = re.compile(r"[^\W\d_][\w'’.-]*")
_TODO = re.compile(r"\bTODO\b")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Warning:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return self.labelled("warning")

    def labelled(self, severity: str) -> str:
        """As printed: `check --strict` labels warnings errors, as it treats them."""
        return f"{self.path}:{self.line}:{self.column}: {severity}: {self.message}"


def _word(written: str) -> str:
    """A name as compared: without a possessive or a full stop, "EVs" as "EV"."""
    word = _POSSESSIVE.sub("", written.rstrip(".")) or written
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]
    return word.casefold()


def _words(text: str) -> set[str]:
    return {_word(w) for w in _NAME.findall(normalise(text))}


def value(number: str) -> str:
    """A number as compared, its grouping gone: 13,000, 13.000 and 13'000 are 13000. A last
    '.' or ',' is a decimal point when fewer or more than three digits follow it, or when other
    separators come before it (1.5, 1,5, 1,234.5), so 1.5 never equals 15."""
    groups = _SEPARATOR.split(number)
    separators = _SEPARATOR.findall(number)
    if not separators:
        return number
    last = separators[-1]
    decimal = last in ".," and (len(groups[-1]) != 3 or any(s != last for s in separators))
    return "".join(groups[:-1]) + "." + groups[-1] if decimal else "".join(groups)


def _numbers(text: str) -> set[str]:
    return {value(n) for n in _NUMBER.findall(text)}


def unsupported(text: str, support: list[str]) -> list[str]:
    """Numbers and proper names in `text` found in none of `support`, in reading order."""
    words: set[str] = set()
    numbers: set[str] = set()
    for each in support:
        words |= _words(each)
        numbers |= _numbers(each)
    # Numbers before white space is folded, which would make a thin space a plain one.
    missing = [n for n in _NUMBER.findall(text) if value(n) not in numbers]
    text = normalise(text)
    for match in _NAME.finditer(text):
        word = match.group()
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        if not word[0].isupper() or not before or before[-1] in ".!?:;\"“(":
            continue  # a capital that opens a sentence says nothing of a name
        if _word(word) not in words:
            missing.append(_POSSESSIVE.sub("", word.rstrip(".")) or word)
    return list(dict.fromkeys(missing))


def _quotes(holder: dict[str, Any]) -> list[str]:
    return [e["quote"] for e in holder.get("evidence") or [] if isinstance(e, dict)]


def _facts(data: dict[str, Any]) -> Iterator[tuple[Loc, dict[str, Any], str]]:
    """Every fact and concern, with the name of the item it belongs to."""
    for loc, item in items(data):
        if loc[0] in ("parties", "plant"):
            for index, fact in enumerate(item.get("facts") or []):
                yield loc + ("facts", index), fact, item.get("name") or ""
        elif loc[0] == "concerns":
            yield loc, item, item.get("title") or ""


def _todos(value: Any, loc: Loc) -> Iterator[Loc]:
    if isinstance(value, str):
        if _TODO.search(value):
            yield loc
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _todos(child, loc + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _todos(child, loc + (index,))


def _cues(holder: dict[str, Any], loc: Loc) -> Iterator[tuple[Loc, str]]:
    cues = holder.get("cues") or []
    quotes = tuple(_quotes(holder))
    levels = []
    for index, cue in enumerate(cues):
        level = cue_level(cue, quotes)
        if level is None:
            yield loc + ("cues", index), f"cue {cue!r} is not in the cue lexicon"
        levels.append(level)
    certainty = holder.get("certainty")
    if cues and None not in levels and certainty in set(Certainty):
        weakest = max(levels, key=ORDER.index)
        if weakest != certainty:
            yield loc + ("certainty",), (f"certainty is {certainty}, but its cues read as "
                                         f"{weakest} in the cue lexicon")


def find(data: dict[str, Any]) -> list[tuple[Loc, str]]:
    """Every warning as (place in the file, message), in no particular order."""
    found: list[tuple[Loc, str]] = []
    everything: list[str] = []
    for loc, holder, name in _facts(data):
        quotes = _quotes(holder)
        everything += quotes
        field = "text" if "text" in holder else "detail"
        missing = unsupported(holder.get(field) or "", [*quotes, name])
        if missing:
            found.append((loc + (field,), f"{field} says {', '.join(missing)}, which none of "
                          "its quotes does"))
        found.extend(_cues(holder, loc))
    for _, question in items(data):
        if "question" in question:
            everything += _quotes(question)
    missing = unsupported(data.get("bluf") or "", everything)
    if missing:
        found.append((("bluf",), f"bluf says {', '.join(missing)}, which no quote in the "
                      "briefing does"))
    found.extend((loc, "TODO left from a draft") for loc in _todos(data, ()))
    return found


def lint(path: Path, limits: Limits) -> list[Warning]:
    """The warnings for a briefing that has loaded without errors, in file order."""
    text = files.read_bytes(path, limits.max_bytes).decode("utf-8").removeprefix("\ufeff")
    built = yamltree.parse(text, limits)
    found = find(built.data) if built and isinstance(built.data, dict) else []
    placed = yamltree.place(text, [(loc, False) for loc, _ in found])
    warnings = [Warning(str(path), *yamltree.position(placed[loc, False]), message)
                for loc, message in found]
    return sorted(warnings, key=lambda w: (w.line, w.column, w.message))

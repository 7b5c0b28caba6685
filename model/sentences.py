"""Splitting a source text into sentences, for provenance and coverage."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end in a period but never end a sentence when a capital follows.
_TITLES = frozenset(
    "mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep rev hon fr jan "
    "feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx".split()
)
# Words that end a sentence only when a usual sentence opener follows them.
_AMBIGUOUS = frozenset(
    "inc corp ltd co bros plc llc etc".split()
)
_OPENERS = frozenset(
    "a an the this that these those it its he she they we i you his her their our there in "
    "on at for but and or so yet if when while as after before since however meanwhile still "
    "also then now today yesterday tomorrow last next according".split()
)
# Closing quotes and brackets a stop may stand inside: English, German („…“, »…«), French
# («…»), CJK (「…」).
_CLOSERS = "\"'\u201d\u2019\u201c\u00bb\u00ab\u203a)\\]\u300d\u300f\uff09\u3011"
# Scripts without spaces or capitals end a sentence with a stop of their own (CJK 。！？,
# Devanagari ।, Arabic ؟ and ۔): that stop ends it whatever follows, spaced or not.
_OWN_STOPS = "\u3002\uff01\uff1f\uff61\u0964\u0965\u061f\u06d4"
# A run of end punctuation is matched whole and its next character tested apart: with the
# test in the pattern as a lookahead, a long run without a space was tried again from each of
# its characters, quadratic in the run.
_END = re.compile(rf"[.!?\u2026]+[{_CLOSERS}]*|[{_OWN_STOPS}]+[{_CLOSERS}]*|\n[ \t]*\n")
_WORD = 100  # characters looked back for the word before a stop: titles and acronyms are short
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")
# What may open a sentence before its first word: quotes of any language, brackets, a dash
# of dialogue, Spanish ¿ and ¡.
_OPENERS_BEFORE = ("\"'\u201c\u2018\u201e\u201a\u00ab\u00bb\u2039\u300c\u300e"
                   "(\\[\u2014\u2013\u00bf\u00a1")
_NEXT_WORD = re.compile(rf"\s*[{_OPENERS_BEFORE}\s]*(\S*)")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str

    def __reduce__(self) -> tuple[type[Sentence], tuple[int, int, int, str]]:
        # Pickled as a call: a frozen dataclass's state is restored field by field in Python,
        # and the cache reads back one Sentence for every sentence of the source.
        return Sentence, (self.index, self.start, self.end, self.text)


def _ends_sentence(text: str, stop: int, after: int) -> bool:
    """Whether the punctuation ending just before `stop` closes a sentence."""
    # Bounded, or a paragraph with no line break is searched back to its start for each stop.
    floor = max(stop - _WORD, 0)
    word_start = max(text.rfind(" ", floor, stop), text.rfind("\n", floor, stop), floor - 1) + 1
    word = text[word_start:stop].lstrip("\"'\u201c\u2018([")
    nxt = _NEXT_WORD.match(text, after)
    following = nxt.group(1) if nxt else ""
    if not following:
        return True
    first = following[0]
    # a letter of a script without case (CJK, Tamil, Arabic...) cannot show a new sentence by
    # its capital, so a stop before it is taken as an end, as before a capital
    if not (first.isupper() or first.isdigit() or (first.isalpha() and not first.islower())):
        return False
    if not word.endswith("."):
        return True
    stem = word.rstrip(".")
    bare = stem.lower()
    opener = following.rstrip(",;:").lower() in _OPENERS
    if bare in _TITLES or (len(stem) == 1 and stem.isupper()):
        return False
    if bare in _AMBIGUOUS or _ACRONYM.match(stem):
        return opener
    return True


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; offsets are character positions in `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("\n"):
            stop = match.start()
        elif match.group()[0] in _OWN_STOPS:
            stop = match.end()
            # 「なぜ？」と彼らは尋ねた。: a stop inside quotes the sentence goes on from
            if match.group()[-1] in _CLOSERS and text[stop:stop + 1].strip():
                continue
        else:
            stop = match.end()
            if not text[stop : stop + 1].isspace() or not _ends_sentence(text, stop, stop):
                continue
        spans.append((start, stop))
        start = match.end()
    spans.append((start, len(text)))
    sentences = []
    for begin, stop in spans:
        chunk = text[begin:stop]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            first = begin + lead
            sentences.append(Sentence(len(sentences), first, first + len(stripped), stripped))
    return sentences

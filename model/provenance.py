"""Finding quotes in a source text, where runs of white space may differ."""

from __future__ import annotations

import hashlib
import re
import stat
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

_SPACE = re.compile(r"\s+")
_KEY = 32  # characters of a quote looked up at once; see SourceIndex.prepare
_QUOTE_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class SourceIndex:
    """The source with white space folded, and the way back to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        # (position in the folded text, shift to add to reach the original) at each change
        self._folded_at: list[int] = [0]
        self._shift: list[int] = [0]
        last = 0
        shift = 0
        for match in _SPACE.finditer(text):
            pieces.append(text[last : match.start()])
            pieces.append(" ")
            last = match.end()
            folded_after = match.start() - shift + 1
            new_shift = match.end() - folded_after
            if new_shift != shift:
                shift = new_shift
                self._folded_at.append(folded_after)
                self._shift.append(shift)
        pieces.append(text[last:])
        self.folded = "".join(pieces)
        self._places: dict[str, list[int]] | None = None

    def _original(self, folded_position: int) -> int:
        return folded_position + self._shift[bisect_right(self._folded_at, folded_position) - 1]

    @staticmethod
    def _key(needle: str) -> tuple[int, str] | None:
        """The first _KEY characters after the quote's first space, and where they start."""
        after = needle.find(" ") + 1
        if after == 0 or len(needle) - after < _KEY:
            return None
        return after, needle[after : after + _KEY]

    def prepare(self, quotes: Iterable[str]) -> None:
        """Ready `find` for many quotes with one pass over the text, not one pass per quote.

        Wherever a quote occurs, the character after its first space starts a word of the
        text too; so looking up each word start of the text among the quotes' keys finds every
        place where any of them can occur.
        """
        keys = {key[1] for quote in quotes if (key := self._key(normalise(quote)))}
        places: dict[str, list[int]] = {}
        folded = self.folded
        for match in re.finditer(" ", folded):
            key = folded[match.end() : match.end() + _KEY]
            if key in keys:
                places.setdefault(key, []).append(match.end())
        self._places = places

    def find(self, quote: str) -> list[tuple[int, int]]:
        """Original spans of `quote` in the text: none, one, or the first two of several."""
        needle = normalise(quote)
        if not needle:
            return []
        key = self._key(needle) if self._places is not None else None
        if key is not None:
            after, text = key
            starts = (at - after for at in self._places.get(text, ()))
            found = list(islice((at for at in starts if self.folded.startswith(needle, at)), 2))
        else:
            found = []
            start = self.folded.find(needle)
            while start != -1 and len(found) < 2:
                found.append(start)
                start = self.folded.find(needle, start + 1)
        return [(self._original(at), self._original(at + len(needle) - 1) + 1) for at in found]

    def hint(self, quote: str) -> str:
        """Why a quote that is not found may have been meant: case or quotation marks."""
        needle = normalise(quote)
        if needle.casefold() in self.folded.casefold():
            return " (a match differs only in upper and lower case)"
        if needle.translate(_QUOTE_MARKS) in self.folded.translate(_QUOTE_MARKS):
            return " (a match differs only in its quotation marks or apostrophes)"
        return ""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    text: str
    sha256: str


class SourceProblem(Exception):
    pass


def read_source(path: Path, max_bytes: int) -> SourceFile:
    """Read a source text as UTF-8, line endings made \\n; raise SourceProblem with why not."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceProblem(f"source file not found: {path}") from None
    except OSError as error:
        raise SourceProblem(f"cannot read source file {path}: {error.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceProblem(f"source path is a directory: {path}")
    if not stat.S_ISREG(info.st_mode):  # a device or a pipe could block or never end
        raise SourceProblem(f"source is not a regular file: {path}")
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceProblem(f"cannot read source file {path}: {error.strerror}") from None
    if len(data) > max_bytes:
        raise SourceProblem(f"source file is larger than the limit of {max_bytes:,} bytes: {path}")
    if b"\x00" in data:
        raise SourceProblem(f"source file is binary, not text: {path}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceProblem(
            f"source file is not UTF-8 text (byte {error.start}): {path}"
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceFile(path, text, hashlib.sha256(data).hexdigest())

"""Finding quotes in a source text, where runs of white space may differ."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from . import files
from .limits import Limits

_SPACE = re.compile(r"\s+")
_RUN = re.compile(r"\s{2,}")
_FOLD = re.compile(r"\s{2,}|[^\S ]")  # every run of white space but a lone " ", already folded
_HINTS = 20  # missing quotes given a hint; each is a search of the whole source
_KEY = 32  # characters of a quote looked up at once; see SourceIndex.prepare
_QUOTE_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class SourceIndex:
    """The source with white space folded, and the way back to original offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        # A run of one white space character keeps its length when folded, so only longer
        # runs move offsets; most text has few, and a loop over every space took seconds.
        self.folded = _FOLD.sub(" ", text)
        # (position in the folded text, shift to add to reach the original) at each change
        self._folded_at: list[int] = [0]
        self._shift: list[int] = [0]
        shift = 0
        for match in _RUN.finditer(text):
            folded_after = match.start() - shift + 1
            shift = match.end() - folded_after
            self._folded_at.append(folded_after)
            self._shift.append(shift)
        self._places: dict[str, list[int]] | None = None
        self._variants: tuple[str, str] | None = None  # see hint
        self._hints = 0

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
        self._hints += 1
        if self._hints > _HINTS:
            return ""
        if self._variants is None:  # made once, not once for every quote that is missing
            self._variants = (self.folded.casefold(), self.folded.translate(_QUOTE_MARKS))
        casefolded, plain_marks = self._variants
        needle = normalise(quote)
        if needle.casefold() in casefolded:
            return " (a match differs only in upper and lower case)"
        if needle.translate(_QUOTE_MARKS) in plain_marks:
            return " (a match differs only in its quotation marks or apostrophes)"
        return ""


@dataclass(frozen=True)
class SourceFile:
    path: Path
    text: str
    sha256: str


class SourceProblem(Exception):
    pass


def source_path(folder: Path, written: str, limits: Limits) -> Path:
    """Where a briefing in `folder` finds the source it names, once sure that the place, with
    its symlinks followed, lies inside the folder or the wider limits.source_root: a briefing
    from someone else must not make the reader show, or hash, any file the user can read."""
    if "\0" in written:
        raise SourceProblem("the source path contains a NUL character")
    try:
        resolved = (folder / written).resolve()
        roots = [folder.resolve()]
        if limits.source_root is not None:
            roots.append(limits.source_root.resolve())
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of symlinks
        raise SourceProblem(f"cannot follow the source path {written!r}: {error}") from None
    if not any(resolved.is_relative_to(root) for root in roots):
        where = "the briefing's folder" + (" and the source root" if len(roots) > 1 else "")
        raise SourceProblem(
            f"the source {written!r} lies outside {where}; keep the source beside the "
            "briefing, or pass --source-root DIR naming a folder that holds both")
    return resolved


def read_source(folder: Path, written: str, limits: Limits) -> SourceFile:
    """The source a briefing in `folder` names, read as `read_text_file` does."""
    resolved = source_path(folder, written, limits)
    # Resolved, the path has no symlink left: one there now was swapped in since.
    return read_text_file(folder / written, limits.max_bytes, opened=resolved, follow=False)


def read_text_file(path: Path, max_bytes: int, *, opened: Path | None = None,
                   follow: bool = True) -> SourceFile:
    """A source text as UTF-8, line endings made \\n, read once from `opened` (by default
    `path`, the name shown); raise SourceProblem with why not."""
    try:
        data = files.read_bytes(opened or path, max_bytes, follow=follow)
    except files.Unread as unread:
        raise SourceProblem(_UNREAD[unread.why].format(path=path, max_bytes=max_bytes,
                                                       reason=unread.reason)) from None
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


_UNREAD = {
    files.Why.NUL: "the source path contains a NUL character",
    files.Why.MISSING: "source file not found: {path}",
    files.Why.DIRECTORY: "source path is a directory: {path}",
    files.Why.SPECIAL: "source is not a regular file: {path}",  # a pipe or device never ends
    files.Why.LARGE: "source file is larger than the limit of {max_bytes:,} bytes: {path}",
    files.Why.UNREADABLE: "cannot read source file {path}: {reason}",
}

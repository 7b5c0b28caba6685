"""`briefing check`: validate files afresh, one summary line each, or every problem; then
the warnings, which `--strict` makes errors. A folder stands for its briefings."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from model import Briefing, BriefingError, Kind, Limits, load_briefing, one_line


def summary(path: Path | str, briefing: Briefing) -> str:
    f = briefing.file
    facts = len(briefing.of_kind(Kind.fact))
    counts = ", ".join(plural(n, word) for n, word in (
        (len(f.parties), "party"), (1, "plant"), (len(f.concerns), "concern"),
        (len(f.questions), "question"), (facts, "fact")))
    return f"{path}: ok: {counts}; coverage {briefing.coverage}"


def plural(count: int, word: str) -> str:
    if count == 1:
        return f"1 {word}"
    return f"{count} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


def _files(paths: list[Path]) -> Iterator[Path | str]:
    """Each path given, a folder as its *.yaml and *.yml files (not its subfolders, not
    hidden files: the library's choice), in name order; a str is a problem to print."""
    from model.library import MAX_FILES, scan, unreadable

    for path in paths:
        if not path.is_dir():
            yield path
            continue
        if problem := unreadable(path):
            yield problem
            continue
        found = scan(path)
        if not found.paths:
            yield f"{path}: error: no briefings (*.yaml, *.yml) in this folder"
        yield from sorted(found.paths)
        if found.left_out:
            yield (f"{path}: error: {found.left_out:,} more briefings left unchecked: "
                   f"a folder is checked {MAX_FILES:,} files at a time (the newest)")


def check(paths: list[Path], coverage: bool, limits: Limits, strict: bool = False) -> int:
    from model.lint import lint

    status = 0
    for path in _files(paths):
        if isinstance(path, str):
            print(one_line(path), file=sys.stderr)
            status = 1
            continue
        shown = one_line(str(path))  # a folder's file names are anyone's: "a\x1b[31m.yaml"
        try:
            briefing = load_briefing(path, limits=limits)
        except BriefingError as error:
            for problem in error.problems:
                print(one_line(str(problem)), file=sys.stderr)
            print(f"{shown}: fails: {plural(len(error.problems), 'error')}")
            status = 1
            continue
        warnings = lint(path, limits)
        for warning in warnings:
            print(one_line(warning.labelled("error" if strict else "warning")), file=sys.stderr)
        if strict and warnings:
            print(f"{shown}: fails --strict: {plural(len(warnings), 'warning')}")
            status = 1
            continue
        print(summary(shown, briefing))
        if coverage:
            for sentence in briefing.uncited():
                print(f"{shown}: uncited sentence {sentence.index + 1}: "
                      f"{one_line(sentence.text)}")
    return status

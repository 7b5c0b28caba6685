"""`briefing check`: validate files afresh, one summary line each, or every problem; then
the warnings, which `--strict` makes errors."""

from __future__ import annotations

import sys
from pathlib import Path

from model import Briefing, Kind, Limits, one_line

from .load import load


def summary(path: Path, briefing: Briefing) -> str:
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


def check(paths: list[Path], coverage: bool, limits: Limits, strict: bool = False) -> int:
    from model.lint import lint

    status = 0
    for path in paths:
        briefing = load(path, limits, cached=False)
        if briefing is None:
            status = 1
            continue
        warnings = lint(path, limits)
        for warning in warnings:
            print(one_line(str(warning)), file=sys.stderr)
        if strict and warnings:
            status = 1
            continue
        print(summary(path, briefing))
        if coverage:
            for sentence in briefing.uncited():
                print(f"{path}: uncited sentence {sentence.index + 1}: {one_line(sentence.text)}")
    return status

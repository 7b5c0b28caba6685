"""How close `briefing draft` comes to a careful reader, on the gold set in tests/gold.

    python tests/perf/draft_score.py [--split dev|held-out] [--round N] [--story ID ...] [--second]
                                     [--verbose]

Not part of the test run as a script; tests/unit/test_draft_gold.py holds the floors.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.gold import score, stories  # noqa: E402

_FIGURES = [
    ("sentences", "sentences split", "sentences"),
    ("certainty", "certainty exact", "sentences"),
    ("certainty", "certainty acceptable", "sentences"),
    ("parties", "parties found", "gold parties"),
    ("parties", "drafted parties right", "drafted parties"),
    ("parties", "kinds right", "kinds"),
    ("parties", "filed under a party it is about", "sentences about a party"),
    ("facility", "facility found", "facilities"),
    ("facility", "location found", "locations"),
    ("facility", "owner found", "owners"),
    ("facility", "other facilities noted", "other facilities"),
    ("claims", "two-claim sentences split", "two-claim sentences"),
    ("claims", "splits where two claims are", "sentences split into claims"),
    ("questions", "questions about the event", "questions"),
    ("questions", "questions left as a marked TODO", "questions"),
    ("questions", "questions with 1-3 watch_for", "questions"),
    ("questions", "questions with a why", "questions"),
    ("concerns", "concerns held by a wanted party", "concerns"),
]


def workforce(chosen: list[dict]) -> tuple[int, int, list[str]]:
    """Stories whose drafted workforce holds the gold headcount (`workforce` in gold.yaml):
    the facility's own, not a cut or jobs to be created."""
    right, total, misses = 0, 0, []
    drafted = score(None, [story["id"] for story in chosen]).workforce if chosen else {}
    for story in chosen:
        if "workforce" not in story:
            continue
        got = drafted[story["id"]]
        total += 1
        number = re.search(r"\d[\d,.]*", got)  # "about 1,400 seasonal staff": 1400
        if number and re.sub(r"\D", "", number.group()) == str(story["workforce"]):
            right += 1
        else:
            misses.append(f"{story['id']}: workforce {got!r}, not {story['workforce']}")
    return right, total, misses


def agreement() -> int:
    """The second labeller's levels against gold's (exact, and within what gold accepts), and
    the drafter's against each, on the texts the second labeller read."""
    second = yaml.safe_load((Path(__file__).resolve().parents[1] / "gold" / "second.yaml")
                            .read_text("utf-8"))
    chosen = stories(ids=list(second))
    drafted = score(None, list(second)).drafted
    counts = Counter()
    for story in chosen:
        for theirs, mine, (_, level, ok, _) in zip(second[story["id"]], drafted[story["id"]],
                                                   story["sentences"], strict=True):
            counts["sentences"] += 1
            counts["second = gold"] += theirs == level
            counts["second within gold's acceptable"] += theirs in (level, *ok)
            counts["drafter = second"] += mine == theirs
            counts["drafter = gold"] += mine == level
    for name in ("second = gold", "second within gold's acceptable", "drafter = second",
                 "drafter = gold"):
        print(f"{name:<34} {counts[name]:>4} / {counts['sentences']:<4} "
              f"{counts[name] / counts['sentences']:6.1%}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"))
    parser.add_argument("--round", type=int, help="score only the texts of this blind round")
    parser.add_argument("--story", action="append", metavar="ID",
                        help="score only this text (repeat for more)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--second", action="store_true",
                        help="how far a second labeller (tests/gold/second.yaml) agrees")
    args = parser.parse_args()
    ids = args.story
    if args.round is not None:
        ids = [s["id"] for s in stories(args.split) if s.get("round") == args.round
               and (not args.story or s["id"] in args.story)] or ["(none)"]
    if args.second:
        return agreement()
    result = score(args.split, ids)
    counts = result.counts
    for area, hit, total in _FIGURES:
        print(f"{area:<10} {hit:<34} {counts[hit]:>4} / {counts[total]:<4} "
              f"{result.ratio(hit, total):6.1%}")
    right, total, misses = workforce(stories(args.split, ids))
    print(f"{'facility':<10} {'workforce right':<34} {right:>4} / {total:<4} "
          f"{right / total if total else 1.0:6.1%}")
    if args.verbose:
        print(*result.misses, *misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

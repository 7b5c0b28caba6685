"""How close `briefing draft` comes to a careful reader, on the gold set in tests/gold.

    python tests/perf/draft_score.py [--split dev|held-out] [--story ID ...] [--verbose]

Not part of the test run as a script; tests/unit/test_draft_gold.py holds the floors.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.gold import score  # noqa: E402

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "held-out"))
    parser.add_argument("--story", action="append", metavar="ID",
                        help="score only this text (repeat for more)")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    result = score(args.split, args.story)
    counts = result.counts
    for area, hit, total in _FIGURES:
        print(f"{area:<10} {hit:<34} {counts[hit]:>4} / {counts[total]:<4} "
              f"{result.ratio(hit, total):6.1%}")
    if args.verbose:
        print(*result.misses, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

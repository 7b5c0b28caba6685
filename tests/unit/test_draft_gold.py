"""The draft against the gold set (tests/gold): floors under the figures it reaches, so a
rule change that loses ground fails here. The figures are printed by
tests/perf/draft_score.py."""

from tests.support.gold import score

# (what is counted, out of what, the least share of it the draft must keep)
FLOORS = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.9),
    ("certainty acceptable", "sentences", 1.0),
    ("parties found", "gold parties", 1.0),
    ("drafted parties right", "drafted parties", 0.98),
    ("kinds right", "kinds", 0.9),
    ("filed under a party it is about", "sentences about a party", 0.98),
    ("facility found", "facilities", 0.97),
    ("location found", "locations", 1.0),
    ("owner found", "owners", 0.93),
    ("other facilities noted", "other facilities", 1.0),
    ("two-claim sentences split", "two-claim sentences", 0.92),
    ("splits where two claims are", "sentences split into claims", 1.0),
    ("questions about the event", "questions", 0.91),
    ("questions with 1-3 watch_for", "questions", 1.0),
    ("concerns held by a wanted party", "concerns", 1.0),
]


def test_the_draft_stays_close_to_a_careful_reader_on_the_gold_set():
    result = score()
    assert result.counts["sentences"] >= 313
    below = {name: result.ratio(name, of) for name, of, floor in FLOORS
             if result.ratio(name, of) < floor}
    assert not below, below

"""The draft against the gold set (tests/gold): floors under the figures it reaches, so a
rule change that loses ground fails here. The figures are printed by
tests/perf/draft_score.py."""

from tests.support.gold import score

# (what is counted, out of what, the least share of it the draft must keep)
FLOORS = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.88),
    ("certainty acceptable", "sentences", 0.98),
    ("parties found", "gold parties", 0.97),
    ("drafted parties right", "drafted parties", 0.93),
    ("filed under a party it is about", "sentences about a party", 0.9),
    ("facility found", "facilities", 0.95),
    ("location found", "locations", 0.95),
    ("owner found", "owners", 0.8),
    ("other facilities noted", "other facilities", 0.95),
    ("two-claim sentences split", "two-claim sentences", 0.85),
    ("splits where two claims are", "sentences split into claims", 0.9),
    ("questions about the event", "questions", 0.82),
    ("questions with 1-3 watch_for", "questions", 1.0),
]


def test_the_draft_stays_close_to_a_careful_reader_on_the_gold_set():
    result = score()
    assert result.counts["sentences"] >= 186
    below = {name: result.ratio(name, of) for name, of, floor in FLOORS
             if result.ratio(name, of) < floor}
    assert not below, below

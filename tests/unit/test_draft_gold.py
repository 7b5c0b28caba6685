"""The draft against the gold set (tests/gold): floors under the figures it reaches, so a
rule change that loses ground fails here. The figures are printed by
tests/perf/draft_score.py (`--round N` for one blind round alone)."""

from tests.support.gold import score, stories

# (what is counted, out of what, the least share of it the draft must keep) on all 125 texts,
# the 64 of blind rounds 5 to 12 among them, after the rules were changed for them
FLOORS_125 = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.86),
    ("certainty acceptable", "sentences", 0.97),
    ("parties found", "gold parties", 0.97),
    ("drafted parties right", "drafted parties", 0.96),
    ("kinds right", "kinds", 0.845),
    ("filed under a party it is about", "sentences about a party", 0.945),
    ("facility found", "facilities", 0.95),
    ("location found", "locations", 0.83),
    ("owner found", "owners", 0.79),
    ("other facilities noted", "other facilities", 0.70),
    ("two-claim sentences split", "two-claim sentences", 0.64),
    ("splits where two claims are", "sentences split into claims", 0.82),
    ("questions about the event", "questions", 0.91),
    ("questions with 1-3 watch_for", "questions", 1.0),
    ("concerns held by a wanted party", "concerns", 1.0),
]
# ... on the 61 before the fifth round, the eight of the fourth among them
FLOORS_61 = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.88),
    ("certainty acceptable", "sentences", 0.99),
    ("parties found", "gold parties", 0.98),
    ("drafted parties right", "drafted parties", 0.97),
    ("kinds right", "kinds", 0.9),
    ("filed under a party it is about", "sentences about a party", 0.96),
    ("facility found", "facilities", 0.98),
    ("location found", "locations", 0.95),
    ("owner found", "owners", 0.9),
    ("other facilities noted", "other facilities", 0.94),
    ("two-claim sentences split", "two-claim sentences", 0.86),
    ("splits where two claims are", "sentences split into claims", 0.86),
    ("questions about the event", "questions", 0.92),
    ("questions with 1-3 watch_for", "questions", 1.0),
    ("concerns held by a wanted party", "concerns", 0.96),
]
# ... on the 53 before the fourth round, the eight of the third among them
FLOORS = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.89),
    ("certainty acceptable", "sentences", 0.99),
    ("parties found", "gold parties", 1.0),
    ("drafted parties right", "drafted parties", 1.0),
    ("kinds right", "kinds", 0.9),
    ("filed under a party it is about", "sentences about a party", 0.98),
    ("facility found", "facilities", 0.98),
    ("location found", "locations", 1.0),
    ("owner found", "owners", 0.91),
    ("other facilities noted", "other facilities", 1.0),
    ("two-claim sentences split", "two-claim sentences", 0.94),
    ("splits where two claims are", "sentences split into claims", 0.89),
    ("questions about the event", "questions", 0.95),
    ("questions with 1-3 watch_for", "questions", 1.0),
    ("concerns held by a wanted party", "concerns", 1.0),
]
# ... and on the 45 texts before it, where the rules were tuned, so the new rules keep them
FLOORS_45 = [
    ("sentences split", "sentences", 1.0),
    ("certainty exact", "sentences", 0.9),
    ("certainty acceptable", "sentences", 1.0),
    ("parties found", "gold parties", 1.0),
    ("drafted parties right", "drafted parties", 1.0),
    ("kinds right", "kinds", 0.91),
    ("filed under a party it is about", "sentences about a party", 0.98),
    ("facility found", "facilities", 0.97),
    ("location found", "locations", 1.0),
    ("owner found", "owners", 0.93),
    ("other facilities noted", "other facilities", 1.0),
    ("two-claim sentences split", "two-claim sentences", 0.92),
    ("splits where two claims are", "sentences split into claims", 1.0),
    ("questions about the event", "questions", 0.94),
    ("questions with 1-3 watch_for", "questions", 1.0),
    ("concerns held by a wanted party", "concerns", 1.0),
]


def _before(round_: int) -> list[str]:
    """The texts written before a blind round: the floors under them hold while that round
    is scored blind and its rules are written."""
    return [s["id"] for s in stories() if s.get("round", 0) < round_]


def _below(result, floors):
    return {name: result.ratio(name, of) for name, of, floor in floors
            if result.ratio(name, of) < floor}


def test_the_draft_stays_close_to_a_careful_reader_on_the_whole_gold_set():
    result = score(None, _before(13))
    assert result.counts["sentences"] >= 970
    below = _below(result, FLOORS_125)
    assert not below, below


def test_the_texts_before_the_fifth_round_keep_their_figures():
    result = score(None, _before(5))
    assert result.counts["sentences"] >= 440
    below = _below(result, FLOORS_61)
    assert not below, below


def test_the_texts_before_the_fourth_round_keep_their_figures():
    result = score(None, _before(4))
    assert result.counts["sentences"] >= 376
    below = _below(result, FLOORS)
    assert not below, below


def test_the_texts_before_the_third_round_keep_their_figures():
    result = score(None, _before(3))
    assert result.counts["sentences"] >= 313
    below = _below(result, FLOORS_45)
    assert not below, below


def test_the_workforce_drafted_is_the_facilitys_headcount_where_gold_gives_it():
    from tests.perf.draft_score import workforce
    right, total, misses = workforce(stories(ids=_before(13)))
    # the misses are the later rounds': "its 420 jobs" after a cut, a headcount in a clause of
    # its own
    assert total >= 75 and right >= 0.85 * total, misses

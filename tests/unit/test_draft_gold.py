"""The draft against the gold set (tests/gold): floors under the figures it reaches, so a
rule change that loses ground fails here. The figures are printed by
tests/perf/draft_score.py."""

from tests.support.gold import score


def test_the_draft_stays_close_to_a_careful_reader_on_the_gold_set():
    result = score()
    assert result.counts["sentences"] >= 186
    assert result.ratio("sentences split", "sentences") == 1.0
    assert result.ratio("certainty exact", "sentences") >= 0.87
    assert result.ratio("certainty acceptable", "sentences") >= 0.97
    assert result.ratio("parties found", "gold parties") >= 0.95
    assert result.ratio("drafted parties right", "drafted parties") >= 0.9
    assert result.ratio("filed under a party it is about", "sentences about a party") >= 0.9
    assert result.ratio("facility found", "facilities") >= 0.9
    assert result.ratio("location found", "locations") >= 0.9
    assert result.ratio("owner found", "owners") >= 0.8
    assert result.ratio("other facilities noted", "other facilities") >= 0.85
    assert result.ratio("two-claim sentences split", "two-claim sentences") >= 0.85
    assert result.ratio("splits where two claims are", "sentences split into claims") >= 0.9
    assert result.ratio("questions about the event", "questions") >= 0.75
    assert result.ratio("questions with 1-3 watch_for", "questions") == 1.0

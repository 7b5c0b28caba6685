"""The draft against the gold set (tests/gold): floors under the figures it reaches, so a
rule change that loses ground fails here. The figures are printed by
tests/perf/draft_score.py."""

from tests.support.gold import score


def test_the_draft_stays_close_to_a_careful_reader_on_the_gold_set():
    result = score()
    assert result.counts["sentences"] >= 155
    assert result.ratio("sentences split", "sentences") == 1.0
    assert result.ratio("certainty exact", "sentences") >= 0.85
    assert result.ratio("certainty acceptable", "sentences") >= 0.97
    assert result.ratio("parties found", "gold parties") >= 0.83
    assert result.ratio("drafted parties right", "drafted parties") >= 0.76
    assert result.ratio("facility found", "facilities") >= 0.9
    assert result.ratio("location found", "locations") >= 0.5
    assert result.ratio("owner found", "owners") >= 0.37
    assert result.ratio("questions about the event", "questions") >= 0.75
    assert result.ratio("questions with 1-3 watch_for", "questions") == 1.0

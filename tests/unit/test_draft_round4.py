"""Mechanisms the fourth blind round (tests/gold, `round: 4`) asked for, each meant to cover
a class of sentence rather than one text: the scope of an attribution (who speaks a quote
set before the verb, whose future "would" is after "said on Wednesday", a passive act the
speaker does), and what a title or a description says about whose the person is."""

from model import Certainty
from model.draft.cues import read_certainty


def _level(text):
    return read_certainty(text, True).certainty


def test_a_speaker_named_after_a_closed_quote_is_on_the_record():
    assert _level('"We know this is hard news," said Dr. Aileen Thiessen, the authority\'s '
                  "vice-president.") is Certainty.confirmed
    assert _level('"The plant will close," said two people familiar with the plans.') is (
        Certainty.reported)


def test_when_and_where_it_was_said_does_not_hide_whose_future_would_is():
    assert _level("Halvorsen Motors said on Wednesday it would cut one of three shifts.") is (
        Certainty.confirmed)
    assert _level("The ministry said in a letter it would raise the tariffs.") is (
        Certainty.confirmed)
    # the outcome a speaker foresees is still a hypothesis
    assert _level("The union said on Friday an early closure would break the contract.") is (
        Certainty.possible)


def test_would_be_and_an_act_done_to_people_is_the_speakers_own_plan():
    assert _level("Halvorsen said affected workers would be offered transfers.") is (
        Certainty.confirmed)
    assert _level("The authority said it was sorry, adding that patients would be directed "
                  "to North Battleford.") is Certainty.confirmed
    assert _level("The mayor said 700 jobs would be lost.") is Certainty.possible


def test_a_promise_reported_is_the_promises_words_not_a_hedge():
    assert _level("The union said the company had promised in 2023 that there would be no "
                  "layoffs.") is not Certainty.possible


def test_what_has_not_been_disclosed_is_unconfirmed():
    assert _level("Severance terms have not been disclosed.") is Certainty.unconfirmed
    assert _level("Corvane has not revealed the price.") is Certainty.unconfirmed

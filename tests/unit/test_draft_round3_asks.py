"""Certainty, two-claim splits and questions the third blind round (tests/gold, `round: 3`)
asked for: saying and citing, a decision still to come, accusations and calls, a speaker's own
region, and questions asked from the hedged claim itself."""

import yaml

from model.draft import draft


def _draft(text):
    return yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)


def _questions(text):
    return [q["question"] for q in _draft(text)["questions"]]


def test_a_question_asks_the_hedged_clause_of_two_joined_by_a_semicolon():
    asked = _questions("Acme Tiles will expand its factory in Russas. The factory employs 900 "
                       "people; the expansion would create 310 jobs when it opens in 2028.")
    assert asked == ["Will the expansion create 310 jobs when it opens in 2028?"]


def test_a_question_leaves_out_an_aside_a_second_clause_and_a_silence():
    asked = _questions(
        "Acme Dairy recalled formula. The plant, which employs 380 people, will stay closed "
        "until checks end, an official said. Analysts said output had fallen and could drop "
        "further. Mayor Jo Roux said the closure would not let the town grow and "
        "had asked the region for help. Norsk Aluvia declined to comment but has "
        "not ruled out raising its bid. Fruit would rot and could miss the shipping window.")
    assert asked == ["Will the plant stay closed until checks end?",
                     "Will output drop further?",
                     "Will the closure let the town grow?",
                     "Will Norsk Aluvia rule out raising its bid?",
                     "Will fruit rot and miss the shipping window?"]


def test_a_question_of_how_many_and_of_not_before_a_date():
    asked = _questions("Acme Dairy recalled formula. The company has not said how many batches "
                       "were affected. A council committee is not expected to vote on the "
                       "budget until June, the Herald reported.")
    assert asked[0] == "How many batches were affected?"
    assert asked[1] == "Will a council committee vote on the budget before June?"


def test_it_is_the_body_the_sentence_is_about_and_they_one_union_is_not():
    asked = _questions(
        "Acme Glass will close its glassworks. The labour ministry has yet to say whether it "
        "will back a takeover, Le Parisien reported. Filctem-CGIL said the workers who would "
        "lose their jobs had not been told whether they would receive redundancy pay. The UGT "
        "and CCOO unions said they would call a strike if the owner moved production.")
    assert asked == ["Will the labour ministry back a takeover?",
                     "Will they receive redundancy pay?",
                     "Will UGT and CCOO call a strike if the owner moved production?"]


def test_a_name_keeps_its_capital_and_a_date_is_a_month_not_a_place():
    data = _draft("Gruppo Marchesini will buy the tannery. Marchesini is expected to take over "
                  "the site in September. An Bord Pleanála is expected to rule by October. "
                  "Acme denied that it plans to move production to its plant in Marinha Grande.")
    asked = [q["question"] for q in data["questions"]]
    assert "Will Marchesini take over the site in September?" in asked
    assert "Will An Bord Pleanála rule by October?" in asked
    watch = [w for q in data["questions"] for w in q["watch_for"]]
    assert "News around the date the text names: October" in watch
    assert not any("Marinha" in w for w in watch)


def _level(sentence):
    from model.draft.cues import read_certainty
    return str(read_certainty(sentence, True).certainty)


def test_saying_and_citing_after_a_clause_speak_for_its_subject():
    assert _level("Laminados's board rejected the offer on Wednesday, saying it undervalued "
                  "the company.") == "confirmed"
    assert _level("The council refused permission in March, citing odour.") == "confirmed"
    assert _level("Analysts were cautious, saying demand was weak.") == "reported"
    assert _level("Acme will close the plant, the newspaper reported, citing three "
                  "sources.") == "reported"


def test_would_after_and_shares_the_subject_of_the_clause_before():
    assert _level("Mabunda Fruit Exporters said it had offered a 6.5% increase and would not "
                  "improve the offer.") == "confirmed"
    assert _level("The mayor said the reopening had been delayed and would cost jobs.") == (
        "possible")


def test_a_decision_still_to_come_is_unconfirmed_and_asked_about():
    assert _level("Semace has not yet ruled on the application.") == "unconfirmed"
    assert _level("Chief executive Rodrigo Neto said the company had yet to decide whether to "
                  "close its older plant.") == "unconfirmed"
    asked = _questions("Acme Tiles will expand its factory in Russas with a licence from Semace, "
                       "the state environment agency. Semace has not yet ruled "
                       "on the application, and residents have asked for a hearing. Chief "
                       "executive Rodrigo Neto said the company had yet to decide whether to "
                       "close its older plant.")
    assert asked == ["Will Semace rule on the application?",
                     "Will the company close its older plant?"]


def test_accusing_passes_on_anothers_act_and_calling_for_is_a_partys_own():
    assert _level("Thandiwe Nkuna said the union wanted 10% and accused the company of "
                  "bringing in replacement workers.") == "reported"
    assert _level("The Consumer Protection Society called for the company to be "
                  "fined.") == "confirmed"
    assert _level("A committee will vote in June, the Gyeongin Herald reported.") == "reported"


def test_a_speaker_for_the_region_or_town_is_on_the_record_about_its_future():
    assert _level("Chiara Nardini said the region would pay for retraining.") == "confirmed"
    assert _level("Mayor Christiane Roux said the town would not let the site become a "
                  "wasteland.") == "confirmed"


def test_a_past_event_passed_on_is_asked_about_plainly():
    asked = _questions("Acme Leather will sell the tannery. According to Il Tirreno, two other "
                       "bidders pulled out after inspecting the wastewater system. People "
                       "familiar with the review said agency scientists raised questions.")
    assert asked == ["Did two other bidders pull out after inspecting the wastewater system?",
                     "Did agency scientists raise questions?"]


def test_two_claims_after_a_count_a_plural_or_and_said_are_split():
    from model.draft.claims import split_claims
    pairs = {
        "The hospital employs 410 staff; about 120 nurses are expected to transfer.":
            ("stated", "likely"),
        "Semace has not yet ruled on the application, and residents of the nearby Lagoa Seca "
        "district have asked for a hearing.": ("unconfirmed", "stated"),
        "Managing director Seán O'Brien rejected the claim and said the plant would use sealed "
        "lorries.": ("denied", "possible"),
    }
    for sentence, levels in pairs.items():
        found = split_claims(sentence, True)
        assert found is not None, sentence
        assert (str(found[0].reading.certainty), str(found[1].reading.certainty)) == levels

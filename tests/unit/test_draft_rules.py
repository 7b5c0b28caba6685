"""The drafting rules on the failures the gold set was written for: attribution, negation,
hypotheticals, names, facilities and questions."""

import pytest
import yaml

from model.draft import DraftProblem, draft
from model.draft.asks import question
from model.draft.cues import cue_level, read_certainty
from model.facts import Certainty


@pytest.mark.parametrize(("sentence", "level"), [
    ("Calder Aggregates said on Tuesday that it will close the quarry.", "confirmed"),
    ("The company said in a statement that prices rose.", "confirmed"),
    ("The talks are advanced, two people briefed on the negotiations said.", "reported"),
    ("Acme has not confirmed the sale.", "unconfirmed"),
    ("No talks have been confirmed.", "unconfirmed"),
    ("Neither company has commented.", "unconfirmed"),
    ("Acme has not said whether the site would be sold.", "unconfirmed"),
    ("Acme is not expected to sell.", "likely"),
    ("Acme is unlikely to reopen the mine.", "likely"),
    ("Acme has not ruled out more cuts.", "possible"),
    ("Hartwell dismissed the report as speculation.", "denied"),
    ("The union denied accepting the offer.", "denied"),
    ("For Acme, the deal would bring a foothold in Japan.", "possible"),
    ("Acme said it would close the mine.", "confirmed"),
    ("The mayor said the reopening would bring back 700 jobs.", "possible"),
    ("A decision is expected by Aug. 30.", "likely"),
    ("It was announced on Monday.", "stated"),
    ("Unifor Local 89 said it was not told of the shutdown.", "confirmed"),
    ("A final decision is not expected before January.", "likely"),
    ("The CGT union rejected the agency's figures on births.", "denied"),
    ("Gulfway disputes the accounts and estimates it was given.", "denied"),
    ("The union has not rejected the report.", "possible"),
    ("The union rejected the wage offer on Friday.", "stated"),
    ("The agency has yet to confirm the closure date.", "unconfirmed"),
    # draft-5: rebuttals and brandings as denials, silences by other verbs, the media and
    # documents as sources, "how" opening a question, a passive's reported future
    ("The company rebuffed a report that it had asked for a tax break.", "denied"),
    ("The minister rebuffed suggestions that he had known.", "denied"),
    ("The minister dismissed her warning as scaremongering.", "denied"),
    ("The group called the company's claim that the route loses money baseless.", "denied"),
    ("The university called reports that it had sold the equipment baseless.", "denied"),
    ("The union called for talks on Friday.", "stated"),
    ("The ministry has not responded to requests for comment.", "unconfirmed"),
    ("Alpenstein did not reply to emails.", "unconfirmed"),
    ("Nobody at the trust responded to requests for comment.", "unconfirmed"),
    ("Acme will expand the site, the business daily Kauppalehti reported.", "reported"),
    ("The trust will close the unit, an internal email seen by RNZ shows.", "reported"),
    ("The union said it had not been told how many workers would lose their jobs.",
     "confirmed"),
    ("Workers were told on Monday that they would be paid until March.", "stated"),
    # a party on the record about another side's acts passes them on
    ("A union spokesman said the company had refused to meet.", "reported"),
    ("A company spokesman said the company had refused to meet.", "confirmed"),
    ("She said the company would try to find jobs for everyone.", "confirmed"),
    # draft-6: a press word inside a union's name, "would" of what is held likely or of what
    # a guarantee would say
    ("The Kenya Union of Printing, Publishing, Paper Manufacturers and Allied Workers said it "
     "would challenge the cuts.", "confirmed"),
    ("A ministry official said the concession would probably be renewed.", "reported"),
    ("The sale would probably need approval from the council.", "likely"),
    ("The union said it had received no guarantee that workers would be moved.", "confirmed"),
    # a speaker who does not say whose side they are on may be the company's own
    ("Ms. Wanjiru said the company had considered selling the presses.", "confirmed"),
])
def test_certainty_by_clause_and_speaker(sentence, level):
    assert read_certainty(sentence, False).certainty == level


@pytest.mark.parametrize(("cue", "level"), [
    ("could", Certainty.possible), ("potential", None), ("not confirmed", Certainty.unconfirmed),
    ("said", Certainty.confirmed), ("sources said", Certainty.reported),
    ("stated goal", Certainty.confirmed),
])
def test_a_cue_alone_reads_at_its_level(cue, level):
    assert cue_level(cue) == level


@pytest.mark.slow  # 100 KB through the drafter and PyYAML's emitter: seconds, linear
def test_a_hostile_long_line_reads_in_bounded_time():
    line = ("not " * 15_000) + ("said, " * 15_000) + "x" * 90_000 + " whether"  # 300 KB
    assert read_certainty(line, True).certainty in set(Certainty)
    assert question(line, [], set()).endswith("?")
    with pytest.raises(DraftProblem, match="line 1: a sentence of 240,009 characters"):
        draft(line + ".\n", "s.txt", "0" * 64, "s")  # longer than a quote may be
    line = ("not " * 5_000) + ("said, " * 5_000) + "x" * 45_000 + " whether"  # 95 KB
    assert draft(line + ".\n", "s.txt", "0" * 64, "s").sentences == 1


def parties(text):
    import yaml

    data = yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)
    return {p["name"]: p["kind"] for p in data["parties"]}, data


def test_names_keep_their_particles_titles_and_diacritics():
    found, _ = parties(
        "The U.S. Food and Drug Administration met Société Minière de Lavaux in Jan. "
        "Société Minière de Lavaux said it was pleased. "
        "Mayor Gunnar Ødegård said the NOK 1 billion deal is fine. "
        "The United Foundry Workers Union said it was not told. "
        "Oaxaca governor Salomón Jara warned of cuts at the Dunmore foundry.")
    assert found["U.S. Food and Drug Administration"] == "regulator"
    assert "Société Minière de Lavaux" in found
    assert found["Mayor Gunnar Ødegård"] == "government"
    assert found["United Foundry Workers Union"] == "union"
    assert found["Salomón Jara"] == "government"
    assert not {"Jan", "NOK", "Union"} & set(found)


def test_councils_and_unions_are_named_in_full_even_opening_a_sentence():
    found, _ = parties("Perth and Kinross Council voted to sell the Inveralmond depot. "
                       "Unite the Union said it would fight the sale. Its buyer runs a "
                       "yard in Port Allen, Louisiana, and one in Dundee, Acme said.")
    assert found["Perth and Kinross Council"] == "government"
    assert found["Unite the Union"] == "union"
    assert not {"Kinross Council", "Union", "Unite", "Louisiana"} & set(found)
    assert "Acme" in found  # set after a place, but speaking


def test_a_unit_in_a_building_named_for_its_town_is_set_in_the_town():
    _, data = parties("The health agency will close the maternity unit at the Hôpital de "
                      "Saint-Avold in March. Parents fear longer journeys.")
    assert data["plant"]["name"] == "Maternity unit"
    assert data["plant"]["location"] == "Saint-Avold"


def test_a_facility_without_a_name_and_a_workforce_not_a_cut():
    _, data = parties("Deutsche Bahn plans to close its repair shop in Neumünster. The shop "
                      "employs 410 people, and the proposed cut would eliminate 240 jobs.")
    assert data["plant"]["name"] == "Repair shop"
    assert data["plant"]["workforce"] == "410 people"


def test_concerns_are_drafted_where_a_party_fears_or_warns():
    _, data = parties("Acme will close the Dunmore mill. The GMB union warned that the "
                      "closure could leave dozens of drivers without work.")
    (concern,) = data["concerns"]
    assert concern["held_by"][0] == "gmb-union"
    assert concern["about"] == ["dunmore-mill"]
    assert concern["certainty"] == "possible"


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Deutsche Bahn could close its repair shop in Neumünster, a memo said.",
     "Will Deutsche Bahn close its repair shop in Neumünster?"),
    ("The state government could offer subsidies, Economy Minister Madsen said.",
     "Will the state government offer subsidies?"),
    ("Acme has not said whether the site will be sold.", "Will the site be sold?"),
])
def test_questions_ask_about_the_event_without_its_attribution(sentence, asked):
    assert question(sentence, ["Deutsche Bahn"], {"Deutsche"}) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    # negation turned into the event it is about
    ("Harlow Steel has not ruled out closing a second furnace, its chief executive said.",
     "Will Harlow Steel rule out closing a second furnace?"),
    ("The ministry has yet to confirm the funding.", "Will the ministry confirm the funding?"),
    ("The carrier had no plans to move its hub from Cork, a spokeswoman said.",
     "Will the carrier move its hub from Cork?"),
    ("A ruling is not expected before the end of March.",
     "Will a ruling come before the end of March?"),
    ("No buyer had been found, the administrator said.", "Had any buyer been found?"),
    # the claim inside the report, the "how" of an unclear, the present of an "if"
    ("Fishermen worry that the new quay would shrink the harbour.",
     "Will the new quay shrink the harbour?"),
    ("The council dismissed a rumour that the library would close.",
     "Will the library close?"),
    ("It remains unclear how much money the region would contribute.",
     "How much money will the region contribute?"),
    ("The crew would strike if the contract was signed, the union said.",
     "Will the crew strike if the contract is signed?"),
    ("The plan would probably need a vote of the assembly.",
     "Will the plan need a vote of the assembly?"),
    ("The depot would close in June, the regional manager, Sofia Lund, said.",
     "Will the depot close in June?"),
    ("The rector dismissed the report as premature.", "Is the report accurate?"),
    ("The mayor disputed claims that the depot was losing money, the council said.",
     "Are claims that the depot was losing money accurate?"),
    ("Residents expect further flooding.", "Will there be further flooding?"),
    ("The group called the company's claim that the route loses money baseless.",
     "Is the company's claim that the route loses money accurate?"),
    ("The university called reports that it had sold the equipment baseless.",
     "Are reports that it had sold the equipment accurate?"),
    # its own act, not a rebuttal ("Is the pay offer accurate?" would be wrong): a past event
    ("The union rejected the pay offer.", "Did the union reject the pay offer?"),
    ("Danish shipping group Mærsk could sell the terminal.",
     "Will Danish shipping group Mærsk sell the terminal?"),
    # what is set beside the subject, and a speaker named after "said", are left out
    ("Harlow Foods, the local unit of a British group, plans to close its call centre, two "
     "people said.", "Will Harlow Foods close its call centre?"),
    ("Its chairman, Dr. Otieno Kamau, is not expected to attend the meeting.",
     "Will its chairman attend the meeting?"),
    ("The company is unlikely to find a buyer quickly, said João Pedro Ramos, an analyst at "
     "XP Investimentos.", "Will the company find a buyer quickly?"),
    ("Sahel Rail denied a report in the Daily Trust that it owed the ministry fees.",
     "Is a report in the Daily Trust that it owed the ministry fees accurate?"),
])
def test_questions_turn_negations_and_reports_into_the_event(sentence, asked):
    assert question(sentence, [], {"Harlow"}) == asked


@pytest.mark.parametrize("sentence", [
    "Harlow Steel declined to comment.", "Neither company has commented.",
    "The port authority has not responded to requests for comment on the sale.",
    "A spokesman said the firm does not comment on speculation.",
])
def test_a_sentence_that_only_reports_a_silence_asks_nothing(sentence):
    assert question(sentence, ["Harlow Steel"], {"Harlow"}) is None



def test_a_negated_opposition_is_no_concern():
    data = yaml.safe_load(draft("Acme will close the Kaduna depot. The Nigeria Union of "
                                "Railwaymen said it was not opposed to a new operator.",
                                "s.txt", "0" * 64, "s").yaml)
    assert data["concerns"] == []


def test_a_party_that_warns_is_on_the_record_and_warned_is_a_cue():
    reading = read_certainty("The Steel Union warned that the closure was a mistake.", True)
    assert reading.certainty is Certainty.confirmed
    assert any("warned" in cue for cue in reading.cues)

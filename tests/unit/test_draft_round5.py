"""Mechanisms the fifth blind round (tests/gold, `round: 5`) asked for, each meant to cover a
class of sentence: denials written as "no intention" or a quoted brand, what sources let be
known, a reason that is not the claim, a party named after "said" as another's act passed
on; acronyms that are not initials; a verb past a clause that only looks like a description;
passives, places after "nearby", officials of a body; and kinds from what a body regulates,
from a citizens' body's name and from a description with a country's possessive."""

import pytest

from model import Certainty
from model.draft.claims import split_claims
from tests.support import drafts

_kinds = drafts.kinds
_plant = drafts.plant
_level = drafts.level


def test_no_intention_and_a_quoted_brand_are_denials():
    assert _level('Energy Minister Stavros Papadakis said the government had "no intention" of '
                  "bringing forward the closure.") is Certainty.denied
    assert _level("Irarrázaval said the company had no intention of leaving Chiloé.") is (
        Certainty.denied)
    assert _level('Rohan Wickramasinghe called the claim "completely false".') is (
        Certainty.denied)
    assert _level('Greg Hollis said the delay could cost A$400 million, a figure the government '
                  'called "pure invention".') is Certainty.denied


def test_what_is_understood_or_cited_from_officials_is_reported():
    assert _level("The move is understood to have been prompted by a trade dispute.") is (
        Certainty.reported)
    assert _level("The Economy Ministry is studying a subsidy, El Mercurio reported, citing an "
                  "official who asked not to be named.") is Certainty.reported
    # citing a party's own document is still the party's word
    assert _level("Acme said it would close the mill, citing its annual report.") is not (
        Certainty.reported)


def test_a_reason_given_for_anonymity_is_not_the_claim():
    assert _level("The levy will be waived, two officials said, speaking on condition of "
                  "anonymity because the decision had not been announced.") is Certainty.reported


def test_a_partys_own_future_after_a_long_clause_is_still_its_own():
    assert _level("The union said workers had complained about smoke in the building for weeks "
                  "and that it would hold a rally on Thursday.") is Certainty.confirmed


def test_a_party_named_after_said_is_anothers_act_passed_on():
    assert _level("The Hill Country Workers' Front said Highfield had not paid the wage.") is (
        Certainty.reported)
    assert _level("Highfield said Highfield had paid the wage.") is Certainty.confirmed
    assert _level("The union said it had not been paid.") is Certainty.confirmed


def test_an_acronym_not_of_initials_still_takes_its_long_name():
    kinds = _kinds("The plant must pass an environmental health impact assessment (EHIA) by the "
                   "Office of Natural Resources and Environmental Policy and Planning (ONEP), "
                   "which is expected to rule by December. Chama cha Wafanyakazi wa Viwanda "
                   "(CHAWAVI), the workers' association that represented the staff, said it "
                   "would seek an agreement.")
    assert kinds == {
        "Office of Natural Resources and Environmental Policy and Planning": "regulator",
        "Chama cha Wafanyakazi wa Viwanda": "union"}


def test_a_comma_clause_after_a_name_is_no_description_hiding_its_verb():
    kinds = _kinds("The opposition's water spokesman, Greg Hollis, said the delay could cost "
                   "A$400 million, a figure the government called pure invention.")
    assert "Greg Hollis" in kinds and "Spokesman" not in kinds


def test_passives_places_and_officials_of_a_body_are_not_parties():
    kinds = _kinds("Huaxin has yet to say whether the families of the dead workers will be "
                   "compensated. Save Our Sound, a community group in nearby Yanchep, said it "
                   "would appeal. The levy will be waived, two officials at the agriculture "
                   "ministry said, speaking on condition of anonymity.")
    assert not {"Families", "Yanchep", "Officials", "Two officials"} & set(kinds)
    assert kinds["Save Our Sound"] == "community"
    assert kinds["Agriculture ministry"] == "government"
    # a body expected to act is no body acted on
    assert "Government" in _kinds("The government is expected to waive the levy.")


def test_kinds_from_what_a_body_regulates_and_a_citizens_bodys_name():
    kinds = _kinds("The Environmental Protection Authority (EPA) approved the outfall. The Teluk "
                   "Tolo Coastal Alliance said catches had halved. The Cashewnut Board of "
                   "Tanzania said the factory would reopen. The National Fisheries Service "
                   "(Sernapesca), Chile's fisheries regulator, cut the limits.")
    assert kinds["Environmental Protection Authority"] == "regulator"
    assert kinds["Teluk Tolo Coastal Alliance"] == "community"
    assert kinds["Cashewnut Board of Tanzania"] == "regulator"
    assert kinds["National Fisheries Service"] == "regulator"


def test_a_countrys_possessive_is_not_part_of_a_companys_name():
    kinds = _kinds("The plant is being built by a consortium led by Spain's Ocras "
                   "Infraestructuras. Ocras said the tunnel was not to blame.")
    assert "Ocras Infraestructuras" in kinds and "Spain's Ocras Infraestructuras" not in kinds



def test_a_title_of_a_body_named_after_it_gives_both_their_kinds():
    kinds = _kinds("Somchai Prasert, president of the Eastern Seaboard Labour Confederation "
                   "(ESLC), said the jobs should go to local people. The wood workers' "
                   "federation Träfacket said a closure would be a disaster.")
    assert kinds["Eastern Seaboard Labour Confederation"] == "union"
    assert kinds["Somchai Prasert"] == "union"
    assert kinds["Träfacket"] == "union"


def test_a_facility_with_its_cost_or_a_compound_word_before_it():
    assert _plant("The state has delayed the opening of a A$2.8 billion desalination plant at "
                  "Two Rocks, the minister said.")["location"] == "Two Rocks"
    plant = _plant("Aegean Power Generation will shut its Pontokomi lignite-fired power station "
                   "near Kozani. The station employs 1,020 people.")
    assert plant["name"] == "Pontokomi lignite-fired power station"
    # a verb and its object are no facility's words
    assert "inspected" not in _plant("The U.S. Food and Drug Administration inspected the plant "
                                     "in March.")["name"]


def test_an_owner_that_bought_or_will_operate_it_and_not_its_spokesman():
    assert _plant("A cashew factory in Mtwara will reopen. The factory, which was bought in "
                  "March by Sunder Agro Exports, will employ 2,000 people.")["owner"] == (
        "sunder-agro-exports")
    assert _plant("A desalination plant at Two Rocks is delayed. WestWater, which will operate "
                  "the plant, did not respond.")["owner"] == "westwater"
    assert _plant('"We cannot go on," said Tomás Irarrázaval, chief executive of Salmones '
                  "Australes, as the company announced that it would close its processing plant "
                  "in Quellón.")["owner"] == "salmones-australes"


@pytest.mark.parametrize(("sentence", "first", "second"), [
    # the speaker's words going on after a participle, read with the speaker's clause alone
    ("No final decision has been made, chief executive Annika Berglund told the TT news "
     "agency, adding that the consultations could last until August.", "unconfirmed", "possible"),
    ("Save Our Sound said it would ask the EPA to review the approval, arguing that the outfall "
     "could damage seagrass.", "confirmed", "possible"),
    # a rebuttal set beside a figure
    ("Greg Hollis said the delay could cost A$400 million, a figure the government called "
     '"pure invention".', "possible", "denied"),
    # a second act of the same subject with a cue of its own
    ("The cooperative welcomed the reopening of the plant and denied that it had asked for "
     "subsidies.", "stated", "denied"),
])
def test_two_claims_joined_by_a_participle_a_figure_or_a_second_act(sentence, first, second):
    one, two = split_claims(sentence, True)
    assert (one.reading.certainty, two.reading.certainty) == (first, second)
    assert sentence.startswith(one.text) and sentence.endswith(two.text)
    assert all(cue in two.text for cue in two.reading.cues)


def test_a_second_act_without_a_cue_of_its_own_stays_in_the_first_claim():
    assert split_claims("The union said only 150 workers had been offered transfers and called "
                        "a two-day strike from Monday.", True) is None

"""Mechanisms the sixth blind round (tests/gold, `round: 6`) asked for: particles of people's
names in other languages, abbreviations that end a name, laws that are not parties, demonyms
and countries' abbreviations, a body named over a small word; kinds from investment and trade,
a clause saying a body regulates, a title held of a place, the managers who run a plant; and
the refusals, denials and beliefs the lexicon lacked."""

import pytest

from model import Certainty
from tests.support import drafts

_kinds = drafts.kinds
_plant = drafts.plant
_questions = drafts.questions
_level = drafts.level


def test_names_keep_their_particles_and_abbreviations_and_laws_are_no_parties():
    kinds = _kinds("Economy Minister Rhian ap Gwilym said the government would help. The mine, "
                   "run by Litio de la Puna S.A., employs 410 people. Litio de la Puna S.A. "
                   "said it would appeal. The community said it was never consulted as required "
                   "by ILO Convention 169. Hsin Yuan, the Taiwanese shoe maker, refused to say "
                   "whether US buyers had left.")
    assert "Economy Minister Rhian ap Gwilym" in kinds and "Gwilym" not in kinds
    assert "Litio de la Puna S.A." in kinds
    assert not {"ILO Convention", "Taiwanese", "US"} & set(kinds)


def test_a_body_named_over_a_small_word_between_capitals():
    kinds = _kinds("The Save Our Campus committee, formed by Grafton residents in March, has "
                   "booked the town hall.")
    assert kinds["Save Our Campus committee"] == "community"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The Ethiopian Investment Commission (EIC) has never published the terms.",
     "Ethiopian Investment Commission", "government"),
    ("The Office of the United States Trade Representative (USTR) could ask Mexico to review "
     "the case.", "Office of the United States Trade Representative", "government"),
    ("Natural Resources Wales (NRW), which regulates emissions from the site, has not said "
     "whether it would act.", "Natural Resources Wales", "regulator"),
    ("The Food and Veterinary Service (PVD) is investigating the factory.",
     "Food and Veterinary Service", "regulator"),
    ("Cambodia's food safety agency, CamControl, has suspended the licence.", "CamControl",
     "regulator"),
    ("Kidmark de México, the Mexican subsidiary of the US toy maker Kidmark Brands, will move "
     "production.", "Kidmark de México", "company"),
    ("The steelworkers' union Community said it would ballot members.", "Community", "union"),
    ("Plant manager Roberto Treviño rejected her accusation.", "Roberto Treviño", "company"),
])
def test_kinds_from_what_a_body_does_and_what_a_person_runs(text, name, kind):
    assert _kinds(text).get(name) == kind


def test_a_title_held_of_a_place_is_not_held_of_a_party_named_for_it():
    kinds = _kinds("The mine is run by Jujuy Energía y Minería Sociedad del Estado (JEMSE), "
                   "which said it would appeal. Jujuy's mining minister, Carlos Quispe, said the "
                   "province would respect the ruling. Production in Jujuy province stopped.")
    assert kinds["Carlos Quispe"] == "government"


@pytest.mark.parametrize(("sentence", "level"), [
    ("Hsin Yuan Industrial refused to say whether it would put more money in.", "unconfirmed"),
    ("No one from JEMSE was available for comment.", "unconfirmed"),
    ('Chea Sophal said the company had "never knowingly" mislabelled rice.', "denied"),
    ("Litio de la Puna insisted that it was not drawing water from the aquifer.", "denied"),
    ("Oakridge Lithium is believed to be reviewing plans for a second pond.", "likely"),
])
def test_refusals_denials_and_beliefs(sentence, level):
    assert _level(sentence) is Certainty(level)



def test_the_workforce_is_the_facilitys_own_count_not_those_a_measure_reaches():
    assert _plant("Wollo Textile has sent 3,200 workers at its spinning mill in Kombolcha on "
                  "unpaid leave. The mill, which employs about 4,500 people, makes denim."
                  )["workforce"] == "about 4,500 people"
    assert _plant("Kidmark will move production from its factory in Apodaca. About 650 of the "
                  "factory's 1,900 workers make the figures.")["workforce"] == "1,900 workers"
    # "The works" is the steelworks
    assert _plant("Vantage plans to close the furnace at its Glantawe steelworks in Pontardawe. "
                  "The works employs 1,340 people.")["workforce"] == "1,340 people"


def test_a_body_whose_name_runs_on_past_a_facility_word_is_no_facility():
    plant = _plant("Workers voted in a ballot overseen by the Federal Centre for Labour "
                   "Conciliation and Registration. About 650 of the factory's 1,900 workers "
                   "make the figures at the factory in Apodaca.")
    assert "Centre" not in plant["name"]


def test_an_agent_a_speaker_after_warned_and_a_name_an_acronym_runs_into():
    kinds = _kinds("Production has been suspended by a provincial court after an injunction. "
                   "Karhula could start laying off staff, warned Edgars Liepa, chairman of the "
                   "Latvian Food Industry Workers' Trade Union. The Binh Duong Department of "
                   "Natural Resources and Environment (DONRE) fined the factory.")
    assert {"Provincial court", "Edgars Liepa",
            "Binh Duong Department of Natural Resources and Environment"} <= set(kinds)
    assert kinds["Edgars Liepa"] == "union"



@pytest.mark.parametrize(("sentence", "asked"), [
    # what is said to be so, as if said flatly
    ("Aksu Tekstil is said to be looking for a buyer for its stake.",
     "Is Aksu Tekstil looking for a buyer for its stake?"),
    ("The Tertiary Education Quality and Standards Agency (TEQSA) is understood to have "
     "received a notice of the closure.",
     "Has the Tertiary Education Quality and Standards Agency (TEQSA) received a notice of the "
     "closure?"),
    # whether to do a thing: will it?
    ("The agency is likely to decide by the end of the month whether to revoke the licence.",
     "Will the agency revoke the licence?"),
    # no intention of doing: will it?
    ("Irarrázaval said the company had no intention of leaving Chiloé.",
     "Will the company leave Chiloé?"),
    # a comma inside a number ends nothing
    ("The Masasi Farmers' Cooperative (MAFCO), which sells nuts for about 36,000 growers, said "
     "it had yet to see a supply contract.", "Will Masasi Farmers' Cooperative see a supply "
     "contract?"),
    ("Kozani's mayor, Eleni Voulgari, warned that about 40,000 homes in the city that rely on "
     "heat from the station could be left without heating.",
     "Will about 40,000 homes in the city that rely on heat from the station be left without "
     "heating?"),
    # the speaker set in the middle, after, or with a title after the name
    ("No final decision has been made, chief executive Annika Berglund told the TT news agency, "
     "adding that talks could last until August.", "Has any final decision been made?"),
    ("If the standby lasts into the new year, Karhula could start laying off staff, warned "
     "Edgars Liepa, chairman of the Latvian Food Industry Workers' Trade Union.",
     "Will Karhula start laying off staff?"),
    ("In a letter to staff on Thursday, site director Gareth Pryce wrote that \"no decision has "
     "been taken\" on the furnace.", "Has any decision been taken on the furnace?"),
    # a denial then a second saying: the denial is asked
    ("Litio de la Puna insisted that it was not drawing water from the aquifer and said it "
     "would appeal.", "Was Litio de la Puna drawing water from the aquifer?"),
    # a rebuttal of "the claim" alone asks nothing: the plan beside it is asked
    ("Managing director Seán O'Brien rejected the claim and said the plant would use sealed "
     "lorries.", "Will the plant use sealed lorries?"),
    ("Industry Minister Hirut Gebremedhin told parliament on Tuesday that the government could "
     "give exporters priority, but did not mention Wollo by name.",
     "Will the government give exporters priority?"),
])
def test_questions_ask_the_event_past_hearsay_asides_and_speakers(sentence, asked):
    assert asked in _questions(sentence)

"""Mechanisms the seventh and eighth blind rounds (tests/gold, `round: 7` and `round: 8`)
asked for: whose own future a speaker's "would" is, counted and unnamed speakers, negation kept
to its clause; names with numbers, lower-case words and particles inside, bodies named for
their district, unions named for a centre; kinds from what a body is for."""

import pytest
import yaml

from model import Certainty
from model.draft import draft
from model.draft.cues import read_certainty


def _level(text):
    return read_certainty(text, True).certainty


def _kinds(text):
    data = yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)
    return {p["name"]: p["kind"] for p in data["parties"]}


def _plant(text):
    return yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)["plant"]


@pytest.mark.parametrize(("sentence", "level"), [
    # a speaker's own thing or its own body by a longer name
    ("In a statement on Thursday, Yarrandale Ginning said its cotton gin outside Narrabri would "
     "not open this season.", "confirmed"),
    ("Tyrol's tourism councillor, Andreas Gstrein, said the state government would not bail out "
     "ski areas.", "confirmed"),
    ("District Collector V. Anitha said all licensed units in the district would be inspected.",
     "confirmed"),
    # people counted, not named, and a weekly paper
    ("Cocam has shut its dry mill in Pitalito, two coffee traders in the town said on Monday.",
     "reported"),
    ("The commission has asked BDM whether the plan should have been disclosed, the weekly "
     "Expresso reported.", "reported"),
    ("It is understood that Stourvale has approached the council about the site.", "reported"),
    # a negation does not reach past "and" into the next clause
    ("The union said 900 workers had been sent home without pay and warned that they could "
     "lose their jobs.", "possible"),
    # speculation dismissed, a claim rejected as baseless
    ("Haruyama has dismissed speculation that Mikawa is looking for a partner.", "denied"),
    ("A mangrove group accused farms of clearing mangroves, a claim Empacadora rejected as "
     '"baseless".', "denied"),
    # a union speaking of the plant's people passes on another's act
    ("Sinaltrainal, the food and agricultural workers' union, said the mill's employees had not "
     "been paid since October.", "reported"),
])
def test_whose_words_and_whose_act(sentence, level):
    assert _level(sentence) is Certainty(level)


def test_names_with_numbers_lower_case_words_and_particles_inside():
    kinds = _kinds("Asociación 8 de Marzo, a group of women shrimp peelers, said it would "
                   "protest. The Medicines and Healthcare products Regulatory Agency (MHRA) "
                   "suspended the certificate. The Sindicato dos Trabalhadores nas Indústrias de "
                   "Carnes de Chapecó said workers were owed pay.")
    assert {"Asociación 8 de Marzo", "Medicines and Healthcare products Regulatory Agency",
            "Sindicato dos Trabalhadores nas Indústrias de Carnes de Chapecó"} <= set(kinds)
    assert "Marzo" not in kinds and "Regulatory Agency" not in kinds


def test_bodies_named_for_a_district_or_a_centre_are_no_place_and_no_facility():
    kinds = _kinds("The Hunter New England Local Health District said it would monitor the "
                   "dust. The Centre of Indian Trade Unions said the workers were not trained.")
    assert {"Hunter New England Local Health District", "Centre of Indian Trade Unions"} <= (
        set(kinds))
    assert "Centre" not in _plant("The Centre of Indian Trade Unions said the workers were not "
                                  "trained at the fireworks factory in Sivakasi.")["name"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Save Yonezawa's Water said the fab would drain the wells.", "Save Yonezawa's Water",
     "community"),
    ("The Lansdowne Civic Association said it would go to court.", "Lansdowne Civic Association",
     "community"),
    ("The Petroleum and Explosives Safety Organisation suspended the licence.",
     "Petroleum and Explosives Safety Organisation", "regulator"),
    ("The Superintendency of Companies admitted Cocam to reorganisation.",
     "Superintendency of Companies", "regulator"),
    ("The Baddi Udyog Mazdoor Sangh said workers had not been paid.", "Baddi Udyog Mazdoor Sangh",
     "union"),
    ("District Collector V. Anitha said the units would be inspected.",
     "District Collector V. Anitha", "government"),
])
def test_kinds_from_what_a_body_is_for_and_an_officers_title(text, name, kind):
    assert _kinds(text).get(name) == kind


def test_a_gin_a_scour_and_a_greenhouse_are_facilities():
    assert _plant("Yarrandale Ginning said its cotton gin outside Narrabri would not open.")[
        "name"].endswith("gin")
    assert _plant("Pelee Point Growers will cut 90 jobs at its tomato greenhouse in "
                  "Leamington.")["location"] == "Leamington"

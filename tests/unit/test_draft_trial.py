"""What a trial user found drafting a mine story (tests/drafts/mine-greyhawk.txt): draft and
check agreeing on cues, questions about the event, parties, the plant and concern titles."""

import hashlib
from pathlib import Path

import pytest
import yaml

from model.draft import draft
from model.draft.cues import cue_level
from model.facts import Certainty
from model.lint import find

DRAFTS = Path(__file__).resolve().parents[1] / "drafts"
SOURCES = [*sorted(DRAFTS.glob("*.txt")), DRAFTS.parent / "briefings" / "river-clinic.txt"]


def _drafted(text: str, name: str = "s") -> dict:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return yaml.safe_load(draft(text, f"{name}.txt", sha, name).yaml)


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_a_fresh_draft_warns_of_nothing_but_its_todos(source):
    data = _drafted(source.read_text("utf-8"), source.stem)
    assert [m for _, m in find(data) if m != "TODO left from a draft"] == []


def test_an_attribution_cue_is_judged_by_its_speaker_as_the_drafter_judged_it():
    quote = ("An unnamed official at the provincial energy ministry said the government was "
             "likely to oppose any sale.")
    assert cue_level("said", (quote,)) is Certainty.reported
    assert cue_level("likely to", (quote,)) is Certainty.likely
    assert cue_level("said", ("Acme said it will close the mine.",)) is Certainty.confirmed
    assert cue_level("said", ("No cue here.",)) is Certainty.confirmed  # read on its own
    data = {"parties": [{"id": "m", "name": "Ministry", "facts": [
        {"text": quote, "certainty": "reported", "cues": ["said", "likely to"],
         "evidence": [{"quote": quote}]}]}]}
    assert find(data) == []


@pytest.mark.parametrize(("text", "location", "owner"), [
    ("Northfell Mining Ltd said it will close the Greyhawk copper mine near Alder Falls.",
     "Alder Falls", "northfell-mining-ltd"),
    ("Kestrel Holdings builds ships. The Brannock shipyard outside Port Ellery is busy. "
     "The shipyard, owned by Kestrel since 2009, employs 900 people.",
     "Port Ellery", "kestrel-holdings"),
    ("Talvik Foods said Talvik's Ashgrove depot in Lindford will close.",
     "Lindford", "talvik-foods"),
])
def test_the_plant_takes_its_place_and_owner_from_the_sentence_naming_it(text, location,
                                                                          owner):
    plant = _drafted(text + "\n")["plant"]
    assert (plant["location"], plant["owner"]) == (location, owner)
    assert "'s" not in plant["name"]  # the owner's possessive is not the facility's name


def test_analysts_expecting_something_is_not_a_flat_statement():
    facts = _drafted("Analysts expect the price of copper to rise next year.\n")["parties"]
    assert facts[0]["facts"][0]["certainty"] == "likely"

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

"""What a trial user found drafting a mine story (tests/drafts/mine-greyhawk.txt): draft and
check agreeing on cues, questions about the event, parties, the plant and concern titles."""

import hashlib
from pathlib import Path

import pytest
import yaml

from model.draft import draft
from model.draft.asks import question
from model.draft.concerns import concern_title
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


def _filed(data: dict) -> dict[str, list[str]]:
    """Each party's name and the first words of the facts filed under it."""
    return {p["name"]: [" ".join(f["text"].split()[:2]) for f in p["facts"]]
            for p in data["parties"]}


def test_roles_keep_their_qualifiers_and_objects_are_not_parties():
    filed = _filed(_drafted(
        "An unnamed official at the provincial energy ministry said the plan was late. "
        "Union leader Marta Kowalczyk said the vote was set. "
        "She said the company had never consulted the workers.\n"))
    assert "Provincial energy ministry" in filed
    assert "Workers" not in filed  # acted on, not acting
    assert filed["Marta Kowalczyk"][-1] == "She said"  # filed under who speaks


def test_he_speaks_for_the_person_named_last_not_for_what_he_names():
    filed = _filed(_drafted(
        "Mayor Tobias Reinholt told reporters he feared the worst. "
        "He said he had asked the provincial government for emergency funding. "
        "The government said it would decide soon.\n"))
    assert filed["Mayor Tobias Reinholt"] == ["Mayor Tobias", "He said"]
    assert filed["Provincial government"] == ["The government"]  # full name from before


@pytest.mark.parametrize("text", [
    "Their union, the Riverside Nurses Association, said it had not been consulted.",
    "Nurses at the clinic are worried. The Riverside Nurses Association said so.",
])
def test_a_bare_role_is_the_named_party_it_stands_for(text):
    assert list(_filed(_drafted(text + "\n"))) == ["Riverside Nurses Association"]


def test_a_name_with_and_runs_to_its_last_head_word():
    filed = _filed(_drafted("The Transport and General Workers' Association denied it.\n"))
    assert list(filed) == ["Transport and General Workers' Association"]


@pytest.mark.parametrize(("sentence", "asked"), [
    ("Mayor Tobias Reinholt told reporters he feared the town would lose a third of its tax "
     "income.", "Will the town lose a third of its tax income?"),
    ("Northfell has not confirmed the talks.", "Will Northfell confirm the talks?"),
    ("Castellan Resources denied that it had made an offer.",
     "Had Castellan Resources made an offer?"),
    ("People familiar with the talks said Northfell was in discussions to sell the mine.",
     "Was Northfell in discussions to sell the mine?"),
    ("An official said the government was likely to oppose any sale.",
     "Will the government oppose any sale?"),
    ("Nurses at the clinic are reportedly worried about their schedules.",
     "Are nurses at the clinic worried about their schedules?"),
    ("Analysts expect the price of copper to rise next year.",
     "Will the price of copper rise next year?"),
    ("Its general secretary, Aoife Kerrigan, said the union would ballot members.",
     "Will the union ballot members?"),
    # a plain present of what a facility does asks by "do"; a denied doing by "did"
    ("About 820 people work at the mine, according to the company.",
     "Do about 820 people work at the mine?"),
    ("The quarry employs 140 people, according to the annual report.",
     "Does the quarry employ 140 people?"),
    ("The union denied accepting the latest wage offer.",
     "Did the union accept the latest wage offer?"),
    ("The firm denied closing the plant.", "Did the firm close the plant?"),
    ("The firm denied planning cuts.", "Did the firm plan cuts?"),
    ("The firm denied meeting the buyer.", "Did the firm meet the buyer?"),
    # a speaker's second "that" clause is its own fact; the question asks about the first
    ("The mayor said the school would struggle, and that he had written to the minister.",
     "Will the school struggle?"),
    # a silence in other forms
    ("The spokesman, Gábor Szűcs, would neither confirm nor deny the report.", None),
    ("Alpenstein did not reply to emails.", None),
    # no rule makes a question of these: the claim, without its attribution, marked TODO
    ("3.2 percent of the budget went to the clinic last year, according to the auditor.",
     "TODO ask about the event: 3.2 percent of the budget went to the clinic last year?"),
    ("Talks were continuing but the firm declined to give a date.",
     "TODO ask about the event: Talks were continuing but the firm declined to give a date?"),
])
def test_a_question_asks_about_the_event_grammatically_or_is_marked_todo(sentence, asked):
    assert question(sentence, ["Castellan Resources"], {"Castellan", "Northfell"}) == asked


@pytest.mark.parametrize(("name", "asked"), [
    ("Ministry of the Sea", "Will the Ministry of the Sea pay?"),
    ("Transport and General Workers' Association", "Will the Transport and General Workers' "
     "Association pay?"),
    ("Slough Borough Council", "Will Slough Borough Council pay?"),
    ("Unite the Union", "Will Unite the Union pay?"),
])
def test_a_body_named_for_it_reads_with_the_a_council_without(name, asked):
    assert question("It has not said whether it will pay.", [name], set()) == asked


@pytest.mark.parametrize(("sentence", "title"), [
    ("Mayor Tobias Reinholt told reporters he feared the town would lose a third of its tax "
     "income.", "Loss of a third of the town's tax income"),
    ("Oaxaca governor Salomón Jara warned that a sale could hurt the regional economy.",
     "Harm to the regional economy"),
    ("Council leader Imran Shah warned that a closure would cost the town its employer.",
     "A closure would cost the town its employer"),
    ("The union warned of strikes.", "TODO a short title for what is feared"),
])
def test_a_concern_title_is_what_is_feared_not_a_cut_sentence(sentence, title):
    assert concern_title(sentence) == title

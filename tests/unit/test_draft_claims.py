"""A sentence of two claims of different firmness drafted as two facts, each quoting its own
clause; and facilities other than the plant noted in a comment."""

import pytest
import yaml

from model import load_briefing
from model.draft import draft
from model.draft.claims import split_claims


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Acme confirmed the plant will close, but has not said whether the 300 workers will be "
     "moved.", "confirmed", "unconfirmed"),
    ("A company spokesman said talks were continuing but declined to give a date.",
     "confirmed", "unconfirmed"),
    ("The shop employs 410 people, and the proposed cut would eliminate 240 jobs.",
     "stated", "possible"),
    # a second "that" clause of the same speaker, read with the speaker's verb
    ("The mayor, Ivo Radić, said the school would struggle to keep teachers, and that he had "
     "written to the prime minister.", "possible", "confirmed"),
    # a clause of its own after "said", still the speaker's words: read with the speaker
    ("A union spokesman said the company had refused, but the union would keep asking.",
     "reported", "confirmed"),
])
def test_two_claims_of_different_firmness_split_at_their_join(sentence, first, second):
    one, two = split_claims(sentence, True)
    assert (one.reading.certainty, two.reading.certainty) == (first, second)
    assert sentence.startswith(one.text) and sentence.endswith(two.text)


@pytest.mark.parametrize("sentence", [
    "The factory employs 230 people and is the largest employer in the valley.",
    "Acme said it will close the mine, and the union said it will strike.",  # same firmness
    "Acme said the mine will close, and that the workers will be moved.",  # same firmness
    "Acme said the mine will close, but the workers will be moved.",  # speech, one firmness
    "Workers came from Poland, Lithuania and Latvia, but most live in town.",
])
def test_one_claim_or_claims_of_one_firmness_stay_whole(sentence):
    assert split_claims(sentence, True) is None


def test_a_split_sentence_drafts_two_facts_that_check_accepts(tmp_path):
    text = ("Acme Mining said it will close the Kora mine. Acme Mining confirmed the closure, "
            "but has not said whether the 300 workers will be moved.\n")
    path = written(tmp_path, text, draft(text, "s.txt", _sha(text), "s").yaml)
    loaded = load_briefing(path)
    acme = next(p for p in loaded.file.parties if p.name == "Acme Mining")
    facts = [f for f in acme.facts if f.evidence[0].sentences == (1,)]
    assert [(f.certainty, f.evidence[0].quote) for f in facts] == [
        ("confirmed", "Acme Mining confirmed the closure"),
        ("unconfirmed", "has not said whether the 300 workers will be moved.")]


def test_a_clause_found_twice_in_the_source_keeps_its_sentence_whole():
    text = ("Acme Mining confirmed the closure. Acme Mining confirmed the closure, but has not "
            "said whether the 300 workers will be moved.\n")
    data = yaml.safe_load(draft(text, "s.txt", _sha(text), "s").yaml)
    quotes = [f["evidence"][0]["quote"] for p in data["parties"] for f in p["facts"]]
    assert "has not said whether the 300 workers will be moved." not in quotes


def test_other_facilities_are_noted_in_a_comment_and_not_taken_for_the_plant():
    text = ("Acme Brewing will close its Hops Lane brewery in Aalst. The company denied that it "
            "plans to move production to its bottling plant in Ninove or to its Lier brewery.\n")
    drafted = draft(text, "s.txt", _sha(text), "s").yaml
    note = next(line for line in drafted.splitlines() if line.startswith("# other facilities"))
    assert "bottling plant in Ninove (sentence 2)" in note and "Lier brewery (sentence 2)" in note
    assert "Aalst" not in note
    assert yaml.safe_load(drafted)["plant"]["location"] == "Aalst"


def test_a_text_of_one_facility_notes_no_other():
    text = "Acme Brewing will close its brewery in Aalst. The brewery employs 160 people.\n"
    assert "# other facilities" not in draft(text, "s.txt", _sha(text), "s").yaml


def written(folder, text, drafted):
    """The source and its draft side by side in `folder`; the draft's path."""
    (folder / "s.txt").write_text(text, "utf-8")
    out = folder / "s.yaml"
    out.write_text(drafted, "utf-8")
    return out


def _sha(text):
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def test_a_facility_set_in_a_place_after_a_phrase_of_its_own_is_noted():
    text = ("Mátra Cukor will not reopen its sugar refinery in Kaposvár. Growers would have to "
            "truck their beet to the last sugar plant in the country, in Szerencs.\n")
    drafted = draft(text, "s.txt", _sha(text), "s").yaml
    note = next(line for line in drafted.splitlines() if line.startswith("# other facilities"))
    assert "Szerencs (sentence 2)" in note

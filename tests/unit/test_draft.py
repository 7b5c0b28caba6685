"""`briefing draft`: a valid, fully cited skeleton from any text, the same bytes every time."""

import re
import shutil
from pathlib import Path

import pytest
import yaml

from model import Certainty, Limits, default_briefing_path, load_briefing
from model.draft import DraftProblem, draft
from model.draft.cues import read_certainty
from tests.support.paths import REPO
from tests.support.paths import cli as briefing

SEED = REPO / "seeds" / "nissan-foxconn-oppama.txt"
TEXTS = sorted((REPO / "tests" / "drafts").glob("*.txt"))


def beside(tmp_path: Path, seed: Path) -> Path:
    """A copy of `seed` in tmp_path: a briefing's source lies in its folder."""
    copy = tmp_path / seed.name
    if not copy.exists():
        shutil.copy(seed, copy)
    return copy


def drafted(tmp_path: Path, seed: Path, name: str = "out.yaml"):
    out = tmp_path / name
    done = briefing("draft", seed, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    loaded = load_briefing(out)
    asked = len(loaded.of_kind("question"))  # what it says it asked is what it wrote
    assert f"hedged, asking {asked} open question" in done.stderr
    return out, loaded


@pytest.mark.parametrize("seed", [SEED, *TEXTS], ids=lambda p: p.stem)
def test_draft_passes_check_with_full_coverage(tmp_path, seed):
    out, loaded = drafted(tmp_path, beside(tmp_path, seed))
    assert loaded.coverage.cited == loaded.coverage.total > 0
    done = briefing("check", "--coverage", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1  # the summary; no uncited sentence listed
    hedged = [i for i in loaded.items if i.kind == "fact" and not i.certainty.firm]
    questions = loaded.of_kind("question")
    # every hedged sentence seeds one open question that cites it, but one that only
    # reports a party's silence ("has not commented"): that asks nothing
    silent = re.compile(r"(?:not|declined to|yet to) (?:comment|respond)|Neither .* commented")
    assert {q.evidence[0].quote for q in questions} == {
        f.evidence[0].quote for f in hedged if not silent.search(f.evidence[0].quote)}
    assert any(silent.search(f.evidence[0].quote) for f in hedged) == (
        seed.stem in ("harbor-steel", "wind-port"))  # the texts with a silence in them
    assert all(q.thing.status == "open" and q.thing.question.endswith("?")
               and 1 <= len(q.thing.watch_for) <= 3 and "TODO" not in q.thing.why
               for q in questions)


@pytest.mark.parametrize("seed", [SEED, *TEXTS], ids=lambda p: p.stem)
def test_draft_is_byte_identical_on_a_second_run(tmp_path, monkeypatch, seed):
    seed = beside(tmp_path, seed)
    first, _ = drafted(tmp_path, seed, "one.yaml")
    second, _ = drafted(tmp_path, seed, "two.yaml")
    assert first.read_bytes() == second.read_bytes()
    monkeypatch.chdir(tmp_path)
    printed = briefing("draft", seed.name)
    assert printed.returncode == 0
    assert printed.stdout.encode() == first.read_bytes()


def weakest(labels):
    return max(labels, key=list(Certainty).index)


def test_certainty_agrees_with_the_hand_written_briefing():
    """On each sentence the hand-written briefing hedges, the draft picks the same label."""
    hand = load_briefing(default_briefing_path())
    labels: dict[int, set[Certainty]] = {}
    for item in hand.items:
        for evidence in item.evidence if item.certainty else []:
            for index in evidence.sentences:
                labels.setdefault(index, set()).add(item.certainty)
    sentences = {s.index: s.text for s in hand.sentences}
    hedged = {i: weakest(ls) for i, ls in labels.items() if not weakest(ls).firm}
    agree = {i for i, level in hedged.items()
             if read_certainty(sentences[i], True).certainty is level}
    assert len(hedged) == 11
    assert agree == set(hedged)
    everywhere = sum(read_certainty(sentences[i], True).certainty is weakest(ls)
                     for i, ls in labels.items())
    # Every sentence: sentence 15's "might", inside "how ... might align", is the question's
    # (it read as a hedge before "how" opened a question as "whether" does).
    assert everywhere == len(labels) == 19


@pytest.mark.parametrize(("sentence", "level", "cues"), [
    ("In May, the plant reopened.", "stated", ()),
    ("The review may affect prices.", "possible", ("may",)),
    ("The company could not guarantee wages.", "stated", ()),
    ("The company couldn’t guarantee wages.", "stated", ()),
    ("If the deal is not yet confirmed by June, workers will strike.", "possible", ("If",)),
    ("Workers will strike unless talks resume.", "possible", ("unless",)),
    ("Acme reportedly could close the mill.", "possible", ("reportedly", "could")),
    ("No official confirmation was given, and the talks will likely go on.",
     "unconfirmed", ("No official confirmation", "will likely")),
    ("Acme announced the sale.", "confirmed", ("Acme announced",)),
    ("Acme denied it had announced a sale.", "denied", ("denied", "announced")),
    ("It was announced on Monday.", "stated", ()),
    ("The mayor may resign.", "possible", ("may",)),
    ("People familiar with the plans say it is over.", "reported", ("People familiar with",)),
    ("The talks are expected to\n  end soon.", "likely", ("expected to",)),
])
def test_lexicon_reads_cues_and_traps(sentence, level, cues):
    named = sentence.startswith("Acme")
    reading = read_certainty(sentence, named)
    assert (str(reading.certainty), reading.cues) == (level, cues)


def test_oppama_draft_finds_parties_plant_and_numbers(tmp_path):
    _, loaded = drafted(tmp_path, beside(tmp_path, SEED))
    parties = {p.id: p for p in loaded.file.parties}
    for ident, kind in [("nissan", "company"), ("foxconn", "company"),
                        ("japanese-government", "government"), ("labor-unions", "union"),
                        ("environmental-regulators", "regulator"), ("local-leaders", "community")]:
        assert parties[ident].kind == kind
    assert "japan" not in parties and "yokosuka" not in parties  # places, not parties
    plant = loaded.file.plant
    assert (plant.id, plant.location, plant.owner, plant.workforce) == (
        "oppama-plant", "Yokosuka", "nissan", "nearly 4,000 workers")
    # each party's first fact cites its first mention
    assert parties["foxconn"].facts[0].evidence[0].quote.startswith("Nissan is currently")
    questions = [q.thing.question for q in loaded.of_kind("question")]
    assert "Will the potential agreement see Foxconn lease space" in " ".join(questions)
    assert not any("it come to pass" in q or "it be confirmed" in q for q in questions)


def test_other_texts_find_names_with_titles_and_abbreviations(tmp_path):
    _, steel = drafted(tmp_path, beside(tmp_path, REPO / "tests" / "drafts" / "harbor-steel.txt"))
    names = {p.name for p in steel.file.parties}
    assert {"Dunmore Steel Corp", "Mr. Alvarez", "Dr. Karen Liu", "U.S. Department of Commerce",
            "United Steelworkers union", "City officials"} <= names
    assert steel.file.plant.name == "Harbor Point mill"
    assert steel.file.plant.workforce == "about 1,200 workers"
    assert len(steel.sentences) == 11
    assert steel.sentences[3].text.startswith("1,200 jobs depend")
    questions = [q.thing.question for q in steel.of_kind("question")]
    assert "Will tariffs rise by 25.5 percent?" in questions  # the claim, not its condition


def test_no_facility_gives_a_marked_placeholder():
    out = draft("Acme said prices rose. Critics could object.", "s.txt", "0" * 64, "s").yaml
    assert "# TODO plant: no facility was found" in out
    assert yaml.safe_load(out)["plant"]["name"].startswith("TODO")


def test_a_repeated_sentence_takes_in_a_neighbour_to_be_told_apart(tmp_path):
    seed = tmp_path / "repeat.txt"
    seed.write_text("Prices rose. Acme could close. Prices rose. Workers waited.\n")
    _, loaded = drafted(tmp_path, seed)
    assert loaded.coverage.cited == loaded.coverage.total == 4


def test_empty_text_has_nothing_to_draft():
    with pytest.raises(DraftProblem):
        draft(" \n\n", "s.txt", "0" * 64, "s")


def test_never_overwrites_without_force(tmp_path):
    seed = beside(tmp_path, SEED)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "mine.yaml"
    out.write_text("my notes\n")
    done = briefing("draft", seed, "-o", out)
    assert done.returncode == 1
    assert f"{out}: error: already exists; pass --force" in done.stderr
    assert out.read_text() == "my notes\n"
    done = briefing("draft", seed, "-o", out, "--force", "--source-root", tmp_path)
    assert done.returncode == 0, done.stderr
    assert load_briefing(out, limits=Limits(source_root=tmp_path)).coverage.ratio == 1.0
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def test_never_overwrites_its_own_source(tmp_path):
    seed = tmp_path / "story.txt"
    shutil.copy(SEED, seed)
    done = briefing("draft", seed, "-o", seed, "--force")
    assert done.returncode == 1
    assert "is the source text itself" in done.stderr
    assert seed.read_bytes() == SEED.read_bytes()


@pytest.mark.parametrize("make", ["missing", "directory", "binary", "empty"])
def test_bad_seeds_exit_1_without_writing(tmp_path, make):
    seed = tmp_path / "seed.txt"
    if make == "directory":
        seed.mkdir()
    elif make == "binary":
        seed.write_bytes(b"\x00\x01\x02")
    elif make == "empty":
        seed.write_text("\n")
    out = tmp_path / "out.yaml"
    done = briefing("draft", seed, "-o", out)
    assert done.returncode == 1
    assert done.stderr.startswith(f"{seed}: error: ")
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_draft_then_read_in_two_commands(tmp_path):
    """The source path is written relative to the draft, wherever the two live under the
    source root."""
    (tmp_path / "texts").mkdir()
    seed = tmp_path / "texts" / "story.txt"
    shutil.copy(REPO / "tests" / "drafts" / "wind-port.txt", seed)
    (tmp_path / "drafts").mkdir()
    out = tmp_path / "drafts" / "story.yaml"
    assert briefing("draft", seed, "-o", out).returncode == 1
    done = briefing("draft", seed, "-o", out, "--source-root", tmp_path)
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(out.read_text())["source"]["path"] == "../texts/story.txt"
    assert load_briefing(out, limits=Limits(source_root=tmp_path)).file.id == "story"
    assert briefing("show", "--source-root", tmp_path, out).returncode == 0

"""`briefing check DIR` and the summary line every file gets, ok or not."""

from __future__ import annotations

from model.briefing import Coverage
from tests.support.briefings import MILL_YAML, write_mill
from tests.support.paths import cli as briefing


def test_a_folder_is_checked_file_by_file_not_below_it(tmp_path):
    good = write_mill(tmp_path)
    (tmp_path / "b.yml").write_text(good.read_text())
    (tmp_path / "c.yaml").write_text(good.read_text().replace("kind: company", "kind: comapny"))
    (tmp_path / ".hidden.yaml").write_text("not: [a briefing")
    (tmp_path / "notes.txt").write_text("not a briefing")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deeper.yaml").write_text("not: [a briefing")
    done = briefing("check", tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{tmp_path / 'b.yml'}: ok: 3 parties, 1 plant, 1 concern, 1 question, 3 facts; "
        "coverage 4/4 sentences (100%)",
        f"{tmp_path / 'c.yaml'}: fails: 1 error",
        f"{tmp_path / 'mill.yaml'}: ok: 3 parties, 1 plant, 1 concern, 1 question, 3 facts; "
        "coverage 4/4 sentences (100%)"]
    assert done.stderr.startswith(f"{tmp_path / 'c.yaml'}:14:11: error: parties[0].kind")
    assert "hidden" not in done.stderr + done.stdout and "deeper" not in done.stderr


def test_a_folder_of_good_briefings_passes(tmp_path):
    write_mill(tmp_path)
    done = briefing("check", tmp_path)
    assert done.returncode == 0 and done.stderr == ""


def test_a_folder_without_briefings_is_an_error(tmp_path):
    done = briefing("check", tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == f"{tmp_path}: error: no briefings (*.yaml, *.yml) in this folder\n"


def test_the_help_says_a_folder_is_not_searched_below():
    done = briefing("check", "--help")
    assert "FILE|DIR" in done.stdout and "subfolders" in done.stdout


def test_one_sentence_is_one_sentence(tmp_path):
    assert str(Coverage(1, 1)) == "1/1 sentence (100%)"
    assert str(Coverage(0, 2)) == "0/2 sentences (0%)"
    source = "Acme Corp. said in a statement that it will close the Dunmore mill in March.\n"
    # Acme alone, citing the one sentence of a one-sentence source
    text = MILL_YAML.split("  - id: mill-union")[0] + MILL_YAML[MILL_YAML.index("plant:"):]
    text = text.split("concerns:")[0].replace("about 1,200 jobs are at risk", "it says so")
    done = briefing("check", write_mill(tmp_path, text, source))
    assert done.stdout.rstrip().endswith("coverage 1/1 sentence (100%)"), done.stderr


def test_a_file_name_from_a_folder_reaches_stdout_without_its_control_characters(tmp_path):
    good = write_mill(tmp_path)
    (tmp_path / "a\x1b[31mRED.yaml").write_text(good.read_text())
    (tmp_path / "b\x1b]52;c;cm0=\x07.yaml").write_text("not: [a briefing")
    done = briefing("check", tmp_path)
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    assert "RED.yaml: ok:" in done.stdout and ".yaml: fails: 1 error" in done.stdout

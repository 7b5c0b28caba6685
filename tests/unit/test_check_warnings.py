"""`briefing check` warnings and `--strict`: what an analyst would miss before sharing."""

import pytest

from model import default_briefing_path
from model.lint import unsupported
from tests.support.briefings import MILL_YAML, write_mill
from tests.support.paths import cli as briefing


def test_the_shipped_briefing_passes_strict():
    done = briefing("check", "--strict", default_briefing_path())
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_a_number_or_name_no_quote_holds_is_a_warning_and_strict_makes_it_fail(tmp_path):
    good = write_mill(tmp_path)
    text = good.read_text()
    marker = "text: "
    at = text.index(marker) + len(marker)
    bad = tmp_path / "bad.yaml"
    bad.write_text(text[:at] + "Jobs go, Zorblat said, 9,999 of them. " + text[at:])
    line = text[:at].count("\n") + 1
    done = briefing("check", bad)
    assert done.returncode == 0
    assert f"{bad}:{line}:" in done.stderr
    assert "warning: text says 9,999, Zorblat" in done.stderr
    strict = briefing("check", "--strict", bad)
    assert strict.returncode == 1
    assert strict.stdout == f"{bad}: fails --strict: 1 warning\n"
    assert f"{bad}:{line}:" in strict.stderr
    assert "error: text says 9,999, Zorblat" in strict.stderr
    assert "warning:" not in strict.stderr


def test_todo_and_a_cue_outside_the_lexicon_are_warnings(tmp_path):
    path = write_mill(tmp_path)
    assert briefing("check", "--strict", path).returncode == 0
    assert "{sha}" in MILL_YAML  # the fixture writes its own hash
    text = path.read_text().replace("title: ", "title: TODO ", 1)
    path.write_text(text)
    done = briefing("check", "--strict", path)
    assert done.returncode == 1
    assert "error: TODO left from a draft" in done.stderr


def test_control_characters_in_a_warning_never_reach_the_terminal(tmp_path):
    path = write_mill(tmp_path)
    text = path.read_text()
    at = text.index("text: ") + len("text: ")
    path.write_text(text[:at] + '"Ev\\u001b[31mil said. ' + text[at:].replace("\n", '"\n', 1))
    done = briefing("check", path)
    assert "\x1b" not in done.stderr


def test_unsupported_reads_names_numbers_and_possessives():
    quotes = ["Japan's automaker said 4,000 EV jobs would go at Oppama"]
    assert unsupported("Nissan said Japan lost 4,000 EVs at Oppama.", quotes) == []
    assert unsupported("It said Foxconn cut 12 jobs.", quotes) == ["12", "Foxconn"]
    assert unsupported("Foxconn opens a sentence.", quotes) == []  # a capital that opens it


def test_strict_counts_every_warning_of_each_file_that_fails(tmp_path):
    path = write_mill(tmp_path)
    path.write_text(path.read_text().replace("title: ", "title: TODO ", 1)
                    .replace("role: Owner", "role: TODO Owner"))
    done = briefing("check", "--strict", path)
    assert done.stdout == f"{path}: fails --strict: 2 warnings\n"
    assert done.stderr.count(": error: TODO left from a draft") == 2


@pytest.mark.parametrize(("text", "quote", "missing"), [
    ("13,000 jobs", "13.000 Stellen", []),  # German grouping
    ("13,000 jobs", "13\u2009000 jobs", []),  # a thin space
    ("13.000 Stellen", "13'000 Stellen", []),  # Swiss grouping
    ("1,234.5 tonnes", "1.234,5 Tonnen", []),
    ("2,5 percent", "2.5 percent", []),  # a decimal comma
    ("1.5 million", "15 million", ["1.5"]),
    ("15 million", "1.5 million", ["15"]),
    ("13 jobs", "13,000 jobs", ["13"]),
    ("1.23 metres", "123 metres", ["1.23"]),
])
def test_numbers_are_compared_without_their_grouping(text, quote, missing):
    assert unsupported(text, [quote]) == missing

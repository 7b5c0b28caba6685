import json
import re

import pytest

from model import default_briefing_path
from tests.support.briefings import MILL_YAML, write_mill
from tests.support.paths import REPO
from tests.support.paths import cli as briefing
from tui.keys import keys_of


def test_check_ok_prints_one_summary_line():
    done = briefing("check", default_briefing_path())
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].endswith("coverage 19/19 sentences (100%)")
    assert "11 parties, 1 plant, 8 concerns, 10 questions" in lines[0]


def test_check_broken_copy_names_line_and_column(tmp_path):
    good = write_mill(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text(MILL_YAML.replace("kind: company", "kind: comapny").replace(
        "{sha}", "a" * 64))
    done = briefing("check", good, bad)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{good}: ok:")
    errors = done.stderr.splitlines()
    assert errors[0].startswith(f"{bad}:7:11: error: sha256 does not match")
    assert errors[1].startswith(f"{bad}:14:11: error: parties[0].kind: expected one of")
    assert "Traceback" not in done.stderr


def test_check_coverage_lists_uncited(tmp_path):
    from tests.support.briefings import MILL_SOURCE

    path = write_mill(tmp_path, source=MILL_SOURCE + "Nobody cites this.\n")
    done = briefing("check", "--coverage", path)
    assert done.returncode == 0
    assert done.stdout.splitlines()[1] == f"{path}: uncited sentence 5: Nobody cites this."


@pytest.mark.parametrize("args", [["check"], ["show", "--format", "pdf"], ["nonsense", "--x"]])
def test_usage_errors_exit_2(args):
    done = briefing(*args)
    assert done.returncode == 2
    assert "usage:" in done.stderr


def test_show_text_fits_80_columns():
    done = briefing("show")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "Nissan and Foxconn in talks over the Oppama plant" in lines[0]
    assert "Parties (11)" in done.stdout and "[unconfirmed]" in done.stdout
    assert "\x1b" not in done.stdout


def test_show_markdown():
    done = briefing("show", "--format", "markdown")
    assert done.returncode == 0
    text = done.stdout
    assert text.startswith("# Nissan and Foxconn in talks over the Oppama plant\n")
    for heading in ("## Parties (11)", "## Plant: Oppama plant", "## Concerns (8)",
                    "## Open questions (10)"):
        assert f"\n{heading}\n" in text
    assert "**[reported]** (cues: reportedly)" in text


def test_show_json_has_spans_and_coverage():
    done = briefing("show", "--format", "json")
    data = json.loads(done.stdout)
    assert data["format"] == "briefing/1"
    assert data["derived"]["coverage"] == {"cited": 19, "total": 19, "ratio": 1.0}
    seed = (REPO / "seeds" / "nissan-foxconn-oppama.txt").read_text()
    ev = data["parties"][0]["facts"][0]["evidence"][0]
    start, end = ev["span"]
    assert seed[start:end].startswith("Nissan is currently in advanced discussions")
    assert ev["sentences"] == [0]


def test_show_escapes_untrusted_text(tmp_path):
    text = MILL_YAML.replace("title: Acme to close the Dunmore mill",
                             'title: "[bold]Evil[/bold] <script> \\x1b[31m"')
    path = write_mill(tmp_path, text)
    md = briefing("show", "--format", "markdown", path).stdout
    assert md.startswith("# \\[bold\\]Evil\\[/bold\\] \\<script\\> ␛\\[31m\n")
    plain = briefing("show", path).stdout
    assert "[bold]Evil[/bold]" in plain and "\x1b" not in plain


def test_invalid_file_exits_1_without_traceback(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("format: [\n")
    for command in ("show", "check", "read"):
        done = briefing(command, path)
        assert done.returncode == 1, command
        assert "Traceback" not in done.stderr and f"{path}:" in done.stderr


def keys_table(stdout):
    """`briefing keys` as {id: (keys as shown, what it does)}: columns two spaces apart."""
    return {row[0]: tuple(row[1:]) for row in (re.split(r"  +", line, maxsplit=2)
            for line in stdout.splitlines() if line and not line.startswith("#"))}


def test_keys_prints_every_binding_id_with_its_keys_as_typed():
    from tui.keys import ALL

    done = briefing("keys")
    assert done.returncode == 0
    table = keys_table(done.stdout)
    assert {ident: keys for ident, (keys, _) in table.items()} == {
        key.id: keys_of(key, {}) for key in ALL}
    assert table["search"][0] == "/" and table["help"][0] == "?"
    assert table["history.back"] == ("[ ctrl+o", "back to where you jumped from")
    assert "slash" not in done.stdout.split("# In [keymap]")[0]
    assert "/ as slash" in done.stdout and "[ as left_square_bracket" in done.stdout


def test_keys_columns_are_as_wide_as_their_widest_entry():
    from tui.keys import ALL

    lines = [line for line in briefing("keys").stdout.splitlines() if not line.startswith("#")]
    widest = max(len(keys_of(key, {})) for key in ALL)
    starts = {line.index(line.split("  ")[0]) for line in lines}
    assert starts == {0}
    help_at = {len(line) - len(re.split(r"  +", line, maxsplit=2)[2]) for line in lines}
    assert help_at == {max(len(key.id) for key in ALL) + 2 + widest + 2}


def test_check_counts_in_words_that_agree(tmp_path):
    done = briefing("check", write_mill(tmp_path))
    assert "3 parties, 1 plant, 1 concern, 1 question, 3 facts" in done.stdout


@pytest.mark.parametrize("how", ["ssh", "web"])
def test_a_bad_briefing_is_refused_before_serving(tmp_path, how):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: [\n")
    done = briefing("serve", how, bad, "--port", "0")
    assert done.returncode == 1
    assert done.stderr.startswith(f"{bad}:")

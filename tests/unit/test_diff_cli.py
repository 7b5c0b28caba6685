"""`briefing diff OLD NEW`: exit codes, plain text down a pipe, colour on a terminal, Markdown
and JSON, and a hostile version printed literally in each."""

import json
import os
import subprocess
import sys

import pytest

from tests.support.paths import REPO
from tests.support.paths import cli as briefing
from tests.support.stories import DIFF

OLD, NEW = DIFF / "mill-1.yaml", DIFF / "mill-2.yaml"
HOSTILE = (DIFF / "hostile-1.yaml", DIFF / "hostile-2.yaml")


def test_changes_exit_0_plain_down_a_pipe():
    done = briefing("diff", OLD, NEW)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Changes to Acme to close the Dunmore mill (acme-mill)"
    assert "2 added, 2 removed" in done.stdout and "\x1b" not in done.stdout
    assert "    firmer certainty: [possible] → [confirmed]" in lines
    assert "    reversed certainty: [possible] → [denied]" in lines
    assert lines[lines.index("Party An economist") + 1] == "  - removed"
    assert lines[lines.index("Question What will the April hearing decide?") + 1] == (
        "  + opened")
    assert max(map(len, lines)) <= 80 and all(line == line.rstrip() for line in lines)


def test_no_changes_exit_0():
    done = briefing("diff", OLD, OLD)
    assert done.returncode == 0
    assert done.stdout.splitlines()[-1] == "no changes"


def test_an_invalid_version_exits_1_with_its_place(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(OLD.read_text().replace("stance: favor", "stance: keen"))
    (tmp_path / "mill-1.txt").write_bytes((DIFF / "mill-1.txt").read_bytes())
    done = briefing("diff", OLD, bad)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"{bad}:18:13: error: parties[0].stance")
    assert "Traceback" not in done.stderr


def test_different_stories_exit_1():
    done = briefing("diff", OLD, HOSTILE[0])
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{HOSTILE[0]}: error: its id 'acme-strike' is not 'acme-mill', "
                           f"the id of {OLD}: not two versions of one story\n")


@pytest.mark.parametrize("args", [["diff", OLD], ["diff", OLD, NEW, "--format", "html"]])
def test_usage_exits_2(args):
    done = briefing(*args)
    assert done.returncode == 2 and "usage:" in done.stderr


def test_json_is_parseable_and_complete():
    data = json.loads(briefing("diff", OLD, NEW, "--format", "json").stdout)
    assert data["format"] == "briefing-diff/2" and data["id"] == "acme-mill"
    assert data["counts"]["reversed"] == 1 and data["counts"]["new source"] == 1
    assert data["new"]["source"]["published"] == "2026-04-01"
    [reversed_] = [c for c in data["changes"] if c["direction"] == "reversed"]
    assert reversed_ == {"what": "certainty", "kind": "fact", "item": "birch.1",
                         "label": "Birch Holdings will not buy the mill.",
                         "owner": "Birch Holdings", "field": None, "old": "possible",
                         "new": "denied", "direction": "reversed",
                         "under": {"kind": "party", "item": "birch", "label": "Birch Holdings"}}


def test_markdown():
    text = briefing("diff", OLD, NEW, "--format", "markdown").stdout
    assert text.startswith("# Changes to Acme to close the Dunmore mill (acme-mill)\n")
    assert ("\n### Party Birch Holdings\n\n- Fact: Birch Holdings will not buy the mill.\n"
            "  - **reversed** certainty: **[possible]** → **[denied]**\n") in text
    assert "- **changed** role: ~~Represents the mill workers~~ → Represents" in text


def on_a_terminal(*args: object) -> bytes:
    """The command's output written to a pseudo-terminal, as a user at one sees it."""
    main, side = os.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    env.pop("NO_COLOR", None)
    with subprocess.Popen([sys.executable, "-m", "tui", *map(str, args)], cwd=REPO,
                          stdout=side, stderr=side, env=env) as process:
        os.close(side)
        out = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            out += chunk
        assert process.wait(timeout=60) == 0
    os.close(main)
    return out


@pytest.mark.slow  # a pseudo-terminal and a new interpreter
def test_colour_on_a_terminal():
    out = on_a_terminal("diff", OLD, NEW).decode()
    assert "\x1b[" in out
    assert "firmer" in out and "denied" in out


def test_hostile_text_is_literal_in_every_format():
    text = on_a_terminal("diff", *HOSTILE).decode()
    for raw in ("\x1b]52", "\x1b]0;", "\x1b[2J", "\x1b[1A", "\u202e", "\x9b", "\r\x1b"):
        assert raw not in text
    assert "␛]52;c;cHduZWQ=" in text and "[bold red]Corp[/]" in text
    assert "[link=http://x]click[/link]" in text
    piped = briefing("diff", *HOSTILE).stdout
    assert "\x1b" not in piped and "[bold red]Corp[/]" in piped
    markdown = briefing("diff", *HOSTILE, "--format", "markdown").stdout
    assert "\x1b" not in markdown
    assert "strike. \\*\\*\\`\\|x\\|\\`\\*\\*" in markdown
    raw = briefing("diff", *HOSTILE, "--format", "json").stdout
    assert "\x1b" not in raw and "\\u001b]52" in raw
    names = {c["item"]: c["new"] for c in json.loads(raw)["changes"] if c["field"] == "name"}
    assert names["acme"] == "Acme [bold red]Corp[/] \x1b]52;c;cHduZWQ=\x07"


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_the_counts_wrap_between_counts_never_inside_one(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    done = briefing("diff", DIFF / "duisburg-1.yaml", DIFF / "duisburg-2.yaml")
    lines = done.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line[:1].isdigit())
    last = next(i for i in range(first, len(lines)) if not lines[i].endswith(","))
    counts = " ".join(lines[first:last + 1]).split(", ")
    assert {"1 evidence added", "1 evidence dropped", "new source"} <= set(counts), counts
    assert all(len(line) <= int(columns) for line in lines[first:last + 1])

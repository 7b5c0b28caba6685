"""Hostile input: every bad file gets a clear message and exit 1; nothing is executed or
written; files that are odd but valid open and stay usable."""

from __future__ import annotations

import os
import re

import pytest

from model import BriefingError, load_briefing
from tests.support.paths import REPO, corpus
from tests.support.paths import cli as run

HOSTILE = "tests/hostile"
MESSAGE = re.compile(r"^(?P<path>[^:]+)(:(?P<line>\d+):(?P<col>\d+))?: error: (?P<text>.+)$")
CORPUS = corpus()
# Each case is bounded: a hang or a blow-up on hostile input fails here, not only in the bench.
pytestmark = pytest.mark.timeout(20)


@pytest.fixture(autouse=True)
def in_the_repository(monkeypatch):
    """Messages name files as given: relative to the repository, as a user would type them."""
    monkeypatch.chdir(REPO)


def test_the_corpus_is_large_and_listed_in_full():
    listed = {name for name, _, _ in CORPUS}
    on_disk = {p.name for p in (REPO / HOSTILE).glob("*.yaml")}
    assert listed == on_disk
    assert len([row for row in CORPUS if row[1] == "refuse"]) >= 30


@pytest.mark.parametrize(("name", "outcome", "message"), CORPUS, ids=[r[0] for r in CORPUS])
def test_check_on_the_corpus(name, outcome, message):
    path = f"{HOSTILE}/{name}"
    done = run("check", path)
    assert "Traceback" not in done.stderr
    if outcome == "open":
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"{path}: ok:")
        return
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines, "a refused file must say why"
    for line in lines:
        match = MESSAGE.match(line)
        assert match and match["path"] == path, line
    position, _, words = message.partition(" ") if message[:1].isdigit() else ("", "", message)
    expected = f"{path}:{position}: error: {words}" if position else f"{path}: error: {words}"
    assert expected in lines


@pytest.mark.parametrize("name", [r[0] for r in CORPUS if r[1] == "refuse"])
def test_the_reader_refuses_before_drawing(name):
    done = run("read", f"{HOSTILE}/{name}")
    assert done.returncode == 1
    assert done.stdout == ""  # not one byte of a screen
    assert "\x1b" not in done.stderr and "Traceback" not in done.stderr


def test_object_tags_construct_nothing(tmp_path, monkeypatch):
    path = REPO / HOSTILE / "python-object-apply.yaml"
    with pytest.raises(BriefingError):
        load_briefing(path)
    monkeypatch.chdir(tmp_path)
    done = run("check", str(path))
    assert done.returncode == 1
    assert not (tmp_path / "hostile-pwned").exists()
    assert not (REPO / "hostile-pwned").exists()


def test_a_file_far_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GiB that cost nothing to make
    done = run("check", str(big))
    assert done.returncode == 1
    assert done.stderr.strip() == f"{big}: error: file is larger than the limit of 67,108,864 bytes"


def test_a_megabyte_line(tmp_path):
    line = tmp_path / "line.yaml"
    line.write_text("format: briefing/1\ntitle: " + "x" * 1_048_576 + "\n")
    done = run("check", str(line))
    assert done.returncode == 1
    assert f"{line}:2:8: error: text is longer than the limit of 100,000 characters" in done.stderr
    one = tmp_path / "one.yaml"
    one.write_text("[" + "1," * 500_000 + "1]")
    done = run("check", str(one))
    assert done.returncode == 1
    assert f"{one}:1:1: error: this list has more than 10,000 entries" in done.stderr


def test_limits_are_flags(tmp_path):
    path = f"{HOSTILE}/bom.yaml"
    done = run("check", "--max-items", "3", path)
    assert done.returncode == 1 and "9 items is more than the limit of 3" in done.stderr
    done = run("check", "--max-bytes", "100", path)
    assert "larger than the limit of 100 bytes" in done.stderr
    done = run("check", "--max-depth", "2", path)
    assert "nesting is deeper than 2 levels" in done.stderr
    done = run("check", "--max-depth", "0", path)
    assert done.returncode == 2


def test_a_pipe_as_source_does_not_hang(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    text = (REPO / HOSTILE / "bom.yaml").read_text(encoding="utf-8-sig")
    path = tmp_path / "pipe.yaml"
    path.write_text(text.replace("path: mill.txt", "path: fifo.txt"))
    done = run("check", str(path))
    assert done.returncode == 1
    assert "source is not a regular file" in done.stderr
    os.mkfifo(tmp_path / "fifo.yaml")
    done = run("check", str(tmp_path / "fifo.yaml"))
    assert done.returncode == 1 and "not a regular file" in done.stderr


@pytest.mark.slow  # a whole session of the commands and the reader
def test_files_are_never_written(tmp_path):
    """A full session of check, show and the reader leaves bytes and mtimes alone."""
    import asyncio
    import shutil

    for name in ("mill.txt", "markup-in-text.yaml"):
        shutil.copy(REPO / HOSTILE / name, tmp_path / name)
        os.utime(tmp_path / name, (1_000_000_000, 1_000_000_000))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime) for p in tmp_path.iterdir()}
    path = tmp_path / "markup-in-text.yaml"
    for command in (("check", str(path)), ("show", str(path)), ("show", "--format", "json",
                                                                  str(path))):
        assert run(*command).returncode == 0

    from tests.support.reader import reader_app

    async def session():
        app = reader_app(load_briefing(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("j", "enter", "s", "escape", "slash", "a", "enter", "n", "r",
                              "escape", "y", "q")

    asyncio.run(session())
    after = {p.name: (p.read_bytes(), p.stat().st_mtime) for p in tmp_path.iterdir()}
    assert after == before

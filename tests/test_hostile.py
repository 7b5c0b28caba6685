"""Hostile input: every bad file gets a clear message and exit 1; nothing is executed or
written; files that are odd but valid open and stay usable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model import BriefingError, load_briefing

REPO = Path(__file__).resolve().parent.parent
HOSTILE = Path("tests") / "hostile"
MESSAGE = re.compile(r"^(?P<path>[^:]+)(:(?P<line>\d+):(?P<col>\d+))?: error: (?P<text>.+)$")


def table() -> list[tuple[str, str, str]]:
    rows = []
    for line in (REPO / HOSTILE / "expected.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            name, outcome, message = (line.split("\t") + [""])[:3]
            rows.append((name, outcome, message))
    return rows


CORPUS = table()


def briefing(*args: str, cwd: Path = REPO) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "tui", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=30)
    return done, time.monotonic() - start


def test_the_corpus_is_large_and_listed_in_full():
    listed = {name for name, _, _ in CORPUS}
    on_disk = {p.name for p in (REPO / HOSTILE).glob("*.yaml")}
    assert listed == on_disk
    assert len([row for row in CORPUS if row[1] == "refuse"]) >= 30


@pytest.mark.parametrize(("name", "outcome", "message"), CORPUS, ids=[r[0] for r in CORPUS])
def test_check_on_the_corpus(name, outcome, message):
    path = str(HOSTILE / name)
    done, seconds = briefing("check", path)
    assert seconds < 5
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
    done, _ = briefing("read", str(HOSTILE / name))
    assert done.returncode == 1
    assert done.stdout == ""  # not one byte of a screen
    assert "\x1b" not in done.stderr and "Traceback" not in done.stderr


def test_object_tags_construct_nothing(tmp_path):
    path = REPO / HOSTILE / "python-object-apply.yaml"
    with pytest.raises(BriefingError):
        load_briefing(path)
    done, _ = briefing("check", str(path), cwd=tmp_path)
    assert done.returncode == 1
    assert not (tmp_path / "hostile-pwned").exists()
    assert not (REPO / "hostile-pwned").exists()


def test_a_file_far_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # sparse: 2 GiB that cost nothing to make
    done, seconds = briefing("check", str(big))
    assert done.returncode == 1 and seconds < 5
    assert done.stderr.strip() == f"{big}: error: file is larger than the limit of 67,108,864 bytes"


def test_a_megabyte_line(tmp_path):
    line = tmp_path / "line.yaml"
    line.write_text("format: briefing/1\ntitle: " + "x" * 1_048_576 + "\n")
    done, seconds = briefing("check", str(line))
    assert done.returncode == 1 and seconds < 5
    assert f"{line}:2:8: error: text is longer than the limit of 100,000 characters" in done.stderr
    one = tmp_path / "one.yaml"
    one.write_text("[" + "1," * 500_000 + "1]")
    done, seconds = briefing("check", str(one))
    assert done.returncode == 1 and seconds < 5
    assert "a briefing must be a mapping" in done.stderr


def test_limits_are_flags(tmp_path):
    path = str(HOSTILE / "bom.yaml")
    done, _ = briefing("check", "--max-items", "3", path)
    assert done.returncode == 1 and "9 items is more than the limit of 3" in done.stderr
    done, _ = briefing("check", "--max-bytes", "100", path)
    assert "larger than the limit of 100 bytes" in done.stderr
    done, _ = briefing("check", "--max-depth", "2", path)
    assert "nesting is deeper than 2 levels" in done.stderr
    done, _ = briefing("check", "--max-depth", "0", path)
    assert done.returncode == 2


def test_a_pipe_as_source_does_not_hang(tmp_path):
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    text = (REPO / HOSTILE / "bom.yaml").read_text(encoding="utf-8-sig")
    path = tmp_path / "pipe.yaml"
    path.write_text(text.replace("path: mill.txt", "path: fifo.txt"))
    done, seconds = briefing("check", str(path))
    assert done.returncode == 1 and seconds < 5
    assert "source is not a regular file" in done.stderr
    os.mkfifo(tmp_path / "fifo.yaml")
    done, seconds = briefing("check", str(tmp_path / "fifo.yaml"))
    assert done.returncode == 1 and "not a regular file" in done.stderr


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
        assert briefing(*command)[0].returncode == 0

    from tests.reader_helpers import reader_app

    async def session():
        app = reader_app(load_briefing(path))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("j", "enter", "s", "escape", "slash", "a", "enter", "n", "r",
                              "escape", "y", "q")

    asyncio.run(session())
    after = {p.name: (p.read_bytes(), p.stat().st_mtime) for p in tmp_path.iterdir()}
    assert after == before

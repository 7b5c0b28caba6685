"""The warm helper starts readers a few at a time: a request waits while STARTING_AT_ONCE
readers are starting, until one has drawn its first screen, died, or had STARTING_WITHIN
seconds; answers keep the order of the requests. A reader that has drawn waits while others
start, for at most HOLD_WITHIN."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import time

import pytest

from tests.support.paths import REPO

# A helper whose readers draw when a line reaches their stdin, say so on their stdout once
# they go on, and end at the next line; one whose stdin closes first leaves with 3, undrawn.
HELPER = """
import os, sys
from tui.serve import warm
warm.STARTING_AT_ONCE, warm.STARTING_WITHIN, warm.HOLD_WITHIN = 1, *map(float, sys.argv[2:4])

def reader(argv, drawn):
    if not sys.stdin.readline():
        return 3
    drawn()
    print("on", flush=True)
    sys.stdin.readline()
    return 0

raise SystemExit(warm.serve(sys.argv[1:2], lambda: "shared", reader))
"""


@pytest.fixture
def helper():
    started = []

    def start(within: float, hold: float = 30.0) -> socket.socket:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = subprocess.Popen(
            [sys.executable, "-c", HELPER, str(theirs.fileno()), str(within), str(hold)],
            pass_fds=[theirs.fileno()], cwd=REPO)
        theirs.close()
        started.append((ours, process))
        start.pid = process.pid
        ours.settimeout(10)
        assert json.loads(ours.recv(4096))["ready"] == process.pid
        return ours

    yield start
    for control, process in started:
        control.close()  # the helper reads EOF and ends, and its readers with it
        assert process.wait(10) == 0


class Reader:
    """A request's pipes: what the forked reader reads, and where it writes."""

    def __init__(self, control: socket.socket) -> None:
        read_end, self.keys = os.pipe()
        out_r, out_w = os.pipe()
        socket.send_fds(control, [json.dumps({"env": {}}).encode()], [read_end, out_w, out_w])
        os.close(read_end)
        os.close(out_w)
        self.out = out_r

    def press(self) -> None:
        os.write(self.keys, b"\n")

    def gone_on(self, within: float) -> bool:
        """Whether the reader goes on past its first screen within `within` seconds."""
        ready, _, _ = select.select([self.out], [], [], within)
        return bool(ready) and os.read(self.out, 16) == b"on\n"


def answer(control: socket.socket, within: float) -> dict | None:
    control.settimeout(within)
    try:
        return json.loads(control.recv(4096))
    except TimeoutError:
        return None
    finally:
        control.settimeout(10)


def test_a_request_waits_until_the_reader_before_it_has_drawn(helper):
    control = helper(30.0)
    first = Reader(control)
    assert "pid" in answer(control, 5)
    second = Reader(control)
    control.send(b"{}")  # malformed: refused, but after the request before it
    assert answer(control, 0.5) is None  # the first reader has not drawn yet
    first.press()
    assert "pid" in answer(control, 5)
    assert answer(control, 5) == {"refused": "malformed request"}
    second.press()


def test_a_reader_that_dies_undrawn_or_takes_too_long_holds_back_no_more(helper):
    control = helper(1.0)
    first = Reader(control)
    pid = answer(control, 5)["pid"]
    Reader(control)
    started = time.monotonic()
    os.close(first.keys)  # EOF: it leaves before drawing
    news = [answer(control, 5), answer(control, 5)]
    assert time.monotonic() - started < 0.5  # not held for the first one's second
    assert {"exited": pid, "status": 3} in news
    assert any("pid" in each for each in news)
    started = time.monotonic()
    Reader(control)  # the second never draws: the third starts once its second is over
    assert "pid" in answer(control, 5)
    assert 0.5 < time.monotonic() - started < 3


def test_a_drawn_reader_waits_while_another_starts_and_alone_does_not(helper):
    control = helper(30.0)
    first = Reader(control)
    assert "pid" in answer(control, 5)
    second = Reader(control)
    first.press()  # drawn: the second is forked, and starts
    assert "pid" in answer(control, 5)
    assert not first.gone_on(0.5)  # its first screen is out; the rest waits for the second's
    started = time.monotonic()
    second.press()  # nobody else is starting: both go on at once
    assert first.gone_on(5) and second.gone_on(5)
    assert time.monotonic() - started < 0.5
    third = Reader(control)
    assert "pid" in answer(control, 5)
    started = time.monotonic()
    third.press()
    assert third.gone_on(5) and time.monotonic() - started < 0.5  # alone: not held


def test_a_drawn_reader_waits_no_longer_than_its_bound(helper):
    control = helper(30.0, hold=1.0)
    first = Reader(control)
    assert "pid" in answer(control, 5)
    Reader(control)  # forked once the first has drawn, and never draws itself
    started = time.monotonic()
    first.press()
    assert first.gone_on(5)
    assert 0.8 < time.monotonic() - started < 3


def test_readers_that_keep_starting_leave_no_pipes_piling_up_in_the_helper(helper):
    control = helper(30.0, hold=0.5)
    readers = [Reader(control)]
    assert "pid" in answer(control, 5)
    opened = len(os.listdir(f"/proc/{helper.pid}/fd"))  # with one reader's two pipe ends
    for _ in range(6):  # each drawn as the next is asked for: one is always starting
        readers.append(Reader(control))
        readers[-2].press()
        assert "pid" in answer(control, 5)
    time.sleep(1.5)  # past the holds of the drawn six; the seventh never draws
    assert len(os.listdir(f"/proc/{helper.pid}/fd")) <= opened
    assert all(reader.gone_on(0) for reader in readers[:-1])


async def test_a_forked_reader_says_once_that_it_has_drawn(monkeypatch):
    from textual.widgets import OptionList

    from tests.support.reader import reader_app
    from tui.app import BriefingApp

    seen = []

    def drawn() -> None:  # what the panes held as the reader said so
        seen.append([len(pane.options) for pane in app.screen.query(OptionList)])

    monkeypatch.setattr(BriefingApp, "drawn", staticmethod(drawn))
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(5):
            await pilot.pause()
    assert len(seen) == 1 and all(seen[0]) and len(seen[0]) == 4

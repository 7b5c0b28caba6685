"""End to end: the installed `briefing` in a real pseudo-terminal at 80x24, read with pyte."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pyte

BRIEFING = Path(sys.executable).parent / "briefing"


class Terminal:
    def __init__(self, argv: list[str], cols: int = 80, rows: int = 24) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL_THEME")}
        env.update(TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows))
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: size its terminal, then become the reader
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        self.bytes = 0

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.05))
            if ready:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                self.bytes += len(data)
                self.stream.feed(data)

    @property
    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, words: str, seconds: float = 15) -> str:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.pump(0.1)
            if words in self.text:
                self.pump(0.3)  # let the frame finish
                return self.text
        raise AssertionError(f"{words!r} never appeared; the screen was:\n{self.text}")

    def quiet(self, gap: float = 0.5) -> None:
        """Read until nothing arrives for `gap` seconds."""
        while True:
            before = self.bytes
            self.pump(gap)
            if self.bytes == before:
                return

    def type(self, keys: str | bytes) -> None:
        os.write(self.fd, keys.encode() if isinstance(keys, str) else keys)

    def exited(self, seconds: float = 10) -> int | None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        return None

    def kill(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


def test_installed_reader_in_a_real_terminal(terminal):
    assert BRIEFING.exists(), "install the package first (see the README's test command)"
    term = terminal([str(BRIEFING), "--no-mouse"])
    screen = term.wait_for("1 Parties (11)")
    assert "Nissan and Foxconn in talks over the Oppama plant" in screen
    assert "Nissan is in advanced talks" in screen  # the BLUF, readable on opening
    for title in ("2 Plant (11)", "3 Concerns (7)", "4 Questions (10)"):
        assert title in screen
    term.type("3")
    term.type("\r")  # open Job losses
    screen = term.wait_for("Concern · job-losses")
    assert "will not lead to job losses" in screen
    term.type("\x1b")
    term.wait_for("3 Concerns (7)")
    term.type("/MI")  # one read, before the search line exists; the rest in another
    term.wait_for("/MI")
    term.type("H")
    screen = term.wait_for("3 hits")
    term.type("\r")
    screen = term.wait_for("1 of 3")
    term.type("s")
    screen = term.wait_for("5 Source")
    assert "MIH EV platform" in screen
    term.type("q")
    assert term.exited() == 0


def test_moving_between_panes_redraws_two_panes_not_the_screen(terminal):
    term = terminal([str(BRIEFING), "--no-mouse"])
    term.wait_for("4 Questions (10)")
    term.quiet(1.0)
    for key in ("2", "3", "\t", "1", "j"):
        before = term.bytes
        term.type(key)
        term.quiet(1.0)  # long enough that a slow frame is not counted with the next key
        # a screenful at 80x24 is about 7,000 bytes; two panes and their scrollbars about 4,500
        assert term.bytes - before < 6000, key
    assert "4 Questions (10)" in term.text


def test_bad_file_exits_before_drawing(tmp_path, terminal):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: briefing/1\nid: [\n")
    term = terminal([str(BRIEFING), str(bad)])
    assert term.exited() == 1
    flat = term.text.replace("\n", "").replace(" ", "")
    assert f"{bad}:3:1:error:".replace(" ", "") in flat
    assert "1 Parties" not in term.text


def test_escape_sequences_in_a_briefing_never_reach_the_terminal(terminal):
    path = Path(__file__).parent / "hostile" / "control-characters.yaml"
    term = terminal([str(BRIEFING), str(path)], cols=120, rows=30)
    raw = bytearray()
    feed = term.stream.feed

    def keep(data: bytes) -> None:
        raw.extend(data)
        feed(data)

    term.stream.feed = keep
    screen = term.wait_for("1 Parties (3)")
    term.type("\r")
    term.wait_for("Party · acme")
    assert "␛]52;c;cHduZWQ=" in screen  # shown, as a visible stand-in
    for sequence in (b"\x1b]52;c;cHduZWQ", b"\x1b]0;pwned", b"\x1bP+q544e",
                     b"\x1b[?1049h says", b"\xc2\x9b31m", b"\xc2\x85",
                     b"\x1b[2J\x1b[31mRED", b"\x1b]8;;http://x"):
        assert sequence not in raw, sequence
    term.type("q")
    assert term.exited() == 0

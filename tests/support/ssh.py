"""A `briefing serve ssh` in a process of its own, on loopback and a free port, and what the
tests look at: its log, its readers."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pyte

from tests.support.paths import REPO
from tests.support.terminal import Terminal

SSH = shutil.which("ssh")


def keygen(path: Path) -> Path:
    if path.exists():
        return path
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(path)], check=True)
    return path


def process_children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def resize(term: Terminal, cols: int, rows: int) -> None:
    """Change the client's window, as a user dragging its corner does."""
    fcntl.ioctl(term.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    term.screen = pyte.Screen(cols, rows)
    term.stream = pyte.ByteStream(term.screen)
    os.kill(term.pid, signal.SIGWINCH)


def drawn_in_256_colours(term: Terminal) -> bool:
    """Whether the screen has colours from the 256 of xterm-256color: a reader that did not
    get the client's TERM draws in the 16 of a plain terminal. (A forked reader's
    /proc/PID/environ shows the helper's environment, not the one it runs with.)"""
    return any(len(char.fg) == 6 for line in term.screen.buffer.values()
               for char in line.values())


def parent(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


class SSHServer:
    def __init__(self, folder: Path, *flags: str,
                 preexec_fn: Callable[[], None] | None = None,
                 env: dict[str, str] | None = None) -> None:
        self.key = keygen(folder / "client")
        (folder / "authorized_keys").write_text((folder / "client.pub").read_text())
        self.host_key = folder / "host_key"
        env = {k: v for k, v in os.environ.items()
               if k not in ("NO_COLOR", "TEXTUAL_THEME")} | (env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui", "serve", "ssh", "--port", "0",
             "--authorized-keys", str(folder / "authorized_keys"),
             "--host-key", str(self.host_key), *flags],
            cwd=REPO, env=env, stderr=subprocess.PIPE, text=True, preexec_fn=preexec_fn)
        self.lines: list[str] = []
        first = self.process.stderr.readline()
        self.lines.append(first)
        assert "serving over SSH on 127.0.0.1:" in first, first
        self.port = int(first.split("127.0.0.1:")[1].split(";")[0])
        self.fingerprint = first.split("host key ")[1].split()[0]
        threading.Thread(target=self._collect, daemon=True).start()
        # until then, a reader may be spawned, and the helper not yet told from a reader
        if "--no-warm" not in flags:
            self.wait_for_log("warm helper ready", 60)

    def _collect(self) -> None:
        for line in self.process.stderr:
            self.lines.append(line)

    def ssh(self, *args: str, key: Path | None = None) -> list[str]:
        # ssh takes the first value given for an option: the caller's come first
        return [SSH, *args, "-p", str(self.port), "-i", str(key or self.key),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "BatchMode=yes", "-o", "LogLevel=ERROR", "-o", "IdentitiesOnly=yes",
                "reader@127.0.0.1"]

    def run(self, *args: str, command: tuple[str, ...] = (), key: Path | None = None):
        return subprocess.run([*self.ssh(*args, key=key), *command], capture_output=True,
                              text=True, timeout=30, stdin=subprocess.DEVNULL)

    def helper(self) -> int | None:
        """The warm helper the server forks readers from, if it is running."""
        for pid in process_children(self.process.pid):
            with contextlib.suppress(OSError):
                if b"tui.warm_reader" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return pid
        return None

    def readers(self) -> set[int]:
        """Every reader: forked by the helper, or spawned by the server itself."""
        helper = self.helper()
        spawned = process_children(self.process.pid) - {helper}
        return spawned | (process_children(helper) if helper else set())

    def wait_for_log(self, words: str, seconds: float = 10, times: int = 1) -> str:
        """The `times`th line holding `words`, once it is logged."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            found = [line for line in self.lines if words in line]
            if len(found) >= times:
                return found[times - 1]
            time.sleep(0.05)
        raise AssertionError(f"{words!r} not logged {times} times: {self.lines}")

    def wait_no_readers(self, seconds: float = 30) -> None:
        end = time.monotonic() + seconds
        while self.readers() and time.monotonic() < end:
            time.sleep(0.1)
        assert not self.readers()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

"""`briefing serve web` in a process of its own, on loopback, and what it started."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from tests.support.paths import REPO
from tests.support.ssh import parent


class Served:
    """A running server: its process, its port, its log so far."""

    def __init__(self, process: subprocess.Popen, log: Path) -> None:
        self.process, self.log_path = process, log
        self.port = 0

    @property
    def log(self) -> str:
        return self.log_path.read_text()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def readers(self) -> list[int]:
        """Every reader: forked by the warm helper, or spawned by the server itself."""
        return [pid for pid in descendants(self.process.pid) if pid != self.helper()]

    def helper(self) -> int | None:
        for pid in descendants(self.process.pid):
            with contextlib.suppress(OSError):
                if (b"tui.warm_reader" in Path(f"/proc/{pid}/cmdline").read_bytes()
                        and parent(pid) == self.process.pid):
                    return pid
        return None


@contextlib.contextmanager
def served(tmp_path: Path, *args: str) -> Iterator[Served]:
    """Start the server on a free port (--port 0) and wait for it to say which."""
    log = tmp_path / f"serve-{time.monotonic_ns()}.log"
    with open(log, "wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "tui", "serve", "web", "--port", "0", *args],
            cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=sink)
    server = Served(process, log)
    try:
        end = time.monotonic() + 30
        while not server.port and time.monotonic() < end and process.poll() is None:
            if found := re.search(r"http://127\.0\.0\.1:(\d+)/", server.log):
                server.port = int(found.group(1))
            time.sleep(0.05)
        assert server.port, f"no port announced: {server.log}"
        # until then, a reader may be spawned, and the helper not yet told from a reader
        if "--no-warm" not in args:
            assert wait_for(lambda: "warm helper ready" in server.log, 60), server.log
        yield server
    finally:
        left = server.readers()
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in left:  # a test that failed must not leave readers behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    """Every process under `pid`, from /proc (Linux)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            with contextlib.suppress(OSError):
                children = [int(child) for child in (task / "children").read_text().split()]
                found += children
                todo += children
    return found


def frame_size(output: bytes) -> tuple[int, int]:
    """(columns, rows) of the screen a reader drew: its widest line and its lowest row, from
    the cursor moves Textual writes before each line."""
    lines = re.split(rb"\x1b\[\d+;\d+H", output)
    columns = max(len(re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\n", b"", line).decode("utf-8", "replace"))
                  for line in lines)
    rows = max(int(row) for row in re.findall(rb"\x1b\[(\d+);\d+H", output))
    return columns, rows


def alive(pid: int) -> bool:
    """Running and not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def wait_for(check, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


async def receive_until(ws, needle: bytes, timeout: float = 30) -> bytes:
    """The reader's output until `needle` shows, the page closes or `timeout` passes."""
    import aiohttp

    received = b""
    end = time.monotonic() + timeout
    while needle not in received and time.monotonic() < end:
        try:
            message = await ws.receive(timeout=max(0.01, end - time.monotonic()))
        except TimeoutError:
            break
        if message.type == aiohttp.WSMsgType.BINARY:
            received += message.data
        elif message.type != aiohttp.WSMsgType.TEXT:
            break
    return received

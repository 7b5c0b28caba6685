"""The attacks on `briefing serve ssh` from issue 13, replayed: each bounded in count and time,
on loopback, against a server of its own."""

from __future__ import annotations

import asyncio
import errno
import fcntl
import os
import re
import resource
import signal
import socket
import struct
import termios
import time
from pathlib import Path

import asyncssh
import pytest

from tests.support.ssh import SSHServer, process_children

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path):
    servers: list[SSHServer] = []

    def start(*flags: str, preexec_fn=None) -> SSHServer:
        servers.append(SSHServer(tmp_path, *flags, preexec_fn=preexec_fn))
        return servers[-1]

    yield start
    for each in servers:
        each.stop()
    # whatever was thrown at it, the server's log holds lines, never a traceback
    assert not [line for each in servers for line in each.lines
                if "Traceback" in line or "exception" in line.lower()]


class Client(asyncssh.SSHClientSession):
    """Keeps every byte the server sends."""

    def __init__(self) -> None:
        self.data = bytearray()

    def data_received(self, data: bytes, datatype) -> None:
        self.data += data


def connect(srv: SSHServer, **options):
    return asyncssh.connect("127.0.0.1", srv.port, username="reader", known_hosts=None,
                            client_keys=[str(srv.key)], connect_timeout=10, **options)


async def open_session(conn, term_type: str = "xterm-256color", size=(80, 24)):
    return await conn.create_session(Client, term_type=term_type, term_size=size, encoding=None)


async def wait_until(predicate, seconds: float = 10):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        await asyncio.sleep(0.05)
    raise AssertionError("not in time")


def window_size(pid: int) -> tuple[int, int] | None:
    """A reader's window, read from its terminal as (columns, rows); None until the reader has
    its terminal (a reader forked a moment ago may not have taken the pty as fd 0 yet)."""
    try:
        fd = os.open(f"/proc/{pid}/fd/0", os.O_RDONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    try:
        rows, columns, _, _ = struct.unpack(
            "HHHH", fcntl.ioctl(fd, termios.TIOCGWINSZ, b"\0" * 8))
    except OSError as error:
        if error.errno == errno.ENOTTY:
            return None
        raise
    finally:
        os.close(fd)
    return columns, rows


def descriptors(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_window_sizes_are_clamped_at_start_and_on_every_resize(server):
    """Case 4: 65535x65535 took a reader to 3.9 GB."""
    srv = server()

    async def attack() -> list[tuple[int, int]]:
        async with connect(srv) as conn:
            chan, _ = await open_session(conn, size=(65535, 65535))
            (reader,) = await wait_until(srv.readers)
            sizes = [await wait_until(lambda: window_size(reader))]
            for columns, rows in ((100, 30), (10000, 10000), (70000, 3)):
                chan.change_terminal_size(columns, rows)
                await wait_until(lambda: window_size(reader) != sizes[-1])
                sizes.append(window_size(reader))
            chan.close()
            return sizes

    assert asyncio.run(attack()) == [(500, 200), (100, 30), (500, 200), (500, 3)]
    srv.wait_no_readers()


def test_fifty_failing_sessions_leave_no_descriptor_behind(server):
    """Case 6: a TERM holding NUL and a window wider than 65535 leaked a pty pair each."""
    srv = server()

    async def session(term_type: str, size: tuple[int, int]) -> None:
        async with connect(srv) as conn:
            chan, _ = await open_session(conn, term_type, size)
            await asyncio.wait_for(chan.wait_closed(), 10) if "\0" in term_type else None

    asyncio.run(session("xterm", (80, 24)))  # the first connection loads what asyncssh needs
    srv.wait_no_readers()
    before = descriptors(srv.process.pid)
    attacks = [("xterm\0evil", (80, 24)), ("xterm-256color", (70000, 24))] * 25
    for term_type, size in attacks:
        asyncio.run(session(term_type, size))
    end = time.monotonic() + 20
    while sum("key=SHA256" in line for line in srv.lines) < 51 and time.monotonic() < end:
        time.sleep(0.05)
    srv.wait_no_readers()
    assert descriptors(srv.process.pid) - before < 3
    assert sum("refused: unusable TERM" in line for line in srv.lines) == 25


def test_a_flood_of_idle_connections_neither_locks_out_a_login_nor_fills_the_log(server):
    """Case 7: 1,100 idle connections at 1,024 descriptors blocked a login for 57 s and wrote
    143 MB of log; here 300 at 256."""
    limit = 256
    srv = server(preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit)))
    flood = []
    try:
        for _ in range(limit + 44):
            flood.append(socket.create_connection(("127.0.0.1", srv.port), timeout=5))
        time.sleep(0.5)  # the server has them all

        async def login() -> float:
            start = time.monotonic()
            async with connect(srv):
                return time.monotonic() - start

        took = asyncio.run(asyncio.wait_for(login(), 10))
    finally:
        for sock in flood:
            sock.close()
    assert took < 3
    srv.stop()
    summary = [line for line in srv.lines if "without offering a key" in line]
    assert summary and "dropped over the cap of 64" in summary[0]
    assert len(srv.lines) < 10, srv.lines[:10]


def test_a_client_that_stops_reading_costs_a_bounded_buffer(server):
    """Case 8: a client that read nothing while resizing grew the server by 190 MB."""
    srv = server()

    async def attack() -> float:
        async with connect(srv) as conn:
            chan, client = await open_session(conn, size=(480, 190))
            await wait_until(lambda: len(client.data) > 10000, 20)  # the first frame
            await asyncio.sleep(1)
            chan.pause_reading()  # no more window for the server: its output piles up
            before = rss_mb(srv.process.pid)
            for step in range(160):
                chan.change_terminal_size(480 + step % 2, 190)
                await asyncio.sleep(0.05)
            grown = rss_mb(srv.process.pid) - before
            chan.close()
            return grown

    assert asyncio.run(attack()) < 4


@pytest.mark.parametrize("flags", [(), ("--no-warm",)], ids=["forked", "spawned"])
def test_readers_die_with_a_server_killed_outright_even_under_nohup(server, flags):
    """Case 9: a server started with SIGHUP ignored, killed with -9, left its readers running.
    Forked, a reader's parent is the warm helper, which must go with the server too."""
    srv = server(*flags, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))

    async def attack() -> set[int]:
        async with connect(srv) as conn:
            await open_session(conn)
            (reader,) = await wait_until(srv.readers)
            helper = srv.helper()
            assert (helper is None) == bool(flags)
            await asyncio.sleep(1)  # started and drawing
            srv.process.kill()
            srv.process.wait(10)
            return {reader, helper} - {None}

    left = asyncio.run(attack())
    end = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in left) and time.monotonic() < end:
        time.sleep(0.05)
    alive = {pid for pid in left if Path(f"/proc/{pid}").exists()}
    for pid in alive:
        os.kill(pid, signal.SIGKILL)  # leave nothing behind, even when failing
    assert not alive


def left_on(output: bytes) -> set[int]:
    """The private modes the byte stream leaves set, among those Textual turns on."""
    on = set()
    for mode in (1000, 1003, 1006, 1049, 2004):
        last = max(((m.start(), m.group(1)) for m in
                    re.finditer(rb"\x1b\[\?%d([hl])" % mode, output)), default=(0, b"l"))
        if last[1] == b"h":
            on.add(mode)
    hidden = output.rfind(b"\x1b[?25l") > output.rfind(b"\x1b[?25h")
    return on | ({25} if hidden else set())


def test_the_server_restores_the_terminal_when_it_ends_a_session(server):
    """Case 17: an idle close or a stop left the client in the alternate screen, mouse on,
    cursor hidden; and resizes alone kept an idle session open."""
    srv = server("--idle-timeout", "0.05")  # three seconds

    async def idle() -> tuple[float, bytes]:
        async with connect(srv) as conn:
            chan, client = await open_session(conn)
            await wait_until(lambda: b"\x1b[?1049h" in client.data, 20)
            start = time.monotonic()
            for step in range(40):  # resizes for up to ten seconds: none is a key press
                if chan.is_closing():
                    break
                chan.change_terminal_size(80 + step % 2, 24)
                await asyncio.sleep(0.25)
            await asyncio.wait_for(chan.wait_closed(), 5)
            return time.monotonic() - start, bytes(client.data)

    took, output = asyncio.run(idle())
    assert took < 5
    assert left_on(output) == set()
    assert b"without a key press" in output

    async def stopped() -> bytes:
        async with connect(srv) as conn:
            chan, client = await open_session(conn)
            await wait_until(lambda: b"\x1b[?1049h" in client.data, 20)
            srv.process.send_signal(signal.SIGINT)
            await asyncio.wait_for(chan.wait_closed(), 10)
            return bytes(client.data)

    output = asyncio.run(stopped())
    assert left_on(output) == set()
    assert b"The server is stopping" in output
    assert srv.process.wait(10) == 0
    assert not process_children(srv.process.pid)


class _Process:
    """What the reader asks of an SSH session before it starts."""

    def get_terminal_size(self) -> tuple[int, int, int, int]:
        return 70000, 70000, 0, 0

    def get_terminal_type(self) -> str:
        return "xterm-256color"


@pytest.mark.parametrize("argv", [["/nonexistent/reader"], ["/dev/null"]])
async def test_a_reader_that_cannot_start_leaves_its_pty_closed(argv):
    """Case 6, the other way to fail after openpty: the child cannot be started."""
    from tui.serve.reader_pty import Reader

    before = set(os.listdir("/proc/self/fd"))
    for _ in range(20):
        with pytest.raises(OSError):
            await Reader.start(argv, _Process())
    assert set(os.listdir("/proc/self/fd")) <= before

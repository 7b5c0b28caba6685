"""Issue 13, cases 3 and 18, replayed against `briefing serve web` on loopback.

The first tests need the server only; the ones marked slow start readers (~1 s each).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from pathlib import Path

import pytest

from tests.support.web import (
    alive,
    descendants,
    frame_size,
    receive_until,
    rss_mb,
    served,
    wait_for,
)

aiohttp = pytest.importorskip("aiohttp")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served(tmp_path_factory.mktemp("web")) as running:
        yield running


def the_reader(server) -> int:
    """The one reader running (not a shell around it), once a previous test's reader has gone."""
    def readers() -> list[int]:
        found = []
        for pid in server.readers():
            with contextlib.suppress(OSError):
                # spawned (python -m tui read) or forked (python -m tui.warm_reader FD read)
                if b"\0read\0" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(pid)
        return found

    assert wait_for(lambda: len(readers()) == 1, 10), readers()
    return readers()[0]


def status(url: str, **headers: str) -> tuple[int, str]:
    async def get() -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(url, headers=headers) as got:
            return got.status, await got.text()

    return asyncio.run(get())


def handshake(server, origin: str | None, host: str | None = None) -> int:
    """The websocket handshake's status; no reader is started unless it is 101."""
    headers = {key: value for key, value in (("Origin", origin), ("Host", host)) if value}

    async def knock() -> int:
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(f"ws://127.0.0.1:{server.port}/ws",
                                              headers=headers) as ws:
                    await ws.close()
                    return 101
            except aiohttp.WSServerHandshakeError as refused:
                return refused.status

    return asyncio.run(knock())


def test_the_real_port_is_announced_and_used_by_the_page(server):
    assert "port 0" not in server.log and f":{server.port}/" in server.log
    code, page = status(f"{server.origin}/")
    assert code == 200
    assert f'data-session-websocket-url="ws://127.0.0.1:{server.port}/ws"' in page


def test_the_static_folder_is_not_listed(server):
    code, text = status(f"{server.origin}/static/")
    assert code in (403, 404) and "xterm" not in text
    assert status(f"{server.origin}/static/css/xterm.css")[0] == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "http://127.0.0.1.evil.example",
                                    "null", None, "http://127.0.0.1:1"])
def test_a_page_from_another_origin_gets_no_reader(server, origin):
    before = set(server.readers())
    assert handshake(server, origin) == 403
    assert set(server.readers()) <= before


@pytest.mark.parametrize("host", ["evil.example:{port}", "evil.example", "127.0.0.1:1",
                                  "127.0.0.1@evil.example:{port}", "10.0.0.1:{port}"])
def test_a_rebound_host_name_is_refused(server, host):
    host, before = host.format(port=server.port), set(server.readers())
    assert status(f"{server.origin}/", Host=host)[0] == 421
    # Even with an Origin that matches it, as a page on a rebound name would send.
    assert handshake(server, f"http://{host}", host) == 421
    assert set(server.readers()) <= before


def test_localhost_is_the_same_server(server):
    code, page = status(f"{server.origin}/", Host=f"localhost:{server.port}")
    assert code == 200 and f"ws://localhost:{server.port}/ws" in page


@pytest.mark.slow
def test_the_served_page_origin_gets_its_reader(server):
    async def visit() -> bytes:
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"ws://127.0.0.1:{server.port}/ws?width=80&height=24",
                headers={"Origin": server.origin}) as ws:
            return await receive_until(ws, b"Questions")

    assert b"Questions" in asyncio.run(visit())


@pytest.mark.slow
def test_one_page_more_than_max_sessions_is_told_politely(tmp_path):
    with served(tmp_path, "--max-sessions", "2") as server:
        descriptors = len(os.listdir(f"/proc/{server.process.pid}/fd"))

        async def crowd() -> tuple[list[bytes], bytes, int | None]:
            async with aiohttp.ClientSession() as session:
                url = f"ws://127.0.0.1:{server.port}/ws?width=80&height=24"
                pages = [await session.ws_connect(url, headers={"Origin": server.origin})
                         for _ in range(2)]
                drawn = [await receive_until(page, b"Questions") for page in pages]
                async with session.ws_connect(url, headers={"Origin": server.origin}) as extra:
                    told = await receive_until(extra, b"\x00", timeout=10)
                    code = extra.close_code
                for page in pages:
                    await page.close()
                return drawn, told, code

        drawn, told, code = asyncio.run(crowd())
        assert all(b"Questions" in page for page in drawn)
        assert b"the server is full (2 readers at once)" in told and code == 1013
        assert wait_for(lambda: server.readers() == [], 10)
        # Each reader's pipes closed with it, the refused page's socket too.
        assert wait_for(lambda: len(os.listdir(f"/proc/{server.process.pid}/fd")) <= descriptors,
                        5), os.listdir(f"/proc/{server.process.pid}/fd")


@pytest.mark.slow
def test_a_huge_size_is_clamped_at_start_and_on_resize(server):
    readers: list[int] = []

    async def grow() -> tuple[bytes, float]:
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"ws://127.0.0.1:{server.port}/ws?width=65535&height=65535",
                headers={"Origin": server.origin}) as ws:
            readers.append(the_reader(server))
            # Short waits: unclamped, a reader grows ~100 MB/s and never draws.
            first = await receive_until(ws, b"Questions", timeout=8)
            await ws.send_json(["resize", {"width": 65535, "height": 65535}])
            await asyncio.sleep(3)
            return first, rss_mb(readers[0])

    try:
        first, rss = asyncio.run(grow())
    finally:
        for pid in filter(alive, readers):  # never leave a runaway reader to the next test
            os.kill(pid, signal.SIGKILL)
    assert frame_size(first) == (500, 200)
    assert rss < 200, f"a reader asked for 65535x65535 holds {rss:.0f} MB"


@pytest.mark.slow
def test_a_reader_that_stops_answering_is_killed_when_its_page_closes(server):
    async def close_on_a_stopped_reader() -> int:
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"ws://127.0.0.1:{server.port}/ws?width=80&height=24",
                headers={"Origin": server.origin}) as ws:
            await receive_until(ws, b"Questions")
            pid = the_reader(server)
            os.kill(pid, signal.SIGSTOP)  # it can no longer read the "quit" it is sent
        return pid

    pid = asyncio.run(close_on_a_stopped_reader())
    try:
        assert wait_for(lambda: not alive(pid), 8), "the reader outlived its page"
    finally:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_readers_die_with_a_server_killed_with_sigkill(tmp_path):
    with served(tmp_path) as server:
        async def open_page() -> list[int]:
            async with aiohttp.ClientSession() as session, session.ws_connect(
                    f"ws://127.0.0.1:{server.port}/ws?width=80&height=24",
                    headers={"Origin": server.origin}) as ws:
                await receive_until(ws, b"Questions")
                readers = descendants(server.process.pid)
                for pid in readers:  # stopped, so only a signal can end it, not its stdin's EOF
                    os.kill(pid, signal.SIGSTOP)
                server.process.kill()
                return readers

        readers = asyncio.run(open_page())
        try:
            assert readers and wait_for(lambda: not any(map(alive, readers)), 5), \
                f"orphans {[pid for pid in readers if alive(pid)]} 5 s after the server"
        finally:
            for pid in filter(alive, readers):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
def test_a_page_that_stops_answering_loses_its_reader(server):
    """No pong to the server's pings (every 10 s, 5 s to answer): closed, its reader killed."""
    async def fall_silent() -> bool:
        async with aiohttp.ClientSession() as session, session.ws_connect(
                f"ws://127.0.0.1:{server.port}/ws?width=80&height=24",
                headers={"Origin": server.origin}, autoping=False):
            pid = the_reader(server)
            return await asyncio.to_thread(wait_for, lambda: not alive(pid), 20)

    assert asyncio.run(fall_silent()), "the reader of a silent page is still running"
    assert wait_for(lambda: "stopped: page stopped answering" in server.log, 5), server.log


def test_a_page_whose_connection_drops_is_logged_as_gone_not_as_silent(server):
    """No close frame, no missed pong: the page went away, which the log says."""
    import socket

    port = server.port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as page:
        page.sendall(
            f"GET /ws?width=80&height=24 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Origin: {server.origin}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            .encode())
        assert page.recv(12) == b"HTTP/1.1 101"
        pid = the_reader(server)
    assert wait_for(lambda: not alive(pid), 10), "the reader outlived its page"
    assert wait_for(lambda: f"reader {pid} stopped: page went away without closing"
                    in server.log, 5), server.log


def test_behind_a_proxy_the_public_url_is_the_page_and_the_only_other_origin(tmp_path):
    with served(tmp_path, "--public-url", "https://reader.example/") as proxied:
        code, page = status(f"{proxied.origin}/", Host="reader.example")
        assert code == 200 and 'data-session-websocket-url="wss://reader.example/ws"' in page
        assert status(f"{proxied.origin}/", Host="other.example")[0] == 421
        assert handshake(proxied, "http://reader.example.evil") == 403
        assert proxied.readers() == []

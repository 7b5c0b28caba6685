"""`serve ssh`'s warm helper: a reader forked from it is the reader a spawned one is, a briefing
changed on disk reaches the next session, and a helper that dies takes its readers with it and
is replaced."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest

from tests.support.briefings import MILL_YAML, write_mill
from tests.support.ssh import SSH, SSHServer, drawn_in_256_colours, parent, resize
from tests.support.web import alive, receive_until, served, wait_for

pytestmark = pytest.mark.skipif(SSH is None, reason="needs the OpenSSH client")
READY = "warm helper ready"


@pytest.fixture
def server(tmp_path):
    servers: list[SSHServer] = []

    def start(*flags: str, env: dict[str, str] | None = None) -> SSHServer:
        servers.append(SSHServer(tmp_path, *flags, env=env))
        return servers[-1]

    yield start
    for each in servers:
        each.stop()
    logs = "".join(line for each in servers for line in each.lines)
    assert "Traceback" not in logs, logs


def gone(pid: int, seconds: float = 10) -> bool:
    end = time.monotonic() + seconds
    while Path(f"/proc/{pid}").exists() and time.monotonic() < end:
        time.sleep(0.05)
    return not Path(f"/proc/{pid}").exists()


@pytest.mark.parametrize("how", ["forked", "spawned"])
def test_a_forked_reader_is_what_a_spawned_one_is(server, terminal, how):
    srv = server(*(("--no-warm",) if how == "spawned" else ()))
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    assert parent(reader) == (srv.helper() if how == "forked" else srv.process.pid)
    assert os.getsid(reader) == reader  # a session of its own
    assert os.readlink(f"/proc/{reader}/fd/0").startswith("/dev/pts/")
    tty = int(Path(f"/proc/{reader}/stat").read_text().rsplit(")", 1)[1].split()[4])
    assert tty != 0  # and the pty as its controlling terminal
    assert drawn_in_256_colours(term)  # the client's TERM reached it
    resize(term, 130, 40)
    assert len(term.wait_for("stance toward the deal").splitlines()) == 40
    term.type("4")
    term.wait_for("Will the agreement be finalized")
    term.type("q")
    assert term.exited() == 0
    srv.wait_no_readers()
    assert "reader exited (0)" in srv.wait_for_log("reader exited")


def test_each_session_reads_the_settings_as_they_are_then(server, terminal, tmp_path):
    """The helper holds the briefing, not the settings: a config file saved after it started
    is read by the next reader, whose exit code the client gets."""
    home = tmp_path / "home"
    srv = server(env={"HOME": str(home)})
    config = home / ".config" / "briefing" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('theme = "no-such-theme"\n')
    term = terminal(srv.ssh())
    term.wait_for("config.toml:1")
    assert term.exited() == 1
    assert "reader exited (1)" in srv.wait_for_log("reader exited")


def test_a_briefing_changed_on_disk_reaches_the_next_session(server, terminal, tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    path = write_mill(folder)
    srv = server(str(path))
    helper = srv.helper()
    first = terminal(srv.ssh())
    first.wait_for("Acme Corp.")
    write_mill(folder, MILL_YAML.replace("name: Acme Corp.", "name: Acme Holdings"))
    second = terminal(srv.ssh())
    second.wait_for("Acme Holdings")
    assert {parent(pid) for pid in srv.readers()} == {helper}
    # a briefing that no longer loads: the reader says why, as a spawned one does
    write_mill(folder, MILL_YAML.replace("format: briefing/1", "format: briefing/9"))
    third = terminal(srv.ssh())
    third.wait_for("error: format")
    assert third.exited() == 1
    assert "Acme Corp." in first.text  # the sessions already open keep what they read


def test_a_helper_that_dies_takes_its_readers_and_is_replaced(server, terminal):
    srv = server()
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    helper = srv.helper()
    os.kill(helper, signal.SIGKILL)
    assert gone(reader)
    assert term.exited() == 0  # the session ends, its terminal given back
    srv.wait_for_log("warm helper gone")
    meanwhile = terminal(srv.ssh())  # forked or spawned, whichever: served
    meanwhile.wait_for("4 Questions (10)", seconds=30)
    srv.wait_for_log(READY, 60, times=2)
    later = terminal(srv.ssh())
    later.wait_for("4 Questions (10)")
    new_helper = srv.helper()
    assert new_helper not in (None, helper)
    assert new_helper in {parent(pid) for pid in srv.readers()}
    meanwhile.kill()
    later.kill()
    srv.wait_no_readers()


def test_a_helper_that_does_not_answer_is_bypassed_and_forks_nothing_late(server, terminal):
    srv = server()
    helper = srv.helper()
    os.kill(helper, signal.SIGSTOP)
    try:
        term = terminal(srv.ssh())
        term.wait_for("4 Questions (10)", seconds=40)  # spawned, once the helper is given up
        (reader,) = srv.readers()
        assert parent(reader) == srv.process.pid
    finally:
        os.kill(helper, signal.SIGCONT)
    time.sleep(2)  # the helper forks what it was asked for; the server kills it at once
    assert srv.readers() == {reader}
    term.type("q")
    assert term.exited() == 0
    srv.wait_no_readers()


def test_stopping_the_server_ends_the_helper(server, terminal):
    srv = server()
    helper = srv.helper()
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    srv.process.send_signal(signal.SIGINT)
    assert srv.process.wait(15) == 0
    assert gone(helper, 1) and gone(reader, 1)


@pytest.mark.parametrize("flags", [(), ("--no-warm",)], ids=["forked", "spawned"])
def test_a_web_page_gets_a_forked_reader_that_ends_with_it(tmp_path, flags):
    import aiohttp

    with served(tmp_path, *flags) as web:
        async def visit() -> tuple[bytes, int, int]:
            async with aiohttp.ClientSession() as session, session.ws_connect(
                    f"ws://127.0.0.1:{web.port}/ws?width=100&height=30",
                    headers={"Origin": web.origin}) as ws:
                received = await receive_until(ws, b"Questions")
                (reader,) = web.readers()
                await ws.send_json(["stdin", "4"])
                received += await receive_until(ws, b"finalized")
                return received, reader, parent(reader)

        received, reader, its_parent = asyncio.run(visit())
        assert its_parent == (web.process.pid if flags else web.helper())
        assert b"Questions" in received and b"finalized" in received
        assert wait_for(lambda: not alive(reader), 10)  # the page closed: its reader is gone
        assert (web.helper() is None) == bool(flags)
    assert f"reader {reader} started" in web.log

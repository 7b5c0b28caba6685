"""`briefing serve ssh`: end to end with the real OpenSSH client, on loopback and random free
ports."""

from __future__ import annotations

import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.paths import free_port
from tests.support.ssh import SSH, SSHServer, drawn_in_256_colours, keygen, resize

pytestmark = pytest.mark.skipif(SSH is None, reason="needs the OpenSSH client")


@pytest.fixture
def server(tmp_path):
    servers: list[SSHServer] = []

    def start(*flags: str) -> SSHServer:
        servers.append(SSHServer(tmp_path, *flags))
        return servers[-1]

    yield start
    for each in servers:
        each.stop()


def test_a_key_in_authorized_keys_gets_the_reader(server, terminal):
    srv = server()
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    login = srv.wait_for_log("logged in")  # said as it happens, not only when it ends
    assert "127.0.0.1:" in login and "key=SHA256:" in login
    assert drawn_in_256_colours(term)  # the client's TERM, passed on
    assert b"--served" in Path(f"/proc/{reader}/cmdline").read_bytes().split(b"\0")
    assert "stance toward the deal" not in term.text
    resize(term, 130, 40)  # wide enough for the item view beside the panes
    screen = term.wait_for("stance toward the deal")
    assert len(screen.splitlines()) == 40
    term.type("q")
    assert term.exited() == 0
    srv.wait_no_readers()
    line = srv.wait_for_log("reader exited (0)")
    assert "127.0.0.1:" in line and "key=SHA256:" in line


def test_a_key_not_in_authorized_keys_is_refused(server, tmp_path):
    srv = server()
    stranger = keygen(tmp_path / "stranger")
    done = srv.run(key=stranger)
    assert done.returncode == 255
    assert "Permission denied" in done.stderr
    assert "refused: key not authorized" in srv.wait_for_log("refused")
    assert not srv.readers()


def test_commands_and_sftp_are_not_run(server, tmp_path):
    srv = server()
    marker = tmp_path / "marker"
    done = srv.run(command=("touch", str(marker)))
    assert done.returncode == 1
    assert "runs no commands" in done.stderr
    assert not marker.exists()
    sftp = srv.run("-s", command=("sftp",))
    assert sftp.returncode == 255
    assert "subsystem request failed" in sftp.stderr  # asyncssh refuses it: no sftp_factory
    no_tty = srv.run("-T")
    assert no_tty.returncode == 1
    assert "ssh -t" in no_tty.stderr


def test_port_forwarding_is_refused(server):
    srv = server()
    local = free_port()
    forward = subprocess.Popen(
        srv.ssh("-o", "LogLevel=INFO", "-N", "-L", f"{local}:127.0.0.1:{srv.port}"),
        stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    try:
        end = time.monotonic() + 10
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", local), timeout=5)
                break
            except OSError:
                assert time.monotonic() < end, "the local end of -L never opened"
                time.sleep(0.1)
        with conn:
            assert conn.recv(100) == b""  # closed at once: nothing came through
    finally:
        forward.kill()
        _, errors = forward.communicate(timeout=10)
    # the target is a port that is listening (the server's own): the server refused the channel
    assert "channel 2: open failed: administratively prohibited" in errors
    assert "refused: forwarding" in srv.wait_for_log("refused: forwarding")
    remote = srv.run("-N", "-o", "ExitOnForwardFailure=yes", "-R", f"{free_port()}:127.0.0.1:22")
    assert remote.returncode == 255
    assert "forwarding failed" in remote.stderr


def test_twelve_sessions_at_once_each_render(server, terminal):
    srv = server()
    terms = [terminal(srv.ssh()) for _ in range(12)]
    for term in terms:
        term.wait_for("4 Questions (10)", seconds=90)
    for term in terms:  # each drawn reader goes on past its first screen once all have drawn
        term.wait_for("q Quit", seconds=30)
    assert len(srv.readers()) == 12
    for term in terms:
        term.type("q")
    assert [term.exited(30) for term in terms] == [0] * 12
    srv.wait_no_readers()


def test_one_more_than_max_sessions_is_turned_away_politely(server, terminal):
    srv = server("--max-sessions", "2")
    terms = [terminal(srv.ssh()) for _ in range(2)]
    for term in terms:
        term.wait_for("4 Questions (10)", seconds=60)
    third = terminal(srv.ssh())
    third.wait_for("Sorry: 2 readers are open")
    assert third.exited() == 1
    assert len(srv.readers()) == 2
    for term in terms:
        term.kill()
    srv.wait_no_readers()


def test_a_killed_client_leaves_no_reader_behind(server, terminal):
    srv = server()
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    term.kill()
    srv.wait_no_readers()
    assert not Path(f"/proc/{reader}").exists()
    assert "client disconnected" in srv.wait_for_log("client disconnected")


def test_open_lets_anyone_in_and_says_so(server, terminal):
    srv = server("--open")
    srv.wait_for_log("warning: --open")
    term = terminal(srv.ssh("-o", "PubkeyAuthentication=no"))
    term.wait_for("4 Questions (10)")


def test_an_idle_session_is_closed(server, terminal):
    srv = server("--idle-timeout", "0.05")  # three seconds
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    assert term.exited(15) == 0
    assert "idle for 3 s" in srv.wait_for_log("idle for")
    term.wait_for("Closed after 0.05 minutes without a key press.")
    srv.wait_no_readers()


def test_ctrl_c_stops_the_server_and_every_reader(server, terminal):
    srv = server()
    term = terminal(srv.ssh())
    term.wait_for("4 Questions (10)")
    (reader,) = srv.readers()
    srv.process.send_signal(signal.SIGINT)
    assert srv.process.wait(15) == 0
    assert not Path(f"/proc/{reader}").exists()


def test_the_host_key_is_made_once_and_kept_private(server):
    first = server()
    mode = first.host_key.stat().st_mode & 0o777
    first.stop()
    second = server()
    assert mode == 0o600
    assert second.fingerprint == first.fingerprint




def test_each_key_keeps_its_own_reading_state_and_an_open_session_none(server, tmp_path,
                                                                       terminal):
    import os

    from model.reading import ReadingState

    keygen(tmp_path / "client")  # the server's usual key, and a second reader's
    second = keygen(tmp_path / "second")
    both = tmp_path / "both_keys"
    both.write_text((tmp_path / "client.pub").read_text() + (tmp_path / "second.pub").read_text())
    srv = server("--authorized-keys", str(both))
    readers = Path(os.environ["XDG_DATA_HOME"]) / "briefing" / "readers"
    for key, pin in ((None, True), (second, False)):
        term = terminal(srv.ssh(key=key) if key else srv.ssh())
        term.wait_for("4 Questions (10)")
        if pin:
            term.type("1m")  # pin the first party
            term.wait_for("Pinned: Nissan")
        term.type("q")
        assert term.exited() == 0
    files = sorted(readers.glob("reading-*.db"))
    assert len(files) == 2
    pins = []
    for path in files:
        with ReadingState.open(path) as state:
            pins.append(state.pins("nissan-foxconn-oppama"))
    assert sorted(pins, key=len) == [[], ["nissan"]]
    assert oct(readers.stat().st_mode & 0o777) == "0o700"
    opened = server("--open")
    term = terminal(opened.ssh())
    term.wait_for("Not kept")  # the reader says so when it opens
    term.type("q")
    assert term.exited() == 0
    assert len(list(readers.glob("reading-*.db"))) == 2


def test_the_idle_goodbye_counts_its_minutes():
    from tui.serve.ssh import idle_goodbye

    assert idle_goodbye(60).strip() == "Closed after 1 minute without a key press."
    assert idle_goodbye(1800).strip() == "Closed after 30 minutes without a key press."

"""`briefing serve ssh`: each connection gets its own reader on a pty, and nothing else.

No shell, no commands, no SFTP, no forwarding: asyncssh refuses forwarding unless a server
object asks for it, and every session request that is not an interactive terminal is answered
with a message and closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

from model.files import user_dir
from model.reading import default_path as reading_path
from model.reading import keyed_path

from .helper import Helper
from .reader_pty import ENVIRONMENT, RESTORE, TERM_TYPE, Reader
from .ssh_login import LOGIN_GRACE, Connection, Gate, log

STOP_MESSAGE = "\r\nThe server is stopping."


def idle_goodbye(seconds: float) -> str:
    minutes = seconds / 60
    return f"\r\nClosed after {minutes:g} minute{'' if minutes == 1 else 's'} without a key press."


@dataclass
class Settings:
    host: str
    port: int
    authorized_keys: Path
    host_key: Path
    open: bool
    max_sessions: int
    idle_timeout: float  # seconds
    warm: bool
    reader_argv: list[str] = field(default_factory=list)


def state_dir() -> Path:
    return user_dir("XDG_STATE_HOME", ".local/state")


def host_key(path: Path) -> asyncssh.SSHKey:
    """The server's key: read, or generated once and kept readable by its owner only."""
    if path.exists():
        return asyncssh.read_private_key(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = asyncssh.generate_private_key("ssh-ed25519")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key.export_private_key())
    return key


def _say(stream: asyncssh.SSHWriter, text: str) -> None:
    stream.write(f"{text}\r\n".encode())


class Server:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.sessions = 0
        self.stopping = False
        self.readers: set[Reader] = set()
        self.gate = Gate()
        self.helper = Helper(settings.reader_argv, ENVIRONMENT,
                             lambda line: log("-", "none", line)) if settings.warm else None
        self.authorized: asyncssh.SSHAuthorizedKeys | None = None
        if not settings.open:
            self.authorized = asyncssh.read_authorized_keys(str(settings.authorized_keys))

    def connection_factory(self) -> asyncssh.SSHServer:
        return Connection(self)

    def _refusal(self, process: asyncssh.SSHServerProcess) -> tuple[str, str] | None:
        """Why this session request is not served: what the client is told, and the log."""
        if process.command is not None:  # subsystems such as SFTP asyncssh refuses itself
            return "This server only shows a briefing; it runs no commands.", "a command"
        term = process.get_terminal_type()
        if term is None:
            return ("This server shows a briefing on a terminal: connect with ssh -t.",
                    "no terminal")
        if not TERM_TYPE.fullmatch(term):
            return "This server does not know that terminal type.", "unusable TERM"
        if self.stopping:
            return "This server is stopping.", "stopping"
        if self.sessions >= self.settings.max_sessions:
            return (f"Sorry: {self.sessions} readers are open, which is as many as this server "
                    "allows. Please try again in a little while.", "too many sessions")
        return None

    async def session(self, process: asyncssh.SSHServerProcess) -> None:
        conn = process.channel.get_connection()
        record: Connection = conn.get_owner()  # type: ignore[assignment]
        refusal = self._refusal(process)
        if refusal is not None:
            message, reason = refusal
            _say(process.stderr, message)
            record.ended = f"refused: {reason}"
            process.exit(1)
            return
        self.sessions += 1
        record.active = True
        try:
            record.ended = await self._run_reader(process, record)
        except OSError as error:  # no pty or no process to be had: this client goes without
            _say(process.stderr, "The reader could not be started; please try again later.")
            record.ended = f"reader not started: {error.strerror or error}"
            process.exit(1)
        finally:
            self.sessions -= 1
            record.active = False
            if record.lost:  # the connection went first: its line is written here
                log(record.address, record.fingerprint, record.ended)

    async def _run_reader(self, process: asyncssh.SSHServerProcess, record: Connection) -> str:
        reader = await Reader.start(self.settings.reader_argv, process, self.helper,
                                    own_state(record.fingerprint))
        self.readers.add(reader)
        try:
            ended = await reader.run(self.settings.idle_timeout)
        finally:
            await reader.close()
            self.readers.discard(reader)
        if record.lost:
            return "client disconnected"
        if self.stopping:
            ended = "server stopped"
        status = reader.child.returncode
        if ended != "reader exited (0)":
            # the reader did not restore the client's terminal itself: it was hung up or killed
            goodbye = STOP_MESSAGE if self.stopping else ""
            if ended.startswith("idle"):
                goodbye = idle_goodbye(self.settings.idle_timeout)
            with contextlib.suppress(BrokenPipeError):
                process.stdout.write(f"{RESTORE}{goodbye}\r\n".encode())
        # whatever state the channel is in, this session is over: nothing here is worth a
        # traceback in the log
        with contextlib.suppress(Exception):
            process.exit(status if status and status > 0 else 0)
            # sent before the server may exit, and bounded for a client that reads nothing
            await asyncio.wait_for(process.wait_closed(), 2)
        return ended

    async def stop(self) -> None:
        """End every reader, and give their sessions a moment to tell their clients."""
        self.stopping = True
        await asyncio.gather(*(reader.end() for reader in list(self.readers)))
        deadline = time.monotonic() + 5
        while self.sessions and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        if self.helper is not None:
            await self.helper.close()


def own_state(fingerprint: str) -> list[str]:
    """A reader's options for the reading state of the key it logged in with: each key has its
    own new marks, pins and notes. Without a key (--open) a reader keeps none."""
    if not fingerprint.startswith("SHA256:"):
        return []
    folder = reading_path().parent / "readers"
    return ["--state", str(keyed_path(folder, fingerprint))]


async def serve(settings: Settings) -> int:
    key = host_key(settings.host_key)
    server = Server(settings)
    listener = await asyncssh.create_server(
        server.connection_factory, settings.host, settings.port,
        server_host_keys=[key], process_factory=server.session, encoding=None,
        line_editor=False, allow_scp=False, sftp_factory=None, agent_forwarding=False,
        x11_forwarding=False, login_timeout=LOGIN_GRACE, keepalive_interval=60)
    if server.helper is not None:
        server.helper.start()
    port = listener.sockets[0].getsockname()[1]
    print(f"briefing: serving over SSH on {settings.host}:{port}; "
          f"host key {key.get_fingerprint()} ({settings.host_key})", file=sys.stderr, flush=True)
    if settings.open:
        print("briefing: warning: --open lets anyone who can reach this port read the briefing "
              "without a key", file=sys.stderr, flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(server.gate.quiet_accept_errors)
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    listener.close()
    await server.stop()
    server.gate.write()
    print("briefing: stopped", file=sys.stderr, flush=True)
    return 0

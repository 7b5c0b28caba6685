"""`briefing serve ssh`: each connection gets its own reader on a pty, and nothing else.

No shell, no commands, no SFTP, no forwarding: asyncssh refuses forwarding unless a server
object asks for it, and every session request that is not an interactive terminal is answered
with a message and closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import signal
import struct
import sys
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

IDLE_MESSAGE = "\r\nClosed after {minutes:g} minutes without a key press."


@dataclass
class Settings:
    host: str
    port: int
    authorized_keys: Path
    host_key: Path
    open: bool
    max_sessions: int
    idle_timeout: float  # seconds
    reader_argv: list[str] = field(default_factory=list)


def log(address: str, fingerprint: str, ended: str) -> None:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    print(f"{stamp} {address} key={fingerprint} {ended}", file=sys.stderr, flush=True)


def state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "briefing"


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


def _take_terminal() -> None:
    # Runs in the child after setsid(): make the pty its controlling terminal, so a window
    # change on the pty reaches it as SIGWINCH.
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _say(stream: asyncssh.SSHWriter, text: str) -> None:
    stream.write(f"{text}\r\n".encode())


def _set_size(fd: int, columns: int, rows: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


class Server:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.sessions = 0
        self.children: set[asyncio.subprocess.Process] = set()
        self.authorized: asyncssh.SSHAuthorizedKeys | None = None
        if not settings.open:
            self.authorized = asyncssh.read_authorized_keys(str(settings.authorized_keys))

    def connection_factory(self) -> asyncssh.SSHServer:
        return _Connection(self)

    async def session(self, process: asyncssh.SSHServerProcess) -> None:
        conn = process.channel.get_connection()
        record: _Connection = conn.get_owner()  # type: ignore[assignment]
        if process.command is not None:  # subsystems such as SFTP asyncssh refuses itself
            _say(process.stderr, "This server only shows a briefing; it runs no commands.")
            record.ended = "refused: a command"
            process.exit(1)
            return
        if process.get_terminal_type() is None:
            _say(process.stderr, "This server shows a briefing on a terminal: connect with "
                                 "ssh -t.")
            record.ended = "refused: no terminal"
            process.exit(1)
            return
        if self.sessions >= self.settings.max_sessions:
            _say(process.stdout, f"Sorry: {self.sessions} readers are open, which is as many "
                                 "as this server allows. Please try again in a little while.")
            record.ended = "refused: too many sessions"
            process.exit(1)
            return
        self.sessions += 1
        record.active = True
        try:
            ended = await self._run_reader(process)
            record.ended = "client disconnected" if record.lost else ended
        finally:
            self.sessions -= 1
            record.active = False
            if record.lost:  # the connection went first: its line is written here
                log(record.address, record.fingerprint, record.ended)

    async def _run_reader(self, process: asyncssh.SSHServerProcess) -> str:
        columns, rows, _, _ = process.get_terminal_size()
        master, slave = os.openpty()
        _set_size(slave, columns or 80, rows or 24)
        env = {"TERM": process.get_terminal_type() or "xterm-256color", "LANG": "C.UTF-8",
               "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
               "HOME": os.environ.get("HOME", "/")}
        child = await asyncio.create_subprocess_exec(
            *self.settings.reader_argv, stdin=slave, stdout=slave, stderr=slave, env=env,
            start_new_session=True, preexec_fn=_take_terminal, close_fds=True)
        os.close(slave)
        self.children.add(child)
        loop = asyncio.get_running_loop()
        output_done = loop.create_future()

        def readable() -> None:
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if data:
                process.stdout.write(data)
            else:
                loop.remove_reader(master)
                if not output_done.done():
                    output_done.set_result(None)

        loop.add_reader(master, readable)
        pump = asyncio.ensure_future(self._pump_input(process, master))
        waiter = asyncio.ensure_future(child.wait())
        try:
            done, _ = await asyncio.wait({pump, waiter}, return_when=asyncio.FIRST_COMPLETED)
            if waiter in done:
                await asyncio.wait_for(output_done, 2)
                ended = f"reader exited ({waiter.result()})"
            else:
                ended = pump.result()
        except (TimeoutError, asyncio.CancelledError):
            ended = "stopped"
        finally:
            pump.cancel()
            loop.remove_reader(master)
            await self._end(child)
            os.close(master)
            self.children.discard(child)
        if ended.startswith("idle"):
            _say(process.stdout, IDLE_MESSAGE.format(minutes=self.settings.idle_timeout / 60))
        with contextlib.suppress(Exception):
            process.exit(child.returncode if child.returncode and child.returncode > 0 else 0)
        return ended

    async def _pump_input(self, process: asyncssh.SSHServerProcess, master: int) -> str:
        while True:
            try:
                data = await asyncio.wait_for(process.stdin.read(4096),
                                              self.settings.idle_timeout)
            except asyncssh.TerminalSizeChanged as change:
                _set_size(master, change.width, change.height)
                continue
            except TimeoutError:
                return f"idle for {self.settings.idle_timeout:g} s"
            except (asyncssh.BreakReceived, asyncssh.SignalReceived):
                continue
            except (asyncssh.DisconnectError, asyncssh.ConnectionLost, BrokenPipeError):
                return "client disconnected"
            if not data:
                return "client disconnected"
            os.write(master, data)

    @staticmethod
    async def _end(child: asyncio.subprocess.Process) -> None:
        """End a reader and its process group: hang up, then kill if it lingers."""
        for sig, grace in ((signal.SIGHUP, 2.0), (signal.SIGKILL, 5.0)):
            if child.returncode is not None:
                return
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, sig)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(child.wait(), grace)

    async def stop(self) -> None:
        await asyncio.gather(*(self._end(child) for child in list(self.children)))


class _Connection(asyncssh.SSHServer):
    def __init__(self, server: Server) -> None:
        self.server = server
        self.address = "?"
        self.fingerprint = "none"
        self.ended = "closed before a session"
        self.active = False
        self.lost = False

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        host, port = conn.get_extra_info("peername")[:2]
        self.address = f"{host}:{port}"

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if not self.active:
            log(self.address, self.fingerprint, self.ended)

    def begin_auth(self, username: str) -> bool:
        return not self.server.settings.open  # --open: no authentication at all

    def password_auth_supported(self) -> bool:
        return False

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        authorized = self.server.authorized
        host, _ = self.address.rsplit(":", 1)
        if authorized is not None and authorized.validate(key, host, host) is not None:
            self.fingerprint = key.get_fingerprint()
            return True
        self.fingerprint = f"refused {key.get_fingerprint()}"
        self.ended = "refused: key not authorized"
        return False


async def serve(settings: Settings) -> int:
    key = host_key(settings.host_key)
    server = Server(settings)
    listener = await asyncssh.create_server(
        server.connection_factory, settings.host, settings.port,
        server_host_keys=[key], process_factory=server.session, encoding=None,
        line_editor=False, allow_scp=False, sftp_factory=None, agent_forwarding=False,
        x11_forwarding=False, login_timeout=60, keepalive_interval=60)
    port = listener.sockets[0].getsockname()[1]
    print(f"briefing: serving over SSH on {settings.host}:{port}; "
          f"host key {key.get_fingerprint()} ({settings.host_key})", file=sys.stderr, flush=True)
    if settings.open:
        print("briefing: warning: --open lets anyone who can reach this port read the briefing "
              "without a key", file=sys.stderr, flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    listener.close()
    await server.stop()
    print("briefing: stopped", file=sys.stderr, flush=True)
    return 0

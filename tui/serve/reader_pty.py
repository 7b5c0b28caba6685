"""One reader on a server-side pseudo-terminal: started, sized, fed and ended for one SSH session.

What a client sends is bounded here: its window size is clamped, its `TERM` checked, its input
written only as fast as the reader takes it, and the reader's output read only as fast as the
client takes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import fcntl
import os
import re
import signal
import struct
import termios
from collections.abc import Callable
from typing import TYPE_CHECKING

import asyncssh

if TYPE_CHECKING:
    from .helper import Forked, Helper

# A reader lays out and draws its whole screen at every size it is given (65535x65535 took one
# to 3.9 GB): no real terminal is wider or taller than this, and a full frame stays small.
MAX_COLUMNS, MAX_ROWS = 500, 200
# Bytes waiting in the client's channel above which the pty is no longer read: the reader then
# blocks on its own writes, so a client that stops reading costs this buffer, not everything
# the reader draws meanwhile. Two full 500x200 frames fit, so a live client never waits on it.
HIGH_WATER = 256 * 1024
# What Textual turns on (alternate screen, every mouse mode, focus events, bracketed paste,
# in-band resizes, kitty keys, no line wrap, hidden cursor), turned off: written when the server
# ends a session, because a reader that is hung up or killed cannot restore the terminal itself.
RESTORE = ("\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?1016l\x1b[?1004l"
           "\x1b[?2004l\x1b[?2048l\x1b[<u\x1b[?7h\x1b[0m\x1b[?1049l\x1b[?25h")
# Terminal names as terminfo spells them; anything else (a NUL, an escape) is refused, as the
# reader's environment could not carry it or would hand it to the terminal.
TERM_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")

# A reader's environment besides its TERM: the server's own is not passed on.
ENVIRONMENT = {"LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
               "HOME": os.environ.get("HOME", "/")}
_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)  # looked up here: the child only calls it


def clamp(columns: int, rows: int) -> tuple[int, int]:
    """A window size the reader can draw: 0 (the client did not say) means 80x24."""
    return min(columns, MAX_COLUMNS) or 80, min(rows, MAX_ROWS) or 24


def _set_size(fd: int, columns: int, rows: int) -> None:
    columns, rows = clamp(columns, rows)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))


def die_with(parent: int) -> None:
    """In a child: be killed when `parent` goes, however it goes. Killed outright, a parent
    cannot hang its children up: the kernel kills them when the thread that started them (the
    event loop's, or the warm helper's only one) is gone."""
    _libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before prctl() took hold
        os._exit(1)


def _child_setup(server: int) -> Callable[[], None]:
    def setup() -> None:
        # After setsid(): the pty becomes the controlling terminal, so a window change on it
        # reaches the reader as SIGWINCH and a hang-up as SIGHUP.
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        # A server started under nohup passes SIGHUP on ignored, and a reader that ignores the
        # hang-up outlives its session.
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        die_with(server)

    return setup


class Reader:
    """A reader child on a pty of its own, between it and one SSH session."""

    def __init__(self, master: int, child: asyncio.subprocess.Process | Forked,
                 process: asyncssh.SSHServerProcess) -> None:
        self.master = master
        self.child = child
        self.process = process
        self.loop = asyncio.get_running_loop()
        self.output_done = self.loop.create_future()
        self.draining: asyncio.Future[None] | None = None

    @classmethod
    async def start(cls, argv: list[str], process: asyncssh.SSHServerProcess,
                    helper: Helper | None = None, extra: list[str] | None = None) -> Reader:
        """Open a pty sized as the client's window and start the reader on it: forked by the
        warm helper when it can, else spawned as `argv`, either way with this session's
        `extra` options. The pty is closed again if the reader cannot be started."""
        extra = extra or []
        master, slave = os.openpty()
        try:
            os.set_blocking(master, False)  # the event loop must never wait on the pty
            _set_size(slave, *process.get_terminal_size()[:2])
            env = {"TERM": process.get_terminal_type(), **ENVIRONMENT}
            child = await helper.fork([slave], env, extra) if helper is not None else None
            if child is None:
                child = await asyncio.create_subprocess_exec(
                    *argv, *extra, stdin=slave, stdout=slave, stderr=slave, env=env,
                    start_new_session=True, preexec_fn=_child_setup(os.getpid()),
                    close_fds=True)
        except BaseException:
            os.close(master)
            raise
        finally:
            os.close(slave)
        return cls(master, child, process)

    async def run(self, idle_timeout: float) -> str:
        """Carry keys and sizes to the reader and its output to the client until either ends;
        say how it ended."""
        self.loop.add_reader(self.master, self._readable)
        pump = asyncio.ensure_future(self._pump_input(idle_timeout))
        waiter = asyncio.ensure_future(self.child.wait())
        try:
            done, _ = await asyncio.wait({pump, waiter}, return_when=asyncio.FIRST_COMPLETED)
            if waiter in done:
                # its last frame, unless the client is too slow to take it
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(self.output_done), 2)
                return f"reader exited ({waiter.result()})"
            return pump.result()
        finally:
            pump.cancel()
            waiter.cancel()

    def _readable(self) -> None:
        try:
            data = os.read(self.master, 65536)
        except BlockingIOError:
            return
        except OSError:  # EIO: the reader closed its side
            data = b""
        if not data:
            self._stop_reading()
            return
        try:
            self.process.stdout.write(data)
        except BrokenPipeError:  # the channel is closed: nobody to draw for
            self._stop_reading()
            return
        if self.process.channel.get_write_buffer_size() > HIGH_WATER:
            self.loop.remove_reader(self.master)
            self.draining = asyncio.ensure_future(self._resume_when_drained())

    async def _resume_when_drained(self) -> None:
        try:
            await self.process.stdout.drain()
        except (BrokenPipeError, asyncssh.Error, OSError):
            self._stop_reading()
            return
        self.draining = None
        self.loop.add_reader(self.master, self._readable)

    def _stop_reading(self) -> None:
        self.loop.remove_reader(self.master)
        if not self.output_done.done():
            self.output_done.set_result(None)

    async def _pump_input(self, idle_timeout: float) -> str:
        # Idle means no input: a resize is not a key press, so a client that only resizes is
        # still closed on time.
        deadline = self.loop.time() + idle_timeout
        while True:
            try:
                data = await asyncio.wait_for(self.process.stdin.read(4096),
                                              deadline - self.loop.time())
            except asyncssh.TerminalSizeChanged as change:
                _set_size(self.master, change.width, change.height)
                continue
            except TimeoutError:
                return f"idle for {idle_timeout:g} s"
            except (asyncssh.BreakReceived, asyncssh.SignalReceived):
                continue
            except (asyncssh.DisconnectError, asyncssh.ConnectionLost, BrokenPipeError):
                return "client disconnected"
            if not data:
                return "client disconnected"
            deadline = self.loop.time() + idle_timeout
            await self._write_input(data)

    async def _write_input(self, data: bytes) -> None:
        # A reader that does not take its input holds up this session's pump (and so the
        # client, through the SSH window), never the server.
        while data:
            try:
                data = data[os.write(self.master, data):]
            except BlockingIOError:
                writable = self.loop.create_future()
                self.loop.add_writer(self.master, writable.set_result, None)
                try:
                    await writable
                finally:
                    self.loop.remove_writer(self.master)
            except OSError:  # EIO: the reader has gone, which its exit status will tell
                return

    async def end(self) -> None:
        """End the reader and its process group: hang up, then kill if it lingers."""
        for sig, grace in ((signal.SIGHUP, 2.0), (signal.SIGKILL, 5.0)):
            if self.child.returncode is not None:
                return
            with contextlib.suppress(ProcessLookupError):
                try:
                    os.killpg(self.child.pid, sig)
                except ProcessLookupError:  # forked a moment ago: not yet leading its group
                    os.kill(self.child.pid, sig)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.child.wait(), grace)

    async def close(self) -> None:
        """End the reader and close its pty."""
        self._stop_reading()
        if self.draining is not None:
            self.draining.cancel()
        try:
            await self.end()
        finally:
            os.close(self.master)

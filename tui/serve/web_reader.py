"""One page's reader process for `serve web`: bounded in size, and always killable.

textual-serve's AppService starts the reader through a shell, passes on whatever size a page
asks for, and on close sends the reader a "quit" and waits for it for ever: a reader that is busy
(drawing a 65535x65535 screen) or stopped never reads it and outlives its page. This subclass
keeps its protocol and changes only that: an argv without a shell, sizes clamped, a reader that
dies with the server (even on SIGKILL), and a stop that kills what does not quit in time.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import os
import shlex
import signal
from asyncio.subprocess import PIPE, Process
from types import SimpleNamespace
from typing import TYPE_CHECKING

from textual_serve.app_service import AppService

if TYPE_CHECKING:
    from .helper import Forked, Helper

MAX_WIDTH, MAX_HEIGHT = 500, 200  # far beyond any screen; a reader this size stays ~40 MB
QUIT_GRACE = 2.0  # seconds a reader has to quit before it is killed
_PR_SET_PDEATHSIG = 1
# Looked up here, in the server: the child, forked from a process with threads, should do no
# more than call it. Linux only; elsewhere a reader ends on its stdin's end, if it is reading.
_prctl = getattr(ctypes.CDLL(None, use_errno=True), "prctl", None)


def clamp(value: object, default: int, most: int) -> int:
    """A page's width or height as a cell count in 1..most; anything not a number is `default`."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return max(1, min(number, most))


def _die_with(parent: int) -> None:
    """In the child before exec: be killed when the server goes, however it goes."""
    if _prctl is not None:
        _prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the server died before prctl took effect
        os._exit(1)


def environment() -> dict[str, str]:
    """What textual-serve starts a reader with (its driver, colours, frame rate): the warm
    helper imports Textual in it, since Textual reads it at import."""
    return AppService._build_environment(SimpleNamespace(debug=False))  # type: ignore[arg-type]


class _Piped:
    """A reader forked by the warm helper on three pipes, as much of asyncio's Process as
    AppService and stop() use."""

    def __init__(self, child: Forked, stdin: asyncio.StreamWriter,
                 stdout: asyncio.StreamReader, stderr: asyncio.StreamReader) -> None:
        self.child, self.pid = child, child.pid
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr

    @property
    def returncode(self) -> int | None:
        return self.child.returncode

    async def wait(self) -> int:
        return await self.child.wait()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


async def _streams(stdin: int, stdout: int, stderr: int) -> tuple[asyncio.StreamWriter, ...]:
    loop = asyncio.get_running_loop()
    readers = []
    for fd in (stdout, stderr):
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda r=reader: asyncio.StreamReaderProtocol(r),
                                     open(fd, "rb", buffering=0))  # noqa: SIM115
        readers.append(reader)
    transport, protocol = await loop.connect_write_pipe(
        lambda: asyncio.StreamReaderProtocol(asyncio.StreamReader()),
        open(stdin, "wb", buffering=0))  # noqa: SIM115
    return (asyncio.StreamWriter(transport, protocol, None, loop), *readers)


class Reader(AppService):
    """A reader process behind one websocket: forked by the warm helper when there is one
    that can, else spawned as `argv`."""

    def __init__(self, argv: list[str], helper: Helper | None = None, **kwargs) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv
        self.helper = helper

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Process:
        width, height = clamp(width, 80, MAX_WIDTH), clamp(height, 24, MAX_HEIGHT)
        if self.helper is not None and (forked := await self._fork(width, height)):
            self._process, self._stdin = forked, forked.stdin
            return forked
        # Its own session, so a ctrl+c in the server's terminal reaches the server only, which
        # then stops every reader itself.
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv, stdin=PIPE, stdout=PIPE, stderr=PIPE,
            env=self._build_environment(width, height), close_fds=True,
            start_new_session=True, preexec_fn=functools.partial(_die_with, os.getpid()))
        self._stdin = process.stdin
        return process

    async def _fork(self, width: int, height: int) -> _Piped | None:
        pipes = [os.pipe() for _ in range(3)]
        # the reader reads its stdin and writes the other two; the server, the other ends
        theirs = [pipes[0][0], pipes[1][1], pipes[2][1]]
        ours = [pipes[0][1], pipes[1][0], pipes[2][0]]
        try:
            # The web driver reads the size from the environment when it starts.
            child = await self.helper.fork(theirs, {"COLUMNS": str(width), "ROWS": str(height)})
        finally:
            for fd in theirs:
                os.close(fd)
        if child is None:
            for fd in ours:
                os.close(fd)
            return None
        try:
            return _Piped(child, *await _streams(*ours))
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child.pid, signal.SIGKILL)
            raise

    async def set_terminal_size(self, width: object, height: object) -> None:
        await super().set_terminal_size(clamp(width, 80, MAX_WIDTH),
                                        clamp(height, 24, MAX_HEIGHT))

    async def stop(self) -> None:
        """Ask the reader to quit; kill it if it has not within QUIT_GRACE. Safe to repeat."""
        process, task, self._process = self._process, self._task, None
        if process is None:
            return
        self._task = None
        await self._download_manager.cancel_app_downloads(app_service_id=self.app_service_id)
        try:
            async with asyncio.timeout(QUIT_GRACE):
                # Not through self.send_meta: its drain would wait for ever on a reader that
                # stopped reading, and it swallows the error of one that is gone.
                process.stdin.write(self.encode_packet(b"M", b'{"type": "quit"}'))
                await process.stdin.drain()
                await process.wait()
        except (TimeoutError, OSError, RuntimeError):
            pass
        finally:
            if process.returncode is None:
                process.kill()
            process.stdin.close()
            await process.wait()
            if task is not None:
                task.cancel()
                # Whatever ended the task (a page gone mid-write) ends the session all the same.
                await asyncio.gather(task, return_exceptions=True)

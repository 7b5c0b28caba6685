"""The server's side of the warm helper (tui/serve/warm.py): started, asked for readers,
watched, and started again when it dies. The event loop never forks; when the helper is not
there to ask, `fork()` says so at once and the session's reader is spawned as before."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import signal
import socket
import sys
from collections import deque

from .reader_pty import die_with

READY_WITHIN = 60.0  # seconds for the helper to import the app and load the briefing
ANSWER_WITHIN = 10.0  # seconds for a fork's pid; the helper is then taken for hung
RESTART_AFTER = 5.0  # seconds between starts, so a helper that cannot start costs little
MAX_MESSAGE = 4096


class Forked:
    """A reader forked by the helper, as much of asyncio's Process as a session uses."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self.ended = asyncio.get_running_loop().create_future()

    def exited(self, status: int) -> None:
        if self.returncode is None:
            self.returncode = status
            self.ended.set_result(status)

    async def wait(self) -> int:
        return await asyncio.shield(self.ended)


def _kill_late(answer: asyncio.Future[dict]) -> None:
    pid = answer.result().get("pid")
    if pid is not None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


class Helper:
    def __init__(self, reader_argv: list[str]) -> None:
        self.argv = reader_argv  # [python, -m, tui, read, ...]: the helper takes read onwards
        self.process: asyncio.subprocess.Process | None = None
        self.control: socket.socket | None = None
        self.answers: deque[asyncio.Future[dict]] = deque()
        self.children: dict[int, Forked] = {}
        self.starting: asyncio.Task[None] | None = None
        self.listening: asyncio.Task[None] | None = None
        self.last_start = -RESTART_AFTER
        self.ready = False

    def start(self) -> None:
        """Start the helper in the background, unless it is up, starting, or started lately."""
        loop = asyncio.get_running_loop()
        if self.ready or self.starting is not None or \
                loop.time() - self.last_start < RESTART_AFTER:
            return
        self.last_start = loop.time()
        self.starting = asyncio.ensure_future(self._start())

    async def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            ours.setblocking(False)
            # The readers' environment, without TERM: what Textual reads at import is then
            # what a spawned reader reads; each child is given its session's own.
            env = {"LANG": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                   "HOME": os.environ.get("HOME", "/")}
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tui.warm_reader", str(theirs.fileno()), *self.argv[3:],
                stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
                pass_fds=[theirs.fileno()], env=env, start_new_session=True,
                preexec_fn=functools.partial(die_with, os.getpid()))
            theirs.close()
            self.control = ours
            loop = asyncio.get_running_loop()
            hello = await asyncio.wait_for(loop.sock_recv(ours, MAX_MESSAGE), READY_WITHIN)
            if not hello.startswith(b'{"ready"'):
                raise ConnectionError("the helper did not start")
            self.ready = True
            self.listening = asyncio.ensure_future(self._listen())
        except (OSError, TimeoutError, ConnectionError):
            await self._lost()
        finally:
            theirs.close()
            self.starting = None

    async def _listen(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while message := await loop.sock_recv(self.control, MAX_MESSAGE):
                news = json.loads(message)
                if "exited" in news:
                    child = self.children.pop(news["exited"], None)
                    if child is not None:
                        child.exited(news["status"])
                elif self.answers:
                    self.answers.popleft().set_result(news)
        except (OSError, ValueError):
            pass
        await self._lost()

    async def _lost(self) -> None:
        """The helper is gone or useless: end it, and its children with it."""
        self.ready = False
        if self.control is not None:
            self.control.close()  # the helper's end reads EOF and exits
            self.control = None
        while self.answers:
            self.answers.popleft().set_result({"refused": "the helper is gone"})
        process, self.process = self.process, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            await process.wait()
        # The kernel killed each child as its parent went (PR_SET_PDEATHSIG).
        for child in self.children.values():
            child.exited(-signal.SIGKILL)
        self.children.clear()

    async def fork(self, slave: int, env: dict[str, str]) -> Forked | None:
        """A reader on `slave`, forked by the helper; None if the helper cannot fork one now
        (it is then started again, and the caller spawns the reader)."""
        if not self.ready:
            self.start()
            return None
        answer = asyncio.get_running_loop().create_future()
        try:
            socket.send_fds(self.control, [json.dumps({"env": env}).encode()], [slave])
        except OSError:  # gone, or so far behind that its socket is full
            self.listening.cancel()
            await self._lost()
            self.start()
            return None
        self.answers.append(answer)
        try:
            reply = await asyncio.wait_for(asyncio.shield(answer), ANSWER_WITHIN)
        except TimeoutError:
            # Busy (loading a changed briefing that is large): this session's reader is
            # spawned on the same pty, so one forked later must not run.
            answer.add_done_callback(_kill_late)
            return None
        if "pid" not in reply:
            return None
        child = Forked(reply["pid"])
        self.children[child.pid] = child
        return child

    async def close(self) -> None:
        if self.starting is not None:
            self.starting.cancel()
            await asyncio.gather(self.starting, return_exceptions=True)
        if self.listening is not None:
            self.listening.cancel()
        await self._lost()

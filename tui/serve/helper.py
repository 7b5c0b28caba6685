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
from collections.abc import Callable

from .reader_pty import die_with

READY_WITHIN = 60.0  # seconds for the helper to import the app and load the briefing
ANSWER_WITHIN = 10.0  # seconds for a fork's pid; past them the session's reader is spawned
# Seconds between starts, doubled while the helper keeps failing (a briefing that no longer
# loads), so one that cannot start costs the server little.
RESTART_AFTER, RESTART_AFTER_MOST = 2.0, 60.0
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
    def __init__(self, reader_argv: list[str], env: dict[str, str],
                 log: Callable[[str], None]) -> None:
        self.argv = reader_argv  # [python, -m, tui, read, ...]: the helper takes read onwards
        # The helper's environment: what Textual reads at import is read there, once, for
        # every child, so it must be what a spawned reader would have at its start.
        self.env = env
        self.log = log  # a line in the server's log
        self.process: asyncio.subprocess.Process | None = None
        self.control: socket.socket | None = None
        self.answers: deque[asyncio.Future[dict]] = deque()
        self.children: dict[int, Forked] = {}
        self.starting: asyncio.Task[None] | None = None
        self.listening: asyncio.Task[None] | None = None
        self.last_start = -RESTART_AFTER
        self.pause = RESTART_AFTER
        self.restart: asyncio.TimerHandle | None = None
        self.ready = False
        self.closed = False

    def start(self) -> None:
        """Start the helper in the background, unless it is up or on its way; one that went
        lately is started again when its pause is over."""
        if self.closed or self.ready or self.starting is not None or self.restart is not None:
            return
        loop = asyncio.get_running_loop()
        wait = self.last_start + self.pause - loop.time()
        if wait > 0:
            self.restart = loop.call_later(wait, self._restart)
            return
        self.last_start = loop.time()
        self.starting = asyncio.ensure_future(self._start())

    def _restart(self) -> None:
        self.restart = None
        self.start()

    async def _start(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.control = ours  # closed by _lost() if the helper does not start
        try:
            ours.setblocking(False)
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tui.warm_reader", str(theirs.fileno()), *self.argv[3:],
                stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
                pass_fds=[theirs.fileno()], env=self.env, start_new_session=True,
                preexec_fn=functools.partial(die_with, os.getpid()))
            theirs.close()
            loop = asyncio.get_running_loop()
            hello = await asyncio.wait_for(loop.sock_recv(ours, MAX_MESSAGE), READY_WITHIN)
            if not hello.startswith(b'{"ready"'):
                raise ConnectionError("the helper did not start")
            self.ready = True
            self.pause = RESTART_AFTER
            self.listening = asyncio.ensure_future(self._listen())
            self.log(f"warm helper ready (pid {self.process.pid})")
        except (OSError, TimeoutError, ConnectionError) as error:
            self.pause = min(self.pause * 2, RESTART_AFTER_MOST)
            self.starting = None  # so that _lost() can schedule the next start
            await self._lost(f"not started ({type(error).__name__})")
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
        await self._lost("gone")

    async def _lost(self, why: str | None = None) -> None:
        """The helper is gone or useless: end it, and its children with it."""
        if why is not None:
            self.log(f"warm helper {why}: readers are spawned until it is back")
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
        if why is not None:
            self.start()

    async def fork(self, fds: list[int], env: dict[str, str], args: list[str] | None = None
                   ) -> Forked | None:
        """A reader on `fds` (a pty's slave end, or pipes for its fds 0-2) with `env` added to
        the helper's environment and `args` to its argv, forked by the helper; None if the
        helper cannot fork one now (it is then started again, and the caller spawns the
        reader)."""
        if not self.ready:
            self.start()  # for the sessions after this one
            return None
        answer = asyncio.get_running_loop().create_future()
        try:
            request = {"env": env, "args": args or []}
            socket.send_fds(self.control, [json.dumps(request).encode()], fds)
        except OSError:  # gone, or so far behind that its socket is full
            self.listening.cancel()
            await self._lost("not answering")
            return None
        self.answers.append(answer)
        try:
            reply = await asyncio.wait_for(asyncio.shield(answer), ANSWER_WITHIN)
        except BaseException as error:
            # Busy (loading a changed briefing that is large), or this session is over: its
            # reader is spawned on the same pty or not at all, so one forked later must not run.
            answer.add_done_callback(_kill_late)
            if isinstance(error, TimeoutError):
                return None
            raise
        if "pid" not in reply:
            return None
        child = Forked(reply["pid"])
        self.children[child.pid] = child
        return child

    async def close(self) -> None:
        self.closed = True
        if self.restart is not None:
            self.restart.cancel()
        if self.starting is not None:
            self.starting.cancel()
            await asyncio.gather(self.starting, return_exceptions=True)
        if self.listening is not None:
            self.listening.cancel()
        await self._lost()

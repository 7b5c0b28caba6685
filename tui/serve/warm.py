"""The warm parent of served readers, run by `python -m tui.warm_reader FD READ-ARGV...`.

Started by `serve` with one end of a socket pair on FD. It has imported the app and loaded the
briefing once, freezes them (gc.freeze(), so the collector never writes to the pages its
children share), then forks a reader for each pty the server sends, as multiprocessing's
forkserver does. A fork costs a few milliseconds; a new interpreter that imports Textual and
reads the briefing costs a quarter of a second of CPU and 38 MB of its own memory.

On the socket (SOCK_SEQPACKET, one JSON message a packet), the server sends
`{"env": {...}}` (what the child's environment adds to the helper's) with a pty's slave end
attached, or three pipe ends for fds 0-2; the helper answers every request in order,
`{"pid": N}` or `{"refused": WHY}`, and later `{"exited": N, "status": S}` for each child
(S as asyncio's returncode: the exit code, or minus the signal). At most STARTING_AT_ONCE
children are starting at a time: a request waits until one of them has drawn its first screen
(closed its DRAWN_FD), has died, or has had STARTING_WITHIN seconds.

First screens come first: a reader that has drawn waits (on its GO_FD) while other readers
are starting or waiting to start, for at most HOLD_WITHIN, before it goes on with what follows
its first screen (its footer's keys, the search index, its reading state, about 40% of its
start's CPU). Otherwise, in a crowd, every reader's first screen also waited for the settling
of all those before it.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import os
import select
import selectors
import signal
import socket
import sys
import termios
import time
import traceback
from collections import deque
from collections.abc import Callable

from .reader_pty import die_with

MAX_MESSAGE = 4096  # a request is an environment of a few short variables
MAX_ARGS = 4  # a request adds a session's own options to the readers' argv: its state file
DRAWN_FD = 3  # in a child, closed once its first screen is out
GO_FD = 4  # in a child, at EOF once no other reader is starting: it then goes on
# Seconds a drawn reader waits at most for the others' first screens, and so the longest a key
# typed in a crowd's first seconds may wait. 32 readers at once draw in about 2 s on 2 cores:
# held for 1 s, the first were let go into the crowd's tail (p95 2.4 to 2.7 s, against 1.8
# to 2.0 s held for 2 s).
HOLD_WITHIN = 2.0
# Started all at once, 32 readers on 2 cores shared them until the last had drawn, so each
# first screen waited for nearly all 32 (median 2.0 s). Started a few at a time, each waits
# for those before it (median 1.2 s). One more than the cores: a start also waits on its
# terminal and the server (2, 3 and 4 on 2 cores: medians of 1.4, 1.2 and 1.4 s).
STARTING_AT_ONCE = (os.cpu_count() or 1) + 1
STARTING_WITHIN = 1.0  # seconds; a reader not drawn by then stops holding back the next
MAX_WAITING = 1024  # requests held while readers start; the server holds far fewer sessions


def _receive(control: socket.socket) -> tuple[dict | None, list[int]]:
    """A request and its pty or pipes, or (None, []) when the server has gone. Whatever else
    came with it is closed: a malformed request is refused, never trusted."""
    message, fds, flags, _ = socket.recv_fds(control, MAX_MESSAGE, 4)
    if not message:
        for fd in fds:
            os.close(fd)
        return None, []
    try:
        request = json.loads(message)
        env = request["env"]
        if not (isinstance(env, dict) and all(isinstance(k, str) and isinstance(v, str)
                                              for k, v in env.items())):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        request = {}
    if len(fds) not in (1, 3) or not request or flags & socket.MSG_CTRUNC:
        for fd in fds:
            os.close(fd)
        return {}, []
    return request, fds


def _become_reader(fds: list[int], env: dict[str, str], helper: int, drawn: int,
                   go: int) -> None:
    """In the child: the session's pty as controlling terminal and fds 0-2 (or its pipes as
    fds 0-2), DRAWN_FD and GO_FD, the session's environment, and nothing of the helper's left
    open or set."""
    os.setsid()
    if len(fds) == 1:
        fcntl.ioctl(fds[0], termios.TIOCSCTTY, 0)
        fds = fds * 3
    # Each moved clear of 0-4 first, so that none is written over before it is placed.
    sources = [fcntl.fcntl(fd, fcntl.F_DUPFD, GO_FD + 1) for fd in (*fds, drawn, go)]
    for fd, source in enumerate(sources):
        os.dup2(source, fd)
    os.closerange(GO_FD + 1, os.sysconf("SC_OPEN_MAX"))
    signal.set_wakeup_fd(-1)
    for sig in (signal.SIGCHLD, signal.SIGHUP, signal.SIGTERM):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    die_with(helper)
    # What the helper shares is frozen out of the collector; what the reader builds before its
    # first frame (its App, stylesheet, widgets) is young and mostly lives on: at Python's 700
    # allocations a forked reader collected about 40 times before settling (12 to 22 ms of its
    # CPU), at 10,000 twice (4 to 6 ms), with the same memory once settled.
    gc.set_threshold(10_000, 10, 10)
    os.environ.update(env)
    # As an interpreter started on a terminal opens them (text, UTF-8, line-buffered), for as
    # long as the process lives.
    for fd, name, mode, errors in ((0, "stdin", "r", "strict"), (1, "stdout", "w", "strict"),
                                   (2, "stderr", "w", "backslashreplace")):
        stream = open(fd, mode, buffering=1, encoding="utf-8", errors=errors,  # noqa: SIM115
                      closefd=False)
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)


def _drawn() -> None:
    """In the child, once its first screen is out: the helper may start the next reader, and
    this one waits while others start. Its first screen is written meanwhile (Textual's writer
    thread), and keys typed are read and handled once it goes on."""
    with contextlib.suppress(OSError):
        os.close(DRAWN_FD)
    with contextlib.suppress(OSError):
        select.select([GO_FD], [], [], HOLD_WITHIN)
        os.close(GO_FD)


def _fork(run: Callable[[list[str], Callable[[], None]], int], argv: list[str],
          fds: list[int], env: dict[str, str], drawn: int, go: int) -> int:
    helper = os.getpid()
    pid = os.fork()
    if pid:
        return pid
    try:
        _become_reader(fds, env, helper, drawn, go)
    except BaseException:  # noqa: BLE001
        # Not a reader yet, and its stderr still the server's log: a fork that came too late
        # finds its pty taken by the reader spawned meanwhile (TIOCSCTTY fails), and is
        # killed at once; it leaves quietly, not half a traceback in the log.
        os._exit(1)
    code = 1
    try:
        code = run(argv, _drawn)
    except SystemExit as done:  # argparse, or the app, leaving the usual way
        code = done.code if isinstance(done.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


class Helper:
    """The helper's loop. `warm()` returns what the readers share, brought up to date (the
    same object while nothing changed; None if it cannot be had now); `run(argv)` is a
    reader's main, run in each child."""

    def __init__(self, control: socket.socket, argv: list[str], warm: Callable[[], object | None],
                 run: Callable[[list[str], Callable[[], None]], int]) -> None:
        self.control = control
        self.argv = argv
        self.warm = warm
        self.run_reader = run
        self.shared: object | None = None
        self.children: set[int] = set()
        # Requests not yet answered, in the order they came: answers go back in that order.
        self.waiting: deque[tuple[dict, list[int]]] = deque()
        # The read end of each starting child's DRAWN_FD (at EOF once it has drawn, or died),
        # and until when it holds back the next.
        self.starting: dict[int, float] = {}
        self.selector = selectors.DefaultSelector()
        # The write end of each starting child's GO_FD, by its DRAWN_FD's read end; once drawn,
        # with when its hold is over: closed then, or sooner if no reader is starting, so that
        # readers that keep starting cannot pile them up.
        self.go: dict[int, int] = {}
        self.held: deque[tuple[float, int]] = deque()

    def prepare(self) -> bool:
        """warm(); when what it gives is new, the old is collected and the new frozen, so the
        collector never writes to the pages the children share."""
        shared = self.warm()
        if shared is None:
            return False
        if shared is not self.shared:
            self.shared = shared
            gc.unfreeze()
            gc.collect()
            gc.freeze()
        return True

    def send(self, message: dict) -> None:
        self.control.send(json.dumps(message).encode())

    def serve_one(self, request: dict, fds: list[int]) -> None:
        pipes: list[int] = []
        try:
            if not self.prepare():
                self.send({"refused": "the briefing does not load"})
                return
            extra = [str(arg) for arg in request.get("args", [])[:MAX_ARGS]]  # the server's own
            pipes += os.pipe()
            pipes += os.pipe()
            drawn, drawn_w, go, go_w = pipes
            pid = _fork(self.run_reader, [*self.argv, *extra], fds, request["env"], drawn_w, go)
        except OSError as error:
            for fd in pipes:
                os.close(fd)
            self.send({"refused": error.strerror or str(error)})
            return
        finally:
            for fd in fds:
                os.close(fd)
        os.close(drawn_w)
        os.close(go)
        self.go[drawn] = go_w
        self.children.add(pid)
        self.starting[drawn] = time.monotonic() + STARTING_WITHIN
        self.selector.register(drawn, selectors.EVENT_READ)
        self.send({"pid": pid})

    def started(self, drawn: int) -> None:
        self.selector.unregister(drawn)
        os.close(drawn)
        del self.starting[drawn]
        self.held.append((time.monotonic() + HOLD_WITHIN, self.go.pop(drawn)))

    def start_waiting(self) -> None:
        """Answer the waiting requests, in order, while fewer readers than cores start."""
        now = time.monotonic()
        for drawn in [fd for fd, until in self.starting.items() if until <= now]:
            self.started(drawn)
        while self.waiting and (not self.waiting[0][1] or
                                len(self.starting) < STARTING_AT_ONCE):
            request, fds = self.waiting.popleft()
            if fds:
                self.serve_one(request, fds)
            else:
                self.send({"refused": "malformed request"})
        everyone = not self.waiting and not self.starting
        while self.held and (everyone or self.held[0][0] <= now):
            os.close(self.held.popleft()[1])
        # No more is read from the server while this many wait: its sends back up.
        listening = len(self.waiting) < MAX_WAITING
        if listening != (self.control in self.selector.get_map()):
            if listening:
                self.selector.register(self.control, selectors.EVENT_READ)
            else:
                self.selector.unregister(self.control)

    def reap(self) -> None:
        while self.children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if not pid:
                return
            self.children.discard(pid)
            self.send({"exited": pid, "status": os.waitstatus_to_exitcode(status)})

    def run(self) -> None:
        wake_r, wake_w = os.pipe()
        os.set_blocking(wake_r, False)
        os.set_blocking(wake_w, False)
        # A handler, not SIG_DFL: only a handled signal is written to the wakeup fd.
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.set_wakeup_fd(wake_w, warn_on_full_buffer=False)
        selector = self.selector
        selector.register(self.control, selectors.EVENT_READ)
        selector.register(wake_r, selectors.EVENT_READ)
        self.send({"ready": os.getpid()})
        while True:
            deadlines = [*self.starting.values(), *([self.held[0][0]] if self.held else [])]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            for key, _ in selector.select(timeout):
                if key.fileobj == wake_r:
                    with contextlib.suppress(BlockingIOError):
                        os.read(wake_r, 4096)
                    self.reap()
                elif key.fileobj in self.starting:
                    self.started(key.fileobj)
                else:
                    request, fds = _receive(self.control)
                    if request is None:
                        return  # the server has gone: the children go with this process
                    self.waiting.append((request, fds))
            self.start_waiting()


def serve(argv: list[str], warm: Callable[[], object | None],
          run: Callable[[list[str], Callable[[], None]], int]) -> int:
    """The helper's life: `argv` is FD (its end of the socket) and the readers' argv."""
    helper = Helper(socket.socket(fileno=int(argv[0])), argv[1:], warm, run)
    if not helper.prepare():
        print("briefing: the warm helper could not load the briefing", file=sys.stderr)
        return 1
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        helper.run()
    return 0

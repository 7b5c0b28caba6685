"""The reader's performance against its floor, measured in the same run.

    python tests/perf/bench.py            # a table
    python tests/perf/bench.py --json     # {"figures": [...], "budgets": [...]}

Each figure is a median of several runs, beside a baseline measured in this run: a bare
Textual app for the first screen and memory, a bare CSafeLoader `yaml.load` for loading, and
readers spawned as new processes for `serve ssh`'s forked ones (tests/perf/serve.py).
The reader keeps what it loaded in a cache (model/cache.py), in a folder of this run's: the
budgets for opening a briefing are measured on a repeat open, after one untimed open has
filled the cache, and the first open of the same file is reported beside them.
Not part of the test run: it takes a few minutes and its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import fcntl
import gc
import json
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import pyte  # noqa: E402
import yaml  # noqa: E402

from model import default_briefing_path, load_briefing  # noqa: E402
from model.search import SearchIndex  # noqa: E402
from tests.perf import serve  # noqa: E402
from tests.perf.generate import generate  # noqa: E402

BRIEFING = [sys.executable, "-m", "tui", "read"]
BARE = [sys.executable, str(HERE / "bare_app.py")]
DOWN = b"\x1b[B"


class Session:
    """A program on a fresh pty at 80x24: when its first full frame lands, what it writes."""

    def __init__(self, argv: list[str], marker: str, cols: int = 80, rows: int = 24,
                 extra: dict[str, str] | None = None) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        # As a user's shell would have it: no colour or theme forced, and bytecode cached
        # (this machine sets PYTHONDONTWRITEBYTECODE, which would compile the reader anew
        # on every start but not the installed Textual it is compared with)
        drop = ("NO_COLOR", "TEXTUAL_THEME", "PYTHONDONTWRITEBYTECODE")
        env = {k: v for k, v in os.environ.items() if k not in drop}
        env |= {"TERM": "xterm-256color", **(extra or {})}
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.execve(argv[0], argv, env)
        self.written = 0
        self.first_frame = self._until(lambda: marker in "\n".join(self.screen.display), 120)

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        self.written += len(data)
        self.stream.feed(data)
        return bool(data)

    def _until(self, done, seconds: float) -> float:
        end = time.perf_counter() + seconds
        while not done():
            if time.perf_counter() > end:
                raise TimeoutError(f"no frame; the screen was:\n{self.screen.display}")
            self._read(0.5)
        return time.perf_counter() - self.started

    def quiet(self, gap: float = 0.5) -> None:
        """Read until nothing arrives for `gap` seconds."""
        while self._read(gap):
            pass

    def bytes_for(self, keys: bytes) -> int:
        self.quiet()
        before = self.written
        os.write(self.fd, keys)
        self.quiet()
        return self.written - before

    def close(self) -> int:
        """End the program; its peak resident memory in bytes."""
        os.kill(self.pid, signal.SIGTERM)
        _, _, usage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return usage.ru_maxrss * 1024


def median(values: list[float]) -> float:
    return statistics.median(values)


Program = tuple[list[str], str, dict[str, str]]  # argv, text on its first frame, environment
COLD = {"BRIEFING_NO_CACHE": "1"}


class Opened(NamedTuple):
    seconds: float  # to the first frame
    frame: int  # bytes up to the first frame
    settled: int  # bytes until the screen is quiet, the first frame and whatever follows it
    down: int  # bytes for one down
    pane: int  # bytes for a change of pane
    rss: int  # peak resident memory, bytes


def first_screens(argv: list[str], marker: str, extra: dict[str, str] | None = None) -> Opened:
    session = Session(argv, marker, extra=extra)
    frame_bytes = session.written
    session.quiet()
    settled = session.written
    down_bytes = session.bytes_for(DOWN)
    pane_bytes = session.bytes_for(b"2")
    return Opened(session.first_frame, frame_bytes, settled, down_bytes, pane_bytes,
                  session.close())


def paired(runs: int, *programs: Program) -> list[Opened]:
    """Medians for each program, their runs taken in turn so that noise falls on all alike."""
    results: list[list[Opened]] = [[] for _ in programs]
    for _ in range(runs):
        for found, (argv, marker, extra) in zip(results, programs, strict=True):
            found.append(first_screens(argv, marker, extra))
    return [Opened(*(median(column) for column in zip(*found, strict=True))) for found in results]


def load_times(path: Path, runs: int) -> tuple[float, float]:
    bare, full = [], []
    for _ in range(runs):
        start = time.perf_counter()
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        load_briefing(path)
        full.append(time.perf_counter() - start)
    return median(bare), median(full)


def search_times(path: Path) -> dict[int, list[float]]:
    """Seconds to recompute the hits for each keystroke of three queries (1, 3, 8 chars)."""
    briefing = load_briefing(path)
    gc.freeze()  # as `briefing read` does with what it loaded
    index = SearchIndex(briefing)
    index.build()  # as the reader does once its first frame is out
    times: dict[int, list[float]] = {}
    for query in ("p", "par", "party 12"):
        for _ in range(20):
            start = time.perf_counter()
            index.items(query)
            index.source_spans(query)
            times.setdefault(len(query), []).append(time.perf_counter() - start)
    gc.unfreeze()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


async def keystrokes(app, keys: str) -> tuple[list[float], list[int]]:
    """Seconds from each key press in Pilot to the last frame it caused, and how many frames
    each key caused (one is the least: the typed character and its hits together).

    Pilot's own press-and-wait costs about 90 ms a key even in a bare app, so the frame is
    timed where it is written: the app's `_display`, which each screen update goes through.
    """
    frames: list[float] = []
    display = app._display

    def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        result = display(*args, **kwargs)
        frames.append(time.perf_counter())
        return result

    app._display = timed
    times, counts = [], []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        for key in keys:
            start = time.perf_counter()
            await pilot.press("space" if key == " " else key)
            await pilot.pause()
            if frames and frames[-1] > start:
                times.append(frames[-1] - start)
            counts.append(sum(1 for frame in frames if frame > start))
    return times, counts


def bare_input_app():  # noqa: ANN201
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Footer, Header, Input

    class BareInput(App):
        BINDINGS = [Binding("slash", "focus('search')", id="search")]

        def compose(self):  # noqa: ANN202
            yield Header()
            yield Input(id="search")
            yield Footer()

    return BareInput()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON, not a table")
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (7)")
    args = parser.parse_args()
    figures: list[dict] = []
    budgets: list[dict] = []

    def figure(name: str, value: float, unit: str, baseline: float | None = None) -> None:
        figures.append({"name": name, "value": round(value, 4), "unit": unit,
                        **({"baseline": round(baseline, 4)} if baseline is not None else {})})
        if not args.json:
            base = f"   (baseline {baseline:,.3f})" if baseline is not None else ""
            print(f"{name:<52} {value:>12,.3f} {unit}{base}", flush=True)

    def budget(name: str, value: float, limit: float) -> None:
        budgets.append({"name": name, "value": round(value, 4), "budget": limit,
                        "met": value <= limit})

    # The reader's own cache, in a folder of this run's: the first open of a briefing fills
    # it, and every later open of the same bytes reads it back (see model/cache.py).
    os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")
    atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], True)
    os.environ.pop("BRIEFING_NO_CACHE", None)
    shipped = [*BRIEFING, str(default_briefing_path())]
    first_screens(shipped, "4 Questions")
    bare, ours, cold = paired(
        args.runs, (BARE, "Quit", {}), (shipped, "4 Questions", {}), (shipped, "4 Questions", COLD))
    ours_t = ours.seconds
    figure("first screen: bare Textual app", bare.seconds, "s")
    figure("first screen: briefing (shipped)", ours_t, "s", bare.seconds)
    figure("first screen: briefing (shipped), first open", cold.seconds, "s", bare.seconds)
    budget("first screen / bare app", ours_t / bare.seconds, 1.5)
    figure("bytes: first frame, bare app", bare.frame, "B")
    figure("bytes: first frame, briefing", ours.frame, "B")
    figure("bytes: until the screen settles, bare app", bare.settled, "B")
    figure("bytes: until the screen settles, briefing", ours.settled, "B", bare.settled)
    figure("bytes: one down in Parties", ours.down, "B")
    budget("bytes per down", ours.down, 1500)
    figure("bytes: a change of pane (2)", ours.pane, "B")
    budget("bytes per change of pane", ours.pane, 6000)
    mib = 2**20
    figure("peak RSS: bare app", bare.rss / mib, "MiB")
    figure("peak RSS: briefing (shipped)", ours.rss / mib, "MiB", bare.rss / mib)
    figure("peak RSS: briefing (shipped), first open", cold.rss / mib, "MiB", bare.rss / mib)
    budget("peak RSS / bare app", ours.rss / bare.rss, 1.3)

    with tempfile.TemporaryDirectory() as folder:
        paths = {n: generate(Path(folder), n) for n in (100, 1_000, 10_000, 100_000)}
        for n in (100, 1_000, 10_000, 100_000):
            bare, full = load_times(paths[n], args.runs if n <= 10_000 else 1)
            figure(f"load {n:,} items: load_briefing", full, "s", bare)
            if n == 10_000:
                budget("load 10,000 / yaml.load", full / bare, 2.5)
        for n in (10_000, 100_000):
            times = search_times(paths[n])
            for length, values in times.items():
                figure(f"search {n:,} items, {length} chars: p95", p95(values) * 1000, "ms")
            if n == 10_000:
                budget("search p95 at 10,000 (ms)", max(p95(v) for v in times.values()) * 1000,
                       16)
        from tui.app import BriefingApp

        query = "party 1234"
        floor = median(asyncio.run(keystrokes(bare_input_app(), query))[0])
        times, counts = asyncio.run(keystrokes(BriefingApp(load_briefing(paths[10_000])), query))
        key = median(times)
        figure("key to frame: bare app with an Input (Pilot)", floor * 1000, "ms")
        figure("search 10,000 items: key to frame (Pilot)", key * 1000, "ms", floor * 1000)
        budget("search key to frame at 10,000 (ms)", key * 1000, 50)
        budget("frames per search key, most", max(counts), 1)
        big = [*BRIEFING, str(paths[100_000])]
        first = first_screens(big, "4 Questions")
        runs = [first_screens(big, "4 Questions") for _ in range(3)]
        big_t, big_rss = median(r.seconds for r in runs), max(r.rss for r in runs)
        figure("first screen: 100,000 items", big_t, "s", ours_t)
        figure("first screen: 100,000 items, first open", first.seconds, "s", ours_t)
        budget("first screen 100,000 minus shipped (s)", big_t - ours_t, 2.0)
        figure("peak RSS: 100,000 items", big_rss / mib, "MiB")
        figure("peak RSS: 100,000 items, first open", first.rss / mib, "MiB")
        budget("peak RSS at 100,000 (MB)", max(big_rss, first.rss) / 1e6, 400)

    found = serve.measure()
    for name, value, unit, spawned in found:
        figure(f"{name} (baseline: spawned)", value, unit, spawned)
    for name, value, limit in serve.budgets(found):
        budget(name, value, limit)

    if args.json:
        print(json.dumps({"figures": figures, "budgets": budgets}, indent=2))
    else:
        print()
        for b in budgets:
            print(f"{'met ' if b['met'] else 'MISSED'} {b['name']:<44} {b['value']:>10,.3f}"
                  f"  (budget {b['budget']:,})")
    return 0 if all(b["met"] for b in budgets) else 1


if __name__ == "__main__":
    sys.exit(main())

"""`python -m tui.warm_reader FD READ-ARGV...`: serve's warm helper (tui/serve/warm.py), with
what every reader needs imported, loaded and run once before it forks them."""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
from collections.abc import Callable
from pathlib import Path

from model import Briefing

from .cli import limits_of, main, parse
from .commands.load import keep
from .commands.read import NOT_KEPT, configured
from .config import Config
from .serve.warm import serve


def _rehearse(briefing: Briefing) -> None:
    """A reader run once, headless, until it has settled, before any is forked: what Textual
    imports on first use and the caches it fills (CSS rules, styles, colours) are then in the
    pages every child shares, not built again in each (a third of a first screen's CPU).
    Left as soon as it had drawn, the rehearsal had not shown the footer's keys, tooltips or
    notifications, and every reader parsed their CSS again. Only 80x24: rehearsing the wide
    and folded layouts too made each reader 2 MiB larger (likely as it allocates into the
    space those rehearsals freed, whose pages are then copied), and a wide reader no faster."""

    async def run() -> None:
        app = configured(briefing, Config(), served=True)
        app.state_reason = NOT_KEPT  # and the notification a reader with no state shows
        # with the tooltip and notification widgets a reader on a terminal mounts
        async with app.run_test(size=(80, 24), tooltips=True, notifications=True) as pilot:
            for _ in range(3):  # mounted, focused, its footer composed after that
                await pilot.pause()

    asyncio.run(run())


def _share_state_setup() -> None:
    """What a reader with a reading state sets up first, done here once: SQLite's own start
    (it writes its globals on the first connection: 320 KiB of each reader's private memory)
    and the module of the thread the state is compared in."""
    import concurrent.futures.thread  # noqa: F401
    import sqlite3

    sqlite3.connect(":memory:").close()


def _warmer(argv: list[str]):
    args = parse(argv)
    path, limits = args.file, limits_of(args)  # a served reader is given its source root
    rehearsed = False

    def warm() -> Briefing | Path | None:
        nonlocal rehearsed
        library = path is not None and path.is_dir()
        # The problems of a briefing that does not load are printed by the reader, on its
        # terminal, when it is spawned instead.
        with contextlib.redirect_stderr(io.StringIO()):
            briefing = keep(None if library else path, limits)
        if briefing is not None and not rehearsed:
            _rehearse(briefing)  # a library's readers draw briefings too: the shipped one
            _share_state_setup()
            rehearsed = True
        # each reader of a library lists the folder itself, as it is when the session opens
        return path if library and briefing is not None else briefing

    return warm


def _reader(argv: list[str], drawn: Callable[[], None]) -> int:
    from .app import BriefingApp

    BriefingApp.drawn = staticmethod(drawn)
    return main(argv)


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[1:], _warmer(sys.argv[2:]), _reader))

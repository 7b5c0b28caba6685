"""`python -m tui.warm_reader FD READ-ARGV...`: serve's warm helper (tui/serve/warm.py), with
what every reader needs imported and loaded before it forks them."""

from __future__ import annotations

import contextlib
import io
import sys

import tui.app  # noqa: F401  imported once here, shared by every reader forked
from model import Briefing

from .cli import limits_of, main, parse
from .commands.load import keep
from .serve.warm import serve


def _warmer(argv: list[str]):
    args = parse(argv)
    path, limits = args.file, limits_of(args)  # a served reader is given its source root

    def warm() -> Briefing | None:
        # The problems of a briefing that does not load are printed by the reader, on its
        # terminal, when it is spawned instead.
        with contextlib.redirect_stderr(io.StringIO()):
            return keep(path, limits)

    return warm


if __name__ == "__main__":
    raise SystemExit(serve(sys.argv[1:], _warmer(sys.argv[2:]), main))

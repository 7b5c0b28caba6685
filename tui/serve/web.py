"""`briefing serve web`: the reader in a browser, one reader process per page, by textual-serve."""

from __future__ import annotations

import shlex
import sys


def serve_web(reader_argv: list[str], host: str, port: int) -> int:
    from textual_serve.server import Server

    server = Server(shlex.join(reader_argv), host=host, port=port, title="briefing")
    print(f"briefing: serving in a browser at http://{host}:{port}/", file=sys.stderr, flush=True)
    server.serve()
    return 0

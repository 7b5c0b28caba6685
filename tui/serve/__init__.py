"""`briefing serve`: the reader over SSH or in a browser, one reader process per client."""

from __future__ import annotations

import argparse
import sys
import warnings

# cryptography 51 deprecates DSA, and asyncssh 2.24 names its DSA types as it is imported:
# six lines on every server start, about keys this server never offers, before the line that
# gives its address.
warnings.filterwarnings("ignore", message="DSA is deprecated", module="asyncssh")


def serve(args: argparse.Namespace, reader: list[str]) -> int:
    """Hand each client its own reader, started as `reader` (an argv)."""
    if args.how == "web":
        from .web import serve_web

        return serve_web(reader, args.host, args.port, args.public_url, args.max_sessions,
                         not args.no_warm)
    import asyncio

    from .ssh import Settings, state_dir
    from .ssh import serve as serve_ssh

    try:
        settings = Settings(
            args.host, args.port, args.authorized_keys,
            args.host_key or state_dir() / "ssh_host_ed25519_key", args.open,
            args.max_sessions, args.idle_timeout * 60.0, not args.no_warm, reader)
        return asyncio.run(serve_ssh(settings))
    except (OSError, ValueError) as error:  # asyncssh key errors are ValueErrors
        print(f"briefing: error: {error}", file=sys.stderr)
        return 1

"""Who gets in over SSH: authorized keys only, a login grace time, and a cap on connections still
logging in, so a flood of idle connections can neither hold the door nor fill the log."""

from __future__ import annotations

import asyncio
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

import asyncssh

if TYPE_CHECKING:
    from .ssh import Server

# Long enough to type a key's passphrase; a connection that has not logged in by then is closed.
LOGIN_GRACE = 30.0
# Connections still logging in. A login takes a few round trips, so a real user is rarely one
# of more than a handful; the cap keeps a flood from using up the server's descriptors (1,100
# idle connections at 1,024 descriptors locked everyone out for a minute), and leaves room
# under the usual 1,024 for the sessions' sockets and ptys.
MAX_UNAUTHENTICATED = 64
# Connections that end without offering a key are counted and written as one line per burst.
BURST_SECONDS = 10.0


def log(address: str, fingerprint: str, ended: str) -> None:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    print(f"{stamp} {address} key={fingerprint} {ended}", file=sys.stderr, flush=True)


class Gate:
    """The connections still logging in. When the cap is reached the oldest is dropped, not the
    newest: a flood's connections sit idle, a real login finishes in well under a second, so a
    login gets through unless a flood opens more than the cap in that time."""

    def __init__(self) -> None:
        self.waiting: dict[Connection, None] = {}  # oldest first
        self.counts: Counter[str] = Counter()
        self.flush: asyncio.TimerHandle | None = None

    def admit(self, connection: Connection) -> None:
        if len(self.waiting) >= MAX_UNAUTHENTICATED:
            oldest = next(iter(self.waiting))
            del self.waiting[oldest]  # now: its connection_lost() comes a loop turn later
            oldest.ended = f"dropped over the cap of {MAX_UNAUTHENTICATED} logging in"
            oldest.conn.abort()
        self.waiting[connection] = None

    def leave(self, connection: Connection) -> None:
        self.waiting.pop(connection, None)

    def count(self, how: str) -> None:
        self.counts[how] += 1
        if self.flush is None:
            self.flush = asyncio.get_running_loop().call_later(BURST_SECONDS, self.write)

    def quiet_accept_errors(self, loop: asyncio.AbstractEventLoop, context: dict) -> None:
        """The event loop's error handler. Out of descriptors, asyncio logs a traceback per
        refused accept (900,000 lines in a flood); those are counted into the burst's line."""
        if context.get("message") == "socket.accept() out of system resource":
            self.count("refused while out of descriptors")
        else:
            loop.default_exception_handler(context)

    def write(self) -> None:
        """The line for the burst so far, if there is one."""
        if self.flush is not None:
            self.flush.cancel()
            self.flush = None
        if not self.counts:
            return
        total = sum(self.counts.values())
        detail = ", ".join(f"{n} {how}" for how, n in self.counts.most_common())
        self.counts.clear()
        log("-", "none", f"{total} connections ended without offering a key in "
                         f"{BURST_SECONDS:g} s: {detail}")


class Connection(asyncssh.SSHServer):
    """One client connection: how it logs in, and the line the log keeps of it."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.conn: asyncssh.SSHServerConnection
        self.address = "?"
        self.fingerprint = "none"
        self.ended = "closed before a session"
        self.active = False
        self.lost = False
        self.logged_in = False
        self.opened = 0.0

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        host, port = conn.get_extra_info("peername")[:2]
        self.address = f"{host}:{port}"
        self.conn = conn
        self.opened = time.monotonic()
        self.server.gate.admit(self)

    def auth_completed(self) -> None:
        self.logged_in = True
        self.server.gate.leave(self)
        log(self.address, self.fingerprint, "logged in")  # who is reading now, not only after

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.server.gate.leave(self)
        if self.logged_in or self.fingerprint != "none":
            if not self.active:  # else the session writes the line when it has ended
                log(self.address, self.fingerprint, self.ended)
        elif self.ended.startswith("dropped"):
            self.server.gate.count(self.ended)
        elif time.monotonic() - self.opened >= LOGIN_GRACE:
            self.server.gate.count(f"given no login within {LOGIN_GRACE:g} s")
        else:
            self.server.gate.count("closed before logging in")

    # Forwarding of any kind is refused (asyncssh's default too), said to the client as such
    # rather than as a closed port, and kept as how the connection ended.
    def connection_requested(self, *_: object) -> bool:
        self.ended = "refused: forwarding"
        raise asyncssh.ChannelOpenError(asyncssh.OPEN_ADMINISTRATIVELY_PROHIBITED,
                                        "this server forwards nothing")

    def server_requested(self, *_: object) -> bool:
        self.ended = "refused: forwarding"
        return False

    unix_connection_requested = connection_requested
    unix_server_requested = server_requested

    def begin_auth(self, username: str) -> bool:
        return not self.server.settings.open  # --open: no authentication at all

    def password_auth_supported(self) -> bool:
        return False

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        authorized = self.server.authorized
        host, _ = self.address.rsplit(":", 1)
        if authorized is not None and authorized.validate(key, host, host) is not None:
            self.fingerprint = key.get_fingerprint()
            return True
        self.fingerprint = f"refused {key.get_fingerprint()}"
        self.ended = "refused: key not authorized"
        return False

"""`briefing serve web`: the reader in a browser, one reader process per page, by textual-serve.

textual-serve's Server answers any Host (so DNS rebinding reaches it), lets any site's page open
its websocket, starts a reader per page without limit, lists its static folder and announces
the port it was asked for rather than the one it got. Its public API has no hook for any of it,
so this is the smallest subclass: the same page, statics and wire protocol, with the checks in
front of the websocket and readers that can always be stopped (`web_reader.Reader`).
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import shlex
import socket
import sys
import time
from typing import Any
from urllib.parse import urlsplit

import aiohttp_jinja2
import jinja2
from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.server import Server

from .helper import Helper
from .web_reader import Reader, clamp, environment

OUTSIDE_FONT = re.compile(r"<link[^>]*fonts\.googleapis\.com[^>]*>\s*")

HEARTBEAT = 10.0  # seconds between pings; a page that misses a pong for half that is closed
FULL_MESSAGE = "\r\nbriefing: the server is full ({n} readers at once); try again later.\r\n"
_HOST = re.compile(r"(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?")
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def log(address: str | None, ended: str) -> None:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    print(f"{stamp} {address or '-'} {ended}", file=sys.stderr, flush=True)


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _origin(url: str) -> str:
    """scheme://host[:port] of a URL, as a browser writes it in an Origin header."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _public_url_ok(url: str) -> bool:
    parts = urlsplit(url)
    try:
        port_ok = parts.port != 0
    except ValueError:  # not a port number
        return False
    return (parts.scheme in ("http", "https") and bool(parts.hostname) and port_ok
            and "@" not in parts.netloc and not parts.query and not parts.fragment)


class WebServer(Server):
    def __init__(self, reader_argv: list[str], sock: socket.socket, public_url: str | None,
                 max_sessions: int, warm: bool = True) -> None:
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        super().__init__(shlex.join(reader_argv), host=shown, port=port, title="briefing",
                         public_url=public_url.rstrip("/") if public_url else None)
        self.reader_argv, self.max_sessions = reader_argv, max_sessions
        self.helper = Helper(reader_argv, environment(),
                             lambda line: log(None, line)) if warm else None
        self.given_public_url = self.public_url if public_url else None
        self.sessions: set[web.WebSocketResponse] = set()
        self.stopping = False
        wildcard = host in ("0.0.0.0", "::")
        loopback = _is_ip(host) and ipaddress.ip_address(host).is_loopback
        self.names = {host} | (_LOOPBACK_NAMES if loopback or wildcard else set())
        self.any_ip = wildcard

    def host_allowed(self, header: str) -> bool:
        """The Host a browser sent names this server: DNS rebinding sends the attacker's name.

        A literal IP is safe to accept on a wildcard bind: a page can only carry its own origin.
        """
        header = header.lower()
        if self.given_public_url and header == urlsplit(self.given_public_url).netloc.lower():
            return True
        if not _HOST.fullmatch(header):
            return False
        parts = urlsplit("//" + header)
        try:
            port = parts.port
        except ValueError:
            return False
        if port != self.port and not (port is None and self.port == 80):
            return False
        name = parts.hostname or ""
        return name in self.names or (self.any_ip and _is_ip(name))

    def origin_allowed(self, request: web.Request) -> bool:
        """Only the page this server served may open a reader (its Host is checked already)."""
        origin = request.headers.get("Origin", "").lower()
        allowed = {f"http://{request.headers.get('Host', '')}".lower()}
        if self.given_public_url:
            allowed.add(_origin(self.given_public_url))
        return origin in allowed

    @web.middleware
    async def check_host(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not self.host_allowed(request.headers.get("Host", "")):
            log(request.remote, f"refused: Host {request.headers.get('Host')!r}")
            return web.Response(status=421, text="briefing: this server does not answer to "
                                "that host name; see --public-url\n")
        response = await handler(request)
        if not response.prepared:  # a websocket has sent its headers already
            response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
        return response

    async def _make_app(self) -> web.Application:
        # textual-serve's routes less /download (the reader delivers no files) and without the
        # static folder's index.
        app = web.Application(middlewares=[self.check_host])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes([web.get("/", self.handle_index, name="index"),
                        web.get("/ws", self.handle_websocket, name="websocket"),
                        web.static("/static", self.statics_path, name="static")])
        app.on_shutdown.append(self.on_shutdown)
        if self.helper is not None:
            app.on_startup.append(self.start_helper)
            app.on_cleanup.append(self.close_helper)
        return app

    async def start_helper(self, app: web.Application) -> None:
        self.helper.start()

    async def close_helper(self, app: web.Application) -> None:
        await self.helper.close()

    async def handle_index(self, request: web.Request) -> web.Response:
        # The page's own address, not the bound one, so that http://localhost:PORT/ opens a
        # websocket to the origin it came from.
        base = self.given_public_url or f"http://{request.headers['Host']}"
        scheme, rest = base.split(":", 1)
        context = {"font_size": clamp(request.query.get("fontsize", "16"), 16, 64),
                   "app_websocket_url": ("wss:" if scheme == "https" else "ws:") + rest + "/ws",
                   "config": {"static": {"url": base + "/static/"}},
                   "application": {"name": self.title}}
        page = aiohttp_jinja2.render_string("app_index.html", request, context)
        # textual-serve's page loads its font from Google: a reader on a closed network, or one
        # whose readers must not be seen by a third party, asks nothing of anyone else.
        return web.Response(text=OUTSIDE_FONT.sub("", page), content_type="text/html")

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        if not self.origin_allowed(request):
            log(request.remote, f"refused: Origin {request.headers.get('Origin')!r}")
            return web.Response(status=403, text="briefing: only this server's own page may "
                                "open a reader\n")
        websocket = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=64 * 1024)
        await websocket.prepare(request)
        if len(self.sessions) >= self.max_sessions:
            log(request.remote, f"refused: full ({self.max_sessions} sessions)")
            with contextlib.suppress(ConnectionError):  # a page already gone needs no answer
                await websocket.send_bytes(FULL_MESSAGE.format(n=self.max_sessions).encode())
                await websocket.close(code=WSCloseCode.TRY_AGAIN_LATER, message=b"server full")
            return websocket
        self.sessions.add(websocket)
        reader = Reader(self.reader_argv, self.helper, write_bytes=websocket.send_bytes,
                        write_str=websocket.send_str, close=websocket.close,
                        download_manager=self.download_manager)
        ended, pid = "page closed", None
        try:
            # Reader clamps the size the page asks for, here and on every resize.
            await reader.start(request.query.get("width"), request.query.get("height"))
            pid = reader.pid
            log(request.remote, f"reader {pid} started")
            ended = await self._process_messages(websocket, reader)
        except OSError as error:
            ended = f"error: {error}"
        finally:
            self.sessions.discard(websocket)
            await reader.stop()
            await websocket.close()
            log(request.remote, f"reader {pid} stopped: {ended}")
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse,
                                app_service: Reader) -> str:
        """The page's messages to its reader, until the page goes; how it went."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, *data = message.json()
            except (ValueError, TypeError):
                return "refused: a message that is not a JSON list"
            if kind == "stdin" and data and isinstance(data[0], str):
                await app_service.send_bytes(data[0].encode("utf-8", "replace"))
            elif kind == "resize" and data and isinstance(data[0], dict):
                await app_service.set_terminal_size(data[0].get("width"), data[0].get("height"))
            elif kind == "ping" and data:
                await websocket.send_json(["pong", data[0]])
            elif kind in ("blur", "focus"):
                await app_service.send_meta({"type": kind})
        if self.stopping:
            return "server stopped"
        if isinstance(websocket.exception(), TimeoutError):  # a heartbeat without its pong
            return "page stopped answering"
        if websocket.close_code == WSCloseCode.ABNORMAL_CLOSURE:
            return "page went away without closing"
        return "page closed"

    async def on_shutdown(self, app: web.Application) -> None:
        # aiohttp waits for open websockets at shutdown: close them, and their readers go too.
        self.stopping = True
        for websocket in list(self.sessions):
            with contextlib.suppress(Exception):
                await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")


def serve_web(reader_argv: list[str], host: str, port: int, public_url: str | None = None,
              max_sessions: int = 32, warm: bool = True) -> int:
    if public_url is not None and not _public_url_ok(public_url):
        print(f"briefing: error: --public-url {public_url!r} is not an "
              "http(s)://HOST[:PORT][/PATH] address", file=sys.stderr)
        return 2
    # Bound here, before the page is built, so that --port 0 announces and serves the real port.
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.create_server((host, port), family=family)
    except (OSError, OverflowError) as error:
        print(f"briefing: error: cannot listen on {host}:{port}: {error}", file=sys.stderr)
        return 1
    with sock:
        server = WebServer(reader_argv, sock, public_url, max_sessions, warm)
        behind = f"; public URL {server.given_public_url}/" if server.given_public_url else ""
        print(f"briefing: serving in a browser at http://{server.host}:{server.port}/ (at most "
              f"{max_sessions} readers{behind})", file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            web.run_app(server._make_app(), sock=sock, print=None, shutdown_timeout=5)
    print("briefing: stopped", file=sys.stderr, flush=True)
    return 0

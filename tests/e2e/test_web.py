"""`briefing serve web`: end to end over HTTP and the page's websocket, on loopback."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import time

from tests.support.paths import REPO, free_port


def test_the_web_reader_serves_the_page_and_a_session(tmp_path):
    import aiohttp

    port = free_port()
    web = subprocess.Popen([sys.executable, "-m", "tui", "serve", "web", "--port", str(port)],
                           cwd=REPO, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)

    async def visit() -> tuple[int, str, bytes]:
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/") as page:
                        status, html = page.status, await page.text()
                        break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            received = b""
            async with session.ws_connect(f"ws://127.0.0.1:{port}/ws?width=80&height=24",
                                          headers={"Origin": f"http://127.0.0.1:{port}"}) as ws:
                end = time.monotonic() + 30
                while b"Questions" not in received and time.monotonic() < end:
                    message = await ws.receive(timeout=30)
                    if message.type == aiohttp.WSMsgType.BINARY:
                        received += message.data
                    elif message.type != aiohttp.WSMsgType.TEXT:
                        break
            return status, html, received

    try:
        status, html, received = asyncio.run(visit())
    finally:
        web.send_signal(signal.SIGINT)
        web.wait(15)
    assert status == 200
    assert "<html" in html.lower() and "briefing" in html
    assert b"Parties" in received and b"Questions" in received

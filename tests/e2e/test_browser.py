"""`briefing serve web` in a real headless browser: the origin and host checks let in the page
they protect. Debian's `chromium` and `chromium-driver` (`.ci/run` installs them)."""

from __future__ import annotations

import re
import shutil
import time

import pytest

from tests.support.web import served

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM and DRIVER),
                       reason="needs Debian's chromium and chromium-driver (apt-get install -y "
                              "chromium chromium-driver; .ci/run does)"),
]

# xterm.js draws on a canvas, so the page's text is not in the DOM: record what the reader sends
# instead, by wrapping WebSocket before the page's own script runs.
RECORD = """
window.__screen = "";
const Native = window.WebSocket;
window.WebSocket = function (url, protocols) {
  const socket = new Native(url, protocols);
  socket.addEventListener("message", (event) => {
    if (typeof event.data !== "string") {
      window.__screen += new TextDecoder().decode(new Uint8Array(event.data));
    }
  });
  return socket;
};
"""
ESCAPES = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def test_the_served_page_draws_the_reader_and_searches(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,800"):
        options.add_argument(flag)
    with served(tmp_path) as server:
        browser = webdriver.Chrome(options=options, service=Service(DRIVER))
        try:
            browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD})
            started = time.monotonic()
            browser.get(f"{server.origin}/")

            def wait_for(text: str) -> float:
                end = time.monotonic() + 30
                while time.monotonic() < end:
                    if text in ESCAPES.sub("", browser.execute_script("return window.__screen")):
                        return time.monotonic() - started
                    time.sleep(0.1)
                raise AssertionError(f"{text!r} not drawn in the browser; log: {server.log}")

            first_frame = wait_for("4 Questions")
            keys = browser.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
            keys.send_keys("/MI")  # as in test_terminal: the search line opens, then takes keys
            wait_for("/MI")
            keys.send_keys("H")
            wait_for("3 hits")
            print(f"first frame in the browser after {first_frame:.2f} s")
        finally:
            browser.quit()
    assert "refused" not in server.log

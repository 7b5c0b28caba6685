"""End to end: `briefing read DIR` in a real terminal, and `serve ssh DIR` over OpenSSH."""

from __future__ import annotations

import pytest

from tests.support.library import library_copy
from tests.support.paths import BRIEFING
from tests.support.ssh import SSH, SSHServer


@pytest.fixture
def folder(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    return library_copy(shelf)


def test_read_a_folder_lists_it_opens_a_story_and_comes_back(folder, terminal):
    term = terminal([str(BRIEFING), "read", "--no-mouse", str(folder)])
    screen = term.wait_for("Northfield Health")
    assert "Stories (7)" in screen and "✗ broken.yaml:5:5: error:" in screen
    term.type("j\r")  # the harbour story
    term.wait_for("1 Parties (")
    assert "Harbour Freight Lines" in term.text
    term.type("\x1b")
    term.wait_for("Stories (7)")
    term.type("/dunmore")
    term.wait_for("Stories (1 of 7)")
    term.type("\r")  # back to the list, filtered
    term.wait_for("Open")
    term.type("q")
    assert term.exited() == 0


@pytest.mark.skipif(SSH is None, reason="needs the OpenSSH client")
def test_serve_ssh_a_folder_gives_each_reader_the_library(folder, tmp_path, terminal):
    server = SSHServer(tmp_path, str(folder))
    try:
        term = terminal(server.ssh())
        screen = term.wait_for("Northfield Health")
        assert "Stories (7)" in screen
        term.type("\r")  # the newest story
        term.wait_for("1 Parties (")
        term.type("q")
        assert term.exited() == 0
    finally:
        server.stop()

"""`e` opens the user's editor at the current item, where a reader may start programs."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import load_briefing
from tests.support.paths import copied
from tests.support.reader import notifications, reader_app
from tui.app import BriefingApp
from tui.reader.editor import editor_command

FILE = Path("/notes/draft.yaml")


@pytest.mark.parametrize(("environ", "command"), [
    ({}, ["vi", "+12", str(FILE)]),
    ({"EDITOR": "nano"}, ["nano", "+12", str(FILE)]),
    ({"EDITOR": "nano", "VISUAL": "/usr/bin/nvim"}, ["/usr/bin/nvim", "+12", str(FILE)]),
    ({"EDITOR": "emacs -nw"}, ["emacs", "-nw", "+12", str(FILE)]),
    ({"VISUAL": "  ", "EDITOR": "hx"}, ["hx", "+12", str(FILE)]),
    ({"EDITOR": "kak"}, ["kak", "+12", str(FILE)]),
    ({"EDITOR": "micro"}, ["micro", "+12", str(FILE)]),
    ({"EDITOR": "code"}, ["code", "--wait", "--goto", f"{FILE}:12"]),
    ({"EDITOR": "code -w"}, ["code", "-w", "--goto", f"{FILE}:12"]),
    ({"EDITOR": "'/opt/My Editor/ed'"}, ["/opt/My Editor/ed", str(FILE)]),
    ({"EDITOR": "gedit"}, ["gedit", str(FILE)]),
    ({"EDITOR": "vim 'unbalanced"}, ["vim 'unbalanced", str(FILE)]),
])
def test_the_editor_is_opened_at_the_line(environ, command):
    assert editor_command(FILE, 12, environ) == command


async def test_the_shipped_briefing_is_not_edited_and_the_reader_says_why():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("e")  # again: said once, not stacked
        await pilot.pause()
        said = [message for message in notifications(app) if "ships with the reader" in message]
        assert len(said) == 1
        briefing = app.briefing
        assert f"cp {briefing.path} {briefing.source_path} ~/" in said[0]


async def test_a_served_reader_offers_no_editor(tmp_path):
    copied(tmp_path)
    briefing = load_briefing(tmp_path / "harbour.yaml")
    for served, expected in ((False, 1), (True, 0)):
        app = BriefingApp(briefing, served=served)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("e")  # run headless: a reader that tries says it cannot
            await pilot.pause()
            assert len(notifications(app)) == expected, notifications(app)


async def test_an_editor_that_is_not_there_is_named_and_the_reader_goes_on(tmp_path,
                                                                         monkeypatch):
    copied(tmp_path)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    app = BriefingApp(load_briefing(tmp_path / "harbour.yaml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert any("no-such-editor is not a program here" in m for m in notifications(app))
        await pilot.press("j")
        assert app.reader.current_list.current_id == "inspectors"

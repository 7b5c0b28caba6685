"""Briefing text is shown, copied and printed literally: no markup is parsed, no link or action
is made of it, and no control character, escape sequence or bidi override gets through."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
import yaml

from model import load_briefing
from tests.support.paths import HOSTILE, cli
from tests.support.reader import reader_app, screen_lines

PAYLOAD = ("[@click=app.screenshot('victim.svg','{dir}')]CLICKME[/] "
           "[link='https://evil.example']LINK[/link] [/] [bold]B "
           "\x1b]8;;http://x\x07H\x1b]8;;\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J\x1bP+q544e\x1b\\ "
           "\x9b31m \x85 \u202eRTL\u202c \u2028")
PASTE = "said\x1b[201~ echo PASTE-INJECTED; touch pwned"
# what must never reach a terminal or a clipboard: C0 but tab and newline, DEL, C1, bidi
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                    "\u2066-\u2069]")


def hostile(folder) -> object:
    """A briefing whose every text field carries markup, escapes and bidi controls."""
    payload = PAYLOAD.format(dir=folder)
    rumour = f"Rumour {payload} spread"
    source = f"Acme said it will close the mill. {rumour}. Bob {PASTE} now.\n"
    (folder / "src.txt").write_text(source, encoding="utf-8")

    def fact(quote: str, cues: list[str]) -> dict:
        return {"text": payload, "certainty": "reported", "cues": cues,
                "evidence": [{"quote": quote, "note": payload}]}

    data = {
        "format": "briefing/1", "id": "hostile", "title": payload, "bluf": payload,
        "source": {"path": "src.txt", "kind": payload, "title": payload,
                   "sha256": hashlib.sha256(source.encode()).hexdigest()},
        "parties": [{"id": "acme", "name": payload, "kind": "company", "role": payload,
                     "stance": "against",
                     "facts": [fact(rumour, [payload]), fact(f"Bob {PASTE}", [PASTE])]}],
        "plant": {"id": "mill", "name": payload, "location": payload, "owner": "acme",
                  "workforce": payload, "status": payload,
                  "facts": [fact("Acme said it will close the mill", ["said"])]},
        "concerns": [{"id": "jobs", "title": payload, "held_by": ["acme"], "about": ["mill"],
                      "detail": payload, "certainty": "reported", "cues": [payload],
                      "evidence": [{"quote": rumour, "note": payload}]}],
        "questions": [{"id": "close", "question": payload, "why": payload, "status": "open",
                       "related": ["acme", "mill", "jobs"], "watch_for": [payload],
                       "evidence": [{"quote": rumour}]}],
    }
    path = folder / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def assert_literal(app) -> None:
    """What is on screen has no escape, no control, no link and no action made of the text."""
    strips = app.screen._compositor.render_strips()
    for strip in strips:
        for segment in strip:
            assert not UNSAFE.search(segment.text), repr(segment.text)
            style = segment.style
            if style is not None:
                assert not style.link, style.link
                assert not any("click" in str(value) for value in (style.meta or {}).values())


async def test_every_screen_shows_the_text_literally(tmp_path):
    app = reader_app(load_briefing(hostile(tmp_path)))
    async with app.run_test(size=(160, 50)) as pilot:
        for keys in (("1",), ("2",), ("3",), ("4",), ("1", "enter"), ("2", "j"), ("s",),
                     ("3", "enter"), ("4", "enter")):
            await pilot.press(*keys)
            await pilot.pause()
            assert_literal(app)
        text = "\n".join(screen_lines(app))
        assert "[@click=app.screenshot(" in text and "[/]" in text  # shown as typed
        await pilot.press("escape", "1", "r")  # the related list and its title
        await pilot.pause()
        assert "Related to [@click=" in "\n".join(screen_lines(app))
        assert_literal(app)
        await pilot.press("escape", "ctrl+p")  # the palette: discovery, then a search
        await pilot.pause()
        assert_literal(app)
        await pilot.press(*"CLICK")
        await pilot.pause(0.5)
        assert "CLICKME[/]" in "\n".join(screen_lines(app))
        assert_literal(app)
        await pilot.click(offset=(20, 5))  # wherever a link would be, nothing is written
        await pilot.press("escape")
        assert app.is_running
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.yaml", "src.txt"]


async def test_a_copy_carries_no_control_character(tmp_path):
    app = reader_app(load_briefing(hostile(tmp_path)))
    async with app.run_test(size=(100, 30)) as pilot:
        for pane in ("1", "2", "3", "4"):
            await pilot.press(pane, "y")
            copied = app.clipboard
            assert copied and not UNSAFE.search(copied), repr(copied)
            assert "\x1b[201~" not in copied and "\n echo" not in copied
            await pilot.press("j", "y")
            assert not UNSAFE.search(app.clipboard)


def test_show_prints_no_control_character_and_json_keeps_the_data(tmp_path):
    path = hostile(tmp_path)
    for form in ("text", "markdown", "json"):
        done = cli("show", "--format", form, path)
        assert done.returncode == 0, done.stderr
        assert not UNSAFE.search(done.stdout), form
    data = json.loads(cli("show", "--format", "json", path).stdout)
    assert data["title"] == PAYLOAD.format(dir=tmp_path)  # escaped for the terminal, not lost


async def test_a_served_reader_offers_no_screenshot_and_takes_none(tmp_path, monkeypatch):
    from tui.app import BriefingApp

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    app = BriefingApp(load_briefing(hostile(tmp_path)), served=True)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Quit" in titles
        app.action_screenshot("victim.svg", str(tmp_path))
        await pilot.pause()
    assert not any(tmp_path.rglob("*.svg"))
    local = BriefingApp(load_briefing(hostile(tmp_path)))
    async with local.run_test(size=(100, 30)):
        assert "Screenshot" in [c.title for c in local.get_system_commands(local.screen)]



def test_a_draft_printed_carries_no_control_character_and_keeps_the_quotes(tmp_path,
                                                                            monkeypatch):
    monkeypatch.chdir(tmp_path)  # printed, the draft's source path is relative to here
    seed = tmp_path / "evil.txt"
    seed.write_text("Acme said the mill will close\x9b31m today. "
                    "Mayor Jo \u202eKrap\u202c opposes it.\n", encoding="utf-8")
    printed = cli("draft", seed)
    assert printed.returncode == 0 and not UNSAFE.search(printed.stdout)
    (tmp_path / "evil.yaml").write_text(printed.stdout, encoding="utf-8")
    loaded = load_briefing(tmp_path / "evil.yaml")  # every quote still found verbatim
    assert any("\u202e" in ev.quote for item in loaded.items for ev in item.evidence)


@pytest.mark.parametrize("name", ["markup-in-text.yaml", "control-characters.yaml",
                                  "wide-text.yaml"])
def test_hostile_text_is_shown_literally(snap_compare, name):
    """Each hostile briefing of tests/hostile/, opened: drawn as typed, nothing acted on."""
    async def opened(pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        assert_literal(pilot.app)

    app = reader_app(load_briefing(HOSTILE / name))
    assert snap_compare(app, terminal_size=(120, 30), run_before=opened)

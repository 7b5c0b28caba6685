"""Following a story: what is new since it was last read, pins and notes, kept in the reading
state across runs of the reader."""

from __future__ import annotations

import json

import pytest
from textual.command import CommandList

from model import load_briefing
from model.reading import ReadingState
from tests.support.paths import cli, copied
from tests.support.reader import notifications, screen_lines
from tui.app import BriefingApp
from tui.screens.changes import ago


@pytest.fixture
def story(tmp_path):
    return copied(tmp_path)


def edit(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def opened(path, db) -> BriefingApp:
    app = BriefingApp(load_briefing(path))
    app.state = ReadingState.open(db)
    return app


async def settled(pilot, check) -> None:
    for _ in range(100):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError("\n".join(screen_lines(pilot.app)))


def status(app) -> str:
    return str(app.reader.query_one("#bluf").border_subtitle)


async def read_once(path, db, keys=(), size=(120, 40)) -> str:
    """Open the story, press `keys`, quit; what the status line said."""
    app = opened(path, db)
    async with app.run_test(size=size) as pilot:
        await settled(pilot, lambda: app.reader.keys)
        await pilot.press(*keys)
        await pilot.pause()
        said = status(app)
    app.state.close()
    return said


async def test_what_changed_since_the_last_read_is_marked_and_listed(story, tmp_path):
    db = tmp_path / "reading.db"
    assert "new" not in await read_once(story, db)  # a first read: nothing to compare with
    edit(story, "name: Yard inspectors", "name: Port inspectors")
    edit(story, "  question: Will the regional government review the plan?",
         "  question: Will the regional government block the plan?")
    with story.open("a") as out:
        out.write("- id: timing\n  question: When will the yard close?\n  why: Jobs.\n"
                  "  status: open\n  related: [kestrel-yard]\n")
    app = opened(story, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot, lambda: "new" in status(app))
        assert "1 new, 2 changed" in status(app)
        shown = "\n".join(screen_lines(app))
        assert "~Port inspectors" in shown and "+? When will the yard close?" in shown
        await pilot.press("c")
        await pilot.pause()
        listed = "\n".join(screen_lines(app))
        assert "Changes since you last read moments ago (" in listed and "UTC)" in listed
        assert "new" in listed and "When will the yard close?" in listed
        await pilot.press("home", "enter")  # the first change, in reading order
        await pilot.pause()
        assert app.reader.current_item.label == "Port inspectors"
    app.state.close()
    assert "0 new" in await read_once(story, db)


def test_how_long_ago_is_said_in_the_largest_whole_unit():
    assert ago(1000, 1059) == "moments ago"
    assert ago(1000, 1060) == "1 minute ago"
    assert ago(0, 2 * 3600 + 59 * 60) == "2 hours ago"
    assert ago(0, 86400) == "1 day ago"
    assert ago(0, 40 * 86400) == "40 days ago"
    assert ago(5000, 1000) == "moments ago"  # a clock set back: never "-1 minutes"


async def test_pins_are_marked_kept_and_lead_the_palette(story, tmp_path):
    db = tmp_path / "reading.db"
    await read_once(story, db, keys=("1", "j", "m"))
    app = opened(story, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot, lambda: app.reader.pinned)
        assert "*Yard inspectors" in "\n".join(screen_lines(app))
        await pilot.press("ctrl+p")
        await settled(pilot, lambda: "Pinned Party: Yard inspectors" in
                      "\n".join(screen_lines(app)))
        await pilot.pause(0.3)  # every provider has answered: the app's commands too
        listed = app.screen.query_one(CommandList)
        assert "Pinned Party: Yard inspectors" in str(listed.get_option_at_index(0).prompt)
        await pilot.press(*"inspect")
        await settled(pilot, lambda: "Pinned Party: Yard inspectors" in
                      "\n".join(screen_lines(app)))
        await pilot.press("escape")
        await pilot.press("1", "j", "m")  # unpinned
        await pilot.pause()
        assert "*Yard inspectors" not in "\n".join(screen_lines(app))
    app.state.close()
    with ReadingState.open(db) as state:
        assert state.pins("harbour-yard") == []


async def test_a_note_is_saved_shown_searched_and_deleted_when_emptied(story, tmp_path):
    db = tmp_path / "reading.db"
    await read_once(story, db, keys=("4", "a", *"Call the ministry first", "escape"))
    app = opened(story, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot, lambda: app.reader.notes)
        await pilot.press("1", "slash", *"ministry")
        await settled(pilot, lambda: app.reader.pane == "questions" or
                      app.reader.search.hits == [("questions", "review")])
        await pilot.press("enter")
        await pilot.pause()
        assert "Your note: Call the ministry first" in "\n".join(screen_lines(app))
    app.state.close()
    await read_once(story, db, keys=("4", "a", "ctrl+a", "ctrl+k", "escape"))
    with ReadingState.open(db) as state:
        assert state.notes("harbour-yard") == {}


async def test_a_session_without_state_says_so_and_keeps_nothing(story):
    app = BriefingApp(load_briefing(story), served=True)
    app.state_reason = "What you read is not kept in this session."
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "a")
        await pilot.pause()
        said = notifications(app)
        assert said and all("not kept" in message for message in said)
        await pilot.press("c")
        await pilot.pause()
        assert "not kept in this session" in "\n".join(screen_lines(app))


def test_show_prints_the_notes_kept_in_the_reading_state(story):
    from model.since import prints

    briefing = load_briefing(story)
    keys = {one.item.id: one.key for one in prints(briefing)}
    with ReadingState.open() as state:  # the default place, as the reader keeps it
        state.set_note("harbour-yard", keys["review"], "Ask the ministry\x1b[31m first")
        state.set_note("harbour-yard", keys["mayor.1"], "Check the council minutes")
    data = json.loads(cli("show", "--notes", "--format", "json", story).stdout)
    assert {note["item"] for note in data["notes"]} == {"review", "mayor.1"}
    markdown = cli("show", "--notes", "--format", "markdown", story).stdout
    assert "> **Your note:** Check the council minutes" in markdown
    text = cli("show", "--notes", story).stdout
    assert "Your note: Ask the ministry" in text and "\x1b" not in text
    assert "Your note" not in cli("show", story).stdout


async def test_a_note_too_long_stays_open_to_be_trimmed(story, tmp_path):
    from textual.widgets import TextArea

    from tui.screens.note import NoteScreen

    app = opened(story, tmp_path / "reading.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot, lambda: app.reader.keys)
        await pilot.press("4", "a")
        await pilot.pause()
        area = app.screen.query_one(TextArea)
        area.insert("x" * 10_005)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)  # nothing typed is lost
        assert "5 too many" in str(area.border_subtitle)
        await pilot.press(*["backspace"] * 5, "escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        assert len(app.reader.notes[app.reader.keys["review"]]) == 10_000
    app.state.close()

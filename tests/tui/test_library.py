"""The library in Pilot: `briefing read DIR` lists the folder's stories, `/` filters them,
`enter` opens one (a story's versions first), `esc` comes back, broken files are listed."""

from __future__ import annotations

import asyncio

import pytest

from model.reading import ReadingState
from model.since import changes_since, prints
from tests.support.library import library_copy
from tests.support.reader import notifications, screen_lines, until
from tui.app import BriefingApp
from tui.reader.screen import ReaderScreen
from tui.screens.library import LibraryScreen
from tui.screens.versions import VersionsScreen


@pytest.fixture
def folder(tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    return library_copy(shelf)


async def loaded(app, pilot) -> None:
    """Until the folder has loaded: the load starts after the list's first frame, so waiting
    for the workers alone can return before it has begun."""
    screen = app.screen
    await until(pilot, lambda: screen.found is not None and not screen.progress
                and not any(worker.is_running for worker in app.workers))
    await pilot.pause()


def rows(app) -> list[str]:
    """The list's rows, as drawn."""
    return [option.prompt.plain for option in app.screen.list.options]


def row_of(app, words: str) -> int:
    return next(n for n, row in enumerate(rows(app)) if words in row)


async def test_the_list_shows_every_story_newest_first_and_the_broken_files(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        shown = rows(app)
        titles = ["トヨタ and 日本製鉄", "Harbour Freight Lines", "Acme to close the Dunmore",
                  "Acme ␛[2J␛[31mcloses", "Northfield Health"]
        assert [row_of(app, title) for title in titles] == [0, 1, 2, 3, 4]
        assert shown[2].split()[-2:] == ["2/4", "2"]  # open questions, versions
        assert "2026-04-01" in shown[2] and "~2026-06-10" in shown[1]  # a file's date: ~
        assert shown[6].startswith("✗ broken.yaml:5:5: error: the list '[' opened at line 4")
        assert "stale-source.yaml:" in shown[5] and "sha256" in shown[5]
        screen = "\n".join(screen_lines(app))
        assert "Stories (7)" in screen and "2 files do not load" in screen
        assert "New" not in screen_lines(app)[2]  # no reading state: no New column


async def test_slash_filters_by_title_id_or_file_name_and_esc_clears(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"DUNMORE")
        assert [row.split()[0] for row in rows(app)] == ["Acme"]  # the Dunmore mill alone
        assert "Stories (1 of 7)" in "\n".join(screen_lines(app))
        await pilot.press(*["backspace"] * 7, *"harbour-y")
        assert len(rows(app)) == 1 and "Harbour" in rows(app)[0]
        await pilot.press("enter")  # back to the filtered list, then open its one story
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.briefing.file.id == "harbour-yard"
        await pilot.press("escape")
        await pilot.press("escape")  # the filter
        assert len(rows(app)) == 7


async def test_enter_opens_a_story_and_esc_comes_back_to_the_list(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.briefing.file.id == "harbour-yard" and app.title.startswith("Harbour")
        await pilot.press("3", "enter")  # open a concern: esc closes it first
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen) and app.briefing is None
        assert app.screen.list.highlighted == 1  # where the reader left it
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_story_with_versions_offers_them_newest_first(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("down", "down", "enter")
        assert isinstance(app.screen, VersionsScreen)
        versions = [option.prompt.plain for option in app.screen.list.options]
        assert [row.split()[0] for row in versions] == ["mill-2.yaml", "mill-1.yaml"]
        assert app.screen.list.highlighted == 0
        await pilot.press("escape")  # none
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter", "down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.briefing.path.name == "mill-1.yaml"


async def test_enter_on_a_broken_file_says_why_and_opens_nothing(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert any("broken.yaml:5:5" in message for message in notifications(app))


async def test_file_names_and_titles_reach_the_screen_literally(folder):
    (folder / "\x1b[31mred[bold].yaml").write_text("format: [\n")
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        screen = "\n".join(screen_lines(app))
        assert "␛[31mred[bold].yaml:" in screen
        assert "\x1b" not in screen


async def test_new_counts_follow_the_reading_state(folder, tmp_path):
    from model.cache import open_briefing

    state = ReadingState.open(tmp_path / "reading.db")
    older = open_briefing(folder / "mill-1.yaml")
    state.mark_seen("acme-mill", [(p.key, p.fingerprint) for p in prints(older)])
    newer = open_briefing(folder / "mill-2.yaml")
    since = changes_since(newer, state.seen("acme-mill"))
    moved = len(since.new) + len(since.changed)
    assert moved > 0
    app = BriefingApp(None, folder=folder)
    app.state = state
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await loaded(app, pilot)
            assert screen_lines(app)[2].strip("│ ").split()[-1] == "New"
            assert rows(app)[row_of(app, "Dunmore")].split()[-1] == str(moved)
            assert rows(app)[row_of(app, "Harbour")].split()[-1] == "unread"
            await pilot.press("down", "down", "enter")  # the versions: each its own count
            versions = [option.prompt.plain for option in app.screen.list.options]
            assert versions[0].split()[-1] == str(moved) and versions[1].split()[-1] == "2/3"
            await pilot.press("escape")
            # read now: what the reader shows is stored, and the count goes
            state.mark_seen("acme-mill", [(p.key, p.fingerprint) for p in prints(newer)])
            await pilot.press("enter", "enter", "escape")
            await loaded(app, pilot)
            assert rows(app)[row_of(app, "Dunmore")].split()[-1] == "2"  # versions; no count
    finally:
        state.close()


async def test_a_briefing_opened_from_the_library_reloads_on_save(folder):
    app = BriefingApp(None, folder=folder, watch=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        await pilot.press("down", "enter")
        path = folder / "harbour.yaml"
        path.write_text(path.read_text().replace("name: Mayor Ines Albrecht",
                                                 "name: Mayor Ines Albrecht-Vogt"))
        for _ in range(40):
            await asyncio.sleep(0.1)
            await pilot.pause()
            if "Albrecht-Vogt" in "\n".join(screen_lines(app)):
                break
        assert "Albrecht-Vogt" in "\n".join(screen_lines(app))
        await pilot.press("escape")
        await loaded(app, pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_the_palette_in_the_library_offers_no_items_and_does_not_fail(folder):
    app = BriefingApp(None, folder=folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(app, pilot)
        commands = [command.title for command in app.get_system_commands(app.screen)]
        assert "Show only firm items" not in commands and "Keys" in commands
        await pilot.press("ctrl+p", *"Nissan")
        await pilot.pause(0.3)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)

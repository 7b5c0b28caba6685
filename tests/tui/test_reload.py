"""Reload on save: the reader follows its briefing and source as they are edited, where it
was, and keeps the last good briefing while a save does not load."""

from __future__ import annotations

import asyncio
import hashlib
import re

import pytest

from model import load_briefing
from tests.support.paths import copied
from tests.support.reader import notifications, screen_lines, state
from tui.app import BriefingApp


@pytest.fixture
def draft(tmp_path):
    """A briefing of our own to edit."""
    return copied(tmp_path)


def edit(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def edit_source(draft, old: str, new: str) -> None:
    """Edit the source, and pin the briefing to it again as its author would."""
    source = draft.with_name("harbour.txt")
    edit(source, old, new)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    draft.write_text(re.sub(r"sha256: \w+", f"sha256: {digest}", draft.read_text()))


def reader(path, watch: bool = True) -> BriefingApp:
    return BriefingApp(load_briefing(path), watch=watch)


async def until(pilot, check, seconds: float = 5) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + seconds
    while not check():
        assert loop.time() < end, "\n".join(screen_lines(pilot.app))
        await pilot.pause(0.05)


def on_screen(app, words: str) -> bool:
    return words in "\n".join(screen_lines(app))


async def test_a_save_redraws_where_the_reader_was(draft):
    app = reader(draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"albrecht", "enter", "enter")
        await pilot.pause()
        before = state(app)
        assert before == ("parties", "mayor", "item")
        edit(draft, "name: Mayor Ines Albrecht", "name: Mayor Ines Albrecht-Vogt")
        await until(pilot, lambda: on_screen(app, "Albrecht-Vogt"))
        assert state(app) == before
        assert app.reader.search_bar.input.value == "albrecht"
        assert app.reader.lists["parties"].border_subtitle == "1 hit"
        assert app.reader.item_view.item.label == "Mayor Ines Albrecht-Vogt"


async def test_an_item_gone_from_the_file_leaves_the_row_that_took_its_place(draft):
    app = reader(draft)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "j")
        parties = app.reader.lists["parties"]
        assert parties.current_id == "inspectors"
        text = draft.read_text()
        start = text.index("- id: inspectors\n")
        draft.write_text(text[:start] + text[text.index("- id: dockworkers-union", start):])
        await until(pilot, lambda: parties.current_id != "inspectors")
        assert parties.current_id == "dockworkers-union"
        assert app.focused is parties and parties.border_title.endswith("(3)")


async def test_a_save_that_does_not_load_keeps_the_last_good_briefing(draft):
    app = reader(draft)
    async with app.run_test(size=(200, 50)) as pilot:
        edit(draft, "name: Mayor Ines Albrecht", "name: [Mayor")
        await until(pilot, lambda: on_screen(app, "does not load"))
        shown = "\n".join(screen_lines(app))
        assert re.search(rf"{re.escape(str(draft))}:\d+:\d+: error:", shown), shown
        assert on_screen(app, "Harbour Freight Lines")  # the last good briefing, still there
        edit(draft, "name: [Mayor", "name: Mayor Ines Albrecht-Vogt")
        await pilot.press("1", "end")
        await until(pilot, lambda: not on_screen(app, "does not load")
                    and on_screen(app, "Albrecht-Vogt"))


async def test_a_quote_edited_out_of_the_source_is_shown_with_its_place(draft):
    app = reader(draft)
    async with app.run_test(size=(120, 40)) as pilot:
        edit_source(draft, "Harbour Freight Lines said on Monday",
                    "Harbour Freight Lines said on Tuesday")
        await until(pilot, lambda: on_screen(app, "does not load"))
        shown = "\n".join(screen_lines(app))
        assert f"{draft.name}:" in shown and "quote" in shown


async def test_an_edited_source_is_shown_as_saved(draft):
    app = reader(draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5")
        await until(pilot, lambda: on_screen(app, "Harbour Freight Lines said"))
        last = draft.with_name("harbour.txt").read_text().rstrip()[-30:]
        edit_source(draft, last, last + "\n\nA late paragraph nobody cites.")
        await until(pilot, lambda: "36/37 cited" in app.reader.query_one("#bluf").border_subtitle)
        for _ in range(50):  # to the end, once the new paragraph is laid out
            await pilot.press("G")
            if on_screen(app, "A late paragraph nobody"):
                break
            await pilot.pause(0.1)
        assert on_screen(app, "A late paragraph nobody")
        assert app.focused is app.reader.source_view


async def test_without_watching_a_save_changes_nothing(draft):
    app = reader(draft, watch=False)
    async with app.run_test(size=(80, 24)) as pilot:
        edit(draft, "name: Harbour Freight Lines", "name: Harbour Freight Lines Ltd")
        await pilot.pause(1.2)  # more than twice a look at the file, and its load
        assert not on_screen(app, "Lines Ltd") and on_screen(app, "Harbour Freight Lines")


async def test_a_related_item_gone_since_the_list_opened_is_said_to_be_gone(draft):
    app = reader(draft)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "end", "r")
        await pilot.pause()
        assert on_screen(app, "Will the regional government review the plan?")
        edit(draft, "- id: review\n", "- id: plan-review\n")
        await until(pilot, lambda: "plan-review" in {i.id for i in app.briefing.items})
        await pilot.press("end", "enter")
        await until(pilot, lambda: any("no longer in the briefing" in message
                                       for message in notifications(app)))

"""Odd terminals: every size opens, resize storms keep the state, random keys never crash."""

from __future__ import annotations

import random

import pytest
from textual import events

from model import load_briefing
from tests.support.paths import HOSTILE
from tests.support.reader import reader_app, screen_lines

KEYS = ["1", "2", "3", "4", "5", "s", "tab", "shift+tab", "j", "k", "down", "up", "g", "G",
        "home", "end", "pageup", "pagedown", "enter", "escape", "slash", "n", "N", "r", "y",
        "question_mark", "a", "m", "space", "backspace"]
SEED = 20261124


def key_event(key: str) -> events.Key:
    return events.Key(key, key if len(key) == 1 else None)


async def test_every_size_opens():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        # either side of every width and height at which the layout changes, and extremes
        for width in (20, 79, 80, 119, 120, 300):
            for height in (6, 23, 24, 100):
                await pilot.resize_terminal(width, height)
                await pilot.pause()
                assert app.reader.current_list.current_id is not None, (width, height)
        await pilot.resize_terminal(20, 6)
        await pilot.press("3", "enter", "escape", "slash", "m", "i", "h", "enter")
        assert app.reader.pane == "parties"


async def test_a_resize_storm_keeps_the_selection_and_the_search():
    rng = random.Random(SEED)
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "m", "i", "h", "enter", "n")
        before = (app.reader.pane, app.reader.current_list.current_id, app.reader.search.current)
        for _ in range(12):
            await pilot.resize_terminal(rng.randint(20, 300), rng.randint(6, 100))
        await pilot.pause()
        reader = app.reader
        assert (reader.pane, reader.current_list.current_id, reader.search.current) == before
        assert app.reader.search.text == "mih" and len(app.reader.search.hits) == 3


async def test_rows_are_drawn_again_to_a_new_width():
    """The panes keep the rows they have drawn across a resize of the same width, and draw
    them again when the width changes: no row is left cut to the old width, or spilling."""
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("Japanese government  government · f…" in line for line in screen_lines(app))
        for width, height, row in ((100, 24, "Japanese government  government · favor "),
                                   (100, 30, "Japanese government  government · favor "),
                                   (80, 30, "Japanese government  government · f…")):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            lines = screen_lines(app)
            assert any(row in line for line in lines), (width, height)
            assert all(len(line) == width for line in lines)


@pytest.mark.parametrize(("name", "count"), [(None, 60), ("markup-in-text.yaml", 30),
                                           ("control-characters.yaml", 30),
                                           ("wide-text.yaml", 30)])
async def test_random_keys(name, count):
    rng = random.Random(SEED)
    briefing = load_briefing(HOSTILE / name) if name else None
    app = reader_app(briefing)
    keys = [rng.choice(KEYS) for _ in range(count)]
    async with app.run_test(size=(80, 24)) as pilot:
        for start in range(0, len(keys), 30):
            try:
                await pilot.press(*keys[start : start + 30])
            except Exception as error:  # noqa: BLE001
                raise AssertionError(f"seed {SEED}, keys {start}..{start + 30}") from error
            assert app.is_running, f"seed {SEED}: the reader stopped near key {start}"


async def test_random_keys_through_the_palette_at_typing_speed():
    """Textual's own command palette races when keys arrive faster than it searches (it
    is tested at typing speed here: faster, it can lose keys, which is not the reader's bug)."""
    rng = random.Random(SEED)
    app = reader_app()
    keys = [rng.choice([*KEYS, "ctrl+p", "ctrl+p", "pagedown", "enter"]) for _ in range(30)]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        assert app.is_running


async def test_paging_a_list_before_it_is_measured():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.post_message(key_event("ctrl+p"))
        app.post_message(key_event("pagedown"))
        app.post_message(key_event("pageup"))
        await pilot.pause()
        assert app.is_running

"""Jumps made while an item is open: the view follows the jump, the panes follow focus, and an
item opened with enter shows from its name down, at every size the reader lays out."""

import pytest

from tests.support.reader import reader_app, row_on_screen, screen_lines, state, until

SIZES = [(60, 20), (80, 24), (120, 40)]  # folded into tabs, panes in a grid, the view beside


def shown(app) -> str | None:
    item = app.reader.item_view.item
    return item.id if item else None


def in_view(app) -> str:
    """What the item view shows on screen."""
    region = app.reader.item_view.region
    lines = screen_lines(app)[region.y:region.bottom]
    return "\n".join(line[region.x:region.right] for line in lines)


@pytest.mark.parametrize("size", SIZES)
async def test_a_jump_from_an_open_item_opens_the_item_jumped_to(size):
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("4", "j", "enter", "r", "enter")  # the lease question -> Foxconn
        await until(pilot, lambda: state(app) == ("parties", "foxconn", "item"))
        assert shown(app) == "foxconn"
        assert "company · stance" in in_view(app)
        assert "Will Foxconn lease space" not in in_view(app)
        await pilot.press("escape")  # back from the jump: the question, open as it was
        await until(pilot, lambda: state(app) == ("questions", "lease-or-joint-venture",
                                                  "item"))
        assert shown(app) == "lease-or-joint-venture"
        await pilot.press("right_square_bracket")
        await until(pilot, lambda: state(app) == ("parties", "foxconn", "item"))
        await pilot.press("left_square_bracket")
        await until(pilot, lambda: state(app) == ("questions", "lease-or-joint-venture",
                                                  "item"))
        await pilot.press("escape")  # then the view closes, on the question's row
        await until(pilot, lambda: state(app) == ("questions", "lease-or-joint-venture",
                                                  "questions"))
        await pilot.press("j")  # keys act on the pane that is highlighted, the view follows
        assert state(app)[:2] == ("questions", "whose-brand")
        await until(pilot, lambda: shown(app) == "whose-brand")


@pytest.mark.parametrize("size", SIZES)
async def test_the_panes_follow_focus_after_a_jump_that_closes_nothing(size):
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("4", "j", "r", "enter")  # from the pane: lands on the pane
        await until(pilot, lambda: state(app) == ("parties", "foxconn", "parties"))
        await pilot.press("j")
        assert state(app) == ("parties", "japanese-government", "parties")
        await until(pilot, lambda: shown(app) == "japanese-government")


@pytest.mark.parametrize("size", SIZES)
async def test_a_list_moved_while_hidden_keeps_its_first_row_in_view(size):
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("4", "enter", "r", "j", "enter")  # the first question -> Foxconn
        await until(pilot, lambda: state(app) == ("parties", "foxconn", "item"))
        await pilot.press("escape", "escape", "1")  # back, closed, then to the Parties
        await until(pilot, lambda: state(app) == ("parties", "foxconn", "parties"))
        await pilot.pause()
        parties = app.reader.lists["parties"]
        assert parties.scroll_y == 0
        row_on_screen(parties, "Nissan")


@pytest.mark.parametrize("size", SIZES)
async def test_an_item_opened_with_enter_shows_from_its_name(size):
    app = reader_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("1", "r", "j", "j", "j", "enter")  # a late fact of Nissan's
        view = app.reader.item_view
        await until(pilot, lambda: view.fact is not None and app.focused is view)
        await pilot.press("escape", "enter")  # the same row opened again, by hand
        await until(pilot, lambda: app.focused is view)
        await pilot.pause()
        assert view.fact is None and view.scroll_y == 0
        text = "\n".join(screen_lines(app))
        assert "▶" not in text and "company · stance" in text

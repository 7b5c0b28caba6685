"""Jumps and the way back: related items, the palette, esc, [ and ], facts jumped to; copy."""



import pytest

from tests.support.reader import reader_app, screen_lines, state
from tui.screens.related import RelatedScreen


async def test_related_jumps_and_esc_comes_back():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "r")
        assert isinstance(app.screen, RelatedScreen)
        links = [(how, item.id) for how, item in app.screen.links]
        assert links[:2] == [("held by", "labor-unions"), ("held by", "local-leaders")]
        await pilot.press("enter")
        assert not isinstance(app.screen, RelatedScreen)
        assert state(app) == ("parties", "labor-unions", "parties")
        await pilot.press("r")
        holds = [item.id for how, item in app.screen.links if how == "holds"]
        assert "job-losses" in holds
        await pilot.press("escape")
        assert state(app) == ("parties", "labor-unions", "parties")
        await pilot.press("escape")
        assert state(app) == ("concerns", "job-losses", "concerns")


async def test_related_labels_wrap_under_themselves_not_under_the_link():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "r")  # Nissan: facts longer than the list is wide
        lines = screen_lines(app)
        words = "Nissan is in advanced discussions"
        first = next(i for i, line in enumerate(lines) if words in line)
        column = lines[first].index(words)
        assert lines[first][:column].rstrip().endswith("fact")
        assert lines[first + 1][column - 1] == " " and lines[first + 1][column] != " "
        assert "fact" not in lines[first + 1][:column]


async def test_copy_puts_the_item_and_quotes_on_the_clipboard():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "y")
        assert app.clipboard.startswith("Job losses\n")
        assert "“will not lead to job losses”" in app.clipboard


@pytest.mark.slow  # the palette searches on a timer of its own: seconds of waiting
async def test_palette_jumps_to_an_item():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"decarboniz")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert state(app)[:2] == ("concerns", "decarbonization")


async def test_esc_undoes_the_most_recent_step():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"MIH", "enter")  # a search, then a jump to its first hit
        assert state(app)[:2] == ("parties", "foxconn")
        await pilot.press("r", "G", "enter")  # a jump from the related list
        jumped = state(app)[:2]
        assert jumped != ("parties", "foxconn")
        await pilot.press("escape")  # back from the jump, the search kept
        assert state(app)[:2] == ("parties", "foxconn")
        assert app.reader.search.text == "MIH"
        await pilot.press("escape")  # back from the first hit
        assert state(app)[:2] == ("parties", "nissan")
        await pilot.press("escape")  # then the search
        assert app.reader.search.text == "" and not app.reader.searching


async def test_back_and_forward_through_jumps():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "r", "enter")  # Job losses -> Labor unions
        await pilot.press("r", "end", "enter")
        third = state(app)[:2]
        await pilot.press("left_square_bracket")
        assert state(app)[:2] == ("parties", "labor-unions")
        await pilot.press("ctrl+o")
        assert state(app)[:2] == ("concerns", "job-losses")
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert state(app)[:2] == third
        await pilot.press("right_square_bracket")  # nothing further: stays
        assert state(app)[:2] == third


async def test_jumping_to_a_partys_fact_opens_the_party_at_that_fact():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.jump_to("nissan.4")
        await pilot.pause()
        await pilot.pause()
        reader = app.reader
        assert state(app) == ("parties", "nissan", "item")
        assert reader.item_view.fact == "nissan.4"
        assert reader.item_view.scroll_y > 0  # the fact, not the party's name, is in view
        text = "\n".join(screen_lines(app))
        assert "▶" in text and "strategic pivot" in text
        await pilot.press("escape")
        assert app.focused is reader.lists["parties"]


def test_related(snap_compare):
    """The related list of a concern, as drawn: who holds it first."""
    async def listed(pilot) -> None:
        await pilot.press("3", "r")
        screen = pilot.app.screen
        assert isinstance(screen, RelatedScreen)
        assert [how for how, _ in screen.links][:2] == ["held by", "held by"]

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=listed)

"""Search as you type: hits in every pane and the source, walked in reading order."""


import pytest
from rich.color import Color
from textual.events import Key
from textual.widgets import Input

from model import load_briefing
from tests.support.reader import reader_app, row_on_screen, screen_lines, state


async def test_search_hits_count_and_walk():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press("m", "i", "h")
        assert reader.search.hits == [("parties", "foxconn"), ("plant", "oppama.6"),
                               ("questions", "mih-platform")]
        assert str(reader.search_bar.count.render()) == "3 hits"
        assert reader.lists["parties"].hits == {"foxconn"}
        assert len(reader.source_view.hits) == 1
        await pilot.press("enter")
        assert state(app)[:2] == ("parties", "foxconn")
        assert str(reader.search_bar.count.render()) == "1 of 3"
        await pilot.press("n")
        assert state(app)[:2] == ("plant", "oppama.6")
        await pilot.press("n")
        assert state(app)[:2] == ("questions", "mih-platform")
        await pilot.press("n")
        assert state(app)[:2] == ("parties", "foxconn")
        await pilot.press("N")
        assert state(app)[:2] == ("questions", "mih-platform")
        assert str(reader.search_bar.count.render()) == "3 of 3"
        await pilot.press("escape")  # back from the jump to the first hit
        assert state(app)[:2] == ("parties", "nissan") and reader.search.hits
        await pilot.press("escape")  # then the search itself
        assert reader.search.hits == [] and reader.search.text == ""
        assert not reader.search_bar.display


@pytest.mark.parametrize("later", ["h", "hello"])
async def test_search_keeps_keys_typed_ahead(later):
    # Over SSH "/mi" can arrive in one read, before the search line exists, and the rest in
    # the next: none of it may be lost or replaced.
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key, character in (("slash", "/"), ("m", "m"), ("i", "i")):
            app.post_message(Key(key, character))
        await pilot.pause()
        await pilot.press(*later)
        field = app.reader.search_bar.input
        assert field.value == "mi" + later
        assert field.cursor_position == len(field.value)


async def test_search_reopened_selects_the_query_to_replace():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "m", "i", "h", "enter")
        assert app.reader.search.text == "mih"
        await pilot.press("slash", "n", "i")
        assert app.reader.search.text == "ni"
        await pilot.press("enter")
        for key, character in (("slash", "/"), ("f", "f"), ("o", "o")):
            app.post_message(Key(key, character))  # "/fo" in one read, as over SSH
        await pilot.pause()
        await pilot.press("x")
        assert app.reader.search.text == "fox"


async def test_search_is_literal():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        folded, source = reader.index.build()
        await pilot.press("slash")
        for query in ("(", ".*", "[bold]", "\\", "u.s", "4,000", "Nissan’s"):
            app.focused.value = query
            await pilot.pause()
            literal = [item.id for item, text in folded if query.casefold() in text]
            assert [item.id for item in reader.index.items(query)] == literal, query
            assert bool(reader.search.hits) == bool(literal), query
            assert len(reader.source_view.hits) == source.count(query.casefold()), query
        await pilot.press("enter", "n", "N", "escape")
        assert reader.search.hits == []


async def test_search_finds_ids_quotes_and_names():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        await pilot.press("slash")
        for query, expected in (("oppama-workers", ("parties", "oppama-workers")),
                                ("Southeast Asia", ("parties", "foxconn")),
                                ("YOKOSUKA", ("parties", "yokosuka"))):
            app.focused.value = query
            await pilot.pause()
            assert expected in reader.search.hits, query


async def test_rows_off_screen_follow_the_search(tmp_path):
    """A row scrolled into view after a search shows its mark, and loses it when cleared."""
    from tests.perf.generate import generate

    app = reader_app(load_briefing(generate(tmp_path, 300)))
    async with app.run_test(size=(80, 24)) as pilot:
        parties = app.reader.lists["parties"]
        await pilot.press("slash", *"party 29-b", "enter")
        await pilot.pause()
        assert parties.current_id == "party-29-b"
        line = row_on_screen(parties, "Party 29-b")
        assert "◆Party 29-b" in line.text
        yellow = Color.parse("yellow").get_truecolor()
        marked = [seg.text for seg in line if seg.style and seg.style.bgcolor
                  and seg.style.bgcolor.get_truecolor() == yellow]
        assert marked == ["◆", "Party 29-b"]  # the row's mark, and the query marked in it
        await pilot.press("escape", "escape")  # back from the hit, then the search cleared
        app.jump_to("party-29-b")
        await pilot.pause()
        assert "◆" not in row_on_screen(parties, "Party 29-b").text


async def test_a_long_query_keeps_its_end_in_view():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        query = "nissan " * 12 + "oppama"
        app.focused.value = query[:-6]  # typed before; the end is typed key by key
        app.focused.cursor_position = len(query) - 6
        await pilot.press(*query[-6:])
        await pilot.pause()
        assert app.reader.search.text == query
        field = app.reader.search_bar.input
        assert field.scroll_x > 0
        search_line = screen_lines(app)[-2]
        assert search_line.startswith(" /")
        assert "nissan nissan oppama  no hits" in search_line  # the end, cursor after it


async def test_search_brings_the_first_hit_into_view_as_it_is_typed(tmp_path):
    from tests.perf.generate import generate

    app = reader_app(load_briefing(generate(tmp_path, 300)))
    async with app.run_test(size=(80, 24)) as pilot:
        parties = app.reader.lists["parties"]
        await pilot.press("slash", *"party 29-b")
        await pilot.pause()
        assert parties.highlighted == 0  # the cursor stays
        assert row_on_screen(parties, "◆Party 29-b")


async def test_the_footer_shows_how_to_leave_the_search_line():
    app = reader_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.press("slash", *"MIH")
        await pilot.pause()
        footer = screen_lines(app)[-1]  # typing: n types an n
        assert "Jump" in footer and "Back" in footer, footer
        await pilot.press("enter")
        await pilot.pause()
        footer = screen_lines(app)[-1]  # on the first hit, the search line still open
        assert "Next" in footer and "Back" in footer, footer


def test_search_with_hits(snap_compare):
    async def typed(pilot) -> None:
        await pilot.press("slash", *"MIH")
        reader = pilot.app.reader
        assert str(reader.search_bar.count.render()) == "3 hits"
        assert isinstance(pilot.app.focused, Input)

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=typed)


def test_search_walked_wide(snap_compare):
    async def walked(pilot) -> None:
        await pilot.press("slash", *"insiders", "enter", "n")
        reader = pilot.app.reader
        first, second = reader.search.hits[:2]
        assert state(pilot.app)[:2] == second != first
        assert str(reader.search_bar.count.render()).startswith("2 of ")

    assert snap_compare(reader_app(), terminal_size=(120, 40), run_before=walked)

"""Every key of the reader does what the README says: focus, selection and hits, not pixels."""

import os

import pytest
from rich.color import Color
from textual.events import Key
from textual.widgets import ContentSwitcher, Input, Static, Tabs
from textual.widgets._footer import FooterKey

from model import load_briefing
from model.filters import FIRM_ONLY, HEDGED_ONLY
from tests.support.briefings import write_mill
from tests.support.reader import reader_app, screen_lines
from tui.screens.help import HelpScreen
from tui.screens.related import RelatedScreen


def state(app):
    reader = app.reader
    focused = app.focused
    return reader.pane, reader.current_list.current_id, getattr(focused, "id", None)


async def test_opening_screen():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert state(app) == ("parties", "nissan", "parties")
        assert str(reader.query_one("#bluf").render()).startswith("Nissan is in advanced talks")
        assert app.title == "Nissan and Foxconn in talks over the Oppama plant"
        assert str(reader.query_one("#bluf").border_subtitle) == "19/19 cited"
        for pane in ("parties", "plant", "concerns", "questions"):
            widget = reader.lists[pane]
            assert widget.region.height >= 5, pane  # all four visible with their rows
            assert widget.highlighted == 0
        assert reader.lists["parties"].border_title == "1 Parties (11)"
        assert reader.lists["questions"].border_title == "4 Questions (10)"


@pytest.mark.parametrize(("key", "pane"), [("1", "parties"), ("2", "plant"),
                                             ("3", "concerns"), ("4", "questions")])
async def test_number_keys_focus_panes(key, pane):
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4" if key == "1" else "1", key)
        assert app.focused is app.reader.lists[pane]
        assert app.reader.item_view.item.id == app.reader.lists[pane].current_id


async def test_tab_cycles_panes_both_ways():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            seen.append(app.reader.pane)
        assert seen == ["plant", "concerns", "questions", "parties", "plant"]
        await pilot.press("shift+tab", "shift+tab")
        assert app.reader.pane == "questions"


async def test_moving_within_a_pane():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        ids = [item.id for item in app.reader.lists["parties"].items]
        current = lambda: app.reader.current_list.current_id  # noqa: E731
        await pilot.press("j", "j")
        assert current() == ids[2]
        await pilot.press("k")
        assert current() == ids[1]
        await pilot.press("down", "down", "up")
        assert current() == ids[2]
        await pilot.press("G")
        assert current() == ids[-1]
        await pilot.press("g")
        assert current() == ids[0]
        await pilot.press("end")
        assert current() == ids[-1]
        await pilot.press("home", "pagedown")
        assert ids.index(current()) > 2
        await pilot.press("pageup")
        assert current() == ids[0]
        assert app.reader.item_view.item.id == ids[0]


async def test_enter_opens_the_item_and_esc_goes_back():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "j", "enter")
        reader = app.reader
        assert reader.has_class("-detail")
        assert app.focused is reader.item_view
        assert reader.item_view.item.id == "wages-benefits"
        assert not reader.lists["concerns"].display or not reader.query_one("#panes").display
        await pilot.press("escape")
        assert not reader.has_class("-detail")
        assert state(app) == ("concerns", "wages-benefits", "concerns")


async def test_wide_shows_the_item_beside_the_panes():
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert reader.has_class("-wide")
        assert reader.item_view.region.width > 40
        assert reader.lists["parties"].region.width > 20
        await pilot.press("2")
        assert reader.item_view.item.id == "oppama"


async def test_source_highlights_the_current_quotes():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "s")
        reader = app.reader
        assert reader.query_one(ContentSwitcher).current == "source"
        assert app.focused is reader.source_view
        text = reader.briefing.source_text
        quoted = {text[a:b] for a, b in reader.source_view.quotes}
        assert quoted == {"will not lead to job losses", "employing nearly 4,000 workers"}
        await pilot.pause()
        assert reader.source_view.scroll_y >= 0
        await pilot.press("escape")
        assert app.focused is reader.lists["concerns"]
        await pilot.press("5")
        assert app.focused is reader.source_view


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


async def test_copy_puts_the_item_and_quotes_on_the_clipboard():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "y")
        assert app.clipboard.startswith("Job losses\n")
        assert "“will not lead to job losses”" in app.clipboard


def help_text(screen) -> str:
    from rich.console import Console

    console = Console(width=120, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    for static in screen.query(Static):
        console.print(static.content)
    return console.export_text()


async def test_help_lists_every_binding_and_the_legend():
    from tui.keys import ALL

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = help_text(app.screen).splitlines()
        for key in ALL:  # every binding the reader has, each on its own line with its keys
            line = next((line for line in lines if line.rstrip().endswith(key.id)), None)
            assert line is not None and key.help in line, key.id
        shown = {line.split()[0] for line in lines if line.strip()}
        for typed in ("1", "5", "tab", "shift+tab", "j", "g", "enter", "esc", "/", "n", "N",
                      "r", "y", "?", "ctrl+p", "q", "pgdn"):
            assert typed in shown, typed
        assert "unconfirmed" in help_text(app.screen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_follows_a_remapped_key():
    app = reader_app()
    app.set_keymap({"list.down": "x,ctrl+n"})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("x")
        assert app.reader.current_list.current_id == app.reader.current_list.items[1].id
        await pilot.press("question_mark")
        down = next(line for line in help_text(app.screen).splitlines()
                    if line.rstrip().endswith("list.down"))
        assert down.split()[:2] == ["x", "ctrl+n"]


async def test_every_binding_has_an_id_and_one_declaration():
    from textual.binding import Binding

    from tui.app import BriefingApp
    from tui.keys import ALL
    from tui.reader.screen import ReaderScreen
    from tui.widgets.item_list import ItemList
    from tui.widgets.item_view import ItemView

    ids = [key.id for key in ALL]
    assert len(ids) == len(set(ids))
    for owner in (BriefingApp, ReaderScreen, ItemList, ItemView, HelpScreen, RelatedScreen):
        for binding in owner.BINDINGS:
            assert isinstance(binding, Binding) and binding.id in ids, (owner, binding)


async def test_palette_jumps_to_an_item():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"decarboniz")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert state(app)[:2] == ("concerns", "decarbonization")


async def test_certainty_filters():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        reader.set_filter(FIRM_ONLY)
        await pilot.pause()
        assert {i.certainty.value for i in reader.lists["concerns"].items} == {"stated"}
        assert "showing firm only" in str(reader.query_one("#bluf").border_subtitle)
        reader.set_filter(HEDGED_ONLY)
        await pilot.pause()
        levels = {i.certainty.value for i in reader.lists["concerns"].items}
        assert levels == {"possible", "reported"}
        assert "oppama" in {i.id for i in reader.lists["plant"].items}


async def test_folded_layout_shows_one_pane_with_tabs():
    app = reader_app()
    async with app.run_test(size=(50, 16)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert reader.has_class("-folded")
        tabs = reader.query_one(Tabs)
        assert tabs.display and tabs.active == "tab-parties"
        await pilot.press("3")
        assert tabs.active == "tab-concerns"
        shown = [p for p, w in reader.lists.items() if w.region.height > 0]
        assert shown == ["concerns"]
        await pilot.press("enter")
        assert reader.item_view.region.height > 5
        await pilot.press("escape", "slash", "m", "i", "h", "enter")
        assert state(app)[:2] == ("parties", "foxconn")
        assert tabs.active == "tab-parties"


async def test_quit():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0 and not app.is_running


async def test_another_briefing_opens(tmp_path):
    briefing = load_briefing(write_mill(tmp_path))
    app = reader_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        assert [i.id for i in reader.lists["parties"].items] == ["acme", "mill-union", "mayor"]
        assert reader.lists["plant"].border_title == "2 Plant (1)"
        await pilot.press("3", "r", "enter")
        assert state(app)[:2] == ("parties", "mayor")
        await pilot.press("slash", *"dunmore", "enter")
        assert reader.search.hits[0] == ("parties", "acme")


@pytest.mark.slow
async def test_ten_thousand_items_stay_responsive(tmp_path):
    import hashlib

    import yaml

    sentences = [f"Party {n} said thing {n} today." for n in range(10_000)]
    source = " ".join(sentences) + "\n"
    (tmp_path / "big.txt").write_text(source)
    data = {
        "format": "briefing/1", "id": "big", "title": "Ten thousand parties", "bluf": "Many.",
        "source": {"path": "big.txt", "sha256": hashlib.sha256(source.encode()).hexdigest(),
                   "kind": "test"},
        "parties": [{"id": f"p-{n}", "name": f"Party {n}", "kind": "other", "role": "A party",
                     "stance": "unknown",
                     "facts": [{"text": f"Thing {n}", "certainty": "stated",
                                "evidence": [{"quote": sentence}]}]}
                    for n, sentence in enumerate(sentences)],
        "plant": {"id": "plant", "name": "Plant"},
    }
    path = tmp_path / "big.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    briefing = load_briefing(path)
    app = reader_app(briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = app.reader
        assert reader.lists["parties"].border_title == "1 Parties (10000)"
        assert not reader.lists["parties"].children  # rows are lines, not mounted widgets
        await pilot.press("G", "g", "pagedown", "slash", "9", "9", "9", "9", "enter")
        assert reader.search.hits[0] == ("parties", "p-9999")
        assert state(app)[:2] == ("parties", "p-9999")


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
        assert marked == ["Party 29-b"]  # the query marked in the row
        await pilot.press("escape", "escape")  # back from the hit, then the search cleared
        app.jump_to("party-29-b")
        await pilot.pause()
        assert "◆" not in row_on_screen(parties, "Party 29-b").text


def row_on_screen(pane, words: str):
    """The pane's line on screen that shows `words`."""
    for y in range(pane.size.height):
        strip = pane.render_line(y)
        if words in strip.text:
            return strip
    raise AssertionError(f"{words!r} is not on screen")



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


async def test_the_footer_is_composed_again_only_when_its_keys_change():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def keys():
            return list(app.screen.query(FooterKey))

        first = keys()
        assert [k.description for k in first][:2] == ["Open", "Source"]
        await pilot.press("2", "3", "tab", "1")
        await pilot.pause()
        assert keys() == first  # the panes share their keys: the same widgets, not redrawn
        await pilot.press("enter")
        await pilot.pause()
        assert [k.description for k in keys()][0] == "Source"  # no Open in the item view
        await pilot.press("escape")
        await pilot.pause()
        assert [k.description for k in keys()][:2] == ["Open", "Source"]


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


async def test_the_footer_offers_what_works_now():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = "\n".join(screen_lines(app)[-1:])
        assert "Next hit" not in footer and "Back" not in footer
        await pilot.press("slash", *"MIH", "enter")
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "Next hit" in footer and "Back" in footer


async def test_search_brings_the_first_hit_into_view_as_it_is_typed(tmp_path):
    from tests.perf.generate import generate

    app = reader_app(load_briefing(generate(tmp_path, 300)))
    async with app.run_test(size=(80, 24)) as pilot:
        parties = app.reader.lists["parties"]
        await pilot.press("slash", *"party 29-b")
        await pilot.pause()
        assert parties.highlighted == 0  # the cursor stays
        assert row_on_screen(parties, "◆Party 29-b")


async def test_a_click_selects_and_a_second_click_opens():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        pane = app.reader.lists["concerns"]
        await pilot.click(pane, offset=(5, 3))  # the third row, inside the border
        await pilot.pause()
        assert app.focused is pane and pane.current_id == "change-of-management"
        assert not app.reader.has_class("-detail")
        await pilot.click(pane, offset=(5, 3))
        await pilot.pause()
        assert app.reader.has_class("-detail")
        assert app.reader.item_view.item.id == "change-of-management"

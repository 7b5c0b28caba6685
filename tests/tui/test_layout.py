"""The reader at every size: width used for text, focus kept across resizes."""

from __future__ import annotations

import pytest

from model import load_briefing
from tests.support.reader import reader_app


async def test_wide_rows_show_at_least_56_characters_of_text():
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.reader.lists["plant"]
        widths = []
        for y in range(pane.size.height):
            line = pane.render_line(y).text
            for item in pane.items[1:]:  # the facts: their text follows the certainty cell
                start = line.find(item.label[:20])
                if start != -1:
                    shown = line[start:].rstrip(" ▁▂▃▄▅▆▇█▌│╯╮")
                    widths.append(min(len(shown.rstrip("…")), len(item.label)))
        assert widths and min(widths) >= min(56, *(len(i.label) for i in pane.items[1:]))


SIZES = [(120, 40), (80, 24), (60, 20), (200, 60)]


@pytest.mark.parametrize("view", ["enter", "s", None])
async def test_focus_is_never_lost_on_a_resize(view):
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", *([view] if view else []))
        for size in SIZES + SIZES[::-1]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            focused = app.focused
            assert focused is not None, size
            assert focused.is_on_screen or focused.region.height > 0, (size, focused)
            expected = {"enter": "item", "s": "source", None: "concerns"}[view]
            assert focused.id == expected, (size, focused)
        await pilot.press("escape")
        assert app.focused is app.reader.lists["concerns"]
        await pilot.press("j")
        assert app.reader.current_list.current_id == "wages-benefits"


async def test_folded_the_whole_bottom_line_can_be_read():
    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        bluf = app.reader.query_one("#bluf")
        assert bluf.size.height < 5  # cut to its first lines
        await pilot.press("b")
        await pilot.pause()
        assert bluf.size.height >= 6  # all of it: five lines at 60 columns, and its border
        await pilot.press("b")
        await pilot.pause()
        assert bluf.size.height < 5


async def test_folded_the_footer_keeps_quit_and_help():
    from tests.support.reader import screen_lines, until

    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await until(pilot, lambda: "Quit" in screen_lines(app)[-1]
                    and "Keys" in screen_lines(app)[-1])


async def test_an_empty_pane_offers_nothing_to_open(tmp_path):
    from model import load_briefing
    from tests.support.paths import REPO
    from tests.support.reader import screen_lines

    app = reader_app(load_briefing(REPO / "tests" / "briefings" / "green-steel.yaml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")  # no concerns
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "Open" not in footer and "Related" not in footer and "Copy" not in footer
        await pilot.press("4")
        await pilot.pause()
        assert "Open" in screen_lines(app)[-1]


async def test_wide_a_pane_that_shrinks_keeps_its_current_row_in_view():
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("1", "G", "2")  # parties: the last row, then the pane shrinks
        await pilot.pause()
        parties = app.reader.lists["parties"]
        top = parties.scroll_y
        assert top <= parties.highlighted < top + parties.scrollable_content_region.height


async def test_z_fills_the_screen_with_what_is_read_and_z_again_restores_it():
    from tests.support.reader import screen_lines

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "z")
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "3 Concerns" in shown and "1 Parties" not in shown
        assert "Zoom" in screen_lines(app)[-1]
        await pilot.press("4")  # zoomed, the next pane read fills the screen in its turn
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "4 Questions" in shown and "3 Concerns" not in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.maximized is app.reader.item_view
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None and app.focused is app.reader.item_view
        await pilot.press("escape")
        await pilot.pause()
        assert "1 Parties" in "\n".join(screen_lines(app))


async def test_a_cut_bottom_line_says_so_until_b_shows_all_of_it():
    from tests.support.reader import screen_lines

    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert "b: all of the bottom line" in "\n".join(screen_lines(app))
        await pilot.press("b")
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "b: all of the bottom line" not in shown and "wages and" in shown
    async with reader_app().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "b: all of the bottom line" not in "\n".join(screen_lines(pilot.app))


async def test_sizes_that_arrive_out_of_date_are_not_laid_out():
    """A web page that asks for a second size at once: its driver reports both sizes from two
    threads, in either order, and a screen's own layout posts it a Resize of what it laid out.
    The reader ends laid out at the size asked for last, and stays there."""
    from textual.events import Resize
    from textual.geometry import Size

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        old, new = Size(80, 24), Size(100, 30)
        app._driver._size = new  # as the web driver has it once it read the second size
        app.post_message(Resize(new, new))
        await pilot.pause()
        app.post_message(Resize(old, old))  # the first size, delivered late
        app.screen.post_message(Resize(old, old))  # and an echo of a layout at it
        seen = []
        for _ in range(20):
            await pilot.pause(0.02)
            seen.append(app.screen.outer_size)
        assert app.size == new
        assert set(seen[5:]) == {new}  # laid out at the last size, and not again at the first


async def test_unfolded_the_footer_offers_the_palette_again():
    from tests.support.reader import screen_lines, until

    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await until(pilot, lambda: "Quit" in screen_lines(app)[-1])
        assert "palette" not in screen_lines(app)[-1]  # folded, there is no room
        await pilot.resize_terminal(80, 24)
        await until(pilot, lambda: "palette" in screen_lines(app)[-1])


@pytest.mark.parametrize("width", [40, 60, 80, 120])
async def test_footer_keys_that_do_not_fit_leave_whole_quit_and_help_last(width):
    from tests.support.reader import screen_lines, until

    app = reader_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press("slash", *"nissan", "enter")  # a search hit: the most keys
        await until(pilot, lambda: "? Keys" in screen_lines(app)[-1])
        await pilot.pause()
        line = screen_lines(app)[-1]
        keys = [key for key in app.screen.query("FooterKey")
                if not key.has_class("-command-palette")]
        for key in keys:
            if key.display:  # shown whole, never a label cut at the edge
                assert f"{key.key_display} {key.description}" in line, line
        assert "q Quit" in line
        assert any(not key.display for key in keys) == (width < 120)


@pytest.mark.parametrize(("width", "view"), [(120, 42), (160, 53), (200, 88)])
async def test_wider_than_rows_need_the_columns_go_to_the_item_view(width, view):
    app = reader_app()
    async with app.run_test(size=(width, 40)) as pilot:
        await pilot.press("2", "enter")
        await pilot.pause()
        panes = app.reader.query_one("#panes").region.width
        assert app.reader.query_one("#detail").region.width >= view
        assert 76 <= panes <= 110  # 60 to 95 characters of a fact's text after its certainty


async def test_the_title_has_the_header_but_for_its_icon():
    from tests.support.reader import screen_lines

    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:  # 49 characters in 60 columns
        await pilot.pause()
        assert "Nissan and Foxconn in talks over the Oppama plant" in screen_lines(app)[0]


async def test_an_empty_pane_says_why_it_is_empty_and_the_plant_counts_its_facts():
    from model import load_briefing
    from model.filters import EVERYTHING, FIRM_ONLY
    from tests.support.paths import REPO
    from tests.support.reader import screen_lines

    briefings = REPO / "tests" / "briefings"
    app = reader_app(load_briefing(briefings / "green-steel.yaml"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = "\n".join(screen_lines(app))
        assert "No concerns in this briefing" in shown
        assert "2 Plant (1 fact)" in shown
        await pilot.press("3", "enter")  # nothing to open: the reader stays on its panes
        assert not app.reader.has_class("-detail")
    app = reader_app(load_briefing(briefings / "harbour.yaml"))  # its one concern: reported
    async with app.run_test(size=(80, 24)) as pilot:
        app.reader.set_filter(FIRM_ONLY)
        await pilot.pause()
        assert "No concerns at this certainty" in "\n".join(screen_lines(app))
        app.reader.set_filter(EVERYTHING)
        await pilot.pause()
        assert "No concerns" not in "\n".join(screen_lines(app))


async def test_a_quote_keeps_its_sentence_number_beside_the_word():
    from tests.support.reader import screen_lines

    for width in (64, 81, 97):  # 81: "sentence" ended a line, its number began the next
        app = reader_app()
        async with app.run_test(size=(width, 40)) as pilot:
            await pilot.press("1", "enter")
            await pilot.pause()
            lines = screen_lines(app)
            assert not any(line.rstrip(" │").endswith("sentence") for line in lines), width


async def test_a_briefing_without_parties_opens_on_its_plant(tmp_path):
    import hashlib

    from model import load_briefing

    source = "The mill will close. Nobody said why.\n"
    (tmp_path / "mill.txt").write_text(source)
    (tmp_path / "mill.yaml").write_text(
        "format: briefing/1\nid: mill\ntitle: Mill\nbluf: The mill will close.\nsource:\n"
        f"  path: mill.txt\n  sha256: {hashlib.sha256(source.encode()).hexdigest()}\n"
        "  kind: news article\nparties: []\nplant:\n  id: mill\n  name: The mill\n  facts:\n"
        "    - text: The mill will close.\n      certainty: stated\n      evidence:\n"
        "        - quote: The mill will close.\n")
    app = reader_app(load_briefing(tmp_path / "mill.yaml"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.focused is app.reader.lists["plant"]
        assert "The mill" in str(app.reader.item_view.item.label)


async def test_wide_a_short_pane_has_what_its_rows_need_and_the_others_the_rest(tmp_path):
    from tests.perf.generate import generate

    app = reader_app(load_briefing(generate(tmp_path, 300)))
    async with app.run_test(size=(120, 40)) as pilot:
        briefing = app.briefing
        concerns = len(briefing.file.concerns)
        await pilot.press("4")  # the current pane: as many questions as the generator made
        await pilot.pause()
        lists = app.reader.lists
        heights = {name: widget.outer_size.height for name, widget in lists.items()}
        assert heights["plant"] == len(lists["plant"].items) + 2  # every row, no more
        assert heights["parties"] > heights["plant"] and concerns > heights["concerns"] - 2
        await pilot.resize_terminal(80, 24)  # not wide: the four in a square again
        await pilot.pause()
        assert lists["concerns"].outer_size.height == lists["parties"].outer_size.height

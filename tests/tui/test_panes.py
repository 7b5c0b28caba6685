"""Panes, items and views: focus, moving, opening, layout, the footer, the mouse."""


import pytest
from textual.widgets import ContentSwitcher, Tabs
from textual.widgets._footer import FooterKey

from model import load_briefing
from model.filters import FIRM_ONLY, HEDGED_ONLY
from tests.support.briefings import write_mill
from tests.support.reader import reader_app, screen_lines, state, until


async def test_opening_screen():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = app.reader
        assert state(app) == ("parties", "nissan", "parties")
        assert str(reader.query_one("#bluf").render()).startswith("Nissan is in advanced talks")
        assert app.title == "Nissan and Foxconn in talks over the Oppama plant"
        assert str(reader.query_one("#bluf").border_subtitle).endswith(" · 19/19 cited")
        for pane in ("parties", "plant", "concerns", "questions"):
            widget = reader.lists[pane]
            assert widget.region.height >= 5, pane  # all four visible with their rows
            assert widget.highlighted == 0
        assert reader.lists["parties"].border_title == "1 Parties (11)"
        assert reader.lists["questions"].border_title == "4 Questions (10)"


async def test_number_keys_focus_panes():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key, pane in (("4", "questions"), ("1", "parties"), ("3", "concerns"),
                          ("2", "plant"), ("1", "parties")):
            await pilot.press(key)
            assert app.focused is app.reader.lists[pane], key
            assert app.reader.item_view.item.id == app.reader.lists[pane].current_id, key


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


@pytest.mark.parametrize("keys", [("enter", "5"), ("enter", "j", "5"), ("enter", "down", "5")])
async def test_the_source_opened_from_an_item_shows_its_text_however_it_was_scrolled(keys):
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for key in keys:  # one at a time, as typed
            await pilot.press(key)
            await pilot.pause()
        await pilot.pause()
        shown = " ".join(" ".join(line.strip("│ ") for line in screen_lines(app)).split())
        assert "advanced discussions with Foxconn" in shown  # Nissan's first quote


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
        lines = (line.strip("│ ") for line in screen_lines(app))  # scrolled to the quotes
        assert "employing nearly 4,000 workers" in " ".join(" ".join(lines).split())
        await pilot.press("escape")
        assert app.focused is reader.lists["concerns"]
        await pilot.press("5")
        assert app.focused is reader.source_view


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


@pytest.mark.slow  # a layout at another size, as in test_layout
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
        assert reader.lists["plant"].border_title == "2 Plant (0 facts)"  # the plant alone
        await pilot.press("3", "r", "enter")
        assert state(app)[:2] == ("parties", "mayor")
        await pilot.press("slash", *"dunmore", "enter")
        assert reader.search.hits[0] == ("parties", "acme")


@pytest.mark.slow
async def test_thousands_of_items_stay_responsive(tmp_path):
    import hashlib

    import yaml

    # the benchmark times 10,000 and 100,000; here, that thousands work at all
    sentences = [f"Party {n} said thing {n} today." for n in range(3_000)]
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
        assert reader.lists["parties"].border_title == "1 Parties (3000)"
        assert not reader.lists["parties"].children  # rows are lines, not mounted widgets
        await pilot.press("G", "g", "pagedown", "slash", "2", "9", "9", "9", "enter")
        assert reader.search.hits[0] == ("parties", "p-2999")
        assert state(app)[:2] == ("parties", "p-2999")


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
        await until(pilot, lambda: [k.description for k in keys()][:1] == ["Source"])
        await pilot.press("escape")
        await pilot.pause()
        assert [k.description for k in keys()][:2] == ["Open", "Source"]


async def test_a_reader_composes_its_footer_keys_once_as_it_starts(monkeypatch):
    """The footer's bindings change twice before its first recompose runs (as it mounts, as
    the pane takes focus): one recompose serves both."""
    from tui.widgets.footer import Footer

    composed = []
    compose = Footer.compose
    monkeypatch.setattr(Footer, "compose", lambda self: composed.append(1) or compose(self))
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.query(FooterKey))
        for _ in range(5):
            await pilot.pause()
    assert len(composed) == 2  # mounted empty (Textual's footer waits for the bindings), then keys


async def test_the_footer_offers_what_works_now():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = "\n".join(screen_lines(app)[-1:])
        assert "Next" not in footer and "Back" not in footer
        await pilot.press("slash", *"MIH", "enter")
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert "Next" in footer and "Back" in footer


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


# What the panes look like: each snapshot is the last step of the behaviour it shows.
@pytest.mark.parametrize("size", [(80, 24), (120, 40), (50, 16)])
def test_opening(snap_compare, size):
    async def opened(pilot) -> None:
        await pilot.pause()
        app = pilot.app
        assert state(app) == ("parties", "nissan", "parties")
        assert app.reader.has_class("-wide") == (size[0] >= 120)
        assert app.reader.has_class("-folded") == (size[0] < 80)

    assert snap_compare(reader_app(), terminal_size=size, run_before=opened)


@pytest.mark.parametrize("key", ["2", "3", "4"])
def test_pane_focused(snap_compare, key):
    pane = {"2": "plant", "3": "concerns", "4": "questions"}[key]

    async def focused(pilot) -> None:
        await pilot.press(key, "j")
        reader = pilot.app.reader
        assert reader.pane == pane and pilot.app.focused is reader.lists[pane]
        assert reader.lists[pane].highlighted == 1

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=focused)


def test_item_view(snap_compare):
    async def opened(pilot) -> None:
        await pilot.press("3", "enter")
        reader = pilot.app.reader
        assert pilot.app.focused is reader.item_view
        assert reader.item_view.item.id == reader.briefing.file.concerns[0].id

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=opened)


def test_source_with_highlights(snap_compare):
    async def shown(pilot) -> None:
        await pilot.press("3", "s")
        await pilot.pause()
        assert pilot.app.focused is pilot.app.reader.source_view
        lines = (line.strip("│ ") for line in screen_lines(pilot.app))
        assert "employing nearly 4,000 workers" in " ".join(" ".join(lines).split())

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=shown)

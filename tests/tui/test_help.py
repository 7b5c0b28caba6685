"""The ? screen and the keys: built from the declared bindings, following a keymap."""

import os

from textual.widgets import Static

from tests.support.reader import reader_app, screen_lines
from tui.screens.help import HelpScreen
from tui.screens.related import RelatedScreen


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


async def test_help_at_60_columns_gives_its_room_to_what_the_keys_do():
    app = reader_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        lines = screen_lines(app)
        assert any(" 1 " in line and "focus Parties" in line for line in lines), lines
        assert any("show the Source: the current" in line for line in lines), lines
        assert not any("pane.parties" in line for line in lines)  # `briefing keys` has them


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


def test_help(snap_compare):
    async def opened(pilot) -> None:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=opened)


async def test_the_palette_keys_command_opens_this_screen_and_textual_words_are_ours():
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        assert commands["Quit"].help == "quit (q)"
        assert all(command.help[0].islower() for command in commands.values())
        commands["Keys"].callback()
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)

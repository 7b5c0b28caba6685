"""A theme chosen in the palette is the reader's theme next time, kept in the state folder and
never by writing the user's config; a config saved since, or `--theme`, wins over it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.support.reader import oppama
from tui.commands.read import configured
from tui.config import Config, load_config


def kept() -> Path:
    return Path(os.environ["XDG_STATE_HOME"]) / "briefing" / "theme"


async def settled(pilot, check) -> None:
    for _ in range(100):
        if check():
            return
        await pilot.pause(0.05)
    raise AssertionError("not in time")


async def choose_in_palette(app, theme: str) -> None:
    from textual.command import CommandPalette

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"theme")
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await settled(pilot, lambda: palette.query("CommandList").first().option_count)
        await pilot.press("enter")  # "Theme": the list of themes
        await settled(pilot, lambda: app.screen is not palette)
        await pilot.press(*theme)
        await settled(pilot, lambda: app.screen.query("CommandList").first().option_count)
        await pilot.press("enter")
        await settled(pilot, lambda: app.theme == theme)


async def choose(app, theme: str) -> None:
    """As the palette's theme list does."""
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()


async def test_a_theme_chosen_in_the_palette_is_kept_for_next_time():
    await choose_in_palette(configured(oppama(), Config()), "nord")
    assert kept().read_text().strip() == "nord"
    assert oct(kept().parent.stat().st_mode & 0o777) == "0o700"
    assert configured(oppama(), Config()).theme == "nord"
    assert configured(oppama(), Config(), theme="briefing-light").theme == "briefing-light"


async def test_a_config_saved_after_the_choice_wins(tmp_path):
    await choose(configured(oppama(), Config()), "nord")
    path = tmp_path / "config.toml"
    path.write_text('theme = "gruvbox"\n')
    later = time.time() + 60
    os.utime(path, (later, later))
    assert configured(oppama(), load_config(path)).theme == "gruvbox"
    os.utime(path, (later - 3600, later - 3600))  # saved before the choice: the choice wins
    assert configured(oppama(), load_config(path)).theme == "nord"
    assert path.read_text() == 'theme = "gruvbox"\n'  # never written


async def test_a_served_reader_keeps_no_choice_and_follows_none():
    await choose(configured(oppama(), Config()), "nord")
    await choose(configured(oppama(), Config(), served=True), "dracula")
    assert kept().read_text().strip() == "nord"
    assert configured(oppama(), Config(), served=True).theme == "briefing-dark"


async def test_an_unreadable_or_unknown_kept_theme_is_ignored():
    kept().parent.mkdir(parents=True, exist_ok=True)
    kept().write_text("no-such-theme\n")
    assert configured(oppama(), Config()).theme == "briefing-dark"
    kept().unlink()
    os.mkfifo(kept())  # a FIFO put there cannot hang the reader
    assert configured(oppama(), Config()).theme == "briefing-dark"

"""Opening the reader in tests."""

from __future__ import annotations

from model import default_briefing_path, load_briefing
from tui.app import BriefingApp

_OPPAMA = None


def oppama():
    global _OPPAMA
    if _OPPAMA is None:
        _OPPAMA = load_briefing(default_briefing_path())
    return _OPPAMA


def reader_app(briefing=None, theme=None) -> BriefingApp:
    return BriefingApp(briefing or oppama(), theme=theme)


def screen_lines(app) -> list[str]:
    """What the terminal shows, line by line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def notifications(app) -> list[str]:
    """What the reader has told the user. (Textual keeps them in a private list; no public
    accessor exists in Textual 8.)"""
    return [str(notification.message) for notification in app._notifications]


def state(app):
    reader = app.reader
    focused = app.focused
    return reader.pane, reader.current_list.current_id, getattr(focused, "id", None)


def row_on_screen(pane, words: str):
    """The pane's line on screen that shows `words`."""
    for y in range(pane.size.height):
        strip = pane.render_line(y)
        if words in strip.text:
            return strip
    raise AssertionError(f"{words!r} is not on screen")


async def until(pilot, check, seconds: float = 10) -> None:
    """Wait for `check()` to hold: a loaded machine may take more than one pause to settle."""
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await pilot.pause(0.05)
    assert check(), "\n".join(screen_lines(pilot.app))

"""The private parts of Textual the reader leans on are all in tui/textual_fixes.py, checked
against the Textual the project was tested with."""

import importlib.metadata

import pytest

from tests.support.paths import REPO
from tui import textual_fixes


def test_the_installed_textual_is_one_the_fixes_were_checked_against():
    installed = textual_fixes.textual_version()
    first, last = textual_fixes.TESTED
    assert first <= installed <= last, (
        f"Textual {importlib.metadata.version('textual')} is outside {textual_fixes.TESTED}: "
        "read each entry of tui/textual_fixes.py against it, then widen TESTED")


def test_a_textual_outside_the_range_is_refused(monkeypatch):
    monkeypatch.setattr(textual_fixes, "textual_version", lambda: (99, 0))
    with pytest.raises(RuntimeError, match="textual_fixes"):
        textual_fixes.check_textual()


def test_no_other_module_touches_textual_privates():
    import re

    private = re.compile(r"\b(rich|textual)\.[\w.]*\._\w+|\bself\._(line_cache|option_render_cache|"
                         r"index_to_line|option_to_index|heights|visual|prompt)\b")
    for path in (REPO / "tui").rglob("*.py"):
        if path.name == "textual_fixes.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            assert not private.search(line), f"{path.relative_to(REPO)}:{number}: {line.strip()}"


async def test_a_second_app_parses_no_css_and_a_theme_still_restyles(monkeypatch):
    """Entry 5: the CSS an App parsed is not parsed again by the next one in the theme it was
    parsed for; another theme is parsed afresh and reaches the screen, and so does coming back."""
    from textual.cache import LRUCache
    from textual.css import stylesheet

    from tests.support.reader import reader_app

    monkeypatch.setattr(textual_fixes, "_parsed", LRUCache(1024))  # as a process starts
    parsed = []
    parse = stylesheet.parse
    monkeypatch.setattr(stylesheet, "parse",
                        lambda *args, **kwargs: parsed.append(args[2]) or parse(*args, **kwargs))

    async def background(theme: str | None = None, switch_to: str | None = None) -> object:
        app = reader_app(theme=theme)
        async with app.run_test(size=(80, 24)) as pilot:
            if switch_to is not None:
                app.theme = switch_to
                await pilot.pause()
            return app.screen.styles.background

    dark = await background()
    parsed.clear()
    assert await background() == dark
    assert parsed == []  # the second App in that theme parsed nothing
    light = await background("briefing-light")
    assert light != dark and parsed  # another theme's variables: parsed for it
    assert await background(switch_to="briefing-light") == light
    assert await background("briefing-light", switch_to="briefing-dark") == dark


async def test_footer_keys_are_born_as_compact_as_their_footer(monkeypatch):
    """Entry 6: no key restyles itself to follow its footer as it mounts, and the keys still
    follow the footer when the panes fold and unfold."""
    from textual.widgets._footer import FooterKey

    from tests.support.reader import reader_app

    restyled = []
    update = FooterKey.update_node_styles

    def counted(self, *args, **kwargs) -> None:
        if not self.has_class("-command-palette"):  # Textual's own, left as it is
            restyled.append(self.key)
        update(self, *args, **kwargs)

    monkeypatch.setattr(FooterKey, "update_node_styles", counted)

    def compact(app) -> set[bool]:
        return {key.has_class("-compact") for key in app.screen.query(FooterKey)
                if not key.has_class("-command-palette")}

    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(5):
            await pilot.pause()
        assert compact(app) == {False} and restyled == []
        await pilot.resize_terminal(60, 20)
        for _ in range(5):
            await pilot.pause()
        assert compact(app) == {True}
        await pilot.resize_terminal(80, 24)
        for _ in range(5):
            await pilot.pause()
        assert compact(app) == {False}


def test_the_private_methods_of_textual_serve_the_web_server_overrides_are_still_there():
    """tui/serve/web.py replaces Server._make_app (routes, the Host check) and
    _process_messages (bounded messages), and web_reader.py calls
    AppService._build_environment: a textual-serve that renamed one would leave a check off
    without an error, so their signatures are pinned here."""
    import inspect

    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    from tui.serve.web import WebServer

    for cls, name, parameters in ((Server, "_make_app", ["self"]),
                                  (Server, "_process_messages",
                                   ["self", "websocket", "app_service"]),
                                  (AppService, "_build_environment",
                                   ["self", "width", "height"])):
        assert list(inspect.signature(getattr(cls, name)).parameters) == parameters, name
    assert WebServer._make_app is not Server._make_app
    assert WebServer._process_messages is not Server._process_messages


async def test_a_resize_to_the_size_laid_out_lays_nothing_out_again(monkeypatch):
    """Entry 7: a reader's start lays its screen out once at its size, a Resize to that size
    adds no layout, and a new size is still laid out and fitted (wide from 120 columns)."""
    from textual.events import Resize
    from textual.geometry import Size
    from textual.screen import Screen

    from tests.support.reader import reader_app

    sizes = []
    layout = Screen._refresh_layout

    def counted(self, size=None, scroll=False) -> None:
        if size is not None:  # a layout for a size, not one asked for by a widget
            sizes.append(tuple(size))
        layout(self, size, scroll)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = reader_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(5):
            await pilot.pause()
        assert sizes == [(80, 24)]
        app.post_message(Resize(Size(80, 24), Size(80, 24)))
        for _ in range(5):
            await pilot.pause()
        assert sizes == [(80, 24)]
        await pilot.resize_terminal(130, 40)
        for _ in range(5):
            await pilot.pause()
        assert sizes == [(80, 24), (130, 40)]
        assert app.screen.has_class("-wide") and app.screen.outer_size == Size(130, 40)


def test_the_drivers_that_keep_the_size_they_reported_are_named_as_textual_names_them():
    from textual.drivers.headless_driver import HeadlessDriver
    from textual.drivers.web_driver import WebDriver

    from tui.textual_fixes import SIZE_KEEPING_DRIVERS

    assert {WebDriver.__name__, HeadlessDriver.__name__} == SIZE_KEEPING_DRIVERS

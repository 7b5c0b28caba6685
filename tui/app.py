"""The briefing reader: a Textual app around one loaded briefing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.events import Resize
from textual.screen import Screen

from model import Briefing, Limits, one_line
from model.filters import EVERYTHING, FIRM_ONLY, HEDGED_ONLY
from model.reading import ReadingState

from .keys import APP, bindings
from .palette import ItemProvider
from .reader.screen import ReaderScreen
from .textual_fixes import set_first_theme, unless_resized
from .themes import DARK, LIGHT

# Textual's own commands, described as the reader describes its keys
OWN_WORDS = {"Theme": "change the colours", "Quit": "quit (q)",
             "Maximize": "the focused pane or view fills the screen (z)",
             "Minimize": "back from zoom (z)", "Screenshot": "save the screen as an SVG file"}


class BriefingApp(App[None]):
    # Called once the first screen is drawn, by a reader the warm helper forked
    # (tui/serve/warm.py): it may then start the next session's reader.
    drawn: Callable[[], None] | None = None
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ItemProvider}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = bindings(APP)

    def __init__(self, briefing: Briefing | None, theme: str | None = None, served: bool = False,
                 *, limits: Limits | None = None, watch: bool = False,
                 folder: Path | None = None) -> None:
        super().__init__()
        self.briefing = briefing  # the one being read; None in the library
        self.folder = folder  # the library's, when the reader was opened on a folder
        self.limits = limits or Limits()
        self.watching = watch  # reload the briefing when it or its source is saved
        # What the reader keeps of each story (new marks, pins, notes), and if none, why not
        self.state: ReadingState | None = None
        self.state_reason: str | None = None
        # A reader served over SSH or the web runs on the server: nothing in it may write a
        # file there or start a program (the screenshot command saves an SVG on the server).
        self.served = served
        self.register_theme(DARK)
        self.register_theme(LIGHT)
        if theme is None:
            set_first_theme(self, DARK.name)
        else:
            self.theme = theme
        self.title = one_line(briefing.title) if briefing else ""
        self.keymap: dict[str, str] = {}  # binding id to keys, as the user remapped them

    def on_resize(self, event: Resize) -> None:
        unless_resized(self, event)

    def on_mount(self) -> None:
        if self.drawn is not None:
            self.call_after_refresh(self.drawn)
        self.kept_theme = self.theme  # the theme opened in needs no keeping
        if not self.served:  # a served reader's palette choice is its client's, not the server's
            self.theme_changed_signal.subscribe(self, self.theme_chosen)

    def theme_chosen(self, theme: object) -> None:
        if self.theme != self.kept_theme:
            from .theme_memory import remember_theme

            remember_theme(self.theme)
            self.kept_theme = self.theme

    def set_keymap(self, keymap: dict[str, str]) -> None:
        super().set_keymap(keymap)
        self.keymap = dict(keymap)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        if self.served:
            self.notify("Screenshots are not taken on the server.", markup=False)
            return
        super().action_screenshot(filename, path)

    def get_default_screen(self) -> Screen:
        # The reader is the app's first screen, not one pushed over a blank default: that was
        # composed, styled and drawn a frame that the start of the app then threw away.
        if self.folder is not None:
            from .screens.library import LibraryScreen

            return LibraryScreen(self.folder)
        return ReaderScreen(self.briefing)

    def open_reader(self, briefing: Briefing) -> None:
        """From the library: the reader on `briefing`, over the list; `esc` comes back."""
        self.briefing = briefing
        self.title = one_line(briefing.title)
        self.push_screen(ReaderScreen(briefing))

    @property
    def reader(self) -> ReaderScreen:
        return next(s for s in self.screen_stack if isinstance(s, ReaderScreen))

    def jump_to(self, ident: str) -> None:
        self.reader.jump_to(ident)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            title = command.title
            if self.served and title == "Screenshot":
                continue
            if title == "Keys":  # Textual's panel of keys: the reader's own `?` screen instead
                yield SystemCommand("Keys", "every key, on one screen (?)", self.action_help)
            else:
                yield SystemCommand(title, OWN_WORDS.get(title, command.help), command.callback)
        reader = next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)
        if reader is None:  # the library: no briefing to filter
            return
        yield SystemCommand("Show only firm items", "confirmed and stated facts and concerns",
                            lambda: reader.set_filter(FIRM_ONLY))
        yield SystemCommand("Show only hedged items",
                            "likely, reported, possible, unconfirmed and denied",
                            lambda: reader.set_filter(HEDGED_ONLY))
        yield SystemCommand("Show all items", "clear the certainty filter",
                            lambda: reader.set_filter(EVERYTHING))

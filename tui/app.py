"""The briefing reader: a Textual app around one loaded briefing."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from model import Briefing, one_line

from . import fixes  # noqa: F401  (imported for its patch)
from .palette import ItemProvider
from .reader_screen import ReaderScreen
from .rows import EVERYTHING, FIRM_ONLY, HEDGED_ONLY
from .themes import DARK, LIGHT


class BriefingApp(App[None]):
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {ItemProvider}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Keys", id="help"),
    ]

    def __init__(self, briefing: Briefing, theme: str | None = None) -> None:
        super().__init__()
        self.briefing = briefing
        self.register_theme(DARK)
        self.register_theme(LIGHT)
        if theme is None:
            # Nothing has been styled yet, so the theme's colours are all the stylesheet needs.
            # Its watcher would read every stylesheet a second time once the app runs: 30 ms
            # of the first screen.
            self.set_reactive(App.theme, DARK.name)
            self.stylesheet.set_variables(self.get_css_variables())
        else:
            self.theme = theme
        self.title = one_line(briefing.title)

    def get_default_screen(self) -> Screen:
        # The reader is the app's first screen, not one pushed over a blank default: that was
        # composed, styled and drawn a frame that the start of the app then threw away.
        return ReaderScreen(self.briefing)

    @property
    def reader(self) -> ReaderScreen:
        return next(s for s in self.screen_stack if isinstance(s, ReaderScreen))

    def jump_to(self, ident: str) -> None:
        self.reader.jump_to(ident)

    def action_help(self) -> None:
        from .help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        reader = self.reader
        yield SystemCommand("Show only firm items", "confirmed and stated facts and concerns",
                            lambda: reader.set_filter(FIRM_ONLY))
        yield SystemCommand("Show only hedged items",
                            "likely, reported, possible, unconfirmed and denied",
                            lambda: reader.set_filter(HEDGED_ONLY))
        yield SystemCommand("Show all items", "clear the certainty filter",
                            lambda: reader.set_filter(EVERYTHING))

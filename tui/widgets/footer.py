"""The footer of keys, composed again only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter

from ..textual_fixes import keys_as_compact_as

Keys = tuple[tuple[str, str, str, bool, str], ...]


class Footer(TextualFooter):
    """Textual's footer composes itself again whenever the bindings may have changed: on every
    move of focus, often several times. Each is a row of keys sent again, though moving
    between panes, which share their keys, changes none of them."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: Keys | None = None
        # A recompose asked for and not yet run composes the keys as they are when it runs: a
        # reader's first screen asked twice (once as it mounted, once as its pane took focus),
        # and composed the same row of keys twice, 35 ms of a forked reader's start.
        self.pending = False

    def keys(self, screen: Screen) -> Keys:
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for key, (_, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or key == palette
        )

    def compose(self) -> ComposeResult:
        self.pending = False
        widgets = list(super().compose())
        keys_as_compact_as(self, widgets)
        self.shown = self.keys(self.screen) if widgets else None
        yield from widgets

    def watch_show_command_palette(self) -> None:
        # Textual's footer shows the palette's key only as it composes: a reader folded at its
        # start (no room for it) never offered it again once it was unfolded.
        if self.shown is not None:
            self.refresh(recompose=True)

    def bindings_changed(self, screen: Screen) -> None:
        if self.pending and screen is self.screen:
            return
        if self.shown is None or screen is not self.screen or self.keys(screen) != self.shown:
            super().bindings_changed(screen)
            # as Textual's footer decides whether to recompose after the next refresh
            self.pending = self.is_attached and screen is self.screen and screen.app.app_focus

"""The footer of keys, composed again only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer as TextualFooter

from ..textual_fixes import FooterKey, keys_as_compact_as

# The keys to leave last, by their action: the way back from where the reader is, out, and
# to every key; the others leave from the end of the row.
KEPT = {"back": 1, "quit": 2, "help": 3}
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
        self.widths: dict[FooterKey, int] = {}  # each key's cells, measured as first laid out
        self.tries = 0

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
        self.widths, self.tries = {}, 5
        self.call_after_refresh(self.fit)
        yield from widgets

    def on_resize(self) -> None:
        self.fit()

    def fit(self) -> None:
        """Keys that do not fit leave whole, the last first and those KEPT last of all:
        Textual cuts the row at the footer's edge, through a label ("q Qu", a lone "?")."""
        keys, room = [], self.content_region.width
        for key in self.query(FooterKey):
            if key.has_class("-command-palette"):
                room -= key.outer_size.width + key.styles.margin.width
            else:
                keys.append(key)
        for key in keys:
            if key.display and key.outer_size.width:
                self.widths[key] = key.outer_size.width + key.styles.margin.width
        if len(self.widths) < len(keys):
            if self.tries:  # not yet laid out: a few refreshes at most, for a footer hidden
                self.tries -= 1
                self.call_after_refresh(self.fit)
            return
        shown = list(keys)
        for key in sorted(reversed(keys), key=lambda key: KEPT.get(key.action, 0)):
            if sum(self.widths[key] for key in shown) <= room:
                break
            shown.remove(key)
        for key in keys:
            key.display = key in shown

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

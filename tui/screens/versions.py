"""The versions of one story, newest first and highlighted: `enter` opens one, `esc` none."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList

from model.library import Entry, Story
from model.since import Since

from ..keys import VERSIONS, bindings
from ..render.library import COLUMNS, version_row, without
from ..render.text import literal
from ..widgets.column_list import ColumnList


class VersionsScreen(ModalScreen[Entry | None]):
    BINDINGS = bindings(VERSIONS)

    def __init__(self, story: Story, since: dict[Path, Since | None], new: bool) -> None:
        super().__init__()
        self.story = story
        columns = without(COLUMNS, "Versions") if new else without(COLUMNS, "Versions", "New")
        self.list = ColumnList("File", columns, id="versions")
        self.rows = [version_row(str(n), entry, since.get(entry.path))
                     for n, entry in enumerate(story.versions)]

    def compose(self) -> ComposeResult:
        with Vertical(id="versions-box"):
            yield self.list.heading
            yield self.list

    def on_mount(self) -> None:
        newest = self.story.newest
        title = newest.briefing.title if newest.briefing else newest.path.name
        # a str here would be parsed as markup: the title is the briefing's own words
        self.query_one("#versions-box").border_title = Text.assemble(
            literal(title), f" · {len(self.story.versions)} versions")
        self.query_one("#versions-box").border_subtitle = "enter open · esc back"
        self.list.show(self.rows)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_current and event.option.id is not None:
            self.dismiss(self.story.versions[int(event.option.id)])

    def action_dismiss_none(self) -> None:
        if self.is_current:  # a second esc typed ahead must not close what lies beneath
            self.dismiss(None)

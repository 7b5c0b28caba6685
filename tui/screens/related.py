"""`r`: everything linked to the current item; `enter` jumps there, `esc` goes back."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from model import Briefing, Item

from ..keys import RELATED, bindings
from ..render.text import literal
from ..widgets.item_list import KeyList


class RelatedScreen(ModalScreen[str | None]):
    BINDINGS = bindings(RELATED)

    def __init__(self, briefing: Briefing, item: Item) -> None:
        super().__init__()
        self.briefing = briefing
        self.item = item
        self.links = briefing.links(item.id)

    def compose(self) -> ComposeResult:
        options = []
        for how, other in self.links:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(f"{how:<17}", style="dim")
            prompt.append_text(literal(other.label))
            options.append(Option(prompt, id=other.id))
        related = KeyList(*options, id="related")
        # a str here would be parsed as markup: the title is the item's own words
        related.border_title = Text.assemble("Related to ", literal(self.item.label))
        related.border_subtitle = "enter jump · esc back"
        if not options:
            related.add_option(Option(Text("Nothing is linked to this item.", style="dim"),
                                      disabled=True))
        yield related

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_current:
            self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        if self.is_current:  # a second esc typed ahead must not close what lies beneath
            self.dismiss(None)

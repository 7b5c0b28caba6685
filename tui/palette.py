"""`ctrl+p`: jump to any party, concern, question or fact by fuzzy name."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

from model import Kind
from model.fields import NAMES

from .render.text import literal


def highlighted(matcher: Matcher, label: Text) -> Text:
    """The label with the letters the query matched in bold. Matcher.highlight would parse
    the label as markup, and a briefing's names are not to be trusted."""
    _, offsets = matcher.fuzzy_search.match(matcher.query, label.plain)
    for offset in offsets:
        label.stylize("bold underline", offset, offset + 1)
    return label


class ItemProvider(Provider):
    def _entries(self):  # noqa: ANN202
        app = self.app
        if app.briefing is None:  # the library: no briefing is being read
            return
        for item in app.briefing.items:
            label = Text.assemble(f"{NAMES[item.kind]}: ", literal(item.label))
            yield item, label, partial(app.jump_to, item.id)

    async def discover(self) -> Hits:
        app = self.app
        if app.briefing is None:  # the library: no briefing is being read
            return
        pinned = app.reader.pinned_ids
        for ident in pinned:  # the reader's own pins first
            item = app.briefing.item(ident)
            label = Text.assemble(("Pinned ", "bold magenta"), f"{NAMES[item.kind]}: ",
                                  literal(item.label))
            yield DiscoveryHit(label, partial(app.jump_to, ident), text=label.plain, help=ident)
        for item, label, jump in self._entries():
            if item.kind is not Kind.fact and item.id not in pinned:
                yield DiscoveryHit(label, jump, text=label.plain, help=item.id)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for item, label, jump in self._entries():
            score = max(matcher.match(label.plain), matcher.match(item.id))
            if item.kind is Kind.fact:
                score *= 0.8  # long sentences match anything a little; names come first
            if score > 0:
                yield Hit(score, highlighted(matcher, label), jump, text=label.plain, help=item.id)

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


PIN = ("Pinned ", "bold magenta")


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
        pinned = app.reader.pinned_ids  # in the order they were pinned
        listed = set(pinned)
        for ident in pinned:
            item = app.briefing.item(ident)
            label = Text.assemble(PIN, f"{NAMES[item.kind]}: ", literal(item.label))
            # A Hit, not a DiscoveryHit: the palette lists discovery hits in the order their
            # providers happen to answer, the app's commands first, and hits above them all.
            yield Hit(1.0, label, partial(app.jump_to, ident), text=label.plain, help=ident)
        for item, label, jump in self._entries():
            if item.kind is not Kind.fact and item.id not in listed:
                yield DiscoveryHit(label, jump, text=label.plain, help=item.id)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        pinned = set(self.app.reader.pinned_ids) if self.app.briefing is not None else set()
        for item, label, jump in self._entries():
            score = max(matcher.match(label.plain), matcher.match(item.id))
            if item.kind is Kind.fact:
                score *= 0.8  # long sentences match anything a little; names come first
            if score > 0:
                shown = highlighted(matcher, label)
                if item.id in pinned:
                    shown = Text.assemble(PIN, shown)
                yield Hit(score, shown, jump, text=shown.plain, help=item.id)

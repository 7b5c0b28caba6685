"""`ctrl+p`: jump to any party, concern, question or fact by fuzzy name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from model import Kind, one_line
from model.fields import NAMES


class ItemProvider(Provider):
    def _entries(self):  # noqa: ANN202
        app = self.app
        for item in app.briefing.items:
            label = f"{NAMES[item.kind]}: {one_line(item.label)}"
            yield item, label, partial(app.jump_to, item.id)

    async def discover(self) -> Hits:
        for item, label, jump in self._entries():
            if item.kind is not Kind.fact:
                yield DiscoveryHit(label, jump, help=item.id)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for item, label, jump in self._entries():
            score = max(matcher.match(label), matcher.match(item.id))
            if item.kind is Kind.fact:
                score *= 0.8  # long sentences match anything a little; names come first
            if score > 0:
                yield Hit(score, matcher.highlight(label), jump, help=item.id)

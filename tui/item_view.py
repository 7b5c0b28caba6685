"""The current item in full: text, certainty and cues, every quote, and its links."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual.widgets import Static

from model import Briefing, Certainty, Item, one_line, visible
from model.facts import Evidence, Fact

from .certainty import MEANINGS, badge
from .detail_pane import DetailPane
from .rows import Filter, mark

KIND_NAMES = {"party": "Party", "plant": "Plant", "concern": "Concern", "question": "Question",
              "fact": "Fact"}

class ItemView(DetailPane):
    def __init__(self, briefing: Briefing, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.briefing = briefing
        self.body = Static(id="item-body")
        self.item: Item | None = None
        self.shown: tuple[str, Filter | None] = ("", None)

    def compose(self):  # noqa: ANN201
        yield self.body

    def show(self, item: Item | None, query: str = "", only: Filter | None = None) -> None:
        self.item, self.shown = item, (query, only)
        self.request_redraw()

    def redraw(self) -> None:
        self.stale = False
        item, (query, only) = self.item, self.shown
        if item is None:
            self.body.update(Text("Nothing here.", style="dim"))
            self.border_title = "Item"
            return
        self.border_title = f"{KIND_NAMES[item.kind]} · {item.id}"
        self.body.update(Group(*self._content(item, query, only)))
        self.scroll_home(animate=False)

    def _badge(self, certainty: Certainty) -> Text:
        return badge(certainty, color=not self.app.no_color)

    def _quote(self, ev: Evidence, query: str) -> Padding:
        text = Text("“", style="dim")
        text.append_text(mark(Text(one_line(ev.quote), style="italic"), query))
        text.append("”", style="dim")
        where = ", ".join(str(s + 1) for s in ev.sentences)
        text.append(f"  sentence {where}" if len(ev.sentences) == 1 else f"  sentences {where}",
                    style="dim")
        if ev.note:
            text.append("\nnote: ", style="dim")
            text.append_text(mark(Text(one_line(ev.note)), query))
        return Padding(text, (0, 0, 0, 3))

    def _certainty(self, thing: Fact | object, query: str) -> Text:
        certainty = thing.certainty
        text = Text.assemble(self._badge(certainty), (f" {MEANINGS[certainty]}", "dim"))
        cues = getattr(thing, "cues", [])
        if cues:
            text.append("\n  cues: ", style="dim")
            text.append_text(mark(Text(", ".join(f"“{one_line(c)}”" for c in cues)), query))
        return text

    def _content(self, item: Item, query: str, only: Filter | None) -> list[RenderableType]:
        thing = item.thing
        out: list[RenderableType] = [mark(Text(visible(item.label), style="bold"), query)]
        meta = Text(style="dim")
        if item.kind == "party":
            meta.append(f"{thing.kind.value} · stance toward the deal: {thing.stance.value}")
        elif item.kind == "question":
            meta.append(f"question · {thing.status.value}")
        if meta.plain:
            out.append(meta)
        for label, name in (("Role", "role"), ("Location", "location"),
                            ("Workforce", "workforce"), ("Status", "status")):
            value = getattr(thing, name, None)
            if isinstance(value, str):
                out.append(Text.assemble((f"{label}: ", "bold"), mark(Text(visible(value)), query)))
        if getattr(thing, "owner", None):
            owner = one_line(self.briefing.item(thing.owner).label)
            out.append(Text.assemble(("Owner: ", "bold"), owner))
        if item.certainty is not None:
            out += [Text(), self._certainty(thing, query)]
        for label, name in (("", "detail"), ("Why it matters: ", "why")):
            value = getattr(thing, name, None)
            if isinstance(value, str):
                out += [Text(), Text.assemble((label, "bold"), mark(Text(visible(value)), query))]
        watch = getattr(thing, "watch_for", [])
        if watch:
            out += [Text(), Text("Watch for", style="bold")]
            out += [Text.assemble("  • ", mark(Text(one_line(w)), query)) for w in watch]
        if item.evidence:
            out += [Text(), Text("Evidence", style="bold")]
            out += [self._quote(ev, query) for ev in item.evidence]
        facts = [f for f in self.briefing.facts_of(item.id) if only is None or only.passes(f)]
        if item.facts:
            hidden = len(item.facts) - len(facts)
            out += [Text(), Text(f"Facts ({len(facts)})", style="bold")]
            if hidden:
                out.append(Text(f"  {hidden} hidden by the {only.name} filter", style="dim"))
            for number, fact in enumerate(facts):
                out += [Text()] if number else []
                out.append(Text.assemble(self._badge(fact.certainty), " ",
                                         mark(Text(visible(fact.label)), query)))
                out += [self._quote(ev, query) for ev in fact.evidence]
        links = self.briefing.links(item.id)
        links = [(how, other) for how, other in links if how != "fact"]
        if links:
            out += [Text(), Text("Links  (r to follow)", style="bold")]
            for how, other in links:
                out.append(Text.assemble((f"  {how:<16} ", "dim"), one_line(other.label)))
        return out

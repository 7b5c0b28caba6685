"""One item drawn in full for the item view: text, certainty and cues, quotes, facts, links."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from model import Certainty
from model.facts import Evidence
from model.fields import ItemFields
from model.filters import Filter

from .certainty import MEANINGS, Colors, badge
from .rows import mark
from .text import literal


class Tagged:
    """Text with a tag after its last line, or under it when the tag would not fit there:
    Rich breaks at any space, and "sentence" ended one line with its number on the next."""

    def __init__(self, text: Text, tag: str, after: Text | None = None) -> None:
        self.text, self.tag, self.after = text, tag, after

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text + f"  {self.tag}")

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.text.wrap(console, options.max_width)
        if lines[-1].cell_len + 2 + cell_len(self.tag) <= options.max_width:
            lines[-1].append(f"  {self.tag}", style="dim")
        else:
            lines.append(Text(self.tag, style="dim"))
        if self.after is not None:
            lines.extend(self.after.wrap(console, options.max_width))
        yield Text("\n").join(lines)


def quote(ev: Evidence, query: str) -> Padding:
    text = mark(literal(ev.quote, "italic"), query)
    text.append("”", style="dim")
    where = ", ".join(str(s + 1) for s in ev.sentences)
    tag = f"sentence {where}" if len(ev.sentences) == 1 else f"sentences {where}"
    note = None
    if ev.note:
        note = Text("note: ", style="dim")
        note.append_text(mark(literal(ev.note), query))
    return Padding(hanging(Text("“", style="dim"), Tagged(text, tag, note)), (0, 0, 0, 3))


def certainty(level: Certainty, cues: list[str], query: str, colors: Colors) -> Text:
    text = Text.assemble(badge(level, colors=colors), (f" {MEANINGS[level]}", "dim"))
    if cues:
        text.append("\n  cues: ", style="dim")
        text.append_text(mark(literal(", ".join(f"“{c}”" for c in cues)), query))
    return text


def hanging(head: Text, body: RenderableType) -> Table:
    """`head` then `body`, the body's wrapped lines indented under its first."""
    grid = Table.grid()
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(head, body)
    return grid


NOTE = "italic magenta"


def note_lines(note: str | None, query: str, indent: str = "") -> list[RenderableType]:
    """The reader's own note, told apart from the briefing's words."""
    if not note:
        return []
    return [hanging(Text(f"{indent}Your note: ", "bold magenta"),
                    mark(literal(note, NOTE, lines=True), query))]


def item_body(f: ItemFields, query: str, only: Filter | None, colors: Colors,
              marked: str | None = None, notes: dict[str, str] | None = None
              ) -> tuple[list[RenderableType], dict[str, int]]:
    """What the item view shows, and where in it each fact starts; the fact `marked` (one
    jumped to) stands out, and the reader's `notes` (by item id) show where they belong."""
    notes = notes or {}
    out: list[RenderableType] = [mark(literal(f.title, "bold", lines=True), query)]
    starts: dict[str, int] = {}
    if f.meta:
        out.append(Text(f.meta, style="dim"))
    if f.item.id in notes:
        out += [Text(), *note_lines(notes[f.item.id], query)]
    for label, value in f.details:
        out.append(hanging(Text(f"{label}: ", "bold"), mark(literal(value, lines=True), query)))
    if f.certainty is not None:
        out += [Text(), certainty(f.certainty, f.cues, query, colors)]
    for label, value in f.prose:
        head = "" if label == "Detail" else f"{label}: "
        out += [Text(), Text.assemble((head, "bold"), mark(literal(value, lines=True), query))]
    if f.watch_for:
        out += [Text(), Text("Watch for", style="bold")]
        out += [Text.assemble("  • ", mark(literal(w), query)) for w in f.watch_for]
    if f.evidence:
        out += [Text(), Text("Evidence", style="bold")]
        out += [quote(ev, query) for ev in f.evidence]
    facts = [fact for fact in f.facts if only is None or only.passes(fact)]
    if f.facts:
        hidden = len(f.facts) - len(facts)
        out += [Text(), Text(f"Facts ({len(facts)})", style="bold")]
        if hidden:
            out.append(Text(f"  {hidden} hidden by the {only.name} filter", style="dim"))
        for number, fact in enumerate(facts):
            out += [Text()] if number else []
            starts[fact.id] = len(out)
            head = Text.assemble(badge(fact.certainty, colors=colors), " ")
            body = mark(literal(fact.label, lines=True), query)
            if fact.id == marked:
                head = Text.assemble(("▶ ", "bold"), head)
                body.stylize("underline")
            out.append(hanging(head, body))
            out += [quote(ev, query) for ev in fact.evidence]
            out += note_lines(notes.get(fact.id), query, "   ")
    if f.links:
        out += [Text(), Text("Links  (r to follow)", style="bold")]
        for how, other in f.links:
            out.append(hanging(Text(f"  {how:<16} ", "dim"), literal(other.label)))
    return out, starts

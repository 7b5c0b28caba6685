"""The briefing laid out with Rich for an 80-column terminal (`briefing show`)."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from model import Briefing, Item, Kind, one_line
from model.facts import Evidence
from model.fields import ItemFields, fields

from .certainty import badge
from .item import hanging


def _indent(renderable: RenderableType, left: int) -> Padding:
    return Padding(renderable, (0, 0, 0, left), expand=False)


def _hanging(mark: str, body: Text, left: int) -> Padding:
    return _indent(hanging(Text(mark), body), left)


def _quotes(evidence: list[Evidence]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for ev in evidence:
        line = Text(one_line(ev.quote), style="italic")
        line.append("”", style="dim")
        if ev.note:
            line.append(f"  ({one_line(ev.note)})", style="dim")
        out.append(_hanging("“", line, 4))
    return out


def _note(notes: dict[str, str], ident: str, left: int) -> list[RenderableType]:
    note = notes.get(ident)
    if not note:
        return []
    return [_hanging("Your note: ", Text(one_line(note), style="italic"), left)]


def _fact(fact: Item) -> list[RenderableType]:
    thing = fact.thing
    line = Text(one_line(fact.label))
    line.append(" ")
    line.append_text(badge(thing.certainty, brackets=True))
    if thing.cues:
        line.append(f" cues: {', '.join(one_line(c) for c in thing.cues)}", style="dim")
    return [_hanging("• ", line, 2), *_quotes(thing.evidence)]


class _Beside:
    """A heading with its meta (a party's kind and stance) after it on one line when both fit,
    else the meta on a line of its own under it: never split between the two lines."""

    def __init__(self, head: Text, meta: Text) -> None:
        self.head, self.meta = head, meta

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.head.cell_len + 2 + self.meta.cell_len <= options.max_width:
            yield Text.assemble(self.head, "  ", self.meta)
        else:
            yield self.head
            yield _indent(self.meta, 2)


def _item(f: ItemFields, notes: dict[str, str]) -> list[RenderableType]:
    """One item: every field the reader shows, in its order."""
    head = Text(one_line(f.title), style="bold")
    if f.certainty is not None:
        head.append(" ")
        head.append_text(badge(f.certainty, brackets=True))
    out: list[RenderableType] = [_Beside(head, Text(f.meta, style="dim")) if f.meta else head]
    if f.details:
        table = Table.grid(padding=(0, 2))
        for label, value in f.details:
            table.add_row(Text(label, style="bold"), Text(one_line(value)))
        out.append(_indent(table, 2))
    if f.cues:
        out.append(_indent(Text(f"cues: {', '.join(one_line(c) for c in f.cues)}",
                                style="dim"), 2))
    for label, value in f.prose:
        prefix = "" if label == "Detail" else f"{label}: "
        out.append(_indent(Text(prefix + one_line(value)), 2))
    held = [one_line(other.label) for how, other in f.links if how == "held by"]
    if held:
        out.append(_indent(Text(f"held by {', '.join(held)}", style="dim"), 2))
    if f.watch_for:
        out.append(_indent(Text("Watch for: " + "; ".join(one_line(w) for w in f.watch_for)),
                           2))
    out += _quotes(f.evidence)
    out += _note(notes, f.item.id, 2)
    for fact in f.facts:
        out += [*_fact(fact), *_note(notes, fact.id, 4)]
    return out


def renderables(briefing: Briefing, notes: dict[str, str] | None = None
                ) -> list[RenderableType]:
    """The briefing as `show` prints it; with the reader's `notes` by item id."""
    f = briefing.file
    # The title is a heading of its own, wrapped: in the box's border Rich would cut it.
    out: list[RenderableType] = [
        Text(one_line(f.title), style="bold"),
        Panel(Text(one_line(f.bluf)), subtitle=Text(f"coverage {briefing.coverage}")),
    ]
    plant = one_line(f.plant.name)
    sections = ((f"Parties ({len(f.parties)})", Kind.party),
                (f"Plant: {plant}", Kind.plant),
                (f"Concerns ({len(f.concerns)})", Kind.concern),
                (f"Open questions ({len(f.questions)})", Kind.question))
    for heading, kind in sections:
        out.append(Rule(Text(heading, style="bold")))
        for item in briefing.of_kind(kind):
            out += [*_item(fields(briefing, item), notes or {}), Text()]
    uncited = briefing.uncited()
    if uncited:
        out.append(Rule(Text(f"Uncited sentences ({len(uncited)})", style="bold")))
        out += [Text(f"{s.index + 1}. {one_line(s.text)}") for s in uncited]
    return out


def print_text(briefing: Briefing, console: Console, notes: dict[str, str] | None = None
               ) -> None:
    emit(renderables(briefing, notes), console)


def stdout_console() -> Console:
    """A console for printing to stdout: 80 columns, fewer on a narrower terminal or when
    COLUMNS asks for fewer (20 at the least, where a box still holds a word)."""
    import shutil

    columns = shutil.get_terminal_size(fallback=(80, 24)).columns  # COLUMNS first
    return Console(width=max(20, min(80, columns)), highlight=False)


def emit(parts: list[RenderableType], console: Console) -> None:
    """Print in colour on a terminal; plain, without trailing blanks, down a pipe."""
    group = Group(*parts)
    if console.is_terminal:
        console.print(group)
        return
    with console.capture() as capture:
        console.print(group)
    # Rich pads grid rows to the full width; a pipe deserves no trailing blanks.
    console.file.write("\n".join(line.rstrip() for line in capture.get().splitlines()) + "\n")

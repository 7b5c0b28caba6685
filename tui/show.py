"""`briefing show --format text`: the briefing laid out with Rich for an 80-column terminal."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from model import Briefing, one_line
from model.facts import Evidence, Fact

from .certainty import badge


def _indent(renderable: RenderableType, left: int) -> Padding:
    return Padding(renderable, (0, 0, 0, left), expand=False)


def _hanging(mark: str, body: Text, left: int) -> Padding:
    grid = Table.grid()
    grid.add_column(width=len(mark))
    grid.add_column()
    grid.add_row(mark, body)
    return _indent(grid, left)


def _quotes(evidence: list[Evidence]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for ev in evidence:
        line = Text(one_line(ev.quote), style="italic")
        line.append("”", style="dim")
        if ev.note:
            line.append(f"  ({one_line(ev.note)})", style="dim")
        out.append(_hanging("“", line, 4))
    return out


def _fact(fact: Fact) -> list[RenderableType]:
    line = Text(one_line(fact.text))
    line.append(" ")
    line.append_text(badge(fact.certainty, brackets=True))
    if fact.cues:
        line.append(f" cues: {', '.join(one_line(c) for c in fact.cues)}", style="dim")
    return [_hanging("• ", line, 2), *_quotes(fact.evidence)]


def renderables(briefing: Briefing) -> list[RenderableType]:
    f = briefing.file
    name = {item.id: one_line(item.label) for item in briefing.items}
    out: list[RenderableType] = [
        Panel(Text(one_line(f.bluf)), title=Text(one_line(f.title), style="bold"),
              subtitle=Text(f"coverage {briefing.coverage}"), title_align="left"),
    ]
    out.append(Rule(Text(f"Parties ({len(f.parties)})", style="bold")))
    for party in f.parties:
        head = Text(one_line(party.name), style="bold")
        head.append(f"  {party.kind} · {party.stance}", style="dim")
        out += [head, _indent(Text(one_line(party.role)), 2)]
        for fact in party.facts:
            out += _fact(fact)
        out.append(Text())
    plant = f.plant
    out.append(Rule(Text(f"Plant: {one_line(plant.name)}", style="bold")))
    table = Table.grid(padding=(0, 2))
    for label, value in (("Location", plant.location), ("Owner", name.get(plant.owner or "")),
                         ("Workforce", plant.workforce), ("Status", plant.status)):
        if value:
            table.add_row(Text(label, style="bold"), Text(one_line(value)))
    out.append(table)
    for fact in plant.facts:
        out += _fact(fact)
    out.append(Rule(Text(f"Concerns ({len(f.concerns)})", style="bold")))
    for concern in f.concerns:
        head = Text(one_line(concern.title), style="bold")
        head.append(" ")
        head.append_text(badge(concern.certainty, brackets=True))
        held = ", ".join(name[i] for i in concern.held_by)
        out += [head, _indent(Text(f"held by {held}", style="dim"), 2),
                _indent(Text(one_line(concern.detail)), 2), *_quotes(concern.evidence),
                Text()]
    out.append(Rule(Text(f"Open questions ({len(f.questions)})", style="bold")))
    for q in f.questions:
        head = Text(one_line(q.question), style="bold")
        head.append(f"  {q.status}", style="dim")
        out += [head, _indent(Text("Why: " + one_line(q.why)), 2)]
        if q.watch_for:
            watch = "; ".join(one_line(w) for w in q.watch_for)
            out.append(_indent(Text("Watch for: " + watch), 2))
        out += [*_quotes(q.evidence), Text()]
    uncited = briefing.uncited()
    if uncited:
        out.append(Rule(Text(f"Uncited sentences ({len(uncited)})", style="bold")))
        out += [Text(f"{s.index + 1}. {one_line(s.text)}") for s in uncited]
    return out


def print_text(briefing: Briefing, console: Console) -> None:
    group = Group(*renderables(briefing))
    if console.is_terminal:
        console.print(group)
        return
    with console.capture() as capture:
        console.print(group)
    # Rich pads grid rows to the full width; a pipe deserves no trailing blanks.
    console.file.write("\n".join(line.rstrip() for line in capture.get().splitlines()) + "\n")

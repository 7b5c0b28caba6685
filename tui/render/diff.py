"""A diff laid out with Rich (`briefing diff`): one heading for each section (the briefing, a
party with its facts, the plant, a concern, a question), its changes under it and a fact's
several changes under the fact; colour marks what was added, removed or moved, and the words
say it too."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.padding import Padding
from rich.text import Text

from model import Certainty
from model.diff import Change, Diff, Section
from model.diff_export import heading, lines, segments, subheading, tag

from .certainty import badge
from .item import hanging
from .show import emit
from .text import literal

TAG_STYLES = {"+": "bold green", "-": "bold red", "~": "bold yellow", "firmer": "bold green",
              "weaker": "bold yellow", "reversed": "bold red", "answered": "bold cyan",
              "reopened": "bold magenta", "+ quote": "green", "- quote": "red",
              "new source": "bold cyan", "replaced": "bold yellow"}
ROLE_STYLES = {"what": "dim", "field": "dim", "old": "red", "new": "green", "arrow": "dim",
               "quote": "italic"}


class Packed:
    """Phrases joined by commas and wrapped between them, never inside one: "2 evidence" at
    one line's end and "added" at the next's read as two counts."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = phrases

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines, line = [], ""
        for phrase in self.phrases:
            joined = f"{line}, {phrase}" if line else phrase
            if line and cell_len(joined) + 1 > options.max_width:  # and its comma
                lines.append(f"{line},")
                line = phrase
            else:
                line = joined
        yield Text("\n".join([*lines, line]))


def _words(change: Change, section: Section) -> Text:
    out = Text()
    for role, text in segments(change, section):
        if role == "level":
            out.append_text(badge(Certainty(text), brackets=True))
        elif role == "label":
            out.append_text(literal(text, "bold"))
        elif role == "quote":
            out.append_text(Text.assemble("“", literal(text, ROLE_STYLES[role]), "”"))
        elif role in ("what", "field", "arrow"):  # the diff's own words, not the briefing's
            out.append(text, style=ROLE_STYLES[role])
        else:
            out.append_text(literal(text, ROLE_STYLES[role]))
    return out


def _line(change: Change, section: Section, indent: int) -> RenderableType:
    mark = tag(change)
    return Padding(hanging(Text(f"{mark} ", style=TAG_STYLES[mark]), _words(change, section)),
                   (0, 0, 0, indent))


def renderables(diff: Diff) -> list[RenderableType]:
    title = Text.assemble(("Changes to ", "bold"), literal(diff.new.title, "bold"),
                          (f" ({diff.story})", "dim"))
    paths = Text.assemble(literal(str(diff.old.path)), (" → ", "dim"),
                          literal(str(diff.new.path)))
    out: list[RenderableType] = [title, paths, Packed(diff.summary().split(", "))]
    if moved := diff.moved():
        out.append(Text.assemble(("Certainty: ", "bold"), moved))
    for section in diff.sections:
        out += [Text(), literal(heading(section), "bold")]
        for lead, changes in lines(section):
            if lead is not None:
                out.append(Padding(literal(subheading(lead), "bold"), (0, 0, 0, 2)))
            out += [_line(change, section, 2 if lead is None else 4) for change in changes]
    return out


def print_diff(diff: Diff, console: Console) -> None:
    emit(renderables(diff), console)

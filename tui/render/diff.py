"""A diff laid out with Rich (`briefing diff`): one heading for each item that changed, its
changes under it; colour marks what was added, removed or moved, and the words say it too."""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.padding import Padding
from rich.text import Text

from model import Certainty
from model.diff import Diff, What, runs
from model.diff_export import heading, segments, tag

from .certainty import badge
from .item import hanging
from .show import emit
from .text import literal

TAG_STYLES = {"+": "bold green", "-": "bold red", "~": "bold yellow", "firmer": "bold green",
              "weaker": "bold yellow", "reversed": "bold red", "answered": "bold cyan",
              "reopened": "bold magenta", "+ quote": "green", "- quote": "red",
              "new source": "bold cyan"}
ROLE_STYLES = {"field": "dim", "old": "red", "new": "green", "arrow": "dim", "quote": "italic"}


def _words(change) -> Text:
    out = Text()
    for role, text in segments(change):
        if role == "level":
            out.append_text(badge(Certainty(text), brackets=True))
        elif role == "quote":
            out.append_text(Text.assemble("“", literal(text, ROLE_STYLES[role]), "”"))
        elif role in ("field", "arrow"):  # the diff's own words, not the briefing's
            out.append(text, style=ROLE_STYLES[role])
        else:
            out.append_text(literal(text, ROLE_STYLES[role]))
    return out


def renderables(diff: Diff) -> list[RenderableType]:
    title = Text.assemble(("Changes to ", "bold"), literal(diff.new.title, "bold"),
                          (f" ({diff.story})", "dim"))
    paths = Text.assemble(literal(str(diff.old.path)), (" → ", "dim"),
                          literal(str(diff.new.path)))
    out: list[RenderableType] = [title, paths, Text(diff.summary())]
    out += [Text()] if diff.changes else []
    for run in runs(diff.changes):
        first = run[0]
        if first.what in (What.added, What.removed, What.opened):
            mark = tag(first)
            line = Text.assemble(_words(first), literal(heading(first), "bold"))
            out.append(hanging(Text(f"{mark} ", style=TAG_STYLES[mark]), line))
            continue
        out.append(literal(heading(first), "bold"))
        for change in run:
            mark = tag(change)
            out.append(Padding(hanging(Text(f"{mark} ", style=TAG_STYLES[mark]),
                                       _words(change)), (0, 0, 0, 2)))
    return out


def print_diff(diff: Diff, console: Console) -> None:
    emit(renderables(diff), console)

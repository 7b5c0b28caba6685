"""How one row of a pane reads, and search hits marked in any text."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

from model import Certainty, Item
from model.briefing import Kind

from .certainty import Colors, style
from .text import literal

HIT = Style(color="black", bgcolor="yellow", bold=True)


def mark(text: Text, query: str) -> Text:
    """Highlight every case-insensitive occurrence of `query` in `text`, in place."""
    if query:
        text.highlight_regex(re.compile(re.escape(query), re.IGNORECASE), HIT)
    return text


def badge_cell(certainty: Certainty, colors: Colors) -> Text:
    return Text(f" {certainty.value:<11} ", style=style(certainty, colors))


# Since the reader last read the story: new or changed, in a column of their own when any is.
FLAGS = {"new": ("+", "bold green"), "changed": ("~", "bold yellow"), "": (" ", "")}


def prompt(item: Item, query: str = "", hit: bool = False, colors: Colors = "full", *,
           pinned: bool = False, flag: str | None = None, cursor: bool = False) -> Text:
    """One row; under the `cursor` its second line of detail is not dimmed, as dimmed on the
    cursor's colour it fell to 3:1."""
    aside = "" if cursor else "dim"
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if hit:
        text.append("◆", style=HIT)  # yellow alone fades into a light background
    else:
        text.append("*" if pinned else " ", style="bold magenta")
    if flag is not None:
        text.append(*FLAGS[flag])
    thing = item.thing
    if item.kind is Kind.party:
        text.append_text(literal(item.label, "bold"))
        text.append(f"  {thing.kind.value} · {thing.stance.value}", style=aside)
    elif item.kind is Kind.plant:
        text.append_text(literal(item.label, "bold"))
        where = ", ".join(v for v in (thing.location, thing.workforce) if v)
        if where:
            text.append("  " + literal(where).plain, style=aside)
    elif item.kind in (Kind.fact, Kind.concern):
        text.append_text(badge_cell(item.certainty, colors))
        text.append(" ")
        text.append_text(literal(item.label))
    else:
        text.append("✓ " if thing.status.value == "answered" else "? ", style="bold")
        text.append_text(literal(item.label))
    return mark(text, query)

"""What each pane lists, and how one row of it reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from model import Briefing, Certainty, Item, one_line

from .certainty import style

PANES = ("parties", "plant", "concerns", "questions")
TITLES = {"parties": "Parties", "plant": "Plant", "concerns": "Concerns", "questions": "Questions"}
HIT = Style(color="black", bgcolor="yellow", bold=True)
FIRM = frozenset({Certainty.confirmed, Certainty.stated})


@dataclass(frozen=True)
class Filter:
    """Which certainty levels to show; `None` shows everything."""

    levels: frozenset[Certainty] | None = None
    name: str = "all"

    def passes(self, item: Item) -> bool:
        if self.levels is None:
            return True
        if item.certainty is not None:
            return item.certainty in self.levels
        facts = item.facts
        return not facts and item.kind == "question" or any(
            f.certainty in self.levels for f in facts
        )


EVERYTHING = Filter()
FIRM_ONLY = Filter(FIRM, "firm")
HEDGED_ONLY = Filter(frozenset(Certainty) - FIRM, "hedged")


def pane_of(briefing: Briefing, item: Item) -> tuple[str, str]:
    """The pane and row that show an item: a party's fact shows in its party's row."""
    if item.kind == "fact" and item.parent is not None:
        parent = briefing.item(item.parent)
        if parent.kind == "party":
            return "parties", parent.id
        return "plant", item.id
    if item.kind == "party":
        return "parties", item.id
    return {"plant": "plant", "concern": "concerns", "question": "questions"}[item.kind], item.id


def rows(briefing: Briefing, pane: str, only: Filter) -> list[Item]:
    if pane == "parties":
        chosen = briefing.of_kind("party")
    elif pane == "plant":
        plant = briefing.item(briefing.file.plant.id)
        return [plant] + [f for f in briefing.facts_of(plant.id) if only.passes(f)]
    else:
        chosen = briefing.of_kind(pane.removesuffix("s"))
    return [item for item in chosen if only.passes(item)]


def mark(text: Text, query: str) -> Text:
    """Highlight every case-insensitive occurrence of `query` in `text`, in place."""
    if query:
        text.highlight_regex(re.compile(re.escape(query), re.IGNORECASE), HIT)
    return text


def badge_cell(certainty: Certainty, color: bool) -> Text:
    return Text(f" {certainty.value:<11} ", style=style(certainty, color))


def prompt(item: Item, query: str = "", hit: bool = False, color: bool = True) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append("◆" if hit else " ", style="bold yellow")
    thing = item.thing
    if item.kind == "party":
        text.append(one_line(item.label), style="bold")
        text.append(f"  {thing.kind.value} · {thing.stance.value}", style="dim")
    elif item.kind == "plant":
        text.append(one_line(item.label), style="bold")
        where = ", ".join(one_line(v) for v in (thing.location, thing.workforce) if v)
        if where:
            text.append(f"  {where}", style="dim")
    elif item.kind == "fact" or item.kind == "concern":
        text.append_text(badge_cell(item.certainty, color))
        text.append(" " + one_line(item.label))
    else:
        text.append("✓ " if thing.status.value == "answered" else "? ", style="bold")
        text.append(one_line(item.label))
    return mark(text, query)

"""The four panes: what each lists, and which pane and row show an item."""

from __future__ import annotations

from model import Briefing, Item
from model.briefing import Kind
from model.filters import Filter

PANES = ("parties", "plant", "concerns", "questions")
TITLES = {"parties": "Parties", "plant": "Plant", "concerns": "Concerns", "questions": "Questions"}
KIND_OF_PANE = {"parties": Kind.party, "concerns": Kind.concern, "questions": Kind.question}
PANE_OF_KIND = {Kind.plant: "plant", Kind.concern: "concerns", Kind.question: "questions",
                Kind.party: "parties"}


def pane_of(briefing: Briefing, item: Item) -> tuple[str, str]:
    """The pane and row that show an item: a party's fact shows in its party's row."""
    if item.kind is Kind.fact and item.parent is not None:
        parent = briefing.item(item.parent)
        if parent.kind is Kind.party:
            return "parties", parent.id
        return "plant", item.id
    return PANE_OF_KIND[item.kind], item.id


def rows(briefing: Briefing, pane: str, only: Filter) -> list[Item]:
    if pane == "plant":
        plant = briefing.item(briefing.file.plant.id)
        return [plant] + [f for f in briefing.facts_of(plant.id) if only.passes(f)]
    return [item for item in briefing.of_kind(KIND_OF_PANE[pane]) if only.passes(item)]


def grid_rows(counts: dict[str, int], current: str, height: int) -> str | None:
    """Wide, the heights of the stacked panes: the current one two shares, the others one,
    but a pane whose rows need less than its share only what they need (two concerns took
    eleven lines while nine parties had four). None when every pane fills its share, or when
    every pane fits in its own: the stylesheet's shares then show every row."""
    shares = {pane: 2 if pane == current else 1 for pane in counts}
    rows = []
    for pane, count in counts.items():
        need = max(count, 1) + 2  # its rows and its border
        fair = height * shares[pane] // sum(shares.values())
        rows.append(str(need) if need < fair else f"{shares[pane]}fr")
    flexible = sum(row.endswith("fr") for row in rows)
    return None if flexible in (0, len(rows)) else " ".join(rows)

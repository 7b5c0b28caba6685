"""Why the briefing on screen is not the one on disk: the problems of the last save that did
not load, shown until a save loads."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from ..render.text import literal

SHOWN = 6  # problems listed; the rest are counted


class Problems(Static):
    def __init__(self) -> None:
        super().__init__(id="problems")
        self.display = False

    def show(self, path: Path, problems: list[str]) -> None:
        text = Text()
        text.append("The last save does not load; this is the briefing as it was before it.",
                    style="bold")
        for problem in problems[:SHOWN]:
            text.append("\n")
            text.append_text(literal(problem))
        if len(problems) > SHOWN:
            text.append(f"\n… and {len(problems) - SHOWN} more: briefing check ")
            text.append_text(literal(str(path)))
        self.update(text)
        self.display = True

    def clear(self) -> None:
        self.display = False

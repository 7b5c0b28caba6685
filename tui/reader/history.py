"""Where the reader has been, and the order of what it did: `esc` undoes the most recent step
(a jump, an opened view, a search), and `[` `]` walk back and forward through the jumps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Place = tuple[str, str, str]  # (pane, row id, the view open on it: "item", "source" or "")
Step = Literal["jump", "view", "search"]


class History:
    LIMIT = 1000  # places and steps kept; the oldest go first

    def __init__(self) -> None:
        self.behind: list[Place] = []
        self.ahead: list[Place] = []
        self.steps: list[Step] = []

    def step(self, kind: Step) -> None:
        self.steps.append(kind)
        del self.steps[: -self.LIMIT]

    def remember(self, here: Place, there: Place) -> None:
        """Note a jump from `here` to `there`; a jump to the row we are on is no step, even one
        that opens its view (a party's own fact)."""
        if here[:2] != there[:2]:
            self.behind.append(here)
            del self.behind[: -self.LIMIT]
            self.ahead.clear()
            self.step("jump")

    def back(self, here: Place) -> Place | None:
        if not self.behind:
            return None
        self.ahead.append(here)
        return self.behind.pop()

    def forward(self, here: Place) -> Place | None:
        if not self.ahead:
            return None
        self.behind.append(here)
        return self.ahead.pop()

    def undo(self, applies: Callable[[Step], bool]) -> Step | None:
        """The most recent step that can still be undone; steps already undone otherwise
        (a view closed by hand, a search cleared) are passed over."""
        while self.steps:
            kind = self.steps.pop()
            if applies(kind):
                return kind
        return None

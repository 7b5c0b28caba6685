"""Where the reader has been: the places it jumped from, to go back to."""

from __future__ import annotations

Place = tuple[str, str]  # (pane, row id)


class History:
    LIMIT = 1000  # places kept; the oldest go first

    def __init__(self) -> None:
        self.places: list[Place] = []

    def remember(self, here: Place, there: Place) -> None:
        """Note a jump from `here` to `there`; a jump to where we are is no step."""
        if here != there:
            self.places.append(here)
            del self.places[: -self.LIMIT]

    def back(self) -> Place | None:
        return self.places.pop() if self.places else None

    def __bool__(self) -> bool:
        return bool(self.places)

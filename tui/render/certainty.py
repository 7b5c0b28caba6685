"""How each certainty level looks: a word always, so it reads without colour too, on a chip of
its own colour, so it reads the same on a plain row, under the cursor and on a search hit."""

from __future__ import annotations

from typing import Literal

from rich.style import Style
from rich.text import Text

from model import Certainty

Colors = Literal["full", "16", "none"]

# Firm to weak: greens, then teal and amber, then lavender; unknown in grey; denied apart in
# red. Each pair keeps at least 4.5:1 in truecolor and in 256 colours (tests/tui/test_contrast.py).
FULL: dict[Certainty, Style] = {
    Certainty.confirmed: Style(color="#ffffff", bgcolor="#1f6f3a", bold=True),
    Certainty.stated: Style(color="#000000", bgcolor="#7ccf8a", bold=True),
    Certainty.likely: Style(color="#000000", bgcolor="#8fd0dc", bold=True),
    Certainty.reported: Style(color="#000000", bgcolor="#e3c565", bold=True),
    Certainty.possible: Style(color="#000000", bgcolor="#c9b3ec", bold=True),
    Certainty.unconfirmed: Style(color="#ffffff", bgcolor="#5c5c66", bold=True),
    Certainty.denied: Style(color="#ffffff", bgcolor="#b3261e", bold=True),
}

# 16 colours: the same order in the terminal's own colours, each at least 3:1 with the usual
# xterm palette. Downgraded, the colours above would fold into two greys.
SIXTEEN: dict[Certainty, Style] = {
    Certainty.confirmed: Style(color="black", bgcolor="green", bold=True),
    Certainty.stated: Style(color="black", bgcolor="bright_green", bold=True),
    Certainty.likely: Style(color="black", bgcolor="cyan", bold=True),
    Certainty.reported: Style(color="black", bgcolor="yellow", bold=True),
    Certainty.possible: Style(color="black", bgcolor="bright_magenta", bold=True),
    Certainty.unconfirmed: Style(color="black", bgcolor="white", bold=True),
    Certainty.denied: Style(color="bright_white", bgcolor="red", bold=True),
}

MEANINGS: dict[Certainty, str] = {
    Certainty.confirmed: "a party said so itself",
    Certainty.stated: "the source asserts it flatly",
    Certainty.likely: "likely, expected, will probably",
    Certainty.reported: "attributed: reportedly, insiders suggest, according to",
    Certainty.possible: "could, may, might, possibly, potentially",
    Certainty.unconfirmed: "no official confirmation, unclear",
    Certainty.denied: "denied or ruled out",
}


# Without colour (NO_COLOR) a grey rendering of the colours can fade to nothing: plain
# attributes keep every word legible, firm levels upright and hedged ones in italics.
PLAIN = Style(bold=True)
PLAIN_HEDGED = Style(bold=True, italic=True)


def colors_of(app: object) -> Colors:
    """Which set of styles suits the terminal the app draws on."""
    if getattr(app, "no_color", False):
        return "none"
    system = getattr(getattr(app, "console", None), "color_system", "truecolor")
    return "16" if system in ("standard", "windows") else "full"


def style(certainty: Certainty, colors: Colors = "full") -> Style:
    if colors == "none":
        return PLAIN if certainty.firm else PLAIN_HEDGED
    return (SIXTEEN if colors == "16" else FULL)[certainty]


def badge(certainty: Certainty, *, brackets: bool = False, colors: Colors = "full") -> Text:
    """The level's word in its style; in brackets where colour may be lost (pipes)."""
    word = f"[{certainty.value}]" if brackets else f" {certainty.value} "
    return Text(word, style=style(certainty, colors))

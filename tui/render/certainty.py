"""How each certainty level looks: a word always, so it reads without colour too."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from model import Certainty

STYLES: dict[Certainty, Style] = {
    Certainty.confirmed: Style(color="black", bgcolor="green", bold=True),
    Certainty.stated: Style(color="green", bold=True),
    Certainty.likely: Style(color="cyan", bold=True),
    Certainty.reported: Style(color="yellow", bold=True),
    Certainty.possible: Style(color="magenta", bold=True),
    Certainty.unconfirmed: Style(color="black", bgcolor="yellow", bold=True),
    Certainty.denied: Style(color="white", bgcolor="red", bold=True),
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


def style(certainty: Certainty, color: bool = True) -> Style:
    if color:
        return STYLES[certainty]
    return PLAIN if certainty.firm else PLAIN_HEDGED


def badge(certainty: Certainty, *, brackets: bool = False, color: bool = True) -> Text:
    """The level's word in its style; in brackets where colour may be lost (pipes)."""
    word = f"[{certainty.value}]" if brackets else f" {certainty.value} "
    return Text(word, style=style(certainty, color))

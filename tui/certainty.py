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


def badge(certainty: Certainty, *, brackets: bool = False) -> Text:
    """The level's word in its style; in brackets where colour may be lost (pipes)."""
    word = f"[{certainty.value}]" if brackets else f" {certainty.value} "
    return Text(word, style=STYLES[certainty])

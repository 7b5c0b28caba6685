"""The one way briefing text reaches the screen: as rich.text.Text, never parsed as markup,
every control character, escape sequence and bidi override replaced by a visible stand-in."""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from model import one_line, visible


def literal(text: str, style: StyleType = "", *, lines: bool = False) -> Text:
    """Untrusted `text` as Text, folded onto one line unless `lines` keeps its line breaks."""
    return Text(visible(text) if lines else one_line(text), style=style)

"""Making untrusted text safe to print: no control codes ever reach a terminal."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi controls that can reorder
# what a reader sees (Trojan Source).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def safe_chars(text: str) -> str:
    """Control characters replaced one for one, so character offsets still hold."""
    return text if _UNSAFE.search(text) is None else _UNSAFE.sub(_placeholder, text)


def visible(text: str) -> str:
    """Return `text` with every control character replaced by a visible stand-in."""
    if _UNSAFE.search(text) is None:
        return text.expandtabs(4) if "\t" in text else text
    return _UNSAFE.sub(_placeholder, text).expandtabs(4)


def one_line(text: str) -> str:
    """`visible(text)` with line breaks folded, for lists and titles."""
    return " ".join(visible(text).split())

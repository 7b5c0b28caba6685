"""Making untrusted text safe to print: no control codes ever reach a terminal."""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, the bidi controls that can reorder what a
# reader sees (Trojan Source), and the line and paragraph separators some terminals and shells
# take for a new line.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def escaped(text: str) -> str:
    """JSON or YAML text with each unsafe character written as a \\uXXXX escape: the data is
    unchanged for a parser, and nothing reaches a terminal raw."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


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

"""`briefing keys`: every binding id with its keys and what it does, for a `[keymap]`."""

from __future__ import annotations

from ..keys import GROUPS


def print_keys(keymap: dict[str, str] | None = None) -> int:
    """The keys in effect: the defaults, as remapped by the user's `[keymap]`."""
    keymap = keymap or {}
    for title, table in GROUPS:
        print(f"# {title}")
        for key in table:
            keys = keymap.get(key.id, key.keys)
            mine = "  (your keymap)" if key.id in keymap else ""
            print(f"{key.id:<16} {keys:<24} {key.help}{mine}")
    return 0

"""`briefing keys`: every binding id with its keys and what it does, for a `[keymap]`."""

from __future__ import annotations

from ..keys import GROUPS


def print_keys() -> int:
    for title, table in GROUPS:
        print(f"# {title}")
        for key in table:
            print(f"{key.id:<16} {key.keys:<24} {key.help}")
    return 0

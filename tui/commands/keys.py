"""`briefing keys`: every binding id with its keys and what it does, for a `[keymap]`."""

from __future__ import annotations

from ..keys import GROUPS, SHOWN, keys_of


def print_keys(keymap: dict[str, str] | None = None) -> int:
    """The keys in effect: the defaults, as remapped by the user's `[keymap]`, shown as the
    `?` screen shows them (as typed: `/`, not Textual's `slash`), in columns as wide as their
    widest entry."""
    keymap = keymap or {}
    rows = [(title, [(key.id, keys_of(key, keymap),
                      key.help + ("  (your keymap)" if key.id in keymap else ""))
                     for key in table]) for title, table in GROUPS]
    ids = max(len(ident) for _, keys in rows for ident, _, _ in keys)
    typed = max(len(shown) for _, keys in rows for _, shown, _ in keys)
    for title, keys in rows:
        print(f"# {title}")
        for ident, shown, what in keys:
            print(f"{ident:<{ids}}  {shown:<{typed}}  {what}")
    names = ", ".join(f"{shown} as {name}" for name, shown in SHOWN.items())
    print(f"# In [keymap], write keys by Textual's names, commas between: {names}")
    return 0

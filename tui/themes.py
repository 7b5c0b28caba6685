"""The reader's own dark and light themes; Textual's ANSI themes work as well."""

from textual.theme import Theme

DARK = Theme(
    name="briefing-dark",
    primary="#5fafff",
    secondary="#87afaf",
    accent="#ffaf5f",
    warning="#ffd75f",
    error="#ff5f5f",
    success="#5fd787",
    foreground="#e4e4e4",
    background="#121212",
    surface="#1c1c1c",
    panel="#262626",
    dark=True,
)

LIGHT = Theme(
    name="briefing-light",
    primary="#005faf",
    secondary="#5f8787",
    accent="#6f4a00",  # the footer's keys on the panel: 6:1, and 4.8:1 in 256 colours
    warning="#6b5500",  # text on the panel and the surface: 5:1 and more, in 256 colours too
    error="#d70000",
    success="#008700",
    foreground="#1c1c1c",
    background="#fafafa",
    surface="#eeeeee",
    panel="#e4e4e4",
    dark=False,
)

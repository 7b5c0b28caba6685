"""Every key of the reader, declared once: its binding id, default keys and what it does.

The widgets' BINDINGS, the `?` screen and `briefing keys` are all built from these tables, and
a user's keymap (Textual's, binding id to keys) remaps them by id.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Key:
    id: str
    keys: str  # Textual's key names, comma-separated
    action: str
    label: str  # short, for the footer
    help: str  # what it does, for `?` and `briefing keys`
    show: bool = False  # in the footer
    priority: bool = False  # before the focused widget's own keys

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.label, show=self.show, id=self.id,
                       priority=self.priority)


APP = (
    Key("quit", "q", "quit", "Quit", "quit", show=True),
    Key("help", "question_mark", "help", "Keys", "every key, on one screen", show=True),
    Key("palette", "ctrl+p", "command_palette", "palette",
        "command palette: jump to any item, filter by certainty, theme", priority=True),
)

READER = (
    Key("pane.parties", "1", "focus_pane('parties')", "Parties", "focus Parties"),
    Key("pane.plant", "2", "focus_pane('plant')", "Plant", "focus the Plant"),
    Key("pane.concerns", "3", "focus_pane('concerns')", "Concerns", "focus Concerns"),
    Key("pane.questions", "4", "focus_pane('questions')", "Questions", "focus Questions"),
    Key("source", "5,s", "source", "Source",
        "show the Source: the current item's quotes highlighted", show=True),
    Key("pane.next", "tab", "cycle(1)", "Next pane", "next pane"),
    Key("pane.previous", "shift+tab", "cycle(-1)", "Previous pane", "previous pane"),
    Key("search", "slash", "search", "Search",
        "search as you type; enter jumps to the first hit", show=True),
    Key("hit.next", "n", "hit(1)", "Next", "next search hit, across panes", show=True),
    Key("hit.previous", "N", "hit(-1)", "Previous hit", "previous search hit"),
    Key("related", "r", "related", "Related", "related items; enter jumps there", show=True),
    Key("copy", "y", "copy", "Copy", "copy the item with its quotes"),
    Key("maximize", "z", "maximize", "Zoom",
        "the focused pane or view fills the screen; z again restores it", show=True),
    Key("edit", "e", "edit", "Edit",
        "edit the briefing at this item ($VISUAL, $EDITOR or vi); reloads on exit"),
    Key("changes", "c", "changes", "Changes",
        "what changed since you last read this story; enter jumps there"),
    Key("pin", "m", "pin", "Pin", "pin or unpin the item; pinned items lead the palette"),
    Key("note", "a", "note", "Note", "your note on the item; esc saves, empty deletes it"),
    Key("bluf", "b", "bluf", "Bottom line", "the whole bottom line, or back to its first lines"),
    Key("back", "escape", "back", "Back",
        "undo the last step: a jump, a view, a search; else back to the library", show=True),
    Key("history.back", "left_square_bracket,ctrl+o", "history(-1)", "Back",
        "back to where you jumped from"),
    Key("history.forward", "right_square_bracket", "history(1)", "Forward",
        "forward again, to where you jumped"),
)

LIST = (
    Key("list.down", "down,j", "cursor_down", "Down", "move down"),
    Key("list.up", "up,k", "cursor_up", "Up", "move up"),
    Key("list.first", "home,g", "first", "First", "first row"),
    Key("list.last", "end,G", "last", "Last", "last row"),
    Key("list.page-down", "pagedown", "page_down", "Page down", "a page down"),
    Key("list.page-up", "pageup", "page_up", "Page up", "a page up"),
    Key("list.open", "enter", "select", "Open",
        "open the item: text, certainty, quotes, links", show=True),
)

SCROLL = (
    Key("scroll.down", "j", "scroll_down", "Down", "scroll the item or source down"),
    Key("scroll.up", "k", "scroll_up", "Up", "scroll the item or source up"),
    Key("scroll.top", "g", "scroll_home", "Top", "to the top of the item or source"),
    Key("scroll.bottom", "G", "scroll_end", "Bottom", "to the end of the item or source"),
)

SEARCH = (Key("search.submit", "enter", "submit", "Jump", "jump to the first hit", show=True),)

RELATED = (Key("related.back", "escape", "dismiss_none", "Back",
               "close the related list or the changes", show=True),)

NOTE = (Key("note.save", "escape", "save", "Save", "save the note and close it", show=True,
            priority=True),)

LIBRARY = (
    Key("library.filter", "slash", "filter", "Filter",
        "filter the stories by title, id or file name", show=True),
    Key("library.clear", "escape", "clear_filter", "Clear", "clear the filter", show=True),
)

FILTER = (Key("filter.done", "enter", "submit", "List", "back to the filtered list", show=True),)

VERSIONS = (Key("versions.back", "escape", "dismiss_none", "Back",
                "close the versions, open none", show=True),)

HELP = (
    Key("help.close", "escape,question_mark,q", "close", "Close", "close this screen",
        show=True),
    Key("help.down", "j,down", "scroll('down')", "Down", "scroll this screen down"),
    Key("help.up", "k,up", "scroll('up')", "Up", "scroll this screen up"),
)

# Where each table applies, in the order `?` and `briefing keys` list them.
GROUPS = (("Reader", READER), ("Panes", LIST), ("Search line", SEARCH),
          ("Item and source", SCROLL), ("App", APP),
          ("Related list and changes", RELATED), ("Note", NOTE), ("Library", LIBRARY),
          ("Library filter", FILTER), ("Versions", VERSIONS), ("This screen", HELP))
ALL = tuple(key for _, table in GROUPS for key in table)
# Tables whose keys are live at the same time: one key in two of them would do only one thing.
TOGETHER = ((APP, READER, LIST), (APP, READER, SCROLL), (APP, READER, SEARCH), (APP, RELATED),
            (APP, NOTE), (APP, HELP), (APP, LIBRARY, LIST), (APP, FILTER), (APP, VERSIONS, LIST))
BY_ID = {key.id: key for key in ALL}

# Textual's names for keys a user types as one character
SHOWN = {"question_mark": "?", "slash": "/", "escape": "esc", "pagedown": "pgdn",
         "pageup": "pgup", "down": "↓", "up": "↑",
         "left_square_bracket": "[", "right_square_bracket": "]"}


def bindings(table: tuple[Key, ...]) -> list[Binding]:
    return [key.binding() for key in table]


def keys_of(key: Key, keymap: dict[str, str]) -> str:
    """The keys bound to `key` once the user's keymap is applied, as a user types them."""
    names = keymap.get(key.id, key.keys).split(",")
    return " ".join(SHOWN.get(name.strip(), name.strip()) for name in names if name.strip())


def _names(keys: str) -> set[str]:
    return {name.strip() for name in keys.split(",") if name.strip()}


def clashes(keymap: dict[str, str]) -> list[tuple[str, str, str]]:
    """(id, key, other id) for each key the user gives a binding that another binding live at
    the same time already has. Overlaps in the defaults are left alone: they are by design."""
    found = []
    for tables in TOGETHER:
        live = [key for table in tables for key in table]
        for key in live:
            if key.id not in keymap:
                continue
            added = _names(keymap[key.id]) - _names(key.keys)
            for other in live:
                if other.id != key.id:
                    found += [(key.id, name, other.id) for name in sorted(
                        added & _names(keymap.get(other.id, other.keys)))]
    return sorted(set(found))

"""The library's rows: one line a story (or a version), in columns under a heading line.

Columns are text, padded to widths fitted to the list. A title keeps at least 30 cells: at 80
columns every count fits beside it, and when it would not (narrower, or with the New column) the
counts least needed go first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text

from model.library import Entry
from model.since import Since

from .text import literal

Column = tuple[str, int]  # heading, width
COLUMNS: tuple[Column, ...] = (("Date", 11), ("Parties", 7), ("Concerns", 8), ("Open Q", 6),
                               ("Versions", 8), ("New", 6))
DROPPED = ("Concerns", "Parties", "Versions")  # in this order, when the title has no room
TITLE = 30  # the narrowest title kept before a column is dropped


@dataclass(frozen=True)
class Row:
    id: str  # the option's id
    title: Text
    values: dict[str, str] = field(default_factory=dict)  # by heading
    error: Text | None = None  # a file that does not load: this, across the whole row
    strong: bool = False  # something is new in it


def without(columns: tuple[Column, ...], *names: str) -> tuple[Column, ...]:
    return tuple(column for column in columns if column[0] not in names)


def fitted(width: int, columns: tuple[Column, ...]) -> tuple[int, list[Column]]:
    """The title's width and the columns that fit beside it in `width` cells."""
    kept = list(columns)
    for name in DROPPED:
        if _title(width, kept) >= TITLE:
            break
        kept = [column for column in kept if column[0] != name]
    return _title(width, kept), kept


def _title(width: int, columns: list[Column]) -> int:
    return max(4, width - sum(size + 1 for _, size in columns))


def line(row: Row, width: int, columns: tuple[Column, ...]) -> Text:
    title_width, kept = fitted(width, columns)
    if row.error is not None:
        out = Text.assemble(("✗ ", "bold red"), row.error)
        out.truncate(width, overflow="ellipsis")
        return out
    out = row.title.copy()
    out.truncate(title_width, overflow="ellipsis", pad=True)
    if row.strong:
        out.stylize("bold")
    for name, size in kept:
        value = row.values.get(name, "")
        out.append(" " + value.rjust(size)[-size:], style="bold" if name == "New" and
                   row.strong else "")
    return out


def heading(first: str, width: int, columns: tuple[Column, ...]) -> Text:
    title_width, kept = fitted(width, columns)
    out = Text(first.ljust(title_width)[:title_width], style="bold")
    for name, size in kept:
        out.append(" " + name.rjust(size)[-size:], style="bold")
    return out


def new_count(since: Since | None) -> str:
    """What the New column says: unread, the items new or changed since the last read, or
    nothing when nothing moved (or there is no reading state)."""
    if since is None:
        return ""
    if since.first_read:
        return "unread"
    moved = len(since.new) + len(since.changed)
    return str(moved) if moved else ""


def entry_row(ident: str, entry: Entry, title: Text, since: Since | None,
              versions: int = 1) -> Row:
    if entry.briefing is None:
        more = f" (and {entry.problems - 1} more)" if entry.problems > 1 else ""
        return Row(ident, literal(entry.path.name), error=literal(entry.error + more))
    file = entry.briefing.file
    date = entry.published.isoformat() if entry.published else f"~{entry.day.isoformat()}"
    new = new_count(since)
    values = {"Date": date, "Parties": str(len(file.parties)),
              "Concerns": str(len(file.concerns)),
              "Open Q": f"{entry.open_questions}/{len(file.questions)}",
              "Versions": str(versions) if versions > 1 else "", "New": new}
    return Row(ident, title, values, strong=bool(new))


def story_row(ident: str, entry: Entry, since: Since | None, versions: int) -> Row:
    title = literal(entry.briefing.title) if entry.briefing else literal(entry.path.name)
    return entry_row(ident, entry, title, since, versions)


def version_row(ident: str, entry: Entry, since: Since | None) -> Row:
    return entry_row(ident, entry, literal(entry.path.name), since)

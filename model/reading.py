"""What a reader has read, pinned and noted, per story and per item key (since.py), kept in
SQLite at $XDG_DATA_HOME/briefing/reading.db or a path the caller gives (one per SSH key).

Several readers may share one file at once, so it is in WAL mode, every write is one short
`BEGIN IMMEDIATE` transaction (a writer waits for the lock rather than failing on it midway) and
waits up to `timeout` for it. A file that cannot serve is reported, never repaired: open()
returns Unavailable with the reason and the reader goes on without state; a failure found
later is kept in `failure`, the first one only, and the call returns as if nothing were stored.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .briefing import Briefing
from .files import user_dir
from .since import Print, Since, changes_since, version_of

NOTE_LIMIT = 10_000  # characters in one note
LABEL_LIMIT = 200  # characters kept of an item's label: enough to recognise it once it is gone
TIMEOUT = 10.0  # seconds a call waits for another reader's write to finish

# MIGRATIONS[n] takes a database from schema version n to n + 1 (PRAGMA user_version); a new
# file is version 0. Released versions are never edited: a change is a new step at the end.
MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: the first release
        "CREATE TABLE seen (story TEXT NOT NULL, item TEXT NOT NULL, fingerprint TEXT NOT NULL,"
        " shown_at INTEGER NOT NULL, PRIMARY KEY (story, item)) WITHOUT ROWID",
        "CREATE TABLE pins (story TEXT NOT NULL, item TEXT NOT NULL,"
        " pinned_at INTEGER NOT NULL, PRIMARY KEY (story, item)) WITHOUT ROWID",
        "CREATE TABLE notes (story TEXT NOT NULL, item TEXT NOT NULL,"
        f" text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND {NOTE_LIMIT}),"
        " updated_at INTEGER NOT NULL, PRIMARY KEY (story, item)) WITHOUT ROWID",
    ),
    (  # 2: what each item was (to say what is gone), and which version was read last
        "ALTER TABLE seen ADD COLUMN kind TEXT",
        "ALTER TABLE seen ADD COLUMN label TEXT",
        "ALTER TABLE seen ADD COLUMN position INTEGER",
        "CREATE TABLE versions (story TEXT NOT NULL PRIMARY KEY, day TEXT NOT NULL,"
        " modified REAL NOT NULL) WITHOUT ROWID",
    ),
]


def default_path() -> Path:
    return user_dir("XDG_DATA_HOME", ".local/share") / "reading.db"


def keyed_path(folder: Path, key_fingerprint: str) -> Path:
    """A file of its own for each client key (serve ssh), named so no key text reaches a
    path."""
    return folder / f"reading-{hashlib.sha256(key_fingerprint.encode()).hexdigest()[:32]}.db"


@dataclass(frozen=True)
class Unavailable:
    """Why there is no reading state: show it once, then read without."""

    reason: str

    def __enter__(self) -> Unavailable:
        return self

    def __exit__(self, *_: object) -> None:
        return None


class NoteTooLong(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__(f"a note holds at most {NOTE_LIMIT:,} characters, not {length:,}")


def _prepare(path: Path) -> None:
    """A 0700 folder and a 0600 file, made before SQLite opens it (it would use 0644); an
    existing file is left as it is."""
    folder = path.parent
    if not folder.is_dir():
        folder.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another reader made it first
            folder.mkdir(mode=0o700)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                         | os.O_CLOEXEC, 0o600))
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(f"not a regular file: {path}")


class ReadingState:
    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self.failure: str | None = None
        self._db = connection
        self._lock = threading.Lock()  # one connection, and the app may call from a worker

    @classmethod
    def open(cls, path: Path | str | None = None, *,
             timeout: float = TIMEOUT) -> ReadingState | Unavailable:
        path = Path(path) if path is not None else default_path()
        db = None
        try:
            if "\0" in str(path):
                raise OSError("the path contains a NUL character")
            _prepare(path)
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None,
                                 check_same_thread=False)
            version = db.execute("PRAGMA user_version").fetchone()[0]  # not SQLite: raises
            if version > len(MIGRATIONS):
                db.close()
                return Unavailable(f"{path}: written by a newer briefing (schema {version}; "
                                   f"this one knows up to {len(MIGRATIONS)}); left as it is")
            if db.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
            db.execute("PRAGMA journal_mode=WAL")
            _migrate(db)
        except (OSError, sqlite3.Error) as error:
            if db is not None:
                db.close()
            return Unavailable(f"{path}: {getattr(error, 'strerror', None) or error}; "
                               "reading without saved state (the file is left as it is)")
        return cls(db, path)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> ReadingState:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _fail(self, error: Exception) -> None:
        if self.failure is None:
            self.failure = f"{self.path}: {error}; what you read is not being saved"

    def _rows(self, sql: str, *args: object) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as error:
                self._fail(error)
                return []

    def _write(self, work: Callable[[sqlite3.Connection], None]) -> None:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    work(self._db)
                    self._db.execute("COMMIT")
                except BaseException:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as error:
                self._fail(error)

    # What was shown: the fingerprint of each item key when the reader last saw it.

    def seen(self, story: str) -> dict[str, str]:
        """The fingerprint of each key, in the order the items were shown."""
        return dict(self._rows("SELECT item, fingerprint FROM seen WHERE story = ?"
                               " ORDER BY position IS NULL, position, item", story))

    def shown(self, story: str, keys: list[str]) -> dict[str, tuple[str | None, str | None]]:
        """The kind and label each of `keys` had when shown (None before schema 2 kept them):
        asked only of the few a reader is told are gone, not of every item (100,000 labels
        were 20 MB read at each open)."""
        found: dict[str, tuple[str | None, str | None]] = {}
        for start in range(0, len(keys), 500):  # within SQLite's count of parameters
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update((key, (kind, label)) for key, kind, label in self._rows(
                f"SELECT item, kind, label FROM seen WHERE story = ? AND item IN ({marks})",
                story, *chunk))
        return found

    def last_version(self, story: str) -> tuple[str, float] | None:
        rows = self._rows("SELECT day, modified FROM versions WHERE story = ?", story)
        return (rows[0][0], rows[0][1]) if rows else None

    def mark_seen(self, story: str, prints: Iterable[tuple[str, str] | tuple[str, str, str, str]],
                  when: float | None = None, version: tuple[str, float] | None = None) -> None:
        """Record (key, fingerprint) or (key, fingerprint, kind, label) as what the story
        looks like now, and `version` as the one read, in one transaction: keys not among
        them are forgotten, or they would read as gone forever."""
        at = int(time.time() if when is None else when)
        rows = [(story, key, fingerprint, at, kind, label and label[:LABEL_LIMIT], position)
                for position, (key, fingerprint, kind, label)
                in enumerate((*one, None, None)[:4] for one in prints)]

        def replace(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM seen WHERE story = ?", (story,))
            db.executemany("INSERT OR REPLACE INTO seen (story, item, fingerprint, shown_at,"
                           " kind, label, position) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            if version is not None:
                db.execute("INSERT OR REPLACE INTO versions VALUES (?, ?, ?)", (story, *version))

        self._write(replace)

    def read(self, briefing: Briefing, current: list[Print]) -> Since:
        """`briefing` (its prints `current`) against what was last read of its story, which
        it then becomes; unless it is an older version than the one last read, which is not
        compared and changes nothing: an analyst reading an old version to compare does not
        expect the newest to count its items as new again."""
        story, version = briefing.file.id, version_of(briefing)
        last = self.last_version(story)
        if last is not None and version < last:
            return Since({}, [], [], [], first_read=False, older=True)
        since = changes_since(briefing, self.seen(story), current,
                              lambda keys: self.shown(story, keys))
        self.mark_seen(story, [(one.key, one.fingerprint, str(one.item.kind), one.item.label)
                               for one in current], version=version)
        return since

    def last_read(self, story: str) -> float | None:
        rows = self._rows("SELECT max(shown_at) FROM seen WHERE story = ?", story)
        return rows[0][0] if rows else None

    # Pins, in the order they were made.

    def pins(self, story: str) -> list[str]:
        return [key for (key,) in self._rows(
            "SELECT item FROM pins WHERE story = ? ORDER BY pinned_at, item", story)]

    def set_pin(self, story: str, key: str, pinned: bool) -> None:
        if pinned:
            self._write(lambda db: db.execute(
                "INSERT OR IGNORE INTO pins VALUES (?, ?, ?)", (story, key, int(time.time()))))
        else:
            self._write(lambda db: db.execute(
                "DELETE FROM pins WHERE story = ? AND item = ?", (story, key)))

    # Notes: private text on an item, at most NOTE_LIMIT characters.

    def notes(self, story: str) -> dict[str, str]:
        return dict(self._rows(f"SELECT item, substr(text, 1, {NOTE_LIMIT}) FROM notes"
                               " WHERE story = ?", story))

    def note(self, story: str, key: str) -> str | None:
        rows = self._rows(f"SELECT substr(text, 1, {NOTE_LIMIT}) FROM notes"
                          " WHERE story = ? AND item = ?", story, key)
        return rows[0][0] if rows else None

    def set_note(self, story: str, key: str, text: str) -> None:
        """Save a note; an empty (or blank) one deletes it. NoteTooLong past NOTE_LIMIT."""
        if len(text) > NOTE_LIMIT:
            raise NoteTooLong(len(text))
        if not text.strip():
            self._write(lambda db: db.execute(
                "DELETE FROM notes WHERE story = ? AND item = ?", (story, key)))
            return
        self._write(lambda db: db.execute(
            "INSERT INTO notes VALUES (?, ?, ?, ?) ON CONFLICT (story, item) DO UPDATE"
            " SET text = excluded.text, updated_at = excluded.updated_at",
            (story, key, text, int(time.time()))))


def _migrate(db: sqlite3.Connection) -> None:
    """Bring the file to the newest schema, one step at a time, in one transaction; the
    version is read again under the write lock, as another reader may have migrated it."""
    if db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for step in MIGRATIONS[version:]:
            for statement in step:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise

"""Reading state in SQLite: kept across restarts, shared by readers writing at once, migrated
from older schemas, and a file that cannot serve reported without being touched."""

import os
import sqlite3
import threading

import pytest

from model import reading
from model.reading import NOTE_LIMIT, NoteTooLong, ReadingState, Unavailable, keyed_path
from tests.support.reading import writers


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "briefing" / "reading.db"


def test_state_is_kept_across_reopening(path):
    with ReadingState.open(path) as state:
        state.mark_seen("mill", [("acme", "f1"), ("acme/abc", "f2")], when=1000)
        state.mark_seen("mill", [("acme", "f3")], when=2000)
        state.set_pin("mill", "acme/abc", True)
        state.set_pin("mill", "acme", True)
        state.set_pin("mill", "acme", False)
        state.set_note("mill", "acme", "Ask the union.")
        state.set_note("other", "acme", "Another story's note.")
    with ReadingState.open(path) as state:
        assert state.seen("mill") == {"acme": "f3"}  # what the story was when last shown
        assert state.last_read("mill") == 2000
        assert state.pins("mill") == ["acme/abc"]
        assert state.notes("mill") == {"acme": "Ask the union."}
        assert state.note("other", "acme") == "Another story's note."
        assert state.seen("unknown") == {} and state.last_read("unknown") is None
        assert state.failure is None


def test_default_location_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    with ReadingState.open() as state:
        assert state.path == tmp_path / "xdg" / "briefing" / "reading.db"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert reading.default_path().parts[-4:] == (".local", "share", "briefing", "reading.db")


def test_file_0600_in_a_folder_0700_in_wal_mode(path):
    old = os.umask(0o022)
    try:
        with ReadingState.open(path) as state:
            state.set_pin("mill", "acme", True)
            for name in os.listdir(path.parent):  # the WAL and shared memory files too
                assert os.stat(path.parent / name).st_mode & 0o777 == 0o600, name
    finally:
        os.umask(old)
    assert os.stat(path.parent).st_mode & 0o777 == 0o700
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(reading.MIGRATIONS)


def test_notes_are_bounded_and_an_empty_one_deletes(path):
    with ReadingState.open(path) as state:
        state.set_note("mill", "acme", "x" * NOTE_LIMIT)
        with pytest.raises(NoteTooLong):
            state.set_note("mill", "acme", "y" * (NOTE_LIMIT + 1))
        assert state.note("mill", "acme") == "x" * NOTE_LIMIT
        state.set_note("mill", "acme", "  \n ")
        assert state.note("mill", "acme") is None and state.notes("mill") == {}


@pytest.mark.slow  # new interpreters
def test_two_processes_writing_at_once_lose_nothing(path):
    ReadingState.open(path).close()
    running = writers(str(path), ["one", "two"], 150)
    for process in running:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    with ReadingState.open(path) as state:
        for who in ("one", "two"):
            assert all(state.seen(f"{who}-{n}") == {"item": f"print-{n}"} for n in range(150))
            assert all(state.note("story", f"{who}-{n}") == f"note {n} by {who}"
                       for n in range(150))
        assert len(state.pins("story")) == 300
        assert state.seen("shared")["item"] in ("one-149", "two-149")


def test_threads_and_a_fresh_file_opened_by_many_at_once(path):
    """Opening makes the folder, the file and the schema: racing openers must agree."""
    failures = []

    def reader(n: int) -> None:
        state = ReadingState.open(path)
        if isinstance(state, Unavailable):
            failures.append(state.reason)
            return
        with state:
            for m in range(20):
                state.set_pin("story", f"{n}-{m}", True)
            failures.extend([state.failure] if state.failure else [])

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    with ReadingState.open(path) as state:
        assert len(state.pins("story")) == 120


def schema_at(path, version: int) -> None:
    """A database as a release with `version` left it, with a row in each table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    for step in reading.MIGRATIONS[:version]:
        for statement in step:
            db.execute(statement)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO seen VALUES ('mill', 'acme', 'f1', 5)")
    db.execute("INSERT INTO pins VALUES ('mill', 'acme', 5)")
    db.execute("INSERT INTO notes VALUES ('mill', 'acme', 'kept', 5)")
    db.close()


def test_an_older_schema_is_migrated_once_keeping_its_data(path, monkeypatch):
    schema_at(path, 1)
    later = [*reading.MIGRATIONS, ("ALTER TABLE notes ADD COLUMN colour TEXT",)]
    monkeypatch.setattr(reading, "MIGRATIONS", later)
    for _ in range(2):  # a second open must not run the step again
        with ReadingState.open(path) as state:
            assert not isinstance(state, Unavailable), state
            assert state.seen("mill") == {"acme": "f1"} and state.note("mill", "acme") == "kept"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(later)
        assert "colour" in [row[1] for row in db.execute("PRAGMA table_info(notes)")]


def test_a_newer_schema_is_refused_and_left_alone(path):
    schema_at(path, 1)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    before = path.read_bytes()
    state = ReadingState.open(path)
    assert isinstance(state, Unavailable) and "schema 99" in state.reason
    assert path.read_bytes() == before


def damaged(path) -> bytes:
    """A real database with a page in its middle overwritten."""
    with ReadingState.open(path) as state:
        state.mark_seen("mill", [(f"key-{n}", "x" * 40) for n in range(3000)])
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[4 * 4096:5 * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("what", ["text", "damaged", "directory"])
def test_a_file_that_cannot_serve_is_reported_and_never_touched(path, what):
    path.parent.mkdir(parents=True)
    if what == "text":
        path.write_bytes(b"my shopping list, not a database\n" * 200)
    elif what == "damaged":
        damaged(path)
    else:
        path.mkdir()
    before = path.read_bytes() if path.is_file() else None
    state = ReadingState.open(path)
    assert isinstance(state, Unavailable)
    assert state.reason.startswith(f"{path}: ") and "left as it is" in state.reason
    with state as same:  # usable where a state is, in a with block
        assert same is state
    assert (path.read_bytes() if path.is_file() else None) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_reported(path):
    schema_at(path, 1)
    path.chmod(0)
    state = ReadingState.open(path)
    assert isinstance(state, Unavailable) and str(path) in state.reason


def test_a_lock_held_forever_is_reported_once_and_reading_goes_on(path):
    with ReadingState.open(path, timeout=0.2) as state:
        state.set_pin("mill", "acme", True)
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program that never lets go
        try:
            state.set_pin("mill", "union", True)
            state.set_note("mill", "acme", "lost")
            assert "locked" in state.failure
            first = state.failure
            state.set_pin("mill", "mayor", True)
            assert state.failure == first
            assert state.pins("mill") == ["acme"]  # what was saved still reads
        finally:
            holder.close()


def test_locked_before_opening_is_unavailable(path):
    schema_at(path, 1)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # not in WAL mode: nobody else may even read
    try:
        state = ReadingState.open(path, timeout=0.2)
        assert isinstance(state, Unavailable) and "locked" in state.reason
    finally:
        holder.close()


def test_one_file_per_client_key(tmp_path):
    one, two = keyed_path(tmp_path, "SHA256:abc/def"), keyed_path(tmp_path, "SHA256:xyz")
    assert one != two and one.parent == tmp_path and "/" not in one.name
    assert "abc" not in one.name and one == keyed_path(tmp_path, "SHA256:abc/def")

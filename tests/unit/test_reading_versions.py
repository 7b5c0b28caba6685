"""What the reading state keeps to say what is gone (schema 2), and which version of a story
was read last: reading an older one changes nothing the newest counts as new."""

import os
import sqlite3

import pytest

from model import reading
from model.reading import LABEL_LIMIT, ReadingState
from model.since import changes_since, prints
from tests.support.stories import DIFF, version


@pytest.fixture
def state(tmp_path):
    with ReadingState.open(tmp_path / "reading.db") as opened:
        yield opened


def test_items_gone_are_named_as_they_were_shown(state):
    older, newer = version("mill-1.yaml"), version("mill-2.yaml")
    assert state.read(older, prints(older)).first_read
    since = state.read(newer, prints(newer))
    # in the order they were shown; a fact whose first quote was replaced has a new key
    assert [(one.kind, str(one)) for one in since.gone] == [
        ("fact", "About 1,200 workers could lose their jobs."),
        ("fact", "The mayor opposes the closure."), ("fact", "Birch Holdings may buy the mill."),
        ("party", "An economist"), ("fact", "The town's budget may shrink by 3.5 percent.")]


def test_a_label_is_kept_bounded(state):
    state.mark_seen("mill", [("acme", "f1", "party", "x" * 5000)])
    assert state.shown("mill", ["acme", "other"]) == {"acme": ("party", "x" * LABEL_LIMIT)}


def test_a_state_from_schema_1_says_gone_items_by_kind_and_id(tmp_path):
    path = tmp_path / "reading.db"
    db = sqlite3.connect(path, isolation_level=None)
    for statement in reading.MIGRATIONS[0]:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    older = version("mill-1.yaml")
    db.executemany("INSERT INTO seen VALUES ('acme-mill', ?, ?, 5)",
                   [(one.key, one.fingerprint) for one in prints(older)])
    db.close()
    with ReadingState.open(path) as state:
        since = state.read(version("mill-2.yaml"), prints(version("mill-2.yaml")))
    gone = [str(one) for one in since.gone]
    assert "economist" in gone and "a fact of economist" in gone


def test_reading_an_older_version_leaves_the_newest_as_it_was(state):
    older, newer = version("mill-1.yaml"), version("mill-2.yaml")  # published a month apart
    state.read(newer, prints(newer))
    before = state.seen("acme-mill")
    since = state.read(older, prints(older))
    assert since.older and not since.new and not since.changed and not since.states
    assert state.seen("acme-mill") == before
    again = changes_since(newer, state.seen("acme-mill"))
    assert (again.new, again.changed) == ([], [])


def test_a_version_saved_later_is_newer_though_its_date_is_the_same(state, tmp_path):
    for name in ("mill-1.yaml", "mill-1.txt"):
        (tmp_path / name).write_bytes((DIFF / name).read_bytes())
    path = tmp_path / "mill-1.yaml"
    os.utime(path, (1_000_000_000, 1_000_000_000))
    first = version("mill-1.yaml", tmp_path)
    state.read(first, prints(first))
    path.write_text(path.read_text().replace("name: An economist", "name: An analyst"))
    second = version("mill-1.yaml", tmp_path)
    since = state.read(second, prints(second))
    assert not since.older and [one.item.id for one in since.changed] == ["economist"]
    os.utime(path, (900_000_000, 900_000_000))  # a copy of an earlier save, its time kept
    assert state.read(version("mill-1.yaml", tmp_path), prints(second)).older

"""The cache of loaded briefings: a hit only while nothing that decides the result changed."""

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from model import Briefing, BriefingError, Limits, Sentence, cache, loader
from model.cache import cache_dir, open_briefing
from tests.support.briefings import MILL_SOURCE, MILL_YAML, write_mill
from tests.support.paths import REPO


def entries() -> list[Path]:
    folder = cache_dir()
    return sorted(folder.iterdir()) if folder and folder.is_dir() else []


@pytest.fixture
def no_loading(monkeypatch):
    """Any call of the full loader fails the test: what is opened must come from the cache."""

    def refuse(*args, **kwargs):
        raise AssertionError("load_briefing was called")

    monkeypatch.setattr(loader, "load_briefing", refuse)


def test_a_second_open_reads_the_cache(tmp_path, request):
    path = write_mill(tmp_path)
    first = open_briefing(path)
    [entry] = entries()
    assert entry.stat().st_mode & 0o777 == 0o600
    assert entry.parent.stat().st_mode & 0o777 == 0o700
    request.getfixturevalue("no_loading")
    again = open_briefing(path)
    assert again.file == first.file
    assert again.sentences == first.sentences
    assert [item.id for item in again.items] == [item.id for item in first.items]
    assert again.item("mayor.1").evidence[0].span == first.item("mayor.1").evidence[0].span
    assert again.source_text == MILL_SOURCE and again.path == path


@pytest.mark.slow  # new interpreters
def test_a_hit_needs_neither_pydantic_nor_yaml(tmp_path):
    path = write_mill(tmp_path)
    script = ("import sys; from model.cache import open_briefing; "
              f"b = open_briefing({str(path)!r}); "
              "print(b.title, 'pydantic' in sys.modules, 'yaml' in sys.modules)")
    run = [sys.executable, "-c", script]
    cold = subprocess.run(run, capture_output=True, text=True, cwd=REPO, check=True)
    warm = subprocess.run(run, capture_output=True, text=True, cwd=REPO, check=True)
    assert cold.stdout.endswith("True True\n")
    assert warm.stdout == "Acme to close the Dunmore mill False False\n"


def test_a_changed_briefing_is_loaded_again(tmp_path, monkeypatch):
    path = write_mill(tmp_path)
    open_briefing(path)
    write_mill(tmp_path, MILL_YAML.replace("Acme to close", "Acme may close"))
    assert open_briefing(path).title == "Acme may close the Dunmore mill"
    assert len(entries()) == 2


def test_a_changed_source_is_checked_again(tmp_path):
    path = write_mill(tmp_path)
    open_briefing(path)
    (tmp_path / "mill.txt").write_text(MILL_SOURCE.replace("March", "April"))
    with pytest.raises(BriefingError, match="sha256 does not match the source file"):
        open_briefing(path)


def test_other_limits_are_another_key(tmp_path):
    path = write_mill(tmp_path)
    open_briefing(path)
    with pytest.raises(BriefingError, match="more than the limit of 3"):
        open_briefing(path, limits=Limits(max_items=3))


def test_a_new_cache_format_is_a_miss(tmp_path, monkeypatch):
    path = write_mill(tmp_path)
    open_briefing(path)
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    open_briefing(path)
    assert len(entries()) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path, damage):
    path = write_mill(tmp_path)
    expected = open_briefing(path).file
    [entry] = entries()
    entry.write_bytes(damage)
    assert open_briefing(path).file == expected
    assert open_briefing(path).file == expected
    assert len(entry.read_bytes()) > 1000


def plant(entry: Path, title: str) -> None:
    """Put a briefing with another title and no questions in the entry, as another might."""
    with entry.open("rb") as handle:
        file, sentences = cache._load(handle)
    file.title, file.questions = title, []
    with entry.open("wb") as out:
        cache._dump(out, Briefing(file, Path(), Path(), "", sentences))


def test_an_entry_others_can_write_is_not_trusted(tmp_path):
    path = write_mill(tmp_path)
    open_briefing(path)
    [entry] = entries()
    plant(entry, "Planted")
    assert open_briefing(path).title == "Planted"  # the entry is what a hit reads
    plant(entry, "Planted")
    entry.chmod(0o666)
    assert open_briefing(path).title == "Acme to close the Dunmore mill"
    plant(entry, "Planted")
    entry.chmod(0o600)
    entry.parent.chmod(0o777)
    assert open_briefing(path).title == "Acme to close the Dunmore mill"


def test_no_cache_when_it_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path = write_mill(tmp_path)
    assert open_briefing(path).title == open_briefing(path).title
    assert blocker.read_text() == ""


def test_no_cache_when_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert cache_dir() is None
    open_briefing(write_mill(tmp_path))
    monkeypatch.delenv("BRIEFING_NO_CACHE")
    assert entries() == []


def test_the_least_recently_opened_entries_go(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "KEEP", 3)
    paths = []
    for n in range(5):
        folder = tmp_path / str(n)
        folder.mkdir()
        paths.append(write_mill(folder, MILL_YAML.replace("Dunmore mill\n", f"mill {n}\n", 1)))
    for path in paths:
        open_briefing(path)
    assert len(entries()) == 3
    kept = {entry.name for entry in entries()}
    assert cache._key(paths[-1].read_bytes(), Limits()) in kept
    assert cache._key(paths[0].read_bytes(), Limits()) not in kept


def test_entries_past_the_byte_budget_go_the_newest_kept(tmp_path, monkeypatch):
    paths = []
    for n in range(4):
        folder = tmp_path / str(n)
        folder.mkdir()
        paths.append(write_mill(folder, MILL_YAML.replace("Dunmore mill\n", f"mill {n}\n", 1)))
    open_briefing(paths[0])
    size = entries()[0].stat().st_size
    monkeypatch.setattr(cache, "KEEP_BYTES", 2 * size + size // 2)  # room for two
    for path in paths[1:]:
        open_briefing(path)
    kept = {entry.name for entry in entries()}
    assert kept == {cache._key(path.read_bytes(), Limits()) for path in paths[2:]}
    monkeypatch.setattr(cache, "KEEP_BYTES", 1)  # room for none: the newest stays
    open_briefing(paths[0])
    assert {entry.name for entry in entries()} == {cache._key(paths[0].read_bytes(), Limits())}


@pytest.mark.slow  # new interpreters
def test_check_never_reads_the_cache(tmp_path):
    path = write_mill(tmp_path)
    run = [sys.executable, "-m", "tui", "check", str(path)]
    subprocess.run([sys.executable, "-m", "tui", "show", str(path)], cwd=REPO, check=True,
                   capture_output=True)
    [entry] = entries()
    plant(entry, "Planted")
    shown = subprocess.run([sys.executable, "-m", "tui", "show", str(path), "--format", "json"],
                           cwd=REPO, capture_output=True, text=True, check=True)
    assert '"title": "Planted"' in shown.stdout
    checked = subprocess.run(run, cwd=REPO, capture_output=True, text=True)
    assert checked.returncode == 0 and ", 1 question," in checked.stdout


def test_records_are_stored_in_chunks_and_read_back_whole(tmp_path, monkeypatch, request):
    monkeypatch.setattr(cache, "CHUNK", 1)
    path = write_mill(tmp_path)
    first = open_briefing(path)
    assert len(first.file.parties) > 1 and len(first.sentences) > 1
    request.getfixturevalue("no_loading")
    again = open_briefing(path)
    assert again.file == first.file and again.sentences == first.sentences


def test_a_truncated_entry_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "CHUNK", 1)
    path = write_mill(tmp_path)
    expected = open_briefing(path).file
    [entry] = entries()
    entry.write_bytes(entry.read_bytes()[:-40])
    assert open_briefing(path).file == expected


def test_an_upgraded_checker_is_a_miss(tmp_path, monkeypatch):
    package = tmp_path / "checker"
    package.mkdir()
    (package / "fake_checker.py").write_text("VERSION = 1\n")
    monkeypatch.syspath_prepend(str(package))
    monkeypatch.setattr(cache, "CHECKERS", ("fake_checker",))
    path = write_mill(tmp_path)
    open_briefing(path)
    open_briefing(path)
    assert len(entries()) == 1
    (package / "fake_checker.py").write_text("VERSION = 2.0\n")
    open_briefing(path)
    assert len(entries()) == 2


def test_sentences_pickle_as_a_call():
    sentence = Sentence(3, 10, 20, "A sentence.")
    assert pickle.loads(pickle.dumps(sentence)) == sentence
    assert sentence.__reduce__() == (Sentence, (3, 10, 20, "A sentence."))

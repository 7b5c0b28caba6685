"""The library's model: a folder scanned, each file loaded or kept with its first problem,
versions grouped by story, newest first, and bounds on what a folder may ask."""

from __future__ import annotations

import os

import pytest

from model import Limits
from model.library import load_entry, read_library, scan, stories, unreadable
from tests.support.library import ORDER, library_copy, stamp


@pytest.fixture
def folder(tmp_path):
    return library_copy(tmp_path)


def test_the_stories_newest_first_by_source_date_else_file_date(folder):
    found, listed = read_library(folder, Limits())
    assert found.problem == "" and found.left_out == 0
    assert [story.id for story in listed] == ORDER


def test_versions_of_a_story_are_one_story_newest_version_first(folder):
    _, listed = read_library(folder, Limits())
    mill = next(story for story in listed if story.id == "acme-mill")
    assert [entry.path.name for entry in mill.versions] == ["mill-2.yaml", "mill-1.yaml"]
    assert [str(entry.published) for entry in mill.versions] == ["2026-04-01", "2026-03-01"]
    assert all(len(story.versions) == 1 for story in listed if story is not mill)


def test_only_yaml_and_yml_of_the_folder_itself_are_listed(folder):
    (folder / "below").mkdir()
    (folder / "below" / "deeper.yaml").write_text("format: briefing/1\n")
    (folder / ".hidden.yaml").write_text("format: briefing/1\n")
    (folder / "notes.md").write_text("# notes\n")
    names = {path.name for path in scan(folder).paths}
    assert "river-clinic.yml" in names and "mill-1.yaml" in names
    assert not names & {"deeper.yaml", ".hidden.yaml", "notes.md", "mill-1.txt", "below"}


def test_a_file_that_does_not_load_is_listed_with_its_first_problem(folder):
    _, listed = read_library(folder, Limits())
    broken = {story.id: story.newest for story in listed if story.newest.briefing is None}
    assert set(broken) == {"/broken.yaml", "/stale-source.yaml"}
    assert broken["/broken.yaml"].error.startswith(
        "broken.yaml:5:5: error: the list '[' opened at line 4")
    assert "sha256" in broken["/stale-source.yaml"].error


def test_special_files_are_listed_with_their_problem_and_never_block(folder):
    os.mkfifo(folder / "pipe.yaml")  # opening it for reading would wait for a writer
    os.symlink("loop.yaml", folder / "loop.yaml")
    os.symlink("nowhere.yaml", folder / "dangling.yaml")
    (folder / "folder.yaml").mkdir()
    (folder / "huge.yaml").write_bytes(b"x" * 200_001)
    _, listed = read_library(folder, Limits(max_bytes=200_000))
    errors = {story.newest.path.name: story.newest.error for story in listed
              if story.newest.briefing is None}
    assert "not a regular file" in errors["pipe.yaml"]
    assert "symbolic links" in errors["loop.yaml"]
    assert "no such file" in errors["dangling.yaml"]
    assert "directory" in errors["folder.yaml"]
    assert "larger than the limit" in errors["huge.yaml"]
    assert len(listed) == len(ORDER) + 5


def test_at_most_max_files_are_loaded_the_newest_and_the_rest_counted(folder):
    for n in range(5):
        path = folder / f"extra-{n}.yaml"
        path.write_text("format: briefing/1\n")
        stamp(path, f"2027-01-0{n + 1}")
    found = scan(folder, max_files=3)
    assert [path.name for path in found.paths] == ["extra-4.yaml", "extra-3.yaml",
                                                   "extra-2.yaml"]
    assert found.left_out == len(ORDER) + 1 + 2  # every other briefing file, mill-1 included


def test_the_folder_is_read_only_as_far_as_max_scan_names(folder):
    assert len(scan(folder, max_scan=3).paths) <= 3


def test_a_folder_that_cannot_be_listed_is_a_problem_not_an_exception(tmp_path):
    missing = tmp_path / "missing"
    assert scan(missing).problem and scan(missing).paths == []
    assert unreadable(missing).startswith(f"{missing}: error: cannot list the folder")
    assert unreadable(tmp_path) == ""
    assert unreadable(tmp_path / "a\0b")  # a NUL in the path: refused, no exception


def test_an_unchanged_file_is_not_loaded_again_and_a_saved_one_is(folder):
    path = folder / "harbour.yaml"
    first = load_entry(path, Limits())
    assert load_entry(path, Limits(), first) is first
    path.write_text(path.read_text().replace("Harbour Freight Lines to move",
                                             "Harbour Freight Lines will move"))
    again = load_entry(path, Limits(), first)
    assert again is not first and again.briefing.title.startswith("Harbour Freight Lines will")


def test_a_filter_matches_title_id_or_file_name_in_any_case(folder):
    _, listed = read_library(folder, Limits())
    by_id = {story.id: story for story in listed}
    assert by_id["acme-mill"].matches("DUNMORE")  # title
    assert by_id["acme-mill"].matches("mill-1")  # an older version's file name
    assert by_id["harbour-yard"].matches("harbour-y")  # id
    assert not by_id["harbour-yard"].matches("mill")
    assert [story.id for story in stories([])] == []


@pytest.mark.parametrize("command", [["read"], ["serve", "ssh", "--port", "0"],
                                     ["serve", "web", "--port", "0"]])
def test_a_folder_that_cannot_be_listed_is_refused_before_any_reader(folder, monkeypatch,
                                                                     command):
    import model.library
    from tests.support.paths import cli

    def refused(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(model.library.os, "scandir", refused)  # as root, chmod would not do
    done = cli(*command[:1], *command[1:2], folder, *command[2:])
    assert done.returncode == 1
    assert done.stderr == f"{folder}: error: cannot list the folder: Permission denied\n"

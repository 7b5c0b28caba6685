"""The config file: its settings applied, every bad one refused with its line, no file fine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.briefings import write_mill
from tests.support.paths import cli
from tui.config import ConfigError, load_config
from tui.keys import keys_of


def written(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_is_the_defaults_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    config = load_config()
    assert config.theme is None and config.mouse and config.watch and config.keymap == {}
    assert config.source_root is None
    assert list(tmp_path.iterdir()) == []


def test_every_setting_is_read(tmp_path):
    (tmp_path / "sources").mkdir()
    config = load_config(written(tmp_path, 'theme = "briefing-light"\nmouse = false\n'
                                           'watch = false\nsource_root = "sources"\n\n'
                                           '[keymap]\n"list.down" = "j,down,ctrl+n"\n'
                                           'quit = "x"\n'))
    assert config.theme == "briefing-light" and config.mouse is False and not config.watch
    assert config.source_root == (tmp_path / "sources").resolve()
    assert config.keymap == {"list.down": "j,down,ctrl+n", "quit": "x"}


# Each refused with its line: settings that are wrong, then keys that would do two things
@pytest.mark.parametrize(("text", "line", "words"), [
    ("mouse = true\ntheme = [\n", 2, "error"),  # TOML syntax
    ("mouse = true\ncolour = 3\n", 2, "unknown setting 'colour'"),
    ("theme = 3\n", 1, "theme: wants a theme's name"),
    ("mouse = \"yes\"\n", 1, "mouse: wants true or false"),
    ("mouse = true\nwatch = 1\n", 2, "watch: wants true or false"),
    ("\ntheme = \"paper\"\n", 2, "theme: unknown theme 'paper'"),
    ("[keymap]\nquit = \"q\"\n\"list.dwn\" = \"j\"\n", 3, "unknown binding id 'list.dwn'"),
    ("[keymap]\nquit = 5\n", 2, "keymap: quit wants keys as text"),
    ("source_root = \"nowhere\"\n", 1, "source_root: no such folder"),
    ('[keymap]\nquit = "j"\n', 2, "j for quit is already list.down's key"),
    ('[keymap]\n"list.up" = "k"\n"source" = "n"\n', 3, "n for source is already hit.next's key"),
    ('[keymap]\n"note.save" = "escape,ctrl+s,q"\n', 2, "q for note.save is already quit's key"),
])
def test_a_bad_setting_is_refused_with_its_line(tmp_path, text, line, words):
    path = written(tmp_path, text)
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert any(problem.startswith(f"{path}:{line}: error:") and words in problem
               for problem in refused.value.problems), refused.value.problems


def test_a_bad_config_stops_the_command_with_exit_1_and_no_traceback(tmp_path):
    path = written(tmp_path, "theme = [\n")
    done = cli("check", "--config", path, write_mill(tmp_path))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"{path}:") and "Traceback" not in done.stderr
    missing = cli("check", "--config", tmp_path / "none.toml", write_mill(tmp_path))
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_source_root_in_the_config_widens_where_a_source_may_lie(tmp_path):
    sources, briefings = tmp_path / "sources", tmp_path / "briefings"
    sources.mkdir()
    briefings.mkdir()
    path = write_mill(sources)
    moved = briefings / "mill.yaml"
    moved.write_text(path.read_text().replace("path: mill.txt", "path: ../sources/mill.txt"))
    assert cli("check", moved).returncode == 1  # outside its folder: refused
    config = written(tmp_path, f'source_root = "{tmp_path}"\n')
    done = cli("check", "--config", config, moved)
    assert done.returncode == 0, done.stderr


def test_an_unknown_theme_on_the_command_line_is_a_usage_error():
    done = cli("read", "--theme", "paper")
    assert done.returncode == 2 and "briefing-light" in done.stderr


async def test_the_reader_follows_the_config(tmp_path):
    from tests.support.reader import oppama
    from tui.commands.read import configured

    config = load_config(written(tmp_path, 'theme = "briefing-light"\n[keymap]\n'
                                           '"list.down" = "x"\n'))
    app = configured(oppama(), config)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == "briefing-light"
        await pilot.press("x")
        assert app.reader.current_list.current_id == "foxconn"
    assert configured(oppama(), config, theme="briefing-dark").theme == "briefing-dark"


def test_watching_is_on_unless_the_config_or_the_command_line_turns_it_off(tmp_path):
    from tests.support.reader import oppama
    from tui.commands.read import configured

    on, off = load_config(written(tmp_path, "")), load_config(written(tmp_path, "watch = false"))
    assert configured(oppama(), on, watch=True).watching
    assert not configured(oppama(), on, watch=False).watching  # --no-watch
    assert not configured(oppama(), off, watch=True).watching


def test_served_readers_open_in_the_theme_the_server_was_given(monkeypatch, tmp_path):
    import tui.serve

    started = []
    monkeypatch.setattr(tui.serve, "serve", lambda args, reader: started.append(reader) or 0)
    for how in ("ssh", "web"):
        assert cli("serve", how, "--theme", "briefing-light",
                   write_mill(tmp_path)).returncode == 0
    assert all(reader[reader.index("--theme") + 1] == "briefing-light" for reader in started)
    assert len(started) == 2
    assert cli("serve", "web", "--theme", "paper").returncode == 2


@pytest.mark.timeout(10)
def test_a_pipe_or_a_huge_file_as_config_is_refused_at_once(tmp_path):
    import os

    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    big = tmp_path / "big.toml"
    with big.open("wb") as handle:
        handle.truncate(2**31)  # sparse: costs nothing to make
    for path, words in ((fifo, "not a regular file"), (big, "larger than the limit")):
        with pytest.raises(ConfigError) as refused:
            load_config(path)
        assert refused.value.problems == [f"{path}: error: {words}"]


def test_briefing_keys_prints_the_keys_in_effect(tmp_path):
    from tui.keys import ALL

    config = written(tmp_path, '[keymap]\n"list.down" = "j,down,ctrl+n"\nquit = "x"\n')
    done = cli("keys", "--config", config)
    assert done.returncode == 0
    lines = {row[0]: row[1] for row in (re.split(r"  +", line) for line in
             done.stdout.splitlines() if line and not line.startswith("#"))}
    expected = {key.id: keys_of(key, {}) for key in ALL} | {"list.down": "j ↓ ctrl+n",
                                                             "quit": "x"}
    assert lines == expected
    assert sum("(your keymap)" in line for line in done.stdout.splitlines()) == 2


def test_keys_the_defaults_already_share_are_not_clashes(tmp_path):
    config = load_config(written(tmp_path, '[keymap]\n"help.close" = "escape,q"\n'
                                           '"list.down" = "down,j"\n'))
    assert config.keymap["help.close"] == "escape,q"


@pytest.mark.parametrize(("variable", "where"), [
    ("XDG_CACHE_HOME", "model.cache:cache_dir"),
    ("XDG_CONFIG_HOME", "tui.config:default_path"),
    ("XDG_STATE_HOME", "tui.theme_memory:state_dir"),
    ("XDG_STATE_HOME", "tui.serve.ssh:state_dir"),
    ("XDG_DATA_HOME", "model.reading:default_path"),
])
def test_each_folder_follows_its_xdg_variable_and_ignores_a_relative_one(
        tmp_path, monkeypatch, variable, where):
    import importlib

    module, name = where.split(":")
    folder = getattr(importlib.import_module(module), name)
    monkeypatch.setenv(variable, str(tmp_path))
    assert folder().is_relative_to(tmp_path / "briefing")
    monkeypatch.setenv(variable, "relative/path")
    assert not folder().is_relative_to("relative")
    assert folder().is_relative_to(Path.home())

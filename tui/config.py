"""The user's settings: `$XDG_CONFIG_HOME/briefing/config.toml` (or `--config PATH`), read with
tomllib. A file that does not load is refused whole, each problem as `PATH:LINE: error: ...`;
no file means the defaults, and nothing is ever written there."""

from __future__ import annotations

import contextlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from model.files import Unread, Why, read_bytes, user_dir

MAX_BYTES = 1_048_576  # a config file is a few lines; a larger one is not one


@dataclass
class Config:
    source_root: Path | None = None
    theme: str | None = None
    mouse: bool = True
    watch: bool = True
    keymap: dict[str, str] = field(default_factory=dict)
    written: float = 0.0  # when the file was last saved: a theme chosen since then wins


class ConfigError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def default_path() -> Path:
    return user_dir("XDG_CONFIG_HOME", ".config") / "config.toml"


def themes() -> set[str]:
    from textual.theme import BUILTIN_THEMES

    from .themes import DARK, LIGHT

    return set(BUILTIN_THEMES) | {DARK.name, LIGHT.name}


def load_config(path: Path | None = None) -> Config:
    """The settings in `path`, or in the default file when it exists."""
    explicit = path is not None
    path = path or default_path()
    try:  # as a briefing is read: a FIFO or a device at the path cannot hang or flood it
        data = read_bytes(path, MAX_BYTES)
    except Unread as unread:
        if unread.why is Why.MISSING and not explicit:
            return Config()
        raise ConfigError([f"{path}: error: {unread.reason}"]) from None
    try:
        text = data.decode("utf-8")
        table = tomllib.loads(text)
    except UnicodeDecodeError:
        raise ConfigError([f"{path}: error: not UTF-8 text"]) from None
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"line (\d+)", str(error))
        line = int(where.group(1)) if where else max(len(text.rstrip().splitlines()), 1)
        message = re.sub(r"\s*\(at .*\)$", "", str(error))
        raise ConfigError([f"{path}:{line}: error: {message}"]) from None
    config = _settings(path, text, table)
    with contextlib.suppress(OSError):
        config.written = path.stat().st_mtime
    return config


def _line(text: str, key: str) -> int:
    """The line on which `key` is set, for a message; the first line when it cannot be told."""
    pattern = re.compile(rf"^[ \t]*(?:\"{re.escape(key)}\"|{re.escape(key)})[ \t]*=",
                         re.MULTILINE)
    found = pattern.search(text) or re.search(rf"^[ \t]*\[{re.escape(key)}\]", text,
                                              re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _settings(path: Path, text: str, table: dict) -> Config:
    config, problems = Config(), []

    def problem(key: str, message: str) -> None:
        problems.append(f"{path}:{_line(text, key)}: error: {message}")

    for key, value in table.items():
        if key == "source_root" and isinstance(value, str):
            root = (path.parent / Path(value).expanduser()).resolve()
            if root.is_dir():
                config.source_root = root
            else:
                problem(key, f"source_root: no such folder: {root}")
        elif key == "theme" and isinstance(value, str):
            if value in themes():
                config.theme = value
            else:
                problem(key, f"theme: unknown theme {value!r}; one of "
                             f"{', '.join(sorted(themes()))}")
        elif key == "mouse" and isinstance(value, bool):
            config.mouse = value
        elif key == "watch" and isinstance(value, bool):
            config.watch = value
        elif key == "keymap" and isinstance(value, dict):
            from .keys import BY_ID  # Textual's bindings: only when there is a keymap

            for ident, keys in value.items():
                if ident not in BY_ID:
                    problem(ident, f"keymap: unknown binding id {ident!r} (see briefing keys)")
                elif not isinstance(keys, str) or not keys.strip():
                    problem(ident, f"keymap: {ident} wants keys as text, such as \"j,down\"")
                else:
                    config.keymap[ident] = keys
            from .keys import clashes

            for ident, name, other in clashes(config.keymap):
                problem(ident, f"keymap: {name} for {ident} is already {other}'s key, and "
                               "would do only one of the two")
        elif key in ("source_root", "theme", "mouse", "watch", "keymap"):
            wanted = {"source_root": "a folder, as text", "theme": "a theme's name, as text",
                      "mouse": "true or false", "watch": "true or false",
                      "keymap": "a table of binding ids"}[key]
            problem(key, f"{key}: wants {wanted}")
        else:
            problem(key, f"unknown setting {key!r}; the settings are source_root, theme, "
                         "mouse, watch and [keymap]")
    if problems:
        raise ConfigError(problems)
    return config

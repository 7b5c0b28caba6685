"""Reading a file once, from a descriptor that is checked before a byte is read.

A path that is checked with stat and then opened can be swapped in between: for a FIFO, which
would block the open forever, or a symlink, which would read another file. Here the file is
opened first, without blocking, and the descriptor itself is checked; the bytes read from it
are all that is parsed, so a file changed while it loads is at worst refused.
"""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path


class Why(enum.Enum):
    NUL = "the path contains a NUL character"
    MISSING = "no such file"
    DIRECTORY = "is a directory"
    SPECIAL = "not a regular file"
    LARGE = "larger than the limit"
    UNREADABLE = "cannot be read"


class Unread(Exception):
    """Why a file was not read; `reason` is the system's words for an UNREADABLE one."""

    def __init__(self, why: Why, reason: str = "") -> None:
        super().__init__(reason or why.value)
        self.why = why
        self.reason = reason or why.value


def open_checked(path: str | Path, *, follow: bool = True, dir_fd: int | None = None) -> int:
    """A descriptor open for reading a regular file at `path`, never blocking on a FIFO;
    with follow=False a symlink at the last step is refused, not followed."""
    if "\0" in str(path):
        raise Unread(Why.NUL)
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC | (0 if follow else os.O_NOFOLLOW)
    try:
        descriptor = os.open(path, flags, dir_fd=dir_fd)
    except FileNotFoundError:
        raise Unread(Why.MISSING) from None
    except IsADirectoryError:
        raise Unread(Why.DIRECTORY) from None
    except OSError as error:
        raise Unread(Why.UNREADABLE, error.strerror or str(error)) from None
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError as error:
        os.close(descriptor)
        raise Unread(Why.UNREADABLE, error.strerror or str(error)) from None
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        raise Unread(Why.DIRECTORY if stat.S_ISDIR(mode) else Why.SPECIAL)
    return descriptor


def read_descriptor(descriptor: int, max_bytes: int) -> bytes:
    """Every byte from an open descriptor, which is closed; Unread(LARGE) past `max_bytes`,
    checked on the size before reading and on what was read, as the file may grow."""
    with os.fdopen(descriptor, "rb") as handle:
        try:
            if os.fstat(descriptor).st_size > max_bytes:
                raise Unread(Why.LARGE)
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise Unread(Why.UNREADABLE, error.strerror or str(error)) from None
    if len(data) > max_bytes:
        raise Unread(Why.LARGE)
    return data


def read_bytes(path: str | Path, max_bytes: int, *, follow: bool = True) -> bytes:
    return read_descriptor(open_checked(path, follow=follow), max_bytes)


def user_dir(variable: str, fallback: str) -> Path:
    """`$VARIABLE/briefing`, or `~/FALLBACK/briefing` where it is unset or relative: the XDG
    base directory specification says a relative path is to be ignored."""
    base = os.environ.get(variable, "")
    return (Path(base) if os.path.isabs(base) else Path.home() / fallback) / "briefing"

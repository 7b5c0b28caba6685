"""Briefings read back from a cache while neither they nor their source have changed.

Parsing and checking a large briefing takes seconds; reading back its records takes a fraction
of that, and needs neither pydantic nor PyYAML. An entry is keyed by the briefing's bytes, the
limits it was checked under and the loader's own code, and it holds the source's sha256: a
change to any of them is a miss, and a miss is a full load_briefing. Entries are pickles, which
can run code when read, so they are read only from a folder that the user alone can write, as
Python trusts its own __pycache__.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import pickle
import secrets
import sys
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from . import files
from .briefing import Briefing
from .facts import BriefingFile
from .limits import Limits
from .provenance import read_source
from .sentences import Sentence

FORMAT = 1
# Entries kept, the least recently opened going first: enough for a library (MAX_FILES in
# library.py) and a few more, within a budget of bytes, as one large briefing's entry is tens
# of MB. Sixteen entries was a cache a library of a hundred emptied on every open.
KEEP = 1024
KEEP_BYTES = 512 * 2**20
CHUNK = 1000  # records in each pickle of an entry; see _dump
CHECKERS = ("pydantic", "pydantic_core", "yaml")  # an upgrade may accept or refuse otherwise
T = TypeVar("T")


def cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/briefing, or None when BRIEFING_NO_CACHE is set."""
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    return files.user_dir("XDG_CACHE_HOME", ".cache")


def open_briefing(path: str | Path, *, limits: Limits | None = None) -> Briefing:
    """load_briefing, or the same briefing read back from the cache when nothing changed."""
    limits = limits or Limits()
    path = Path(path)
    folder = cache_dir()
    try:
        data = files.read_bytes(path, limits.max_bytes) if folder else None
    except files.Unread:
        data = None  # the loader reads it again, to say why not
    key = _key(data, limits) if data is not None else None
    briefing = _read(folder, key, path, limits) if folder and key else None
    if briefing is not None:
        return briefing
    from .loader import load_briefing  # only a miss pays for pydantic and PyYAML

    briefing = load_briefing(path, limits=limits, content=data)
    if folder and key:  # the entry holds what was loaded from exactly the bytes in its key
        _write(folder, key, briefing)
    return briefing


def _key(data: bytes, limits: Limits) -> str | None:
    """The entry's name for a briefing's bytes, or None when the loader's code is unreadable."""
    code = Path(__file__).parent
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {limits!r}".encode())
    try:
        names = [code / name for name in sorted(os.listdir(code))
                 if name.endswith((".py", ".yaml"))]
        names += [spec.origin for spec in map(find_spec, CHECKERS) if spec and spec.origin]
        for name in names:
            info = os.stat(name)
            digest.update(f" {name} {info.st_size} {info.st_mtime_ns}".encode())
    except OSError:
        return None
    digest.update(data)
    return digest.hexdigest()


def _private(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _open_folder(folder: Path) -> int | None:
    """The cache folder as a descriptor, when it is private: checked on the descriptor and
    not on the path, and entries opened through it, so no symlink swapped in between a check
    and an open can lead to someone else's pickle."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if _private(os.fstat(descriptor)):
            return descriptor
    except OSError:
        pass
    os.close(descriptor)
    return None


def _read(folder: Path, key: str, path: Path, limits: Limits) -> Briefing | None:
    directory = _open_folder(folder)
    if directory is None:
        return None
    try:
        with os.fdopen(files.open_checked(key, follow=False, dir_fd=directory), "rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return None
            file, sentences = _paused_gc(_load, handle)
        source = read_source(path.parent, str(file.source.path), limits)
        if source.sha256 != file.source.sha256:
            return None
        with contextlib.suppress(OSError):
            os.utime(key, dir_fd=directory, follow_symlinks=False)
    except Exception:  # noqa: BLE001  (a missing, stale or damaged entry is only a miss)
        return None
    finally:
        os.close(directory)
    return _paused_gc(Briefing, file, path, source.path, source.text, sentences)


def _paused_gc(build: Callable[..., T], *args: Any) -> T:
    """build(*args) with the cyclic collector paused: reading back a large briefing makes a
    million objects and no garbage, and each collection on the way would walk them all."""
    if not gc.isenabled():
        return build(*args)
    gc.disable()
    try:
        return build(*args)
    finally:
        gc.enable()


def _write(folder: Path, key: str, briefing: Briefing) -> None:
    """Store the entry, or nothing: a cache that cannot be written is only slower."""
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory = _open_folder(folder)
    if directory is None:
        return
    temporary = f".{secrets.token_hex(8)}.part"
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
        with os.fdopen(os.open(temporary, flags, 0o600, dir_fd=directory), "wb") as out:
            _dump(out, briefing)
        os.replace(temporary, key, src_dir_fd=directory, dst_dir_fd=directory)
        temporary = ""
        _prune(directory)
    except OSError:
        pass
    finally:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary, dir_fd=directory)
        os.close(directory)


def _dump(out: BinaryIO, briefing: Briefing) -> None:
    """The records as a run of small pickles, CHUNK records each: one pickle of everything
    would remember every object it wrote, over 100 MB for a large briefing."""
    file = briefing.file
    runs = [file.parties, file.concerns, file.questions, briefing.sentences]
    head = dataclasses.replace(file, parties=[], concerns=[], questions=[])
    pickle.dump((head, [len(run) for run in runs]), out, pickle.HIGHEST_PROTOCOL)
    for run in runs:
        for start in range(0, len(run), CHUNK):
            pickle.dump(run[start : start + CHUNK], out, pickle.HIGHEST_PROTOCOL)


def _load(handle: BinaryIO) -> tuple[BriefingFile, list[Sentence]]:
    head, counts = pickle.load(handle)
    runs: list[list[Any]] = []
    for count in counts:
        run: list[Any] = []
        while len(run) < count:
            chunk = pickle.load(handle)
            if not isinstance(chunk, list) or not chunk:
                raise ValueError("a damaged cache entry")
            run += chunk
        runs.append(run)
    head.parties, head.concerns, head.questions, sentences = runs
    return head, sentences


def _prune(directory: int) -> None:
    """Keep the KEEP most recently opened entries that fit in KEEP_BYTES; the newest always."""
    entries = [name for name in os.listdir(directory) if not name.startswith(".")]
    info = {name: os.stat(name, dir_fd=directory, follow_symlinks=False) for name in entries}
    entries.sort(key=lambda name: info[name].st_mtime_ns, reverse=True)
    total = 0
    for kept, name in enumerate(entries):
        total += info[name].st_size
        if kept >= KEEP or (kept and total > KEEP_BYTES):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name, dir_fd=directory)

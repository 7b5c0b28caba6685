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
import stat
import sys
import tempfile
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from .briefing import Briefing
from .facts import BriefingFile
from .limits import Limits
from .provenance import read_source
from .sentences import Sentence

FORMAT = 1
KEEP = 16  # entries; the least recently opened go first
CHUNK = 1000  # records in each pickle of an entry; see _dump
CHECKERS = ("pydantic", "pydantic_core", "yaml")  # an upgrade may accept or refuse otherwise
T = TypeVar("T")


def cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/briefing, or None when BRIEFING_NO_CACHE is set."""
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "briefing"


def open_briefing(path: str | Path, *, limits: Limits | None = None) -> Briefing:
    """load_briefing, or the same briefing read back from the cache when nothing changed."""
    limits = limits or Limits()
    path = Path(path)
    folder = cache_dir()
    key = _key(path, limits) if folder else None
    briefing = _read(folder, key, path, limits) if folder and key else None
    if briefing is not None:
        return briefing
    from .loader import load_briefing  # only a miss pays for pydantic and PyYAML

    briefing = load_briefing(path, limits=limits)
    if folder and key and _key(path, limits) == key:  # unchanged while it loaded
        _write(folder, key, briefing)
    return briefing


def _key(path: Path, limits: Limits) -> str | None:
    """The entry's name, or None for a file the loader would refuse or must explain."""
    code = Path(__file__).parent
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {limits!r}".encode())
    try:
        files = [code / name for name in sorted(os.listdir(code))
                 if name.endswith((".py", ".yaml"))]
        files += [spec.origin for spec in map(find_spec, CHECKERS) if spec and spec.origin]
        for name in files:
            info = os.stat(name)
            digest.update(f" {name} {info.st_size} {info.st_mtime_ns}".encode())
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError:
        return None
    if len(data) > limits.max_bytes:
        return None
    digest.update(data)
    return digest.hexdigest()


def _private(info: os.stat_result) -> bool:
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def _read(folder: Path, key: str, path: Path, limits: Limits) -> Briefing | None:
    entry = folder / key
    try:
        if not _private(folder.stat()):
            return None
        with entry.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return None
            file, sentences = _paused_gc(_load, handle)
        source = read_source(path.parent / file.source.path, limits.max_bytes)
    except Exception:  # noqa: BLE001  (a missing, stale or damaged entry is only a miss)
        return None
    if source.sha256 != file.source.sha256:
        return None
    with contextlib.suppress(OSError):
        os.utime(entry)
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
    temporary = None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            _dump(out, briefing)
        os.replace(temporary, folder / key)
        temporary = None
        _prune(folder)
    except OSError:
        pass
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


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


def _prune(folder: Path) -> None:
    entries = [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns, reverse=True)
    for stale in entries[KEEP:]:
        stale.unlink(missing_ok=True)

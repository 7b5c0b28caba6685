import os
import sys
from pathlib import Path

import pytest

# The suite starts a few hundred interpreters (servers, readers, the command) and four workers
# that rewrite every test module's asserts: where the shell sets PYTHONDONTWRITEBYTECODE, each
# compiles model/, tui/ and the tests again (0.2 s of CPU an interpreter). Bytecode goes to
# the usual __pycache__ folders, which git ignores.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False

# What `-m "not slow"` leaves out, for an edit loop of seconds: the end-to-end tests, fuzzing
# and attack replays (whole folders), and the reader's tests beyond the reading loop itself
# (panes, navigation, search, help and the editor stay): stories, the library, reloading,
# themes, layouts at every size, snapshots and contrast matrices.
SLOW_FOLDERS = ("e2e", "fuzz", "security")
SLOW_MODULES = ("test_story", "test_library", "test_reload", "test_theme_choice", "test_layout",
                "test_contrast")


def slow(path: Path) -> bool:
    return path.parent.name in SLOW_FOLDERS or path.stem in SLOW_MODULES


@pytest.hookimpl(tryfirst=True)  # before `-m` reads the markers
def pytest_collection_modifyitems(items):
    """Slow: whole folders and modules, and every snapshot (each sits at the end of a behaviour
    test in its feature's module, and a full headless run to compare an SVG is seconds)."""
    for item in items:
        if slow(Path(item.fspath)) or "snap_compare" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


def pytest_ignore_collect(collection_path, config):
    """The edit loop does not import the modules it would deselect whole (hypothesis, asyncssh,
    pyte): a second of each worker's start."""
    if config.option.markexpr == "not slow" and collection_path.suffix == ".py":
        return slow(collection_path) or None
    return None


def pytest_xdist_auto_num_workers(config):
    """The whole suite waits on servers, ptys and a browser, so two workers a core keep the
    cores busy; the fast subset only computes, so one a core (a worker takes 4 s of CPU to
    start)."""
    cores = len(os.sched_getaffinity(0))
    return min(cores, 8) if config.option.markexpr == "not slow" else min(2 * cores, 8)


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch, tmp_path_factory):
    """Snapshots and colours must not depend on the developer's shell, nor tests on a cache
    that another test, or the developer, left behind."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    monkeypatch.delenv("BRIEFING_NO_CACHE", raising=False)
    # nor read or write the developer's settings, remembered theme or reading state
    for name in ("CACHE", "CONFIG", "STATE", "DATA"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path_factory.mktemp(name.lower())))
    # Textual reads TEXTUAL_COLOR_SYSTEM once, at import; otherwise the colours an app
    # chooses would follow the TERM of whoever runs the tests
    import textual.constants

    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "truecolor")


@pytest.fixture
def terminal():
    """Opens programs in real pseudo-terminals, and kills whatever is left of them after the
    test, passed or failed."""
    from tests.support.terminal import Terminal

    opened = []

    def open_one(argv: list[str], cols: int = 80, rows: int = 24) -> Terminal:
        opened.append(Terminal(argv, cols, rows))
        return opened[-1]

    yield open_one
    for term in opened:
        term.kill()

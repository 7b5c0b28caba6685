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

SLOW = ("e2e", "fuzz", "security")  # end-to-end, fuzz and attack replays: -m "not slow" skips them


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).parent.name in SLOW:
            item.add_marker(pytest.mark.slow)


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

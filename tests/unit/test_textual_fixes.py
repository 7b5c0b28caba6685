"""The private parts of Textual the reader leans on are all in tui/textual_fixes.py, checked
against the Textual the project was tested with."""

import importlib.metadata

import pytest

from tests.support.paths import REPO
from tui import textual_fixes


def test_the_installed_textual_is_one_the_fixes_were_checked_against():
    installed = textual_fixes.textual_version()
    first, last = textual_fixes.TESTED
    assert first <= installed <= last, (
        f"Textual {importlib.metadata.version('textual')} is outside {textual_fixes.TESTED}: "
        "read each entry of tui/textual_fixes.py against it, then widen TESTED")


def test_a_textual_outside_the_range_is_refused(monkeypatch):
    monkeypatch.setattr(textual_fixes, "textual_version", lambda: (99, 0))
    with pytest.raises(RuntimeError, match="textual_fixes"):
        textual_fixes.check_textual()


def test_no_other_module_touches_textual_privates():
    import re

    private = re.compile(r"\b(rich|textual)\.[\w.]*\._\w+|\bself\._(line_cache|option_render_cache|"
                         r"index_to_line|option_to_index|heights|visual|prompt)\b")
    for path in (REPO / "tui").rglob("*.py"):
        if path.name == "textual_fixes.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            assert not private.search(line), f"{path.relative_to(REPO)}:{number}: {line.strip()}"

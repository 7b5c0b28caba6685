"""What the reader looks like. Update with:
pytest -n 0 tests/tui/test_snapshots.py --snapshot-update"""

import pytest

from tests.support.paths import HOSTILE
from tests.support.reader import reader_app


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (50, 16)])
def test_opening(snap_compare, size):
    assert snap_compare(reader_app(), terminal_size=size)


@pytest.mark.parametrize("key", ["2", "3", "4"])
def test_pane_focused(snap_compare, key):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=[key, "j"])


def test_item_view(snap_compare):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["3", "enter"])


def test_source_with_highlights(snap_compare):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["3", "s"])


def test_search_with_hits(snap_compare):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["slash", *"MIH"])


def test_search_walked_wide(snap_compare):
    press = ["slash", *"insiders", "enter", "n"]
    assert snap_compare(reader_app(), terminal_size=(120, 40), press=press)


def test_help(snap_compare):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["question_mark"])


def test_related(snap_compare):
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["3", "r"])


def test_light_theme(snap_compare):
    assert snap_compare(reader_app(theme="briefing-light"), terminal_size=(120, 40))


def test_no_color(snap_compare, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(reader_app(), terminal_size=(80, 24), press=["3"])


@pytest.mark.parametrize("name", ["markup-in-text.yaml", "control-characters.yaml",
                                  "wide-text.yaml"])
def test_hostile_text_is_shown_literally(snap_compare, name):
    from model import load_briefing

    app = reader_app(load_briefing(HOSTILE / name))
    assert snap_compare(app, terminal_size=(120, 30), press=["enter"])

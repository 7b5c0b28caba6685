"""Briefings the reader was not tuned on: a hard-wrapped article with blank lines, CJK and
right-to-left names with no concerns and a 200-character question, a fresh draft."""

from __future__ import annotations

import pytest
import textual.constants

from model import load_briefing
from tests.support.paths import REPO
from tests.support.reader import reader_app, screen_lines
from tui.widgets.source_view import QUOTE, paragraphs

BRIEFINGS = REPO / "tests" / "briefings"


@pytest.mark.parametrize(("text", "expected"), [
    ("One.\nTwo.\nThree.\n", ["One.", "Two.", "Three."]),  # a paragraph a line
    ("One. Two.\n\nThree.\n\n\n", ["One. Two.", "Three."]),  # blank lines between
    ("A hard-\nwrapped one.\n\nAnd\r\nanother.\r\n", ["A hard-\nwrapped one.", "And\r\nanother."]),
    ("\n\n", ["\n\n"]),
])
def test_paragraphs_in_every_shape_of_source(text, expected):
    assert [text[a:b] for a, b in paragraphs(text)] == expected


async def test_a_hard_wrapped_source_reads_as_paragraphs_with_its_quotes_marked():
    briefing = load_briefing(BRIEFINGS / "harbour.yaml")
    app = reader_app(briefing)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.press("1", "j", "j", "s")  # the union's fact, quoted across a line break
        await pilot.pause()
        view = app.reader.source_view
        assert len(view.blocks) == 4  # four paragraphs, not a paragraph per line
        for rendered in view.rendered:
            assert "\n" not in rendered.plain  # reflowed to the width of the view
        quote = briefing.item("dockworkers-union.1").evidence[0].quote
        second = view.rendered[1]
        marked = [second.plain[span.start:span.end] for span in second.spans
                  if span.style == QUOTE]
        assert [" ".join(m.split()) for m in marked] == [" ".join(quote.split())]
        text = "\n".join(screen_lines(app))
        assert "\n│ \n│ \n" not in text.replace(" " * 10, "")  # no run of empty lines


async def test_names_in_any_script_and_a_long_question():
    app = reader_app(load_briefing(BRIEFINGS / "green-steel.yaml"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "enter")
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert "price per tonne?" in text  # the whole question, in the item view
        assert "3 Concerns (0)" in text
        await pilot.press("1")
        await pilot.pause()
        assert "שירותי נמל חיפה" in "\n".join(screen_lines(app)) or "חיפה" in "\n".join(
            screen_lines(app))


SIZES = [(60, 20), (80, 24), (120, 40)]
# Each pair of a size, a theme and a colour depth is in one of these six screens: all twelve
# combinations drew nothing these do not
PAIRS = [(0, None, "truecolor"), (0, "briefing-light", "standard"), (1, None, "standard"),
         (1, "briefing-light", "truecolor"), (2, None, "truecolor"),
         (2, "briefing-light", "standard")]


@pytest.mark.slow
@pytest.mark.parametrize(("size", "theme", "colors"), [
    pytest.param(SIZES[n], theme, colors, id=f"size{n}-{theme}-{colors}")
    for n, theme, colors in PAIRS])
def test_main_screen(snap_compare, monkeypatch, size, theme, colors):
    monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", colors)
    app = reader_app(load_briefing(BRIEFINGS / "harbour.yaml"), theme=theme)
    assert snap_compare(app, terminal_size=size, press=["2", "j"])


@pytest.mark.slow
def test_source_of_a_hard_wrapped_article(snap_compare):
    app = reader_app(load_briefing(BRIEFINGS / "harbour.yaml"))
    assert snap_compare(app, terminal_size=(80, 24), press=["1", "j", "j", "s"])


@pytest.mark.slow
def test_item_view_with_right_to_left_names(snap_compare):
    app = reader_app(load_briefing(BRIEFINGS / "green-steel.yaml"))
    assert snap_compare(app, terminal_size=(120, 40), press=["1", "j", "enter"])


@pytest.mark.slow
def test_a_draft_opens(snap_compare):
    app = reader_app(load_briefing(BRIEFINGS / "river-clinic.yaml"))
    assert snap_compare(app, terminal_size=(80, 24), press=["4"])

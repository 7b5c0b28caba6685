"""Certainty reads at a glance: each level's word keeps WCAG contrast of at least 4.5:1 with
its background in every state a row can be in, in both themes, in truecolor and 256 colours;
in 16 colours at least 3:1 with the xterm palette. Measured on the rendered rows."""

from __future__ import annotations

import hashlib
import re

import pytest
import yaml
from rich.color import Color, ColorSystem
from textual.geometry import Region

from model import Certainty, load_briefing
from tests.support.reader import reader_app

XTERM = ["#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd",
         "#e5e5e5", "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff",
         "#00ffff", "#ffffff"]


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def shown(color: Color, depth: str) -> tuple[int, int, int]:
    """The colour as the terminal shows it at that depth."""
    if depth == "16":
        number = color.number if color.number is not None and color.number < 16 else (
            color.downgrade(ColorSystem.STANDARD).number)
        return Color.parse(XTERM[number]).get_truecolor()
    if depth == "256":
        return tuple(color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())
    return tuple(color.get_truecolor())


def every_level(folder):
    """A briefing with one concern at each level, every title holding the word 'topic'."""
    sentences = [f"Sentence {n} is about topic {n}." for n in range(len(Certainty))]
    source = " ".join(sentences) + "\n"
    (folder / "levels.txt").write_text(source)
    data = {
        "format": "briefing/1", "id": "levels", "title": "Levels", "bluf": "Every level.",
        "source": {"path": "levels.txt", "kind": "test",
                   "sha256": hashlib.sha256(source.encode()).hexdigest()},
        "parties": [{"id": "p", "name": "P", "kind": "other", "role": "r",
                     "stance": "unknown", "facts": []}],
        "plant": {"id": "plant", "name": "Plant"},
        "concerns": [{"id": f"c-{level.value}", "title": f"A topic {n}", "held_by": ["p"],
                      "certainty": level.value, "detail": "d",
                      "evidence": [{"quote": sentences[n][:-1]}]}
                     for n, level in enumerate(Certainty)],
    }
    path = folder / "levels.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_briefing(path)


def badges(pane) -> dict[str, tuple[Color, Color]]:
    """Each certainty word on screen in the pane, with its colour and background."""
    found = {}
    for y in range(pane.size.height):
        for segment in pane.render_line(y):
            word = segment.text.strip()
            if word in Certainty.__members__ and segment.style:
                found[word] = (segment.style.color, segment.style.bgcolor)
    return found


@pytest.mark.parametrize("depth", ["truecolor", "256", "16"])
@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
async def test_every_level_is_legible_in_every_row_state(tmp_path, monkeypatch, theme, depth):
    if depth == "16":
        import textual.constants

        monkeypatch.setattr(textual.constants, "COLOR_SYSTEM", "standard")
    app = reader_app(every_level(tmp_path), theme=theme)
    floor = 3.0 if depth == "16" else 4.5
    low: list[str] = []
    async with app.run_test(size=(120, 70)) as pilot:  # every row in view, focused or not
        pane = app.reader.lists["concerns"]
        await pilot.press("3")
        states = []
        for _ in range(len(Certainty)):  # the cursor, focused, on each level in turn
            await pilot.pause()
            states.append(("cursor", badges(pane)))
            await pilot.press("j")
        await pilot.press("1")
        await pilot.pause()
        states.append(("cursor, pane not focused, and plain", badges(pane)))
        await pilot.press("slash", *"topic")
        await pilot.pause()
        states.append(("search hit", badges(pane)))
        for state, found in states:
            assert set(found) == set(Certainty.__members__), state
            for word, (fg, bg) in found.items():
                ratio = contrast(shown(fg, depth), shown(bg, depth))
                if ratio < floor or shown(fg, depth) == shown(bg, depth):
                    low.append(f"{word} {state}: {ratio:.2f}")
    assert not low, low


def marks_and_keys(app, depth: str) -> dict[str, list[tuple[str, float]]]:
    """The search's marks and counts, the footer's keys and the rows' asides on screen, each
    with its contrast (borders and subtitles included, as drawn)."""
    found: dict[str, list[tuple[str, float]]] = {"mark": [], "count": [], "key": [],
                                                 "aside": []}
    for widget in app.screen.walk_children(with_self=False):
        if not widget.display or not widget.size.area:
            continue
        size = widget.outer_size
        for strip in widget.render_lines(Region(0, 0, size.width, size.height)):
            for segment in strip:
                text, style = segment.text.strip(), segment.style
                if not text or not style or not style.color or not style.bgcolor:
                    continue
                if text == "◆":
                    kind = "mark"
                elif re.fullmatch(r"\d+ hits?|\d+ of \d+", text):
                    kind = "count"
                elif type(widget).__name__ == "FooterKey" and style.bold:
                    kind = "key"
                elif " · " in text and type(widget).__name__ == "ItemList":
                    kind = "aside"  # a party's kind and stance, on every row and the cursor
                else:
                    continue
                ratio = contrast(shown(style.color, depth), shown(style.bgcolor, depth))
                found[kind].append((text, ratio))
    return found


@pytest.mark.parametrize("depth", ["truecolor", "256"])  # 256: tmux and most SSH sessions
@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
async def test_search_marks_counts_footer_keys_and_asides_are_legible(theme, depth):
    app = reader_app(theme=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"nissan", "enter")
        await pilot.pause(0.2)
        found = marks_and_keys(app, depth)
    for kind, seen in found.items():
        assert seen, kind  # on screen, so measured
        low = [(text, round(ratio, 2)) for text, ratio in seen if ratio < 4.5]
        assert not low, (kind, low)


def test_light_theme(snap_compare):
    async def opened(pilot) -> None:
        await pilot.pause()
        assert pilot.app.theme == "briefing-light" and not pilot.app.current_theme.dark

    app = reader_app(theme="briefing-light")
    assert snap_compare(app, terminal_size=(120, 40), run_before=opened)


def test_no_color(snap_compare, monkeypatch):
    """Without colour, certainty still stands out: firm levels bold, hedged bold italic."""
    monkeypatch.setenv("NO_COLOR", "1")

    async def focused(pilot) -> None:
        await pilot.press("3")
        pane = pilot.app.reader.lists["concerns"]
        words = [(Certainty[segment.text.strip()], segment.style)
                 for y in range(pane.size.height) for segment in pane.render_line(y)
                 if segment.text.strip() in Certainty.__members__]
        assert {level.firm for level, _ in words} == {True, False}  # both kinds on screen
        for level, style in words:
            assert style.bold and bool(style.italic) != level.firm, level

    assert snap_compare(reader_app(), terminal_size=(80, 24), run_before=focused)

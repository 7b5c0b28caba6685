"""The reader at every size: width used for text, focus kept across resizes."""

from __future__ import annotations

import pytest

from tests.support.reader import reader_app


async def test_wide_rows_show_at_least_56_characters_of_text():
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.reader.lists["plant"]
        widths = []
        for y in range(pane.size.height):
            line = pane.render_line(y).text
            for item in pane.items[1:]:  # the facts: their text follows the certainty cell
                start = line.find(item.label[:20])
                if start != -1:
                    shown = line[start:].rstrip(" ▁▂▃▄▅▆▇█▌│╯╮")
                    widths.append(min(len(shown.rstrip("…")), len(item.label)))
        assert widths and min(widths) >= min(56, *(len(i.label) for i in pane.items[1:]))


SIZES = [(120, 40), (80, 24), (60, 20), (200, 60)]


@pytest.mark.parametrize("view", ["enter", "s", None])
async def test_focus_is_never_lost_on_a_resize(view):
    app = reader_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", *([view] if view else []))
        for size in SIZES + SIZES[::-1]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            focused = app.focused
            assert focused is not None, size
            assert focused.is_on_screen or focused.region.height > 0, (size, focused)
            expected = {"enter": "item", "s": "source", None: "concerns"}[view]
            assert focused.id == expected, (size, focused)
        await pilot.press("escape")
        assert app.focused is app.reader.lists["concerns"]
        await pilot.press("j")
        assert app.reader.current_list.current_id == "wages-benefits"

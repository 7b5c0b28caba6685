"""`c` after a version that dropped items: which ones, dimmed and last, each named literally;
and reading an older version leaves the newest's count alone."""

from __future__ import annotations

from model import load_briefing
from model.reading import ReadingState
from model.since import GONE_LISTED, Gone, Since, changes_since
from tests.support.paths import copied
from tests.support.reader import screen_lines
from tests.support.stories import DIFF
from tui.app import BriefingApp
from tui.screens.changes import ChangesScreen


def edit(path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


async def read(path, db, keys=()) -> tuple[list[str], list[bool]]:
    """Open the story, press `keys`; the screen's lines and, on a pick list, which options
    are disabled."""
    app = BriefingApp(load_briefing(path))
    app.state = ReadingState.open(db)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                if app.reader.keys:
                    break
                await pilot.pause(0.05)
            await pilot.press(*keys)
            await pilot.pause()
            options = getattr(app.screen, "rows", [])
            return screen_lines(app), [ident is None for _, ident in options]
    finally:
        app.state.close()


async def test_gone_items_are_listed_last_dimmed_and_literally(tmp_path):
    story, db = copied(tmp_path), tmp_path / "reading.db"
    edit(story, "  question: Will the regional government review the plan?",
         '  question: "[bold]Review[/] \\e[2J?"')
    await read(story, db)
    edit(story, "- id: review\n", "- id: review-2\n")  # the question is gone, another is new
    lines, disabled = await read(story, db, keys=("c",))
    shown = "\n".join(lines)
    assert "+ new     Question [bold]Review[/] ␛[2J?" in shown
    assert "- gone    Question [bold]Review[/] ␛[2J?" in shown and "\x1b[2J" not in shown
    assert disabled == [False, True]  # a gone item is nowhere to jump to
    assert shown.index("+ new") < shown.index("- gone")


async def test_gone_items_are_bounded():
    since = Since({}, [], [], [Gone(f"item-{n}", "party", f"Party {n}") for n in range(120)],
                  first_read=False)
    app = BriefingApp(load_briefing(DIFF / "mill-1.yaml"))
    async with app.run_test(size=(100, 40)):
        screen = ChangesScreen(since, None, True)
        assert len(screen.rows) == GONE_LISTED + 1
        assert str(screen.rows[-1][0]).strip() == f"and {120 - GONE_LISTED} more gone"


async def test_reading_an_older_version_leaves_the_newest_count(tmp_path):
    db = tmp_path / "reading.db"
    await read(DIFF / "mill-2.yaml", db)
    lines, _ = await read(DIFF / "mill-1.yaml", db, keys=("c",))
    assert "You last read a newer version of this story" in "\n".join(lines)
    assert "an older version: not compared" in "\n".join(lines)  # not "0 new"
    assert "0 new" not in "\n".join(lines)
    with ReadingState.open(db) as state:
        since = changes_since(load_briefing(DIFF / "mill-2.yaml"), state.seen("acme-mill"))
    assert (since.new, since.changed) == ([], [])

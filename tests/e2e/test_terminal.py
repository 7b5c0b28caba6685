"""End to end: the installed `briefing` in a real pseudo-terminal at 80x24, read with pyte."""

from __future__ import annotations

from tests.support.paths import BRIEFING, HOSTILE


def test_installed_reader_in_a_real_terminal(terminal):
    assert BRIEFING.exists(), "install the package first (see the README's test command)"
    term = terminal([str(BRIEFING), "--no-mouse"])
    screen = term.wait_for("1 Parties (11)")
    assert "Nissan and Foxconn in talks over the Oppama plant" in screen
    assert "Nissan is in advanced talks" in screen  # the BLUF, readable on opening
    for title in ("2 Plant (12)", "3 Concerns (8)", "4 Questions (10)"):
        assert title in screen
    term.type("3")
    term.type("\r")  # open Job losses
    screen = term.wait_for("Links  (r to follow)")
    assert "will not lead to job losses" in screen
    term.type("\x1b")
    term.wait_for("3 Concerns (8)")
    term.type("/MI")  # one read, before the search line exists; the rest in another
    term.wait_for("/MI")
    term.type("H")
    screen = term.wait_for("3 hits")
    term.type("\r")
    screen = term.wait_for("1 of 3")
    term.type("s")
    screen = term.wait_for("5 Source")
    assert "MIH EV platform" in screen
    term.type("q")
    assert term.exited() == 0


def test_bad_file_exits_before_drawing(tmp_path, terminal):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: briefing/1\nid: [\n")
    term = terminal([str(BRIEFING), str(bad)])
    assert term.exited() == 1
    flat = term.text.replace("\n", "").replace(" ", "")
    assert f"{bad}:3:1:error:".replace(" ", "") in flat
    assert "1 Parties" not in term.text


def test_escape_sequences_in_a_briefing_never_reach_the_terminal(terminal):
    path = HOSTILE / "control-characters.yaml"
    term = terminal([str(BRIEFING), str(path)], cols=120, rows=30)
    raw = bytearray()
    feed = term.stream.feed

    def keep(data: bytes) -> None:
        raw.extend(data)
        feed(data)

    term.stream.feed = keep
    screen = term.wait_for("1 Parties (3)")
    term.type("\r")
    term.wait_for("Links  (r to follow)")
    assert "␛]52;c;cHduZWQ=" in screen  # shown, as a visible stand-in
    for sequence in (b"\x1b]52;c;cHduZWQ", b"\x1b]0;pwned", b"\x1bP+q544e",
                     b"\x1b[?1049h says", b"\xc2\x9b31m", b"\xc2\x85",
                     b"\x1b[2J\x1b[31mRED", b"\x1b]8;;http://x"):
        assert sequence not in raw, sequence
    term.type("q")
    assert term.exited() == 0

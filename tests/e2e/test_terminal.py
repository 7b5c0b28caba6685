"""End to end: the installed `briefing` in a real pseudo-terminal at 80x24, read with pyte."""

from __future__ import annotations

from tests.support.paths import BRIEFING, HOSTILE, copied


def test_installed_reader_in_a_real_terminal(terminal):
    assert BRIEFING.exists(), "install the package first (see the README's test command)"
    term = terminal([str(BRIEFING), "--no-mouse"])
    screen = term.wait_for("1 Parties (11)")
    assert "Nissan and Foxconn in talks over the Oppama plant" in screen
    assert "Nissan is in advanced talks" in screen  # the BLUF, readable on opening
    for title in ("2 Plant (11 facts)", "3 Concerns (8)", "4 Questions (10)"):
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


def test_e_opens_the_editor_at_the_item_and_the_reader_shows_the_edit(tmp_path, terminal,
                                                                     monkeypatch):


    copied(tmp_path)
    draft = tmp_path / "harbour.yaml"
    line = draft.read_text().splitlines().index("- id: mayor") + 1
    editor = tmp_path / "bin" / "vi"  # a stand-in: notes how it was called, and edits
    editor.parent.mkdir()
    editor.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {tmp_path / 'called'}\n"
                      "sed -i 's/name: Mayor Ines Albrecht/name: Mayor Ines Albrecht-Vogt/' "
                      "\"$2\"\n")
    editor.chmod(0o755)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(editor))
    # not watching: what is seen comes from the reload when the editor exits
    term = terminal([str(BRIEFING), "--no-watch", str(draft)], 100, 30)
    term.wait_for("Mayor Ines Albrecht")
    term.type("1G")
    term.type("e")
    term.wait_for("Albrecht-Vogt")
    assert (tmp_path / "called").read_text().split() == [f"+{line}", str(draft)]
    term.type("q")
    assert term.exited() == 0


def test_a_served_reader_starts_no_editor(tmp_path, terminal, monkeypatch):


    copied(tmp_path)
    editor = tmp_path / "vi"
    editor.write_text(f"#!/bin/sh\ntouch {tmp_path / 'called'}\n")
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    term = terminal([str(BRIEFING), "--served", str(tmp_path / "harbour.yaml")], 100, 30)
    term.wait_for("Mayor Ines Albrecht")
    term.type("e")
    term.type("q")
    assert term.exited() == 0
    assert not (tmp_path / "called").exists()


def test_a_damaged_reading_state_is_reported_once_and_the_reader_opens(tmp_path, terminal,
                                                                      monkeypatch):
    data = tmp_path / "data"
    (data / "briefing").mkdir(parents=True)
    damaged = data / "briefing" / "reading.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    before = damaged.read_bytes()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    term = terminal([str(BRIEFING), "--no-mouse"], 120, 30)
    screen = term.wait_for("1 Parties (11)")
    term.wait_for("reading without saved state")
    term.type("m")  # nothing is kept, and the reader says so again when asked
    term.quiet()
    term.type("q")
    assert term.exited() == 0
    assert damaged.read_bytes() == before  # left as it was
    assert "Traceback" not in screen


def test_an_editor_that_cannot_start_gives_the_terminal_back(tmp_path, terminal, monkeypatch):


    copied(tmp_path)
    editor = tmp_path / "vi"  # found on the path, but its interpreter is not there
    editor.write_text("#!/no/such/interpreter\n")
    editor.chmod(0o755)
    monkeypatch.setenv("VISUAL", str(editor))
    term = terminal([str(BRIEFING), str(tmp_path / "harbour.yaml")], 100, 30)
    term.wait_for("Mayor Ines Albrecht")
    term.type("e")
    term.wait_for("No editor")  # the notification, however its long path wraps
    term.type("4\r")  # the reader has its terminal again and answers keys
    term.wait_for("question · open")
    term.type("q")
    assert term.exited() == 0

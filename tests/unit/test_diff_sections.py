"""A story followed across two versions (duisburg-1 and -2): every change under its owner's
heading in text, Markdown and JSON alike; a fact rewritten as it became confirmed is one fact
replaced, its certainty first; a new source says only what of it changed."""

import io
import json
import re

import pytest
from rich.console import Console

from model import Kind
from model.diff import Direction, What, diff
from model.diff_export import heading, to_json, to_markdown
from model.facts import Certainty
from model.matching import PAIRS, Budget, match_facts
from tests.support.stories import DIFF, fact, version
from tui.render.diff import print_diff


@pytest.fixture(scope="module")
def duisburg():
    return diff(version("duisburg-1.yaml"), version("duisburg-2.yaml"))


def plain(changes) -> str:
    """What `briefing diff` writes down a pipe."""
    out = io.StringIO()
    print_diff(changes, Console(width=80, file=out, highlight=False))
    return out.getvalue()


def under_headings(text: str, mark: str) -> dict[str, list[str]]:
    """Each heading of a rendering and the lines under it, up to the next heading."""
    out: dict[str, list[str]] = {}
    last = None
    for line in text.splitlines():
        if line.startswith(mark):
            last = line.removeprefix(mark)
            out[last] = []
        elif last is not None and line.strip():
            out[last].append(line.strip())
    return out


def test_sections_one_per_owner_in_reading_order(duisburg):
    assert [(s.kind, s.item) for s in duisburg.sections] == [
        (None, "duisburg"), (Kind.party, "baowu"), (Kind.party, "nippon"),
        (Kind.party, "marxloh"), (Kind.party, "bmwk")]
    for section in duisburg.sections[1:]:
        for change in section.changes:
            assert change.item == section.item or change.item.startswith(f"{section.item}.")
    # the renamed party is headed by its new name
    assert heading(duisburg.sections[3]) == "Party Marxloh residents"


def test_markdown_puts_each_change_under_its_owner(duisburg):
    sections = under_headings(to_markdown(duisburg), "### ")
    assert sections["Party 日本製鉄"] == [
        "- **removed**", "- **removed** Fact: 日本製鉄 has no interest in the works."]
    assert sections["Party Marxloh residents"] == [
        "- **changed** name: ~~Residents of Marxloh~~ → Marxloh residents"]
    assert sections["Party Federal Ministry for Economic Affairs"] == [
        "- **added**", "- **added** Fact: The ministry would review any offer."]
    assert sections["Briefing"] == ["- **new source** sha256: ~~53ad24b7e52e~~ → d0ddc4340e87"]
    assert sections["Party Baowu"][0] == "- Fact: Baowu confirmed it submitted a formal offer"


def test_text_json_and_markdown_group_alike(duisburg):
    text = plain(duisburg)
    in_text = [line for line in text.splitlines() if line and not line.startswith(" ")]
    in_markdown = re.findall(r"^### (.*)$", to_markdown(duisburg), re.M)
    assert in_text[-len(in_markdown):] == in_markdown
    data = json.loads(to_json(duisburg))["changes"]
    for change, (section, owned) in zip(data, ((s, c) for s in duisburg.sections
                                                for c in s.changes), strict=True):
        assert change["under"] == {"kind": section.kind and str(section.kind),
                                   "item": section.item, "label": section.label}
        assert change["item"] == owned.item


def test_a_fact_rewritten_as_it_became_confirmed_is_replaced_firmer_first(duisburg):
    [section] = [s for s in duisburg.sections if s.item == "baowu"]
    first, second = section.changes[:2]
    assert (first.what, first.direction, first.old, first.new) == (
        What.certainty, Direction.firmer, "unconfirmed", "confirmed")
    assert (second.what, second.old) == (What.replaced, "Baowu has not confirmed the report")
    assert not [c for c in duisburg.changes if c.what in (What.added, What.removed)
                and c.kind is Kind.fact and c.item.startswith("baowu")]
    assert duisburg.moved() == "1 fact firmer"
    lines = plain(duisburg).splitlines()
    assert lines.index("Certainty: 1 fact firmer") < lines.index("Briefing")
    fact_line = lines.index("  Fact: Baowu confirmed it submitted a formal offer")
    assert lines[fact_line + 1] == "    firmer certainty: [unconfirmed] → [confirmed]"
    assert lines[fact_line + 2].startswith("    replaced text: Baowu has not confirmed")
    assert "Certainty: 1 fact firmer.\n" in to_markdown(duisburg)


def test_the_new_source_line_says_only_what_changed(duisburg):
    [source] = [line for line in plain(duisburg).splitlines() if "new source s" in line]
    assert source == "  new source sha256: 53ad24b7e52e → d0ddc4340e87"
    mill = plain(diff(version("mill-1.yaml"), version("mill-2.yaml")))
    assert "  ~ source title: Mill to close → Mill closure confirmed" in mill
    assert "  ~ source date: 2026-03-01 → 2026-04-01" in mill
    assert "news article" not in mill


def test_replaced_by_shared_words_or_a_subject_of_its_own():
    old = [fact("p", 0, "Baowu has not confirmed the report", "q1"),
           fact("p", 1, "Thyssenkrupp shares fell sharply on Monday", "q2"),
           fact("p", 2, "Workers walked out of the works", "q3")]
    new = [fact("p", 0, "Baowu confirmed it submitted a formal offer", "r1",
                certainty=Certainty.confirmed),
           fact("p", 1, "On Monday Thyssenkrupp shares fell by 9%", "r2"),
           fact("p", 2, "The council met on Friday", "r3")]
    matched, replaced = match_facts(old, new, Budget())
    assert matched == {0: old[0], 1: old[1]} and replaced == {0, 1}


def test_a_subject_held_by_several_facts_is_not_guessed():
    old = [fact("p", 0, "Baowu has not confirmed the report", "q1"),
           fact("p", 1, "Baowu declined to comment on prices", "q2")]
    new = [fact("p", 0, "Baowu confirmed it submitted a formal offer", "r1"),
           fact("p", 1, "Baowu is building a plant in Brazil", "r2")]
    assert match_facts(old, new, Budget()) == ({}, set())


def test_replacing_is_bounded():
    """Leftovers past PAIRS, or past the budget's word sets, are listed, not guessed."""
    side = int(PAIRS ** 0.5) + 1
    old = [fact("p", n, f"claim {n} about the works", f"q{n}") for n in range(side)]
    new = [fact("p", n, f"statement {n} about the works", f"r{n}") for n in range(side)]
    budget = Budget(ratios=0)
    assert match_facts(old, new, budget) == ({}, set()) and budget.shares > 0
    small = Budget(ratios=0, shares=3)
    assert match_facts(old[:2], new[:2], small)[1] == set() and small.shares == 3
    assert match_facts(old[:2], new[:2], Budget(ratios=0))[1] == {0, 1}


def test_new_lines_print_hostile_names_literally(tmp_path):
    for name in ("duisburg-1.txt", "duisburg-2.txt", "duisburg-1.yaml"):
        (tmp_path / name).write_bytes((DIFF / name).read_bytes())
    text = (DIFF / "duisburg-2.yaml").read_text()
    text = text.replace("name: Federal Ministry for Economic Affairs",
                        'name: "[bold]x[/] \\e]52;c;cHduZWQ=\\a"')
    text = text.replace("text: The ministry would review any offer.",
                        'text: "[red]Review[/] \\e[2J"')
    (tmp_path / "duisburg-2.yaml").write_text(text)
    from model.cache import open_briefing

    changes = diff(open_briefing(tmp_path / "duisburg-1.yaml"),
                   open_briefing(tmp_path / "duisburg-2.yaml"))
    console = Console(width=100, force_terminal=True, color_system="truecolor", record=True)
    print_diff(changes, console)
    out = console.export_text(styles=True)
    assert "\x1b]52" not in out and "\x1b[2J" not in out
    assert "[bold]x[/] ␛]52;c;cHduZWQ=␇" in out and "[red]Review[/] ␛[2J" in out
    markdown = to_markdown(changes)
    assert "\x1b" not in markdown and "### Party \\[bold\\]x\\[/\\]" in markdown


def test_a_removed_party_stands_where_it_was_after_the_one_before_it(tmp_path):
    """Baowu gains a fact at its end and 日本製鉄 after it goes: Baowu's section still comes
    first, though the removal is placed after Baowu's last fact both versions hold."""
    for name in ("duisburg-1.txt", "duisburg-1.yaml"):
        (tmp_path / name).write_bytes((DIFF / name).read_bytes())
    text = (DIFF / "duisburg-1.yaml").read_text()
    start, end = text.index("- id: nippon\n"), text.index("- id: marxloh\n")
    added = ("  - text: Baowu would buy a stake.\n    certainty: unconfirmed\n    evidence:\n"
             "    - quote: it will buy a stake in Thyssenkrupp Steel\n")
    (tmp_path / "next.yaml").write_text(text[:start] + added + text[end:])
    from model.cache import open_briefing

    changes = diff(open_briefing(tmp_path / "duisburg-1.yaml"),
                   open_briefing(tmp_path / "next.yaml"))
    assert [(s.item, [c.what for c in s.changes]) for s in changes.sections] == [
        ("baowu", [What.added]), ("nippon", [What.removed, What.removed])]

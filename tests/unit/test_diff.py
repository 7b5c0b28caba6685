"""The changes between two versions of a story, and what a reader has not seen yet."""

import random
import time

import pytest

from model.diff import DifferentStories, Direction, What, diff, direction
from model.facts import Certainty
from model.matching import Budget, match_facts
from model.since import Seen, changes_since, prints
from tests.support.stories import DIFF, fact, version


@pytest.fixture(scope="module")
def mill():
    return diff(version("mill-1.yaml"), version("mill-2.yaml"))


def found(changes, what, item=None, field=None):
    return [c for c in changes if c.what == what and item in (None, c.item)
            and field in (None, c.field)]


@pytest.mark.parametrize(("old", "new", "moved"), [
    ("reported", "confirmed", Direction.firmer),
    ("possible", "likely", Direction.firmer),
    ("confirmed", "stated", Direction.weaker),
    ("likely", "unconfirmed", Direction.weaker),
    ("stated", "denied", Direction.reversed),
    ("denied", "possible", Direction.reversed),
    ("likely", "likely", None),
])
def test_direction_follows_the_levels_from_firm_to_weak(old, new, moved):
    assert direction(Certainty(old), Certainty(new)) is moved


def test_certainty_changes_with_their_direction(mill):
    moved = {(c.item, c.old, c.new, c.direction) for c in found(mill.changes, What.certainty)}
    assert moved == {
        ("mill-union.1", "possible", "confirmed", Direction.firmer),
        ("mayor.1", "reported", "stated", Direction.firmer),
        ("birch.1", "possible", "denied", Direction.reversed),
        ("town-budget", "likely", "possible", Direction.weaker),
    }


def test_items_added_and_removed_facts_with_their_party(mill):
    assert [(c.kind, c.item) for c in found(mill.changes, What.added)] == [
        ("party", "state"), ("fact", "state.1")]
    removed = found(mill.changes, What.removed)
    assert [(c.kind, c.item, c.owner) for c in removed] == [
        ("party", "economist", None), ("fact", "economist.1", "An economist")]
    # a removed item comes after the last item both versions hold before it
    order = [c.item for c in mill.changes]
    assert order.index("birch.1") < order.index("economist") < order.index("state")


def test_text_and_field_changes(mill):
    changed = {(c.item, c.field): (c.old, c.new) for c in found(mill.changes, What.changed)}
    assert changed[("acme.1", "text")] == ("Acme will close the mill in March.",
                                           "Acme will close the Dunmore mill in March.")
    assert changed[("mill-union", "role")] == ("Represents the mill workers",
                                               "Represents the mill's 1,200 workers")
    assert changed[("dunmore-mill", "status")][1] == "To close in March, after a hearing in April"
    assert changed[("town-budget", "held_by")] == ("mayor", "mayor, state")
    assert changed[("town-budget", "note")][1] == "An economist's estimate, repeated"
    assert changed[("acme-mill", "bluf")][0].startswith("Acme says it will close")
    assert ("acme-mill", "title") not in changed
    assert not found(mill.changes, What.changed, "dunmore-mill.1")  # the unchanged fact


def test_questions_opened_answered_reopened(mill):
    assert [c.item for c in found(mill.changes, What.answered)] == ["closure-date", "buyer"]
    assert [c.item for c in found(mill.changes, What.reopened)] == ["union-terms"]
    assert [c.item for c in found(mill.changes, What.opened)] == ["hearing"]


def test_evidence_added_and_dropped(mill):
    added = found(mill.changes, What.evidence_added, "closure-date")
    assert [c.new for c in added] == ["About 1,200 workers will lose their jobs"]
    assert not found(mill.changes, What.evidence_dropped, "closure-date")
    dropped = found(mill.changes, What.evidence_dropped, "buyer")
    assert [c.old for c in dropped] == ["The sale of the mill to Birch Holdings is possible"]


def test_a_new_source(mill):
    [source] = found(mill.changes, What.source)
    assert source.field == "source.sha256" and len(source.old) == len(source.new) == 64
    assert mill.summary().endswith(", new source")


def test_unchanged_versions_have_no_changes():
    same = diff(version("mill-1.yaml"), version("mill-1.yaml"))
    assert same.changes == [] and same.summary() == "no changes"


def test_different_stories_are_refused():
    with pytest.raises(DifferentStories):
        diff(version("mill-1.yaml"), version("hostile-1.yaml"))


def test_facts_reordered_and_one_inserted_above(tmp_path):
    """A fact's place is no part of it: swapping facts and inserting one before them shifts
    every OWNER.N id, and still only the new fact is reported."""
    text = (DIFF / "mill-1.yaml").read_text()
    plant_facts = """  facts:
    - text: The mill opened in 1952.
      certainty: stated
      evidence:
        - quote: The mill opened in 1952.
"""
    extra = """    - text: Acme owns the mill.
      certainty: stated
      evidence:
        - quote: Acme Corp. said in a statement
"""
    bigger = """    - text: The town's budget may shrink.
      certainty: possible
      evidence:
        - quote: The town's budget may shrink by 3.5 percent, an economist said.
"""
    assert plant_facts in text
    text = text.replace(plant_facts, plant_facts.replace("  facts:\n", "  facts:\n" + extra)
                        + bigger).replace("path: mill-1.txt", f"path: {DIFF / 'mill-1.txt'}")
    (tmp_path / "next.yaml").write_text(text)
    (tmp_path / "again.yaml").write_text(text.replace(extra, "").replace(
        plant_facts.removeprefix("  facts:\n") + bigger,
        bigger + plant_facts.removeprefix("  facts:\n")))
    from model import Limits
    from model.cache import open_briefing

    limits = Limits(source_root=DIFF)
    one, two = (open_briefing(tmp_path / name, limits=limits) for name in ("next.yaml",
                                                                           "again.yaml"))
    changes = diff(version("mill-1.yaml"), one).changes
    assert [(c.what, c.item) for c in changes] == [(What.added, "dunmore-mill.1"),
                                                    (What.added, "dunmore-mill.3")]
    assert [(c.what, c.item) for c in diff(one, two).changes] == [
        (What.removed, "dunmore-mill.1")]


def test_matching_is_bounded_when_every_fact_shares_one_quote():
    """A hostile file: 3,000 facts of one party on one quote, all different, each changed."""
    old = [fact("p", n, f"claim number {n} about the mill", "the quote") for n in range(3000)]
    new = [fact("p", n, f"claim number {n} about the mill, revised", "the quote")
           for n in range(3000)]
    budget = Budget(ratios=5_000)
    start = time.perf_counter()
    matched, _ = match_facts(old, new, budget)
    assert time.perf_counter() - start < 60  # about 1 s; a quadratic walk would take hours
    assert budget.left == 0  # the budget, not the input, decided when to stop
    assert matched[0] is old[0]  # within its reach, each fact found its own
    assert len(set(map(id, matched.values()))) == len(matched)


def test_a_changed_quote_is_matched_by_text_alone():
    old = [fact("p", 0, "The union expects a strike in May.", "quote one"),
           fact("p", 1, "Entirely unrelated words here.", "quote two")]
    new = [fact("p", 0, "Something new altogether.", "quote three"),
           fact("p", 1, "The union expects a strike in June.", "quote four")]
    assert match_facts(old, new, Budget()) == ({1: old[0]}, set())


def test_changes_since_marks_new_and_changed_items():
    first, second = version("mill-1.yaml"), version("mill-2.yaml")
    stored = {p.key: p.fingerprint for p in prints(first)}
    since = changes_since(second, stored)
    new = [p.item.id for p in since.new]
    assert new == ["mill-union.1", "mayor.1", "birch.1", "state", "state.1", "hearing"]
    changed = {p.item.id for p in since.changed}
    assert {"acme.1", "mill-union", "dunmore-mill", "town-budget", "closure-date"} <= changed
    assert "acme" not in changed and "dunmore-mill.1" not in changed
    assert since.state("acme.1") is Seen.changed and since.state("acme") is Seen.unchanged
    assert "economist" in [gone.key for gone in since.gone]
    again = changes_since(second, {p.key: p.fingerprint for p in prints(second)})
    assert (again.new, again.changed, again.first_read) == ([], [], False)
    assert changes_since(second, {}).first_read


def test_fact_keys_survive_a_fact_inserted_above():
    first, second = version("mill-1.yaml"), version("mill-2.yaml")
    keys = {p.item.id: p.key for p in prints(first)}
    later = {p.item.id: p.key for p in prints(second)}
    assert keys["acme.1"] == later["acme.1"]  # text changed, first quote kept
    assert keys["mayor.1"] != later["mayor.1"]  # its quote was replaced: a new key
    assert all("/" in key for ident, key in keys.items() if "." in ident)


@pytest.mark.slow  # about 2 s
def test_unrelated_rewrites_of_many_parties_stop_at_the_budget():
    """A hostile pair: 100 parties, each with 100 long facts rewritten beyond recognition.
    Each text is folded once, and the budget of comparisons, not the input, ends the work."""
    words = [f"w{n}" for n in range(5000)]
    rng = random.Random(1)

    def text() -> str:
        return " ".join(rng.choice(words) for _ in range(150))

    pairs = [([fact(f"p{owner}", n, text(), f"q{owner}-{n}") for n in range(100)],
              [fact(f"p{owner}", n, text(), f"r{owner}-{n}") for n in range(100)])
             for owner in range(100)]
    budget = Budget()
    start = time.process_time()
    for old, new in pairs:
        match_facts(old, new, budget)
    assert time.process_time() - start < 30  # about 2 s; over 100 s before its bounds
    assert budget.left == 0

import hashlib

import pytest
import yaml

from model import BriefingError, Limits, default_briefing_path, load_briefing
from model.export import plain
from model.facts import Certainty
from tests.support.briefings import MILL_SOURCE, MILL_YAML, position, write_mill
from tests.support.paths import REPO


def problems_of(tmp_path, text, source=MILL_SOURCE):
    path = write_mill(tmp_path, text, source)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    return path, caught.value.problems


def only_problem(tmp_path, text, source=MILL_SOURCE):
    path, problems = problems_of(tmp_path, text, source)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert problem.path == str(path)
    return problem


def test_the_mill_briefing_loads(tmp_path):
    briefing = load_briefing(write_mill(tmp_path))
    assert briefing.coverage.cited == briefing.coverage.total == 4
    assert [i.id for i in briefing.items][:3] == ["acme", "acme.1", "mill-union"]
    ev = briefing.item("town-budget").evidence[0]
    start, end = ev.span
    assert briefing.source_text[start:end] == "the town's budget may shrink by 3.5 percent"
    assert ev.sentences == (3,)


# Each case: a change to the valid file, the text at which the problem must be reported
# (its nth occurrence in the changed file), and words the message must contain.
CASES = {
    "syntax": ("    kind: company\n", "    kind: company\n   bad: [\n", "bad", 0, "indentation"),
    "tab": ("    role: Owner of the mill", "\trole: Owner of the mill", "\trole", 0, "tab"),
    "duplicate key": ("    role: Owner of the mill\n",
                      "    role: Owner of the mill\n    role: Owner again\n",
                      "role: Owner again", 0, "duplicate key 'role' (first at line"),
    "wrong enum": ("kind: company", "kind: comapny", "comapny", 0, "(did you mean 'company'?)"),
    "unknown key": ("    stance: favor\n", "    stance: favor\n    colour: red\n", "colour", 0,
                    "unknown key 'colour'"),
    "missing key": ("    role: Owner of the mill\n", "", "id: acme\n", 0,
                    "missing required key 'role'"),
    "empty text": ("title: Acme to close the Dunmore mill", "title: '  '", "'  '", 0,
                   "must not be empty"),
    "wrong type": ("title: Acme to close the Dunmore mill", "title: 42", "42", 0,
                   "title: expected text, found the number 42"),
    "bad slug": ("id: acme-mill\n", "id: Acme-Mill\n", "Acme-Mill", 0, "slug"),
    "duplicate id": ("  - id: closure-date\n", "  - id: town-budget\n", "town-budget\n", 1,
                     "duplicate id 'town-budget'"),
    "dangling reference": ("related: [acme, dunmore-mill", "related: [acme, dunmore-mil",
                           "dunmore-mil,", 0, "'dunmore-mil', which no item has"),
    "holder not a party": ("held_by: [mayor]", "held_by: [dunmore-mill]", "dunmore-mill]", 0,
                           "not a party"),
    "owner not a party": ("  owner: acme", "  owner: town-budget", "town-budget", 0,
                          "not a party"),
    "quote not found": ("quote: Mayor Jo Park reportedly", "quote: Mayor Jo Parks reportedly",
                        "Mayor Jo Parks", 0, "quote not found"),
    "quote case": ("quote: Mayor Jo Park reportedly", "quote: mayor Jo Park reportedly",
                   "mayor Jo Park", 0, "upper and lower case"),
    "quote ambiguous": ("quote: close the Dunmore mill in March", "quote: the", "the\n", 0,
                        "more than once"),
    "cue absent": ("cues: [reportedly]", "cues: [allegedly]", "allegedly", 0, "cue 'allegedly'"),
    "wrong sha256": ("sha256: {sha}", "sha256: " + "a" * 64, "aaaa", 0, "sha256 does not match"),
    "bad sha256": ("sha256: {sha}", "sha256: xyz", "xyz", 0, "hexadecimal"),
    "wrong format": ("format: briefing/1", "format: briefing/2", "briefing/2", 0, "briefing/1"),
    "bad date": ("published: 2026-03-01", "published: 2026-13-01", "2026-13-01", 0, "month"),
    "object tag": ("title: Acme to close the Dunmore mill",
                   "title: !!python/object/apply:os.system [echo hi]", "!!python", 0,
                   "not allowed"),
    "empty evidence": ("    facts:\n      - text: The mayor", "    facts:\n      - text: The mayor",
                       None, 0, None),
    "source missing": ("path: mill.txt", "path: nowhere.txt", "nowhere.txt", 0,
                       "source file not found"),
    "source directory": ("path: mill.txt", "path: ./", "./", 0, "directory"),
    "merge key": ("  status: To close in March\n", "  <<: {a: 1}\n", "<<", 0, "merge keys"),
}


@pytest.mark.parametrize("name", [n for n in CASES if CASES[n][2] is not None])
def test_each_problem_is_placed_exactly(tmp_path, name):
    old, new, at, nth, words = CASES[name]
    assert old in MILL_YAML
    text = MILL_YAML.replace(old, new, 1)
    problem = only_problem(tmp_path, text)
    expected = position(text.replace("{sha}", ""), at, nth) if "{sha}" not in at else None
    assert (problem.line, problem.column) == expected, str(problem)
    assert words in problem.message, str(problem)
    assert str(problem).startswith(f"{problem.path}:{problem.line}:{problem.column}: error: ")


def test_missing_evidence_is_placed_at_the_list(tmp_path):
    text = MILL_YAML.replace(
        "        evidence:\n          - quote: Mayor Jo Park reportedly opposes the closure.\n",
        "        evidence: []\n")
    text = text.replace("        cues: [reportedly]\n", "")
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.column) == position(text, "[]\n")
    assert "at least 1 item" in problem.message


def test_every_problem_is_reported_in_one_run(tmp_path):
    text = (MILL_YAML.replace("kind: company", "kind: comapny")
            .replace("quote: Mayor Jo Park", "quote: Mayor Jo Parks")
            .replace("held_by: [mayor]", "held_by: [nobody]")
            .replace("    stance: favor\n", "    stance: favor\n    colour: red\n"))
    _, problems = problems_of(tmp_path, text)
    messages = " | ".join(p.message for p in problems)
    assert len(problems) == 4, messages
    assert [p.line for p in problems] == sorted(p.line for p in problems)
    for words in ("'company'", "quote not found", "'nobody'", "unknown key 'colour'"):
        assert words in messages


@pytest.mark.parametrize(
    ("content", "words", "placed"),
    [
        (b"", "empty", False),
        (b"- a\n- b\n", "mapping", True),
        (b"format: briefing/1\nid: x\x00\n", "control characters", True),
        (b"title: caf\xe9\n", "not valid UTF-8", True),
    ],
)
def test_whole_file_problems(tmp_path, content, words, placed):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    problem = caught.value.problems[0]
    assert words in problem.message
    assert (problem.line is not None) == placed


def test_no_such_file(tmp_path):
    with pytest.raises(BriefingError) as caught:
        load_briefing(tmp_path / "absent.yaml")
    assert str(caught.value.problems[0]) == f"{tmp_path / 'absent.yaml'}: error: no such file"


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        lines.append(f"a{n}: &a{n} [" + ",".join([f"*a{n - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    assert "aliases expand" in caught.value.problems[0].message


def test_size_limit(tmp_path):
    path = write_mill(tmp_path)
    with pytest.raises(BriefingError) as caught:
        load_briefing(path, limits=Limits(max_bytes=100))
    assert "larger than the limit" in caught.value.problems[0].message


def test_quotes_match_across_different_white_space(tmp_path):
    text = MILL_YAML.replace("quote: Mayor Jo Park reportedly opposes the closure.",
                             'quote: "Mayor   Jo\\n Park reportedly opposes the closure."')
    briefing = load_briefing(write_mill(tmp_path, text, MILL_SOURCE.replace(" Jo ", "\n  Jo ")))
    assert briefing.item("mayor.1").evidence[0].sentences == (2,)


def test_round_trip(tmp_path):
    briefing = load_briefing(write_mill(tmp_path))
    dumped = plain(briefing.file)
    assert "span" not in dumped["parties"][0]["facts"][0]["evidence"][0]
    again = tmp_path / "again.yaml"
    again.write_text(yaml.safe_dump(dumped, sort_keys=False, allow_unicode=True))
    reloaded = load_briefing(again)
    assert reloaded.file == briefing.file
    assert plain(reloaded.file) == dumped


def test_links_both_ways(tmp_path):
    briefing = load_briefing(write_mill(tmp_path))
    assert [i.id for i in briefing.holds("mayor")] == ["town-budget"]
    assert [i.id for i in briefing.holders("town-budget")] == ["mayor"]
    assert [i.id for i in briefing.questions_about("acme")] == ["closure-date"]
    links = {(how, item.id) for how, item in briefing.links("acme")}
    assert {("owns", "dunmore-mill"), ("question", "closure-date"), ("fact", "acme.1")} <= links
    assert ("held by", "mayor") in {(h, i.id) for h, i in briefing.links("town-budget")}
    with pytest.raises(KeyError):
        briefing.item("nobody")


def test_uncited_sentences(tmp_path):
    source = MILL_SOURCE + "An extra sentence nobody cites.\n"
    briefing = load_briefing(write_mill(tmp_path, source=source))
    assert [s.text for s in briefing.uncited()] == ["An extra sentence nobody cites."]
    assert str(briefing.coverage) == "4/5 sentences (80%)"


def test_shipped_briefing():
    briefing = load_briefing(default_briefing_path())
    f = briefing.file
    assert briefing.coverage.cited == briefing.coverage.total == 19
    assert len(f.parties) >= 9 and len(f.concerns) >= 6 and len(f.questions) >= 8
    assert f.source.published is None and f.source.title is None
    assert all(p.facts for p in f.parties)
    assert all(c.held_by and c.about for c in f.concerns)
    assert all(q.why and q.watch_for and q.evidence for q in f.questions)
    by_cue = {}
    for _, ev_item in [(i, i) for i in briefing.items if i.certainty]:
        for cue in getattr(ev_item.thing, "cues", []):
            by_cue.setdefault(cue, set()).add(ev_item.certainty)
    assert by_cue["reportedly"] == {Certainty.reported}
    assert by_cue["no official confirmation"] == {Certainty.unconfirmed}
    assert by_cue["will likely"] == {Certainty.likely}
    assert by_cue["possibly"] == {Certainty.possible}
    assert Certainty.possible in by_cue["insiders suggest"]


def test_seed_copies_are_byte_identical():
    expected = "1a7a334a2fae3c34cdbfd1e42be574760e1eb4369a4ce0c180c185bda6085247"
    copies = [REPO / "seeds" / "nissan-foxconn-oppama.txt",
              default_briefing_path().with_suffix(".txt")]
    for copy in copies:
        assert hashlib.sha256(copy.read_bytes()).hexdigest() == expected, copy


def test_facts_of_each_owner_and_of_nothing_else(tmp_path):
    first = "      - text: Acme will close the mill in March.\n"
    text = MILL_YAML.replace(first, """      - text: Acme owns the mill.
        certainty: stated
        evidence:
          - quote: Acme Corp. said in a statement
""" + first)
    briefing = load_briefing(write_mill(tmp_path, text))
    assert [f.id for f in briefing.facts_of("acme")] == ["acme.1", "acme.2"]
    assert [f.label for f in briefing.facts_of("acme")] == [
        "Acme owns the mill.", "Acme will close the mill in March."]
    assert [f.id for f in briefing.facts_of("mill-union")] == ["mill-union.1"]
    assert [f.id for f in briefing.facts_of("mayor")] == ["mayor.1"]
    for ident in ("dunmore-mill", "town-budget", "closure-date", "acme.1", "nobody"):
        assert briefing.facts_of(ident) == []
    expected = {i.id: [f for f in briefing.items if f.parent == i.id] for i in briefing.items}
    assert {ident: briefing.facts_of(ident) for ident in expected} == expected

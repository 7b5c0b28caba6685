"""Every problem in one run, in words an analyst understands: no pydantic or PyYAML text."""

from __future__ import annotations

import pytest

from model import BriefingError, load_briefing
from model.wording import keys_at, schema_problem
from tests.support.briefings import MILL_YAML, position, write_mill

# Phrases of the libraries' own that must never reach a user.
LIBRARY_WORDS = ("Input should", "instance of", "after validation", "while parsing",
                 "while scanning", "indicator", "in this context", "Datetimes", "Value error")


def problems(tmp_path, text):
    with pytest.raises(BriefingError) as caught:
        load_briefing(write_mill(tmp_path, text))
    return [p.message for p in caught.value.problems], caught.value.problems


def test_every_missing_key_at_the_top_is_reported_with_a_hint_for_the_misspelt_ones(tmp_path):
    text = MILL_YAML.replace("title: Acme to close", "titl: Acme to close").replace(
        "bluf: Acme says", "blurb: Acme says")
    messages, _ = problems(tmp_path, text)
    assert messages == ["top level: missing required key 'title'",
                        "top level: missing required key 'bluf'",
                        "unknown key 'titl' (did you mean 'title'?)",
                        "unknown key 'blurb' (did you mean 'bluf'?)"]


def test_missing_sections_are_reported_together(tmp_path):
    start, end = MILL_YAML.index("parties:"), MILL_YAML.index("concerns:")
    messages, _ = problems(tmp_path, MILL_YAML[:start] + MILL_YAML[end:])
    assert "top level: missing required key 'parties'" in messages
    assert "top level: missing required key 'plant'" in messages


def test_every_missing_key_is_reported_at_every_level(tmp_path):
    text = (MILL_YAML.replace("    name: Acme Corp.\n", "")
            .replace("    role: Owner of the mill\n", "")
            .replace("        certainty: confirmed\n", "")
            .replace("        cues: [said in a statement]\n", "")
            .replace("        evidence:\n          - quote: Acme Corp. said in a statement that it "
                     "will close the Dunmore mill in March.\n", "")
            .replace("  kind: news article\n", "  knd: news article\n"))
    messages, placed = problems(tmp_path, text)
    for wanted in ("parties[0]: missing required key 'name'",
                   "parties[0]: missing required key 'role'",
                   "parties[0].facts[0]: missing required key 'certainty'",
                   "parties[0].facts[0]: missing required key 'evidence'",
                   "source: missing required key 'kind'",
                   "unknown key 'knd' (did you mean 'kind'?)"):
        assert wanted in messages, messages
    assert len(messages) == len(set(messages)) == 6, messages
    name = next(p for p in placed if p.message.endswith("'name'"))
    assert (name.line, name.column) == position(text, "id: acme\n")


def test_keys_at_follows_the_schema_through_lists():
    assert keys_at(())[:3] == ["format", "id", "title"]
    assert keys_at(("parties", 3, "facts", 0, "evidence", 1)) == ["quote", "note"]
    assert keys_at(("plant", "facts", 0))[:2] == ["text", "certainty"]
    assert keys_at(("title",)) == [] and keys_at(("nowhere", 1)) == []


# A field of each type, and values of every kind put in it: the message says what was
# expected and what was found, in plain words.
FIELDS = {"title": ("title: Acme to close the Dunmore mill", "title: {}"),
          "stance": ("    stance: favor", "    stance: {}"),
          "format": ("format: briefing/1", "format: {}"),
          "published": ("  published: 2026-03-01", "  published: {}"),
          "plant": ("plant:\n  id: dunmore-mill", "plant: {}\nplanted:\n  id: dunmore-mill"),
          "held_by": ("held_by: [mayor]", "held_by: {}"),
          "evidence": ("      - quote: the town's budget may shrink by 3.5 percent\n"
                       "        note: An economist's estimate",
                       "      - {}")}
VALUES = ["null", "42", "1.5", "true", "2026-01-01", "2026-01-01 10:30", "[a, b]", "{a: 1}",
          "[]", "some words", "'2026-13-01'", "'2026-02-30'", "furious"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", VALUES)
def test_every_type_error_is_worded_plainly(tmp_path, field, value):
    old, new = FIELDS[field]
    assert old in MILL_YAML
    try:
        load_briefing(write_mill(tmp_path, MILL_YAML.replace(old, new.format(value))))
    except BriefingError as error:
        for problem in error.problems:
            assert not any(w in problem.message for w in LIBRARY_WORDS), problem.message


@pytest.mark.parametrize(("old", "new", "message"), [
    ("plant:\n  id: dunmore-mill\n  name: Dunmore mill\n  location: Dunmore\n  owner: acme\n"
     "  workforce: about 1,200 workers\n  status: To close in March\n  facts: []\n",
     "plant: null\n", "plant: expected a mapping of its fields, found null"),
    ("    stance: favor", "    stance: favr",
     "parties[0].stance: expected one of 'favor', 'against', 'mixed', 'neutral', 'unknown', "
     "found the text 'favr' (did you mean 'favor'?)"),
    ("format: briefing/1", "format: 2", "format: expected 'briefing/1', found the number 2"),
    ("  published: 2026-03-01", "  published: 0",
     "source.published: expected a date written as YYYY-MM-DD, found the number 0"),
    ("  published: 2026-03-01", "  published: '2026-13-01'",
     "source.published: expected a date written as YYYY-MM-DD, found the text '2026-13-01': "
     "the month must be 01 to 12"),
    ("  published: 2026-03-01", "  published: '2026-02-30'",
     "source.published: expected a date written as YYYY-MM-DD, found the text '2026-02-30': "
     "that month has no such day"),
    ("  published: 2026-03-01", "  published: 2026-03-01 10:30:00",
     "source.published: expected a date written as YYYY-MM-DD, found a date with a time of day"),
    ("held_by: [mayor]", "held_by: mayor", "concerns[0].held_by: expected a list, found the text "
     "'mayor'"),
    ("held_by: [mayor]", "held_by: []", "concerns[0].held_by: must list at least 1 item, "
     "found none"),
    ("    name: Acme Corp.", "    name: [Acme]", "parties[0].name: expected text, found a list"),
    ("    name: Acme Corp.", "    name: true",
     "parties[0].name: expected text, found true (yes/no)"),
])
def test_type_errors_say_what_was_expected_and_found(tmp_path, old, new, message):
    assert old in MILL_YAML
    messages, _ = problems(tmp_path, MILL_YAML.replace(old, new))
    assert message in messages, messages


def test_a_whole_number_is_worded_too():
    detail = {"type": "int_type", "loc": ("count",), "msg": "Input should be a valid integer",
              "input": "many"}
    assert schema_problem(detail, ("x",))[2] == "x.count: expected a whole number, found the " \
        "text 'many'"


# YAML structure errors: plain words, a hint to check the indentation, the right line:col.
@pytest.mark.parametrize(("old", "new", "at", "words"), [
    # certainty dedented by one space inside a list entry (the list indented under its key)
    ("        certainty: confirmed\n", "       certainty: confirmed\n", "certainty: confirmed",
     "lines up neither with the keys of the list entry above it nor with the list's '- '"),
    ("    role: Owner of the mill\n", "   role: Owner of the mill\n", "role: Owner of the mill",
     "lines up neither"),
    # a key dedented by one space in a mapping
    ("  kind: news article\n", " kind: news article\n", "kind: news article",
     "does not line up with the keys above it"),
    # a stray indent makes a key of a value's continuation
    ("    role: Owner of the mill\n", "      role: Owner of the mill\n", ": Owner of the mill",
     "':' here would start a key"),
    ("title: Acme to close the Dunmore mill", 'title: "Acme to close', '"Acme', "never closed"),
])
def test_yaml_structure_errors_are_plain_and_placed(tmp_path, old, new, at, words):
    assert old in MILL_YAML
    text = MILL_YAML.replace(old, new, 1)
    messages, placed = problems(tmp_path, text)
    assert len(placed) == 1 and words in messages[0], messages
    assert not any(w in messages[0] for w in LIBRARY_WORDS), messages[0]
    if "never closed" in words:
        assert f"opened at line {position(text, at)[0]}" in messages[0]
    else:
        assert "indentation" in messages[0]
        assert placed[0].line == position(text, at)[0], messages[0]


def test_an_apostrophe_that_closes_a_single_quoted_value_is_named_not_the_indentation(tmp_path):
    assert "    role: Owner of the mill\n" in MILL_YAML
    text = MILL_YAML.replace("    role: Owner of the mill\n", "    role: 'Owner's mill'\n", 1)
    messages, placed = problems(tmp_path, text)
    assert len(placed) == 1 and "write it twice ('')" in messages[0], messages
    assert placed[0].line == position(text, "role: 'Owner's mill'")[0]
    assert "indentation" not in messages[0]

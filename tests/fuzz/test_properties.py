"""Property-based tests of the loader: nothing but BriefingError ever escapes it, and valid
generated briefings load and round-trip."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import BriefingError, load_briefing
from model.export import plain
from tests.support.briefings import MILL_YAML

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def load_text(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_bytes(data)
        try:
            load_briefing(path)
        except BriefingError as error:
            assert error.problems
            for problem in error.problems:
                assert problem.message and str(problem).startswith(str(path))


@SETTINGS
@given(st.text())
def test_arbitrary_text(text):
    load_text(text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(st.binary())
def test_arbitrary_bytes(data):
    load_text(data)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=20), st.dates())
yaml_shaped = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["format", "id", "title", "bluf", "source", "parties",
                                       "plant", "facts", "quote", "evidence", "certainty",
                                       "kind", "text", "x"]) | st.text(max_size=5),
                      children, max_size=5),
    max_leaves=25,
)


@SETTINGS
@given(yaml_shaped)
def test_arbitrary_yaml_shaped_data(data):
    load_text(yaml.safe_dump(data, allow_unicode=True).encode())


@SETTINGS
@given(st.dictionaries(st.sampled_from(["title", "bluf", "format", "id", "parties", "plant",
                                        "concerns", "questions", "source"]),
                       yaml_shaped, max_size=4))
def test_a_valid_briefing_with_parts_replaced(changes):
    base = yaml.safe_load(MILL_YAML.replace("{sha}", "a" * 64))
    base.update(changes)
    load_text(yaml.safe_dump(base, allow_unicode=True).encode())


words = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=3,
                max_size=8)


@st.composite
def briefings(draw):
    """A valid briefing and its source: one sentence per fact, each sentence unique."""
    count = draw(st.integers(min_value=1, max_value=8))
    sentences = [f"Sentence {n} says {draw(words)} about {draw(words)}." for n in range(count)]
    levels = st.sampled_from(["confirmed", "stated", "likely", "reported", "possible",
                              "unconfirmed", "denied"])
    parties = []
    for n, sentence in enumerate(sentences):
        parties.append({
            "id": f"party-{n}", "name": draw(words), "role": draw(words),
            "kind": draw(st.sampled_from(["company", "union", "other"])),
            "stance": draw(st.sampled_from(["favor", "against", "unknown"])),
            "facts": [{"text": draw(words), "certainty": draw(levels),
                       "evidence": [{"quote": sentence}]}],
        })
    source = " ".join(sentences) + "\n"
    data = {
        "format": "briefing/1", "id": "generated", "title": draw(words), "bluf": draw(words),
        "source": {"path": "source.txt", "sha256": hashlib.sha256(source.encode()).hexdigest(),
                   "kind": "test"},
        "parties": parties,
        "plant": {"id": "the-plant", "name": draw(words), "owner": "party-0"},
        "concerns": [{"id": "worry", "title": draw(words), "held_by": ["party-0"],
                      "detail": draw(words), "certainty": draw(levels),
                      "evidence": [{"quote": sentences[0]}]}],
        "questions": [{"id": "open-question", "question": draw(words) + "?",
                       "why": draw(words), "status": "open", "related": ["the-plant"]}],
    }
    return data, source


@settings(max_examples=60, deadline=None)
@given(briefings())
def test_valid_briefings_load_and_round_trip(generated):
    data, source = generated
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "source.txt").write_text(source)
        path = Path(folder) / "b.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        briefing = load_briefing(path)
        assert briefing.coverage.cited == briefing.coverage.total == len(data["parties"])
        again = Path(folder) / "again.yaml"
        dumped = plain(briefing.file)
        again.write_text(yaml.safe_dump(dumped, sort_keys=False, allow_unicode=True))
        assert load_briefing(again).file == briefing.file

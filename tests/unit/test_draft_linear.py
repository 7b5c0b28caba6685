"""Drafting a text that names many parties costs work in its length, not its length times the
number of parties. Work is counted (function calls), never timed: the counts are the same on
every machine."""

import random
import sys

from model.draft import compose
from model.draft.lookup import _ALIAS_CHARS, _ALIAS_WORDS, NEAR, Aliases, Context
from model.sentences import split_sentences


def _story(blocks: int, seed: int = 1) -> str:
    """Blocks of four sentences, each block naming new parties: a company, a person, another
    company, with a plant, a role, a pronoun and an anaphor among them."""
    rng = random.Random(seed)

    def name() -> str:
        return " ".join(rng.choice("BCDFGHKLMNPRSTV") + "".join(
            rng.choice("aeioulnrst") for _ in range(6)) for _ in range(2))

    return "".join(
        f"{name()} Holdings said the {name()} plant would close. "
        f"Mayor {name()} said the workers feared cuts. "
        f"He said {name()} was not told. The company denied it. " for _ in range(blocks))


def _calls(text: str, monkeypatch) -> int:
    """Function calls made drafting `text`, Python and built-in; the YAML is not written,
    its emitter's work being the length of what it writes."""
    monkeypatch.setattr(compose, "_dump", lambda data, indent: "")
    count = 0

    def counted(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")

    sys.setprofile(counted)
    try:
        compose.draft(text, "s.txt", "0" * 64, "s")
    finally:
        sys.setprofile(None)
    return count


def test_twice_the_parties_is_twice_the_work(monkeypatch):
    _calls(_story(5, seed=2), monkeypatch)  # what a first draft alone does: lexicon, patterns
    small, large = _calls(_story(60), monkeypatch), _calls(_story(120), monkeypatch)
    # 1.7 here; 2.6 when each party read every sentence, and every sentence every party
    assert large < 2.2 * small, (small, large)


def test_a_short_name_is_found_for_a_longer_one_known_first():
    aliases = Aliases()
    assert aliases.file("mr-tanaka", None) == "mr-tanaka"
    assert aliases.file("nissan-motor", None) == "nissan-motor"
    assert aliases.file("tanaka", None) == "mr-tanaka"
    assert aliases.file("nissan", "fallback") == "nissan-motor"
    assert aliases.file("motor", None) == "nissan-motor"
    assert aliases.file("fda", "u-s-food-and-drug-administration") == (
        "u-s-food-and-drug-administration")
    assert aliases.file("acme", None) == "acme"


def test_only_a_short_name_is_looked_up_as_part_of_a_longer():
    """The bound: a key is indexed under runs of up to _ALIAS_WORDS words and _ALIAS_CHARS
    characters, so a hostile name of thousands of words costs a few entries."""
    aliases = Aliases()
    words = [f"w{i}" for i in range(5_000)]
    aliases.file("-".join(words), None)
    assert len(aliases._parts) <= 2 * _ALIAS_WORDS
    assert aliases.file("-".join(words[:_ALIAS_WORDS]), None) == "-".join(words)
    assert aliases.file("-".join(words[:_ALIAS_WORDS + 1]), None) == (
        "-".join(words[:_ALIAS_WORDS + 1]))  # longer than the bound: a party of its own
    long = "x" * (_ALIAS_CHARS + 1)
    aliases.file(f"{long}-holdings", None)
    assert aliases.file(long, None) == long


def test_a_company_word_counts_only_within_near_sentences_of_the_first_mention():
    filler = "Nothing happened. " * (NEAR - 1)
    for gap, company in (("", True), ("Nothing happened. ", False)):
        sentences = split_sentences(f"Lindqvist arrived. {filler}{gap}Lindqvist, the "
                                    "carmaker, said so.")
        assert Context(sentences, []).company("Lindqvist") is company


def test_a_sentence_naming_hundreds_has_only_its_first_names_read():
    from model.draft.actors import find_actors
    from model.draft.mentions import READ_PER_SENTENCE

    names = [f"{chr(66 + n % 20)}ald{n:03d}son Holdings" for n in range(3 * READ_PER_SENTENCE)]
    text = f"Talks involved {', '.join(names)}. {names[-1]} said it would bid."
    parties = {party.name for party in find_actors(split_sentences(text)).parties}
    assert names[0] in parties and names[READ_PER_SENTENCE - 2] in parties
    assert names[2 * READ_PER_SENTENCE] not in parties
    assert names[-1] in parties  # named again in a sentence of its own
    assert len(parties) <= READ_PER_SENTENCE + 1


def test_a_sentence_too_long_to_quote_is_refused_before_any_work():
    import pytest

    from model.draft import DraftProblem

    text = "A short one.\nThen " + "very " * 30 + "long.\n"
    with pytest.raises(DraftProblem, match=r"line 2: a sentence of 160 characters"):
        compose.draft(text, "s.txt", "0" * 64, "s", longest=100)

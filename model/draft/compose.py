"""Drafting a briefing/1 skeleton from a source text, for an analyst to finish.

Deterministic: the same text gives the same bytes. Every sentence becomes a fact quoting it
(or two, each quoting its clause, where it carries two claims of different firmness), so
coverage starts at 100%; hedges are labelled from the cue lexicon; every hedged sentence
seeds an open question, but one that only reports a party's silence.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from ..limits import Limits
from ..provenance import SourceIndex, normalise
from ..sentences import Sentence, split_sentences
from ..text import escaped
from .actors import Actors, Party, find_actors
from .asks import question, speakers
from .claims import split_claims
from .concerns import CONCERN, concern_title, watch_for, why
from .cues import read_certainty
from .lookup import by_sentence
from .plant import slug

_WIDTH = 96
_NEIGHBOURS = 4  # sentences a repeated one may take in to be told apart


class DraftProblem(Exception):
    pass


@dataclass(frozen=True)
class Drafted:
    yaml: str
    sentences: int
    hedged: int
    parties: int


class _Flow(list):
    """A short list written on one line, as `[a, b]`."""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as the hand-written briefings do.
        super().increase_indent(flow, False)


_Dumper.add_representer(
    _Flow, lambda dumper, data: dumper.represent_sequence(
        "tag:yaml.org,2002:seq", data, flow_style=True))
# A text holding a control or bidi character is written double-quoted, where escaping it
# (below) keeps the data and keeps it off the terminal the draft is printed to.
_Dumper.add_representer(
    str, lambda dumper, data: dumper.represent_scalar(
        "tag:yaml.org,2002:str", data, style='"' if escaped(data) != data else None))


def _dump(data: object, indent: int) -> str:
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=_WIDTH - indent,
                     default_flow_style=False)
    text = escaped(text.removesuffix("...\n"))
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def _quotes(sentences: list[Sentence], index: SourceIndex,
            more: list[str]) -> list[str | None]:
    """Each sentence as a quote found once in the source: a repeated sentence takes in up to
    _NEIGHBOURS of its neighbours until it is told apart, or is None. Unbounded, a sentence
    repeated through the text grew to the whole text, one search of the text for each step."""
    index.prepare([*(s.text for s in sentences), *more])  # `more`: other quotes to look up
    quotes: list[str | None] = []
    for s in sentences:
        first, last = s.index, s.index
        quote: str | None = normalise(s.text)
        while len(index.find(quote)) > 1:
            if last - first == _NEIGHBOURS or (first == 0 and last == len(sentences) - 1):
                quote = None
                break
            if last < len(sentences) - 1:
                last += 1
            else:
                first -= 1
            quote = normalise(index.text[sentences[first].start : sentences[last].end])
        quotes.append(quote)
    return quotes


def _repeated(quotes: list[str | None]) -> str:
    """A note of the sentences left without a fact, for the analyst to quote by hand."""
    left = [str(number) for number, quote in enumerate(quotes, 1) if quote is None]
    if not left:
        return ""
    shown = ", ".join(left[:20]) + (f" and {len(left) - 20} more" if len(left) > 20 else "")
    return (f"# TODO sentences {shown} repeat word for word elsewhere in the source, with "
            f"their neighbours too: no fact quotes them. Quote each by hand with words that "
            "tell it apart.\n")


def draft(text: str, source_path: str, sha256: str, name: str,
          longest: int = Limits().max_string) -> Drafted:
    """The YAML of a briefing drafted from `text`; `name` gives its id (a file stem). A
    sentence over `longest` characters could be no fact's quote, so it is refused first."""
    sentences = split_sentences(text)
    if not sentences:
        raise DraftProblem("the source has no sentences to draft from")
    for s in sentences:
        if len(s.text) > longest:
            line = text.count("\n", 0, s.start) + 1
            raise DraftProblem(f"line {line}: a sentence of {len(s.text):,} characters, longer "
                               f"than a quote may be ({longest:,}); break it into sentences")
    actors = find_actors(sentences)
    parties_in = by_sentence(actors.parties)
    named = [any(p.named for p in parties_in.get(s.index, ())) for s in sentences]
    readings = [read_certainty(s.text, named[s.index]) for s in sentences]
    splits = {s.index: pair for s in sentences if (pair := split_claims(s.text, named[s.index]))}
    index = SourceIndex(text)
    quotes = _quotes(sentences, index, [c.text for pair in splits.values() for c in pair])
    # a clause found elsewhere in the source too would be a quote not told apart: keep whole
    claims = {i: pair for i, pair in splits.items()
              if quotes[i] == normalise(sentences[i].text)
              and all(len(index.find(c.text)) == 1 for c in pair)}
    facts: dict[str, list[tuple[int, str]]] = {}  # owner id -> (sentence, comment)
    for s in sentences:
        if quotes[s.index] is not None:
            facts.setdefault(actors.about[s.index], []).append((s.index, ""))
    for party in actors.parties:
        owner = actors.about[party.first]
        if owner != party.id and quotes[party.first] is not None:
            facts.setdefault(party.id, []).insert(
                0, (party.first, f"first mention; the sentence is filed under {owner} too"))

    def fact(index: int, comment: str, indent: int) -> str:
        """The sentence as a fact, or as two where it carries two claims of differing
        firmness, each quoting its own clause."""
        parts = [(normalise(c.text), c.reading, normalise(c.text)) for c in claims[index]] \
            if index in claims else [(normalise(sentences[index].text), readings[index],
                                      quotes[index])]
        out = []
        for number, (words, reading, quote) in enumerate(parts, 1):
            body: dict[str, object] = {"text": words, "certainty": str(reading.certainty)}
            if reading.cues:
                body["cues"] = _Flow(reading.cues)
            body["evidence"] = [{"quote": quote}]
            note = f"sentence {index + 1}"
            if len(parts) > 1:
                note += f", claim {number} of {len(parts)}"
            if reading.cues:
                note += f"; cues: {', '.join(reading.cues)}"
            if comment:
                note += f"; {comment}"
            out.append(f"{' ' * indent}# {note}\n" + _dump([body], indent))
        return "".join(out)

    hedged = [s for s in sentences
              if not readings[s.index].certainty.firm and quotes[s.index] is not None]
    out = [_header(name, source_path, sha256, sentences[0].text), _repeated(quotes)]
    out.append("parties:\n" if actors.parties else "parties: []  # TODO no party was found\n")
    for party in actors.parties:
        out.append(f"  # found as {party.how}; kind, role and stance are guesses\n")
        out.append(_dump([{"id": party.id, "name": party.name, "kind": party.kind,
                           "role": "TODO role in this story", "stance": "unknown"}], 2))
        cited = "".join(fact(i, c, 6) for i, c in facts.get(party.id, []))
        out.append("    facts:\n" + cited if cited else "    facts: []\n")
    out.append(_plant(actors, "".join(fact(i, c, 4) for i, c in facts.get(actors.facility.id, []))))
    concerns, touched = _concerns(sentences, readings, quotes, actors, parties_in)
    out.append(concerns)
    out.append(_questions(hedged, readings, quotes, actors, touched, parties_in))
    return Drafted("".join(out), len(sentences), len(hedged), len(actors.parties))


def _header(name: str, source_path: str, sha256: str, first: str) -> str:
    ident = slug(name) or "draft"
    head = {"format": "briefing/1", "id": ident,
            "title": f"TODO title for {name}",
            "bluf": normalise(first)}
    source = {"source": {"path": source_path, "sha256": sha256, "kind": "news article",
                         "title": None, "published": None}}
    return (
        "# Drafted by `briefing draft`: a skeleton for an analyst to finish.\n"
        "# Every sentence of the source is a fact quoting it, so coverage starts at 100%;\n"
        "# a sentence of two claims of different firmness is two, each quoting its clause.\n"
        "# Certainty comes from the cue lexicon (model/draft/cues.yaml); check each label.\n"
        "# Each fact's text is its sentence as written: rewrite it in your own words.\n"
        "# Lines marked TODO need human judgement.\n"
        + _dump(head, 0).replace("\nbluf:", "\n# TODO bluf: the bottom line in 1-3 sentences; "
                                  "this is the first sentence\nbluf:", 1)
        + "# TODO source: check its kind; give title and published only if known\n"
        + _dump(source, 0) + "\n"
    )


def _plant(actors: Actors, facts: str) -> str:
    f = actors.facility
    if f.first is None:
        body = {"id": "facility", "name": "TODO name the facility this story is about"}
        comment = "# TODO plant: no facility was found in the text; name it or keep this one\n"
    else:
        body = {"id": f.id, "name": f.name}
        comment = f"# plant: found as a name before a facility word, in sentence {f.first + 1}\n"
        if f.others:  # the analyst decides whether they matter: no fact is filed under them
            named = ", ".join(f"{name} (sentence {index + 1})" for index, name in f.others)
            comment += f"# other facilities the text names, not the plant: {named}\n"
    body |= {key: value for key, value in (("location", f.location), ("owner", f.owner),
                                           ("workforce", f.workforce)) if value}
    body["status"] = "TODO status"
    return "\n" + comment + _dump({"plant": body}, 0) + ("  facts:\n" + facts if facts else "")


def _concerns(sentences: list[Sentence], readings, quotes: list[str | None], actors: Actors,
              parties_in: dict[int, list[Party]]) -> tuple[str, dict[int, str]]:
    """A concern for each sentence where a party fears, warns, opposes or seeks assurances;
    its detail is the sentence, so it cites what it says."""
    out, touched, seen = [], {}, set()
    for s in sentences:
        voiced = CONCERN.search(s.text[:2_000])
        here = parties_in.get(s.index, ())
        # who voices it is named before its verb: "Träfacket ... urged Norrvik" is Träfacket's
        before = [p.id for p in here if voiced
                  and s.text.find(p.name.split()[0], 0, voiced.start()) >= 0]
        holders = before or [p.id for p in here]
        if quotes[s.index] is None or not holders or not voiced:
            continue
        ident = "concern-" + "-".join(slug(s.text).split("-")[:4])
        while ident in seen:
            ident += "-x"
        seen.add(ident)
        title = concern_title(normalise(s.text))
        touched[s.index] = title
        reading = readings[s.index]
        body: dict[str, object] = {
            "id": ident, "title": title, "held_by": _Flow(holders[:3]),
            "about": _Flow([actors.facility.id]), "detail": normalise(s.text),
            "certainty": str(reading.certainty)}
        if reading.cues:
            body["cues"] = _Flow(reading.cues)
        body["evidence"] = [{"quote": quotes[s.index]}]
        out.append(f"  # sentence {s.index + 1}: held_by are the parties it names; "
                   "rewrite the title and detail in your own words\n" + _dump([body], 2))
    if not out:
        return ("\n# TODO concerns: no one in the text fears, warns or opposes; which parties"
                " hold which stakes needs human judgement.\nconcerns: []\n\n"), touched
    return "\nconcerns:\n" + "".join(out) + "\n", touched


def _questions(hedged: list[Sentence], readings, quotes: list[str | None], actors: Actors,
               touched: dict[int, str], parties_in: dict[int, list[Party]]) -> str:
    if not hedged:
        return "# No sentence is hedged, so no question was seeded.\nquestions: []\n"
    out = []
    seen = {p.id for p in actors.parties} | {actors.facility.id}
    # the words of names keep their capital in a question: "Will Marchesini take over ...?"
    named = {word for p in actors.parties if p.named for word in p.name.split()}
    named |= {actors.facility.name.split()[0]} if actors.facility.first is not None else set()
    for s in hedged:
        reading = readings[s.index]
        here = parties_in.get(s.index, [])
        names = speakers(s.text, here, actors.about.get(s.index))
        asked = question(s.text, names, named)
        if asked is None:  # only a party's silence: the other questions watch for it
            continue
        ident = f"q{s.index + 1}-" + "-".join(slug(s.text).split("-")[:4])
        ident = ident.rstrip("-")
        while ident in seen:
            ident += "-x"
        seen.add(ident)
        related = sorted({p.id for p in here}) or [actors.about[s.index]]
        if s.index in actors.facility.sentences and actors.facility.id not in related:
            related.append(actors.facility.id)
        out.append(f"  # sentence {s.index + 1} is {reading.certainty}: "
                   f"{', '.join(reading.cues)}\n")
        out.append(_dump([{
            "id": ident,
            "question": asked,
            "why": why(reading.certainty, reading.cues, touched.get(s.index)),
            "status": "open",
            "related": _Flow(related),
            "watch_for": watch_for(s.text, names),
            "evidence": [{"quote": quotes[s.index]}],
        }], 2))
    if not out:
        return "# Every hedged sentence only reports a silence: no question was seeded.\n" \
               "questions: []\n"
    return ("# One open question for each hedged or unconfirmed sentence that claims more than"
            " a\n# party's silence.\nquestions:\n" + "".join(out))

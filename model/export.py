"""The briefing as Markdown and as JSON, for pipes and for people without the reader."""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from typing import Any

from .briefing import Briefing, Item
from .facts import Evidence, Fact
from .text import one_line

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")


def md(text: str) -> str:
    """Untrusted text made literal in Markdown: no links, HTML, emphasis or headings."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


def _names(briefing: Briefing, ids: list[str]) -> str:
    return ", ".join(md(briefing.item(i).label) for i in ids)


def _quotes(evidence: list[Evidence], indent: str = "") -> list[str]:
    lines = []
    for ev in evidence:
        lines.append(f"{indent}> “{md(ev.quote)}”")
        if ev.note:
            lines.append(f"{indent}> — {md(ev.note)}")
        lines.append(f"{indent}>")
    if lines:
        lines.pop()
    return lines


def _fact(fact: Fact) -> list[str]:
    cues = f" (cues: {', '.join(md(c) for c in fact.cues)})" if fact.cues else ""
    head = f"- {md(fact.text)} **[{fact.certainty}]**{cues}"
    return [head, "", *_quotes(fact.evidence, "  "), ""]


def to_markdown(briefing: Briefing) -> str:
    f = briefing.file
    out = [f"# {md(f.title)}", "", f"**Bottom line:** {md(f.bluf)}", ""]
    src = f.source
    source = f"*Source:* {md(src.kind)}"
    if src.title:
        source += f", “{md(src.title)}”"
    if src.published:
        source += f", {src.published.isoformat()}"
    out += [f"{source} — coverage {briefing.coverage}", ""]

    out += [f"## Parties ({len(f.parties)})", ""]
    for party in f.parties:
        out += [f"### {md(party.name)}", "",
                f"*{party.kind}* · stance: **{party.stance}** · {md(party.role)}", ""]
        for fact in party.facts:
            out += _fact(fact)

    plant = f.plant
    out += [f"## Plant: {md(plant.name)}", ""]
    for label, value in (("Location", plant.location), ("Workforce", plant.workforce),
                         ("Status", plant.status)):
        if value:
            out.append(f"- **{label}:** {md(value)}")
    if plant.owner:
        out.append(f"- **Owner:** {_names(briefing, [plant.owner])}")
    out.append("")
    for fact in plant.facts:
        out += _fact(fact)

    out += [f"## Concerns ({len(f.concerns)})", ""]
    for concern in f.concerns:
        out += [f"### {md(concern.title)} **[{concern.certainty}]**", "",
                f"*Held by:* {_names(briefing, concern.held_by)}"]
        if concern.about:
            out[-1] += f" · *About:* {_names(briefing, concern.about)}"
        out += ["", md(concern.detail), "", *_quotes(concern.evidence), ""]

    out += [f"## Open questions ({len(f.questions)})", ""]
    for q in f.questions:
        out += [f"### {md(q.question)} ({q.status})", "", f"*Why it matters:* {md(q.why)}", ""]
        if q.related:
            out += [f"*Related:* {_names(briefing, q.related)}", ""]
        out += [f"- Watch for: {md(w)}" for w in q.watch_for]
        out += [""] if q.watch_for else []
        out += [*_quotes(q.evidence), ""] if q.evidence else []

    uncited = briefing.uncited()
    if uncited:
        out += [f"## Uncited sentences ({len(uncited)})", ""]
        out += [f"{s.index + 1}. {md(s.text)}" for s in uncited]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_data(briefing: Briefing) -> dict[str, Any]:
    """The validated model, each quote with its span and sentences, and the coverage."""
    data = plain(briefing.file, derived=True)
    coverage = briefing.coverage
    data["derived"] = {
        "coverage": {"cited": coverage.cited, "total": coverage.total, "ratio": coverage.ratio},
        "sentences": [
            {"index": s.index, "start": s.start, "end": s.end,
             "cited": s.index in briefing.cited, "text": s.text}
            for s in briefing.sentences
        ],
        "items": [_item(item) for item in briefing.items],
    }
    return data


def plain(record: Any, *, derived: bool = False) -> Any:
    """A record as JSON data, keys in the file's order; `derived` adds each located quote's
    span and sentences."""
    if isinstance(record, list | tuple):
        return [plain(value, derived=derived) for value in record]
    if isinstance(record, date):
        return record.isoformat()
    if isinstance(record, Enum):
        return record.value
    if not is_dataclass(record):
        return record
    data = {name: plain(getattr(record, name), derived=derived)
            for name in (f.name for f in fields(record))}
    if isinstance(record, Evidence):
        del data["span"], data["sentences"]
        if derived and record.span is not None:
            data["span"], data["sentences"] = list(record.span), list(record.sentences)
    return data


def _item(item: Item) -> dict[str, Any]:
    return {"id": item.id, "kind": item.kind, "label": item.label, "parent": item.parent}


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_data(briefing), ensure_ascii=False, indent=2) + "\n"




def item_as_text(briefing: Briefing, item: Item) -> str:
    """One item in plain text with its quotes, for the clipboard."""
    thing = item.thing
    lines = [one_line(item.label)]
    for name in ("role", "detail", "why", "location", "workforce", "status"):
        value = getattr(thing, name, None)
        if isinstance(value, str):
            lines.append(f"{name.replace('_', ' ').capitalize()}: {one_line(value)}")
    if item.certainty:
        cues = getattr(thing, "cues", [])
        lines.append(f"Certainty: {item.certainty}" + (f" ({', '.join(cues)})" if cues else ""))
    for fact in item.facts:
        lines.append(f"- {one_line(fact.text)} [{fact.certainty}]")
        lines += [f"  “{one_line(ev.quote)}”" for ev in fact.evidence]
    lines += [f"Watch for: {one_line(w)}" for w in getattr(thing, "watch_for", [])]
    lines += [f"“{one_line(ev.quote)}”" for ev in item.evidence]
    source = briefing.file.source
    lines.append(f"Source: {one_line(source.title or source.kind)} ({briefing.file.id})")
    return "\n".join(lines) + "\n"

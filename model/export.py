"""The briefing as Markdown and as JSON, for pipes and for people without the reader."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date
from enum import Enum
from typing import Any

from .briefing import Briefing, Item, Kind
from .facts import Evidence
from .fields import ItemFields, fields
from .text import escaped, one_line

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")


def md(text: str) -> str:
    """Untrusted text made literal in Markdown: no links, HTML, emphasis or headings."""
    return _MD_SPECIAL.sub(r"\\\1", one_line(text))


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


def _cues(cues: list[str]) -> str:
    return f" (cues: {', '.join(md(c) for c in cues)})" if cues else ""


def _note(notes: dict[str, str], ident: str, indent: str = "") -> list[str]:
    note = notes.get(ident)
    return [f"{indent}> **Your note:** {md(note)}", ""] if note else []


def _item(f: ItemFields, level: str, notes: dict[str, str]) -> list[str]:
    """One item in Markdown: every field the reader shows, in its order."""
    head = f"{level} {md(f.title)}"
    if f.certainty is not None:
        head += f" **[{f.certainty}]**"
    out = [head, ""]
    if f.meta:
        out += [f"*{md(f.meta)}*", ""]
    out += [f"- **{label}:** {md(value)}" for label, value in f.details]
    out += [""] if f.details else []
    if f.cues:
        out += [f"*Certainty:* {f.certainty}{_cues(f.cues)}", ""]
    for label, value in f.prose:
        out += [md(value) if label == "Detail" else f"*{label}:* {md(value)}", ""]
    links = "; ".join(f"{how} {md(other.label)}" for how, other in f.links)
    out += [f"*Links:* {links}", ""] if links else []
    out += [f"- Watch for: {md(w)}" for w in f.watch_for]
    out += [""] if f.watch_for else []
    out += [*_quotes(f.evidence), ""] if f.evidence else []
    out += _note(notes, f.item.id)
    for fact in f.facts:
        thing = fact.thing
        out += [f"- {md(fact.label)} **[{thing.certainty}]**{_cues(thing.cues)}", "",
                *_quotes(thing.evidence, "  "), "", *_note(notes, fact.id, "  ")]
    return out


def to_markdown(briefing: Briefing, notes: dict[str, str] | None = None) -> str:
    """The briefing in Markdown; with the reader's `notes` by item id."""
    f = briefing.file
    out = [f"# {md(f.title)}", "", f"**Bottom line:** {md(f.bluf)}", ""]
    src = f.source
    source = f"*Source:* {md(src.kind)}"
    if src.title:
        source += f", “{md(src.title)}”"
    if src.published:
        source += f", {src.published.isoformat()}"
    out += [f"{source} — coverage {briefing.coverage}", ""]
    sections = ((f"## Parties ({len(f.parties)})", Kind.party, "###"),
                (None, Kind.plant, "## Plant:"),
                (f"## Concerns ({len(f.concerns)})", Kind.concern, "###"),
                (f"## Open questions ({len(f.questions)})", Kind.question, "###"))
    for heading, kind, level in sections:
        out += [heading, ""] if heading else []
        for item in briefing.of_kind(kind):
            out += _item(fields(briefing, item), level, notes or {})
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
        "items": [_item_data(item) for item in briefing.items],
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
    if not dataclasses.is_dataclass(record):
        return record
    data = {name: plain(getattr(record, name), derived=derived)
            for name in (f.name for f in dataclasses.fields(record))}
    if isinstance(record, Evidence):
        del data["span"], data["sentences"]
        if derived and record.span is not None:
            data["span"], data["sentences"] = list(record.span), list(record.sentences)
    return data


def _item_data(item: Item) -> dict[str, Any]:
    return {"id": item.id, "kind": item.kind, "label": item.label, "parent": item.parent}


def to_json(briefing: Briefing, notes: dict[str, str] | None = None) -> str:
    data = to_data(briefing)
    if notes is not None:
        data["notes"] = [{"item": item.id, "text": notes[item.id]}
                         for item in briefing.items if item.id in notes]
    return escaped(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def item_as_text(briefing: Briefing, item: Item) -> str:
    """One item in plain text with its quotes, for the clipboard: every field through the
    sanitiser, so nothing pasted can carry a control character or a bidi override."""
    f = fields(briefing, item)
    lines = [f.title]
    lines += [f.meta] if f.meta else []
    lines += [f"{label}: {value}" for label, value in f.details + f.prose]
    if f.certainty is not None:
        cues = f" ({', '.join(f.cues)})" if f.cues else ""
        lines.append(f"Certainty: {f.certainty}{cues}")
    for fact in f.facts:
        lines.append(f"- {fact.label} [{fact.certainty}]")
        lines += [f"  “{ev.quote}”" for ev in fact.evidence]
    lines += [f"Watch for: {w}" for w in f.watch_for]
    lines += [f"“{ev.quote}”" for ev in f.evidence]
    source = briefing.file.source
    lines.append(f"Source: {source.title or source.kind} ({briefing.file.id})")
    return "".join(one_line(line) + "\n" for line in lines)

"""A diff in words: each change as a tag and segments with a role, which the terminal (Rich)
and Markdown style each their own way, and the whole diff as JSON."""

from __future__ import annotations

import json
from typing import Any

from .diff import Change, Diff, Section, What, runs
from .export import md
from .fields import NAMES
from .text import escaped

# roles of a segment: "what" (added, removed, opened: the tag in Markdown), "field" (a field's
# name), "label" (an item's name), "old", "new", "arrow", "quote", "level"
Segment = tuple[str, str]

TAGS = {What.added: "+", What.removed: "-", What.opened: "+", What.changed: "~",
        What.replaced: "replaced", What.answered: "answered", What.reopened: "reopened",
        What.evidence_added: "+ quote", What.evidence_dropped: "- quote", What.source: "new source"}
FIELDS = {"bluf": "bottom line", "held_by": "held by", "watch_for": "watch for",
          "source.kind": "source kind", "source.title": "source title",
          "source.published": "source date"}
ALONE = (What.added, What.removed, What.opened)  # an item's one change: it came or went
SHORT = {"source.sha256": 12}  # enough of a digest to tell two apart; JSON has it whole


def heading(section: Section) -> str:
    """What a section is about: 'Briefing', 'Party The union'."""
    if section.kind is None:
        return "Briefing"
    return f"{NAMES[section.kind]} {section.label}"


def subheading(change: Change) -> str:
    """A fact, under its owner's heading: 'Fact: The union will strike.'"""
    return f"{NAMES[change.kind]}: {change.label}" if change.kind else ""


def lines(section: Section) -> list[tuple[Change | None, list[Change]]]:
    """A section as (the fact whose subheading leads, its changes): the item's own changes
    and a fact that came or went lead with none, each a line under the section's heading; a
    fact's changes go under its subheading."""
    out: list[tuple[Change | None, list[Change]]] = []
    for run in runs(section.changes):
        first = run[0]
        if section.own(first) or first.what in ALONE:
            out += [(None, [change]) for change in run]
        else:
            out.append((first, run))
    return out


def tag(change: Change) -> str:
    if change.direction is not None:
        return str(change.direction)
    return TAGS[change.what]


def segments(change: Change, section: Section) -> list[Segment]:
    """The words after a change's tag: an item added, removed or opened is named unless it
    is the section's own, a certainty that moved says so and comes first."""
    if change.what in ALONE:
        named = [] if section.own(change) else [("label", subheading(change))]
        return [("what", f"{change.what}" + (" " if named else "")), *named]
    if change.what in (What.evidence_added, What.evidence_dropped):
        return [("quote", change.new or change.old or "")]
    if change.what is What.certainty:
        return [("field", "certainty: "), ("level", change.old or ""), ("arrow", " → "),
                ("level", change.new or "")]
    out: list[Segment] = []
    if change.what is What.source:  # its tag says it is the source
        out.append(("field", f"{change.field.removeprefix('source.')}: "))
    elif change.field is not None and change.what in (What.changed, What.replaced):
        out.append(("field", f"{FIELDS.get(change.field, change.field)}: "))
    old, new = change.old or "none", change.new or "none"
    if change.field in SHORT:
        old, new = old[:SHORT[change.field]], new[:SHORT[change.field]]
    return [*out, ("old", old), ("arrow", " → "), ("new", new)]


def _md_segment(role: str, text: str) -> str:
    if role == "what":  # the line's bold tag says it already
        return ""
    if role in ("field", "arrow"):  # the diff's own words, not the briefing's
        return text
    if role == "old":
        return f"~~{md(text)}~~"
    if role == "quote":
        return f"“{md(text)}”"
    if role == "level":
        return f"**[{md(text)}]**"
    return md(text)


def _md_line(change: Change, section: Section) -> str:
    words = "".join(_md_segment(role, text) for role, text in segments(change, section))
    return f"- **{change.direction or change.what}** {words}".rstrip()


def to_markdown(diff: Diff) -> str:
    out = [f"# Changes to {md(diff.new.title)} ({md(diff.story)})", "",
           f"From {md(str(diff.old.path))} to {md(str(diff.new.path))}: {diff.summary()}."]
    if moved := diff.moved():
        out.append(f"Certainty: {moved}.")
    for section in diff.sections:
        out += ["", f"### {md(heading(section))}", ""]
        for lead, changes in lines(section):
            if lead is None:
                out += [_md_line(change, section) for change in changes]
                continue
            out.append(f"- {md(subheading(lead))}")
            out += [f"  {_md_line(change, section)}" for change in changes]
    return "\n".join(out).strip() + "\n"


def _version(diff: Diff, which: str) -> dict[str, Any]:
    briefing = getattr(diff, which)
    source = briefing.file.source
    return {"path": str(briefing.path), "title": briefing.title,
            "source": {"sha256": source.sha256, "kind": source.kind, "title": source.title,
                       "published": source.published.isoformat() if source.published
                       else None}}


def to_data(diff: Diff) -> dict[str, Any]:
    return {
        "format": "briefing-diff/2",  # 2: "under", "replaced", the source in parts
        "id": diff.story,
        "old": _version(diff, "old"),
        "new": _version(diff, "new"),
        "counts": diff.counts(),
        # each change names the section it is shown under, as text and Markdown head it
        "changes": [{"what": str(c.what), "kind": c.kind and str(c.kind), "item": c.item,
                     "label": c.label, "owner": c.owner, "field": c.field, "old": c.old,
                     "new": c.new, "direction": c.direction and str(c.direction),
                     "under": {"kind": s.kind and str(s.kind), "item": s.item,
                               "label": s.label}}
                    for s in diff.sections for c in s.changes],
    }


def to_json(diff: Diff) -> str:
    return escaped(json.dumps(to_data(diff), ensure_ascii=False, indent=2)) + "\n"

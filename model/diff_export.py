"""A diff in words: each change as a tag and segments with a role, which the terminal (Rich)
and Markdown style each their own way, and the whole diff as JSON."""

from __future__ import annotations

import json
from typing import Any

from .diff import Change, Diff, What, runs
from .export import md
from .fields import NAMES
from .text import escaped

# roles of a segment: "field" (a field's name), "old", "new", "arrow", "quote", "level"
Segment = tuple[str, str]

TAGS = {What.added: "+", What.removed: "-", What.opened: "+", What.changed: "~",
        What.answered: "answered", What.reopened: "reopened", What.evidence_added: "+ quote",
        What.evidence_dropped: "- quote", What.source: "new source"}
FIELDS = {"bluf": "bottom line", "held_by": "held by", "watch_for": "watch for"}


def heading(change: Change) -> str:
    """What a run of changes is about: 'Party The union', 'Fact of The union: ...'."""
    if change.kind is None:
        return "Briefing"
    name = NAMES[change.kind]
    if change.owner is not None:
        return f"{name} of {change.owner}: {change.label}"
    return f"{name} {change.label}"


def tag(change: Change) -> str:
    if change.direction is not None:
        return str(change.direction)
    return TAGS[change.what]


def segments(change: Change) -> list[Segment]:
    """The words after a change's tag; an item added, removed or opened is its heading."""
    if change.what in (What.added, What.removed, What.opened):
        return [("field", f"{change.what} ")]
    if change.what in (What.evidence_added, What.evidence_dropped):
        return [("quote", change.new or change.old or "")]
    if change.what is What.certainty:
        return [("level", change.old or ""), ("arrow", " → "), ("level", change.new or "")]
    out: list[Segment] = []
    if change.field is not None and change.what is What.changed:
        out.append(("field", f"{FIELDS.get(change.field, change.field)}: "))
    return [*out, ("old", change.old or "none"), ("arrow", " → "), ("new", change.new or "none")]


def _md_segment(role: str, text: str) -> str:
    if role in ("field", "arrow"):  # the diff's own words, not the briefing's
        return text
    if role == "old":
        return f"~~{md(text)}~~"
    if role == "quote":
        return f"“{md(text)}”"
    if role == "level":
        return f"**[{md(text)}]**"
    return md(text)


def to_markdown(diff: Diff) -> str:
    out = [f"# Changes to {md(diff.new.title)} ({md(diff.story)})", "",
           f"From {md(str(diff.old.path))} to {md(str(diff.new.path))}: {diff.summary()}.", ""]
    alone = True  # the last line is a lone item added or removed, not under a heading
    for run in runs(diff.changes):
        first = run[0]
        if first.what in (What.added, What.removed, What.opened):
            out += ["" if out[-1].startswith("- **") and not alone else None,
                    f"- **{first.what}** {md(heading(first))}"]
            alone = True
            continue
        alone = False
        out += ["" if out[-1] else None, f"### {md(heading(first))}", ""]
        for change in run:
            words = "".join(_md_segment(role, text) for role, text in segments(change))
            out.append(f"- **{change.direction or change.what}** {words}")
    return "\n".join(line for line in out if line is not None).strip() + "\n"


def _version(diff: Diff, which: str) -> dict[str, Any]:
    briefing = getattr(diff, which)
    source = briefing.file.source
    return {"path": str(briefing.path), "title": briefing.title,
            "source": {"sha256": source.sha256, "kind": source.kind, "title": source.title,
                       "published": source.published.isoformat() if source.published
                       else None}}


def to_data(diff: Diff) -> dict[str, Any]:
    return {
        "format": "briefing-diff/1",
        "id": diff.story,
        "old": _version(diff, "old"),
        "new": _version(diff, "new"),
        "counts": diff.counts(),
        "changes": [{"what": str(c.what), "kind": c.kind and str(c.kind), "item": c.item,
                     "label": c.label, "owner": c.owner, "field": c.field, "old": c.old,
                     "new": c.new, "direction": c.direction and str(c.direction)}
                    for c in diff.changes],
    }


def to_json(diff: Diff) -> str:
    return escaped(json.dumps(to_data(diff), ensure_ascii=False, indent=2)) + "\n"

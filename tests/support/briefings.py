"""Small briefings written by the tests themselves, and where things stand in them."""

from __future__ import annotations

import hashlib
from pathlib import Path

MILL_SOURCE = (
    "Acme Corp. said in a statement that it will close the Dunmore mill in March. "
    "About 1,200 workers could lose their jobs, according to the U.S. union. "
    "Mayor Jo Park reportedly opposes the closure. "
    "Dr. Lee, an economist, said the town's budget may shrink by 3.5 percent.\n"
)

MILL_YAML = """\
format: briefing/1
id: acme-mill
title: Acme to close the Dunmore mill
bluf: Acme says it will close the Dunmore mill; about 1,200 jobs are at risk.
source:
  path: mill.txt
  sha256: {sha}
  kind: news article
  title: Mill to close
  published: 2026-03-01
parties:
  - id: acme
    name: Acme Corp.
    kind: company
    role: Owner of the mill
    stance: favor
    facts:
      - text: Acme will close the mill in March.
        certainty: confirmed
        cues: [said in a statement]
        evidence:
          - quote: Acme Corp. said in a statement that it will close the Dunmore mill in March.
  - id: mill-union
    name: The union
    kind: union
    role: Represents the mill workers
    stance: against
    facts:
      - text: About 1,200 workers could lose their jobs.
        certainty: possible
        cues: [could, according to]
        evidence:
          - quote: About 1,200 workers could lose their jobs, according to the U.S. union.
  - id: mayor
    name: Mayor Jo Park
    kind: government
    role: Mayor of Dunmore
    stance: against
    facts:
      - text: The mayor opposes the closure.
        certainty: reported
        cues: [reportedly]
        evidence:
          - quote: Mayor Jo Park reportedly opposes the closure.
plant:
  id: dunmore-mill
  name: Dunmore mill
  location: Dunmore
  owner: acme
  workforce: about 1,200 workers
  status: To close in March
  facts: []
concerns:
  - id: town-budget
    title: Town budget
    held_by: [mayor]
    about: [dunmore-mill]
    detail: The town's budget may shrink.
    certainty: possible
    cues: [may]
    evidence:
      - quote: the town's budget may shrink by 3.5 percent
        note: An economist's estimate
questions:
  - id: closure-date
    question: Will the mill close in March?
    why: Jobs depend on the date.
    status: open
    related: [acme, dunmore-mill, town-budget]
    watch_for: [A closing notice]
    evidence:
      - quote: close the Dunmore mill in March
"""


def write_mill(folder: Path, yaml_text: str | None = None, source: str = MILL_SOURCE) -> Path:
    """Write the mill briefing (or a changed copy of it) and its source; return the YAML path."""
    (folder / "mill.txt").write_text(source, encoding="utf-8")
    sha = hashlib.sha256(source.encode()).hexdigest()
    text = (yaml_text if yaml_text is not None else MILL_YAML).replace("{sha}", sha)
    path = folder / "mill.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def position(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """One-based line and column of the nth occurrence of needle in text."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1

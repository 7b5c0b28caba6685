"""Bounds on what one briefing file may ask of the loader."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 200_000
    max_string: int = 100_000
    max_alias_nodes: int = 10_000
    # A valid briefing has about 14 nodes an item (28 MB and 1.4 million nodes for 100,000
    # items), so this leaves max_items room; built, 3 million small values stay near 300 MB.
    max_nodes: int = 3_000_000
    # Entries of one list that is not a list of items: cues, evidence, watch_for, held_by...
    max_list: int = 10_000
    # A folder, wider than the briefing's own, that its source may lie in.
    source_root: Path | None = None

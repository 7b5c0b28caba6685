"""Bounds on what one briefing file may ask of the loader."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 64 * 1024 * 1024
    max_depth: int = 64
    max_items: int = 200_000
    max_string: int = 100_000
    max_alias_nodes: int = 10_000

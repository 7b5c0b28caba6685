"""Drafting a briefing from a source text: sentences to facts, cues to certainty, names to
parties. Offline and deterministic; nothing here is needed to read a briefing."""

from .compose import Drafted, DraftProblem, draft

__all__ = ["DraftProblem", "Drafted", "draft"]

"""The briefing fact model: schema, loading, validation and provenance. No Textual here."""

from importlib.resources import files
from pathlib import Path

from .briefing import Briefing, Coverage, Item
from .errors import BriefingError, Problem
from .loader import load_briefing
from .schema import BriefingFile, Certainty
from .sentences import Sentence, split_sentences
from .text import one_line, visible
from .yamltree import Limits


def default_briefing_path() -> Path:
    """The Oppama briefing that ships inside the package."""
    return Path(str(files(__name__) / "briefings" / "nissan-foxconn-oppama.yaml"))


__all__ = [
    "Briefing",
    "BriefingError",
    "BriefingFile",
    "Certainty",
    "Coverage",
    "Item",
    "Limits",
    "Problem",
    "Sentence",
    "default_briefing_path",
    "load_briefing",
    "one_line",
    "split_sentences",
    "visible",
]

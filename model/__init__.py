"""The briefing fact model: schema, loading, validation and provenance. No Textual here."""

from pathlib import Path
from typing import Any

from .briefing import Briefing, Coverage, Item, Kind
from .errors import BriefingError, Problem
from .facts import BriefingFile, Certainty
from .limits import Limits
from .sentences import Sentence, split_sentences
from .text import one_line, visible


def __getattr__(name: str) -> Any:
    # The loader brings pydantic and PyYAML, which a briefing read back from the cache does
    # without: import it on first use.
    if name == "load_briefing":
        from .loader import load_briefing

        return load_briefing
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_briefing_path() -> Path:
    """The Oppama briefing that ships inside the package.

    A plain path beside this file, not importlib.resources: the package is always installed
    as files, and that import alone costs the first screen about 16 ms.
    """
    return Path(__file__).parent / "briefings" / "nissan-foxconn-oppama.yaml"


__all__ = [
    "Briefing",
    "BriefingError",
    "BriefingFile",
    "Certainty",
    "Coverage",
    "Item",
    "Kind",
    "Limits",
    "Problem",
    "Sentence",
    "default_briefing_path",
    "load_briefing",
    "one_line",
    "split_sentences",
    "visible",
]

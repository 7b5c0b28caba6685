"""Drafting a short text for a test and reading back what the draft holds."""

from __future__ import annotations

import yaml

from model import Certainty
from model.draft import draft
from model.draft.cues import read_certainty


def drafted(text: str) -> dict:
    return yaml.safe_load(draft(text, "s.txt", "0" * 64, "s").yaml)


def kinds(text: str) -> dict[str, str]:
    """Each drafted party's name and kind."""
    return {p["name"]: p["kind"] for p in drafted(text)["parties"]}


def plant(text: str) -> dict:
    return drafted(text)["plant"]


def questions(text: str) -> list[str]:
    return [q["question"] for q in drafted(text)["questions"]]


def level(sentence: str) -> Certainty:
    """The certainty one sentence is read at, a named party in it."""
    return read_certainty(sentence, True).certainty

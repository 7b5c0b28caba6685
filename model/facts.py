"""A loaded briefing's records: plain data to read, with no validation library behind them.

schema.py says what a file may hold and checks it; the loader turns what passes into these,
which cost less memory and read back from the cache without importing pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Certainty(StrEnum):
    """From firm to weak, as the source commits to a claim (FactBank, ICD 203)."""

    confirmed = "confirmed"
    stated = "stated"
    likely = "likely"
    reported = "reported"
    possible = "possible"
    unconfirmed = "unconfirmed"
    denied = "denied"

    @property
    def firm(self) -> bool:
        return self in (Certainty.confirmed, Certainty.stated)


class PartyKind(StrEnum):
    company = "company"
    government = "government"
    union = "union"
    community = "community"
    regulator = "regulator"
    workforce = "workforce"
    supplier = "supplier"
    other = "other"


class Stance(StrEnum):
    favor = "favor"
    against = "against"
    mixed = "mixed"
    neutral = "neutral"
    unknown = "unknown"


class Status(StrEnum):
    open = "open"
    answered = "answered"


@dataclass(slots=True, kw_only=True)
class Evidence:
    quote: str
    note: str | None = None
    span: tuple[int, int] | None = None
    """Where the quote is in the source, and the sentences it touches: set by the loader."""
    sentences: tuple[int, ...] = ()


@dataclass(slots=True, kw_only=True)
class Fact:
    text: str
    certainty: Certainty
    cues: list[str]
    evidence: list[Evidence]


@dataclass(slots=True, kw_only=True)
class Party:
    id: str
    name: str
    kind: PartyKind
    role: str
    stance: Stance
    facts: list[Fact]


@dataclass(slots=True, kw_only=True)
class Plant:
    id: str
    name: str
    location: str | None
    owner: str | None
    workforce: str | None
    status: str | None
    facts: list[Fact]


@dataclass(slots=True, kw_only=True)
class Concern:
    id: str
    title: str
    held_by: list[str]
    about: list[str]
    detail: str
    certainty: Certainty
    cues: list[str]
    evidence: list[Evidence]


@dataclass(slots=True, kw_only=True)
class Question:
    id: str
    question: str
    why: str
    status: Status
    related: list[str]
    watch_for: list[str]
    evidence: list[Evidence]


@dataclass(slots=True, kw_only=True)
class Source:
    path: str
    sha256: str
    kind: str
    title: str | None
    published: date | None


@dataclass(slots=True, kw_only=True)
class BriefingFile:
    format: str
    id: str
    title: str
    bluf: str
    source: Source
    parties: list[Party]
    plant: Plant
    concerns: list[Concern]
    questions: list[Question]

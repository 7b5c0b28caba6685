"""The briefing/1 format as pydantic models: what a briefing file may contain.

The loader checks a file against these and keeps what passes as the records in facts.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictStr
from pydantic_core import PydanticCustomError

from .facts import Certainty, PartyKind, Stance, Status

_SLUG = re.compile(r"[a-z0-9-]+")
HEX = re.compile(r"[0-9a-f]{64}")


def _text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise ValueError("must be a slug: lowercase letters, digits and '-'")
    return value


def _sha256(value: str) -> str:
    if not HEX.fullmatch(value):
        raise ValueError("must be 64 lowercase hexadecimal digits")
    return value


def _not_a_number(value: object) -> object:
    # pydantic reads a number as seconds since 1970: `published: 0` would be 1970-01-01.
    if isinstance(value, int | float):
        raise PydanticCustomError("date_type", "not a date")
    return value


Text = Annotated[StrictStr, AfterValidator(_text)]
Slug = Annotated[StrictStr, AfterValidator(_slug)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=False)


class Evidence(_Model):
    quote: Text
    note: Text | None = None


class Fact(_Model):
    text: Text
    certainty: Certainty
    cues: list[Text] = []
    evidence: list[Evidence] = Field(min_length=1)


class Party(_Model):
    id: Slug
    name: Text
    kind: PartyKind
    role: Text
    stance: Stance
    facts: list[Fact] = []


class Plant(_Model):
    id: Slug
    name: Text
    location: Text | None = None
    owner: Slug | None = None
    workforce: Text | None = None
    status: Text | None = None
    facts: list[Fact] = []


class Concern(_Model):
    id: Slug
    title: Text
    held_by: list[Slug] = Field(min_length=1)
    about: list[Slug] = []
    detail: Text
    certainty: Certainty
    cues: list[Text] = []
    evidence: list[Evidence] = Field(min_length=1)


class Question(_Model):
    id: Slug
    question: Text
    why: Text
    status: Status
    related: list[Slug] = []
    watch_for: list[Text] = []
    evidence: list[Evidence] = []


class Source(_Model):
    path: Text
    sha256: Annotated[StrictStr, AfterValidator(_sha256)]
    kind: Text
    title: Text | None = None
    published: Annotated[date, BeforeValidator(_not_a_number)] | None = None


class BriefingFile(_Model):
    format: Literal["briefing/1"]
    id: Slug
    title: Text
    bluf: Text
    source: Source
    parties: list[Party]
    plant: Plant
    concerns: list[Concern] = []
    questions: list[Question] = []

"""Questions about the event a hedged sentence reports, and the concerns a text voices: who
fears, warns, opposes or seeks assurances. Plain rules over one sentence at a time; every
pattern is anchored or bounded, so a hostile sentence costs time in its length only."""

from __future__ import annotations

import re

from ..facts import Certainty

_MAX = 2_000  # characters of a sentence these rules read; a longer one keeps its fallback
_SAY = r"(?:said|says|told|announced|confirmed|reported|added|warned|stated)"
_TRAILING = re.compile(rf",\s+[^,]{{0,80}}?\b{_SAY}\b[^,]{{0,80}}$")
_LEADING = re.compile(
    rf"^[^,]{{0,80}}?\b(?:{_SAY}|denied|fear|fears|argue|argues|estimates)\b"
    r"(?:\s+(?:reporters|the local newspaper|on \w+|in a statement))*\s+(?:that\s+)?")
_ACCORDING = re.compile(r"^according to [^,]{1,80},\s+", re.IGNORECASE)
_WHETHER = re.compile(r"\bwhether\s+(.{1,400})$")
_MODAL = re.compile(
    r"^(?:[^,]{0,300},\s+)?(?P<s>[^,]{1,120}?)\s+"
    r"(?:could|may|might|would|will likely|will probably|will|"
    r"(?:is|are) (?:not )?(?:expected|likely|unlikely|set) to|plans to|(?:is|are) "
    r"(?:reportedly )?considering)\s+(?:potentially\s+|possibly\s+|not\s+)?(?P<v>.{1,300})$")
# A clause that is not the claim's subject: "in a move that", "steel imports that".
_NOT_SUBJECT = re.compile(
    r"^(?:in|as|while|where|with|which|that|and|but)\b|\b(?:that|which)$", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:it|they|he|she)$", re.IGNORECASE)
_DATE = re.compile(
    r"\b(?:by|before|on|in|as early as|until)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|next (?:week|month|year|spring|summer|autumn|"
    r"winter)|later this year|the end of (?:the year|[A-Z][a-z]+)|\d{4})")
_VOTE = re.compile(r"\b(?:vote|voted|ballot|council|approval|approve|board)\b", re.IGNORECASE)
_FILING = re.compile(r"\b(?:regulator|administration|permit|licen[cs]e|filing|review|"
                     r"approved|approval)\b", re.IGNORECASE)
CONCERN = re.compile(r"\b(?:fears?|feared|worr(?:y|ies|ied)|warn(?:s|ed)?|argu(?:e|es|ed)|"
                     r"oppos(?:e|es|ed)|seeks? assurances|sought assurances|concerned)\b",
                     re.IGNORECASE)


def _claim(text: str) -> str:
    claim = text.strip().rstrip(".!?;:")
    claim = _ACCORDING.sub("", claim)
    claim = _TRAILING.sub("", claim)
    whether = _WHETHER.search(claim)
    if whether:
        return whether.group(1)
    stripped = _LEADING.sub("", claim)
    return stripped if len(stripped.split()) >= 3 else claim


def question(text: str, certainty: Certainty, names: list[str], firsts: set[str]) -> str:
    """A question about the event itself, without its attribution: "Will Acme close the
    mine?" The sentence's own words are kept; an analyst rewrites what does not read."""
    claim = _claim(" ".join(text.split())[:_MAX])
    modal = _MODAL.match(claim)
    if modal and not _NOT_SUBJECT.search(modal.group("s")):
        subject = modal.group("s")
        if _PRONOUN.match(subject) and names:
            subject = names[0]
        elif subject[:1].isupper() and subject.split()[0] not in firsts and not any(
                c.isupper() for c in subject.split()[0][1:]):
            subject = subject[:1].lower() + subject[1:]
        return f"Will {subject} {modal.group('v')}?"
    if certainty is Certainty.denied:
        return f"Does the denial hold: {claim}?"
    return f"Is it so: {claim}?"


def watch_for(text: str, names: list[str]) -> list[str]:
    """One to three indicators that would settle the question."""
    out = [f"An official statement by {names[0]}" if names else "An official statement"]
    date = _DATE.search(text[:_MAX])
    if date:
        out.append(f"News around the date the text names: {date.group(1)}")
    if _VOTE.search(text[:_MAX]):
        out.append("A vote or a decision of the body named")
    elif _FILING.search(text[:_MAX]):
        out.append("A filing or a regulator's decision")
    return out[:3]


def why(certainty: Certainty, cues: tuple[str, ...], concern: str | None) -> str:
    said = f"the text is {certainty} on it ({', '.join(cues)})" if cues else \
        f"the text is {certainty} on it"
    if concern:
        return f"It bears on the concern \"{concern}\"; {said}."
    return f"Its answer changes what the parties face; {said}."

"""Questions about the event a hedged sentence reports, and the concerns a text voices: who
fears, warns, opposes or seeks assurances. Plain rules over one sentence at a time; every
pattern is anchored or bounded, so a hostile sentence costs time in its length only."""

from __future__ import annotations

import re

from ..facts import Certainty
from .lexicon import POSSESSIVE

_MAX = 2_000  # characters of a sentence these rules read; a longer one keeps its fallback
_SAY = r"(?:said|says|told|announced|confirmed|reported|added|warned|stated)"
# ", the company said on Friday": a short attribution after the claim
_TRAILING = re.compile(rf",\s+[^,]{{0,80}}?\b{_SAY}\b(?:\s+[^\s,]+){{0,3}}"
                       r"(?:,\s+citing [^,]{1,80})?$")
_LEADING = re.compile(
    rf"^(?:[^,]{{0,80}},\s+[^,]{{0,80}},\s+)?[^,]{{0,80}}?\b(?:{_SAY}|denied|fear|fears|feared|argue|argues|estimates)\b"
    r"(?:\s+(?:reporters|the local newspaper|on \w+|in a statement))*\s+(?:that\s+)?")
_ACCORDING = re.compile(r"^according to [^,]{1,80},\s+|,\s+according to [^,]{1,80}$",
                        re.IGNORECASE)
_ADVERB = re.compile(r"\s+(?:reportedly|allegedly|apparently)\b", re.IGNORECASE)
_WHETHER = re.compile(r"\bwhether\s+(.{1,400})$")
_MODAL = re.compile(
    r"^(?:[^,]{0,300},\s+)?(?P<s>[^,]{1,120}?)\s+"
    r"(?:could|may|might|would|will likely|will probably|will|"
    r"(?:is|are|was|were) (?:not )?(?:expected|likely|unlikely|set) to|plans to)\s+"
    r"(?:potentially\s+|possibly\s+|not\s+)?(?P<v>.{1,300})$")
# A clause that is not the claim's subject: "in a move that", "steel imports that".
_NOT_SUBJECT = re.compile(
    r"^(?:in|as|while|where|with|which|that|and|but)\b|\b(?:that|which)$", re.IGNORECASE)
# "Analysts expect the price of copper to rise": will it?
_EXPECT = re.compile(r"^[^,]{1,80}?\b(?:expects?|forecasts?|predicts?)\s+(?P<s>[^,]{1,120}?)\s+"
                     r"to\s+(?P<v>.{1,300})$")
# "Northfell has not confirmed the talks": will it?
_UNSAID = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?"
                     r"(?:confirmed|confirm)\s+(?P<o>.{1,300})$")
# "Northfell was in talks": an auxiliary after a short subject asks by inversion.
_AUXILIARY = re.compile(r"^(?P<s>(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+"
                        r"(?P<a>is|are|was|were|has|have|had|can)\s+(?P<v>.{1,300})$")
# A subject holding a verb ("it is unclear how long the pumps") or a claim of two clauses
# ("... not approved Veralix, and a decision is expected") makes no question by these rules.
_NOT_ONE_CLAIM = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did)\b|,\s+and\b|"
                            r"\bbut\b", re.IGNORECASE)
_DETERMINER = frozenset("the a an some any its their his her no neither this that these those "
                        "many most all both each about around nearly".split())
_PRONOUN = re.compile(r"^(?:it|they|he|she)$", re.IGNORECASE)
_DATE = re.compile(
    r"\b(?:by|before|on|in|as early as|until)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|next (?:week|month|year|spring|summer|autumn|"
    r"winter)|later this year|the end of (?:the year|[A-Z][a-z]+)|\d{4})")
_VOTE = re.compile(r"\b(?:vote|voted|ballot|council|approval|approve|board)\b", re.IGNORECASE)
_FILING = re.compile(r"\b(?:regulator|administration|permit|licen[cs]e|filing|review|"
                     r"approved|approval)\b", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:that|about|over|on|of|from \w+ that)\s+", re.IGNORECASE)
_FEARED = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:would|could|will|might|may)\s+(?:not\s+)?"
                     r"(?P<v>[a-z]+)\b\s*(?P<o>.{0,300})$")
# What a feared verb is as a thing: "would lose a third" is a loss of a third.
_NOUNS = {"lose": "Loss of", "close": "Closure of", "shut": "Closure of", "cut": "Cuts to",
          "sell": "Sale of", "hurt": "Harm to", "devastate": "Devastation of",
          "delay": "Delay to", "end": "End of"}
CONCERN = re.compile(r"\b(?:fears?|feared|worr(?:y|ies|ied)|warn(?:s|ed)?|argu(?:e|es|ed)|"
                     r"oppos(?:e|es|ed)|seeks? assurances|sought assurances|concerned)\b",
                     re.IGNORECASE)


def _claim(text: str) -> str:
    claim = _ADVERB.sub("", text.strip().rstrip(".!?;:"))
    claim = _ACCORDING.sub("", claim)
    claim = _TRAILING.sub("", claim)
    whether = _WHETHER.search(claim)
    if whether:
        return whether.group(1)
    for _ in range(3):  # "told reporters he feared the town would ...": each layer in turn
        stripped = _LEADING.sub("", claim)
        if stripped == claim or len(stripped.split()) < 3:
            break
        claim = stripped
    return claim


def _subject(subject: str, names: list[str], firsts: set[str], opens: bool) -> str:
    """A subject as it reads inside a question: "it" as the party named, "The deal" as "the
    deal", a name as written."""
    if _PRONOUN.match(subject) and names:
        return names[0]
    first = subject.split()[0]
    if first.casefold() in _DETERMINER or (
            opens and first not in firsts and not POSSESSIVE.search(first)
            and not any(c.isupper() for c in first[1:])):
        return subject[:1].lower() + subject[1:]  # a capital that only opened the sentence
    return subject


def _one_claim(subject: str, rest: str) -> bool:
    return not (_NOT_SUBJECT.search(subject) or _NOT_ONE_CLAIM.search(subject)
                or _NOT_ONE_CLAIM.search(rest.split(",")[0] if "," not in rest else rest)
                and bool(re.search(r",\s+and\b|\bbut\b", rest)))


def question(text: str, names: list[str], firsts: set[str]) -> str:
    """A question about the event itself, without its attribution: "Will Acme close the
    mine?" The sentence's own words are kept; an analyst rewrites what does not read."""
    text = " ".join(text.split())[:_MAX]
    claim = _claim(text)
    opens = text.startswith(claim.split()[0]) if claim.split() else False
    modal = _MODAL.match(claim) or _EXPECT.match(claim)
    if modal and _one_claim(modal.group("s"), ""):
        return f"Will {_subject(modal.group('s'), names, firsts, opens)} {modal.group('v')}?"
    unsaid = _UNSAID.match(claim)
    if unsaid and _one_claim(unsaid.group("s"), unsaid.group("o")):
        subject = _subject(unsaid.group("s"), names, firsts, opens)
        return f"Will {subject} confirm {unsaid.group('o')}?"
    inverted = _AUXILIARY.match(claim)
    if inverted and _one_claim(inverted.group("s"), inverted.group("v")):
        subject = _subject(inverted.group("s"), names, firsts, opens)
        return f"{inverted.group('a').capitalize()} {subject} {inverted.group('v')}?"
    # No rule makes a grammatical question of it: the claim, marked for the analyst
    return f"TODO ask about the event: {claim}?"


def concern_title(text: str) -> str:
    """A short title from what is feared: "he feared the town would lose a third of its tax
    income" gives "Loss of a third of the town's tax income"; else the feared clause itself,
    or a marked TODO when it runs long."""
    text = " ".join(text.split())[:_MAX].rstrip(".!?;:")
    feared = CONCERN.search(text)
    clause = _ABOUT.sub("", text[feared.end() :].split(",")[0].strip()) if feared else ""
    loss = _FEARED.match(clause)
    if loss and loss.group("v").casefold() in _NOUNS:
        subject, rest = loss.group("s"), loss.group("o")
        if not _PRONOUN.match(subject):  # "its tax income" is the town's
            rest = re.sub(r"\bits\b", f"{subject[:1].lower() + subject[1:]}'s", rest)
        return f"{_NOUNS[loss.group('v').casefold()]} {rest}".strip()
    if 2 <= len(clause.split()) <= 12:
        return clause[:1].upper() + clause[1:]
    return "TODO a short title for what is feared"


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

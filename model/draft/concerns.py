"""What a question watches for and why it matters, and the concerns a text voices: who
fears, warns, opposes or seeks assurances. Each pattern is anchored or bounded, so a hostile
sentence costs time in its length only."""

from __future__ import annotations

import re

from ..facts import Certainty

_MAX = 2_000  # characters of a sentence these rules read
_PRONOUN = re.compile(r"^(?:it|they|he|she)$", re.IGNORECASE)

_DATE = re.compile(
    # a month whole or cut short ("Aug. 30"), not "Marinha Grande"; no full stop of the sentence
    r"\b(?:by|before|on|in|as early as|until)\s+((?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
    r"Dec)\b(?:\.(?=\s+\d))?(?:\s+\d{1,2})?|next (?:week|month|year|spring|summer|autumn|"
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
# ... but "was not opposed to a new operator" voices none
# ... nor one that only reports: a party that criticises, complains, objects, protests,
# threatens, urges or demands voices one ("urged Norrvik to look for a buyer", "called the
# memo a betrayal", "would be a blow to the whole region")
CONCERN = re.compile(r"(?<!not )(?<!never )(?<!no )"
                     r"\b(?:fears?|feared|worr(?:y|ies|ied)|warn(?:s|ed)?|argu(?:e|es|ed)|"
                     r"oppos(?:e|es|ed)|seeks? assurances|sought assurances|concerned|"
                     r"critici[sz](?:e|es|ed)|complain(?:s|ed)?|object(?:s|ed)? to|"
                     # the verb, not the market's "demand for newsprint"
                     r"protest(?:s|ed)?|threaten(?:s|ed)?|urg(?:e|es|ed)|demanded|demanding|"
                     r"(?<=would )demand|(?<=to )demand|"
                     r"raised concerns|a betrayal|a blow to|a disaster for)\b",
                     re.IGNORECASE)


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

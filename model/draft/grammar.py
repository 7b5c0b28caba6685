"""English word forms a question needs, by plain guesses an analyst reads over."""

from __future__ import annotations

import re


def stem(verb: str) -> str:
    """"employs" -> "employ", "supplies" -> "supply", "processes" -> "process"."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    return verb[:-2] if verb.endswith("sses") else verb[:-1]


def from_ing(gerund: str) -> str:
    """"accepting" -> "accept", "planning" -> "plan", "closing" -> "close", "meeting" ->
    "meet": a plain guess at English spelling, for the analyst to read."""
    base = gerund[:-3]
    if re.search(r"(?:v|[^aeiou]u)$", base):  # no English word ends so: "leave", "continue"
        return base + "e"
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]
    vowels = re.findall(r"[aeiou]+", base)
    if len(vowels) == 1 and len(vowels[0]) == 1 and re.search(r"[aeiou][^aeiouwxy]$", base):
        return base + "e"
    return base


# Pasts not made with "-ed", and their plain forms: "inspectors found" asks "Did they find".
IRREGULAR = {"found": "find", "made": "make", "took": "take", "gave": "give", "sent": "send",
             "shut": "shut", "cut": "cut", "told": "tell", "sold": "sell", "bought": "buy",
             "paid": "pay", "kept": "keep", "left": "leave", "lost": "lose", "held": "hold",
             "won": "win", "began": "begin", "ran": "run", "put": "put", "met": "meet",
             "brought": "bring", "fell": "fall", "rose": "rise", "spent": "spend",
             "chose": "choose", "struck": "strike", "led": "lead", "sought": "seek",
             "wrote": "write", "built": "build", "hit": "hit", "laid": "lay"}


def from_ed(past: str) -> str:
    """"pulled" -> "pull", "raised" -> "raise", "planned" -> "plan", "carried" -> "carry":
    a regular past as its plain form, by the same guess as a gerund's."""
    if past in IRREGULAR:
        return IRREGULAR[past]
    if past.endswith("ied"):
        return past[:-3] + "y"
    base = past[:-2]
    # "raised", "forced", "created", "voted", "disputed"
    if re.search(r"(?:[aeiou][sczvg]|[aeiou]at|[^aeiou][uo]t)$", base):
        return base + "e"
    return from_ing(base + "ing")


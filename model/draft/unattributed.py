"""The claim a sentence makes, without who said it: "Acme will close the mine, the company
said" claims that Acme will close the mine. Plain rules over one sentence; every pattern is
anchored or bounded, so a hostile sentence costs time in its length only."""

from __future__ import annotations

import re

from .lexicon import UPPER

_SAY = (r"(?:said|says|told|announced|confirmed|reported|added|warned|stated|shows|showed|"
        r"wrote|writes)")
# A comma inside a number does not end a clause: "about 40,000 homes".
NOT_COMMA = r"(?:[^,]|,(?=\d))"
# ", the company said on Friday", ", the council's chair, Einar Logi Jónsson, said", ", two
# people ... told the news site Portfolio", ", a memo seen by RNZ shows": a short attribution
# after the claim
TRAILING = re.compile(rf",\s+[^,]{{0,80}}?(?:,\s+[{UPPER}][^,]{{0,60}},\s+)?\b{_SAY}\b"
                       # ", said João Pedro Ramos, an analyst at XP Investimentos"
                       # ... and what is set beside the speaker: ", chairman of the union"
                       # ", said the company's industrial director, Rogério Casagrande, adding"
                       rf"(?:\s+[^\s,]+){{0,4}}(?:,\s+[{UPPER}][^,]{{0,60}})?"
                       r"(?:,\s+(?:citing|speaking|saying|adding|an?|the|[a-z]+) [^,]{1,120})?$")
# "The furnaces, Huaxin said in a statement on Monday, will be restarted": the attribution set
# in the middle of the claim
_MIDDLE = re.compile(rf",\s+[^,]{{1,60}}?\b{_SAY}\b[^,]{{0,80}},(?=\s+(?:will|would|is|are|was|"
                     r"were|has|have|had|could|may|might)\b)")
# "Telvance Nigeria, the local unit of Telvance, plans to", "Its chairman, Dr. Otieno Kamau,
# is not expected to": the subject without what is set beside it
_APPOSITIVE = re.compile(rf"^(?P<s>[^,]{{1,80}}),\s+(?:(?:the|a|an|one\s+of)\s+|[{UPPER}])"
                         rf"[^,]{{1,80}},"
                         r"(?=\s+(?:is|are|was|were|has|have|plans|will|would|could|may)\s)")
_LEADING = re.compile(
    # past what is set beside the speaker, or a phrase of when or how it was said: "In a
    # letter to staff on Thursday, site director Gareth Pryce wrote that"
    # (a long name up to 120 characters: "The Sindicato dos Trabalhadores ... (Sitracarnes)"),
    # but not a passive: "have been told not to report for work" is no attribution
    # ... or a name listing its trades: "The General Transport, Petroleum and Chemical Workers'"
    rf"^(?:[^,]{{0,80}},\s+[^,]{{0,80}},\s+|(?:In|On|At|After|During|Speaking|Writing)\b"
    rf"[^,]{{0,80}},\s+|[^,]{{0,80}},\s+(?=[{UPPER}][\w'’-]+\s+(?:and|&)\s+[{UPPER}]))?"
    rf"[^,]{{0,120}}?(?<!been )(?<!be )(?<!was )(?<!were )"
    rf"\b(?:{_SAY}|denied|fear|fears|feared|"
    r"insisted|insists|maintained|stressed|"
    r"argue|argues|estimates|(?:worry|worries|worried)(?=\s+that\b))\b"
    r"(?:\s+(?:reporters|the local newspaper|on \w+|in a statement|last \w+|earlier this \w+|"
    # "in a letter seen by the Port Harcourt Tribune"
    r"in an? (?:letter|statement|filing|email|note|notice)(?: (?:seen by|to) [^,]{1,60}?"
    r"(?=\s+that\b))?))*"
    # "told parliament on Tuesday that": whom it was told, before what
    r"(?:(?<=told)(?:\s+[\w'’-]+){1,4}?(?:\s+on\s+\w+)?(?=\s+that\b))?"
    r"\s+(?:that\s+)?")
# ... and what is set beside the source: ", according to the Bangladesh Garment Workers
# Solidarity (BGWS), a labour group"
_ACCORDING = re.compile(r"^according to [^,]{1,80},\s+|,\s+according to [^,]{1,80}"
                        r"(?:,\s+(?:an?|the|which|who)\s+[^,]{1,80})?$", re.IGNORECASE)
# "The plant, which employs 380 people, will stay closed": the claim without what is said of
# its subject by the way
# A comma inside a number is no end of it: "which sells nuts for about 36,000 growers,".
_ASIDE = re.compile(rf",\s+(?:which|who)\s+{NOT_COMMA}{{1,120}}(?:,|$)")
# "Aksu Tekstil is said to be looking for a buyer": the claim as if said flatly
_HEARSAY = re.compile(r"\b(?P<a>is|are|was|were)\s+(?:said|understood|believed|reported|thought|"
                      r"rumou?red)\s+to\s+(?:(?P<be>be)|(?P<have>have))?\s*")
# ", saying he had never heard of such a plan"
# ... ", but confirmed that the bank was reviewing", ", but only once ...", and a rebuttal set
# beside the claim: ", a claim the company dismissed as simply wrong"
_THEN_SAYING = re.compile(r",\s+(?:(?:saying|adding|arguing|citing|insisting|claiming|noting)\b|"
                          r"but\s+(?:said|confirmed|added|only)\b|an?\s+(?:claim|charge|suggestion|"
                          r"figure|accusation)\s+(?:that\s+)?[^,]{0,60}?\b(?:dismissed|rejected|denied|"
                          r"disputed|called)\b).*$")
# "could give exporters priority, but did not mention Wollo by name": the hedge is the claim
_BUT_NOT = re.compile(r",\s+but\s+(?:(?:did|does|do|has|have|had|would|will)\s+not|declined|"
                      r"refused)\b")
# "It is understood that Stourvale has approached the council": the claim is what follows
_IT_IS = re.compile(r"^it\s+is\s+(?:understood|believed|thought|said|reported|known)\s+that\s+",
                    re.IGNORECASE)
_HEDGED = re.compile(r"\b(?:could|would|might|may|will)\b")
# "The agency is likely to decide by the end of the month whether to revoke the licence"
_WHETHER_TO = re.compile(r"^(?P<s>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:is|are|was|were|has|have|"
                         r"had|will|would|could|may|might)\b[^,]{0,80}?\bwhether\s+to\s+"
                         r"(?P<v>.{1,300})$")
_ADVERB = re.compile(r"\s+(?:reportedly|allegedly|apparently)\b", re.IGNORECASE)
_WHETHER = re.compile(r"\bwhether\s+(.{1,400})$")
# "the company had yet to decide whether to close the plant": will it close it?
_DECIDE_WHETHER = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had)\s+(?:not\s+(?:yet\s+)?"
                             r"decided|yet\s+to\s+decide)\s+whether\s+to\s+(?P<v>.{1,300})$")


def claim_of(text: str) -> str:
    """The sentence's claim: its words less the attribution, asides and hedges around it."""
    claim = _IT_IS.sub("", _ADVERB.sub("", text.strip().rstrip(".!?;:")))
    claim = _ACCORDING.sub("", claim)
    claim = re.sub(r'["“”]', "", _MIDDLE.sub("", claim))  # 'wrote that "no decision has been"'
    claim = _ASIDE.sub("", _APPOSITIVE.sub(r"\g<s>", TRAILING.sub("", claim)))
    claim = _THEN_SAYING.sub("", _HEARSAY.sub(_flat, claim))
    but_not = _BUT_NOT.search(claim)
    if but_not and _HEDGED.search(claim, 0, but_not.start()):
        claim = claim[: but_not.start()]
    undecided = _DECIDE_WHETHER.match(_LEADING.sub("", claim)) or _WHETHER_TO.match(
        _LEADING.sub("", claim))
    if undecided:
        return f"{undecided.group('s')} will {undecided.group('v')}"
    whether = _WHETHER.search(claim)
    if whether:
        return whether.group(1)
    for _ in range(3):  # "told reporters he feared the town would ...": each layer in turn
        stripped = _LEADING.sub("", claim)
        if stripped == claim or len(stripped.split()) < 3:
            break
        claim = stripped
    return claim


def _flat(found: re.Match[str]) -> str:
    """What is said of something as the text's own words: "is said to be looking" as "is
    looking", "is understood to have received" as "has received"."""
    if found.group("be"):
        return f"{found.group('a')} "
    if found.group("have"):
        return "has " if found.group("a") in ("is", "was") else "have "
    return "will "

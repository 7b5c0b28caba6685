"""More shapes of a claim a question can be asked of, past the modal, the auxiliary and the
plain present of asks.py: a party's own expectation, an accusation, a refusal to say what, a
claim of several acts. Each pattern is anchored and bounded, as in asks.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from .cues import lexicon
from .grammar import from_ing

# "it expected to resume processing within ten days": will it?
_EXPECTS_TO = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:expects|expected|plans|planned|hopes|hoped|"
                         r"intends|intended|aims|aimed)\s+to\s+(?P<v>.{1,300})$")
# "Banco Douro & Minho (BDM) is to move about 450 jobs": will it?
_IS_TO = re.compile(r"^(?P<s>[^,]{1,120}?)\s+(?:is|are)\s+to\s+(?P<v>[a-z].{0,300})$")
# "A mangrove group accused farms that supply the plant of clearing mangroves": did they?
_ACCUSED = re.compile(r"^(?:[^,]{1,80},\s+){0,2}[^,]{0,120}?\baccused\s+(?P<o>[^,]{1,120}?)\s+of\s+"
                      r"(?P<g>[a-z]{2,}ing)\b(?P<r>.{0,300})$")
# "declined to say what would happen to the school's land": what will?
_SAY_WHAT = re.compile(r"\b(?:declined|refused|would not|did not)\s+(?:to\s+)?say\s+"
                       r"(?P<w>what|who|which\s+[\w'’-]+|how\s+many\s+[\w'’-]+)\s+"
                       r"(?:would|will)\s+(?P<r>.{1,300})$")


# "the plan should have been disclosed to investors": should it?
_SHOULD = re.compile(r"^(?P<s>[^,]{1,120}?)\s+(?P<m>should|must|can)\s+(?P<v>[a-z].{0,300})$")


def more_question(claim: str, who: Callable[[str], str]) -> str | None:
    """A question of the claim in one of these shapes, or None; `who` gives a subject as it
    reads inside a question."""
    what = _SAY_WHAT.search(claim)
    if what:
        return f"{what.group('w')[:1].upper()}{what.group('w')[1:]} will {what.group('r')}?"
    accused = _ACCUSED.match(claim)
    if accused:
        return f"Did {accused.group('o')} {from_ing(accused.group('g'))}{accused.group('r')}?"
    should = _SHOULD.match(claim)
    if should and not re.search(r"\b(?:said|says|told|that|which|who)\b", should.group("s")):
        return f"{should.group('m').capitalize()} {who(should.group('s'))} {should.group('v')}?"
    found = _EXPECTS_TO.match(claim) or _IS_TO.match(claim)
    if found and not re.search(r"\b(?:said|says|told|that|which|who)\b", found.group("s")):
        return f"Will {who(found.group('s'))} {found.group('v')}?"
    return None


def rebutted_question(claim: str) -> str | None:
    """"The union rejected the agency's figures on births": are they accurate?"""
    found = lexicon().rebuttal.search(claim)
    # its subject may have a name set beside it: "Highfield's chief executive, Rohan
    # Wickramasinghe, called"
    if found is None or found.start() == 0 or not re.match(r"[^,]{1,120}(?:,[^,]{1,80}){0,2}$",
                                                            claim[: found.start()]):
        return None
    thing = claim[found.start() + len(found.group().split()[0]) :].strip()
    if found.group("untrue"):  # "called the claims baseless": what is called so
        thing = claim[found.start() + len(found.group().split()[0]) : found.start("untrue")]
    thing = re.sub(r"\s+as\s+[^,]{1,120}$", "", thing.strip())  # "as speculation"
    # 'dismissed as "speculation" a report', 'called the claim "completely false"'
    thing = re.sub(r'^as\s+(?:["“][^"”]{1,40}["”]|[\w-]+)\s+', "", thing)
    thing = re.sub(r'\s*["“”]|(?:^|\s+)(?:completely|totally|entirely|utterly|pure)$', "", thing)
    if not thing:  # "a figure the government called pure invention": the figure is asked
        return ""  # of the claim beside it
    clause = thing.split(" that ", 1)
    if len(clause) == 2 and re.search(r"\b(?:could|may|might|would|will)\b", clause[1]):
        return None  # "a rumour that the library would close": will it?
    noun = found.group("noun") or clause[0].split()[-1]  # "figures", not "the report"
    plural = noun.casefold().endswith("s")
    return f"{'Are' if plural else 'Is'} {thing} accurate?"

"""Whether a name acts in a sentence: does or says something, or is the agent of a passive
or a source. A name that never does is a place or a thing named in passing, not a party."""

from __future__ import annotations

import re

from .lexicon import AFTER_SINGULAR
from .mentions import Mention

# What may stand between a name and its verb: an acronym in brackets, a description set off by
# commas ("Halvorsen Motors, the Swedish carmaker, said"), an adverb.
# Its board or its people may act for it ("Laminados del Cantábrico's board rejected"), and a
# clause may say what it does ("Laminados del Cantábrico, which owns").
_TO_VERB = re.compile(r"(?:['’]s?(?:\s+[a-z-]+){1,2}?|\s*\([^()]{1,20}\))?"
                      r"(?:,\s+(?!which\s|who\s)[^,.;]{1,80},|,)?\s+(?:also\s+|not\s+|"
                      # "Sierra Aerospace Services, which already overhauls"
                      r"(?:which|who)\s+(?:already\s+|also\s+|still\s+|now\s+)?)?")
_TO_VERB_PLAIN = re.compile(r",?\s+(?:also\s+|not\s+)?")
_NOT_VERBS = frozenset("of to in on for with and or that which who".split())
# Verbs whose past does not end in "-ed": "Norsk Aluvia made an offer".
_IRREGULAR = frozenset("made met told took won lost held sent bought sold paid kept left gave got "
                       "began ran set cut put went came saw brought found fell rose spent chose "
                       "became struck led meant shut sought thought knew wrote said can must "
                       "should shall "
                       # a plural's present: "Members of the landowning Mataqali Vunidogo say"
                       "are were say want fear warn claim demand oppose plan hope expect insist "
                       "argue".split())
# ... or a verb of saying before it, its title between: '," said SYNADOC's secretary general,
# Koffi Yao'
# ("from" only after what a party sends: "a statement from X", not "shipped in from Rotterdam")
_AGENT = re.compile(r"\b(?:by|according\s+to|(?:statement|letter|spokes(?:man|woman|person)|"
                    r"officials?|representatives?|executives?|comment|word)\s+from|"
                    r"(?:said|says|told|added|wrote|warned|argued|"
                    r"insisted|noted|explained|admitted|stressed|claimed))\s+"
                    r"(?:the\s+)?(?:[^,.;]{1,60},\s+)?(?:\S+-based\s+|\S+['’]s\s+)?$",
                    re.IGNORECASE)  # "led by Spain's Ocras Infraestructuras"


def acts(text: str, mention: Mention) -> bool:
    """The name does or says something here: it is followed by a verb ("Veldkamp said",
    "Meridia would invest", "Corvane, the chipmaker, has"), or is the agent of a passive or a
    source ("signed by Meridia", "according to ATILRA"). A name that never does is a place or
    a thing named in passing ("powdered milk to Brazil, Algeria and Venezuela", "raise the
    tariffs with Washington"), not a party, unless something else says what kind of body it is."""
    if _AGENT.search(text, max(0, mention.start - 80), mention.start):
        return True
    # past a description set off by commas, or only a comma: "Greg Hollis, said the delay
    # could cost A$400 million, a figure" is no description
    return any(_verb_at(text, gap.end()) for gap in (
        _TO_VERB.match(text, mention.end), _TO_VERB_PLAIN.match(text, mention.end)) if gap)


def _verb_at(text: str, at: int) -> bool:
    word = re.match(r"[a-z]+", text[at:])
    verb = word.group() if word else ""
    if verb == "to":  # the subject of what it is told to do: "ordered Verrerie d'Arcy to close"
        return bool(re.match(r"to\s+(?!(?:the|a|an|its|their)\b)[a-z]+\b", text[at:]))
    return verb not in _NOT_VERBS and (
        verb in AFTER_SINGULAR or verb in _IRREGULAR or verb.endswith("ed")
        or (verb.endswith("s") and not verb.endswith("ss")))


"""Questions about the event a hedged sentence reports, asked from the claim itself, not its
attribution. Plain rules over one sentence at a time; every pattern is anchored or bounded,
so a hostile sentence costs time in its length only."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..facts import Certainty
from .ask_forms import more_question, rebutted_question
from .claims import THAT_JOIN
from .cues import read_certainty
from .grammar import IRREGULAR, from_ed, from_ing, stem
from .lexicon import IRISH_ARTICLE, POSSESSIVE
from .places import NOT_PARTIES
from .unattributed import NOT_COMMA, TRAILING, claim_of

if TYPE_CHECKING:  # pragma: no cover - annotations only
    from .actors import Party

_MAX = 2_000  # characters of a sentence these rules read; a longer one keeps its fallback
# "It is unclear how long the pumps will take": the question is the "how".
_UNCLEAR = re.compile(r"^it\s+(?:is|was|remains)\s+(?:not\s+|still\s+)*(?:un)?(?:clear|known)\s+"
                      r"(?=(?:how|what|when|where|which|who|why)\b)", re.IGNORECASE)
_WH = re.compile(r"^(?P<w>how (?:many|much) (?:of (?:them|those|these|the [\w'’-]+)|[\w'’-]+)|"
                 r"how (?:long|soon|far)|what|when|where|which "
                 r"[\w'’-]+|who|why|how)\b\s*(?P<rest>.*)$", re.IGNORECASE)
_MODAL = re.compile(
    rf"^(?:{NOT_COMMA}{{0,300}},\s+)?(?P<s>{NOT_COMMA}{{1,120}}?)\s+"
    r"(?P<m>could|may|might|would|will likely|will probably|will|must|"
    r"(?:is|are|was|were) (?:not )?(?:expected|likely|unlikely|set) to|plans to)\s+"
    r"(?:(?:potentially|possibly|probably|also|still|eventually|not)\s+)?(?P<v>.{1,300})$")
# "it had offered 6.5% and would not improve the offer": the hedged clause of the two, with
# the first one's subject
_AND_MODAL = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had|is|are|was|were)\s+[^,]{1,200}?"
                        r"\s+and\s+(?:could|may|might|would|will)\s+(?:not\s+)?(?P<v>.{1,300})$")
# "fruit would rot and could miss the window": one question of both verbs; "would not let the
# site become a wasteland and had asked the region": the second claim is not the hedged one
# ... nor of a promise: "the company had promised in 2023 that there would be no layoffs"
_REPORTED_THAT = re.compile(r"\b(?:(?:report|claim|fear|hope|warning|concern|suggestion|rumou?r|"
                            r"statement|letter|notice|memo)s?|(?:promised|pledged|agreed|"
                            r"guaranteed|said|announced|warned|insisted|confirmed)(?:\s+(?:in|on|"
                            r"last)\s+\w+)?)\s+that\s+")
# A rebuttal of a thing named only by "the claim": a question of it would ask nothing.
_VAGUE = re.compile(r"\b(?:rejected|dismissed|denied|disputed)\s+(?:the|this|that|her|his|its|"
                    r"their)\s+(?:claims?|reports?|allegations?|accusations?|criticism|"
                    r"suggestions?)\s*$")
_SAID_TOO = re.compile(r"\s+and\s+(?=(?:said|says|told|added|warned|insisted|accused|urged|"
                       r"blamed)\b)")
_SECOND_ACT = re.compile(r",?\s+and\s+(?:accused|urged|blamed|called|criticised|criticized|"
                         r"demanded)\b.*$")
_AND_HEDGE = re.compile(r"\s+and\s+(?:could|may|might|would|will)\s+(?:not\s+)?")
_AND_DONE = re.compile(r",?\s+and\s+(?:(?:had|has|have|was|were|is|are)\s|[a-z]{3,}ed\b).*$")
# "Norsk Aluvia declined to comment but has not ruled out raising its bid": the claim is
# after the "but"
_SILENT_BUT = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:declined|refused)\s+to\s+comment\s+"
                         r"(?:on\s+[^,]{1,60}?\s+)?but\s+"
                         r"(?P<r>.{1,300})$")
# A clause that is not the claim's subject: "in a move that", "steel imports that".
_NOT_SUBJECT = re.compile(
    r"^(?:in|as|while|where|with|which|that|and|but)\b|\b(?:that|which)$", re.IGNORECASE)
# "Analysts expect the price of copper to rise": will it?
_EXPECT = re.compile(r"^[^,]{1,80}?\b(?:expects?|forecasts?|predicts?)\s+(?P<s>[^,]{1,120}?)\s+"
                     r"to\s+(?P<v>.{1,300})$")
# "Campaigners expect a legal challenge": will there be one?
_EXPECT_THING = re.compile(r"^[^,]{1,80}?\b(?:expects?|forecasts?|predicts?)\s+"
                           r"(?P<o>(?:a|an|more|further|fresh|new)\s+[^,]{1,200})$")
# "Northfell has not confirmed the talks", "has yet to confirm": will it?
_UNSAID = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?|"
                     r"(?:has|have|had)\s+yet\s+to\s+)(?:confirmed|confirm)\s+(?P<o>.{1,300})$")
# "Semace has not yet ruled on the application": will it rule on it?
_UNDECIDED = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had)\s+(?:not\s+(?:yet\s+)?"
                        r"(?:ruled|decided)|yet\s+to\s+(?:rule|decide))\s+(?P<o>on\s.{1,300})$")
# "Kestrel has not ruled out further cuts": will it rule them out?
_NOT_RULED_OUT = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had|did|does|do)\s+not\s+"
                            r"(?:yet\s+)?ruled?\s+out\s+(?P<o>.{1,300})$")
# "The airline had no plans to cut flights": will it cut them?
_NO_PLANS = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had)\s+no\s+(?:plans?|intention)\s+"
                       r"to\s+(?P<v>.{1,300})$")
# "the company had no intention of leaving Chiloé": will it leave?
_NO_INTENTION = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had)\s+no\s+(?:plans?|intention)\s+"
                           r"of\s+(?P<g>[a-z]{2,}ing)\b(?P<o>.{0,300})$")
# "A decision is expected by Aug. 30": will it come then?
_EXPECTED_WHEN = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:is|are|was|were)\s+(?:not\s+)?expected\s+"
                            r"(?P<w>(?:by|before|until|in|on|within|after|later)\b.{1,200})$")
# "Sandhill Packing declined to comment", "Neither company has commented", "The spokesman,
# Gábor Szűcs, would neither confirm nor deny the report": silence on the record asks
# nothing; the other questions watch for the party's statement.
_SILENT = re.compile(
    r"^(?P<s>[^,]{1,120}?(?:,\s+[^,]{1,80},)?)\s+"
    r"(?P<n>(?:declined|declines|refused|refuses)\s+to\s+|"
    r"(?:has|have|had|did|does|do|would|will)\s+not\s+(?:yet\s+)?|(?:has|have|had)\s+yet\s+to\s+|"
    r"(?:would|will|did|does)\s+(?=neither))?"
    r"(?:comment|commented|respond|responded|reply|replied|neither\s+confirm\s+nor\s+deny)"
    r"(?:\s+(?:on|to|the)\s+.{1,300})?$", re.IGNORECASE)
_NO = re.compile(r"^(?:[Nn]o|[Nn]one(?=\s+of\b))(?=\s)")
# A second clause after the first ("..., and a decision is expected", "but"), not a list
# ("against the firm's owner, S. Ganesan, and its foreman") nor a second act of the subject
# ("has shut its mill, and stopped buying beans").
_SECOND_CLAUSE = re.compile(r",\s+and\s+(?=[^,]{0,60}?\b(?:has|have|had|is|are|was|were|will|would|"
                            r"could|may|might)\b)|\bbut\b")
_NEGATIVE = re.compile(r"^(?:neither|no|nobody|none)\b", re.IGNORECASE)
# "if the yard was sold": reported speech's past, as the question's present
_IF_PAST = re.compile(r"(\bif\s+(?:[^,]{0,80}?\s)?)(was|were)\b")
# "Northfell was in talks": an auxiliary after a short subject asks by inversion.
# ... an acronym in brackets among its words: "PT Tirta Huaxin Nickel (THN) has shut"
# (a subject holds no modal: "the plan should have been disclosed" is asked "Should ...")
_AUXILIARY = re.compile(r"^(?P<s>(?:(?!(?:should|would|could|must|can|may|might)\s)[\w'’.()-]+\s+)"
                        r"{0,9}?[\w'’.()-]+)(?<!\bshould)(?<!\bwould)(?<!\bcould)(?<!\bmust)"
                        r"(?<!\bmay)(?<!\bmight)\s+"
                        r"(?P<a>is|are|was|were|has|have|had|can)\s+(?P<v>.{1,300})$")
# A subject holding a verb ("it is unclear how long the pumps") or a claim of two clauses
# ("... not approved Veralix, and a decision is expected") makes no question by these rules.
_NOT_ONE_CLAIM = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does|did)\b|,\s+and\b|"
                            r"\bbut\b", re.IGNORECASE)
_DETERMINER = frozenset("the a an some any its their his her no neither this that these those "
                        "many most all both each about around nearly".split())
_PRONOUN = re.compile(r"^(?:it|they|he|she)$", re.IGNORECASE)
# A body's name reads with "the" in a question: "Will the Ministry of the Sea ... pay?"; a
# council's does not ("Will Slough Borough Council offer ...?").
_THE_BODY = re.compile(r"^(?:Ministry|Department|Office|Agency|Authority|Commission)\b")
_THE_HEAD = re.compile(r"\b(?:Association|Administration|Union|Organi[sz]ation|Federation|"
                       r"Agency|Authority|Commission|Ministry|Department)$")
# A plain present with no hedge of its own ("The quarry employs 140 people", "About 820
# people work at the mine"): does it, do they? Verbs of what a facility is and does only.
_PLAIN = re.compile(
    r"^(?P<s>[\w'’.-]+(?:\s+[\w'’.-]+){1,6}?)\s+(?P<v>(?:employ|handle|produce|make|process|"
    r"suppl(?:y|ie)|run|operate|own|hold|work|serve|deliver|export|pump|use|emit|discharge|"
    r"draw|consume|buy|sell|import|ship|store|treat)(?:e?s)?)\s+(?P<o>.{1,300})$")
# "Acme denied a report in the Daily Trust that it owed fees": is the report accurate?
_DENIED_REPORT = re.compile(r"^(?:(?:a|the)\s+)?(?P<n>reports?|claims?|suggestions?|rumou?rs?)\s+"
                            r"(?:(?:in|by|on)\s+[^,]{1,60}?\s+)?that\s", re.IGNORECASE)
# "two other bidders pulled out after inspecting the system": a past event passed on
# ... a pronoun is a subject alone: "it remains committed" is no past
_PAST = re.compile(r"^(?!(?:it|he|she|they|we)\s+\S+\s)"
                   r"(?P<s>(?:(?!(?:should|would|could|must|can|may|might|will)\s)[\w'’()-]+\s+)"
                   r"{0,9}?[\w'’()-]+)\s+"
                   rf"(?P<v>[a-z]{{2,}}ed|{'|'.join(IRREGULAR)})\b(?P<o>.{{0,300}})$")
# "Masasi Farmers' Cooperative had yet to see a supply contract": will it?
_YET_TO = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:has|have|had)\s+yet\s+to\s+(?P<v>.{1,300})$")
# "The union denied accepting the offer": did it accept it?
_DENIED_DOING = re.compile(r"^(?P<s>[^,]{1,80}?)\s+(?:denied|denies)\s+(?P<g>[a-z]{2,}ing)\s+"
                           r"(?P<o>.{1,300})$")


def _hedged(clause: str) -> bool:
    """A clause a question may ask: hedged, and not a rebuttal of "the claim" alone."""
    return read_certainty(clause, True).certainty not in (Certainty.confirmed, Certainty.stated) \
        and not _VAGUE.search(clause)


def _subject(subject: str, names: list[str], named: set[str], opens: bool) -> str:
    """A subject as it reads inside a question: "it" as the party named, "The deal" as "the
    deal", a name as written."""
    if subject.casefold() == "they" and names[1:]:  # "The UGT and CCOO unions said they"
        return " and ".join(names[:2])
    if _PRONOUN.match(subject) and names and (
            subject.casefold() != "they" or names[0].endswith("s")):  # one union is no "they"
        the = _THE_BODY.match(names[0]) or (  # but not "Unite the Union"
            _THE_HEAD.search(names[0]) and " the " not in names[0])
        return f"the {names[0]}" if the else names[0]
    if IRISH_ARTICLE.match(subject):  # "An Bord Pleanála"
        return subject
    first = subject.split()[0]
    if first.casefold() in _DETERMINER or (
            opens and first not in named and not POSSESSIVE.search(first)
            and not any(c.isupper() for c in first[1:])
            and first.casefold() not in NOT_PARTIES):  # "Czech rail operator ČD Cargo"
        return subject[:1].lower() + subject[1:]  # a capital that only opened the sentence
    return subject


def _one_claim(subject: str, rest: str) -> bool:
    return not (_NOT_SUBJECT.search(subject) or _NOT_ONE_CLAIM.search(subject)
                or _NOT_ONE_CLAIM.search(rest.split(",")[0] if "," not in rest else rest)
                and bool(_SECOND_CLAUSE.search(rest)))


def question(text: str, names: list[str], named: set[str]) -> str | None:
    """A question about the event itself, without its attribution: "Will Acme close the
    mine?" The sentence's own words are kept; an analyst rewrites what does not read. None
    where the sentence's claim is only a party's silence."""
    text = " ".join(text.split())[:_MAX]
    # "employs 900 people; the expansion would create 310 jobs", "Semace has not yet ruled,
    # and residents have asked for a hearing": the question is of the hedged clause
    clauses = re.split(r"; |, and (?=[^,;]{0,80}?\b(?:has|have|had|is|are|was|were|will|would|"
                       r"could|may|might|said|says)\b)", text)
    text = next((c for c in clauses if len(clauses) > 1 and _hedged(c)), text)  # the hedged one
    # "insisted it was not drawing water and said it would appeal": the first, when hedged
    first = _SAID_TOO.split(text, maxsplit=1)[0]
    text = first if first != text and _hedged(first) else text
    text = re.sub(r"^that\s+", "", THAT_JOIN.split(text, maxsplit=1)[0])  # the first said
    claim = _UNCLEAR.sub("", claim_of(text))
    if but := _SILENT_BUT.match(claim):
        claim = f"{but.group('s')} {but.group('r')}"
    opens = text.startswith(claim.split()[0]) if claim.split() else False

    def who(subject: str) -> str:
        return _subject(subject, names, named, opens)

    silent = _SILENT.match(claim)
    if silent and (silent.group("n") or _NEGATIVE.match(silent.group("s"))):
        return None
    intention = _NO_INTENTION.match(claim)
    if intention and _one_claim(intention.group("s"), ""):
        return (f"Will {who(intention.group('s'))} {from_ing(intention.group('g'))}"
                f"{intention.group('o')}?")
    for rule, verb in ((_NO_PLANS, ""), (_NOT_RULED_OUT, "rule out "), (_UNSAID, "confirm "),
                       (_UNDECIDED, "rule "), (_YET_TO, "")):
        found = rule.match(claim)
        if found and _one_claim(found.group("s"), found.groups()[-1]):
            return f"Will {who(found.group('s'))} {verb}{found.groups()[-1]}?"
    rebutted = rebutted_question(claim)
    if rebutted is not None:
        return rebutted or None
    denied = _DENIED_REPORT.match(claim)  # what is left of "Acme denied a report in ... that"
    if denied:
        return f"{'Are' if denied.group('n').endswith('s') else 'Is'} {claim} accurate?"
    thing = _EXPECT_THING.match(claim)
    if thing:
        return f"Will there be {thing.group('o')}?"
    expected = _EXPECTED_WHEN.match(claim)
    if expected and _one_claim(expected.group("s"), ""):
        return f"Will {who(expected.group('s'))} come {expected.group('w')}?"
    both = _AND_MODAL.match(claim)
    if both and _one_claim(both.group("s"), ""):
        return f"Will {who(both.group('s'))} {_AND_DONE.sub('', both.group('v'))}?"
    modal = _MODAL.match(claim) or _EXPECT.match(claim)
    if modal:
        # "a report ... that the whole site would close": the claim is the clause's
        # ... not a clause of who it is: "homes in the city that rely on heat"
        reported = list(_REPORTED_THAT.finditer(modal.group("s")))
        subject = modal.group("s")[reported[-1].end() :] if reported else modal.group("s")
        action = _IF_PAST.sub(lambda m: m.group(1) + ("is" if m.group(2) == "was" else "are"),
                              _AND_HEDGE.sub(" and ", _AND_DONE.sub("", modal.group("v"))))
        if re.search(r"\bnot\s+(?:expected|likely|set)\s+to$", modal.groupdict().get("m") or ""):
            action = re.sub(r"\buntil\b", "before", action)  # "not expected to vote until June"
        wh = _WH.match(subject)
        if wh:  # "how long the pumps": "How long will the pumps ..."
            rest = f" {wh.group('rest')}" if wh.group("rest") else ""
            return f"{wh.group('w')[:1].upper()}{wh.group('w')[1:]} will{rest} {action}?"
        if _one_claim(subject, ""):  # "no permanent staff would be": would any?
            return f"Will {who(_NO.sub('any', subject))} {action}?"
    wh = _WH.match(claim)
    if wh and wh.group("rest"):  # "has not said how many batches were affected"
        return f"{claim[:1].upper()}{claim[1:]}?"
    inverted = _AUXILIARY.match(claim)
    if inverted and _one_claim(inverted.group("s"), inverted.group("v")):
        subject = _NO.sub("any", inverted.group("s"))  # "Had any decision ..."
        action = re.sub(r"^(?:not|never)\s+", "", inverted.group("v"))  # "had never knowingly"
        action = _SECOND_ACT.sub("", action)  # "... since 2023 and accused management of ..."
        return f"{inverted.group('a').capitalize()} {who(subject)} {action}?"
    plain = _PLAIN.match(claim)
    if plain and _one_claim(plain.group("s"), plain.group("o")):
        verb = plain.group("v")
        if verb.endswith("s"):  # "employs": does it employ
            return f"Does {who(plain.group('s'))} {stem(verb)} {plain.group('o')}?"
        return f"Do {who(plain.group('s'))} {verb} {plain.group('o')}?"
    denied = _DENIED_DOING.match(TRAILING.sub("", text.rstrip(".!?;:")))
    if denied and _one_claim(denied.group("s"), ""):
        return f"Did {who(denied.group('s'))} {from_ing(denied.group('g'))} {denied.group('o')}?"
    past = _PAST.match(claim)
    if past and _one_claim(past.group("s"), ""):  # "two other bidders pulled out": did they?
        rest = re.sub(r",?\s+and\s+[a-z]+ed\b.*$", "", past.group("o"))  # one claim of two
        return f"Did {who(past.group('s'))} {from_ed(past.group('v'))}{rest}?"
    more = more_question(claim, who)
    if more:
        return more
    # No rule makes a grammatical question of it: the claim, marked for the analyst
    return f"TODO ask about the event: {claim}?"


def speakers(text: str, here: list[Party], about: str | None) -> list[str]:
    """The bodies a sentence names, as a question calls them: the one it is filed under
    first, then in the order it names them ("The labour ministry has yet to say whether it
    will ..., Le Parisien reported" is the ministry's). A role names a body that may speak
    ("the labour ministry"); people and crowds named by a role ("workers") do not."""
    low = text.casefold()
    bodies = [(p.name, p) if p.named else (f"the {p.name.casefold()}", p) for p in here
              if p.named or p.kind in ("government", "regulator", "union")]

    def order(body: tuple[str, Party]) -> tuple[bool, int]:
        at = low.find(body[1].name.casefold())
        return body[1].id != about, at if at >= 0 else len(low)  # one named by "it": last

    return [name for name, _ in sorted(bodies, key=order)]


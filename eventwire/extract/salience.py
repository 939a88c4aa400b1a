"""News salience: which mentions an article reports as its news, and which it only recalls.

A wire story reports one or a few events and recalls others: the history behind them, earlier
attacks, the killing a trial or a reward is about, the bombing a statesman condemns.  ACLED codes an
event from the report that tells it, not from later references to it ("the reporting of an event,
not its commemoration or the reactions to it"), so a recalled event gets a non-asserted modality
(``historical``), shown with ``--all-modalities``, and makes no event of its own.

Each rule is named, states the convention it implements and gives examples; ``apply`` runs them
over the coded mentions of one article, before the mentions are merged into events.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Callable

from .classify.salience_rules import DECLARED, FIGURE_BESIDE_CROWD, NOT_AN_EVENT
from ..lang.loader import load as word_class
from .merge import CodedMention

SALIENCE_VERSION = "salience.rules.v7"
CODER_TAG_WEIGHT = 0.97  # a coder's own "Agreement:" heading, which names the type outright

# a date this many days before publication is another time than the news ("last month", "in March")
STALE_AFTER_DAYS = 31

# a definite mention governed by a reaction or a reference to a known event
_REFERENCE_CUE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|(?:paid|pays|pay|paying) (?:\w+ )?tribute|investigat\w*|"
    r"probe|probing|inquiry|inquest|reward|in connection with|connected (?:to|with)|in the aftermath of|"
    r"in the wake of|aftermath|anniversary|memorial|commemorat\w*|trial|tried|charged|indicted|convicted|"
    r"sentenced|acquitted|suspected in|suspects? (?:in|of)|accused (?:in|over)|hearings? (?:on|over|into)|warrants? for|wanted (?:for|in)|questioning (?:in|about)|architect of|mastermind\w* of|"
    r"responsible for|victims? of|survivors? of|families of|compensation|condolences|since|ever since|recalled|"
    r"remember\w*|the (?:latest|last) in|similarities between)\b[^.;:]{0,70}$", re.IGNORECASE)
# the object of a reaction, with or without an article: "condemned terrorist bomb attacks"
_REACTION_OBJECT = re.compile(r"\b(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|deplor(?:es|ed|ing)|mourn(?:s|ed|ing)?|"
                              r"""paid tribute to|pays tribute to)\s+(?:the\s+)?(?:[\w"'`-]+\s+){0,3}$""", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|last \w+'s|\w+'s)\s+(?:[\w-]+\s+){0,4}$",
                       re.IGNORECASE)
_NOUN_TRIGGER = re.compile(r"(?:attack|bombing|blast|explosion|killing|murder|slaying|shooting|assassination|"
                           r"massacre|kidnapping|abduction|clash|riot|protest|violence|strike|raid|ambush|"
                           r"arrest|death|assault|incident|mob)s?$", re.IGNORECASE)


@dataclass(frozen=True)
class Mentioned:
    """What a salience rule reads: the mention, the article text and its publication date."""

    mention: CodedMention
    text: str
    published: dt.date | None
    news_dated: bool  # another asserted mention of the article is dated within the news window
    business: bool = False  # the article is market or company news (several business markers)
    reported: frozenset[str] = frozenset()  # groups of which the article itself reports an event
    lead_reported: frozenset[str] = frozenset()  # groups of which the headline or the lead reports an event


@dataclass(frozen=True)
class SalienceRule:
    id: str
    value: str
    convention: str
    examples: tuple[str, ...]
    fn: Callable[[Mentioned], str | None]


RULES: list[SalienceRule] = []


def _rule(rule_id: str):
    """Attach the deciding function to the rule declared in the rulebook (``classify/salience_rules``)."""
    value, convention, examples = DECLARED[rule_id]

    def register(fn: Callable[[Mentioned], str | None]):
        RULES.append(SalienceRule(rule_id, value, convention, examples, fn))
        return fn
    return register


@_rule("salience.recalled_by_reaction")
def _recalled_by_reaction(m: Mentioned) -> str | None:
    mention = m.mention
    trig = mention.trigger
    if not _NOUN_TRIGGER.search(trig.text):
        return None
    before = m.text[max(mention.sentence_span.start, trig.start - 90):trig.start]
    if _REACTION_OBJECT.search(before):
        return "historical"  # "condemned terrorist bomb attacks at the embassies"
    if not _REFERENCE_CUE.search(before):
        return None
    # "the bombing", or a noun naming a kind of thing after it ("paid tribute to bombing victims")
    kind = _NAMES_A_KIND.match(m.text, trig.end, mention.sentence_span.end)
    # (a headline drops its articles: "Homes of suspects in Multan mob attack razed" names the known attack)
    in_headline = trig.start < (headline_end(m.text) or 0)
    return "historical" if _DEFINITE.search(before[-40:]) or kind or in_headline else None


# the people a recalled deed befell, named by their relatives: "Families of the 34 miners shot dead …"
_RELATIVES_OF = re.compile(r"\b(?:families|relatives|widows|widowers|orphans|parents|mothers|survivors|kin|loved ones)"
                           r"\s+of\s+(?:the\s+|those\s+)?(?:[\w-]+\s+){0,4}"
                           r"(?:(?:killed|died|who died|who were killed|shot dead)\s+(?:when|as|after)\s+(?:[\w-]+\s+){0,5})?$",
                           re.IGNORECASE)
_PAST_YEAR = re.compile(r"\b(?:in|since|during)\s+(?:\w+\s+)?((?:19|20)\d\d)\b|\b\w+ years? ago\b", re.IGNORECASE)
VICTIMS_RECALLED_REACH = 100  # characters after the deed in which its year is read


@_rule("salience.victims_recalled")
def _victims_recalled(m: Mentioned) -> str | None:
    mention = m.mention
    trig, sent = mention.trigger, mention.sentence_span
    if not _RELATIVES_OF.search(m.text, max(sent.start, trig.start - 100), trig.start):
        return None
    after = m.text[trig.end:min(sent.end, trig.end + VICTIMS_RECALLED_REACH)]
    year = _PAST_YEAR.search(after)
    if year is None:
        return None
    if year.group(1) and m.published is not None and int(year.group(1)) >= m.published.year:
        return None
    return "historical"


# a speaker named, then a relative clause that tells who they are: "said Ana Quispe, whose brother was killed",
# "said a father whose son was killed", "said the mother of a young man who was killed"
_SPEAKER_WHOSE = re.compile(r"\b(?:said|says|told|added|asked|recalled)\b[^.;\"“”]{0,60}?,\s+whose\s+(?:[\w'’-]+\s+){0,5}"
                            r"(?:was|were|had been|has been|is|are)?\s*$"
                            # (or unnamed: "said a father whose son was killed")
                            r"|\b(?:said|says|told \w+|added|asked|recalled)\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,3}?"
                            r"whose\s+(?:[\w'’-]+\s+){0,5}(?:was|were|had been|has been|is|are)?\s*$"
                            r"|\b(?:said|says|told \w+|added|asked|recalled)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
                            r"(?:mother|father|widow|widower|wife|husband|brother|sister|son|daughter|parents|relatives?|"
                            r"family|uncle|aunt|cousin|grandmother|grandfather)\s+of\s+(?:[\w'’-]+\s+){1,4}?"
                            r"(?:who|whom)\s+(?:was|were|had been|has been)?\s*$", re.IGNORECASE)


@_rule("salience.speaker_identified_by_loss")
def _speaker_identified_by_loss(m: Mentioned) -> str | None:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    before = m.text[max(sent.start, trig.start - 120):trig.start]
    return "historical" if _SPEAKER_WHOSE.search(before) else None


_SUMMARY_SPAN = re.compile(r"\b(?:in recent (?:days|weeks|months)|(?:over|in|during) the (?:past|last) (?:few |several )?"
                           r"(?:days|weeks|months)|in the days since|for (?:days|weeks|months)(?: now)?|"
                           r"(?:has|have) spread to|for (?:several |many |some |the past |the last )?(?:years|decades))\b", re.IGNORECASE)


@_rule("salience.summary_of_recent_days")
def _summary_of_recent_days(m: Mentioned) -> str | None:
    sent = m.mention.sentence_span
    if not m.news_dated or not _SUMMARY_SPAN.search(sent.text):
        return None
    d = m.mention.date
    if d is not None and sent.start <= d.start < sent.end and d.precision == 1:
        return None  # the sentence names its own day
    return "historical"


_FINDING = re.compile(r"\b(?:court|judges?|tribunal|jury|prosecutors?|indictment|verdict|ruling)\b[^.;]{0,30}?\b"
                      r"(?:found|ruled|held|concluded|alleged|alleges|said|says|established)\s+that\b", re.IGNORECASE)


# what an inquiry finds: "the commission's report … found that officers fired", "the inquest concluded that"
_INQUIRY_FINDING = re.compile(r"\b(?:commission|inquiry|inquest|panel|watchdog|report|investigation|review)\b"
                              r"[^.;]{0,60}?\b(?:found|concluded|established|determined)\s+that\b", re.IGNORECASE)


@_rule("salience.judicial_finding")
def _judicial_finding(m: Mentioned) -> str | None:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if _FINDING.search(m.text, sent.start, trig.start):
        return "historical"
    d = m.mention.date
    if d is not None and sent.start <= d.start < sent.end and d.precision == 1:
        return None  # "the panel found that police fired on Tuesday": the day's news
    return "historical" if _INQUIRY_FINDING.search(m.text, sent.start, trig.start) else None


def _business_pattern() -> re.Pattern[str]:
    """A company's legal suffix (read with its case: "Inc", "Co."), a word of markets or corporate
    finance (any case), a sum of money or a share of a hundred."""
    words = word_class("business_words")
    suffixes = words.alternation(words.where("class", "suffix"))
    terms = words.alternation(words.where("class", "word"))
    return re.compile(rf"\b(?:{suffixes})(?!\w)|\$\s?\d|\b\d+(?:\.\d+)? (?:cents|percent|pence)\b|\d%|"
                      rf"\b(?i:{terms})\b")


_BUSINESS = _business_pattern()
# a word of harm, force or a crowd ("killed", "troops", "marchers"); the month "March" is none
_HARM_WORDS = word_class("harm_words").pattern()


def _harm_besides_trigger(m: CodedMention) -> bool:
    """A word of harm or of a crowd in the sentence other than the trigger itself ("betting on a clash
    between Renault and Fiat" has none: the clash is the trigger)."""
    sent, trig = m.sentence_span, m.trigger
    at, end = trig.start - sent.start, trig.end - sent.start
    return bool(_HARM_WORDS.search(sent.text[:max(0, at)] + " " * (end - at) + sent.text[end:]))


@_rule("salience.business_news")
def _business_news(m: Mentioned) -> str | None:
    sent = m.mention.sentence_span.text
    if m.mention.weight >= CODER_TAG_WEIGHT or _harm_besides_trigger(m.mention):
        return None
    if _BUSINESS.search(sent):
        return NOT_AN_EVENT
    if m.business and m.mention.group.startswith("strategic:") and m.mention.family in _EVERYDAY_FAMILIES:
        # ("The company's president quit suddenly", "Investors welcomed the move" in a story about a firm)
        return NOT_AN_EVENT
    return None


# a contest that is no fight: in court, for custody, against an abstract ill; fixed figures of speech
_FIGURE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in (?:(?:a |the )?(?:federal |state |high |supreme |district )?"
                           r"courts?|congress|parliament|the senate)|for (?:custody|control of|the (?:nomination|"
                           r"presidency|leadership))|to (?:secure|keep|win|regain)|over (?:custody|the custody)|"
                           r"(?:against )?(?:gender |racial )?(?:stereotypes|inflation|poverty|unemployment|corruption|"
                           r"disease|cancer|aids|malaria|hunger|illiteracy|drugs|the (?:deficit|virus|odds))|"
                           r"for (?:freedom|liberty|democracy|justice|equality|(?:their|his|her|our) rights)|"
                           # a contest for an electoral prize, a dispute over a matter of policy, words
                           # against a record or a decision: politics, not a fight
                           r"for (?:(?:the |their |his |her |its )?(?:votes?|voters|seats?|ballots|office|"
                           r"mandate|premiership|speakership|chairmanship|majority))|"
                           r"over (?:the |a |an |its |their |his |her |this |next |new )?(?:[\w'’-]+\s+){0,2}?"
                           r"(?:budget|bill|law|policy|policies|prices?|tax(?:es)?|tariffs?|reforms?|subsid(?:y|ies)|"
                           r"salaries|wages|spending|funding|debt|amendments?|constitution|appointments?|"
                           r"nominations?|(?:election |vote )?results|remarks|comments|statements?)|"
                           r"(?:the |a |an |its |their |his |her )?(?:[\w'’-]+\s+){0,2}?(?:handling|record|"
                           r"policies|remarks|comments|statements?|decision|proposals?|budget|reforms?)\s+"
                           r"(?:of|over|on|as|in|for|,|and)\b)\b",
                           re.IGNORECASE)
_FIGURE_WORDS = re.compile(r"\b(?:time bombs?|ticking bombs?|bombshells?|price wars?|trade wars?|talk shows?|"
                           r"battle of (?:the sexes|the bulge|wills|ideas|armageddon)|war of words|(?:legal|custody|court|"
                           r"political|bidding|takeover|proxy|uphill) (?:battles?|fights?|wars?))\b", re.IGNORECASE)
_SHOWING = re.compile(r"demonstrat\w*\s+(?:his|her|its|their|our|your|my|that|how|what|a|an)\b", re.IGNORECASE)
_FIGURE_TRIGGER = re.compile(r"(?:battle|fight|fighting|fought|clash|war|bomb|engage|attack|arrest)\w*$", re.IGNORECASE)
# a heart that stops is no arrest ("died of cardiac arrest"), however many deaths the sentence tells
_MEDICAL_ARREST = re.compile(r"\b(?:cardiac|heart|respiratory|cardio-?pulmonary|cardiorespiratory)\s+arrests?\b",
                             re.IGNORECASE)
# to arrest a trend is to halt it ("arrest the slide in attendance", "arrest a deteriorating record")
_HALT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|this|that)\s+(?:\w+\s+){0,2}?(?:declin\w*|slide|slump|"
                         r"deteriorat\w*|erosion|downturn|downward|drift|spread|trend)\b", re.IGNORECASE)


_ARMED_TYPES = frozenset({1, 2, 3, 4, 8})  # state forces, rebels, militias, external forces


@_rule("salience.armed_sides_fight_in_earnest")
def _armed_sides_fight(m: Mentioned) -> str | None:
    """A fight word that would read as a figure of speech ("fought for control of", "a battle to
    regain") is a battle when a side named is an armed, organised actor (not a government, whose
    fights for control may be political)."""
    mention = m.mention
    if mention.group != "violent" or not any(
            a is not None and int(a.type) in _ARMED_TYPES and not a.name.startswith("Government of")
            for a in (mention.actor1, mention.actor2)):
        return None
    return "asserted" if _figurative(m) == NOT_AN_EVENT else None


@_rule("salience.figurative")
def _figurative(m: Mentioned) -> str | None:
    mention = m.mention
    trig, sent = mention.trigger, mention.sentence_span
    if mention.weight >= CODER_TAG_WEIGHT:
        return None
    if trig.text.lower().startswith("arrest") and _MEDICAL_ARREST.search(m.text, max(sent.start, trig.start - 30),
                                                                          trig.end):
        return NOT_AN_EVENT
    if _harm_besides_trigger(mention):
        return None
    if trig.text.lower().startswith("arrest") and _HALT_AFTER.match(m.text, trig.end, sent.end):
        return NOT_AN_EVENT  # ("to arrest the slide in attendance")
    if _SHOWING.match(m.text, trig.start, sent.end):
        return NOT_AN_EVENT  # "demonstrating his GOP backing": showing, not protesting
    if not _FIGURE_TRIGGER.search(trig.text):
        return None
    near = m.text[max(sent.start, trig.start - 20):min(sent.end, trig.end + 20)]
    if _FIGURE_WORDS.search(near) or _FIGURE_AFTER.match(m.text, trig.end, sent.end):
        return NOT_AN_EVENT
    return None


def figure_words_beside_crowds(hits, text: str) -> set[int]:
    """The offsets of fight words used as a figure of a contest ("battled for votes", "fought in court")
    in a sentence that also tells of a crowd's rally or march: the figure is no violence of that crowd
    (``salience.figure_beside_crowd``)."""
    with_crowd = {h.sentence for h in hits if h.family == "protest"}
    return {h.start for h in hits if h.sentence in with_crowd and h.family in ("clash", "attack")
            and _FIGURE_TRIGGER.search(h.text) and _FIGURE_AFTER.match(text, h.end)}


def credit_figures(events: list, figures: set[int]) -> list:
    """The demonstrations of an article whose sentence held a figure of a contest carry the rule that
    left the figure out."""
    if not figures:
        return events
    return [replace(e, rules=(*e.rules, FIGURE_BESIDE_CROWD)) if e.event_type == "Protests" else e for e in events]


# quotation marks: typographic, doubled backticks and apostrophes (wire style), straight
_QUOTE_MARK = re.compile(r"``|''|[\"“”]")


def quoted_span(sentence: str, at: int) -> tuple[int, int] | None:
    """The quotation of the sentence that contains offset ``at``, if any."""
    marks = list(_QUOTE_MARK.finditer(sentence))
    for opening, closing in zip(marks[::2], marks[1::2]):
        if opening.group(0) in ("''", "”") or closing.group(0) in ("``", "“"):
            return None  # unbalanced or unusual marks: no reading of the quotation
        if opening.end() <= at < closing.start():
            return opening.end(), closing.start()
    return None


# the speaker speaks for themselves: a quotation in the first person is their view
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me)\b")


@_rule("salience.quoted_characterisation")
def _quoted_characterisation(m: Mentioned) -> str | None:
    """A word of violence inside a speaker's quotation in the first person that tells no deed of its own
    (no one killed or hurt, no figure, no day): the speaker's characterisation or opinion, reported
    speech, not an event the story reports."""
    mention = m.mention
    sent, trig = mention.sentence_span, mention.trigger
    if mention.weight >= CODER_TAG_WEIGHT or "\n" not in m.text.strip() or mention.group.startswith("strategic:"):
        return None
    quote = quoted_span(sent.text, trig.start - sent.start)
    if quote is None:
        return None
    said = sent.text[quote[0]:quote[1]]
    if not _FIRST_PERSON.search(said) or _TELLS_HARM.search(said) or re.search(r"\d", said) or _own_date(mention) and \
            quote[0] <= mention.date.start - sent.start < quote[1]:
        return None
    return "hypothetical"


_ABSTENTION = re.compile(r"(?:walk(?:ed|s|ing)?[ -]?outs?|boycott\w*|stay(?:ed)? away)$", re.IGNORECASE)
# what an institution's members stay away from, and who they are
_INSTITUTION_ACT = re.compile(r"\b(?:votes?|voting|ballot|session|sitting|ceremony|inauguration|swearing-in|"
                              r"election|polls?|talks|negotiations|dialogue|debate|hearing|summit|conference|"
                              r"proceedings|census|meeting|parliament|assembly|senate|congress|chamber|house|council)\b",
                              re.IGNORECASE)
_INSTITUTION_MEMBERS = re.compile(r"\b(?:opposition|party|parties|lawmakers|legislators|deputies|MPs|senators|"
                                  r"members of parliament|delegation|delegates|councillors|councilors|government)\b",
                                  re.IGNORECASE)


@_rule("salience.abstention_not_gathering")
def _abstention_not_gathering(m: Mentioned) -> str | None:
    """A boycott or a walkout by a party or its lawmakers, of a vote, a session, a ceremony or talks: staying
    away from an institution's act, no public gathering."""
    mention = m.mention
    trig, sent = mention.trigger, mention.sentence_span
    if mention.weight >= CODER_TAG_WEIGHT or mention.family != "protest" or not _ABSTENTION.search(trig.text):
        return None
    around = sent.text
    return NOT_AN_EVENT if _INSTITUTION_ACT.search(around) and _INSTITUTION_MEMBERS.search(around) \
        and not _HARM_WORDS.search(around) else None


# an act of an office or an institution that "in protest" gives the motive of: no gathering
_ACT_OF_OFFICE = re.compile(r"\b(?:resign\w*|quit|quits|stepp?(?:ed|ing|s)? down|withdr[ae]w\w*|suspend\w*|"
                            r"recall\w*|sever\w*|cut (?:its |their |all )?ties|pull(?:ed|s|ing)? out|refus\w*|"
                            r"reject\w*|renounc\w*|return(?:ed|s|ing)? (?:\w+ )?(?:awards?|medals?|honours?|"
                            r"honors?)|abstain\w*|voted? against|expel\w*|froze|freez\w*)\b", re.IGNORECASE)
_IN_PROTEST = re.compile(r"\bin\s+$", re.IGNORECASE)


@_rule("salience.protest_as_motive")
def _protest_as_motive(m: Mentioned) -> str | None:
    """"In protest" that gives the motive of an act of an office or an institution (a resignation, a
    withdrawal, a suspension, a recalled envoy) names no public gathering."""
    mention = m.mention
    trig, sent = mention.trigger, mention.sentence_span
    if mention.weight >= CODER_TAG_WEIGHT or mention.family != "protest" or not trig.text.lower().startswith("protest") \
            or not _IN_PROTEST.search(m.text, max(sent.start, trig.start - 4), trig.start):
        return None
    before = m.text[max(sent.start, trig.start - 120):trig.start]
    clause = re.split(r"[;:]|,\s+(?:and|but|while)\s", before)[-1]
    return NOT_AN_EVENT if _ACT_OF_OFFICE.search(clause) and not _harm_besides_trigger(mention) else None


# strategic families whose triggers are everyday words of business and diplomacy ("agreed to buy")
_EVERYDAY_FAMILIES = frozenset({"plover", "agree", "change", "other"})
BUSINESS_ARTICLE_MARKERS = 3


# a state, its institutions and forces, a party, an armed group or an international body
_POLITICAL_ACTOR = word_class("political_actors").pattern()


@_rule("salience.no_political_actor")
def _no_political_actor(m: Mentioned) -> str | None:
    """A development in everyday words (an offer, a visit, a warning, a suspension) whose sentence names
    nobody: no side, no political or conflict actor, no name of a person, place, people or body."""
    mention = m.mention
    if mention.weight >= CODER_TAG_WEIGHT or not mention.group.startswith("strategic:") \
            or mention.family not in _EVERYDAY_FAMILIES or mention.actor1_evidence is not None:
        return None
    sent = mention.sentence_span.text
    return None if _POLITICAL_ACTOR.search(sent) or _names_someone(sent) else NOT_AN_EVENT


# a word of the sentence that opens with a capital letter (its first word and what follows a
# quotation mark aside): a name of a person, a place, a people or a body
_WORD = re.compile(r"(?<![\w'’.-])[A-Za-z][\w'’.-]*")


_CALENDAR = frozenset(w.lower() for c in ("weekdays", "months") for w in word_class(c).words()) | {"i"}


def _names_someone(sentence: str) -> bool:
    words = [w for w in _WORD.finditer(sentence)]
    return any(w.group(0)[0].isupper() and w.group(0).lower().rstrip(".") not in _CALENDAR
               and not re.search(r"[\"“`']\s*$", sentence[:w.start()]) for w in words[1:])


# fronts, armed groups, unrest, or a word of violence, arms or a crowd (a death told alone may be natural):
# a story set in a conflict or disorder
_CONFLICT_WORDS = word_class("conflict_words").pattern()
_FORCE_WORDS = re.compile(rf"\b(?:{word_class('harm_words').alternation(word_class('harm_words').where('class', 'force'))})\b",
                          re.IGNORECASE)
# a story of at least this many words gives the context a lone sentence does not
STORY_WORDS = 80


@_rule("salience.development_without_conflict_context")
def _development_without_conflict_context(m: Mentioned) -> str | None:
    """A development in everyday words (a promise, a meeting, a ruling, an accession) read from a story
    that names no violence, force, armed actor, front or crowd anywhere (a death told alone may be
    natural): politics or diplomacy with no conflict or disorder for it to be a development of."""
    mention = m.mention
    if mention.weight >= CODER_TAG_WEIGHT or not mention.group.startswith("strategic:") \
            or mention.family not in _EVERYDAY_FAMILIES or len(m.text.split()) < STORY_WORDS:
        return None
    return None if _FORCE_WORDS.search(m.text) or _CONFLICT_WORDS.search(m.text) else NOT_AN_EVENT


# a sentence framed in a past period: "Since 1985 …", "Over the past decade …", "In the last five years …"
_PAST_FRAME = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:since\s+(?:\d{4}|the\s+\d{4}s|the (?:start|beginning|end) of)|"
                         r"ever since|over the (?:past|last) (?:\w+ )?(?:years?|decades?|months)|"
                         r"in the (?:past|last) (?:\w+ )?(?:years?|decades?)|for (?:years|decades)|"
                         r"between \d{4} and \d{4}|in the (?:19|20)\d0s)\b", re.IGNORECASE)
# a past named relative to the report: "last month", "last February", "a year ago", "in 1995"
_RELATIVE_PAST = re.compile(r"\b(?:last|a|one|two|three|several|many)\s+(?:month|year|fall|autumn|spring|summer|winter|"
                            r"january|february|march|april|may|june|july|august|september|october|november|"
                            r"december|years?|months?|thanksgiving|christmas|easter|ramadan|"
                            r"jan|feb|aug|sept?|oct|nov|dec)\b\.?(?:\s+ago)?|\bin\s+(?:19|20)\d\d\b|\bthis year\b",
                            re.IGNORECASE)


@_rule("salience.past_frame")
def _past_frame(m: Mentioned) -> str | None:
    sent = m.mention.sentence_span
    if _PAST_FRAME.match(sent.text):
        return "historical"
    d = m.mention.date
    if m.published is None or d is None or d.high is None or not (sent.start <= d.start < sent.end):
        return None
    if m.news_dated and _RELATIVE_PAST.search(d.text) and (m.published - d.high).days > STALE_AFTER_DAYS:
        return "historical"
    return None


_SOUGHT = re.compile(r"\b(?:warrants?|reward|leading to|lead to|leads to|seek(?:s|ing)?|sought|call(?:s|ed)? for|"
                     r"demand(?:s|ed|ing)?|threat(?:s|ened)? of|ability to|capab\w+ of|risk of|fears? of|"
                     r"possibility of|prospect of|danger of|potential|possible|lure \w+(?: \w+){0,3} into)\s+"
                     r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


@_rule("salience.sought_or_threatened")
def _sought_or_threatened(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    before = m.text[max(m.mention.sentence_span.start, trig.start - 60):trig.start]
    if _SOUGHT.search(before) or re.match(r"\s*warrants?\b", m.text[trig.end:trig.end + 12]):
        return "future"
    return None


# the gathering a ban, a cancellation or a postponement is about: "banned political rallies", "called off the march"
_BANNED = re.compile(r"\b(?:bann?(?:ed|ing|s)?(?:\s+(?:on|of))?|prohibit(?:ed|ing|s|ion of|ions on)?|forb[ia]d(?:e|s|den|ding)?|"
                     r"outlaw(?:ed|ing|s)?|call(?:ed|ing|s)? off|cancel(?:l?ed|l?ing|s)?|postpon(?:ed|es|ing|e))\s+"
                     r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


_HELD_DESPITE_BAN = re.compile(r"\b(?:a|an|the|this|that|their|its|his|her|our)\s+$", re.IGNORECASE)


@_rule("salience.banned_or_called_off")
def _banned_or_called_off(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    if m.mention.group != "demo" or _tells_harm(m.mention):
        return None
    before = m.text[max(m.mention.sentence_span.start, trig.start - 50):trig.start]
    ban = _BANNED.search(before)
    if ban is None or _HELD_DESPITE_BAN.search(before, 0, ban.start()) and ban.group(0).lower().startswith(
            ("ban", "prohib", "forb", "outlaw")):
        return None  # "during a banned opposition protest": one held in defiance of the ban
    return "hypothetical"


# "… as fighting between the army and rebels continues in the east": the news set against a state of affairs
_ONGOING = re.compile(r"\b(?:continues|persists|rages on|drags on|goes on|grinds on)\b", re.IGNORECASE)
_AS_OPENING = re.compile(r"(?:^|[,;]\s*|\s)as\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


@_rule("salience.ongoing_backdrop")
def _ongoing_backdrop(m: Mentioned) -> str | None:
    """The trigger opens an "as …" clause whose verb, before any comma, says the thing goes on."""
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if _tells_harm(m.mention) or not _AS_OPENING.search(m.text, max(sent.start, trig.start - 25), trig.start):
        return None
    rest = re.match(r"[^,;:]{0,70}", m.text[trig.end:sent.end]).group(0)
    return "historical" if _ONGOING.search(rest) else None


# "Marchers … said girls had been kidnapped": what a protesting crowd says had happened is its grievance
_CROWD_SAYS_HAD = re.compile(r"\b(?:marchers|protesters|protestors|demonstrators|rally-goers|activists)\b[^.;:]{0,60}?"
                             r"\b(?:said|say|says|alleged|claimed|told \w+)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?had\s+"
                             r"(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


@_rule("salience.crowd_allegation")
def _crowd_allegation(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    before = m.text[max(m.mention.sentence_span.start, trig.start - 120):trig.start]
    return "historical" if _CROWD_SAYS_HAD.search(before) else None


# "such attacks", "any attacks": a kind of deed spoken of in general, no occurrence
_GENERIC_BEFORE = re.compile(r"\b(?:such|any|all)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@_rule("salience.generic_statement")
def _generic_statement(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    if not trig.text.lower().endswith("s") or _tells_harm(m.mention):
        return None
    before = m.text[max(m.mention.sentence_span.start, trig.start - 30):trig.start]
    if _GENERIC_BEFORE.search(before):
        return NOT_AN_EVENT
    # the kind counted over all time: "few police killings have ever ended in a conviction"
    after = m.text[trig.end:min(m.mention.sentence_span.end, trig.end + 60)]
    return NOT_AN_EVENT if _EVER_PERFECT.search(after) and not _own_date(m.mention) else None


# the experiential perfect with "ever": a statement over all time, no occurrence
_EVER_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:\w+\s+)?ever\b", re.IGNORECASE)


def _recent(mention: CodedMention, published: dt.date | None) -> bool:
    d = mention.date
    return d is None or d.high is None or published is None or (published - d.high).days <= STALE_AFTER_DAYS


# the deed as the matter of a proceeding: "a charge of murder", "the murder case", "in the bombing trial"
_PROCEEDING_BEFORE = re.compile(r"\b(?:charges? of|charged with|accused of|convicted of|indicted (?:for|on)|"
                                r"trial for|case (?:of|over|for)|guilty of|acquitted of|suspected of|"
                                r"accus(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?of|"
                                r"sanction(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,8}?(?:over|for)|"
                                r"(?:arrest(?:ed|s)?|detain(?:ed|s)?|held|questioned)\s+(?:[\w'’-]+\s+){0,5}?"
                                r"(?:over|for|in connection with))\s+"
                                r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_PROCEEDING_AFTER = re.compile(r"\s+(?:cases?|charges?|trials?|suspects?|investigations?|inquiry|inquest|probe|"
                               r"convictions?|indictments?|hearings?|defendants?|task force)\b", re.IGNORECASE)
_VIOLENT_NOUN = re.compile(r"(?:murder|killing|slaying|shooting|bombing|kidnapping|abduction|assault|attack|rape|"
                           r"assassination|massacre|arson)s?$", re.IGNORECASE)


@_rule("salience.legal_proceeding")
def _legal_proceeding(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    if not _VIOLENT_NOUN.search(trig.text):
        return None
    before = m.text[max(m.mention.sentence_span.start, trig.start - 60):trig.start]
    if _tells_harm(m.mention):
        return None  # "opened an inquiry once three traders were shot": the shooting is told
    if _PROCEEDING_BEFORE.search(before) or _PROCEEDING_AFTER.match(m.text, trig.end, m.mention.sentence_span.end):
        return "historical"
    return None


# a year that names the deed: "a 2013 air raid", "the 1979 hijacking", "Tuesday's attack" is none
_YEAR_OF_DEED = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


@_rule("salience.year_of_the_deed")
def _year_of_the_deed(m: Mentioned) -> str | None:
    """A deed named with an earlier year as its modifier ("died in a 2013 air raid", "suspected of
    the 1979 hijacking") is a past event the article recalls, whatever date the sentence otherwise gets."""
    trig = m.mention.trigger
    if m.published is None or not _NOUN_TRIGGER.search(trig.text):
        return None
    year = _YEAR_OF_DEED.search(m.text, max(m.mention.sentence_span.start, trig.start - 50), trig.start)
    return "historical" if year is not None and int(year.group("year")) < m.published.year else None


# the sentence tells a deed itself: "three traders were shot and killed", "killing at least ten"
_TELLS_HARM = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:\w+\s+){0,2}?(?:killed|shot|wounded|injured|murdered|"
                         r"kidnapped|abducted|beheaded|stabbed|hacked)|(?:killing|wounding|injuring)\s+(?:at least\s+)?"
                         r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|dozens|scores|hundreds))\b",
                         re.IGNORECASE)


def _tells_harm(m: CodedMention) -> bool:
    return bool(_TELLS_HARM.search(m.sentence_span.text))


def _own_date(m: CodedMention) -> bool:
    sent = m.sentence_span
    return m.date is not None and sent.start <= m.date.start < sent.end


_NAMES_A_KIND = re.compile(r"\s+(?:victims?|survivors?|suspects?|specialists?|experts?|sites?|scenes?|cases?|"
                           r"investigat\w+|probe|inquiry|squads?)\b", re.IGNORECASE)


# the harmed named as people: "families of the wounded", "care for the injured"
_THE_HARMED = re.compile(r"\b(?:of|for|to|with|among) the\s+$", re.IGNORECASE)


def _refers_back(m: CodedMention) -> bool:
    """A definite description of an event ("the bombing", "the embassy bombings"), a noun naming a kind
    of thing after it ("bombing victims") or the harmed named as people ("families of the wounded"),
    with no date of its own."""
    if _own_date(m):
        return False
    sent, trig = m.sentence_span, m.trigger
    if trig.text.lower() in ("wounded", "injured") and _THE_HARMED.search(sent.text[:trig.start - sent.start]):
        return True
    if not _NOUN_TRIGGER.search(trig.text):
        return False
    return m.anaphoric or bool(_NAMES_A_KIND.match(m.sentence_span.text, m.trigger.end - m.sentence_span.start))


@_rule("salience.definite_reference_unreported")
def _definite_reference_unreported(m: Mentioned) -> str | None:
    mention = m.mention
    if not _refers_back(mention) or mention.group in m.reported or mention.weight >= CODER_TAG_WEIGHT:
        return None
    if "\n" not in m.text.strip() or _tells_harm(mention):
        return None  # a lead or a note tells its own news; "ten were killed in the explosion" reports it
    return "historical"


def _decide(mentions: list[CodedMention], text: str, published: dt.date | None, rules: list[SalienceRule],
            business: bool, reported: frozenset[str], lead_reported: frozenset[str] = frozenset()
            ) -> list[CodedMention]:
    asserted = [m for m in mentions if m.modality == "asserted"]
    out = []
    for mention in mentions:
        if mention.modality != "asserted":
            out.append(mention)
            continue
        news_dated = any(o is not mention and _recent(o, published) and o.date is not None for o in asserted)
        ctx = Mentioned(mention, text, published, news_dated, business, reported, lead_reported)
        for rule in rules:
            decided = rule.fn(ctx)
            if decided is not None:
                mention = None if decided == NOT_AN_EVENT else replace(mention, modality=decided,
                                                                       modality_rule=rule.id)
                break
        if mention is not None:
            out.append(mention)
    return out


def apply(mentions: list[CodedMention], text: str, published: dt.date | None) -> list[CodedMention]:
    """The mentions with the modality the salience rules give them (the first rule that decides); the
    rules that read the whole article (what it reports itself) run on what the others left asserted."""
    business = len(_BUSINESS.findall(text)) >= BUSINESS_ARTICLE_MARKERS and not _HARM_WORDS.search(text)
    local = [r for r in RULES if r.id not in _ARTICLE_RULES]
    mentions = _decide(mentions, text, published, local, business, frozenset())
    # the kinds of event the article itself tells: an asserted mention of the news window that is not a
    # bare back-reference
    told = [m for m in mentions if m.modality == "asserted" and not _refers_back(m) and _recent(m, published)]
    reported = frozenset(m.group for m in told)
    end = lead_end(text)
    lead_reported = frozenset(m.group for m in told if m.trigger.start < end)
    article = [r for r in RULES if r.id in _ARTICLE_RULES]
    return _decide(mentions, text, published, article, business, reported, lead_reported)


_ARTICLE_RULES = frozenset({"salience.definite_reference_unreported", "salience.background_kind_not_in_lead",
                            "salience.background_undated_other_kind"})


# ---- article structure ----------------------------------------------------------------------

_HEADLINE = re.compile(r"\A[ \t]*(?P<h>[^\n]{3,160}?)[ \t]*\n[ \t]*\n")
_DATELINE = re.compile(r"(?:\A|\n)[ \t]*(?P<place>[A-Z][A-Za-z.'’-]*(?:[ \t-]+[A-Z][A-Za-z.'’-]*){0,3})"
                       r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?,[ \t]*[^\n()]{0,30}?"
                       r"(?:\([^()\n]{1,40}\))?[ \t]*(?:-|–|—|_)")
# the other dateline forms of wire and web news: "KABUL (Wire) -", "LAGOS -", "Nairobi —", "(Lima) –",
# "(Quito, May 3, 2021) –", a capitalised town before a colon ("HARGEISA: Police said …") and the towns
# of a story filed from two bureaus ("LIMA/SANTIAGO–", "KINSHASA/BEIJING－", full-width dash)
_DATELINE_SHORT = re.compile(r"(?:\A|\n)[ \t]*(?:\((?P<p1>[A-Z][A-Za-z.'’]*(?:[ \t-]+[A-Z][A-Za-z.'’]*){0,3})"
                             r"(?:,[^\n()]{1,30})?\)|(?P<p2>[A-Z][A-Za-z.'’]*(?:[ \t]+[A-Z][A-Za-z.'’]*){0,3})"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*(?:--|-|–|—)(?=\s)"
                             r"|(?:\A|\n)[ \t]*(?P<p3>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2})"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]"
                             r"|(?:\A|\n)[ \t]*(?P<p4>[A-Z][A-Z.'’-]+(?:[ \t]?/[ \t]?[A-Z][A-Z.'’-]+)+)"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--|–|—|－)")
# a town written in mixed case before a colon that opens the lead ("Washington: The State Department said
# …", "Kuala Lumpur, Malaysia: Police …"): a dateline only when a full lead sentence follows it on its line
# (a headline "Iraq: Masked assassins" or a label "Warning: …" is no lead)
_DATELINE_COLON = re.compile(r"(?:\A|\n)[ \t]*(?P<p5>[A-Z][a-z][A-Za-z.'’-]*(?:[ \t]+[A-Z][A-Za-z.'’-]*){0,2})"
                             r"(?:,[ \t]*[A-Z][A-Za-z.'’]*(?:[ \t]+[A-Z][A-Za-z.'’]*){0,2})?"
                             r"(?:[ \t]*\([^()\n]{1,40}\))?:[ \t]+(?P<lead>[A-Z][^\n]+)")
COLON_LEAD_WORDS = 12  # a lead sentence after the colon has at least this many words


def headline_end(text: str) -> int | None:
    """End of the headline: a first line without a full stop, set apart by a blank line."""
    m = _HEADLINE.match(text)
    if m is None or m.group("h").rstrip().endswith((".", "!", "?", ":", "\"", "”")) or len(m.group("h").split()) > 20:
        return None
    return m.end("h")


def dateline_place(text: str) -> tuple[int, int] | None:
    """Offsets of the place the story was filed from ("BAMAKO, March 10 (Reuters) -"), which names where
    the reporter is, not where the events it reports happened."""
    m = _DATELINE.search(text, 0, min(len(text), 400))
    if m is not None:
        return m.start("place"), m.end("place")
    m = _DATELINE_SHORT.search(text, 0, min(len(text), 400))
    if m is None:
        return _colon_dateline(text)
    group = next(g for g in ("p1", "p2", "p3", "p4") if m.group(g))
    return m.start(group), m.end(group)


def _colon_dateline(text: str) -> tuple[int, int] | None:
    """The mixed-case town of a dateline set off by a colon ("Srinagar: The government has revoked …"),
    when the line after it is a lead sentence (long, ending with a full stop or a closing quote) that more
    paragraphs follow, and the word is no coder's heading."""
    m = _DATELINE_COLON.search(text, 0, min(len(text), 400))
    if m is None or m.start("p5") >= 400 or not text[m.end():].strip():
        return None  # (a note of one paragraph has no dateline: "Looting: Cattle rustlers attacked …")
    lead = m.group("lead").rstrip()
    if len(lead.split()) < COLON_LEAD_WORDS or not lead.endswith((".", "\"", "”")) or \
            m.group("p5").lower() in _note_tags():
        return None
    return m.start("p5"), m.end("p5")


@lru_cache(maxsize=1)
def _note_tags() -> frozenset[str]:
    """A coder's headings ("Looting:", "Agreement:"), which open a note, not a dateline."""
    from .lexicon import note_tags
    return frozenset(note_tags()[1])


def fold_headline(mentions: list[CodedMention], text: str) -> list[CodedMention]:
    """A headline restates the lead: its mentions are dropped when the body reports an event of the same
    kind (the headline's figure and place are the lead's, told in fewer words)."""
    end = headline_end(text)
    if end is None:
        return mentions
    body = {m.group for m in mentions if m.trigger.start > end and m.modality == "asserted"}
    # a headline over a body that only recalls the deed ("Police name suspect in killing of journalist")
    # recalls it too: the body's mention and the rule that decided it speak for the headline
    recalled = {}
    for m in mentions:
        if m.trigger.start > end and m.modality != "asserted":
            recalled.setdefault(m.group, m)
    out = []
    for m in mentions:
        if m.trigger.start < end and m.group in body:
            continue
        if m.trigger.start < end and m.modality == "asserted" and m.group in recalled:
            m = replace(m, modality=recalled[m.group].modality, modality_rule=recalled[m.group].modality_rule)
        out.append(m)
    return out


# words that open a report of another event ("In a separate attack", "Elsewhere", "Meanwhile")
_ANOTHER_EVENT = re.compile(r"\b(?:separate(?:ly)?|another|other|elsewhere|meanwhile|also|second|earlier|later|"
                            r"previous(?:ly)?|the (?:next|following|same) day|in addition|similar|more)\b",
                            re.IGNORECASE)


def _continues_in_paragraph(m: CodedMention, first: CodedMention, own_date: bool) -> bool:
    """A later sentence of the lead's paragraph that tells more of the same event: same kind, no date
    of its own that differs, no word that opens another event."""
    if m.sentence <= first.sentence or _ANOTHER_EVENT.search(m.sentence_span.text):
        return False
    if own_date and first.date is not None and m.date is not None and m.date.value != first.date.value:
        return False
    return True


# a wire story elaborates its lead in the next few paragraphs; a long report goes on to other events
CONTINUES_WITHIN_PARAGRAPHS = 3
CONTINUES_WITHIN_SENTENCES = 10


# "The attack, north of the capital, came as the army …": what follows "came as" is another matter
_CAME_AS = re.compile(r"\b(?:came|comes|come|occurred|happened)\s+(?:\w+\s+)?(?:as|amid|after|before|while|when|"
                      r"days after|hours after|a day after|a week after|just)\b", re.IGNORECASE)


def _part_of_latest(m: CodedMention, text: str, last_group: str, paragraphs_after: int) -> CodedMention:
    """A later undated mention that tells part of the article's latest event: a back-reference whose
    sentence turns to another matter ("The attack … came as the governors met in Abuja": Abuja is the
    meeting's), damage told after a violent event ("They burned the market", a witness said), or the
    weapons seized after it ("Two rifles were seized")."""
    if m.anaphoric and m.group == last_group:
        came = _CAME_AS.search(text, m.trigger.end, m.sentence_span.end)
        if came is None:
            return m
        coarse = m.date is not None and m.date.precision > 1
        place_after = m.place_span is not None and m.place_span.start >= came.start()
        return replace(m, place=None if place_after else m.place, place_span=None if place_after else m.place_span,
                       date=None if coarse else m.date, continues=True)
    sent = m.sentence_span
    lent_place = m.place_span is None or not (sent.start <= m.place_span.start < sent.end)
    if m.family in ("loot", "disrupt") and last_group == "violent" \
            and 0 <= paragraphs_after <= CONTINUES_WITHIN_PARAGRAPHS and lent_place:
        # (weapons seized after a gunfight are the fight's spoils, no development of their own)
        return replace(m, group=last_group, continues=True, date=None)
    return m


# a person named again by a pronoun or a role noun ("He was beaten", "The man, 29, was shot")
_ROLE_REFERENCE = re.compile(r"^(?:he|she|they|him|her|them|the (?:[\w-]+ )?(?:man|woman|boy|girl|teenager|youth|"
                             r"student|victim|suspect|detainee|prisoner|driver|rider|officer|child|worker|vendor|"
                             r"father|mother|son|daughter))\b", re.IGNORECASE)


_CROWD_WORDS = re.compile(r"^(?:them|they|the (?:[\w-]+ )?(?:crowds?|protesters|demonstrators|marchers|students|"
                          r"strikers|workers|gathering|rally|march))\b", re.IGNORECASE)


def _forces_on_the_crowd(m: CodedMention) -> bool:
    """The state's forces firing, charging or beating with no victim named but the crowd ("Police opened
    fire after some of them climbed the gate"): force used on the demonstration told before."""
    if m.actor1 is None or m.actor1.type != 1:
        return False
    return m.actor2_evidence is None or bool(_CROWD_WORDS.match(m.actor2_evidence.text))


def _told_of_the_one_recalled(m: CodedMention, recalled: CodedMention | None, text: str) -> bool:
    """A later sentence with no date of its own, in the recall's paragraph or the next, that tells the
    recalled deed again and names whom it befell only by a role noun or a pronoun ("The man, 29, was shot
    six times"): more of the recalled deed."""
    if recalled is None or m.sentence <= recalled.sentence or _own_date(m):
        return False
    if text.count("\n\n", recalled.sentence_span.end, m.sentence_span.start) > 1:
        return False
    victim = m.actor2_evidence
    return victim is not None and bool(_ROLE_REFERENCE.match(victim.text)) and m.family in ("kill", "attack")


def continues_lead(mentions: list[CodedMention], text: str) -> list[CodedMention]:
    """One event per real-world event: a mention in a later paragraph that names no date of its own
    continues the article's earlier event of the same kind ("Police said officers had acted in
    self-defence after demonstrators threw stones"), as a definite reference would."""
    out: list[CodedMention] = []
    seen: dict[str, int] = {}  # group -> paragraph of its first asserted mention
    last_group = None
    recalled: dict[str, CodedMention] = {}  # group -> its background mention
    firsts: dict[str, CodedMention] = {}  # group -> its first asserted mention
    for m in mentions:
        if m.modality == "historical":
            recalled.setdefault(m.group, m)
        elif (m.anaphoric or _told_of_the_one_recalled(m, recalled.get(m.group), text)) and m.group not in seen \
                and m.group in recalled:
            # "… the anniversary of the 1998 bombing. 'I lost my sight in the blast'": the blast is the bombing;
            # "… shot dead by police in 2023. The man was shot six times …": the man is the one recalled
            m = replace(m, modality=recalled[m.group].modality, modality_rule=recalled[m.group].modality_rule)
        para = text.count("\n\n", 0, m.trigger.start)
        # a date of its own: read in its paragraph, not lent by the lead or the dateline
        own_date = m.date is not None and text.count("\n\n", 0, m.date.start) == para \
            and m.date.start >= (headline_end(text) or 0)
        if m.modality == "asserted" and last_group is not None and (
                not own_date or (m.anaphoric and m.date.precision > 1)):
            # ("The raid, the third this year, came as …": a coarser date is the series', not the raid's)
            m = _part_of_latest(m, text, last_group, para - seen[last_group])
        if m.modality == "asserted" and not own_date and last_group is not None and m.group == "violent" \
                and last_group == "demo" and m.family in ("kill", "attack") \
                and (m.actor1_evidence is None or (m.actor1 is not None and m.actor1.type in (5, 6, 7))
                     or _forces_on_the_crowd(m)) \
                and para > seen[last_group]:
            # "At least 20 workers were injured, a union leader said": the demonstration's casualties;
            # "Police opened fire after some of them climbed the gate": the force used on its crowd
            m = replace(m, group=last_group)
        if m.modality == "asserted" and m.group in ("violent", "demo", "strategic:Arrests") and m.group in seen \
                and 0 < para - seen[m.group] <= CONTINUES_WITHIN_PARAGRAPHS and m.sentence <= CONTINUES_WITHIN_SENTENCES \
                and not own_date:
            # the date it was given by default (the lead's, the dateline's) is the event's own
            m = replace(m, anaphoric=True, date=None)
        elif m.modality == "asserted" and m.group in firsts and para == seen[m.group] and m.group != "strategic:Arrests" \
                and m.group in ("violent", "demo") and _continues_in_paragraph(m, firsts[m.group], own_date):
            m = replace(m, anaphoric=True, continues=True, date=m.date if own_date else None)
        if m.modality == "asserted":
            seen.setdefault(m.group, para)
            firsts.setdefault(m.group, m)
            last_group = m.group
        out.append(m)
    return out


def headline_casualties_dropped(casualties, text: str, sentences) -> tuple:
    """The body's casualty figures without the headline's ("Dozens killed in …" restates the lead's
    "at least 30"), when the body gives any."""
    end = headline_end(text)
    if end is None:
        return tuple(casualties)
    in_head = [c for c in casualties if sentences[c.sentence].start < end]
    body_kinds = {c.kind for c in casualties if sentences[c.sentence].start >= end}
    return tuple(c for c in casualties if c not in in_head or c.kind not in body_kinds)


# ---- ranking the article's events: its news above its follow-ups ----------------------------

# a paragraph of fewer words is a byline, a credit or a teaser ("Spread This News", "By Jo Smith"), not the lead
LEAD_MIN_WORDS = 12
LEAD_BONUS = 0.1  # the event the headline or the lead tells
OUTSIDE_PENALTY = 0.15  # an event placed outside the country the story is about


def lead_end(text: str) -> int:
    """End of the lead: the first paragraph of the body (after the headline) long enough to be prose."""
    at = headline_end(text) or 0
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[at:]):
        if len(m.group(0).split()) >= LEAD_MIN_WORDS:
            return at + m.end()
    return len(text)


def rank_events(events: list, firsts: list[int], text: str, story_iso3: str | None) -> list:
    """The article's events with their confidence ranked as a news story tells them (``article_rules``):
    the violent or demonstration event of the headline or the lead above the follow-ups, and an event in
    the story's own country above one abroad. ``firsts`` holds each event's first asserted mention's
    offset. An article of one event, or whose events all share the lead and the country, is unchanged."""
    from .classify import article_rules as ar
    if len(events) < 2:
        return events
    end = lead_end(text)
    # (a follow-up the lead tells, an arrest or a statement, does not outrank the violence it follows)
    in_lead = [e.modality == "asserted" and first < end and e.event_type != "Strategic developments"
               for e, first in zip(events, firsts)]
    abroad = [story_iso3 is not None and e.location is not None and bool(e.location.iso3)
              and e.location.iso3 != story_iso3 for e in events]
    out = []
    for e, lead, away in zip(events, in_lead, abroad):
        score, rules = e.confidence, list(e.rules)
        if lead and not all(in_lead):
            score, rules = score + LEAD_BONUS, rules + [ar.LEAD_EVENT]
        if away and not all(abroad):
            score, rules = score - OUTSIDE_PENALTY, rules + [ar.OUTSIDE_STORY_COUNTRY]
        out.append(replace(e, confidence=round(max(0.0, min(1.0, score)), 3), rules=tuple(rules))
                   if score != e.confidence else e)
    return out

from . import news_background  # noqa: E402,F401  (the background rules of full articles join RULES)
from . import police_readings  # noqa: E402,F401  (the police deeds of an earlier year join RULES)

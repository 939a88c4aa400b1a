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
from dataclasses import dataclass, replace
from typing import Callable

from .merge import CodedMention

SALIENCE_VERSION = "salience.rules.v1"
NOT_AN_EVENT = "dropped"
CODER_TAG_WEIGHT = 0.97  # a coder's own "Agreement:" heading, which names the type outright

# a date this many days before publication is another time than the news ("last month", "in March")
STALE_AFTER_DAYS = 31

# a definite mention governed by a reaction or a reference to a known event
_REFERENCE_CUE = re.compile(
    r"\b(?:condemn\w*|denounc\w*|deplor\w*|mourn\w*|(?:paid|pays|pay|paying) (?:\w+ )?tribute|investigat\w*|"
    r"probe|probing|inquiry|inquest|reward|in connection with|connected (?:to|with)|in the aftermath of|"
    r"in the wake of|aftermath|anniversary|memorial|commemorat\w*|trial|tried|charged|indicted|convicted|"
    r"sentenced|acquitted|suspected in|suspects? (?:in|of)|warrants? for|wanted (?:for|in)|questioning (?:in|about)|architect of|mastermind\w* of|"
    r"responsible for|victims? of|survivors? of|families of|compensation|condolences|since|ever since|recalled|"
    r"remember\w*|the (?:latest|last) in|similarities between)\b[^.;:]{0,70}$", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|last \w+'s|\w+'s)\s+(?:[\w-]+\s+){0,4}$",
                       re.IGNORECASE)
_NOUN_TRIGGER = re.compile(r"(?:attack|bombing|blast|explosion|killing|murder|slaying|shooting|assassination|"
                           r"massacre|kidnapping|abduction|clash|riot|protest|violence|strike|raid|ambush|"
                           r"arrest|death|assault|incident)s?$", re.IGNORECASE)


@dataclass(frozen=True)
class Mentioned:
    """What a salience rule reads: the mention, the article text and its publication date."""

    mention: CodedMention
    text: str
    published: dt.date | None
    news_dated: bool  # another asserted mention of the article is dated within the news window
    business: bool = False  # the article is market or company news (several business markers)


@dataclass(frozen=True)
class SalienceRule:
    id: str
    convention: str
    examples: tuple[str, ...]
    fn: Callable[[Mentioned], str | None]


RULES: list[SalienceRule] = []


def _rule(rule_id: str, convention: str, examples: tuple[str, ...]):
    def register(fn: Callable[[Mentioned], str | None]):
        RULES.append(SalienceRule(rule_id, convention, examples, fn))
        return fn
    return register


@_rule("salience.recalled_by_reaction",
       "An event named with a definite article as the object of a reaction or a reference (condemned, "
       "mourned, investigated, a trial, a reward, an anniversary) is recalled, not reported: the article's "
       "news is the reaction (ACLED codes the report of the event itself).",
       ("The Security Council condemned the bombing of the embassies.",
        "A reward is offered for information leading to the arrest of those behind the killing."))
def _recalled_by_reaction(m: Mentioned) -> str | None:
    mention = m.mention
    trig = mention.trigger
    if not _NOUN_TRIGGER.search(trig.text):
        return None
    before = m.text[max(mention.sentence_span.start, trig.start - 90):trig.start]
    if not _DEFINITE.search(before[-40:]) or not _REFERENCE_CUE.search(before):
        return None
    return "historical"


_SUMMARY_SPAN = re.compile(r"\b(?:in recent (?:days|weeks|months)|(?:over|in|during) the (?:past|last) (?:few |several )?"
                           r"(?:days|weeks|months)|in the days since|for (?:days|weeks|months)(?: now)?|"
                           r"(?:has|have) spread to|for (?:several |many |some |the past |the last )?(?:years|decades))\b", re.IGNORECASE)


@_rule("salience.summary_of_recent_days",
       "A sentence that sums up the days or weeks before (\"protests spread to Mombasa in recent days\") "
       "tells no single event of its own when the article reports a dated one; ACLED codes each event on "
       "its day.",
       ("Police fired tear gas at marchers on Tuesday. Protests spread to other towns in recent days.",))
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


@_rule("salience.judicial_finding",
       "What a court, a prosecutor or an indictment finds or alleges tells the past deeds on trial, not news "
       "of violence: the news is the proceeding.",
       ("The court found that troops under his command had shelled the town.",))
def _judicial_finding(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    return "historical" if _FINDING.search(m.text, m.mention.sentence_span.start, trig.start) else None


_BUSINESS = re.compile(r"\b(?:Inc|Corp|PLC|Ltd|N\.V|S\.A)\b|\bCo\.|\$\s?\d|\b\d+(?:\.\d+)? (?:cents|percent)\b|"
                       r"\b(?:shares|stocks|shareholders?|investors?|takeover|merger|acquisitions?|dividends?|"
                       r"revenues?|profits?|earnings|turnover|bidders?|tender offer|bonds|brokerage|fiscal)\b")
_HARM_WORDS = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|gunm[ae]n|bomb\w*|explo\w+|attack\w*|"
                         r"clash\w*|kidnap\w*|abduct\w*|ransom|shot|fired|arrest\w*|riot\w*|march\w*|protest\w*|"
                         r"demonstrat\w*|police|troops|soldiers|rebels|militants|militia\w*|looted|burn\w*)\b",
                         re.IGNORECASE)


@_rule("salience.business_news",
       "Markets, companies and their deals are not political violence, protest or a strategic development of "
       "a conflict: a trigger word in a sentence about shares, prices or firms (\"a takeover battle\", "
       "\"Shell eased 1 to 416\", \"assets fell to $2 billion\") with no one harmed makes no event.",
       ("GM marked its first salvo in a full-scale battle against Ford Motor Co. for control of Jaguar.",
        "Assets as of Sept. 30 fell to $2.46 billion."))
def _business_news(m: Mentioned) -> str | None:
    sent = m.mention.sentence_span.text
    if m.mention.weight >= CODER_TAG_WEIGHT or _HARM_WORDS.search(sent):
        return None
    if _BUSINESS.search(sent):
        return NOT_AN_EVENT
    if m.business and m.mention.group.startswith("strategic:") and m.mention.family in _EVERYDAY_FAMILIES:
        # ("The company's president quit suddenly", "Investors welcomed the move" in a story about a firm)
        return NOT_AN_EVENT
    return None


# strategic families whose triggers are everyday words of business and diplomacy ("agreed to buy")
_EVERYDAY_FAMILIES = frozenset({"plover", "agree", "change", "other"})
BUSINESS_ARTICLE_MARKERS = 3


# a sentence framed in a past period: "Since 1985 …", "Over the past decade …", "In the last five years …"
_PAST_FRAME = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:since\s+(?:\d{4}|the\s+\d{4}s|the (?:start|beginning|end) of)|"
                         r"ever since|over the (?:past|last) (?:\w+ )?(?:years?|decades?|months)|"
                         r"in the (?:past|last) (?:\w+ )?(?:years?|decades?)|for (?:years|decades)|"
                         r"between \d{4} and \d{4}|in the (?:19|20)\d0s)\b", re.IGNORECASE)
# a past named relative to the report: "last month", "last February", "a year ago", "in 1995"
_RELATIVE_PAST = re.compile(r"\b(?:last|a|one|two|three|several|many)\s+(?:month|year|fall|autumn|spring|summer|winter|"
                            r"january|february|march|april|may|june|july|august|september|october|november|"
                            r"december|years?|months?)\b(?:\s+ago)?|\bin\s+(?:19|20)\d\d\b|\bthis year\b",
                            re.IGNORECASE)


@_rule("salience.past_frame",
       "A sentence framed in a past period (\"Since 1985, nearly 200 soldiers have been killed\"), or dated by a "
       "past the report names relative to itself (\"last month\", \"a year ago\") more than a month back in an "
       "article whose news is dated within that month, tells history, not the news.",
       ("Since 1985 nearly 200 soldiers have been killed fighting guerrillas.",
        "Last month an off-duty policeman was killed when a bomb exploded at another clinic."))
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


@_rule("salience.sought_or_threatened",
       "An arrest sought (a warrant, a reward for information leading to it), or a strike threatened, "
       "feared or possible, has not happened: its modality is future or hypothetical.",
       ("Authorities issued an arrest warrant for the suspect.",
        "She referred to the threat of air strikes if he does not agree."))
def _sought_or_threatened(m: Mentioned) -> str | None:
    trig = m.mention.trigger
    before = m.text[max(m.mention.sentence_span.start, trig.start - 60):trig.start]
    if _SOUGHT.search(before) or re.match(r"\s*warrants?\b", m.text[trig.end:trig.end + 12]):
        return "future"
    return None


# strategic families whose triggers are everyday words of business and diplomacy ("agreed to buy")
_EVERYDAY_FAMILIES = frozenset({"plover", "agree", "change", "other"})
NOT_AN_EVENT = "dropped"


def _recent(mention: CodedMention, published: dt.date | None) -> bool:
    d = mention.date
    return d is None or d.high is None or published is None or (published - d.high).days <= STALE_AFTER_DAYS


def apply(mentions: list[CodedMention], text: str, published: dt.date | None) -> list[CodedMention]:
    """The mentions with the modality the salience rules give them (the first rule that decides)."""
    asserted = [m for m in mentions if m.modality == "asserted"]
    business = len(_BUSINESS.findall(text)) >= BUSINESS_ARTICLE_MARKERS and not _HARM_WORDS.search(text)
    out = []
    for mention in mentions:
        if mention.modality != "asserted":
            out.append(mention)
            continue
        news_dated = any(o is not mention and _recent(o, published) and o.date is not None for o in asserted)
        ctx = Mentioned(mention, text, published, news_dated, business)
        for rule in RULES:
            decided = rule.fn(ctx)
            if decided is not None:
                mention = None if decided == NOT_AN_EVENT else replace(mention, modality=decided,
                                                                       modality_rule=rule.id)
                break
        if mention is not None:
            out.append(mention)
    return out


# ---- article structure ----------------------------------------------------------------------

_HEADLINE = re.compile(r"\A[ \t]*(?P<h>[^\n]{3,160}?)[ \t]*\n[ \t]*\n")
_DATELINE = re.compile(r"(?:\A|\n)[ \t]*(?P<place>[A-Z][A-Za-z.'’-]*(?:[ \t-]+[A-Z][A-Za-z.'’-]*){0,3})"
                       r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?,[ \t]*[^\n()]{0,30}?"
                       r"(?:\([^()\n]{1,40}\))?[ \t]*(?:-|–|—|_)")


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
    return (m.start("place"), m.end("place")) if m is not None else None


def fold_headline(mentions: list[CodedMention], text: str) -> list[CodedMention]:
    """A headline restates the lead: its mentions are dropped when the body reports an event of the same
    kind (the headline's figure and place are the lead's, told in fewer words)."""
    end = headline_end(text)
    if end is None:
        return mentions
    body = {m.group for m in mentions if m.trigger.start > end and m.modality == "asserted"}
    return [m for m in mentions if not (m.trigger.start < end and m.group in body)]


# words that open a report of another event ("In a separate attack", "Elsewhere", "Meanwhile")
_ANOTHER_EVENT = re.compile(r"\b(?:separate(?:ly)?|another|other|elsewhere|meanwhile|also|second|earlier|later|"
                            r"previous(?:ly)?|the (?:next|following|same) day|in addition|similar|more)\b",
                            re.IGNORECASE)


def _continues_in_paragraph(m: CodedMention, first: CodedMention, own_date: bool) -> bool:
    """A later sentence of the lead's paragraph that tells more of the same event: same kind, no date
    of its own that differs, no word that opens another event."""
    if m.sentence <= first.sentence or _ANOTHER_EVENT.search(m.sentence_span.text):
        return False
    if own_date and first.date is not None and m.date.value != first.date.value:
        return False
    return True


# a wire story elaborates its lead in the next few paragraphs; a long report goes on to other events
CONTINUES_WITHIN_PARAGRAPHS = 3
CONTINUES_WITHIN_SENTENCES = 10


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
        elif m.anaphoric and m.group not in seen and m.group in recalled:
            # "… the anniversary of the 1998 bombing. 'I lost my sight in the blast'": the blast is the bombing
            m = replace(m, modality=recalled[m.group].modality, modality_rule=recalled[m.group].modality_rule)
        para = text.count("\n\n", 0, m.trigger.start)
        # a date of its own: read in its paragraph, not lent by the lead or the dateline
        own_date = m.date is not None and text.count("\n\n", 0, m.date.start) == para \
            and m.date.start >= (headline_end(text) or 0)
        if m.modality == "asserted" and not own_date and last_group is not None and m.group == "violent" \
                and last_group == "demo" and m.family in ("kill", "attack") \
                and (m.actor1_evidence is None or (m.actor1 is not None and m.actor1.type in (5, 6, 7))) \
                and para > seen[last_group]:
            # "At least 20 workers were injured, a union leader said": the demonstration's casualties
            m = replace(m, group=last_group)
        if m.modality == "asserted" and m.group in ("violent", "demo") and m.group in seen \
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

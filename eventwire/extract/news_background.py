"""Background paragraphs of a full news article: the mentions after the lead that recall another time.

A wire story reports its news in the headline and the lead; the paragraphs after them recall what led
up to it: earlier deeds with their months and years, the toll of the war, the year's totals, habits and
trends.  These rules (declared in ``classify/news_background_rules.py``) give such a mention the
``historical`` modality, so it makes no event of its own (``--all-modalities`` shows it).  They read
only articles laid out as news stories (a headline or a dateline, and a body after the lead), and most
only mentions after the lead: a coder's note or a lone news lead tells its own news, whatever its date.
"""
from __future__ import annotations

import functools
import re

from . import salience
from .classify.news_background_rules import DECLARED
from .classify.salience_rules import NOT_AN_EVENT
from .salience import Mentioned, SalienceRule

# a mention dated more than this many days before the story's publication is another time than the news
STALE_AFTER_DAYS = salience.STALE_AFTER_DAYS
_WAR = (r"(?:civil war|war|conflict|insurgency|rebellion|uprising|crackdown|campaign|violence|fighting|unrest|"
        r"hostilities|offensive|siege|occupation)")
_LENGTH = (r"(?:\w+-(?:year|month|decade)|(?:year|decade|month|week)s?-long|long-running|decades-old|"
           r"\d+-(?:year|month))")
# a toll summed over a war, a campaign or a period; a habit; a trend
_AGGREGATE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+(?:\w+\s+)?{_LENGTH}\s+(?:\w+\s+)?{_WAR}\b"
    rf"|\b(?:{_WAR}|clashes|attacks|raids|protests|killings)\s+(?:that|which)\s+(?:began|broke out|erupted|"
    rf"started|followed)\b"
    rf"|\bduring\s+(?:[\w'’-]+\s+){{0,4}}?{_WAR}\b|\b{_WAR}\b[^.;]{{0,60}}?\b(?:during|in) which\b"
    r"|\bin the (?:first|second|third|fourth|last|past) (?:quarter|half|months?|weeks?|year)\b"
    r"|\bover the (?:past|last)\b|\bin (?:recent|the past|the last) (?:\w+ )?(?:years|months|decades)\b"
    r"|\b(?:so far |earlier )?this year\b|\bsince\s+(?:then|the\s|\d{4}\b|\w+ \d{4}\b)"
    r"|\b(?:every|each)\s+(?:few\s+|other\s+|single\s+)?(?:day|week|month|year)s?\b"
    r"|\b(?:is|are|was|were|remain|remains) (?:among|one of) the (?:deadliest|worst|bloodiest|most)\b"
    # a war named by its years ("the 1992-95 war", "the 2020 conflict"): its toll is a sum, not a deed
    rf"|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:[\w'’-]+\s+)?{_WAR}s?\b"
    r"|\b(?:has|have) (?:spread|increased|risen|surged|grown|intensified|escalated|multiplied|become (?:more )?"
    r"(?:common|frequent))\b",
    re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _lead_end(text: str) -> int | None:
    """End of the lead of a news story laid out as one (a headline or a dateline, and a body after its
    lead paragraph), else None; read once per article, not once per mention and rule."""
    if "\n" not in text.strip():
        return None
    end = salience.lead_end(text)
    if end < len(text.rstrip()) and (salience.headline_end(text) is not None
                                     or salience.dateline_place(text) is not None):
        return end
    return None


def _structured(text: str) -> bool:
    return _lead_end(text) is not None


def _after_lead(m: Mentioned) -> bool:
    end = _lead_end(m.text)
    return end is not None and m.mention.trigger.start >= end


def _own_date(m: Mentioned):
    sent, d = m.mention.sentence_span, m.mention.date
    return d if d is not None and sent.start <= d.start < sent.end else None


def _stale(d, published) -> bool:
    if published is None or d is None or d.high is None:
        return False
    if (published - d.high).days > STALE_AFTER_DAYS:
        return True
    # a month or a year that ended before the story's month began ("in 2023" in a January 2024 story)
    return d.precision >= 3 and d.high < published.replace(day=1)


def _register(rule_id: str):
    value, convention, examples = DECLARED[rule_id]

    def register(fn):
        salience.RULES.append(SalienceRule(rule_id, value, convention, examples, fn))
        return fn
    return register


@_register("salience.background_stale_date")
def _background_stale_date(m: Mentioned) -> str | None:
    """A month, a season or a year ("in April", "last July") dates a recollection; a day ("on 10 October")
    dates an occurrence a report may be the first to tell, and is coded as told."""
    if not _after_lead(m):
        return None
    d = _own_date(m)
    return "historical" if d is not None and d.precision > 1 and _stale(d, m.published) else None


@_register("salience.background_aggregate")
def _background_aggregate(m: Mentioned) -> str | None:
    if not _after_lead(m):
        return None
    d = _own_date(m)
    if d is not None and d.precision == 1 and not _stale(d, m.published):
        return None  # "on Wednesday, the worst attack there since 2019": the day's news
    return "historical" if _AGGREGATE.search(m.mention.sentence_span.text) else None


# a deed told as the start of a span that has lasted since ("eight years since troops drove the group out",
# "three years after a teenager's death in Nanterre set off nationwide riots")
_YEARS_SINCE = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|several|many)\s+"
                          r"(?:years|decades|months)\s+(?:since|after)\s+(?:[\w'’-]+\s+){0,8}$", re.IGNORECASE)


@_register("salience.years_since")
def _years_since(m: Mentioned) -> str | None:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if not _structured(m.text):
        return None
    return "historical" if _YEARS_SINCE.search(m.text, max(sent.start, trig.start - 80), trig.start) else None


def _whole_year(d) -> bool:
    return d is not None and d.low is not None and d.high is not None and (d.low.month, d.low.day) == (1, 1) \
        and (d.high.month, d.high.day) == (12, 31) and d.low.year == d.high.year


@_register("salience.background_year_total")
def _background_year_total(m: Mentioned) -> str | None:
    if not _structured(m.text) or m.published is None:
        return None
    d = _own_date(m)
    return "historical" if _whole_year(d) and d.high.year < m.published.year else None


# a tally of a report: a count over a period the sentence points back to, or a number that rose or fell
_TALLY = re.compile(
    r"\b(?:over|in|during|for|across) (?:the|that|this) (?:same )?(?:period|span|quarter|half[- ]year|months|year(?! \d))\b"
    r"|\bthe (?:number|count|toll|tally) of (?:[\w-]+ ){0,4}?(?:killed|dead|deaths|wounded|injured|shot|arrested|"
    r"attacks|killings|incidents|shootings|abductions|kidnappings)\b[^.;]{0,50}?\b(?:rose|fell|declined|dropped|"
    r"increased|decreased|doubled|halved|went (?:up|down)|climbed|also (?:fell|rose|declined|dropped))\b"
    r"|\b(?:more than |over |nearly |some )?(?:\d[\d,]*|hundreds|thousands|dozens) (?:of )?complaints\b",
    re.IGNORECASE)


@_register("salience.report_tally")
def _report_tally(m: Mentioned) -> str | None:
    """"Officers killed 14 suspects in gun battles over the period", "the number of officers killed rose":
    a tally a report sums, in a story laid out as news."""
    if m.mention.group not in _VIOLENT_OR_DEMO or not _structured(m.text):
        return None
    words = m.mention.sentence_span.text
    if _TALLY.search(words):
        return "historical"
    # "questioned the number of suspects killed": the count named as a subject of its own, with no date
    return "historical" if _COUNT_OF.search(words) and _own_date(m) is None else None


_COUNT_OF = re.compile(r"\bthe (?:number|count|tally) of (?:[\w-]+ ){0,3}?(?:killed|dead|shot|arrested|detained)\b",
                       re.IGNORECASE)


# the deed is named as what the news answers: "after a drone attack …", "in retaliation for last week's bombing"
_CAUSE_BEFORE = re.compile(r"\b(?:after|following|in (?:retaliation|response|reprisal|revenge) (?:for|to)|to avenge)"
                           r"\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
CAUSE_REACH = 60  # characters before the deed in which its cause word is read (and after it, its time)
# an earlier week or month named beside the deed: "last week's bombing", "an ambush … last month"
_EARLIER_TIME = re.compile(r"\b(?:last|previous|the previous) (?:week|month)(?:'s|’s)?\b"
                           r"|\bearlier this (?:month|year)\b|\b(?:\w+ )?(?:weeks|months) ago\b", re.IGNORECASE)


# an earlier time that owns the deed's noun ("last month's mob attack") or follows its verb at once ("who
# was arrested last October", "detained two years ago")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_EARLIER_OWNER = re.compile(r"\b(?:last|previous) (?:week|month|year)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_EARLIER_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:last (?:year|{_MONTHS})|in (?:(?:{_MONTHS}|early|late) )?"
                            r"(?P<year>(?:19|20)\d\d)|(?:\w+|\d+) (?:years|months) ago)\b")


@_register("salience.deed_owned_by_earlier_time")
def _deed_owned_by_earlier_time(m: Mentioned) -> str | None:
    """A deed named by the earlier week, month or year it belongs to ("accused of leading last month's mob
    attack") or dated by the words right after it to an earlier year or month ("an activist who was arrested
    last October"): that time's occurrence, recalled, in a story laid out as news."""
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if m.mention.group not in _VIOLENT_OR_DEMO | {"strategic:Arrests"} or not _structured(m.text) \
            or m.published is None:
        return None
    if _EARLIER_OWNER.search(m.text, max(sent.start, trig.start - 40), trig.start):
        return "historical"
    after = _EARLIER_AFTER.match(m.text, trig.end, sent.end)
    if after is None:
        return None
    year = after.group("year")
    return "historical" if year is None or int(year) < m.published.year else None


@_register("salience.named_cause_of_earlier_time")
def _named_cause_of_earlier_time(m: Mentioned) -> str | None:
    """A deed named as the cause of the news and dated to an earlier week or month than the story's
    ("after a drone attack on a market near Ansongo last month")."""
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if m.mention.group not in _VIOLENT_OR_DEMO or not _structured(m.text) or m.published is None:
        return None
    if not _CAUSE_BEFORE.search(m.text, max(sent.start, trig.start - CAUSE_REACH), trig.start):
        return None
    if _EARLIER_TIME.search(m.text, max(sent.start, trig.start - 20), min(sent.end, trig.end + CAUSE_REACH)):
        return "historical"
    d = _own_date(m)
    if d is None or d.precision < 2 or d.high is None:
        return None
    return "historical" if (m.published - d.high).days > 1 else None


# a bare noun of a deed opening its sentence or quotation, the subject of a statement about the kind
_KIND_VERB = re.compile(r"\s+(?:is|are|remains|remain|has become|have become|was never|is never|has no)\b", re.IGNORECASE)


@_register("salience.generic_subject")
def _generic_subject(m: Mentioned) -> str | None:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    before = m.text[sent.start:trig.start]
    if before.strip(" \t\n\"“‘'`") or not trig.text[:1].isupper():
        return None
    return NOT_AN_EVENT if _KIND_VERB.match(m.text, trig.end, sent.end) else None


def recalled_sentences(mentions, owned: dict[int, int], sentences) -> set[int]:
    """Of ``sentences`` (those with casualty figures), the ones whose figures are a recalled deed's: the
    sentence's mentions of violence are all recalled (not asserted) and no event owns it, or it has no
    mention and the nearest sentence before it with one is such a sentence ("In October 2020, soldiers
    opened fire on protesters at the gate. Amnesty counted at least 10 dead."); they are not lent to the
    nearest event before them (``fatalities.exclude.recalled_sentence``)."""
    asserted = {m.sentence for m in mentions if m.modality == "asserted"}
    recalled = {m.sentence for m in mentions if m.modality != "asserted" and m.group in ("violent", "demo")
                and m.sentence not in asserted and m.sentence not in owned}
    told = sorted({m.sentence for m in mentions})
    out = set()
    for k in sentences:
        if k in owned:
            continue
        prior = [t for t in told if t <= k]
        if prior and prior[-1] in recalled:
            out.add(k)
    return out


# how a story marks what it recalls or relays rather than reports: the past perfect ("officers had been
# attacked"), an allegation or a claim ("saying", "accusing them of"); a quotation is read apart
_RECALL_CLAUSE = re.compile(r"(?:\b(?:had|hadn['’]t)|['’]d)\s+(?:[\w'’-]+\s+){0,5}$"
                            r"|\b(?:saying|alleging|alleged that|claiming|claimed that|accus(?:ed|es|ing)\s+"
                            r"(?:[\w'’-]+\s+){1,4}?of)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)


# the length of a hard-news wire story (most run 300 to 700 words); a longer feature or profile tells its
# news where its narrative puts it, not in the lead
HARD_NEWS_MAX_WORDS = 800


@functools.lru_cache(maxsize=16)
def _hard_news_length(text: str) -> bool:
    return len(text.split()) <= HARD_NEWS_MAX_WORDS


def _recall_marked(m: Mentioned) -> bool:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    # the paragraph, not the sentence: a quotation often runs over several sentences
    start = m.text.rfind("\n", 0, trig.start) + 1
    end = m.text.find("\n", trig.end)
    paragraph = m.text[start:end if end >= 0 else len(m.text)]
    if salience.quoted_span(paragraph, trig.start - start) is not None:
        return True
    return _RECALL_CLAUSE.search(m.text, max(sent.start, trig.start - 90), trig.start) is not None


@_register("salience.background_kind_not_in_lead")
def _background_kind_not_in_lead(m: Mentioned) -> str | None:
    """A deed told after the lead, of a kind the headline and the lead report nothing of, in the past
    perfect, in a speaker's words or as someone's allegation, with no day of its own in the news: the
    background or the reactions of a story whose news is something else (a verdict, a report, a ban)."""
    if not _after_lead(m) or m.mention.group in m.lead_reported or not _hard_news_length(m.text):
        return None
    d = _own_date(m)
    if d is not None and not _stale(d, m.published):
        return None
    return "historical" if _recall_marked(m) else None


def _dated_in_paragraph(m: Mentioned) -> bool:
    """The mention carries a date told in its own paragraph, before its sentence's end ("On Tuesday, gunmen
    stopped two trucks. They shot both drivers" dates the second deed too)."""
    d, sent = m.mention.date, m.mention.sentence_span
    if d is None:
        return False
    start = m.text.rfind("\n", 0, m.mention.trigger.start) + 1
    return start <= d.start < sent.end


# the mentions these rules read: violence and demonstrations (an arrest or a detention a story recalls is
# often the very matter of a rights report, and is left to the rules above)
_VIOLENT_OR_DEMO = frozenset({"violent", "demo"})
_DEEDS = r"(?:killings|attacks|massacres|kidnappings|abductions|bombings|raids|clashes|strikes|protests|arrests)"
# how a sentence states a span, a habit or a sum rather than one occurrence: the present perfect ("has
# fought for years", "have kept farmers away"), deeds counted or quantified ("more than 30 massacres", "some
# killings"), a war as the agent ("the civil war killed"), a year before the story's
_CONTEXT_MARK = re.compile(
    r"\b(?:has|have)\s+(?:[\w-]+ly\s+|also\s+|long\s+|not\s+)?(?:been\s+)?[a-z]+(?:ed|en|ght|wn|ne|t)\b"
    r"|\bcontinu(?:e|es|ed|ing) to\b"
    rf"|\b(?:some|many|most|several|frequent|repeated|numerous|dozens of|hundreds of|thousands of|\d[\d,]*)\s+"
    rf"(?:of the\s+)?(?:[\w-]+\s+)?{_DEEDS}\b"
    rf"|\b{_WAR}\s+(?:has\s+|have\s+|had\s+)?(?:killed|displaced|left|claimed|forced|driven|uprooted)\b",
    re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# where a clause opens or closes: punctuation or a subordinating word ("after a man was abducted")
_CLAUSE_EDGE = re.compile(r"[,;:()\"“”]|\s(?:after|when|while|as|since|because|before|where|that|which|who|but)\s",
                          re.IGNORECASE)


def _trigger_clause(m: Mentioned) -> str:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    before = m.text[sent.start:trig.start]
    edges = [e.end() for e in _CLAUSE_EDGE.finditer(before)]
    start = sent.start + (edges[-1] if edges else 0)
    after = _CLAUSE_EDGE.search(m.text, trig.end, sent.end)
    return m.text[start:after.start() if after else sent.end]


def _context_marked(m: Mentioned) -> bool:
    if _CONTEXT_MARK.search(_trigger_clause(m)):
        return True
    sentence = m.mention.sentence_span.text
    return m.published is not None and any(int(y.group(0)) < m.published.year for y in _YEAR.finditer(sentence))


@_register("salience.background_undated_other_kind")
def _background_undated_other_kind(m: Mentioned) -> str | None:
    """A deed after the lead, of a kind the headline and the lead report nothing of, with no date of its
    own and told as a span, a habit or a sum: a new occurrence a story adds below a lead about something
    else is anchored to its day ("On Sunday, a roadside bomb hit a minibus"); an undated one told so
    ("attacks by armed gangs have kept farmers away", "the civil war killed half a million people") is the
    story's context."""
    if m.mention.group not in _VIOLENT_OR_DEMO or not _after_lead(m) or m.mention.group in m.lead_reported \
            or not _hard_news_length(m.text):
        return None
    return None if _dated_in_paragraph(m) or not _context_marked(m) else "historical"


# a date spanning more than this many days is a period, not the day or the week of one occurrence
PERIOD_MIN_DAYS = 40


@_register("salience.period_total")
def _period_total(m: Mentioned) -> str | None:
    """A deed of a news story dated by a span of months ("between January and March", "from May to
    August"): the toll or the count of a period a report sums, not a single occurrence."""
    d = _own_date(m)
    if m.mention.group not in _VIOLENT_OR_DEMO or not _structured(m.text) or d is None or d.low is None \
            or d.high is None:
        return None
    return "historical" if (d.high - d.low).days > PERIOD_MIN_DAYS else None

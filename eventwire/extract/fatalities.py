"""Casualty counts stated in an article, per claimant, and their combination into low/best/high.

Pure text rules: number phrases ("three", "twenty-one", "at least 12", "dozens"), casualty verbs
(killed, wounded, missing, abducted, arrested) in passive ("3 soldiers were killed"), active
("killing 4 policemen", "shot dead two herders") and nominal ("the bodies of four men", "the death
of a second person", "the death toll rose to 9") forms, tallies of named victims ("killed X, his
deputy and another member" = 3), denials ("no one was killed" = 0) and background totals ("the war
has killed 20,000").  Vague quantities take the values in ``data/numbers.tsv``.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_table
from ..lang.loader import load as word_class
from ..records import FatalityReport, Span
from ..settings import DATA_DIR
from ..textscan import Clauses, folded, may_match, required_words
from .casualty_parse import parsed_counts
from .claims import ClaimantResolver, attributions, claimant_at, fallback_sentences
from .classify import fatality_rules as R
from .classify import news_count_rules as NC

FATALITIES_VERSION = "fatalities.rules.v7"

KINDS = ("killed", "wounded", "missing", "abducted", "arrested")


@dataclass(frozen=True)
class CasualtyMention:
    count: int
    kind: str            # killed | wounded | missing | abducted | arrested
    evidence: Span       # the clause/phrase that states it (offsets into text)
    sentence: int        # index into sentences
    claimant: str | None  # who says so, if attributed in the sentence; None = the outlet
    at_least: bool = False
    up_to: bool = False
    vague: bool = False      # "dozens", "several": the convention value from numbers.tsv
    revision: bool = False   # "the death toll rose to N"
    victims: str | None = None   # civilians | soldiers | police | militants | attackers
    background: bool = False     # cumulative or historical totals, not this event
    partial: bool = False        # a lower bound from an open list ("killed, among others, X")
    denial: bool = False         # "no one was killed": a statement of zero
    subsumed: bool = False       # already counted in a later "also killed" tally
    rule: str = "fatalities.count.stated_number"  # the counting rule that read it (fatality_rules)
    excluded_by: str | None = None  # the rule that keeps it out of the event's toll, if any


# (the word classes of eventwire/lang/en: number_words, ordinals, months, weekdays)
_UNITS = word_class("number_words").values(**{"class": "unit"})
_TENS = word_class("number_words").values(**{"class": "tens"})
_DIGIT_WORDS = "|".join(w for w, n in _UNITS.items() if 1 <= n <= 9)  # one … nine
# "the death of a third soldier": an ordinal counts the dead from the second on, up to twelve
_ORDINALS = {w: n for w, n in word_class("ordinals").values().items() if 2 <= n <= 12}
_MONTH_NAMES = "|".join(m.capitalize() for m in word_class("months").values(**{"class": "month"}))
_MONTHS = _MONTH_NAMES + "|" + "|".join(m.capitalize() for m in word_class("months").values(**{"class": "abbreviation"}))
_WEEKDAYS = tuple(word_class("weekdays").values())

# the words before a count and what they make of it: a floor, a ceiling or neither (the word class
# count_qualifiers of eventwire/lang/en: "at least", "up to", "about")
_QUALS = {e.entry: e.get("value") or "" for e in word_class("count_qualifiers").entries}

_KILL_P = (r"killed|kiled|dead|died|die|dies|slain|murdered|executed|shot dead|shot and killed|lynched|beheaded|"
           r"decapitated|assassinated|perished|massacred|gunned down|slaughtered|burn(?:ed|t) alive|"
           r"lost (?:their|his|her) lives?|lost (?:their|his|her) life|(?:hacked|stabbed|beaten|burn(?:ed|t)|"
           r"clubbed|shot|stoned|tortured|starved|crushed|strangled|bludgeoned|macheted) to death|"
           r"succumbed(?: to (?:their|his|her) (?:injuries|wounds))?|fatally (?:shot|wounded|injured|stabbed)|"
           r"confirmed dead|found dead|reported dead|left dead|killed in action|neutrali[sz]ed|eliminated|"
           r"liquidated|martyred")
_WOUND_P = r"wounded|injured|hurt|maimed|hospitali[sz]ed|sustained injuries|seriously injured|critically injured"
_MISSING_P = r"missing|unaccounted for"
_ABDUCT_P = r"abducted|kidnapped|kidnaped|taken hostage|held hostage|taken captive|seized"
_ARREST_P = r"arrested|detained|apprehended|taken into custody|rounded up|nabbed"

_KILL_A = (r"kill(?:s|ed|ing)?|shot dead|shooting dead|shoot(?:s)? dead|shot and killed|murder(?:s|ed|ing)?|"
           r"execut(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|liquidat(?:e|es|ed|ing)|"
           r"behead(?:s|ed|ing)|assassinat(?:e|es|ed|ing)|lynch(?:es|ed|ing)?|"
           r"massacr(?:e|es|ed|ing)|gunn(?:ed|ing) down|slaughter(?:s|ed|ing)?|claim(?:ed|ing)? the lives? of|"
           r"(?:beat|beaten|stoned|hacked|stabbed|burned|burnt|clubbed|shot|battered|macheted)\s+to\s+death")
_WOUND_A = r"wound(?:s|ed|ing)|injur(?:e|es|ed|ing)|maim(?:s|ed|ing)"
_ABDUCT_A = r"abduct(?:s|ed|ing)|kidnap(?:s|ped|ping)?|kidnaped"
_ARREST_A = r"arrest(?:s|ed|ing)|detain(?:s|ed|ing)|apprehend(?:s|ed|ing)"

# a participle whose object is the victims (the word class victim_words, class transitive)
_TRANSITIVE = frozenset(word_class("victim_words").where("class", "transitive"))

_AUX = (r"were|was|are|is|have|has|had|been|be|got|get|being|reportedly|allegedly|also|later|subsequently|"
        r"all|both|fatally|seriously|critically|slightly|badly|mortally|lightly|severely|gravely|instantly|"
        r"immediately|reported|confirmed|believed|thought|said|feared|likely|to have|have been|then|"
        r"eventually|ultimately|now|still|either|each|among them|found|later found|discovered|"
        # the time put between the auxiliary and the verb: "were on Tuesday night killed", "was yesterday
        # shot dead", "were early on Friday killed"
        # (in any case: the patterns that use these words are partly case-sensitive)
        r"on|(?i:" + "|".join(_WEEKDAYS) + r")|yesterday|today|tonight|night|morning|evening|afternoon|early|late|"
        r"this|last|(?:at|over)\s+the\s+weekend|weekend|in\s+the\s+early\s+hours\s+of|so\s+far|"
        # hedged reports: "are alleged to have been hanged by guards", "were said to have been burned alive"
        r"alleged|said\s+to\s+have\s+been|reported\s+to\s+have\s+been")

# what a number counts that is no person (the word class victim_words, class not_people)
_PERSON_EXCLUDE = frozenset(word_class("victim_words").where("class", "not_people"))

_VICTIMS = (
    ("attackers", r"attackers?|assailants?|gunm[ae]n|suicide bombers?|bombers?|raiders?|perpetrators?|"
                  r"suspects?|robbers?|bandits?|kidnappers?|hijackers?"),
    ("militants", r"militants?|fighters?|insurgents?|rebels?|jihadists?|terrorists?|combatants?|"
                  r"taliban|shabaab|al-shabaab|extremists?|members? of (?:the )?(?:group|militia)|militiam[ae]n|"
                  r"militia members?|commanders?"),
    ("police", r"police(?:m[ae]n|wom[ae]n| officers?)?|officers?|constables?|gendarmes?|cops?"),
    ("soldiers", r"soldiers?|troops?|servicem[ae]n|service members?|army|marines?|personnel|"
                 r"security forces?|guards?|military"),
    ("civilians", r"civilians?|villagers?|residents?|children|child|boys?|girls?|wom[ae]n|"
                  r"m[ae]n|farmers?|herders?|herdsm[ae]n|pastoralists?|students?|teachers?|worshippers?|"
                  r"passengers?|traders?|bystanders?|protesters?|demonstrators?|journalists?|family|"
                  r"relatives?|pupils?|miners?|fishermen|workers?|motorists?|locals?|infants?|babies|"
                  r"elders?|chiefs?|teenagers?|youths?"),
)

_RESULT_CLAUSE = re.compile(r",\s*(?:killing|leaving|wounding|injuring)\b", re.IGNORECASE)
_BACKGROUND = (r"\bsince\b(?!\s+(?:died|succumbed|then|been)\b)|\bso far\b|\bin total\b|\bover the (?:past|last)\b|\bin the (?:past|last) \w+ "
               r"(?:days|weeks|months|years)\b|\b(?:this|last|the previous) year\b|\bin recent (?:days|weeks|"
               r"months|years)\b|\bto date\b|\bcumulative\b|\baltogether\b|\bthroughout the\b|"
               r"\b(?:war|conflict|insurgency|violence|fighting|unrest|crisis|campaign|uprising|clashes)"
               r"(?:,[^.;]{0,60},)?\s+(?:has|have|had)\s+(?:\w+\s+){0,2}(?:killed|claimed|left|cost)\b|"
               r"\b(?:war|conflict|insurgency|violence|fighting|unrest|crisis|campaign|uprising|genocide)\s*,?\s+"
               r"(?:in\s+which|during\s+which|which\s+(?:has\s+|have\s+)?(?:killed|claimed|left|cost))\b|"
               r"\b(?:decades?|years)\s+of\s+(?:war|conflict|fighting|violence|insurgency)\b|"
               r"\bhave been killed in\s+"
               r"(?:the\s+)?(?:war|conflict|violence|fighting)\b|\bevery (?:year|month|week)\b|\bannually\b|"
               r"\bsince the start\b|\bduring the (?:war|conflict)\b|\bin (?:(?:" + _MONTH_NAMES + r")\s+)?(?:19|20)\d\d\b|\banniversary\b|\bcommemorat\w+|"
               r"\b(?:report|study|investigation|inquiry)\s+(?:\w+\s+){0,4}(?:documents|documented|found|details)\b")


# a span of a few days up to the report is the event's own toll, not a cumulative one: "over the past
# 24 hours", "in the last two days", "since Tuesday", "so far" (fatality_rules: fatalities.count.recent_span)
_RECENT_SPAN = (r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:24|48|72|twenty-four|forty-eight|"
                r"seventy-two|few)\s+hours|(?:two|three|four|five|six|2|3|4|5|6|few|several)\s+days|day|night|"
                r"weekend)\b|\bsince\s+(?:(?:early|late|last)\s+)?(?:" + "|".join(_WEEKDAYS) + r"|yesterday|last\s+night|"
                r"this\s+morning|dawn|the\s+(?:attack|blast|bombing|clashes?|fighting|violence|raid|explosion))\b|"
                r"\bso\s+far\b(?!\s+(?:this|in)\s+(?:year|month|week))")
# cues that name background only when they come before the count ("on the anniversary of the massacre
# in which 300 died"), not when they describe its victims ("pilgrims commemorating the anniversary")
_BEFORE_ONLY = re.compile(r"\banniversary\b|\bcommemorat\w+", re.IGNORECASE)
TOLL_REACH = 120  # characters between "the death toll" and "rose to N" ("the toll from Thursday's attack on …")
_CLAUSE_BREAK = re.compile(r",\s|;|\s(?:which|that|who)\s")
BACKGROUND_AFTER = 80  # characters after a count in which a cumulative cue still qualifies it


@dataclass(frozen=True)
class _Vague:
    value: int
    vague: bool


@functools.lru_cache(maxsize=4)
def vague_quantities(data_dir: Path = DATA_DIR) -> dict[str, _Vague]:
    """The quantity phrases of ``numbers.tsv``: phrase -> value and whether it is an estimate."""
    return {r["phrase"].lower(): _Vague(int(r["value"]), r["vague"] == "1")
            for r in read_table(data_dir / "numbers.tsv").rows}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    """The pieces the sentence patterns share: a count phrase, a noun-phrase word, asides, verbs."""
    units = _alt(_UNITS)
    tens = _alt(_TENS)
    word_num = (rf"(?:(?:a|{_DIGIT_WORDS})\s+hundred(?:\s+(?:and\s+)?"
                rf"(?:(?:{tens})(?:[-\s](?:{units}))?|{units}))?|(?:{tens})(?:[-\s](?:{_DIGIT_WORDS}))?|{units})")
    digits = r"\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)|\d+(?!\d|[.,:/]\d)"
    number = rf"(?:{digits}|{word_num})"
    vague = _alt(vague_quantities())
    count = (rf"(?:(?P<qual>{_alt(_QUALS)})\s+)?(?P<num>(?:{number})(?:\s*(?:-|–|to|or)\s*(?:{number}))?|{vague})")
    verbs_p = {"killed": _KILL_P, "wounded": _WOUND_P, "missing": _MISSING_P, "abducted": _ABDUCT_P,
               "arrested": _ARREST_P}
    verbs_a = {"killed": _KILL_A, "wounded": _WOUND_A, "abducted": _ABDUCT_A, "arrested": _ARREST_A}
    vp = "|".join(f"(?P<p_{k}>{v})" for k, v in verbs_p.items())
    va = "|".join(f"(?P<a_{k}>{v})" for k, v in verbs_a.items())
    stop = (r"were|was|are|is|have|has|had|and|or|but|in|on|at|by|after|during|while|when|who|which|that|"
            r"following|near|as|from|with|for|to|into|since|before|including|among|of|the|a|an|shot|found|left|"
            r"who|whom|whose|they|he|she|it|we|reportedly|allegedly|also|both|all|along|alongside|together")
    np_word = rf"(?:(?!(?-i:(?:{stop}|{_alt(_ORDINALS)})\b))[A-Za-z][\w'’.-]*|\d+(?:-|\s+)years?(?:-|\s+)old)"
    incl = (r"(?:\s*,?\s+(?:including|among them|among whom|mostly|mainly|most of them|all of them)\s+[^,.;:]{1,60}?,?"
            r"|\s*(?:,\s+(?:an?|the|his|her|their|who|aged|working|employed|believed|reportedly|identified|"
            r"named|said|thought|both|all|(?-i:[A-Z]))[^,.;:]{0,70}?,|\s*\([^()]{1,60}\)))?")
    prior = (r"(?:(?:kidnapped|abducted|shot|stabbed|beaten|tortured|attacked|ambushed|captured|seized|robbed|"
             r"raped|hacked|burned|burnt|dragged|taken|arrested|detained|hit|mutilated|assaulted|whipped)"
             r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+before\s+being\s+)(?:then\s+|later\s+|subsequently\s+)?)*")
    qo, qc = r"[\"“‘']?", r"(?:[\"”’'](?![\w-]))?"
    # "two of the injured died": a participle right after a determiner is a noun, not the verb
    det_not = "".join(rf"(?<!\b{d}\s)" for d in ("the", "those", "these", "their", "its", "his", "her"))
    return {"count": count, "np_word": np_word, "incl": incl, "prior": prior, "qo": qo, "qc": qc,
            "det_not": det_not, "vp": vp, "va": va}


def _verb_patterns() -> dict[str, re.Pattern[str]]:
    """Counts with a casualty verb: passive, active, single victims, names, lists, "died"."""
    f = _fragments()
    count, np_word, incl, prior, qo, qc, det_not, vp, va = (f[k] for k in ("count", "np_word", "incl", "prior", "qo", "qc", "det_not", "vp", "va"))
    return {
        "count": re.compile(rf"(?<![\w-]){count}(?![\w-])", re.IGNORECASE),
        "passive": re.compile(
            rf"(?<![\w-]){count}(?P<np>(?:\s+(?:of(?:\s+(?:the|them|those|these|its|their|his|her)\b)?|{np_word}))"
            rf"{{0,6}}?"
            rf"(?:\s+and\s+{np_word}(?=\s+(?:was|were|have|had|are)\b))?(?:\s+(?:in|from|at|of)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){{0,2}})?)"
            rf"(?P<incl>{incl})(?P<aux>(?:\s+(?:{_AUX})\b)*)\s+{det_not}{prior}{qo}(?:{vp}){qc}(?P<orw>\s+or\s+(?:wounded|injured|"
            rf"hurt|missing))?(?![\w-])", re.IGNORECASE),
        "single": re.compile(
            rf"(?<![\w-])(?P<det>(?i:an?|one|another|the|his|her|their|its|this|that|he|she)|[A-Z][\w'’-]*(?:'s|’s))"
            rf"(?P<np>(?:\s+{np_word}){{0,5}}?)(?P<of>\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)??(?P<incl>{incl})"
            rf"\s+(?P<aux>(?:was|is|has been|had been|got|gets|were|have been|are)(?:\s+(?:{_AUX})\b)*)\s+{prior}"
            rf"{qo}(?:{vp}){qc}(?P<orw>\s+or\s+(?:wounded|injured|hurt|missing))?(?![\w-])"),
        "name": re.compile(
            rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)(?P<incl>{incl})\s+(?P<aux>(?:was|has been|"
            rf"had been)(?:\s+(?:{_AUX})\b)*)\s+{prior}{qo}(?:{vp}){qc}(?P<orw>\s+or\s+(?:wounded|injured|hurt|missing))?"
            rf"(?![\w-])"),
        "chain": re.compile(
            rf"(?:(?<![\w-]){count}(?P<cnp>(?:\s+{np_word}){{0,4}}?(?P<cpp>\s+(?:from|of|in|at)\s+(?:(?:an?|the|their|"
            rf"his|her|its)\s+)?(?:{np_word}\s+){{0,2}}{np_word})?)|(?P<det>(?i:an?|one|another|his|her|their|its|the))"
            rf"(?P<dnp>(?:\s+{np_word}){{1,4}}?)|(?<![\w'’-])(?P<name>(?-i:(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)))"
            rf"(?P<aside>{incl})\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)$",
            re.IGNORECASE),
        "active": re.compile(rf"(?<![\w-])(?P<also>also\s+|later\s+)?{qo}(?:{va}){qc}(?P<andv>\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                             rf"(?!wound|injur|hurt|arrest|abduct|kidnap|detain|maim)(?:then\s+)?[a-z]+(?:ed|t)\b)?"
                             rf"(?![\w-])", re.IGNORECASE),
        "attempt": re.compile(r"\b(?:nearly|almost|attempt(?:ed|ing|s)?\s+to|tr(?:y|ied|ying|ies)\s+to|plot(?:ted|ting)?\s+"
                              r"to|threat(?:en|ened|ening|ens)\s+to|want(?:ed|s)?\s+to|plan(?:ned|s|ning)?\s+to|"
                              r"intend(?:ed|s)?\s+to|vow(?:ed|s)?\s+to|fail(?:ed|s)?\s+to|would|will|could|(?-i:may|might)|"
                              r"in\s+order\s+to|so\s+as\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE),
        "single_died": re.compile(
            rf"(?<![\w-])(?P<det>(?i:an?|one|another|the|his|her|he|she)|[A-Z][\w'’-]*(?:'s|’s))(?P<np>(?:\s+{np_word}){{0,5}}?)"
            rf"(?P<incl>{incl})(?:\s*,?\s+who)?(?:\s+(?:later|subsequently|also|eventually|reportedly|then|allegedly))*"
            rf"\s+(?P<verb>died|succumbed|perished|passed\s+away|lost\s+(?:his|her)\s+life)\b(?!\s+(?:down|out))"),
    }


def _nominal_patterns() -> dict[str, re.Pattern[str]]:
    """Counts in nouns: bodies, deaths, ordinals, tolls and denials."""
    f = _fragments()
    count, np_word, incl, prior, qo, qc, det_not, vp, va = (f[k] for k in ("count", "np_word", "incl", "prior", "qo", "qc", "det_not", "vp", "va"))
    return {
        "body_found": re.compile(
            rf"\b(?P<det>an?|the|his|her|[A-Z][\w'’-]*(?:'s|’s))\s+(?:[\w-]+\s+)?(?:dead\s+)?body\s+(?:\w+\s+){{0,6}}?"
            rf"(?:was|has\s+been|had\s+been|is)\s+(?:\w+\s+){{0,2}}?(?:found|discovered|recovered|retrieved|dumped)\b",
            re.IGNORECASE),
        "to_death": re.compile(r"\b(?:beat|beaten|burned|burnt|stoned|hacked|stabbed|clubbed|battered|macheted|"
                               r"shot|set|bludgeoned|strangled|tortured|starved|whipped|kicked|lynched)\b"
                               r"(?=[^.;]{1,60}?\s+(?:to\s+death|alive)\b)", re.IGNORECASE),
        "left_dead": re.compile(r"\b(?:left|leaving|leaves|leave)\b(?=[^.;]{1,80}?\s+(?:shot\s+|stabbed\s+|hacked\s+)?dead\b)",
                                re.IGNORECASE),
        "ordinal": re.compile(
            rf"\b(?:deaths?|killing|bodies|body)\s+of\s+(?:an?|the)\s+(?P<ord>{_alt(_ORDINALS)})\s+"
            rf"(?P<np>[\w'’-]+)|\b(?:an?|the)\s+(?P<ord2>{_alt(_ORDINALS)})\s+(?P<np2>[\w'’-]+)\s+"
            rf"(?:(?:was|has been|had been|later|also|reportedly)\s+)*(?P<v2>{_KILL_P})\b", re.IGNORECASE),
        "bodies_of": re.compile(
            rf"\b(?:(?:dead\s+)?bodies|remains|corpses)\s+of\s+{count}(?P<np>(?:\s+{np_word}){{0,4}})",
            re.IGNORECASE),
        "n_bodies": re.compile(
            rf"(?<![\w-]){count}(?P<np>(?:\s+{np_word}){{0,3}}?)\s+(?:dead\s+)?(?:bodies|corpses)\b", re.IGNORECASE),
        "body_of": re.compile(
            r"\b(?:dead\s+)?body\s+of\s+(?P<one>an?|one|the|his|her|their|its|[A-Z])(?P<np>[\w\s'’-]{0,30})"),
        "n_deaths": re.compile(
            rf"(?<![\w-]){count}(?P<np>(?:\s+{np_word}){{0,2}}?)\s+(?:deaths|fatalities|dead|death|fatality|"
            rf"people\s+dead)\b", re.IGNORECASE),
        "lives_n": re.compile(rf"\b(?:claim(?:ed|ing|s)?|cost|took|taken|taking)\s+{count}(?P<np>(?:\s+{np_word}){{0,2}}?)"
                              rf"\s+lives\b", re.IGNORECASE),
        "lives_of": re.compile(rf"\b(?:claim(?:ed|ing|s)?|cost|took|taken|taking)\s+(?:the\s+)?lives\s+of\s+{count}"
                               rf"(?P<np>(?:\s+{np_word}){{0,3}})", re.IGNORECASE),
        "deaths_of": re.compile(rf"\b(?:deaths?|killings?|murders?)\s+of\s+{count}(?P<np>(?:\s+{np_word}){{0,3}})", re.IGNORECASE),
        "death_of": re.compile(
            r"\b(?:death|killing|murder)\s+of\s+(?P<one>an?|one|the|his|her|their|its|[A-Z])(?P<np>[\w\s'’-]{0,30})"),
        "toll": re.compile(
            rf"\b(?:death|casualty|fatality|civilian)?\s*tolls?\b[^.;]{{0,{TOLL_REACH}}}?\b(?P<rev>rose|risen|rising|rises|"
            rf"climbed|climbs|increased|jumped|reached|reaches|hit|hits|mounted|now stands at|stands at|"
            rf"stood at|was|is|has risen|has climbed|to|at)\s+(?:to\s+|at\s+)?{count}", re.IGNORECASE),
        # ", a local official says 14": a second source's bare figure after a count (read only after one)
        "rival_figure": re.compile(
            rf"(?:^\s*|,\s+|;\s+|\bwhile\s+|\bbut\s+|\bwhereas\s+)(?:however,?\s+)?"
            rf"(?P<who>(?:[\w'’-]+\s+){{0,5}}[\w'’-]+)(?:,?\s+however,)?\s+(?:says?|said|puts?\s+(?:it|the\s+(?:figure|number|toll|death\s+toll))\s+at|"
            rf"gave\s+(?:a\s+)?(?:figure|toll)\s+of|counted|reports?|reported)\s+{count}"
            rf"(?=\s*(?:[.;,)]|$)|\s+(?:dead|killed|deaths|bodies)\b)", re.IGNORECASE),
        "deny": re.compile(
            r"\b(?P<who>no\s+(?:one|body|people|person|civilians?|soldiers?|lives|policem[ae]n|officers?|"
            r"students?|protesters?|children|residents?|troops)|nobody|none)\s+(?:\w+\s+)?(?:was|were|had been|"
            r"has been|have been|got|is|are)\s+(?:\w+\s+)?(?P<verb>killed|injured|hurt|wounded|harmed|dead|"
            r"abducted|kidnapped|arrested|detained|lost)\b"
            r"|\b(?:no|without(?:\s+any)?|zero)\s+(?:reported\s+|immediate\s+|known\s+|civilian\s+|human\s+)*"
            r"(?P<noun>casualties|deaths|fatalities|injuries|loss of (?:human )?life|lives lost|one hurt)\b"
            r"|\bno\s+(?:one|body)\s+(?P<died>died)\b|\bnobody\s+(?P<died2>died)\b", re.IGNORECASE),
    }


def _context_patterns() -> dict[str, re.Pattern[str]]:
    """What qualifies a count: hedges, causes, background, ages and dates, victims, lists."""
    f = _fragments()
    count, np_word, incl, prior, qo, qc, det_not, vp, va = (f[k] for k in ("count", "np_word", "incl", "prior", "qo", "qc", "det_not", "vp", "va"))
    return {
        "hedge": re.compile(r"\b(?:if|whether|unless|accused\s+of|suspected\s+of|charged\s+with|convicted\s+of|"
                            r"(?:arrested|wanted|jailed|sentenced|tried|detained|lynched|beaten|attacked)\s+for|"
                            r"accusing\s+\w+\s+of|accused\s+\w+\s+of)\s+(?:\w+\s+){0,4}$", re.IGNORECASE),
        "until": re.compile(r"\b(?:until|till|once|unless|before)\s+(?:\w+\s+){0,4}$", re.IGNORECASE),
        "protest_cause": re.compile(
            r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)|rall(?:y|ied|ies|ying)|riot\w*|block(?:ed|ing|s)|"
            r"barricad\w*|took to the streets|went on strike|(?<!air )(?<!drone )(?<!missile )(?<!rocket )strike|vigil)\b[^.;]*\b(?:after|following|over|against|"
            r"protesting|to protest|for|demanding justice for|in memory of|in honou?r of)\b[^.;]*$", re.IGNORECASE),
        "cause": re.compile(r"\b(?:following|over|after|against|for|protest(?:ing|ed|s)?(?:\s+(?:against|over|at))?|"
                            r"justice\s+for|condemn(?:ing|ed|s)?|mourn(?:ing|ed|s)?|denounc(?:ing|ed|es)|"
                            r"outrage\s+(?:at|over)|anger\s+(?:at|over)|exhum\w+|bur(?:y|ied|ial\s+of)|funeral\s+of|recent|behind|"
                            r"revenged?|avenged?|in\s+reaction\s+to|in\s+the\s+wake\s+of|in\s+retaliation\s+for|"
                            r"in\s+revenge\s+for|blamed\s+for|accused\s+of|suspected\s+of|responsible\s+for)\s+"
                            r"(?:the\s+)?(?:\w+\s+and\s+(?:the\s+)?)?(?:recent\s+|alleged\s+|brutal\s+)?"
                            r"(?:(?:U\.?S\.?|[A-Z][a-z]+(?:'s)?)\s+)?$",  # "the US killing of", "Israel's killing of"
                            re.IGNORECASE),
        "background": re.compile(_BACKGROUND, re.IGNORECASE),
        "recent_span": re.compile(_RECENT_SPAN, re.IGNORECASE),
        "age": re.compile(r"^\s*(?:-|\s)?(?:years?|yrs?)(?:-|\s)+old|^\s*-year|^\s*(?:%|percent|per cent|km\b|"
                          r"kilomet|miles?\b|metres?\b|meters?\b|am\b|pm\b|a\.m|p\.m|hours?\b|o'clock|"
                          r"days?\b|weeks?\b|months?\b|years?\b|times\b|th\b|st\b|nd\b|rd\b)", re.IGNORECASE),
        "month": re.compile(rf"\s*(?:{_MONTHS})\b"),
        "month_before": re.compile(rf"\b(?:{_MONTHS})\.?\s*$"),
        "victims": re.compile("|".join(f"(?P<v{i}>\\b(?:{p})\\b)" for i, (_, p) in enumerate(_VICTIMS)),
                              re.IGNORECASE),
        "item": re.compile(
            rf"(?:(?P<sep>\s*,\s*(?:(?P<c1>and|as\s+well\s+as|plus|in\s+addition\s+to)\s+)?|\s+(?P<c2>and|as\s+well\s+as|plus|"
            rf"along\s+with|together\s+with|in\s+addition\s+to)\s+))?", re.IGNORECASE),
        "np_tail": re.compile(
            rf"(?:\s+(?:(?:of|from|in\s+charge\s+of)(?:\s+(?:the|his|her|their|its|a))?(?=\s+\w)|"
            rf"(?:named|nicknamed|known\s+as|identified\s+as|called)(?=\s+\w)|{np_word}|(?-i:[A-Z][\w'’.-]*)))*",
            re.IGNORECASE),
        "among": re.compile(r"\s*,?\s*(?:among others|among them|amongst others|including)\s*,?\s*", re.IGNORECASE),
        "object_det": re.compile(
            rf"\s*(?:(?P<qual>{_alt(_QUALS)})\s+)?(?P<det>an?|one|another|the|his|her|their|its|himself|herself|him|a\s+local|"
            rf"(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*(?:'s|’s)|(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*)"
            rf"(?=[\s,.;]|$)"),
    }


@functools.lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    return {**_verb_patterns(), **_nominal_patterns(), **_context_patterns()}


@functools.lru_cache(maxsize=None)
def _required(key: str) -> Clauses:
    return required_words(_rx()[key])


def parse_number(s: str) -> int | None:
    """The value of a number phrase ("21", "twenty-one", "a hundred", "dozens"); None if it is none."""
    s = s.lower().replace(",", "").strip()
    if s.isdigit():
        return int(s)
    vq = vague_quantities().get(re.sub(r"\s+", " ", s))
    if vq is not None:
        return vq.value
    total = 0
    parts = re.split(r"[-\s]+", s)
    if "hundred" in parts:
        i = parts.index("hundred")
        head = parts[:i]
        total = 100 * (1 if head in (["a"], ["one"], []) else _UNITS.get(head[0], 1))
        parts = [p for p in parts[i + 1:] if p != "and"]
    for p in parts:
        if p in _UNITS:
            total += _UNITS[p]
        elif p in _TENS:
            total += _TENS[p]
        elif p:
            return None
    return total


@dataclass(frozen=True)
class _Count:
    value: int
    at_least: bool
    up_to: bool
    vague: bool
    start: int
    end: int


def _read_count(m: re.Match[str], text: str, base: int) -> _Count | None:
    """Interpret a matched count phrase; None for dates, ages, distances and the like."""
    num = m.group("num")
    if num is None:
        return None
    rx = _rx()
    start, end = base + m.start("num"), base + m.end("num")
    after = text[end:end + 20]
    before = text[max(base, start - 12):start]
    if rx["age"].match(after) or rx["month_before"].search(before) or rx["month"].match(after):
        return None
    if num.isdigit() and len(num) == 4 and 1900 <= int(num) <= 2100:
        return None
    if num[:1].isupper() and _IN_NAME_BEFORE.search(before) and _IN_NAME_AFTER.match(after):
        return None  # "Kisumu Level Four Hospital": a number word inside a proper name
    if re.match(r"\s*(?:[:/.]\d|h\d)", after) or re.search(r"\d[/.:]$|No\.\s*$|#\s*$", before):
        return None
    low_s = re.split(r"\s*(?:-|–|\bto\b|\bor\b)\s*", num, maxsplit=1)
    ranged = len(low_s) == 2 and parse_number(low_s[0]) is not None and parse_number(low_s[1]) is not None
    whole = parse_number(num)
    ranged = ranged and whole is None
    value = whole if whole is not None else parse_number(low_s[0])
    if value is None:
        return None
    vq = vague_quantities().get(re.sub(r"\s+", " ", num.lower()))
    qual = (m.group("qual") or "").lower()
    qual = re.sub(r"\s+", " ", qual)
    flag = _QUALS.get(qual, "")
    return _Count(value, flag == "at_least", flag == "up_to" or ranged, bool(vq and vq.vague),
                  base + (m.start("qual") if m.group("qual") else m.start("num")), end)


def _victims(phrase: str) -> str | None:
    found = {name for m in _rx()["victims"].finditer(phrase)
             for i, (name, _) in enumerate(_VICTIMS) if m.group(f"v{i}")}
    return next((name for name, _ in _VICTIMS if name in found), None)


def _kind(m: re.Match[str], prefix: str) -> str | None:
    for k in KINDS:
        try:
            if m.group(f"{prefix}_{k}"):
                return k
        except IndexError:
            continue
    return None


def _plural_head(np: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", np)]
    if not words:
        return False
    head = words[-1].lower()
    if head in ("people", "children", "men", "women", "police", "troops", "personnel", "youths", "others",
                "forces", "militia", "cattle", "staff", "crew"):
        return True
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))


class _Scanner:
    """One pass over one sentence; collects mentions and the character ranges already counted."""

    def __init__(self, text: str, s: int, e: int, si: int):
        self.text, self.s, self.e, self.si = text, s, e, si
        self.sent = text[s:e]
        self.used: list[tuple[int, int]] = []
        self.found: list[tuple[int, int, int, str, _Count | None, dict]] = []
        self._low = folded(self.sent)
        self._has: dict[frozenset[str], bool] = {}

    def finditer(self, key: str):
        """The matches of the sentence pattern ``key``; none, without searching, when the sentence
        lacks the words every match of it holds."""
        if self._low is not None:
            for clause in _required(key):
                has = self._has.get(clause)
                if has is None:
                    has = self._has[clause] = may_match((clause,), self._low)
                if not has:
                    return ()
        return _rx()[key].finditer(self.sent)

    def taken(self, a: int, b: int) -> bool:
        return any(a < y and x < b for x, y in self.used)

    def add(self, a: int, b: int, kind: str, count: _Count | None, value: int, **flags) -> None:
        self.used.append((a, b))
        self.found.append((a, b, value, kind, count, flags))


_AS_WELL = re.compile(r"\s+(?:as\s+well|too)\b", re.IGNORECASE)  # "his bodyguard was killed as well"


def _also_before(sent: str, pos: int) -> bool:
    return bool(re.search(r"\b(?:also|as well|too|further|additional|another|more)\b[\w\s]{0,12}$",
                          sent[max(0, pos - 25):pos], re.IGNORECASE))


def _scan_passive(sc: _Scanner) -> None:
    for m in sc.finditer("passive"):
        kind = _kind(m, "p")
        cnt = _read_count(m, sc.text, sc.s)
        if kind is None or cnt is None:
            continue
        aux = m.group("aux") or ""
        verb_end = m.end()
        verb = sc.sent[m.start(f"p_{kind}"):verb_end].lower().rstrip("\"”’'")
        has_be = re.search(r"\b(?:were|was|are|is|been|be|got|get|being)\b", aux, re.IGNORECASE)
        if not has_be and verb in _TRANSITIVE and _active_object_follows(sc.sent, verb_end):
            continue
        a = cnt.start
        if sc.taken(a, cnt.end):
            continue
        np = (m.group("np") or "") + " " + (m.group("incl") or "")
        if _MEMBERS_OF.search(sc.sent, 0, cnt.start - sc.s) and _COLLECTIVE.search(m.group("np") or ""):
            continue  # "five persons, members of two rival groups, were killed": groups are not the dead
        if np.strip() and re.match(r"\s*(?:of\s+)", m.group("np") or "") is None and \
                _excluded(m.group("np") or ""):
            continue
        if _needs_person(verb) and np.strip() and not _is_person(np) and \
                not all(w[:1].isupper() for w in np.split() if w not in ("of", "the")):
            continue
        extra, left_start, _, described = _left_chain(sc, a)
        value = cnt.value + extra
        if m.group("orw"):
            kind = "wounded"
        also = "also" in aux.lower() or _also_before(sc.sent, m.start("aux") if aux else m.start()) or \
            bool(_AS_WELL.match(sc.sent, verb_end))
        sc.add(left_start, sc.s + verb_end, kind, cnt, value, victims=_victims(np), also=also, how="number",
               described=described)


_MEMBERS_OF = re.compile(r"\b(?:of|from|between|among|to)\s+(?:the\s+)?$", re.IGNORECASE)
# (the word class collectives of eventwire/lang: nouns for a group of people)
_COLLECTIVE = re.compile(rf"(?i)\b(?:{word_class('collectives').alternation()})\s*$")


def _left_chain(sc: _Scanner, start: int) -> tuple[int, int, int, bool]:
    """Coordinated subjects before ``start``: "3 soldiers and 2 civilians", "X and his guard", "five
    drivers from a bus company and two passengers" (a counted item described by its group).

    Returns the victims they add, the new start of the phrase, how many items were added and whether
    a counted item was described by a prepositional phrase (``fatalities.count.described_conjunct``).
    """
    rx = _rx()
    extra = items = 0
    described = False
    while True:
        lm = rx["chain"].search(sc.sent, 0, start - sc.s)
        if not lm:
            break
        if items == 0 and not re.search(r"\b(?:and|as\s+well\s+as|along\s+with)\s*$", lm.group(), re.IGNORECASE):
            # "according to Ankara, four militants were ...": a comma alone starts no list
            break
        if lm.group("num") is not None:
            lc = _read_count(lm, sc.text, sc.s)
            if lc is None or sc.taken(lc.start, lc.end) or _excluded(lm.group("cnp") or ""):
                break
            extra += lc.value
            new_start = lc.start
            sc.used.append((lc.start, lc.end))
            described = described or lm.group("cpp") is not None
        elif lm.group("det") is not None:
            np = lm.group("dnp") or ""
            if _plural_head(np) or _excluded(np) or not _victims(np) and not _person_like(np):
                break
            extra += 1
            new_start = sc.s + lm.start("det")
        else:
            name = lm.group("name")
            if name.split()[0] in ("On", "In", "At", "During", "The", "A", "An") or _rx()["month"].match(name) \
                    or _PLACE_OR_DAY_BEFORE.search(sc.sent, 0, lm.start("name")) \
                    or name.endswith(("day", "night")):
                break  # ("… in Nairobi on Tuesday, and two people were killed": a day, not a victim)
            extra += 1
            new_start = sc.s + lm.start("name")
        items += 1
        start = new_start
    return extra, start, items, described


_PLACE_OR_DAY_BEFORE = re.compile(r"\b(?:on|in|at|near|from|into|outside|inside|across|around)\s+$", re.IGNORECASE)


def _person_like(np: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", np)
    return bool(words) and words[-1].lower() in (
        "guard", "bodyguard", "driver", "son", "daughter", "wife", "husband", "brother", "sister", "father",
        "mother", "deputy", "aide", "assistant", "colleague", "companion", "friend", "relative", "cousin",
        "nephew", "uncle", "child", "baby", "man", "woman", "boy", "girl", "person", "member", "leader",
        "official", "chief", "commander", "escort", "associate", "neighbour", "neighbor", "victim", "teacher",
        "student", "farmer", "herder", "passenger", "worker", "trader", "soldier", "policeman", "officer")


# people (or a pronoun) as what a verb is done to (the word class victim_words, class people)
_PEOPLE = re.compile(r"\b(?:%s)\b" % word_class("victim_words").alternation(
    word_class("victim_words").where("class", "people")), re.IGNORECASE)


def _needs_person(verb: str) -> bool:
    """Verbs that only mean a killing when a person undergoes them ("executed two prisoners", not
    "executed the operation"; "neutralized four militants", not "neutralized the threat")."""
    return bool(re.search(r"(?i)\b(?:execut|neutrali[sz]|eliminat|liquidat)", verb))


def _is_person(np: str) -> bool:
    if _victims(np) or _person_like(np) or _PEOPLE.search(np):
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", np)
    if not words:
        return False
    names = [w for w in words if w.lower() not in ("the", "a", "an", "of", "and")]
    return bool(names) and all(w[:1].isupper() for w in names) and words[0] not in ("The", "A", "An")


_HEAD_OF_CATTLE = re.compile(r"\bheads?\s+of\s+(?:cattle|cows|goats|sheep|camels|livestock)\b",
                             re.IGNORECASE)


def _excluded(np: str) -> bool:
    """Not people: animals, property, units of time or distance ("200 head of cattle", but "a village head")."""
    if _HEAD_OF_CATTLE.search(np):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z%][\w'’-]*", np)]
    return bool(words) and (words[0] in _PERSON_EXCLUDE or words[-1] in _PERSON_EXCLUDE)


def _active_object_follows(sent: str, pos: int) -> bool:
    """After an ambiguous "killed": does an object follow (active voice) rather than a preposition?"""
    m = re.match(r"\s*(?:,\s*among others,\s*)?(\w[\w'’-]*)", sent[pos:])
    if not m:
        return False
    w = m.group(1)
    if w.lower() == "and" and re.match(r"\s*and\s+(?:then\s+)?[a-z]+(?:ed|t)\s+(?!by\b|in\b|on\b|at\b|during\b)\w",
                                   sent[pos:]):
        return True
    if w.lower() in ("in", "on", "at", "by", "and", "or", "while", "during", "after", "when", "as", "following",
                     "though", "there", "respectively", "so", "then", "too", "either", "yet", "for", "to", "into",
                     "near", "with", "since", "before", "overnight", "yesterday", "today", "last", "this",
                     "earlier", "later", "instantly", "immediately", "outright", "too", "also", "alongside",
                     "inside", "outside", "when", "from", "within", "between", "amid", "over", "until", "across",
                     "along", "around", "because", "due", "but", "was", "were", "is", "are"):
        return False
    if w[:1].isupper() and w.lower() in ("on", "in", "at", *_WEEKDAYS):
        return False
    return True


def _scan_objects(sc: _Scanner, pos: int) -> tuple[int, int, list[_Count | None], bool, str] | None:
    """Count the objects listed after an active verb: "killed 4 policemen", "killed X, his deputy and
    another member" (3), "killed, among others, the commander" (1, partial)."""
    rx = _rx()
    sent, base = sc.sent, sc.s
    i = pos
    partial = False
    am = rx["among"].match(sent, i)
    if am and am.end() > i:
        partial = True
        i = am.end()
    counts: list[_Count | None] = []
    ends: list[int] = []
    phrase = []
    first = True
    end = i
    conj: list[bool] = []
    for _ in range(8):
        j = i
        joined = False
        if not first:
            sm = rx["item"].match(sent, i)
            if not sm or not sm.group("sep"):
                break
            j = sm.end()
            joined = bool(sm.group("c1") or sm.group("c2"))
        else:
            j = i + len(sent[i:]) - len(sent[i:].lstrip())
        cm = rx["count"].match(sent, j)
        got = False
        if cm:
            c = _read_count(cm, sc.text, base)
            if c is not None and not sc.taken(c.start, c.end):
                tail = rx["np_tail"].match(sent, cm.end())
                npt = sent[cm.end():tail.end()] if tail else ""
                if not _excluded(npt) and not (c.value == 1 and cm.group("num").lower() in ("one",) and
                                               re.match(r"\s+of\b", npt)):
                    counts.append(c)
                    ends.append(tail.end() if tail else cm.end())
                    phrase.append(npt)
                    end = tail.end() if tail else cm.end()
                    got = True
                elif _excluded(npt):
                    return None
        if not got:
            item = _described_item(sent, j, joined, phrase)
            if item is None and joined and phrase and _POSSESSED.search(phrase[-1]):
                item = _bare_companion(sent, j)  # "his son and driver": the possessive serves both
            if item is None:
                break
            npt, end = item
            counts.append(_family_of(npt, sent, base))
            ends.append(end)
            phrase.append(npt)
        if not first:
            conj.append(joined)
        first = False
        i = end
    if not counts:
        return None
    # "killed his uncle, a retired teacher, in ...": without a conjunction, commas add appositions
    last_conj = max((k for k, c in enumerate(conj) if c), default=-1)
    keep = last_conj + 2
    if keep < len(counts):
        counts, phrase = counts[:keep], phrase[:keep]
        end = ends[keep - 1]
    if len(counts) > 1 and (_SAID_AFTER.match(sent, end) or _SAID_END.search(phrase[-1].rstrip(" .,;"))):
        # "killed four of its passengers, a priest and a nurse said": the words after the list's last
        # comma name who says so, not more victims
        cut = max((k + 1 for k, c in enumerate(conj) if not c), default=0)
        if cut:
            counts, phrase, end = counts[:cut], phrase[:cut], ends[cut - 1]
    counts, phrase = _without_named_appositions(counts, phrase, conj)
    if len(counts) > 2 and all(c is not None for c in counts) and \
            sum(c.value for c in counts[1:]) == counts[0].value:
        # "killed nine people, four guards and five porters": the list after the total breaks it down
        counts, phrase = counts[:1], phrase[:1]
    return pos, end, counts, partial, " ".join(phrase)


# (the word class report_verbs of eventwire/lang: "said", "told", "reported" …)
_SPEECH = word_class("report_verbs").alternation(word_class("report_verbs").where("class", "speech"))
_SAID_AFTER = re.compile(rf"\s*,?\s*(?:have\s+|has\s+)?(?:{_SPEECH})\b")
_SAID_END = re.compile(rf"\s(?:{_SPEECH})$")
_DESCRIBED = re.compile(r"(?:an?|the|his|her|their|its|one)\s+[a-z]")


def _without_named_appositions(counts: list, phrase: list[str], conj: list[bool]) -> tuple[list, list[str]]:
    """"killed a retired judge, Peter Ossai and three other men": a name right after a comma that
    follows a described victim is that victim's name, not another victim."""
    keep = [0] + [i for i in range(1, len(counts)) if not (
        not conj[i - 1] and counts[i] is None and counts[i - 1] is None and phrase[i][:1].isupper()
        and not _DESCRIBED.match(phrase[i].lower()) and _DESCRIBED.match(phrase[i - 1].lower()))]
    return [counts[i] for i in keep], [phrase[i] for i in keep]


_POSSESSED = re.compile(r"(?i)^\s*(?:his|her|their)\s")
_BARE = re.compile(r"(?P<np>[a-z][\w-]*)(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|as|when|while|after|before|were|"
                   r"was|and)\b))")


def _bare_companion(sent: str, j: int) -> tuple[str, int] | None:
    """A person noun without its own determiner after "and" in a list that began with a possessive
    ("his son and driver"): one more victim, with its words and end."""
    m = _BARE.match(sent, j)
    if m is None or not _person_like(m.group("np")):
        return None
    return m.group("np"), m.end()


_FAMILY_OF = re.compile(r"\b(?:family|household)\s+of\s+(?P<num>\w+)\b", re.IGNORECASE)


def _family_of(npt: str, sent: str, base: int) -> _Count | None:
    """"a family of seven": the number of the family's members (None: one victim)."""
    m = _FAMILY_OF.search(npt)
    value = parse_number(m.group("num")) if m else None
    if not value or value < 2:
        return None
    at = sent.find(m.group(), 0) if m else -1
    return _Count(value, False, False, False, base + max(at, 0), base + max(at, 0) + len(m.group()))


def _described_item(sent: str, j: int, joined: bool, phrase: list[str]) -> tuple[str, int] | None:
    """One victim described or named at ``j`` in a list of objects ("his deputy", "X"): its words and
    end, or None where the list ends (a plural, a place or time, an apposition's name)."""
    rx = _rx()
    dm = rx["object_det"].match(sent, j)
    if dm is None:
        return None
    tail = rx["np_tail"].match(sent, dm.end())
    npt = sent[dm.start("det"):tail.end()] if tail else dm.group("det")
    det = dm.group("det")
    if det.lower() in ("the", "his", "her", "their", "its") and _plural_head(npt):
        return None
    if _excluded(npt) or re.search(r"(?i)\b(?:attack|area|village|town|city|house|home|camp|base|road|"
                                   r"district|region|way|time|day|night|morning)$", npt.strip()):
        return None
    if joined and det[:1].isupper() and phrase and _NAME_OF.search(phrase[-1]):
        return None  # "the Head of Planning and Budget": the "and" is inside the office's name
    if det[:1].isupper() and not det.endswith(("'s", "’s")) and det.lower() not in (
            "a", "an", "one", "another", "the", "his", "her", "their", "its"):
        rest = sent[dm.end():tail.end()] if tail else ""
        if rest.strip() and _plural_head(rest):
            return None
        if rx["month"].match(det) or det.split()[0] in ("On", "In", "At", "During"):
            return None
    return npt, tail.end() if tail else dm.end()


# (the word class death_verbs of eventwire/lang: the verbs that state a death by themselves)
_KILLED_TOO = re.compile(r"(?i)\b(?:" + word_class("death_verbs").alternation(word_class("death_verbs").where("class", "kill"))
                         + r")$")


def _scan_active(sc: _Scanner) -> None:
    rx = _rx()
    for m in sc.finditer("active"):
        kind = _kind(m, "a")
        if kind is None:
            continue
        if m.group("andv") and _KILLED_TOO.search(m.group("andv")):
            kind = "killed"  # "kidnapped and killed eight people": the victims died
        prev = sc.sent[max(0, m.start() - 16):m.start()]
        if re.search(r"\b(?:were|was|been|being|is|are|get|got)\s+(?:\w+\s+)?$", prev, re.IGNORECASE):
            continue
        if rx["attempt"].search(sc.sent[max(0, m.start() - 30):m.start()]):
            continue
        got = _scan_objects(sc, m.end())
        if got is None:
            continue
        _, end, counts, partial, phrase = got
        if any(c is not None and sc.taken(c.start, c.end) for c in counts):
            continue
        if _needs_person(m.group()) and not _is_person(phrase):
            continue
        value = sum(c.value if c is not None else 1 for c in counts)
        first = next((c for c in counts if c is not None), None)
        at_least = partial or (first is not None and first.at_least)
        up_to = first is not None and first.up_to
        vague = any(c is not None and c.vague for c in counts)
        also = bool(m.group("also") and m.group("also").lower().startswith("also"))
        sc.add(sc.s + m.start() + (len(m.group("also")) if m.group("also") else 0), sc.s + end, kind, None,
               value, victims=_victims(phrase), also=also, partial=partial, at_least=at_least, up_to=up_to,
               vague=vague, how="number" if first is not None else "named")


def _scan_single(sc: _Scanner) -> None:
    for key in ("single", "name"):
        for m in sc.finditer(key):
            kind = _kind(m, "p")
            if kind is None:
                continue
            a, b = sc.s + m.start(), sc.s + m.end()
            if sc.taken(a, b):
                continue
            np = (m.group("np") or "") if key == "single" else m.group("name")
            if key == "single":
                det = m.group("det")
                if det.lower() in ("the", "his", "her", "their", "its", "this", "that") and _plural_head(np):
                    continue
                if det.lower() in ("the", "this", "that") and not np.strip():
                    continue
                if _excluded(np) or re.search(r"(?i)\b(?:attack|area|village|town|house|camp|base|road|"
                                              r"vehicle|car|bus|convoy|building|truck)$", np.strip()):
                    continue
                if _needs_person(m.group(f"p_{kind}")) and det.lower() not in ("he", "she") and \
                        not _is_person(np + " " + (m.group("of") or "")):
                    continue
            else:
                if m.group("name").split()[0] in ("On", "In", "At", "During", "The"):
                    continue
                if _needs_person(m.group(f"p_{kind}")) and re.search(
                        r"\b(?:Operation|Plan|Order|Project|Programme|Program|Campaign|Mission|Attack)\b", np):
                    continue
            aux = m.group("aux") or ""
            start = sc.s + (m.start("det") if key == "single" else m.start("name"))
            extra, start, items, _ = _left_chain(sc, start)
            if re.match(r"(?:were|have been|are)\b", aux) and not items:
                continue
            if m.group("orw"):
                kind = "wounded"
            also = "also" in aux.lower() or _also_before(sc.sent, m.start()) or bool(_AS_WELL.match(sc.sent, m.end()))
            sc.add(start, b, kind, None, 1 + extra, victims=_victims(np), also=also, how="named")


def _scan_died(sc: _Scanner) -> None:
    """"A soldier and a trader died", "a fisherman, who died in hospital"."""
    rx = _rx()
    for m in sc.finditer("single_died"):
        a, b = sc.s + m.start(), sc.s + m.end()
        if sc.taken(a, b):
            continue
        det, np = m.group("det"), m.group("np") or ""
        if det.lower() in ("the", "his", "her") and (_plural_head(np) or not np.strip()):
            continue
        if _excluded(np) or re.search(r"(?i)\b(?:attack|area|village|town|house|camp|base|road|vehicle|car|"
                                      r"bus|convoy|building|truck|fire|violence|conflict|war)$", np.strip()):
            continue
        extra, start, _, _ = _left_chain(sc, sc.s + m.start("det"))
        also = _also_before(sc.sent, m.start()) or bool(re.search(r"\balso\b", sc.sent[m.end("det"):m.start("verb")]))
        sc.add(start, b, "killed", None, 1 + extra, victims=_victims(np), also=also, how="named")
    for m in sc.finditer("body_found"):
        a, b = sc.s + m.start(), sc.s + m.end()
        if not sc.taken(a, b):
            sc.add(a, b, "killed", None, 1, how="bodies")
    _scan_objects_then(sc, "to_death", _TO_DEATH_TAIL, rx)
    _scan_objects_then(sc, "left_dead", _DEAD_TAIL, rx)


# the words after the victims that make a verb lethal: "beat three herders to death", "left two guards dead"
_TO_DEATH_TAIL = re.compile(r"\s+(?:to\s+death|alive)\b")
_DEAD_TAIL = re.compile(r"\s+(?:shot\s+|stabbed\s+|hacked\s+)?dead\b")


def _scan_objects_then(sc: _Scanner, pattern: str, tail_rx: re.Pattern[str], rx) -> None:
    """The dead named between a verb (pattern ``pattern``) and the words ``tail_rx`` that make it
    lethal, unless the verb was only attempted."""
    for m in sc.finditer(pattern):
        if rx["attempt"].search(sc.sent[max(0, m.start() - 30):m.start()]):
            continue
        got = _scan_objects(sc, m.end())
        if got is None:
            continue
        _, end, counts, _partial, phrase = got
        tail = tail_rx.match(sc.sent, end)
        if not tail or any(c is not None and sc.taken(c.start, c.end) for c in counts):
            continue
        value = sum(c.value if c is not None else 1 for c in counts)
        first = next((c for c in counts if c is not None), None)
        sc.add(sc.s + m.start(), sc.s + tail.end(), "killed", first, value, victims=_victims(phrase),
               how="number" if first is not None else "named")


def _scan_nominal(sc: _Scanner) -> None:
    rx = _rx()
    for m in sc.finditer("ordinal"):
        a, b = sc.s + m.start(), sc.s + m.end()
        if sc.taken(a, b):
            continue
        ordw = (m.group("ord") or m.group("ord2")).lower()
        np = m.group("np") or m.group("np2") or ""
        sc.add(a, b, "killed", None, _ORDINALS[ordw], victims=_victims(np), ordinal=True, how="ordinal")
    for m in sc.finditer("toll"):
        cnt = _read_count(m, sc.text, sc.s)
        if cnt is None or sc.taken(cnt.start, cnt.end):
            continue
        rev = m.group("rev").lower() not in ("was", "is", "to", "at")  # ("X put the death toll at 9")
        sc.add(sc.s + m.start(), sc.s + m.end(), "killed", cnt, cnt.value, revision=rev, how="toll")
    for key in ("bodies_of", "n_bodies", "body_of", "deaths_of", "n_deaths", "death_of", "lives_n", "lives_of"):
        for m in sc.finditer(key):
            a, b = sc.s + m.start(), sc.s + m.end()
            np = m.group("np") or ""
            cause = bool(rx["cause"].search(sc.sent[:m.start()])) and key != "n_bodies"
            if key in ("body_of", "death_of"):
                if sc.taken(a, b) or (m.group("one").lower() in ("the", "his", "her", "their", "its")
                                      and _plural_head(np.split(" in ")[0])):
                    continue
                sc.add(a, b, "killed", None, 1, victims=_victims(np), cause=cause,
                       how="bodies" if key == "body_of" else "named")
                continue
            cnt = _read_count(m, sc.text, sc.s)
            # ("the bodies of six traders kidnapped last month": the noun phrase ends before its participle)
            if cnt is None or sc.taken(cnt.start, cnt.end) or _excluded(_PARTICIPLE.split(np, 1)[0]):
                continue
            sc.add(min(a, cnt.start), b, "killed", cnt, cnt.value, victims=_victims(np), cause=cause,
                   how="bodies" if "bod" in key else "number")


def _scan_rival(sc: _Scanner, earlier: bool) -> None:
    """", a local official says six": a second source's bare figure after a count of the dead in the
    same sentence, or opening a sentence after one (``earlier``), is that source's count of them
    (``fatalities.count.rival_figure``)."""
    for m in sc.finditer("rival_figure"):
        cnt = _read_count(m, sc.text, sc.s)
        if cnt is None or sc.taken(cnt.start, cnt.end) or not (
                any(f[3] == "killed" and f[1] <= sc.s + m.start() for f in sc.found)
                or (earlier and not sc.sent[:m.start()].strip())):
            continue
        sc.add(cnt.start, cnt.end, "killed", cnt, cnt.value, how="rival", who=m.group("who").strip())


_PARTICIPLE = re.compile(r"\s+(?=[a-z]+ed\b|(?:last|this|on|in|at|near)\b)")


_ALONG = re.compile(r"(?:\s+(?:in|at|on|near|outside|inside)\s+[^,.;]{1,40}?)?\s*,?\s*"
                    r"(?:along\s+with|alongside|together\s+with)\s+", re.IGNORECASE)


def _scan_companions(sc: _Scanner) -> None:
    """"X died along with his bodyguard", "shot the mayor along with two of his aides": the
    victims joined by 'along with' after a death are counted with it (``fatalities.count.along_with``)."""
    for n, (a, b, value, kind, cnt, flags) in enumerate(sc.found):
        m = _ALONG.match(sc.sent, b - sc.s)
        if kind != "killed" or m is None or flags.get("denial") or flags.get("companions"):
            continue
        got = _scan_objects(sc, m.end())
        if got is None or any(c is not None and sc.taken(c.start, c.end) for c in got[2]):
            continue
        _, end, counts, _, _ = got
        more = sum(c.value if c is not None else 1 for c in counts)
        sc.used.append((sc.s + m.end(), sc.s + end))
        sc.found[n] = (a, sc.s + end, value + more, kind, cnt, {**flags, "how": "along"})


def _scan_parsed(sc: _Scanner, doc, widen_only: bool = False) -> None:
    """The deaths the dependency parse attaches to a killing verb (``fatalities.count.parsed_victims``),
    where the word patterns found none; where they found some, only the coordinated victims they cut
    short (``widen_only``, see ``_widen_to_coordination``)."""
    for p in parsed_counts(doc):
        a, b = sc.s + p.start, sc.s + p.end
        if p.count <= 0 or _excluded(p.head) or \
                _needs_person(p.verb) and not _is_person(p.victims) or \
                _rx()["attempt"].search(sc.sent[max(0, p.start - 30):p.start]):
            continue
        if widen_only or sc.taken(a, b):
            _widen_to_coordination(sc, p, a, b)
            continue
        also = bool(_ALSO_IN.search(sc.sent, p.start, p.end))  # "his cook and nephew were also killed"
        sc.add(a, b, "killed", None, p.count, victims=_victims(p.victims), at_least=p.at_least,
               how="raised" if p.raised else "titled" if p.titled else "resumed" if p.resumed else "parsed", also=also,
               companions=p.companions)  # (already counted: not added again by _scan_companions)


_COORDINATED = re.compile(r"\b(?:and|as\s+well\s+as)\b", re.IGNORECASE)
_ALSO_IN = re.compile(r"\b(?:also|as\s+well|too)\b", re.IGNORECASE)


def _widen_to_coordination(sc: _Scanner, p, a: int, b: int) -> None:
    """"The treasurer of a farmers' union and his nephew was stabbed to death": a word pattern that read only the
    last of the coordinated victims ("his nephew was stabbed to death", 1) gives way to the parse, which
    counts the whole subject (2) (``fatalities.count.coordinated_victims``)."""
    over = [n for n, f in enumerate(sc.found) if f[0] < b and a < f[1]]
    if len(over) != 1 or not _COORDINATED.search(p.victims):
        return
    n = over[0]
    x, y, value, kind, cnt, flags = sc.found[n]
    if kind != "killed" or flags.get("denial") or x <= a or value >= p.count:
        return
    sc.found[n] = (a, max(b, y), p.count, kind, cnt, {**flags, "how": "coordinated", "at_least": p.at_least})


def _scan_denials(sc: _Scanner) -> None:
    for m in sc.finditer("deny"):
        a, b = sc.s + m.start(), sc.s + m.end()
        if sc.taken(a, b):
            continue
        verb = (m.group("verb") or m.group("noun") or m.group("died") or m.group("died2") or "").lower()
        if verb in ("killed", "dead", "lost", "died", "deaths", "fatalities", "casualties") or \
                verb.startswith(("loss of", "lives")):
            kind = "killed"
        elif verb in ("abducted", "kidnapped"):
            kind = "abducted"
        elif verb in ("arrested", "detained"):
            kind = "arrested"
        else:
            kind = "wounded"
        who = (m.group("who") or "")
        sc.add(a, b, kind, None, 0, victims=_victims(who.split(None, 1)[1]) if " " in who else None,
               denial=True, how="denial")


def _evidence(text: str, s: int, e: int, a: int, b: int) -> Span:
    """The clause holding [a, b): widened to clause breaks inside the sentence."""
    sent = text[s:e]
    ra, rb = a - s, b - s
    left = max(sent.rfind(c, 0, ra) for c in (";", "“", "”", "\"", ":"))
    m = list(re.finditer(r",\s+(?:but|while|whereas)\s+|\bbut\s+", sent[:ra]))
    if m:
        left = max(left, m[-1].end() - 1)
    start = left + 1 if left >= 0 else 0
    stop = re.search(r"[;.!?“”\"](?:\s|$)|,\s+(?:but|while|whereas|according)\b|,\s+\w+(?:\s+\w+){0,4}\s+said\b",
                     sent[rb:])
    end = rb + stop.start() if stop else len(sent)
    while start < end and sent[start] in " \t\n,":
        start += 1
    if end - start > 160:
        comma = sent.rfind(",", start, max(start, ra - 1))
        if comma >= 0 and not re.match(r",\s*among", sent[comma:]):
            start = comma + 1
        comma2 = sent.rfind(",", start, max(start, comma))
        while comma >= 0 and re.match(r",\s*among", sent[comma:]) and comma2 >= 0:
            start = comma2 + 1
            break
        while start < end and sent[start] in " \t\n,":
            start += 1
    while end > start and sent[end - 1] in " \t\n,":
        end -= 1
    return Span(text[s + start:s + end], s + start, s + end)


_NAME_OF = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w'’.-]*$")
_IN_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")
_IN_NAME_AFTER = re.compile(r"\s+[A-Z][\w'’-]*")
_PAST_DEED = re.compile(r"\b(?:who|that) had (?:\w+ ){0,2}$", re.IGNORECASE)


_MARKUP = re.compile(r"</?(?:b|i|em|strong|u|span|a|font)(?:\s[^<>]{0,80})?>", re.IGNORECASE)


def find_casualties(text: str, sentences: list[tuple[int, int]], parsed: dict | None = None) -> list[CasualtyMention]:
    """Every casualty count the text states, in text order, with its claimant and flags.

    ``parsed`` maps a sentence's index in ``sentences`` to its spaCy parse, where there is one: a
    sentence whose word patterns find no death has its victims counted on the parse instead."""
    sentences = sentences or fallback_sentences(text)
    # inline markup some feeds leave in ("were <b>killed</b>") is read as blanks (offsets unchanged)
    text = _MARKUP.sub(lambda m: " " * len(m.group()), text)
    claimants = _Claimants(text, sentences)
    out: list[CasualtyMention] = []
    for si, (s, e) in enumerate(sentences):
        sc = _Scanner(text, s, e, si)
        for scan in (_scan_denials, _scan_nominal, _scan_passive, _scan_died, _scan_active, _scan_single):
            scan(sc)
        doc = (parsed or {}).get(si)
        if doc is not None:
            _scan_parsed(sc, doc, widen_only=any(f[3] == "killed" for f in sc.found))
        _scan_rival(sc, any(o.kind == "killed" and not o.denial for o in out))
        _scan_companions(sc)
        if sc.found:
            out = _sentence_mentions(sc, claimants, out)
    return out


class _Claimants:
    """Who says each count: the sentence's reporting clauses, completed by claimants named earlier in
    the article (the resolver hears the sentences before a claim, in order, only when one is asked)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text, self.sentences = text, sentences
        self.resolver = ClaimantResolver()
        self.heard = 0  # the resolver has been given the claimants of the sentences before this one
        self.read: dict[int, list] = {}  # the reporting clauses of sentences read but not yet given to it

    def clauses(self, si: int) -> list:
        self.read[si] = attributions(self.text, *self.sentences[si])
        return self.read[si]

    def at(self, si: int, pos: int) -> str | None:
        s, e = self.sentences[si]
        claimant = claimant_at(self.read[si], s, self.text[s:e], pos)
        if claimant is None:
            return None
        for pi in range(self.heard, si):
            for att in self.read.pop(pi) if pi in self.read else attributions(self.text, *self.sentences[pi]):
                self.resolver.add(att.claimant)
        self.heard = si
        return self.resolver.resolve(claimant)


def _sentence_mentions(sc: _Scanner, claimants: _Claimants, out: list[CasualtyMention]) -> list[CasualtyMention]:
    """The counts one sentence's scanners found as mentions, appended to ``out`` (returned)."""
    rx = _rx()
    text, s, e, si, sent = sc.text, sc.s, sc.e, sc.si, sc.sent
    claimants.clauses(si)
    recent = rx["recent_span"].search(sent)
    plain = rx["recent_span"].sub(lambda m: " " * len(m.group()), sent)  # offsets unchanged
    for a, b, value, kind, cnt, flags in sorted(sc.found, key=lambda f: f[0]):
        background = _background_near(plain, a - s, b - s)
        if rx["hedge"].search(sent[max(0, a - s - 60):a - s]):
            continue
        if rx["until"].search(sent[max(0, a - s - 60):a - s]) and re.search(r"\b(?:is|are)\b", text[a:b]):
            continue
        if _PAST_DEED.search(sent, max(0, a - s - 40), a - s):
            # "thrashed a youth who had earlier stabbed his uncle": the victim's own earlier deed
            flags = {**flags, "cause": True}
        if rx["protest_cause"].search(sent[:a - s]) and not _RESULT_CLAUSE.search(
                sent, max(0, a - s - 30), min(len(sent), a - s + 12)):
            # (", killing at least 66": the toll of what the sentence reports, not its cause)
            flags = {**flags, "cause": True}
        claimant = claimants.at(si, a) or flags.get("who")
        count, notes = value, []
        if kind == "killed" and not flags.get("also") and _more_in_sentence(sent, sc.found, s, a, b, value):
            flags = {**flags, "also": True, "here": True}
        if flags.get("also") and kind == "killed" and count > 0:
            earlier = [o for o in out if o.kind == kind and not o.background and not o.denial
                       and (o.sentence == si or not flags.get("here"))]
            pool = [o for o in earlier if o.claimant == claimant] or earlier
            if pool:
                base = max(o.count for o in pool)
                count += base
                notes.append(f"'also': adds the {base} killed stated earlier")
                out = [dataclasses.replace(o, subsumed=True) if o in pool else o for o in out]
        vague = bool(flags.get("vague") or (cnt is not None and cnt.vague))
        if vague:
            notes.append(f"vague quantity coded {value} (ACLED convention, numbers.tsv)")
        if flags.get("ordinal"):
            notes.append(f"ordinal: the death of a number-{value} victim means {value} dead")
        ev = _evidence(text, s, e, a, b)
        if notes:
            ev = Span(ev.text, ev.start, ev.end, note="; ".join(notes))
        out.append(CasualtyMention(
            count=count, kind=kind, evidence=ev, sentence=si, claimant=claimant,
            at_least=bool(flags.get("at_least") or (cnt is not None and cnt.at_least)),
            up_to=bool(flags.get("up_to") or (cnt is not None and cnt.up_to)),
            vague=vague, revision=bool(flags.get("revision")), victims=flags.get("victims"),
            background=(background and not flags.get("revision")) or bool(flags.get("cause")),
            partial=bool(flags.get("partial")), denial=bool(flags.get("denial")),
            rule=_count_rule(flags, cnt, count != value, recent is not None),
            excluded_by=_exclusion_rule(flags, background)))
    return out


_MORE = re.compile(r"(?i)\b(?:others?|another|further|additional|more)\b(?!\s+than\b)")


def _more_in_sentence(sent: str, found: list, s: int, a: int, b: int, value: int) -> bool:
    """A count of more victims ("another blast killed four", "killed eight others") after a killed count of
    the same sentence adds to it, unless the two make up a figure the sentence already gave (a
    breakdown of its toll). The cue is read after the last count before this one, whatever its kind."""
    before = [f for f in found if f[1] <= a]
    killed = [f for f in before if f[3] == "killed" and f[2] > 0 and not f[5].get("denial")]
    if not killed:
        return False
    last = max(killed, key=lambda f: f[1])
    if any(f[2] == last[2] + value for f in killed):
        return False
    return bool(_MORE.search(sent, max(f[1] for f in before) - s, b - s))


def _background_near(sent: str, a: int, b: int) -> bool:
    """A cumulative or historical cue before the count, or just after it ("has killed 20,000 since 2011")."""
    rx = _rx()
    if rx["background"].search(sent, 0, b):  # (up to the count's end: "the war has killed 9,000")
        return True
    stop = _CLAUSE_BREAK.search(sent, b, min(len(sent), b + BACKGROUND_AFTER))
    after = rx["background"].search(sent, b, stop.start() if stop else min(len(sent), b + BACKGROUND_AFTER))
    return after is not None and not _BEFORE_ONLY.fullmatch(after.group())


def _count_rule(flags: dict, cnt: _Count | None, added: bool, recent: bool) -> str:
    """The fatality rule (``fatality_rules``) that read a count, from how the scanners found it."""
    how = flags.get("how", "number")
    if how == "toll" and not flags.get("revision"):
        return R.STATED  # "a local official put the death toll at nine": a figure, not an update
    if how in ("denial", "toll", "ordinal", "bodies", "parsed", "raised", "titled", "resumed", "coordinated", "along",
               "rival"):
        return {"denial": R.DENIAL, "toll": R.TOLL, "ordinal": R.ORDINAL, "bodies": R.BODIES,
                "parsed": R.PARSED, "raised": NC.RAISED_SUBJECT, "titled": NC.TITLE_AND_NAME,
                "resumed": NC.RESUMED_OBJECT, "coordinated": NC.COORDINATED, "along": R.ALONG, "rival": R.RIVAL}[how]
    if added:
        return R.ALSO
    if flags.get("described"):
        return NC.DESCRIBED_CONJUNCT
    if flags.get("vague") or (cnt is not None and cnt.vague):
        return R.VAGUE
    if how == "named":
        return R.NAMED
    if recent:
        return R.RECENT_SPAN
    if flags.get("at_least") or (cnt is not None and cnt.at_least):
        return R.AT_LEAST
    return R.STATED


def _exclusion_rule(flags: dict, background: bool) -> str | None:
    if flags.get("cause"):
        return R.CAUSE
    if background and not flags.get("revision"):
        return R.BACKGROUND
    return None


def combine(mentions: list[CasualtyMention]) -> tuple[int, int, int, list[FatalityReport]]:
    """Per-claimant killed reports and their (best, low, high).

    Only ``kind == "killed"`` mentions that are not background totals count.  Each claimant (``None`` =
    the outlet itself) gives one report: its latest "death toll rose to N" revision when there is one,
    otherwise its largest figure.  A tally with "also killed" includes the earlier victims, so the
    figures it absorbed (``subsumed``) are not reports of their own.  A partial figure ("killed, among
    others, X") is dropped when another report is at least as large, and a denial ("no one was killed",
    count 0) only stands when no report gives a positive count.
    ``low`` and ``high`` are the smallest and largest report; ``best`` is the most conservative figure,
    ACLED's rule for conflicting reports: the lowest count among all reports, whoever gives it.
    No reports gives (0, 0, 0, []).
    """
    chosen = _reports(mentions)
    if not chosen:
        return 0, 0, 0, []
    reports = [FatalityReport(m.claimant, m.count, m.evidence, kind="killed", revision=m.revision) for m in chosen]
    counts = [m.count for m in chosen]
    return min(counts), min(counts), max(counts), reports


def decide(mentions: list[CasualtyMention]) -> tuple[int, int, int, list[FatalityReport], list[str]]:
    """An event's fatalities from all its casualty mentions: ``combine``'s (best, low, high, reports)
    and the ids of the fatality rules that decided them, the deciding rule first (several claimants:
    ``fatalities.combine.lowest_report``; one: the rule that read its count; none: ``none_reported``),
    then the rules that read the other reports and those that kept counts out."""
    best, low, high, reports = combine(mentions)
    chosen = _reports(mentions) if reports else []
    rules = [R.LOWEST] if len(chosen) > 1 else []
    every = _reports(mentions, parts=True)
    if len(chosen) < len(every):
        rules += [r for r in (R.STATED_OVER_VAGUE, R.LEAD_TOTAL, R.PART_OF_TOLL) if r in _parts_rules(every)]
    rules += [m.rule for m in chosen]
    if not chosen:
        rules.append(R.NONE)
    rules += [m.excluded_by for m in mentions if m.kind == "killed" and m.excluded_by]
    if not chosen and any(m.kind != "killed" and m.count > 0 for m in mentions):
        rules.append(R.WOUNDED)
    return best, low, high, reports, list(dict.fromkeys(rules))


def _reports(mentions: list[CasualtyMention], parts: bool = False) -> list[CasualtyMention]:
    """One killed report per claimant (see ``combine``)."""
    killed = [m for m in mentions if m.kind == "killed" and not m.background]
    killed = [m for m in killed if not m.subsumed] or killed
    positive = [m for m in killed if m.count > 0]
    pool = positive if positive else killed
    revised = [m for m in pool if m.revision]
    if revised:
        # "the death toll rose to 15": the update replaces the figures reported before it, whoever gave them
        latest = max(revised, key=lambda m: m.evidence.start)
        pool = [m for m in pool if m.evidence.start >= latest.evidence.start or m.sentence == latest.sentence]
    by_claimant: dict[str | None, CasualtyMention] = {}
    order: list[str | None] = []
    for m in pool:
        key = m.claimant
        if key not in by_claimant:
            by_claimant[key] = m
            order.append(key)
            continue
        cur = by_claimant[key]
        if m.revision:
            by_claimant[key] = m
        elif cur.revision:
            continue
        elif m.count > cur.count or (m.count == cur.count and cur.partial and not m.partial):
            by_claimant[key] = m
    chosen = [by_claimant[k] for k in order]
    if len(chosen) > 1:
        top = max(m.count for m in chosen)
        kept = [m for m in chosen if not (m.partial and m.count <= top and
                                          any(o is not m and o.count >= m.count for o in chosen))]
        chosen = kept or chosen
    return chosen if parts else _without_parts(chosen)


def _parts_rules(chosen: list[CasualtyMention]) -> set[str]:
    """The rules by which ``_without_parts`` drops some of ``chosen``."""
    out = set()
    for rule, keep in _PART_FILTERS:
        kept = keep(chosen)
        if len(kept) < len(chosen):
            out.add(rule)
            chosen = kept
    return out


def _without_parts(chosen: list[CasualtyMention]) -> list[CasualtyMention]:
    """The reports that are rival figures of the event's toll, without those that are a part or a
    rough stand-in of another (see ``_PART_FILTERS``)."""
    for _rule, keep in _PART_FILTERS:
        chosen = keep(chosen)
    return chosen


def _stated_over_vague(chosen: list[CasualtyMention]) -> list[CasualtyMention]:
    """"Several people were killed …" and later "the toll was 40": a vague quantity's convention value
    stands only where no report states a number (``fatalities.combine.stated_over_vague``)."""
    stated = [m for m in chosen if not m.vague and m.count > 0]
    return [m for m in chosen if not m.vague] if stated else chosen


# a later figure said against the lead's, not as a detail of it ("said only one was killed", "however")
_RIVAL = re.compile(r"(?i)\b(?:only|however|but|whereas|while|claim(?:s|ed|ing)?|denied|disputed|"
                    r"contradict\w*|toll|put\s+the|other\s+reports?|another\s+source|unconfirmed)\b")


def _lead_total(chosen: list[CasualtyMention]) -> list[CasualtyMention]:
    """Wire stories give the event's toll first and its details after ("At least 16 civilians were
    killed … Five were killed around Debaltseve, six in Donetsk …"): a smaller figure in a later
    sentence is a part of the lead's toll, not a rival report, unless it is said against it ("only",
    "however", "claimed"), is a toll of its own ("put the death toll at"), or both figures have a
    source of their own (``fatalities.combine.lead_total``)."""
    if len(chosen) < 2:
        return chosen
    lead = min(chosen, key=lambda m: m.evidence.start)
    if lead.rule == R.NAMED:
        return chosen
    return [m for m in chosen if m is lead or not (
        m.sentence > lead.sentence and m.count < lead.count and not m.revision
        and None in (m.claimant, lead.claimant)  # (two sources each naming their figure are rivals)
        and not _RIVAL.search(m.evidence.text) and not _RIVAL.search(m.claimant or ""))]


def _named_parts(chosen: list[CasualtyMention]) -> list[CasualtyMention]:
    """A claimant's victims told one by one ("a taxi driver was killed") next to another's figure
    larger than their tally ("the toll rose to 15") are some of those dead, not a rival
    report (``fatalities.combine.part_of_toll``)."""
    figures = [m.count for m in chosen if m.rule != R.NAMED]
    if not figures or len(chosen) < 2:
        return chosen
    return [m for m in chosen if not (m.rule == R.NAMED and m.count < max(figures))] or chosen


_PART_FILTERS = ((R.STATED_OVER_VAGUE, _stated_over_vague), (R.PART_OF_TOLL, _named_parts),
                 (R.LEAD_TOTAL, _lead_total))

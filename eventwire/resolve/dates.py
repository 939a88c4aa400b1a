"""Time expressions in news text, resolved against the publication date.

``find_time_expressions`` finds explicit dates, weekdays, relative days, weeks,
months, years, spans, durations, sets and clock times with compiled rules and
resolves each one against the article's publication date (never the clock).
``event_date_for`` picks the expression that dates one event mention.

Values are ISO (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``) with TimeML
forms where ISO has none: ``YYYY-Qn`` quarters, ``YYYY-SU`` seasons, ``199X``
decades, ``19`` centuries, ``P3Y`` durations, ``PRESENT_REF`` / ``PAST_REF`` /
``FUTURE_REF`` and ``XXXX-XX-XXT22:00`` clock times without a day.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import replace
from typing import Callable, Iterator

from ..extract.classify import date_rules as R
from ..extract.classify import news_date_rules as N
from ..lang.loader import load as word_class
from ..records import TimeExpr
from ..textscan import Clauses, GapSkipper, folded, may_match, required_words

RULES_VERSION = "dates.rules.v5+release-dateline.v1+anchored-day.v1"

FUTURE_TOLERANCE = dt.timedelta(days=7)
ONE_DAY = dt.timedelta(days=1)

FUTURE_CUE = re.compile(
    r"(?i:\b(?:will|shall|'ll|going\s+to|plans?\s+to|planning\s+to|planned|scheduled|expected|expects?"
    r"|set\s+to|due|next|coming|tomorrow|upcoming|intends?\s+to|payable|expires?|effective|deadline"
    r"|from\s+now|hence)\b)")

# ---------------------------------------------------------------- vocabulary

# (the word classes of eventwire/lang/en: months, weekdays, number_words, ordinals)
_MONTH_NAMES = list(word_class("months").values(**{"class": "month"}))
_WEEKDAY_NAMES = list(word_class("weekdays").values())
_ABBREVIATIONS = word_class("months").values(**{"class": "abbreviation"})


def _cased(words: list[str]) -> str:
    """Capitalised and upper-case spellings (news capitalises months and weekdays)."""
    forms = []
    for w in sorted(words, key=len, reverse=True):
        forms.append(w.capitalize())
        forms.append(w.upper())
    return "|".join(forms)


_MONTH_FULL = f"(?:{_cased(_MONTH_NAMES)})(?![A-Za-z])"
_MONTH_ABBR = f"(?:{_cased(list(_ABBREVIATIONS))})(?:\\.|(?![A-Za-z]))"
MONTH = f"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = f"(?:{_cased(_WEEKDAY_NAMES)})"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%])"

_NUMBER_WORDS = word_class("number_words")
_UNIT_WORDS_0_19 = _NUMBER_WORDS.values(**{"class": "unit"})
_UNITS = {**_UNIT_WORDS_0_19, **_NUMBER_WORDS.values(**{"class": "indefinite"})}
_TENS = _NUMBER_WORDS.values(**{"class": "tens"})
_ORDINALS = word_class("ordinals").values()
_DIGIT_WORDS = "|".join(w for w, n in _UNIT_WORDS_0_19.items() if 1 <= n <= 9)  # one … nine
_TEEN_WORDS = "|".join(w for w, n in _UNIT_WORDS_0_19.items() if n >= 10)  # ten … nineteen

_NUM_WORD = f"(?:(?:{'|'.join(_TENS)})(?:[\\s-](?:{_DIGIT_WORDS}))?|{'|'.join(_UNIT_WORDS_0_19)})"
NUMBER = (rf"(?:\d+(?:\.\d+)?|(?:a|{_DIGIT_WORDS})\s+hundred(?:\s+and\s+{_NUM_WORD})?"
          rf"|{_NUM_WORD}|a\s+couple\s+of|a\s+dozen|a\s+half|an?|half\s+an?)")
_UNIT_WORDS = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|fortnights?|nights?)"
_UNIT_CODE = {"year": "Y", "month": "M", "week": "W", "day": "D", "night": "D", "hour": "H",
              "minute": "M", "second": "S", "decade": "DE", "century": "CE", "centurie": "CE",
              "fortnight": "FN"}


def _number(s: str) -> float | None:
    s = re.sub(r"\s+", " ", s.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if s in ("a couple of",):
        return 2
    if s == "a dozen":
        return 12
    if s in ("a half", "half a", "half an"):
        return 0.5
    m = re.fullmatch(rf"(a|{_DIGIT_WORDS}) hundred(?: and (.+))?", s)
    if m:
        rest = _number(m.group(2)) if m.group(2) else 0
        return _UNITS[m.group(1)] * 100 + (rest or 0)
    if s in _UNITS:
        return _UNITS[s]
    m = re.fullmatch(r"(\w+)[\s-](\w+)", s)
    if m and m.group(1) in _TENS and m.group(2) in _UNITS:
        return _TENS[m.group(1)] + _UNITS[m.group(2)]
    if s in _TENS:
        return _TENS[s]
    return None


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in _MONTH_NAMES:
        return _MONTH_NAMES.index(key) + 1
    return _ABBREVIATIONS[key[:4] if key.startswith("sept") else key[:3]]


def _weekday_number(name: str) -> int:
    return _WEEKDAY_NAMES.index(name.lower())


# ---------------------------------------------------------------- calendar helpers

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def infer_year(month: int, day: int, published: dt.date, future: bool = False,
               tolerance: dt.timedelta = FUTURE_TOLERANCE) -> dt.date | None:
    """The year-less day resolved: the latest one not after publication + tolerance, or in a
    future-tense sentence the first one not before publication - tolerance."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        d = _safe_date(year, month, day)
        if d is None:
            continue
        if future:
            if d >= published - tolerance and (best is None or d < best):
                best = d
        elif d <= published + tolerance and (best is None or d > best):
            best = d
    return best


def _recent_weekday(wd: int, published: dt.date) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - wd) % 7)


def _next_weekday(wd: int, published: dt.date) -> dt.date:
    return published + dt.timedelta(days=((wd - published.weekday()) % 7) or 7)


def _week_value(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    return dt.date(year, month, (h + l_ - 7 * m + 114) % 31 + 1)


def _thanksgiving(year: int) -> dt.date:
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


# ---------------------------------------------------------------- constructors

def _day(m: re.Match | tuple[str, int, int], d: dt.date, precision: int = 1) -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, d.isoformat(), precision, d, d, "date")


def _span_expr(m, low: dt.date, high: dt.date, value: str | None = None, kind: str = "span") -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, value or low.isoformat(), _span_precision(low, high), low, high, kind)


def _month_expr(m, year: int, month: int) -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, f"{year:04d}-{month:02d}", 3, dt.date(year, month, 1),
                    _month_end(year, month), "month")


def _year_expr(m, year: int) -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, f"{year:04d}", 3, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _week_expr(m, monday: dt.date) -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, _week_value(monday), 2, monday, monday + dt.timedelta(days=6), "week")


def _plain(m, value: str, kind: str, precision: int = 3, low: dt.date | None = None,
           high: dt.date | None = None) -> TimeExpr:
    text, start, end = _span(m)
    return TimeExpr(text, start, end, value, precision, low, high, kind)


def _span(m) -> tuple[str, int, int]:
    if isinstance(m, tuple):
        return m
    return m.group(0), m.start(), m.end()


def _span_precision(low: dt.date, high: dt.date) -> int:
    days = (high - low).days + 1
    if days <= 1:
        return 1
    if days <= 11:
        return 2
    return 3


def _sub_span(low: dt.date, high: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """early / mid / late (and 'the end of' ...) of a month or a year."""
    if not mod:
        return low, high
    mod = re.sub(r"[\s-]+", " ", mod.lower()).strip()
    days = (high - low).days + 1
    third = days // 3
    if mod in ("early", "the beginning of", "the start of", "beginning of", "start of", "the first half of"):
        if mod == "the first half of":
            return low, low + dt.timedelta(days=days // 2 - 1)
        return low, low + dt.timedelta(days=third - 1 if days > 31 else 9)
    if mod in ("mid", "the middle of", "middle of"):
        if days > 31:
            return low + dt.timedelta(days=third), low + dt.timedelta(days=2 * third - 1)
        return low + dt.timedelta(days=10), low + dt.timedelta(days=19)
    if mod in ("late", "the end of", "end of", "the second half of"):
        if mod == "the second half of":
            return low + dt.timedelta(days=days // 2), high
        return (low + dt.timedelta(days=2 * third), high) if days > 31 else (low + dt.timedelta(days=20), high)
    return low, high


def _bounded_expr(m, low: dt.date, high: dt.date, base: TimeExpr, mod: str | None) -> TimeExpr:
    """``base`` narrowed to its early / mid / late part, keeping the month or year value."""
    if not mod:
        return base
    lo, hi = _sub_span(low, high, mod)
    text, start, end = _span(m)
    return TimeExpr(text, start, end, base.value if base else lo.isoformat(), _span_precision(lo, hi), lo, hi, "span")


# ---------------------------------------------------------------- rules

Rule = Callable[[re.Match, "_Context"], "TimeExpr | None"]
_RULES: list[tuple[re.Pattern, Rule, int]] = []


def _rule(pattern: str, priority: int = 0):
    compiled = re.compile(pattern)

    def register(fn: Rule) -> Rule:
        _RULES.append((compiled, fn, priority))
        return fn
    return register


def _int_day(s: str) -> int:
    return int(re.match(r"\d+", s).group(0))


_SPAN_PREFIX = r"(?:(?P<pre>(?i:between|from))\s+)?"
_CONNECT = r"\s*(?:-|–|—|/|(?i:to|and|until|till|through|thru))\s*"


@_rule(rf"\b{_SPAN_PREFIX}(?:(?i:the)\s+)?(?P<d1>{DAY}){_CONNECT}(?:(?i:the)\s+)?(?P<d2>{DAY})"
       rf"(?:\s+(?i:of))?\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?", priority=2)
def _dd_month(m, ctx):
    pub = ctx.pub
    d1, d2, month = _int_day(m["d1"]), _int_day(m["d2"]), _month_number(m["mon"])
    if not (1 <= d1 < d2 <= 31):
        return None
    if m["y"]:
        high = _safe_date(int(m["y"]), month, d2)
    else:
        high = infer_year(month, d2, pub, ctx.future(m.start()))
    low = high and _safe_date(high.year, month, d1)
    if not (low and high):
        return None
    return _span_expr(m, low, high)


@_rule(rf"\b{_SPAN_PREFIX}(?P<mon>{MONTH})\s+(?P<d1>{DAY}){_CONNECT}(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?",
       priority=2)
def _month_dd(m, ctx):
    pub = ctx.pub
    d1, d2, month = _int_day(m["d1"]), _int_day(m["d2"]), _month_number(m["mon"])
    if not (1 <= d1 < d2 <= 31):
        return None
    high = _safe_date(int(m["y"]), month, d2) if m["y"] else infer_year(month, d2, pub, ctx.future(m.start()))
    low = high and _safe_date(high.year, month, d1)
    if not (low and high):
        return None
    return _span_expr(m, low, high)


_WEEKDAY_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"


@_rule(rf"\b{_WEEKDAY_PREFIX}(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
       rf"(?:,?\s+(?P<y>{YEAR}))?", priority=1)
def _day_month(m, ctx):
    return _explicit_day(m, ctx)


@_rule(rf"\b{_WEEKDAY_PREFIX}(?P<mon>{MONTH})\s+(?:(?i:the)\s+)?(?P<d>{DAY})(?!\s*[-–]\s*\d)(?:,?\s+(?P<y>{YEAR}))?",
       priority=1)
def _month_day(m, ctx):
    return _explicit_day(m, ctx, monthfirst=True)


_COUNTED_NOUN = re.compile(r"[ \t]+(?!(?:in|at|on|when|after|before|during|and|as|to|near|outside|inside|by|with"
                           r"|from|the|a|an|for|over|following|amid|while|where|which|who)\b)[a-z]")


def _explicit_day(m, ctx, monthfirst: bool = False):
    pub = ctx.pub
    day, month = _int_day(m["d"]), _month_number(m["mon"])
    if not 1 <= day <= 31:
        return None
    if m["y"] and monthfirst and "," not in m.string[m.end("d"):m.start("y")] \
            and _COUNTED_NOUN.match(m.string, m.end()):
        span = (m.string[m.start():m.end("d")], m.start(), m.end("d"))
        d = infer_year(month, day, pub, ctx.future(m.start()))
        return _day(span, d) if d else None
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
    else:
        d = infer_year(month, day, pub, ctx.future(m.start()))
    return _day(m, d) if d else None


@_rule(r"\b(?P<y>\d{4})(?P<s>[-/.])(?P<mo>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d/])")
def _iso(m, ctx):
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return _day(m, d) if d else None


def _numeric_order(a: int, b: int, dayfirst: bool) -> tuple[int, int] | None:
    """(day, month) from two numbers, honouring unambiguous orders."""
    if a > 12 and b <= 12:
        return a, b
    if b > 12 and a <= 12:
        return b, a
    if a > 12 or b > 12:
        return None
    return (a, b) if dayfirst else (b, a)


@_rule(r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")
def _numeric(m, ctx):
    pub = ctx.pub
    order = _numeric_order(int(m["a"]), int(m["b"]), ctx.dayfirst)
    if order is None:
        return None
    year = int(m["y"])
    if year < 100:
        year += 2000 if year <= (pub.year % 100) + 1 else 1900
    d = _safe_date(year, order[1], order[0])
    return _day(m, d) if d else None


@_rule(r"(?:(?<=\b[Oo]n )|(?<=\())(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")
@_rule(r"(?:^|(?<=\n))(?P<a>\d{1,2})/(?P<b>\d{1,2})(?=[,:;]\s)")  # a coder's note: "15/02, Wajir: …"
def _numeric_short(m, ctx):
    pub = ctx.pub
    order = _numeric_order(int(m["a"]), int(m["b"]), ctx.dayfirst)
    if order is None or not 1 <= order[1] <= 12:
        return None
    d = infer_year(order[1], order[0], pub, ctx.future(m.start()))
    return _day(m, d) if d else None


@_rule(rf"(?<=\b[Oo]n )(?i:the)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:[A-Z]|of\b))")
def _day_of_month(m, ctx):
    pub = ctx.pub
    day = int(m["d"])
    for delta in (0, -1, -2):
        y, mo = _shift_months(pub.year, pub.month, delta)
        d = _safe_date(y, mo, day)
        if d and d <= pub:
            return _day(m, d)
    return None


_PAREN_DATE = (rf"(?:\s*[\(\[]\s*(?:(?P<pmon1>{MONTH})\s+)?(?P<dom>[0-3]?\d)(?:st|nd|rd|th)?"
               rf"(?:\s+(?P<pmon>{MONTH}))?\s*[\)\]])?")
_DAYPART = r"(?i:morning|afternoon|evening|night|overnight|midday|dawn|dusk|daybreak)"
_CLOCK = (r"(?:(?i:about|around|at|approximately|roughly)\s+)?(?:\d{1,2}(?::\d\d)?\s*(?i:a\.?m\b\.?|p\.?m\b\.?)"
          r"(?:\s+(?:EST|EDT|CST|PST|GMT|UTC|local\s+time))?|\d{1,2}:\d\d(?:\s+(?:GMT|UTC|local\s+time))?"
          r"|(?i:noon|midnight|mid-?afternoon|mid-?morning))")


@_rule(rf"\b(?=[A-Za-z0-9])(?:(?P<clock>{_CLOCK}),?\s+(?:(?i:on)\s+)?)?"
       rf"(?P<mod>(?i:this\s+coming|this\s+past|this|last|next|coming|past|early|late|earlier|later|overnight)"
       rf"\s+(?:(?i:on)\s+)?)?"
       rf"\b(?P<wd>{WEEKDAY})(?!s\b){_PAREN_DATE}(?:,?\s+(?P<part>{_DAYPART}))?")
def _weekday(m, ctx):
    pub = ctx.pub
    wd = _weekday_number(m["wd"])
    mod = re.sub(r"\s+", " ", (m["mod"] or "").lower()).replace(" on", "").strip()
    if mod in ("next", "coming", "this coming"):
        d = _next_weekday(wd, pub)
    elif not mod and ctx.upcoming(m.start("wd")):
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        return replace(_day(m, _confirmed(m, ctx, d, wd)), rules=(N.WEEKDAY_UPCOMING,))
    elif mod in ("last", "this past", "past") and pub.weekday() == wd:
        d = pub - dt.timedelta(days=7)
    else:
        d = _recent_weekday(wd, pub)
    return _day(m, _confirmed(m, ctx, d, wd))


def _confirmed(m: re.Match, ctx: "_Context", d: dt.date, wd: int | None = None) -> dt.date:
    """A date in parentheses after a weekday or 'yesterday' ('this Thursday (4)', 'yesterday (24 July)')."""
    if not m["dom"]:
        return d
    dom = int(m["dom"])
    name = m["pmon"] or m["pmon1"]
    if name:
        explicit = infer_year(_month_number(name), dom, ctx.pub, ctx.future(m.start()))
        return explicit or d
    for offset in sorted(range(-10, 11), key=abs):
        cand = d + dt.timedelta(days=offset)
        if cand.day == dom and (wd is None or cand.weekday() == wd):
            return cand
    return d


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "easter sunday": _easter,
    "easter": _easter,
    "thanksgiving day": _thanksgiving,
    "thanksgiving": _thanksgiving,
}


@_rule(r"\b(?P<h>Christmas\s+Eve|Christmas\s+Day|Christmas|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)"
       r"|Easter\s+Sunday|Easter|Thanksgiving\s+Day|Thanksgiving)(?![\w-])(?!\s+(?:Island|tree|card|market))")
def _holiday(m, ctx):
    pub = ctx.pub
    fn = _HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))]
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        d = fn(year)
        if d <= pub + FUTURE_TOLERANCE and (best is None or d > best):
            best = d
    return _day(m, best) if best else None


@_rule(r"(?i:\b(?P<mod>(?:early|late|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow)\b)"
       rf"{_PAREN_DATE}(?:\s+(?P<part>{_DAYPART}))?")
def _today(m, ctx):
    pub = ctx.pub
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
    return _day(m, _confirmed(m, ctx, pub + dt.timedelta(days=offset)))


@_rule(r"(?i:\b(?:the\s+)?day\s+(?P<w>before\s+yesterday|after\s+tomorrow)\b)", priority=1)
def _two_days(m, ctx):
    pub = ctx.pub
    return _day(m, pub + dt.timedelta(days=-2 if m["w"].lower().startswith("before") else 2))


@_rule(r"(?i:\b(?:(?:early|late|earlier|later)\s+)?(?:this|last)\s+(?P<part>morning|afternoon|evening|night)\b"
       r"|\bovernight\b(?!\s+(?:curfew|stay|flight|train|bus))"
       r"|\b(?:mid-?)?(?:morning|afternoon|evening)\s+yesterday\b)")
def _daypart(m, ctx):
    pub = ctx.pub
    text = m.group(0).lower()
    if "last night" in text or "yesterday" in text:
        return _day(m, pub - ONE_DAY)
    if text == "overnight":
        return _plain(m, (pub - ONE_DAY).isoformat(), "date", 1, pub - ONE_DAY, pub)
    return _day(m, pub)


_REL_MOD = r"(?:(?P<edge>early|late|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)\s+)?"


@_rule(rf"(?i:\b{_REL_MOD}(?P<which>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+previous|"
       r"the\s+coming|the\s+next|past|previous|coming|the\s+current|current|the)\s+"
       r"(?P<unit>week(?:end)?|month|year|decade|century|spring|summer|fall|autumn|winter)\b(?!['’]s\b)(?![-]))")
def _relative_unit(m, ctx):
    pub = ctx.pub
    which = re.sub(r"\s+", " ", m["which"].lower())
    unit = m["unit"].lower()
    edge = re.sub(r"\s+", " ", (m["edge"] or "").lower())
    step = {"this": 0, "the current": 0, "current": 0, "this past": -1, "last": -1, "the past": -1,
            "the previous": -1, "past": -1, "previous": -1, "next": 1, "this coming": 1,
            "the coming": 1, "the next": 1, "coming": 1, "the": 0}[which]
    if which == "the" and unit != "weekend":
        return None
    if which in ("the past", "past") and unit in ("year", "month", "week", "decade", "century"):
        return _plain(m, f"P1{_UNIT_CODE[unit][0] if unit != 'decade' else 'DE'}", "duration")
    if unit == "weekend":
        if step < 0 and which != "this past":
            sat = _recent_weekday(5, pub)
            if pub.weekday() >= 5:
                sat -= dt.timedelta(days=7)
        elif step > 0:
            sat = _next_weekday(5, pub)
        else:
            sat = _recent_weekday(5, pub) if pub.weekday() != 5 else pub
        return _span_expr(m, sat, sat + ONE_DAY)
    if unit == "week":
        monday = _monday(pub) + dt.timedelta(days=7 * step)
        if not edge:
            return _week_expr(m, monday)
        if edge in ("earlier", "early", "the beginning of", "the start of"):
            high = min(pub, monday + dt.timedelta(days=6)) if step == 0 and edge == "earlier" else monday + dt.timedelta(days=2)
            return _span_expr(m, monday, max(monday, high))
        if edge in ("later", "late", "the end of"):
            return _span_expr(m, monday + dt.timedelta(days=3), monday + dt.timedelta(days=6))
        return _span_expr(m, monday + dt.timedelta(days=2), monday + dt.timedelta(days=4))
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, step)
        if edge == "earlier" and step == 0:
            return _plain(m, f"{y:04d}-{mo:02d}", "month", 3 if pub.day > 11 else 2, dt.date(y, mo, 1), pub)
        base = _month_expr(m, y, mo)
        return _bounded_expr(m, base.low, base.high, base, edge.replace("earlier", "early").replace("later", "late"))
    if unit == "year":
        y = pub.year + step
        if edge == "earlier" and step == 0:
            return _plain(m, f"{y:04d}", "year", 3, dt.date(y, 1, 1), pub)
        base = _year_expr(m, y)
        return _bounded_expr(m, base.low, base.high, base, edge.replace("earlier", "early").replace("later", "late"))
    if unit in ("decade", "century"):
        return _plain(m, "P1DE" if unit == "decade" else "P1CE", "duration")
    return _season(m, unit, pub.year + step, pub)


_SEASON_CODE = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "fall": ("FA", 9, 11),
                "autumn": ("FA", 9, 11), "winter": ("WI", 12, 2)}


def _season(m, name: str, year: int | None, pub: dt.date) -> TimeExpr:
    code, first, last = _SEASON_CODE[name.lower()]
    if year is None:
        year = pub.year
    low = dt.date(year, first, 1)
    high = _month_end(year + (1 if last < first else 0), last)
    return _plain(m, f"{year:04d}-{code}", "month", 3, low, high)


@_rule(rf"(?i:\b(?P<name>spring|summer|fall|autumn|winter)\s+(?:of\s+)?)(?P<y>{YEAR})")
def _season_year(m, ctx):
    pub = ctx.pub
    return _season(m, m["name"], int(m["y"]), pub)


_MONTH_EDGE = (r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
               r"|end\s+of|beginning\s+of|start\s+of|middle\s+of))")
_MONTH_REL = r"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|past))"
_MONTH_PREP = r"(?P<prep>(?i:in|since|during|by|until|till|from|before|after|through|throughout|of|on|to|and|or|as\s+of))"


@_rule(rf"\b(?=[A-Za-z0-9])(?:\b{_MONTH_PREP}\s+)?(?:{_MONTH_EDGE}[\s-]+|{_MONTH_REL}\s+)?(?P<mon>{MONTH})"
       rf"(?!\s*[-–]?\s*\d{1,2}(?!\d))(?:,?\s+(?:(?i:of\s+))?(?P<y>{YEAR})|\s+(?P<yrel>(?i:this|last|next))\s+(?i:year))?")
def _month(m, ctx):
    pub = ctx.pub
    name = m["mon"]
    full = name.rstrip(".").lower() in _MONTH_NAMES
    if not (m["y"] or m["yrel"] or m["edge"] or m["rel"] or m["prep"]):
        if not full or name.lower() in ("may", "march"):
            return None
    if not full and not (m["y"] or m["edge"] or m["rel"] or m["prep"]):
        return None
    month = _month_number(name)
    if m["y"]:
        year = int(m["y"])
    elif m["yrel"]:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
    elif m["rel"]:
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        year = pub.year if month < pub.month else pub.year - 1
        if rel in ("next", "this coming"):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "this" and month >= pub.month:
            year = pub.year
    elif ctx.future(m.start()):
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if dt.date(pub.year, month, 1) <= pub else pub.year - 1
    first = m.start("edge") if m["edge"] else m.start("rel") if m["rel"] else m.start("mon")
    span = (m.string[first:m.end()], first, m.end())
    base = _month_expr(span, year, month)
    return _bounded_expr(span, base.low, base.high, base, m["edge"])


_YEAR_EDGE = (r"(?P<edge>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
              r"|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of))")
_YEAR_CUE = re.compile(r"(?i:\b(?:in|since|during|by|until|till|from|before|after|through|throughout|of|year|fiscal"
                       r"|the|to|and|between|around|circa|c\.|early|late|mid|summer|spring|autumn|fall|winter)[\s-]*$)")


@_rule(rf"\b(?=[A-Za-z0-9])(?:{_YEAR_EDGE}[\s-]+)?(?P<fiscal>(?i:fiscal|the\s+year|calendar\s+year)\s+)?(?<![\w$£€#.,/-])"
       rf"(?P<y>{YEAR})(?:\s*[-–]\s*(?P<y2>{YEAR}|\d\d(?![\d%])))?(?![\w'’]|[.,]\d|-\w)")
def _year(m, ctx):
    y = int(m["y"])
    before = m.string[max(0, m.start() - 20):m.start()]
    after = m.string[m.end():m.end() + 3]
    cued = m["edge"] or m["fiscal"] or _YEAR_CUE.search(before)
    if not cued and re.match(r"\s+[a-z]", after):
        return None
    if not cued and re.search(r"[$£€]\s*$|\bNo\.?\s*$", before):
        return None
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y // 100) * 100 + int(m["y2"])
        if y2 <= y:
            return None
        return _span_expr(m, dt.date(y, 1, 1), dt.date(y2, 12, 31), value=f"{y:04d}")
    base = _year_expr(m, y)
    return _bounded_expr(m, base.low, base.high, base, m["edge"])


_SPOKEN_TENS = f"(?:{_TEEN_WORDS}|{'|'.join(_TENS)})"


@_rule(rf"(?i:\b(?P<c>nineteen|twenty)[\s-]+(?P<t>{_SPOKEN_TENS})(?:[\s-]+(?P<u>{_DIGIT_WORDS}))?\b"
       r"(?!\s+(?:percent|per|dollars|people|hundred|thousand|million)))")
def _spoken_year(m, ctx):
    century = 1900 if m["c"].lower() == "nineteen" else 2000
    rest = _number(m["t"]) + (_number(m["u"]) if m["u"] else 0)
    return _year_expr(m, int(century + rest))


@_rule(r"(?i:\b(?:the\s+)?(?P<edge>(?:early|mid|late)[\s-]*)?(?:(?P<y>(?:1[0-9]|20)\d0)['’]?s|['’](?P<yy>\d0)['’]?s"
       r"|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)")
def _decade(m, ctx):
    pub = ctx.pub
    if m["y"]:
        start = int(m["y"])
    elif m["yy"]:
        start = 1900 + int(m["yy"])
        if start + 100 <= pub.year - 20:
            start += 100
    else:
        tens = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}[m["w"].lower()]
        start = 1900 + tens
    low, high = dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    if m["edge"]:
        low, high = _sub_span(low, high, m["edge"].strip(" -"))
    return _plain(m, f"{start // 10:03d}X", "year", 3, low, high)


@_rule(r"(?i:\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b"
       r"|\b(?:the\s+)?(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
       r"|twentieth|twenty[\s-]first)[\s-]+century\b)")
def _century(m, ctx):
    n = int(m["n"]) if m["n"] else _ORDINALS[re.sub(r"\s+", "-", m["w"].lower())]
    start = (n - 1) * 100
    return _plain(m, f"{n - 1:02d}", "year", 3, dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))


# a quarter's ordinal: the words of the ordinals class, and the figures
_QUARTER_ORD = {**{w: n for w, n in _ORDINALS.items() if n <= 4}, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_expr(m, year: int, q: int) -> TimeExpr:
    low = dt.date(year, 3 * q - 2, 1)
    return _plain(m, f"{year:04d}-Q{q}", "month", 3, low, _month_end(year, 3 * q))


@_rule(rf"(?i:\b(?:(?:the|its|their|a)\s+)?(?:(?:fiscal|calendar|flat|weak|strong)\s+)?"
       rf"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b(?:\s+of\s+(?P<y>{YEAR}))?)")
def _quarter(m, ctx):
    pub = ctx.pub
    year = int(m["y"]) if m["y"] else pub.year
    return _quarter_expr(m, year, _QUARTER_ORD[m["q"].lower()])


@_rule(rf"\bQ(?P<q>[1-4])(?:\s+(?P<y>{YEAR}))?\b")
def _quarter_short(m, ctx):
    pub = ctx.pub
    return _quarter_expr(m, int(m["y"]) if m["y"] else pub.year, int(m["q"]))


@_rule(r"(?i:\b(?:the\s+)?(?P<which>latest|most\s+recent|last|previous|current|this)\s+quarter\b|\bthe\s+quarter\b)")
def _quarter_relative(m, ctx):
    pub = ctx.pub
    q = (pub.month - 1) // 3 + 1
    which = (m["which"] or "latest").lower()
    year = pub.year
    if which not in ("current", "this"):
        q -= 1
        if q == 0:
            q, year = 4, year - 1
    return _quarter_expr(m, year, q)


_DURATION_MOD = (r"(?:(?:the|its|their|each\s+of\s+the|all|for)\s+)?(?:(?:past|last|next|first|previous|coming|"
                 r"following|final|initial|latest|remaining|additional|entire|whole|full)\s+)?"
                 r"(?:(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|about|around|over|at\s+least|up\s+to|"
                 r"some|roughly|approximately|just|only|no\s+more\s+than|barely|another|an\s+additional)\s+)?")


@_rule(rf"\b(?=[A-Za-z0-9])(?i:\b{_DURATION_MOD}(?P<n>{NUMBER})(?:\s+and\s+a\s+half)?[\s-]+(?:more\s+)?(?P<unit>{_UNIT_WORDS})\b"
       r"(?:[\s-]+old\b)?)")
def _duration(m, ctx):
    n = _number(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if n is None:
        return None
    if "and a half" in m.group(0).lower():
        n += 0.5
    return _plain(m, _duration_value(n, unit), "duration")


def _duration_value(n: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    code = _UNIT_CODE.get(unit, "X")
    amount = "X" if n is None else (f"{n:g}" if n != int(n) else str(int(n)))
    if code == "DE":
        return f"P{int(n) * 10}Y" if n is not None and n == int(n) else "PXDE"
    if code == "CE":
        return f"P{int(n) * 100}Y" if n is not None and n == int(n) else "PXCE"
    if code == "FN":
        return f"P{int(n) * 2}W" if n is not None and n == int(n) else "PXW"
    if unit in ("hour", "minute", "second"):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


@_rule(rf"(?i:\b(?:(?:the|its)\s+)?(?:(?:past|last|next|coming|previous|first|final)\s+)?"
       rf"(?P<v>several|a\s+few|few|many|some|a\s+number\s+of|a\s+couple\s+of)\s+(?P<unit>{_UNIT_WORDS})\b"
       r"(?!\s+ago))")
def _vague_duration(m, ctx):
    return _plain(m, _duration_value(None, m["unit"]), "duration")


@_rule(r"(?i:(?<=\bfor\s)(?P<unit>years|months|weeks|days|decades|hours|centuries)\b)")
def _bare_duration(m, ctx):
    return _plain(m, _duration_value(None, m["unit"]), "duration")


@_rule(rf"\b(?=[A-Za-z0-9])(?i:\b(?:(?:about|around|nearly|almost|some|more\s+than|less\s+than|roughly|just|only|over|barely)\s+)?"
       rf"(?P<n>{NUMBER}|several|a\s+few|few|many)[\s-]+(?P<unit>{_UNIT_WORDS})\s+(?:or\s+so\s+)?"
       r"(?P<dir>ago|earlier|before|later|after|from\s+now|hence|previously|back)\b)", priority=1)
def _ago(m, ctx):
    pub = ctx.pub
    n = _number(m["n"])
    unit = m["unit"].lower().rstrip("s")
    direction = m["dir"].lower()
    if direction == "before" and re.match(r"\s+[a-z]", m.string[m.end():]):
        return _plain(m, _duration_value(n, unit), "duration")
    if direction in ("earlier", "before", "previously"):
        direction = "ago"
    if direction not in ("ago", "from now", "hence", "back"):
        return _plain(m, _duration_value(n, unit), "duration")
    if n is None or n != int(n):
        return _plain(m, "PAST_REF" if direction in ("ago", "back") else "FUTURE_REF", "date", 3,
                      None if direction in ("ago", "back") else pub, pub if direction in ("ago", "back") else None)
    n = int(n) * (-1 if direction in ("ago", "back") else 1)
    if unit in ("day", "night"):
        return _day(m, pub + dt.timedelta(days=n))
    if unit in ("hour", "minute", "second"):
        return _day(m, pub)
    if unit == "week":
        return _week_expr(m, _monday(pub + dt.timedelta(days=7 * n)))
    if unit == "fortnight":
        return _week_expr(m, _monday(pub + dt.timedelta(days=14 * n)))
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, n)
        return _month_expr(m, y, mo)
    years = n * {"year": 1, "decade": 10, "century": 100, "centurie": 100}[unit]
    return _year_expr(m, pub.year + years)


@_rule(r"(?i:\b(?P<w>now|currently|at\s+present|presently|nowadays|at\s+the\s+moment|these\s+days|current"
       r"|recently|more\s+recently|lately|recent(?:\s+(?:years|months|weeks|days|times))?|previously|formerly|once"
       r"|the\s+past|(?:the\s+)?(?:near\s+|distant\s+|foreseeable\s+)?future|soon|shortly)\b)"
       r"(?![-\w])")
def _reference(m, ctx):
    pub = ctx.pub
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w == "once" or (w == "current" and re.match(r"\s+(?:of|account|affairs|flowing)", m.string[m.end():])):
        return None
    if w == "the past" and re.match(r"\s+(?:\d|[a-z]+\s+(?:years|months|weeks|days|decades))", m.string[m.end():]):
        return None
    if w in ("now", "currently", "at present", "presently", "nowadays", "at the moment", "these days", "current"):
        return _plain(m, "PRESENT_REF", "date", 1, pub, pub)
    if "future" in w or w in ("soon", "shortly"):
        return _plain(m, "FUTURE_REF", "date", 3, pub, None)
    return _plain(m, "PAST_REF", "date", 3, None, pub)


@_rule(rf"(?i:\b(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
       rf"|(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|month|year|morning|night|evening|weekend|summer|winter"
       rf"|{'|'.join(_WEEKDAY_NAMES)}|{'|'.join(_MONTH_NAMES)})"
       rf"|(?:once|twice|three\s+times)\s+a\s+(?:day|week|month|year)"
       rf"|(?:{'|'.join(_WEEKDAY_NAMES)})s)\b)")
def _set(m, ctx):
    t = m.group(0).lower()
    for i, name in enumerate(_WEEKDAY_NAMES):
        if name in t:
            return _plain(m, f"XXXX-WXX-{i + 1}", "set")
    for i, name in enumerate(_MONTH_NAMES):
        if name in t:
            return _plain(m, f"XXXX-{i + 1:02d}", "set")
    for key, value in (("hour", "PT1H"), ("night", "P1D"), ("dai", "P1D"), ("day", "P1D"), ("morning", "P1D"),
                       ("evening", "P1D"), ("week", "P1W"), ("month", "P1M"), ("year", "P1Y"), ("annual", "P1Y")):
        if key in t:
            return _plain(m, value, "set")
    return _plain(m, "P1Y", "set")


@_rule(rf"(?<![\w:.])(?:{_CLOCK})")
def _clock(m, ctx):
    t = m.group(0).lower()
    hm = re.search(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", t)
    if hm:
        hour, minute = int(hm.group(1)), int(hm.group(2) or 0)
        if hm.group(3) == "p" and hour < 12:
            hour += 12
        if hm.group(3) == "a" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
        value = f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
    elif "midnight" in t:
        value = "XXXX-XX-XXT24:00"
    elif "noon" in t:
        value = "XXXX-XX-XXT12:00"
    else:
        value = "XXXX-XX-XXTAF" if "afternoon" in t else "XXXX-XX-XXTMO"
    return _plain(m, value, "time", 1)


# ---------------------------------------------------------------- assembly

_QUALIFIER = re.compile(
    r"(?i:(?P<q>(?:as\s+)?reported\s+on|on\s+or\s+(?:around|about|before|after|by)|on\s+or\s+shortly\s+before"
    r"|(?:on\s+|in\s+)?(?:or\s+)?around|(?<!\w)about|circa|approximately|(?:during|in)\s+the\s+week\s+of|the\s+week\s+of"
    r"|(?:during\s+|in\s+)?(?:the\s+)?week\s+of|(?:during|in)?\s*the\s+(?:night|morning|evening|afternoon)\s+(?:of|between)|(?:in\s+)?the\s+weekend\s+of)\s+)$")
_WEEK_OF = re.compile(r"^\s*\((?i:week\s+of)\)")


def _qualify(expr: TimeExpr, text: str) -> TimeExpr:
    """ACLED-style qualifiers around a date: 'As reported on', 'On or around', 'the week of'."""
    if expr.kind not in ("date", "span") or expr.low is None or expr.high is None or expr.value.endswith("_REF"):
        return expr
    m = _QUALIFIER.search(text, max(0, expr.start - 40), expr.start)
    suffix = _WEEK_OF.match(text, expr.end)
    if not m and not suffix:
        return expr
    start = m.start("q") if m else expr.start
    while start < expr.start and text[start].isspace():
        start += 1
    end = suffix.end() if suffix else expr.end
    q = re.sub(r"\s+", " ", m["q"].lower()).strip() if m else "week of"
    low, high = expr.low, expr.high
    if "week of" in q:
        return TimeExpr(text[start:end], start, end, expr.value, 2, low, low + dt.timedelta(days=6), "span",
                        (R.QUALIFIED,))
    if "weekend of" in q:
        return TimeExpr(text[start:end], start, end, expr.value, 2, low, low + ONE_DAY, "span", (R.QUALIFIED,))
    if q.startswith("during") or q.startswith("in the") or q.startswith("the "):
        return replace(expr, text=text[start:end], start=start, end=end)
    if "before" in q or "by" in q.split() or "reported" in q:
        low = low - dt.timedelta(days=6)
    elif "after" in q:
        high = high + dt.timedelta(days=6)
    else:
        low, high = low - dt.timedelta(days=3), high + dt.timedelta(days=3)
    return TimeExpr(text[start:end], start, end, expr.value, max(2, expr.precision), low, high, "date",
                    (R.QUALIFIED,))


_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|(?i:to|until|till|through|thru|and))\s*$")
_RANGE_LEAD = re.compile(r"(?i:\b(?P<w>between|from)\s+)$")


def _merge_ranges(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """'between 3 May and 5 June 2020', 'from Monday to Wednesday', '2019-2021' as one span."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        if i + 1 < len(exprs):
            b = exprs[i + 1]
            gap = text[a.end:b.start]
            lead = _RANGE_LEAD.search(text, max(0, a.start - 12), a.start)
            connector = _RANGE_GAP.match(gap)
            same_kind = a.kind == b.kind and a.kind in ("date", "month", "year") and a.low and b.low
            is_and = connector and gap.strip().lower() == "and"
            days_apart = (b.low - a.low).days if same_kind else 0
            both_weekdays = a.rules == b.rules == (R.WEEKDAY,)
            # "from Friday to Sunday", "between Saturday and Monday" read from the first day forward: the last day
            # is the first such day after it, even past the report's date (a bare "on Tuesday and Wednesday"
            # told on a Tuesday stays two days apart)
            wrapped = both_weekdays and -6 <= days_apart <= -1 and (not is_and or lead is not None)
            weekdays = both_weekdays and (1 <= days_apart <= 6 or wrapped)  # "on Friday and Saturday"
            if connector and same_kind and (not is_and or weekdays or (lead and lead["w"].lower() == "between")):
                low, high = a.low, (b.high + dt.timedelta(days=7) if wrapped else b.high)
                if a.kind == "date" and not re.search(r"\d{4}", a.text) and re.search(r"\d{4}", b.text):
                    moved = _safe_date(b.low.year, low.month, low.day)
                    if moved and moved > b.low:
                        moved = _safe_date(b.low.year - 1, low.month, low.day)
                    low = moved or low
                if low <= high:
                    start = lead.start() if lead else a.start
                    prec = _span_precision(low, high)
                    if a.kind == "month" or a.kind == "year":
                        prec = 3
                    value = low.isoformat() if a.kind == "date" else a.value
                    out.append(TimeExpr(text[start:b.end], start, b.end, value, prec, low, high, "span",
                                        (R.RANGE,)))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_CONFIRM_GAP = re.compile(r"\s*(?:(?i:morning|afternoon|evening|night)\s*)?[\[(,]?\s*")
_WEEKDAY_GLOSS = re.compile(r"\s*[\[(]\s*")
CONFIRM_WITHIN = 7  # days between a relative day and the calendar date that glosses it


def _merge_confirmed(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """'yesterday [24 October]', 'Thursday night [17 February]', 'yesterday 4 January': a calendar date
    right after a weekday or a relative day states the day itself (``dates.resolve.confirmed_day``)."""
    out: list[TimeExpr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if prev is not None and prev.rules[:1] in ((R.WEEKDAY,), (R.RELATIVE_DAY,), (R.DAYPART,)) \
                and e.rules[:1] == (R.CALENDAR,) and e.precision == 1 and e.low and prev.low \
                and abs((e.low - prev.low).days) <= CONFIRM_WITHIN and _CONFIRM_GAP.fullmatch(text, prev.end, e.start):
            out.pop()
            end = e.end + 1 if text[e.end:e.end + 1] in (")", "]") and text[prev.end:e.start].strip() else e.end
            e = replace(e, text=text[prev.start:end], start=prev.start, end=end, rules=(R.CONFIRMED,))
        elif prev is not None and prev.rules[:1] in ((R.RELATIVE_DAY,), (R.DAYPART,)) and e.rules[:1] == (R.WEEKDAY,) \
                and e.low and prev.low and abs((e.low - prev.low).days) <= CONFIRM_WITHIN \
                and _WEEKDAY_GLOSS.fullmatch(text, prev.end, e.start) and text[e.end:e.end + 1] in (")", "]"):
            out.pop()  # "yesterday (Tuesday)": the weekday the writer glosses the relative day with
            e = replace(e, text=text[prev.start:e.end + 1], start=prev.start, end=e.end + 1, rules=(R.CONFIRMED,))
        out.append(e)
    return out


_CLOCK_JOIN = re.compile(r"^,?\s*(?:(?i:on)\s+)?$")


def _merge_clock(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """'5 p.m. EST, Nov. 9': a clock time directly before a date joins it."""
    out: list[TimeExpr] = []
    for e in exprs:
        if out and out[-1].kind == "time" and out[-1].low is None and e.kind == "date" and e.precision == 1 \
                and _CLOCK_JOIN.match(text[out[-1].end:e.start]):
            c = out.pop()
            e = replace(e, text=text[c.start:e.end], start=c.start)
        out.append(e)
    return out


def _dayfirst_from_text(text: str) -> bool:
    """US month-first style when the text says so (unambiguous numbers, or 'January 4' forms dominate)."""
    votes = 0
    for m in re.finditer(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}(?![\d/])", text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            votes += 3
        elif b > 12 >= a:
            votes -= 3
    votes += len(re.findall(rf"\b{DAY}\s+(?:of\s+)?{MONTH}", text))
    votes -= len(re.findall(rf"{MONTH}\s+{DAY}", text))
    return votes >= 0


class _Context:
    """What a rule may read besides its match: publication date, numeric order, sentence tense."""

    def __init__(self, text: str, pub: dt.date, dayfirst: bool | None):
        self.text, self.pub, self._dayfirst = text, pub, dayfirst
        self._starts: list[int] | None = None

    @property
    def dayfirst(self) -> bool:
        if self._dayfirst is None:
            self._dayfirst = _dayfirst_from_text(self.text)
        return self._dayfirst

    def future(self, pos: int) -> bool:
        """Whether the clause before ``pos`` (within its sentence) speaks of the future."""
        if self._starts is None:
            self._starts = [s for s, _ in _sentences(self.text)]
        start = self._starts[max(0, bisect.bisect_right(self._starts, pos) - 1)]
        return bool(FUTURE_CUE.search(self.text, max(start, pos - 100), pos + 12))

    def upcoming(self, pos: int) -> bool:
        """Whether a verb of the future governs the day at ``pos`` in its own clause ('will march on Monday')."""
        if self._starts is None:
            self._starts = [s for s, _ in _sentences(self.text)]
        start = self._starts[max(0, bisect.bisect_right(self._starts, pos) - 1)]
        return bool(_UPCOMING_CUE.search(self.text, max(start, pos - UPCOMING_CUE_REACH), pos))


# a verb of the future that governs a weekday after it in the same clause (no clause break between)
_UPCOMING_CUE = re.compile(
    r"(?i:\b(?:(?<!\bagainst\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bmy\s)(?<!\byour\s)"
    r"(?<!\bour\s)(?<!\bfree\s)(?<!\bgood\s)(?<!\bill\s)(?<!\bthe\s)will|shall|won['’]t|going\s+to|plans?\s+to|"
    r"planning\s+to|planned\s+to|scheduled\s+(?:to|for)|"
    r"(?:is|are|was|were)\s+set\s+to|set\s+for|expected\s+to|due\s+(?:to\s+(?:be|begin|start|resume|meet|"
    r"arrive|leave|appear|hold|take|open|close|vote|return|travel|sign|end|conclude)|on|for)|to\s+resume|"
    r"as\s+early\s+as|(?:postponed|adjourned|deferred|delayed)\s+(?:until|till|to)|tomorrow)\b)[^.;:!?\n]*$")
UPCOMING_CUE_REACH = 60  # characters from the future verb to the weekday it governs


_SCANS: dict[re.Pattern, tuple[GapSkipper, Clauses]] = {}


def _scan(pattern: re.Pattern) -> tuple[GapSkipper, Clauses]:
    """How to search for a rule's pattern: past blanked sentences quickly, only in text holding its words."""
    scan = _SCANS.get(pattern)
    if scan is None:
        scan = _SCANS[pattern] = (GapSkipper(pattern), required_words(pattern))
    return scan


# the date rule (classify/date_rules.py) of each resolving function; the others (durations, clock times,
# references, sets) never date an event
_RESOLVED_BY = {
    **dict.fromkeys(("_dd_month", "_month_dd", "_day_month", "_month_day", "_iso", "_numeric", "_numeric_short"),
                    R.CALENDAR),
    "_day_of_month": R.DAY_OF_MONTH, "_weekday": R.WEEKDAY, "_holiday": R.HOLIDAY, "_today": R.RELATIVE_DAY,
    "_two_days": R.RELATIVE_DAY, "_daypart": R.DAYPART, "_relative_unit": R.PERIOD, "_ago": R.AGO,
    "_month": R.MONTH, **dict.fromkeys(("_year", "_spoken_year", "_decade", "_century"), R.YEAR),
    **dict.fromkeys(("_season_year", "_quarter", "_quarter_short", "_quarter_relative"), R.SEASON),
}


def _candidates(text: str, published: dt.date, dayfirst: bool | None) -> Iterator[tuple[TimeExpr, int]]:
    ctx = _Context(text, published, dayfirst)
    low = folded(text)
    for pattern, rule, priority in _RULES:
        skipper, words = _scan(pattern)
        if not may_match(words, low):
            continue
        for m in skipper.finditer(text):
            if m.end() == m.start():
                continue
            expr = rule(m, ctx)
            if expr is not None:
                by = _RESOLVED_BY.get(rule.__name__)
                yield (replace(expr, rules=expr.rules or (by,)) if by else expr), priority


def _strip(expr: TimeExpr, text: str) -> TimeExpr:
    """Trailing commas/spaces out of an expression's text."""
    s, e = expr.start, expr.end
    while e > s and text[e - 1] in " ,\t\n":
        e -= 1
    while s < e and text[s] in " ,\t\n":
        s += 1
    if (s, e) == (expr.start, expr.end):
        return expr
    return replace(expr, text=text[s:e], start=s, end=e)


# a day counted from another day the story has told: "the next day", "a day later", "two days later",
# "the day after", "the previous day", "the same day", "that night" (dates.resolve.anchored_day)
ANCHORED_DAY = (rf"(?i:\b(?:(?:the\s+)?(?P<rel>next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)"
                rf"|(?P<n>{_NUM_WORD}|\d{{1,2}}|a|one)\s+(?:days?|nights?)\s+(?P<dir>later|afterwards?|earlier)"
                r"|the\s+day\s+(?P<side>after|before)(?!\s+(?:yesterday|tomorrow))(?=\s*[,;]|\s+(?:that|they|he|she|it|we|"
                r"the\s+[a-z]+\s+(?:was|were|had|did)))"
                r"|(?P<that>that)\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))\b)")
_ANCHORED_DAY = re.compile(ANCHORED_DAY)


def anchored_offset(m: re.Match) -> int:
    """How many days after (or, negative, before) its anchor an anchored day lies."""
    if m["rel"]:
        return {"next": 1, "following": 1, "previous": -1}.get(m["rel"].lower(), 0)
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else int(_number(m["n"]) or 1)
        return -n if m["dir"].lower() == "earlier" else n
    if m["side"]:
        return 1 if m["side"].lower() == "after" else -1
    return 0


def _anchor_days(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """'On 3 June bandits attacked Kware, and the next day they abducted twelve farmers': a day counted from
    the nearest day named before it in its paragraph, not from the report (``dates.resolve.anchored_day``);
    with no such day the expression is left as it was read."""
    for m in _ANCHORED_DAY.finditer(text):
        inside = [e for e in exprs if e.start < m.end() and m.start() < e.end]
        if any(e.kind != "duration" for e in inside):
            continue
        gap = text.rfind("\n\n", 0, m.start())
        anchors = [e for e in exprs if gap < e.start and e.end <= m.start() and e.kind == "date"
                   and e.precision == 1 and e.low is not None and e.low == e.high]
        if not anchors:
            continue
        day = anchors[-1].low + dt.timedelta(days=anchored_offset(m))
        expr = TimeExpr(m.group(0), m.start(), m.end(), day.isoformat(), 1, day, day, rules=(R.ANCHORED_DAY,))
        exprs = sorted([e for e in exprs if e not in inside] + [expr], key=lambda e: e.start)
    return exprs


def find_time_expressions(text: str, published: dt.date, dayfirst: bool | None = None) -> list[TimeExpr]:
    """Time expressions in ``text``, sorted by start, non-overlapping, resolved against ``published``.

    ``dayfirst`` orders numeric dates such as ``4/1/2024``; ``None`` reads the text for US
    month-first evidence and otherwise reads day first.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    found = [(_strip(e, text), p) for e, p in _candidates(text, published, dayfirst)]
    found.sort(key=lambda ep: (-(ep[0].end - ep[0].start), -ep[1], ep[0].start))
    taken: list[TimeExpr] = []
    occupied: list[tuple[int, int]] = []
    for expr, _ in found:
        if expr.end <= expr.start:
            continue
        if any(expr.start < e and s < expr.end for s, e in occupied):
            continue
        taken.append(expr)
        occupied.append((expr.start, expr.end))
    taken.sort(key=lambda e: e.start)
    out: list[TimeExpr] = []
    for expr in _merge_confirmed(_merge_clock(_merge_ranges(taken, text), text), text):
        qualified = _qualify(expr, text)
        if out and qualified.start < out[-1].end:
            qualified = expr
        out.append(qualified)
    return _anchor_days(out, text)


# ---------------------------------------------------------------- choosing the event's date

_ABBREV_BEFORE_DOT = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Brig|Cpl|Pvt|Adm|Cmdr|St|Gov|Sen|Rep|Prof|Rev|Hon|Jr|Sr|No|Nos"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|Inc|Co|Corp|Ltd"
    r"|vs|approx|est|Ft|Mt)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])$")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SINCE = re.compile(r"(?i:\b(?:since|ever\s+since|until|till|as\s+early\s+as)\b[^,;.]{0,40}$)")


def _sentences(text: str) -> list[tuple[int, int]]:
    return list(_sentence_bounds(text))


@functools.lru_cache(maxsize=16)
def _sentence_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text``, kept for the last texts: every mention of an article asks again."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] == "." and _ABBREV_BEFORE_DOT.search(text, max(0, m.start() - 12), m.start()):
            continue
        out.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return tuple(out or [(0, len(text))])


def _paragraph_of(pos: int, paragraphs: list[tuple[int, int]]) -> int:
    for i, (s, e) in enumerate(paragraphs):
        if s <= pos < e or (pos == e and i == len(paragraphs) - 1):
            return i
    return len(paragraphs) - 1


_CALENDAR = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_GLOSS = re.compile(r"\s*[(\[]\s*(?:between|from|or|i\.e\.|week of)?\s*")
_DAYPART_ONLY = re.compile(r"(?:(?:early|late|earlier|later)\s+)?(?:overnight|(?:this|last)\s+"
                           r"(?:morning|afternoon|evening|night)|tonight)$", re.IGNORECASE)


def _datable(expr: TimeExpr) -> bool:
    return (expr.kind in ("date", "week", "month", "year", "span") and expr.low is not None
            and expr.high is not None and not expr.value.endswith("_REF"))


# a clause that gives the cause or the lead-up of the event: its date is another event's
_BACKGROUND = re.compile(r"(?i:\b(?:(?:in|as)\s+(?:an?\s+)?(?:retaliation|response|revenge|reprisal)\s+(?:for|to|against)|"
                         r"ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to)\b[^,;.:]{0,60}$)")
# a date that modifies a noun ("an October ruling", "the 25 April clashes", "ahead of March 6
# presidential polls") or is part of a name ("Red Wednesday movement", "Bloody Sunday")
_MODIFIER_BEFORE = re.compile(r"(?i:\b(?:a|an|the|its|their|his|her|our|this|that|of|over)\s+)$")
_NOT_BEFORE = re.compile(r"(?i:\b(?:on|since|until|by|from|at|over|during|throughout)\s+the\s+)$")
_DURING_OCCASION = re.compile(r"(?i:\b(?:during|amid)\s+(?:an?|the)\s+$)")
_LEADING_DET = re.compile(r"(?i:(?:the|an?)\s+)")
_MODIFIED_NOUN = re.compile(r"\s+(?!(?:and|or|but|at|in|on|by|to|with|from|when|as|after|before|during|while|"
                            r"that|which|who|where|until|through|between|near|of|for|the|a|an|this|last|next|"
                            r"morning|afternoon|evening|night|noon|midnight|dawn|is|was|were|are|has|had|"
                            r"have|will|would|said|says|local|time|hours?)\b)[a-z][a-z-]+\b")
_NOUN_PHRASE = re.compile(r"\s+(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+")
_EVENT_NOUN = re.compile(r"\b(?:attacks?|assaults?|raids?|clash(?:es)?|killings?|murders?|shootings?|bombings?|"
                         r"strikes?|protests?|demonstrations?|riots?|invasion|ambush(?:es)?|arrests?|abductions?|"
                         r"kidnappings?|violence|fighting|explosions?|blasts?|massacres?|incidents?|operations?|"
                         r"unrest|lynching|march(?:es)?|rall(?:y|ies)|sit-ins?|skirmish(?:es)?|battles?)\b")
_NAME_BEFORE = re.compile(r"\b(?!(?:On|Last|This|Next|Early|Late|Since|By|Until|Before|After|Every|Each|"
                          r"From|And|Or|To|Through|Between|The|Of|In|At|Or)\b)[A-Z][a-z]+\s+$")
_WEEKDAY_ONLY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def _names_something_else(text: str, expr: TimeExpr, sent_start: int, anchor: tuple[int, int]) -> bool:
    """The date modifies another noun than the event's own trigger, or is part of a name ("the next day" is
    always an adverb of time)."""
    if R.ANCHORED_DAY in expr.rules:
        return False
    noun = _MODIFIED_NOUN.match(text, expr.end)
    if noun is None or (noun.start() < anchor[1] and anchor[0] < noun.end()):
        return False  # "the April 14 arrest" dates the arrest
    phrase = _NOUN_PHRASE.match(text, expr.end)
    if phrase is not None and _EVENT_NOUN.search(phrase.group()):
        return False  # "during the Thursday afternoon attack": an event's date, maybe this one's
    before = text[max(sent_start, expr.start - 24):expr.start]
    if _DURING_OCCASION.search(before + (_LEADING_DET.match(expr.text) or [""])[0]):
        return False  # "killed 33 during a Friday afternoon prayer": the occasion's day is the event's

    if _WEEKDAY_ONLY.match(expr.text) and _NAME_BEFORE.search(before):
        return True
    lead = _LEADING_DET.match(expr.text)
    if lead is not None:  # "the 30 December robbery" read with its article
        before += lead.group()
    return bool(_MODIFIER_BEFORE.search(before) and not _NOT_BEFORE.search(before))


# a wire story's dateline: "BAMAKO, March 10 (Reuters) -", "Nairobi, Kenya, 10 March —"
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                              r"(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})?(?:,[ \t]*|[ \t]+\()$")
# (a press release's "GENEVA (22 May 2024) –" keeps its date in brackets)
_DATELINE_AFTER = re.compile(r"(?:,?[ \t]*\d{4})?\)?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-|–|—|_|:)")
DATELINE_WITHIN = 300  # characters from the start of the text


def dateline_date(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is the date of the story's dateline: the day it was filed, which dates the
    events it reports only when the text names no other day ("on Wednesday", "overnight")."""
    return expr.start < DATELINE_WITHIN and bool(
        _DATELINE_BEFORE.search(text, max(0, expr.start - 60), expr.start)) and bool(
        _DATELINE_AFTER.match(text, expr.end))


def event_date_for(expressions: list[TimeExpr], anchor_start: int, anchor_end: int, text: str,
                   published, report_dates: list[TimeExpr] | tuple = ()) -> TimeExpr | None:
    """The event's date: see ``_event_date``; when nothing else dates it, the day of a report about it
    ("police said Wednesday", ``report_dates``: the dates of reporting verbs), then the dateline's date.
    The expression returned has the choosing rule in front of its ``rules``."""
    filed = [e for e in expressions if dateline_date(text, e)]
    unfiled = [e for e in expressions if e not in filed]
    found = _event_date(unfiled, anchor_start, anchor_end, text, published)
    if found is None:
        found = _told_later(expressions, anchor_end, text, published)
    if found is None:
        found = _same_event_elsewhere(unfiled, anchor_start, anchor_end, text, published)
    if found is None:
        found = _report_day(report_dates, anchor_start, text, published)
    if found is not None and found.precision > 1 and found.kind in ("span", "week") and found.low is not None:
        # "killed at the weekend" … "found shot dead in the church Sunday morning": the day within the period
        finer = _same_event_elsewhere(unfiled, anchor_start, anchor_end, text, published,
                                      within=(found.low - ONE_DAY, found.high))
        if finer is not None:
            found = finer
    if found is not None and found.rules[1:2] == (R.DAYPART,):
        found = _daypart_of_report(found, report_dates, anchor_start, text, published)
    if found is None and filed:
        found = _chosen(filed[0], R.DATELINE)
    return found


# "The attack happened early Wednesday", "The raid came on Thursday": a later sentence that
# tells when the event the story reports took place
_TOLD_LATER = re.compile(r"(?i:\b(?:this|it)\s+(?:happened|occurred|took\s+place)\b|"
                         r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:attacks?|incident|clash(?:es)?|violence|blasts?|"
                         r"explosions?|bombings?|shootings?|killings?|raids?|ambush|fighting|massacre|assault)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:happened|occurred|took\s+place|erupted|broke\s+out|began|started|"
                         r"was\s+carried\s+out)\b)")


def _told_later(expressions: list[TimeExpr], anchor_end: int, text: str, published) -> TimeExpr | None:
    """A day given in a later sentence that says when the event happened (``dates.choice.told_later``)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    for (s, e) in _sentences(text):
        if s < anchor_end:
            continue
        cue = _TOLD_LATER.search(text, s, e)
        if cue is None:
            continue
        after = [x for x in expressions if cue.end() <= x.start < e and _datable(x) and x.precision == 1
                 and (published is None or x.low <= published)]
        if after:
            return _chosen(after[0], R.TOLD_LATER)
    return None


# the words that name the event again elsewhere in the story: its trigger's stem anywhere ("kidnapped" …
# "Baugh's kidnapping on New Year's Eve"), a generic name of an attack in the next or the previous sentence
# ("Tuesday's attack", "the raid of Monday evening", "The clash … on Saturday")
_GENERIC_EVENT = re.compile(r"(?i:\b(?:attacks?|assaults?|raids?|clash(?:es)?|violence|fighting|explosions?|blasts?|"
                            r"bombings?|shootings?|ambush(?:es)?|incidents?|massacres?|killed|died|bodies|"
                            r"(?:shot|hacked|stabbed|beaten|burnt|burned)\s+(?:dead|to\s+death))\b)")
_STEM_SUFFIX = re.compile(r"(?:ings?|ed|es|s)$")
MENTION_REACH = 90  # characters between the other mention and the day that dates it
# (the word class common_words of eventwire/lang/en)
_STOP_STEMS = frozenset(word_class("common_words").words())


def _trigger_stems(text: str, start: int, end: int) -> list[str]:
    stems = []
    for w in re.findall(r"[A-Za-z]{4,}", text[start:end]):
        w = w.lower()
        stem = _STEM_SUFFIX.sub("", w) if len(w) > 5 else w
        if len(stem) >= 4 and w not in _STOP_STEMS:
            stems.append(stem[:7])
    return stems


def _own_words(text: str, start: int, end: int) -> re.Pattern | None:
    """The words that name the event as its trigger does ('kidnapped': 'kidnapping', 'kidnappers')."""
    stems = _trigger_stems(text, start, end)
    return re.compile(r"(?i:\b(?:" + "|".join(map(re.escape, stems)) + r")\w*)") if stems else None


def _same_event_elsewhere(expressions: list[TimeExpr], anchor_start: int, anchor_end: int, text: str,
                          published, within: tuple[dt.date, dt.date] | None = None) -> TimeExpr | None:
    """No date near the event: the day given where another sentence names the same event again — its
    trigger's word ("kidnapped" … "her kidnapping on New Year's Eve") anywhere, a generic name of an
    attack ("Tuesday's attack", "the clash … on Saturday") in the sentence before or after
    (``dates.choice.same_event_elsewhere``)."""
    c = _Choice(text, (anchor_start, anchor_end), published, expressions)
    own = _own_words(text, anchor_start, anchor_end)
    order = sorted((i for i in range(len(c.sentences)) if i != c.here), key=lambda i: (abs(i - c.here), i > c.here))
    for i in order:
        s, e = c.sentences[i]
        mentions = [m.span() for m in own.finditer(text, s, e)] if own is not None else []
        if abs(i - c.here) == 1:
            mentions += [m.span() for m in _GENERIC_EVENT.finditer(text, s, e)]
        if not mentions:
            continue
        days = [x for x in expressions if s <= x.start < e and x.precision == 1 and c.usable(x, (s, e))
                and (c.published is None or x.low <= c.published)
                and (within is None or within[0] <= x.low <= within[1])]
        near = [(min(abs(x.start - me) if x.start >= me else abs(ms - x.end) for ms, me in mentions), x.start, x)
                for x in days]
        near = [n for n in near if n[0] <= MENTION_REACH]
        if near:
            return _chosen(min(near, key=lambda n: n[:2])[2], R.ELSEWHERE)
    return None


_OVERNIGHT = re.compile(r"(?i:^(?:(?:early|late|earlier|later)\s+)?(?:overnight|last\s+(?:night|evening)|"
                        r"this\s+(?:morning|afternoon|evening)|tonight)$)")


def _daypart_of_report(found: TimeExpr, report_dates, anchor_start: int, text: str, published) -> TimeExpr:
    """'killed overnight, officials said on Thursday': a part of the day is counted from the day of the
    statement that reports it, not from the publication (``dates.resolve.daypart_of_report``)."""
    if not _OVERNIGHT.match(found.text):
        return found
    said = _report_day(report_dates, anchor_start, text, published)
    if said is None or said.low is None:
        return found
    day = said.low - ONE_DAY if re.search(r"(?i:last)", found.text) else said.low
    if published is not None and day > (published.date() if isinstance(published, dt.datetime) else published):
        return found
    return replace(found, value=day.isoformat(), precision=1, low=day, high=day,
                   rules=(found.rules[0], R.DAYPART_OF_REPORT))


def _chosen(expr: TimeExpr, rule: str) -> TimeExpr:
    return replace(expr, rules=(rule, *expr.rules))


# a wire story reports statements made on its day or the day before (a weekday further back is more likely
# a later report than the story's date shows, and dates nothing)
REPORT_WITHIN = dt.timedelta(days=2)


def _report_day(report_dates, anchor_start: int, text: str, published) -> TimeExpr | None:
    """The day a statement about the event was made, in the event's sentence or else the lead's: the
    event took place on it or shortly before (``dates.choice.report_day``, precision 2)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    days = [e for e in report_dates if e.kind == "date" and e.precision == 1 and e.low is not None
            and (published is None or published - REPORT_WITHIN <= e.low <= published)]
    if not days:
        return None
    sentences = _sentences(text)
    here = next((i for i, (s, e) in enumerate(sentences) if anchor_start < e), len(sentences) - 1)
    same = [e for e in days if sentences[here][0] <= e.start < sentences[here][1]]
    lead = [e for e in days if e.start < sentences[0][1]]
    pick = (same or lead or [None])[0]
    return None if pick is None else replace(_chosen(pick, R.REPORT_DAY), precision=2)


class _Choice:
    """What choosing an event's date reads: the text's sentences and paragraphs, the event's anchor,
    the publication date and whether the event is spoken of as future."""

    def __init__(self, text: str, anchor: tuple[int, int], published, exprs: list[TimeExpr] | tuple = ()):
        if isinstance(published, dt.datetime):
            published = published.date()
        # ``published`` None: the publication date is unknown, so no date is judged to lie after it
        self.text, self.anchor, self.published = text, anchor, published
        self.sentences = _sentences(text)
        self.paragraphs = [(0, len(text))]
        if "\n" in text:
            bounds = [0] + [m.end() for m in _PARAGRAPH.finditer(text)] + [len(text) + 1]
            self.paragraphs = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
        self.here = self.sentence_index(anchor[0])
        self.future = False
        for m in FUTURE_CUE.finditer(text, max(self.sentences[self.here][0], anchor[0] - 100), anchor[1] + 12):
            if not any(e.start <= m.start() < e.end for e in exprs):
                self.future = True  # ("the election next week": a date's own word says nothing of the verb)
                break

    def sentence_index(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if pos < e or i == len(self.sentences) - 1:
                return i
        return len(self.sentences) - 1

    def usable(self, expr: TimeExpr, sent: tuple[int, int]) -> bool:
        text = self.text
        if not _datable(expr):
            return False
        if _SINCE.search(text, max(sent[0], expr.start - 60), expr.start):
            return False
        if _names_something_else(text, expr, sent[0], self.anchor):
            return False
        cue = _BACKGROUND.search(text, max(sent[0], expr.start - 70), expr.start)
        if cue is not None and not (cue.start() <= self.anchor[0] < expr.end):
            return False
        return not (self.published is not None and expr.low > self.published and not self.future)

    def score(self, expr: TimeExpr) -> float:
        start, end = self.anchor
        if expr.start < end and start < expr.end:
            distance = 0.0
        elif expr.end <= start:
            distance = start - expr.end
        else:
            distance = 1.5 * (expr.start - end) + 5
        return distance + 30 * (expr.precision - 1)

    def calendar_first(self, exprs: list[TimeExpr]) -> list[TimeExpr]:
        text = self.text
        glosses = [e for e in exprs if any(_GLOSS.fullmatch(text, o.end, e.start) for o in exprs if o is not e)]
        exprs = [e for e in exprs if e not in glosses] or exprs  # "Around 5 April (between 5 - 6 April)"
        if any(_CALENDAR.search(e.text) for e in exprs):
            # "On 21 November, overnight, gunmen …": the part of the day belongs to the named date
            exprs = [e for e in exprs if not _DAYPART_ONLY.match(e.text)] or exprs
        return exprs

    def in_sentence(self, by_sentence: dict[int, list[TimeExpr]], i: int) -> list[TimeExpr]:
        return self.calendar_first([e for e in by_sentence.get(i, []) if self.usable(e, self.sentences[i])])


_SINCE_DAY = re.compile(r"(?i:\b(?:ever\s+)?since\s+(?:on\s+)?)$")
_OTHER_CLAUSE = re.compile(r"[,;:]|(?i:\b(?:after|before|when|while|as|because|where|which|who)\b)")
SINCE_REACH = 120  # characters from the trigger to the 'since' that counts its toll or its state from a day


def _since_day(exprs: list[TimeExpr], c: "_Choice") -> TimeExpr | None:
    """'fourteen herders have died in clan fighting since Tuesday', 'has been detained since 15 February': the
    day the violence or the detention began, told in the trigger's own clause (``dates.choice.since_day``)."""
    text, (start, end) = c.text, c.anchor
    for e in exprs:
        if e.start < end or e.start - end > SINCE_REACH or e.kind != "date" or e.precision != 1 or e.low is None:
            continue
        if not _SINCE_DAY.search(text, max(end, e.start - 12), e.start) or _OTHER_CLAUSE.search(text[end:e.start]) \
                or any(end <= o.start < e.start for o in exprs):
            continue
        if c.published is not None and e.low > c.published:
            continue
        high = c.published or e.low
        return _chosen(replace(e, precision=max(1, _span_precision(e.low, high)), high=high), R.SINCE_DAY)
    return None


def _event_date(expressions: list[TimeExpr], anchor_start: int, anchor_end: int, text: str,
                published) -> TimeExpr | None:
    """The time expression that dates the event mention at ``[anchor_start, anchor_end)``.

    Same sentence first (nearest, before or around the anchor preferred), then earlier
    sentences of the same paragraph, then the lead sentence.  Durations, sets, clock
    times, references such as 'now' and 'since ...' clauses are ignored; a date after
    publication is kept only when the mention itself speaks of the future ('will strike').  ``None`` when nothing fits.
    """
    c = _Choice(text, (anchor_start, anchor_end), published, expressions)
    by_sentence: dict[int, list[TimeExpr]] = {}
    for e in expressions:
        by_sentence.setdefault(c.sentence_index(e.start), []).append(e)
    here, sentences = c.here, c.sentences
    began = _since_day(by_sentence.get(here, []), c)
    if began is not None:
        return began
    same = c.in_sentence(by_sentence, here)
    dateline = None
    if here > 0:
        lead = [e for e in by_sentence.get(0, []) if c.usable(e, sentences[0])]
        head = text[sentences[0][0]:sentences[0][1]].strip(" .:-\n")
        if len(lead) == 1 and lead[0].text == head:
            dateline = lead[0]  # "10 June. Residents barricaded …": the note's own date
    if same:
        best = min(same, key=c.score)
        if dateline is not None and (best.precision > dateline.precision or best.start >= anchor_end):
            return _chosen(dateline, R.LEAD)
        return _chosen(best, R.IN_CLAUSE)
    para = _paragraph_of(anchor_start, c.paragraphs)
    for i in range(here - 1, -1, -1):
        if _paragraph_of(sentences[i][0], c.paragraphs) != para:
            break
        prior = c.in_sentence(by_sentence, i)
        if prior:
            return _chosen(max(prior, key=lambda e: (-e.precision, e.start)), R.EARLIER)
    lead = [e for e in by_sentence.get(0, []) if c.usable(e, sentences[0])]
    if lead:
        own = _own_words(text, anchor_start, anchor_end)
        if own is not None and not own.search(text, *sentences[0]):
            # a lead about something else ("Two men were charged on Wednesday"): the event's own day first
            other = _same_event_elsewhere(expressions, anchor_start, anchor_end, text, published)
            if other is not None:
                return other
        return _chosen(lead[0], R.LEAD)
    return None

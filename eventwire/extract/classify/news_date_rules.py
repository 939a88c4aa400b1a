"""Date rules of news prose: where a weekday of a news story points, forward or back from the day of the
report.

TimeML's TIMEX3 treats a weekday or a day without a year as a temporal function anchored to the document
creation time (the publication date), its direction given by the tense of the verb that governs it;
news reports mostly look back, so a weekday points back unless its own clause speaks of what is still to
come ('will meet on Thursday', 'is scheduled to close Monday').
The resolving code is :mod:`eventwire.resolve.dates`; examples are read as published on Thursday
14 March 2024 (tests/rules).
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

_TIMEX3 = ("TimeML TIMEX3 (TempEval guidelines): a weekday or a day without a year is a temporal function "
           "anchored to the document creation time, its direction given by the tense of the verb that governs it")

WEEKDAY_UPCOMING = fact_rule(
    id="dates.resolve.weekday_upcoming", decides="event_date",
    value="a weekday governed in its own clause by a verb of the future ('will march on Monday', 'is scheduled "
          "to meet Thursday', 'as early as Tuesday', 'postponed until Friday'): the first such day on or after "
          "the report",
    codebook=cb.EVENT_DATE + ": precision 1, the day of the event is reported; " + _TIMEX3,
    examples=[("Teachers will march on Parliament in Nairobi on Monday to demand pay, the union said.",
               "2024-03-18")])

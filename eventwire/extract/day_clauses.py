"""One event per day: where one sentence tells two deeds, each with a day of its own, joined by "and"
("On 3 June bandits attacked Kware, killing four, and on 5 June they returned to abduct twelve farmers";
"militants attacked a checkpoint on 2 May, …, and planted a bomb that went off there on 4 May", "…, and the
next day they abducted five farmers"), the
sentence is cut at the "and" so that each deed is coded as an event of its own, on its own day.

ACLED Codebook (2023), Event aggregation and Event time: an event is one interaction between actors at one
place on one day, and violence that goes on over several days is recorded as one event per day; two deeds
the text dates to different days are never one event.  The rule is ``merge_rules.ANOTHER_DAY``; it is
applied where sentences are cut into clauses (``pipeline``) and where a clause decides its own words
(``build``).
"""
from __future__ import annotations

import re
from typing import Sequence

from ..resolve.dates import ANCHORED_DAY, DAY, MONTH, WEEKDAY, anchored_offset
from .lexicon import TriggerHit

# a day the text names: "3 June", "June 3", "the 3rd of June", "Tuesday"
_DAY_PHRASE = re.compile(rf"\b(?:{DAY}\s+(?:of\s+)?{MONTH}|{MONTH}\s+{DAY}|{WEEKDAY})")
# a day counted from the one told before it ("and the next day", "and two days later";
# ``dates.resolve.anchored_day``): another day than any the sentence names ("the same day" is none)
_COUNTED_DAY = re.compile(ANCHORED_DAY)
# the "and" that joins the next deed: ", and", or a bare "and" before the day that opens it ("and on 6 March")
_COORDINATOR = re.compile(r",\s*and\s+|\s+and\s+(?=(?:then\s+)?(?:early\s+|late\s+)?on\s)", re.IGNORECASE)
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_DAY_NUMBER = re.compile(r"\d+")


def day_key(phrase: str) -> str:
    """The day a phrase names, as a comparable key: '3 June' and 'June 3rd' -> '3jun', 'Tuesday' -> 'tue'."""
    word = next(w for w in _MONTH_WORD.findall(phrase) if w.lower() != "of")[:3].lower()
    number = _DAY_NUMBER.search(phrase)
    return (str(int(number.group(0))) if number else "") + word


def days_in(text: str, start: int, end: int) -> set[str]:
    """The keys of the days named between ``start`` and ``end`` (a counted day: its offset and place)."""
    counted = {f"{anchored_offset(m):+d}@{m.start()}" for m in _COUNTED_DAY.finditer(text, start, end)
               if anchored_offset(m)}
    return {day_key(m.group(0)) for m in _DAY_PHRASE.finditer(text, start, end)} | counted


def other_day_clauses(text: str, clause: tuple[int, int], hits: Sequence[TriggerHit]) -> list[tuple[int, int]]:
    """``clause`` cut in two at the last "and" that has a deed and a day on each side, the days told
    after it all others than those before it; else whole."""
    start, end = clause
    for m in reversed(list(_COORDINATOR.finditer(text, start, end))):
        cut = m.start()
        before, after = days_in(text, start, cut), days_in(text, cut, end)
        if before and after and not before & after and any(h.end <= cut for h in hits) \
                and any(h.start >= m.end() for h in hits):
            return [(start, cut), (cut, end)]
    return [clause]


def another_day(text: str, clause: tuple[int, int], sentence_start: int, sentence_end: int) -> bool:
    """Whether a clause names days all other than those the rest of its sentence names."""
    own = days_in(text, *clause)
    rest = days_in(text, sentence_start, clause[0]) | days_in(text, clause[1], sentence_end)
    return bool(own and rest and not own & rest)

"""Where a weekday of a news story points: back from the report unless its clause speaks of the future
(TIMEX3 anchoring to the publication date); a range of weekdays stays in order."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.classify import news_date_rules as N
from eventwire.resolve.dates import find_time_expressions

THURSDAY = dt.date(2024, 3, 14)


def _first(text: str, published: dt.date = THURSDAY):
    found = find_time_expressions(text, published)
    assert found, f"no time expression in {text!r}"
    return found[0]


@pytest.mark.parametrize("text,value", [
    ("The miners' union will march through Bulawayo on Monday.", "2024-03-18"),
    ("The tribunal is scheduled to hear the petition Tuesday, its clerk said.", "2024-03-19"),
    ("Relatives plan to bury the two fishermen on Saturday in Mopti.", "2024-03-16"),
    ("The hearing was postponed until Friday because the judge was ill.", "2024-03-15"),
    ("A delegation could arrive in Goma as early as Wednesday.", "2024-03-20"),
])
def test_future_verb_sends_a_weekday_forward(text, value):
    expr = _first(text)
    assert expr.value == value
    assert expr.rules == (N.WEEKDAY_UPCOMING,)


@pytest.mark.parametrize("text,value", [
    ("Bandits raided a cattle camp near Kapoeta on Monday.", "2024-03-11"),
    ("Gunmen kept three nurses against their will in a farmhouse near Jos on Tuesday.", "2024-03-12"),
    ("Police said on Monday they will question the two drivers.", "2024-03-11"),
])
def test_a_weekday_otherwise_looks_back(text, value):
    assert _first(text).value == value


def test_a_future_verb_after_the_weekday_does_not_govern_it():
    text = "Rioters torched a depot in Bouake on Monday. Officials will assess the damage."
    assert _first(text).value == "2024-03-11"


def test_a_weekday_range_is_read_from_its_first_day_forward():
    expr = _first("Clan fighting from Thursday to Saturday left nine dead near Beledweyne.")
    assert (expr.value, expr.low, expr.high) == ("2024-03-14", dt.date(2024, 3, 14), dt.date(2024, 3, 16))


def test_between_two_weekdays_across_the_report_day_is_one_range():
    expr = _first("Raiders struck three hamlets near Tillaberi between Wednesday and Monday.")
    assert (expr.value, expr.low, expr.high) == ("2024-03-13", dt.date(2024, 3, 13), dt.date(2024, 3, 18))


def test_two_weekdays_joined_by_and_across_the_report_day_stay_apart():
    found = find_time_expressions("Herders clashed near Bor on Thursday and Friday, a chief said.", THURSDAY)
    assert [e.value for e in found] == ["2024-03-14", "2024-03-08"]


def test_a_day_before_a_colon_is_a_day_not_a_clock_time():
    expr = _first("The Lusaka Herald wrote in an editorial on Wednesday, March 13: the curfew must end.")
    assert expr.value == "2024-03-13" and "March 13" in expr.text

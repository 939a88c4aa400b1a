"""The date rules: how a time expression is resolved against the publication date, and which one
dates an event.

Resolution is done by the compiled patterns of :mod:`eventwire.resolve.dates`; each resolved
expression carries the id of the rule below that resolved it (``dates.resolve.…``), and
``event_date_for`` puts in front of it the id of the rule that chose it for the event
(``dates.choice.…``). Definitions: ACLED's event date and time precision (ACLED Codebook 2023,
"Time precision": 1 the day is reported, 2 a week, a weekend or a range of a few days, 3 only the
month), and the conventions of news writing: dates are relative to the day of the report, a weekday
names the most recent such day on or before it unless the verb speaks of the future, and "police said
Wednesday" dates the report, not the event.
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

_CB = cb.EVENT_DATE
_P1 = _CB + ": precision 1, the day of the event is reported"
_P2 = _CB + ": precision 2, a week, a weekend or a range of days is reported"
_P3 = _CB + ": precision 3, only the month is reported"
_TIMEX3 = ("TimeML TIMEX3 (TempEval guidelines): a time expression is anchored to the event of the verb "
           "that governs it")
_NEWS = ("News-writing convention (AP/Reuters style): days are named relative to the report's date; "
         "a weekday is the most recent such day on or before it unless the verb is future")
# every example is read as published on Thursday 14 March 2024 (tests/rules)


def _r(id: str, value: str, codebook: str, examples) -> str:
    return fact_rule(id=id, decides="event_date", value=value, codebook=codebook, examples=examples)


# ---- resolution: what a time expression means ---------------------------------------------
CALENDAR = _r("dates.resolve.calendar_date", "an explicit day ('10 March', 'March 10, 2024', '2024-03-10'); "
              "without a year, the year that puts it nearest before the report", _P1,
              [("Gunmen killed four traders at a market in Kano on 10 March.", "2024-03-10"),
               ("Gunmen killed four traders at a market in Kano on March 9, police said.", "2024-03-09")])
WEEKDAY = _r("dates.resolve.weekday_most_recent", "a weekday: the most recent such day on or before the report "
             "('last Tuesday' never the report's own day, 'next' and future verbs forward)", _P1 + "; " + _NEWS,
             [("Gunmen killed four traders at a market in Kano on Tuesday.", "2024-03-12"),
              ("Gunmen killed four traders at a market in Kano late on Sunday night.", "2024-03-10"),
              ("A journalist was shot dead in central Kano overnight Tuesday, police said.", "2024-03-12")])
RELATIVE_DAY = _r("dates.resolve.relative_day", "'today', 'yesterday', 'the day before yesterday' from the report",
                  _P1 + "; " + _NEWS,
                  [("Gunmen yesterday killed four traders at a market in Kano.", "2024-03-13")])
DAYPART = _r("dates.resolve.daypart", "'last night' and 'overnight' are the night before the report, 'this "
             "morning' its own day", _P1 + "; " + _NEWS,
             [("Gunmen killed four traders at a market in Kano overnight, police said.", "2024-03-13"),
              ("Gunmen killed four traders at a market in Kano last night.", "2024-03-13")])
HOLIDAY = _r("dates.resolve.holiday", "a named holiday's date in the year that puts it nearest before the report",
             _P1, [("Gunmen killed four worshippers at a church in Jos on Christmas Day.", "2023-12-25")])
DAY_OF_MONTH = _r("dates.resolve.day_of_month", "'on the 9th': that day of the report's month (or the month "
                  "before when it is still to come)", _P1,
                  [("Gunmen killed four traders at a market in Kano on the 9th, police said.", "2024-03-09")])
PERIOD = _r("dates.resolve.relative_period", "'last week', 'this month', 'last year': the period before the "
            "report, dated at its first day with the period's precision", _P2,
            [("Gunmen killed four traders at a market in Kano last week.", "2024-03-04"),
             ("Raiders at the weekend stormed two hamlets outside Gusau and shot dead nine herders.",
              "2024-03-09")])
AGO = _r("dates.resolve.ago", "'two days ago', 'a week ago': counted back from the report", _P1 + "; " + _NEWS,
         [("Gunmen killed four traders at a market in Kano two days ago.", "2024-03-12")])
MONTH = _r("dates.resolve.month_name", "a month named without a day: that month, precision 3", _P3,
           [("Gunmen killed four traders at a market in Kano in February.", "2024-02-01")])
YEAR = _r("dates.resolve.year", "a year alone: that year, precision 3", _P3,
          [("Gunmen killed four traders at a market in Kano in 2023, police said.", "2023-01-01")])
SEASON = _r("dates.resolve.season", "a season or quarter: its first day, precision 3", _P3,
            [("Gunmen killed four traders at a market in Kano in the last quarter of 2023.", "2023-10-01")])
CONFIRMED = _r("dates.resolve.confirmed_day", "a calendar date right after a weekday or a relative day "
                "('yesterday [12 March]', 'Tuesday night (12 March)') states the day: the calendar date; a "
                "weekday in brackets after a relative day ('yesterday (Tuesday)') states it too", _P1,
                [("Gunmen killed four traders at a market in Kano on Tuesday night [12 March], police said.",
                  "2024-03-12"),
                 ("\"We found four bodies after the attack on the market yesterday (Wednesday),\" a Kano police "
                  "spokesman said.", "2024-03-13")])
RANGE = _r("dates.resolve.range", "'between 3 and 5 March', 'from Monday to Wednesday', 'on Friday and "
           "Saturday': the range's first day, "
           "precision by its length", _P2,
           [("Gunmen killed four traders in villages near Kano between Monday and Wednesday.", "2024-03-11"),
            ("Nine traders died on Friday and Saturday as rival gangs fought in Onitsha.", "2024-03-08")])
QUALIFIED = _r("dates.resolve.qualified", "'on or around 5 March', 'the week of 4 March': the day with a wider "
               "precision", _P2, [("Gunmen killed four traders near Kano on or around 5 March.", "2024-03-05")])

ANCHORED_DAY = _r("dates.resolve.anchored_day", "a day counted from another day the story has told ('the next "
                  "day', 'the following day', 'a day later', 'two days later', 'the day after', 'the previous day', "
                  "'the same day', 'that night'): counted from the nearest day named before it in its paragraph, not "
                  "from the report", _P1 + "; TimeML TIMEX3 (TempEval-3 guidelines): a relative expression whose "
                  "anchor is another time expression of the discourse is resolved against that expression, not the "
                  "document creation time",
                  [("Gunmen killed four traders at a market in Kano on 5 March, and the next day they burned "
                    "two shops in Zaria.", "2024-03-06"),
                   ("Gunmen stormed a market in Kano on 5 March. Two days later they burned a police post in "
                    "Zaria.", "2024-03-07"),
                   ("Gunmen stormed a market in Kano on Monday; the following day they killed a trader in "
                    "Zaria.", "2024-03-12")])

# ---- choice: which expression dates the event ----------------------------------------------
IN_CLAUSE = _r("dates.choice.event_sentence", "the date in the event's own sentence nearest its trigger "
               "(before or around it preferred; background clauses, 'since …' and dates of other nouns skipped)",
               _CB + ": the date on which the event took place",
               [("Gunmen killed four traders at a market in Kano on Tuesday.", "2024-03-12")])
SINCE_DAY = _r("dates.choice.since_day", "a toll or a state counted from a day in the trigger's own clause "
               "('have been killed in clashes since Tuesday', 'has been detained since 15 February'): the day it "
               "began, before any other date of the sentence; precision by the range up to the report",
               _P2 + "; a range of days is coded at its first day (as dates.resolve.range)",
               [("Fourteen herders have died in clan fighting around Garissa since Tuesday, a chief said.",
                 "2024-03-12"),
                ("The two tribes agreed a truce on Wednesday after fighting killed at least 24 since Saturday.",
                 "2024-03-09")])
EARLIER = _r("dates.choice.earlier_sentence", "no date in its sentence: the latest, finest date of an earlier "
             "sentence of the same paragraph", _CB + ": the date on which the event took place",
             [("Gunmen stormed a market in Kano on Tuesday. They killed four traders and burned stalls.",
               "2024-03-12")])
LEAD = _r("dates.choice.lead", "no date in its paragraph: the lead's date (a lead without the event's own word "
          "gives way to a sentence that names the event again with its day)", _CB + "; news stories open with "
          "the event and its day",
          [("Gunmen stormed a market in Kano on Tuesday.\n\nThey killed four traders and burned stalls, "
            "witnesses said.", "2024-03-12")])
TOLD_LATER = _r("dates.choice.told_later", "nothing before: a later sentence telling when the event took place "
                "('The attack happened early Wednesday')", _CB + ": the date on which the event took place",
                [("Gunmen killed eight fishermen on an island in Borno state, the army said. The "
                  "attack happened early Tuesday near the lake.", "2024-03-12"),
                 ("Gunmen killed nine farmers in a field outside Maiduguri. This took place close to the river "
                  "on Monday, the army said.", "2024-03-11")])
DATELINE = _r("dates.choice.dateline", "nothing else: the dateline's date, the day the story was filed",
              _CB + "; a wire story's dateline gives the day of filing",
              [("KANO, March 13 (Wire) - Gunmen killed four traders at a market, police said.", "2024-03-13")])
ELSEWHERE = _r("dates.choice.same_event_elsewhere", "nothing in its sentence, paragraph or lead: the day where "
               "another sentence names the same event again, by its trigger's word anywhere ('kidnapped' … 'her "
               "kidnapping on New Year's Eve') or, in the sentence before or after, by a generic name of an attack "
               "('Tuesday's attack', 'the clash … on Saturday'), the day within a short reach of that mention; it also "
               "narrows a week or a weekend to the day named so ('killed at the weekend' … 'shot dead on Sunday')",
               _CB + ": the date on which the event took place; news stories name the event again with its day "
                     "after a lead that gives only the day of the statement",
               [("A teacher has been killed in Kano, police said. Tuesday's attack was the third this month.",
                 "2024-03-12"),
                ("Police in Kano have charged two men with murder.\n\nProsecutors say a trader was lured to a "
                 "warehouse in Kano, kidnapped and found shot dead.\n\nThe two men are accused of the trader's "
                 "kidnapping on Christmas Eve, the court heard.", "2023-12-24")])
DAYPART_OF_REPORT = _r("dates.resolve.daypart_of_report", "'overnight', 'this morning', 'last night' in a story "
                       "whose statement is dated ('… killed overnight, officials said on Wednesday'): counted from "
                       "the statement's day — the night that ends on it, dated by that day; 'last night' the day "
                       "before", _P1 + "; " + _NEWS + "; a part of the day is relative to the speaker's day",
                       [("Gunmen killed four traders at a market in Kano overnight, police said on Wednesday.",
                         "2024-03-13"),
                        ("Gunmen killed four traders at a market in Kano last night, police said on Wednesday.",
                         "2024-03-12")])
REPORT_DAY = _r("dates.choice.report_day", "nothing else: the day of the report ('police said Wednesday'), the "
                "event on or before it, precision 2", _P2 + "; " + _NEWS + "; 'X said Wednesday' dates the report",
                [("Gunmen killed four traders at a market in Kano, police said Wednesday.", "2024-03-13")])
PUBLICATION = _r("dates.choice.publication", "no date at all: the publication date", _CB + "; " + _NEWS,
                 [("Gunmen killed four traders at a market in Kano, police said.", "2024-03-14")])
REACTION_DAY = _r("dates.split.reaction_day", "a day written right before or after a verb of reaction or appeal "
                  "('Amnesty International today condemned', 'the experts on Friday urged', 'the group called "
                  "Monday for'; the word class reaction_verbs) dates the statement, not the deed it reacts to: "
                  "it is set aside as a report's day, and the deed takes its own day or else the report's",
                  _CB + "; " + _TIMEX3 + "; news style (AP Stylebook, 'time element'): the time element stands "
                  "next to the verb it dates",
                  [("Rights groups today condemned the arrest of a union organiser in Kano, who was detained on "
                    "5 March.", "2024-03-05"),
                   ("The press union called Wednesday for the release of a reporter who was detained at his home "
                    "in Kano on Monday.", "2024-03-11")])

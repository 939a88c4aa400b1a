"""The rules of cross-outlet dedup (``eventwire/dedup/cluster.py``): which reports of several articles
can be one real-world event.  ``cluster.explain`` names the rules that decided a pair (``rules``).

Each example is two reports, "outlet, date: text" joined by " ||| ", and what dedup finds about the
pair: ``blocked`` (never one event) or the place finding (``coarse``, ``other_area``, ``part_of`` …).
"""
from __future__ import annotations

from . import codebook as cb
from .engine import fact_rule

ONE_OUTLET_ONE_DAY = fact_rule(
    id="merge.dedup.one_outlet_one_day", decides="duplicate",
    value="one outlet's two reports of one day are two events, unless one refers back to the other "
          "(word class follow_ups: the toll rose, an update)",
    codebook=cb.AGGREGATION + "; an outlet tells an event once a day and a follow-up refers back to it",
    examples=[("Daily Test, 2024-03-11: Gunmen killed three traders in Mandera town on Monday, police said. ||| "
               "Daily Test, 2024-03-11: Bandits shot dead three herders in Mandera town on Monday.", "blocked")])
COARSE_PLACE = fact_rule(
    id="merge.dedup.coarse_place", decides="duplicate",
    value="a place known at district or province level (geo precision 2/3) agrees only as the same named "
          "area at the same precision or a part its name states; containing the other is no agreement "
          "('coarse'), another district disagrees ('other_area')",
    codebook=cb.SPATIAL + ": an event coded at province level is a report of another granularity",
    examples=[("Daily Test, 2024-03-11: Taliban fighters killed four policemen in Kunduz province on Monday. ||| "
               "Evening Test, 2024-03-11: Taliban fighters killed four policemen in Kunduz city on Monday.",
               "coarse")])
STATED_DAYS = fact_rule(
    id="merge.dedup.stated_days_apart", decides="duplicate",
    value="two reports whose dates are both read in their texts, on different days, are two events "
          "(unless one date is known only to the week or month and they are a day apart)",
    codebook=cb.TIME + ": an event is one day's; events on consecutive days are coded apart",
    examples=[("Daily Test, 2024-03-12: Gunmen killed three traders in Mandera town on Monday, police said. ||| "
               "Evening Test, 2024-03-12: Gunmen killed three traders in Mandera town on Tuesday, police said.",
               "blocked")])
WEEK_DATE = fact_rule(
    id="merge.dedup.week_date", decides="duplicate",
    value="a date known only to the week or month (time precision 2/3) cannot confirm that two reports are of "
          "one day: within its span it is no evidence either way ('imprecise', weight 0); a date given as the "
          "day of a report ('as reported on 5 March') spans the days up to it, so an event read in another text "
          "as happening on a later day is another event",
    codebook=cb.TIME + ": precision 2 or 3, the event is known only to a week or a month; an event is one day's",
    examples=[("Daily Test, 2024-03-06: As reported on 5 March, Taliban fighters killed four policemen in Kunduz "
               "city. ||| Evening Test, 2024-03-07: Taliban fighters killed four policemen in Kunduz city on "
               "Wednesday.", "blocked"),
              ("Daily Test, 2024-03-06: As reported on 5 March, Taliban fighters killed four policemen in Kunduz "
               "city. ||| Evening Test, 2024-03-06: Taliban fighters killed four policemen in Kunduz city on "
               "Monday.", "date=imprecise")])

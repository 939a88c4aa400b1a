"""Full news articles and press releases of our own about attacks on rights defenders, journalists,
unionists and land defenders (tests/golden/hrds6_articles.jsonl, in the gold format `eventwire eval`
reads), each with the country, the place and the day of the attack, the arrest or the abduction it
reports: datelines abroad ("GENEVA (22 May 2024) —", "NEW YORK, June 14, 2024 —", "Paris (Wire) —"),
statements dated apart from the deed ("UN experts today expressed alarm at the arrest of … who was
detained on 14 May", "CPJ today called on …"), and the deed's day told as a weekday, "last Thursday",
"two days ago", "the day before yesterday", "on the night of February 6" or a date weeks before the
report.

An article expects its most confident event in the country where the deed took place (ACLED: an event is
coded where it happened, not where it was reported) and on the deed's day.

Round 1 (set ``hrds6-a``, 22 articles, 22 countries) was written and run before the changes it checks:
first run 21/22 countries and 17/22 days. Its case a17 expected the day of a verdict; a court's verdict is
no ACLED event while the arrest it follows is, so its day is the arrest's (the first-run count above reads
the case as first written). After the changes (``dates.split.reaction_day``, the bracketed date of a
press release's dateline): 21/22 countries, 18/22 days as first written, 19/22 with a17's day corrected.
Round 2 (set ``hrds6-b``, 10 articles, 10 countries) was written after those changes and run once before
any further change: 10/10 countries, 9/10 days, with a wider reach of the same-event date rule then on
trial (the only day of a sentence naming the event again, however far from its verb); that widening was
withdrawn for a loss on a held-out development file, and the set now codes 10/10 countries, 8/10 days.
Each case also names the place of the deed (``location``), which the test does not check. A case still coded otherwise is listed in KNOWN_MISSES with the reason (strict expected failures)."""
from pathlib import Path

import pytest

from golden_notes import article, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "hrds6_articles.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES: dict[str, str] = {
    "hrds6:a9": "the verdict is no event and the only deed read is 'her work documenting torture in detention', "
                "placed at the dateline town abroad",
    "hrds6:a11": "the lead's 'a radio journalist arrested in Bamenda' takes the statement's day: the later sentence "
                 "that dates the arrest gives its day too far from its verb for the same-event rule",
    "hrds6:a16": "'organised villagers against the acquisition' is read as a protest, dated by the dateline and "
                 "ranked above the arrest",
    "hrds6:b1": "the headline's 'Rights body condemns arrest' is the top event and takes the publication date; "
                "the arrest's day lies too far from the verb of the sentence that names it again",
    "hrds6:b2": "'two weeks ago' reads as the week two weeks back, dated by its Monday (precision 2)",
}


def test_articles_are_full_stories_from_many_countries():
    assert len({c["id"] for c in CASES}) == len(CASES) >= 32
    assert sum(c["round"] == 2 for c in CASES) >= 10
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert len({c["events"][0]["iso3"] for c in CASES}) >= 15
    assert all(100 <= len(c["text"].split()) <= 400 for c in CASES)


@pytest.mark.model
@pytest.mark.gazetteer
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_article(case, pipeline):
    events = pipeline.process(article(case)).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    gold = case["events"][0]
    got = (top.location.iso3 if top.location else None, top.event_date)
    assert got == (gold["iso3"], gold["event_date"]), \
        [(e.sub_event_type, e.location.name if e.location else None, e.event_date,
          round(e.confidence, 2)) for e in events]

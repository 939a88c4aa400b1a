"""Places of news lead sentences of our own (tests/golden/news_places25.jsonl, in the gold format
`eventwire eval` reads) from many countries, each with the place a coder following the codebook gives
it: a road named by its towns ("on the Kano-Zaria expressway"), a village the index lacks named with its
district ("X village of Y local government area"), a village "40 km from" a town, the hospital the
wounded were taken to, the town survivors fled to and the town the news was told from ("officials in
Raipur said"), none of which is the event's place when another is named.

Round "pitf25-1" (twenty notes) was written and run before the lead-reference rules
(``places.road_end``, ``places.speaker_place``, ``places.own_place_past_trip``,
``places.possessive_qualifier``, flight verbs as journeys' ends, the seat of a district named by two
towns, a town hint for a place a distance is measured from): 17 of 20 passed on that first run, 20 of
20 after them (five of them were reworded after their first run, keeping their construction, where a
commit screen found six words in a row shared with other texts).
Round "pitf25-2" (ten more) was written after those rules and run once before any further change: 8 of
10 passed (9 of 10 within 25 km in the right country); its two misses (a commander as the news's
speaker, a lower-case word between a town and its hospital) were fixed after that run.

A note still coded otherwise is listed in KNOWN_MISSES with the reason; it is expected to fail
(strictly: when it starts to pass, it must leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, assert_place, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "news_places25.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES: dict[str, str] = {}


def test_notes_cover_many_countries():
    countries = {c["events"][0]["iso3"] for c in CASES}
    assert len(countries) >= 12 and len(CASES) >= 20 and len({c["id"] for c in CASES}) == len(CASES)
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_place(case, pipeline):
    assert_place(pipeline.process(article(case)).events, case["events"][0])

"""The codebook probe: short ACLED-style notes of our own from many countries, one or more for each of
the 25 sub-event types, each with the type the codebook's definition gives it (tests/golden/
codebook_probe.jsonl, in the gold format `eventwire eval` reads). The event the pipeline is most
confident of must have that type.

A note the pipeline still codes otherwise is listed in KNOWN_MISSES with the reason; it is expected
to fail (strictly: when it starts to pass, it must leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, cases_with_misses, read_notes


PROBE = Path(__file__).resolve().parent / "golden" / "codebook_probe.jsonl"
CASES = read_notes(PROBE)
SUB_EVENT_TYPES = 25

KNOWN_MISSES = {
    "probe:pak-abduction-3": "'calls it an enforced disappearance' is read as a future or intended act",
    "probe:deu-peaceful-7": "roads blocked by demonstrators are coded as a violent demonstration",
    "probe:npl-peaceful-9": "a procession that commemorates a day is read as the commemoration of a past event",
    "probe:zaf-looting-7": "looting by people with no armed group named is coded as a riot",
    "probe:isr-protest-10": "demonstrators blocking an entrance are coded as a violent demonstration",
    "probe:ukr-government-8": "a liberation the army announced is not read as asserted; the assaults before it decide",
    "probe:ner-change-8": "a suspended cooperation is not among the changes to a group's activity the lexicon knows",
    "probe:som-agreement-7": "the fighting a peace accord ends is coded as a fight of its own",
}


def test_probe_covers_every_sub_event_type_and_many_countries():
    subs = {c["events"][0]["sub_event_type"] for c in CASES}
    countries = {c["events"][0]["iso3"] for c in CASES}
    assert len(subs) == SUB_EVENT_TYPES
    assert len(countries) >= 15 and not countries & {"KEN", "BEN", "AFG"}
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_probe_note(case, pipeline):
    art = article(case)
    events = pipeline.process(art).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    expected = case["events"][0]
    assert (top.event_type, top.sub_event_type) == (expected["event_type"], expected["sub_event_type"]), \
        [(e.sub_event_type, e.rules[:3]) for e in events]

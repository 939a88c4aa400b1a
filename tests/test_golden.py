"""Golden texts: short articles of our own with the events a careful coder expects."""
import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.extract.merge import km
from eventwire.records import Article, Place

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
# short texts (events.jsonl) and full wire stories with headline, dateline, quotes, a second claimant and
# a background paragraph, some with no event to code (news_articles.jsonl), and news leads for the fatality and
# date rules: counts between auxiliary and verb, claimants, tolls, weekdays against publication (news_counts_dates.jsonl)
GOLDEN_FILES = (GOLDEN_DIR / "events.jsonl", GOLDEN_DIR / "news_articles.jsonl", GOLDEN_DIR / "news_counts_dates.jsonl")
CASES = [json.loads(line) for path in GOLDEN_FILES
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
CODED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


def _same_place(name: str, iso3: str | None, loc: dict, gazetteer) -> bool:
    """The expected town by name, or by any GeoNames spelling of it within 10 km."""
    if name.lower() == str(loc.get("name", "")).lower():
        return True
    want = gazetteer.lookup(name, iso3)
    if want is None or loc.get("latitude") is None:
        return False
    got = Place(loc["name"], loc["country"], loc["iso3"], loc["latitude"], loc["longitude"])
    return want.feature == "city" and km(want, got) <= 10


def _match(expected: list[dict], events: list[dict]) -> list[tuple[dict, dict | None]]:
    pool = list(events)
    out = []
    for exp in expected:
        same = [e for e in pool if e["sub_event_type"] == exp["sub_event_type"]]
        if "location" in exp:
            same.sort(key=lambda e: (e.get("location") or {}).get("name", "").lower() != exp["location"].lower())
        chosen = same[0] if same else None
        if chosen is not None:
            pool.remove(chosen)
        out.append((exp, chosen))
    return out


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden(case, pipeline, gazetteer):
    art = Article(id=case["id"], date=dt.date.fromisoformat(case["date"]), text=case["text"])
    events = [e.to_dict() for e in pipeline.process(art).events]
    coded = [e for e in events if e["event_type"] in CODED_TYPES]
    expected_coded = [x for x in case["expect"] if x["event_type"] in CODED_TYPES]
    assert len(coded) == len(expected_coded), [(e["sub_event_type"], e["notes"]) for e in events]
    for exp, got in _match(case["expect"], events):
        assert got is not None, f"no {exp['sub_event_type']} event; got {[e['sub_event_type'] for e in events]}"
        assert got["event_type"] == exp["event_type"]
        if "event_date" in exp:
            assert got["event_date"] == exp["event_date"], got["evidence"].get("event_date")
        loc = got.get("location") or {}
        if "iso3" in exp:
            assert loc.get("iso3") == exp["iso3"], loc
        if "location" in exp:
            assert _same_place(exp["location"], exp.get("iso3"), loc, gazetteer), loc
        if "inter" in exp:
            types = sorted(t for t in ((got.get("actor1") or {}).get("type"), (got.get("actor2") or {}).get("type"))
                           if t is not None)
            assert types == sorted(exp["inter"]), (got["actor1"], got["actor2"])
        for key in ("actor1", "actor2"):
            if key in exp:
                assert (got.get(key) or {}).get("name") == exp[key], (got["actor1"], got["actor2"])
        if "fatalities" in exp:
            assert got["fatalities"]["best"] == exp["fatalities"], got["fatalities"]
        if "modality" in exp:
            assert got["modality"] == exp["modality"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A gas cylinder exploded in a restaurant kitchen in Lagos on Monday. The blast killed three cooks.",
    "Fire crews said a storage tank of solvents exploded at the chemical plant. The explosion injured two workers.",
])
def test_accidental_explosions_are_not_attacks(text, pipeline):
    art = Article(id="accident", date=dt.date(2024, 5, 7), text=text)
    events = [e.to_dict() for e in pipeline.process(art).events]
    assert not [e for e in events if e["event_type"] in CODED_TYPES]

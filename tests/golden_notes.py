"""Golden note sets written for the tests (``tests/golden/*.jsonl``, in the eval format): reading them,
parametrizing a test over them with the listed misses as strict expected failures, and the article
each note codes as."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.records import Article
from eventwire.resolve.gazetteer_build import haversine_km


def read_notes(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def cases_with_misses(cases: list[dict], misses: dict[str, str]) -> dict:
    """Keyword arguments for ``pytest.mark.parametrize("case", ...)``: every note, those listed in
    ``misses`` (id -> why) marked as strict expected failures, so a fixed miss fails until unlisted."""
    params = [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=misses[c["id"]]))
              if c["id"] in misses else c for c in cases]
    return {"argvalues": params, "ids": [c["id"] for c in cases]}


def article(case: dict) -> Article:
    return Article(id=case["id"], date=dt.date.fromisoformat(case["date"]), text=case["text"])


def assert_types_and_sides(events, expected: dict) -> None:
    """The most confident event has the note's event type, sub-event type and unordered pair of actor
    type codes."""
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    pair = tuple(sorted(t for t in (expected["inter1"], expected.get("inter2")) if t))
    got = (top.event_type, top.sub_event_type,
           tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (expected["event_type"], expected["sub_event_type"], pair), \
        [(e.sub_event_type, e.actor1, e.actor2) for e in events]


def assert_place(events, gold: dict) -> None:
    """The placed event nearest the note's place is in its country, within 25 km and at its precision."""
    events = [e for e in events if e.location is not None]
    assert events, "no placed event"
    top = min(events, key=lambda e: haversine_km(e.location.latitude, e.location.longitude,
                                                 gold["latitude"], gold["longitude"]))
    got = (top.location.name, top.location.iso3, top.geo_precision)
    assert top.location.iso3 == gold["iso3"], got
    assert haversine_km(top.location.latitude, top.location.longitude,
                        gold["latitude"], gold["longitude"]) <= 25, got
    assert top.geo_precision == gold["geo_precision"], got


CODED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


def assert_story_country(events, case: dict) -> None:
    """An article with nothing to code yields no event of a coded type; one with an event has its most
    confident event in the gold's country."""
    if case.get("no_event"):
        assert not [e for e in events if e.event_type in CODED_TYPES], [(e.sub_event_type, e.event_date) for e in events]
        return
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    assert top.location is not None and top.location.iso3 == case["events"][0]["iso3"], \
        [(e.sub_event_type, e.location.name if e.location else None, e.location.iso3 if e.location else None,
          round(e.confidence, 2)) for e in events]


def article_misses(case: dict, events: list, sides: bool = False) -> list[str]:
    """What the events get wrong against an article's gold coding (empty when nothing): each gold event
    needs a distinct event of its sub-event type in its country with its toll (and, with ``sides``, its
    unordered pair of actor type codes); no other event of a coded type may be left over.  An article
    with nothing to code may yield no event of a coded type."""
    coded = [e for e in events if e.event_type in CODED_TYPES]
    if case.get("no_event"):
        return [f"event {e.sub_event_type} in {e.location.name if e.location else None}" for e in coded]
    out, pool = [], list(events)
    for g in case["events"]:
        same = [e for e in pool if e.sub_event_type == g["sub_event_type"]]
        if not same:
            out.append(f"no {g['sub_event_type']}; got {[e.sub_event_type for e in events]}")
            continue
        e = same[0]
        pool.remove(e)
        if e.location is None or e.location.iso3 != g["iso3"]:
            out.append(f"country {e.location.iso3 if e.location else None}")
        if "fatalities" in g and e.fatalities_best != g["fatalities"]:
            out.append(f"fatalities {e.fatalities_best}")
        got = sorted(int(a.type) for a in (e.actor1, e.actor2) if a is not None)
        gold_sides = sorted(x for x in (g.get("inter1"), g.get("inter2")) if x is not None)
        if sides and got != gold_sides:
            out.append(f"actor types {got}")
    extra = [e.sub_event_type for e in pool if e.event_type in CODED_TYPES]
    if extra:
        out.append(f"other events {extra}")
    return out

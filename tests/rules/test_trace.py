"""Every event says which rules decided it: a non-empty trace, and for each field that is set the id of
a registered rule that decided it (``decided_by``). New rules in any area must keep this true."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.extract.classify import registry

ROOT = Path(__file__).resolve().parents[2]


def _set_fields(event: dict) -> set[str]:
    """The fields ``decided_by`` must name for this event: all of them, except the actor 2 and the
    place of an event that has none."""
    fields = {"event_date", "fatalities", "modality", "sub_event_type", "actor1", "actor1_name"}
    if event["actor2"] is not None:
        fields |= {"actor2", "actor2_name"}
    if event["location"] is not None:
        fields.add("location")
    return fields


@pytest.mark.model
def test_every_event_of_the_bundled_example_names_the_rule_of_each_set_field():
    res = subprocess.run([sys.executable, "-m", "eventwire", "extract", "examples/kirkuk-2024-03-14.txt",
                          "--format", "jsonl", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stderr
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events
    known = {r.id for r in registry()}
    for event in events:
        assert event["rules"], event["event_id"]
        decided = event["decided_by"]
        missing = _set_fields(event) - set(decided)
        assert not missing, f"no rule recorded for {sorted(missing)} of {event['event_id']}: {decided}"
        for field, rule_id in decided.items():
            assert rule_id in known, f"{field} decided by {rule_id!r}, which is not in the rulebook"
            assert rule_id in event["rules"], f"{field}'s rule {rule_id!r} is missing from the trace"


def test_fired_on_counts_the_events_each_rule_fired_on_and_the_fields_it_decided(tmp_path):
    events = [
        {"rules": ["detect.trigger.air", "places.clause_place", "merge.place.most_precise_mention"],
         "decided_by": {"sub_event_type": "detect.trigger.air", "location": "places.clause_place"}},
        {"rules": ["detect.trigger.air", "model.sub_event_type"],
         "decided_by": {"sub_event_type": "model.sub_event_type"}},
        {"rules": ["detect.trigger.clash"]},  # stored before decided_by existed
    ]
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "eventwire", "rules", "--fired-on", str(path), "--format", "jsonl"],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stderr
    rows = {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert rows["detect.trigger.air"]["fired"] == {"events": 2} and rows["detect.trigger.air"]["decided"] == {"events": 1}
    assert rows["detect.trigger.clash"]["fired"] == {"events": 1} and rows["detect.trigger.clash"]["decided"] == {"events": 0}
    assert rows["detect.trigger.grenade"]["fired"] == {"events": 0}  # rules that fired nowhere are listed too
    assert rows["model.sub_event_type"]["registered"] is False
    table = subprocess.run([sys.executable, "-m", "eventwire", "rules", "--fired-on", str(path)],
                           capture_output=True, text=True, cwd=ROOT, timeout=600).stdout.splitlines()
    air = next(line for line in table if line.startswith("detect.trigger.air "))
    assert air.split()[1:] == ["2/1", "1"]
    assert any(line.startswith("model.sub_event_type ") and "(not in the rulebook)" in line for line in table)


@pytest.mark.model
def test_the_place_rule_decides_the_location_and_the_merging_rule_is_only_traced(pipeline):
    import datetime as dt

    from eventwire.extract.classify import merge_rules, places_rules
    from eventwire.records import Article

    def events(text):
        return pipeline.process(Article(id="t", date=dt.date(2024, 5, 7), text=text)).events

    (own,) = events("Raiders shot dead two herders in Garissa town on Sunday.")
    assert dict(own.decided_by)["location"] == places_rules.CLAUSE_PLACE
    assert merge_rules.PLACE_MOST_PRECISE in own.rules  # the place is one of its mentions'
    (told,) = events("Traders in Nakuru town met at the bus park on Sunday morning. Riot police later fired "
                     "tear gas to scatter the traders.")
    assert dict(told.decided_by)["location"] == places_rules.EARLIER_SENTENCE
    assert not any(r.startswith("merge.place.") for r in told.rules)  # no mention of its own named the place
    (national,) = events("Kenyan police arrested a radio presenter on Monday.")
    assert dict(national.decided_by)["location"] == places_rules.STORY_COUNTRY
    assert not any(r.startswith("merge.place.") for r in national.rules)

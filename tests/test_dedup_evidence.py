"""Dedup merges on evidence, never on the block alone: source structure, generic actors, stated
dates, names in the sentence; possible duplicates, the evidence of a merge, and an analyst's
confirmations and splits (kept by every later dedup)."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.cli import main
from eventwire.dedup import dedup_events, dedup_records, of_event
from eventwire.dedup.cluster import THRESHOLD, cluster, explain
from eventwire.dedup.store import decide, links_of, refresh, review
from eventwire.records import Actor, Place, Span
from eventwire.settings import Settings
from test_dedup import ARMY, CIVILIANS, KOLO, T0, TARSA, save, store, strike  # noqa: F401

PROTESTERS = Actor("Protesters (Freedonia)", 6, "FRE")
POLICE = Actor("Police Forces of Freedonia (2020-)", 1, "FRE")
SIRA = Place("Sira", "Freedonia", "FRE", 12.40, -3.15, admin1="North")  # about 8 km from Tarsa


def protest(eid, aid, text, day=4, place=TARSA, source=None, actor2=None, **kw):
    ev = strike(eid, aid, day=day, best=0, actor1=PROTESTERS, actor2=actor2, place=place, text=text,
                sub="Peaceful protest", **kw)
    return replace(ev, event_type="Protests", disorder_type="Demonstrations", plover_event="PROTEST",
                   source=source)


def stated(ev, day):
    """``ev`` with its date read in the text (not the publication date)."""
    date = f"2024-03-{day:02d}"
    return replace(ev, event_date=date, evidence=ev.evidence + (("event_date", Span(str(day), 0, 2)),))


# ---------------------------------------------------------------- source structure

def test_two_reports_of_one_article_are_never_one_event():
    text = "A drone strike hit the Tarsa market on Monday, killing five people."
    one, two = strike("s1", "art-1", text=text), strike("s2", "art-1", text=text)
    assert len(dedup_events([one, two])) == 2


def test_one_outlet_two_places_one_day_are_two_events():
    text = "A drone strike hit the market on Monday, killing five people, officials said."
    tarsa = replace(strike("o1", "art-1", text=text.replace("the market", "the Tarsa market")), source="Wire")
    sira = replace(strike("o2", "art-2", place=SIRA, text=text.replace("the market", "the Sira market")),
                   source="Wire")
    assert len(dedup_events([tarsa, sira])) == 2
    # the same two reports from two outlets are evidence enough
    assert len(dedup_events([tarsa, replace(sira, source="Other Wire")])) == 1
    # nor can a third outlet's report join the two places into one cluster
    third = replace(strike("o3", "art-3", text=text), source="Third")
    assert len(dedup_events([tarsa, sira, third])) >= 2


# ---------------------------------------------------------------- evidence beyond the block

def test_generic_actors_in_one_town_on_one_day_are_not_enough():
    a = protest("p1", "art-1", "Traders protested against new market taxes in Tarsa.")
    b = protest("p2", "art-2", "Nurses marched in Tarsa to demand unpaid salaries from the ministry.")
    assert len(dedup_events([a, b])) == 2
    found = explain(of_event(a), of_event(b))
    assert found["features"]["actor1"]["found"] == "same_generic"
    assert found["score"] is None or found["score"] < THRESHOLD


def test_the_same_protest_told_by_two_outlets_is_merged():
    a = protest("p1", "art-1", "Hundreds of traders protested against new market taxes in Tarsa on Monday.")
    b = protest("p2", "art-2", "Traders in Tarsa protested on Monday against the new market taxes.")
    [merged] = dedup_events([a, b])
    assert merged["article_ids"] == ["art-1", "art-2"]


def test_dates_read_in_both_texts_a_day_apart_are_two_events():
    text = "Police dispersed traders protesting against market taxes in Tarsa."
    a = protest("p1", "art-1", text, actor2=POLICE)
    b = protest("p2", "art-2", text + " Several were arrested.", day=5, actor2=POLICE)
    loose = explain(of_event(a), of_event(b))
    told = explain(of_event(stated(a, 4)), of_event(stated(b, 5)))
    assert loose["features"]["date"]["found"] == "one_day"
    assert told["blocked"] and told["rules"] == ["merge.dedup.stated_days_apart"]
    assert len(dedup_events([stated(a, 4), stated(b, 5)])) == 2
    # a date known only to the week may be a day off
    weekly = explain(of_event(replace(stated(a, 4), time_precision=2)), of_event(stated(b, 5)))
    assert weekly["features"]["date"]["found"] == "imprecise"
    assert weekly["features"]["date"]["weight"] == 0.0 and "merge.dedup.week_date" in weekly["rules"]


def reported_on(ev, day):
    """``ev`` dated by the day a report was published ("As reported on 4 March"): known to the week."""
    date = f"2024-03-{day:02d}"
    return replace(ev, event_date=date, time_precision=2,
                   evidence=ev.evidence + (("event_date", Span(f"As reported on {day} March", 0, 20)),))


def test_a_day_read_after_the_day_a_report_was_published_is_another_event():
    text = "Police dispersed traders protesting against market taxes in Tarsa."
    a = reported_on(protest("p1", "art-1", text, actor2=POLICE), 4)
    assert of_event(a).report_day
    later = explain(of_event(a), of_event(stated(protest("p2", "art-2", text, day=5, actor2=POLICE), 5)))
    assert later["blocked"] and later["rules"] == ["merge.dedup.week_date"]
    # the day before the report lies within the week it stands for: no evidence either way
    earlier = explain(of_event(a), of_event(stated(protest("p3", "art-3", text, day=3, actor2=POLICE), 3)))
    assert earlier["features"]["date"] == {"found": "imprecise", "weight": 0.0}
    # the same words read as a week ("in the week of 4 March") span forward, not only up to the day
    week = replace(a, evidence=a.evidence[:-1] + (("event_date", Span("the week of 4 March", 0, 19)),))
    assert not of_event(week).report_day
    assert explain(of_event(week), of_event(stated(protest("p2", "art-2", text, day=5, actor2=POLICE), 5)))[
        "features"]["date"]["found"] == "imprecise"


def test_one_outlets_two_reports_of_one_day_are_two_events_unless_a_follow_up():
    first = strike("f1", "art-1", source="Wire", text="A drone strike hit the Tarsa market on Monday, killing five.")
    second = strike("f2", "art-2", source="Wire",
                    text="A drone strike on the Tarsa market killed five people on Monday, officials said.")
    why = explain(of_event(first), of_event(second))
    assert why["blocked"] and why["rules"] == ["merge.dedup.one_outlet_one_day"]
    assert len(dedup_events([first, second])) == 2
    # the same reports by two outlets are one event
    assert len(dedup_events([first, replace(second, source="Other Wire")])) == 1
    # a follow-up refers back to the event its outlet told: it may join it
    update = replace(second, evidence=(("event_type", Span(
        "The toll of the drone strike on the Tarsa market rose to five on Monday, officials said.", 0, 10)),))
    assert of_event(update).follow_up and not explain(of_event(first), of_event(update)).get("blocked")
    # nor does a third outlet join one outlet's two reports of a day into one cluster
    third = replace(strike("f3", "art-3", text="Five died in a drone strike on the Tarsa market on Monday."),
                    source="Third")
    assert len(dedup_events([first, second, third])) == 2


def test_a_district_or_province_agrees_only_by_name_never_by_containing_the_other():
    from test_dedup import NORTH

    town = of_event(strike("c1", "art-1"))
    province = of_event(strike("c2", "art-2", place=NORTH, precision=3))
    district = of_event(strike("c3", "art-3", place=Place("Tarsa District", "Freedonia", "FRE", 12.35, -3.2,
                                                            admin1="North"), precision=2))
    other = of_event(strike("c4", "art-4", place=Place("Kolo District", "Freedonia", "FRE", 12.7, -3.2,
                                                         admin1="North"), precision=2))
    place = lambda a, b: explain(a, b)["features"]["place"]["found"]  # noqa: E731
    province_too = of_event(strike("c6", "art-6", place=NORTH, precision=3))
    assert place(town, province) == "coarse" and place(province, province_too) == "same_area"
    assert place(town, district) == "part_of" and place(district, other) == "other_area"
    assert explain(town, province)["features"]["place"]["weight"] == 0.0
    assert explain(town, province)["rules"] == ["merge.dedup.coarse_place"]
    # the same name at another precision (a province named as its capital) is another granularity
    capital = of_event(strike("c5", "art-5", place=Place("North", "Freedonia", "FRE", 12.5, -3.0, admin1="North")))
    assert place(capital, province) == "coarse"


def test_sentences_naming_different_villages_count_against():
    a = strike("v1", "art-1", text="A drone strike hit a wedding in the village of Morru near Tarsa.")
    b = strike("v2", "art-2", text="A drone strike hit a wedding in the village of Kesh near Tarsa.")
    found = explain(of_event(a), of_event(b))
    assert found["features"]["names"]["found"] == "different"
    assert found["features"]["names"]["weight"] < 0


# ---------------------------------------------------------------- properties

OUTLETS = [None, "Wire", "Daily"]
TEXTS = ["A drone strike hit the Tarsa market on Monday, killing five people.",
         "A drone strike hit the Kolo market on Monday, killing five people.",
         "Shelling hit the village of Morru near Tarsa.", "Traders protested in Tarsa."]


@st.composite
def reports(draw):
    out = []
    for i in range(draw(st.integers(1, 12))):
        ev = strike(f"ev{i:02d}", f"art{draw(st.integers(0, 5))}", day=draw(st.integers(3, 5)),
                    best=draw(st.sampled_from([0, 2, 5, 7])), actor1=draw(st.sampled_from([ARMY, POLICE])),
                    actor2=draw(st.sampled_from([CIVILIANS, None])), place=draw(st.sampled_from([TARSA, SIRA, KOLO])),
                    text=draw(st.sampled_from(TEXTS)), confidence=draw(st.sampled_from([0.5, 0.8])))
        ev = replace(ev, source=draw(st.sampled_from(OUTLETS)))
        out.append(stated(ev, int(ev.event_date[-2:])) if draw(st.booleans()) else ev)
    return out


@settings(max_examples=120, deadline=None)
@given(reports())
def test_dedup_of_deduplicated_records_changes_nothing(events):
    once = dedup_events(events)
    assert dedup_records(once) == once
    for r in once:  # never two events of one article, never one outlet's two places on a day
        members = [e for e in events if e.event_id in {s["event_id"] for s in r.get("sources", [r])}]
        assert len({e.article_id for e in members}) == len(members)
        seen = {}
        for e in members:
            if e.source:
                assert seen.setdefault((e.source, e.event_date), e.location.name) == e.location.name


# ---------------------------------------------------------------- store: evidence, review, decisions

PAIR = [protest("q1", "art-q1", "Traders protested against new market taxes in Tarsa on Monday."),
        protest("q2", "art-q2", "Market women in Tarsa rallied on Monday over the taxes on stalls.")]
SAME = [strike("m1", "art-m1", text="A drone strike hit the Tarsa market on Monday, killing five people."),
        strike("m2", "art-m2", text="A drone strike hit the Tarsa market on Monday, killing five, officials said.")]


def test_merged_events_keep_why_they_were_merged(store):
    save(store, SAME)
    refresh(store)
    [link] = [x for x in links_of(store.con, ["m1"]) if x["kind"] == "merge"]
    assert {link["a"], link["b"]} == {"m1", "m2"} and link["score"] >= THRESHOLD
    assert link["evidence"]["features"]["place"]["found"] == "same_place"
    assert link["evidence"]["measures"]["text_similarity"] > 0.5


def test_possible_duplicates_are_kept_apart_listed_and_decided(store):
    save(store, PAIR)
    refresh(store)
    assert store.count_events(dedup=True) == 2
    [pair] = review(store.con)
    assert {e["event_id"] for e in pair["events"]} == {"q1", "q2"} and pair["score"] < THRESHOLD
    decide(store, "q2", "q1", "confirm", T0)
    assert store.count_events(dedup=True) == 1 and review(store.con) == []
    assert [x["kind"] for x in links_of(store.con, ["q1"])] == ["confirmed"]
    refresh(store, full=True)  # a later run keeps the confirmation
    assert store.count_events(dedup=True) == 1
    decide(store, "q1", "q2", "split", T0 + dt.timedelta(minutes=1))  # the latest decision wins
    assert store.count_events(dedup=True) == 2
    with pytest.raises(KeyError):
        decide(store, "q1", "nope", "split", T0)


def test_a_split_holds_against_strong_evidence_and_incremental_runs(store):
    save(store, SAME)
    refresh(store)
    assert store.count_events(dedup=True) == 1
    decide(store, "m1", "m2", "split", T0)
    assert store.count_events(dedup=True) == 2
    save(store, [strike("m3", "art-m3", day=5, text="A drone strike hit the Tarsa market, killing five.")])
    refresh(store)  # incremental, around the new event
    groups = cluster([of_event(e) for e in SAME], split=[("m1", "m2")]).groups
    assert groups == [["m1"], ["m2"]]
    together = {r["event_id"]: r.get("article_ids") for r in store.events(dedup=True)}
    assert not any({"art-m1", "art-m2"} <= set(ids or []) for ids in together.values())


def test_api_and_cli_show_the_links(store, capsys):
    save(store, SAME + PAIR)
    refresh(store)
    store.close()
    db = str(store.path)
    from eventwire.api import create_app
    with TestClient(create_app(Settings.from_env(db_path=db))) as client:
        merged = client.get("/events/m2").json()
        assert merged["merge_evidence"][0]["event_ids"] == ["m1", "m2"]
        assert merged["merge_evidence"][0]["features"]["actor1"]["found"] == "same_state"
        lone = client.get("/events/q1").json()
        assert [p["event_id"] for p in lone["possible_duplicate_of"]] == ["q2"]
        assert lone["possible_duplicate_of"][0]["score"] < THRESHOLD
    assert main(["dedup", "--db", db, "--review"]) == 0
    out = capsys.readouterr().out
    assert "q1" in out and "q2" in out and "evidence:" in out
    assert main(["dedup", "--db", db, "--confirm", "q1", "q2"]) == 0
    assert main(["dedup", "--db", db, "--why", "q1"]) == 0
    why = json.loads(capsys.readouterr().out)
    assert [x["kind"] for x in why] == ["confirmed"]
    assert main(["dedup", "--db", db]) == 0  # a full re-run keeps the confirmation
    with TestClient(create_app(Settings.from_env(db_path=db))) as client:
        assert client.get("/events/q1").json()["event"]["article_ids"] == ["art-q1", "art-q2"]


# ---------------------------------------------------------------- one outlet's words, stated days, the weights

def test_one_outlets_two_reports_of_a_day_in_the_same_words_are_two_events():
    text = "Protesters marched in Tarsa and Sira on Monday against the new fuel prices."
    a = protest("w1", "art-1", text, source="Wire")
    b = protest("w2", "art-2", text, source="Wire")
    assert len(dedup_events([a, b])) == 2
    why = explain(of_event(a), of_event(b))
    assert why["blocked"] and why["rules"] == ["merge.dedup.one_outlet_one_day"]
    # two outlets telling it in the same words are one event
    assert len(dedup_events([a, replace(b, source="Other Wire")])) == 1


def test_two_dates_read_in_the_texts_two_days_apart_are_two_events():
    text = "A drone strike hit the Tarsa market, killing five people, officials said."
    a = stated(strike("d1", "art-1", text=text), 4)
    b = stated(strike("d2", "art-2", text=text), 6)
    assert len(dedup_events([a, b])) == 2 and explain(of_event(a), of_event(b))["blocked"]
    # a publication date two days later may still tell the same strike
    assert explain(of_event(a), of_event(replace(b, evidence=b.evidence[:1])))["features"]["date"]["found"] \
        == "two_days"


def test_a_shared_nationality_is_no_shared_name():
    a = strike("n1", "art-1", text="A drone strike killed five Kenyan soldiers in Tarsa, officials said.")
    b = strike("n2", "art-2", text="Five Kenyans died when a drone struck an army post near Tarsa.")
    assert not of_event(a).names and not of_event(b).names


def test_the_shipped_weights_are_fitted_and_say_on_what():
    import hashlib
    from pathlib import Path

    from eventwire.dedup import cluster as cluster_mod

    table = cluster_mod.load_weights()
    assert table["threshold"] == cluster_mod.THRESHOLD and table["possible"] < table["threshold"]
    manifest = table["manifest"]
    assert "logistic regression" in manifest["how"]
    root = Path(cluster_mod.__file__).resolve().parents[2]
    for f in manifest["files"]:  # only our own files: the training files are in the repository
        assert hashlib.sha256((root / f["path"]).read_bytes()).hexdigest() == f["sha256"]
    for field, found in table["weights"].items():
        assert set(found) >= {v for v in cluster_mod.WEIGHTS[field]}

"""The HTTP API reads real-world events: two outlets' reports of one drone strike come back
as one merged event everywhere (list, detail, stats, map, actors, exports), and
``dedup=false`` gives one event per article's event.  A real DuckDB file filled by the real
pipeline; one test runs `eventwire serve` on a file of an older schema."""
from __future__ import annotations

import csv
import io
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from eventwire.ingest.readers import read_inputs
from eventwire.ingest.service import ingest
from eventwire.settings import Settings
from eventwire.store.duckdb_store import Store
from eventwire.store.export import export_to_string
from test_api import ARTICLES, KEY, NEW_ARTICLE

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

SECOND_REPORT = {
    "id": "t-drone-2", "date": "2024-03-14", "source": "Other Wire", "url": "https://example.org/drone-2",
    "text": "Two fighters of the Kurdistan Workers' Party (PKK) were killed on Tuesday when a Turkish drone "
            "struck their car near Sinjar, a local official told reporters."}


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api-dedup") / "events.duckdb"
    data = "\n".join(json.dumps(a) for a in ARTICLES + [SECOND_REPORT]).encode("utf-8")
    ingest(list(read_inputs(["-"], stdin=io.BytesIO(data))), Settings.from_env(db_path=path), argv=["test"])
    return path


@pytest.fixture(scope="module")
def client(db_file):
    from eventwire.api import create_app
    with TestClient(create_app(Settings.from_env(db_path=db_file)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def strike(client):
    """The merged drone strike and the two events it merges."""
    merged = client.get("/events", params={"article_id": "t-drone"}).json()["events"]
    raw = client.get("/events", params={"q": "sinjar", "dedup": "false"}).json()["events"]
    assert len(merged) == 1 and len(raw) == 2, "the two reports should be one real-world event"
    return merged[0], raw


def test_list_gives_one_event_per_real_world_event(client, strike):
    merged, raw = strike
    assert merged["article_ids"] == ["t-drone", "t-drone-2"]
    assert merged["event_id"] in {e["event_id"] for e in raw}
    assert sorted(s["event_id"] for s in merged["sources"]) == sorted(e["event_id"] for e in raw)
    body = client.get("/events").json()
    assert body["total"] == len(body["events"]) == len(ARTICLES)
    per_article = client.get("/events", params={"dedup": "false"}).json()
    assert per_article["total"] == len(per_article["events"]) == len(ARTICLES) + 1
    assert {e["event_id"] for e in body["events"]} <= {e["event_id"] for e in per_article["events"]}


def test_filters_match_any_member_of_the_merged_event(client, strike):
    merged, raw = strike
    for params in ({"article_id": "t-drone-2"}, {"q": "TOLD REPORTERS"}, {"q": "a local official said"}):
        assert client.get("/events", params=params).json()["events"] == [merged]
    second = [e for e in raw if e["article_id"] == "t-drone-2"]
    assert client.get("/events", params={"q": "told reporters", "dedup": "false"}).json()["events"] == second
    assert client.get("/events", params={"q": "event_type"}).json()["events"] == []


def test_detail_of_any_member_is_the_merged_event_with_every_source(client, strike):
    merged, raw = strike
    for e in raw:
        body = client.get(f"/events/{e['event_id']}").json()
        assert body["event"] == merged
        assert [s["article_id"] for s in body["sources"]] == ["t-drone", "t-drone-2"]
        assert {a["article_id"] for a in body["articles"]} == {"t-drone", "t-drone-2"}
        canonical = next(a for a in body["articles"] if a["article_id"] == merged["article_id"])
        for span in merged["evidence"].values():
            assert canonical["text"][span["start"]:span["end"]] == span["text"]
        own = client.get(f"/events/{e['event_id']}", params={"dedup": "false"}).json()
        assert own["event"] == e and [s["article_id"] for s in own["sources"]] == [e["article_id"]]


def test_stats_map_actors_and_facets_count_real_world_events(client, strike):
    merged, raw = strike
    for dedup, n in (("true", len(ARTICLES)), ("false", len(ARTICLES) + 1)):
        for params in ({}, {"event_type": merged["event_type"]}, {"actor": "kurdistan"}):
            stats = client.get("/stats", params={**params, "dedup": dedup, "interval": "day"}).json()
            listed = client.get("/events", params={**params, "dedup": dedup, "limit": 500}).json()["events"]
            assert stats["total"] == len(listed) == sum(r["count"] for r in stats["by_time"])
            assert stats["fatalities"] == sum(e["fatalities"]["best"] for e in listed)
            assert sum(r["count"] for r in stats["by_country"]) == len(listed)
        points = client.get("/map", params={"dedup": dedup, "zoom": 3}).json()
        assert points["mode"] == "points" and points["count"] == n
        pkk = [a for a in client.get("/actors", params={"dedup": dedup, "name": "kurdistan"}).json()["actors"]]
        assert sum(a["events"] for a in pkk) == (1 if dedup == "true" else 2)
    iraq = [c for c in client.get("/facets").json()["countries"] if c["iso3"] == "IRQ"]
    assert iraq == [{"country": "Iraq", "iso3": "IRQ", "count": 1}]


def test_exports_are_twins_of_the_list(client, db_file):
    for dedup in (True, False):
        with Store(db_file, read_only=True) as store:
            want = export_to_string(store, "csv", dedup=dedup)
        res = client.get("/events.csv", params={"dedup": str(dedup).lower()})
        assert res.text == want
        listed = client.get("/events", params={"dedup": str(dedup).lower(), "limit": 500}).json()["events"]
        assert {r["event_id_cnty"] for r in csv.DictReader(io.StringIO(res.text))} == {e["event_id"] for e in listed}


@pytest.mark.parametrize("sort", ["-date", "fatalities"])
def test_cursor_pages_walk_each_real_world_event_once(client, sort):
    seen, cursor = [], None
    for _ in range(20):
        body = client.get("/events", params={"limit": 2, "sort": sort, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["event_id"] for e in body["events"]]
        assert body["total"] == len(ARTICLES)
        cursor = body["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == len(ARTICLES)


def test_a_posted_article_is_read_at_once(db_file, tmp_path):
    from eventwire.api import create_app

    copy = tmp_path / "copy.duckdb"
    shutil.copy(db_file, copy)
    with TestClient(create_app(Settings.from_env(db_path=copy), api_key=KEY)) as c:
        before = c.get("/stats").json()
        assert c.post("/articles", json=NEW_ARTICLE, headers={"X-API-Key": KEY}).status_code == 201
        after = c.get("/stats").json()
        assert after["total"] == before["total"] + 1 == c.get("/events").json()["total"]
        assert c.get("/events", params={"article_id": "t-new"}).json()["total"] == 1
        assert c.get("/events", params={"q": "syrian civil defence"}).json()["total"] == 1


def test_serve_asks_to_migrate_an_older_file(db_file, tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(db_file, old)
    con = duckdb.connect(str(old))
    con.execute("DELETE FROM schema_version WHERE version >= 4")
    con.close()
    res = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(old)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode != 0 and "eventwire dedup" in res.stderr and "version 3" in res.stderr


def free_text_queries(db_file: Path) -> list[str]:
    """What a user might type, and pieces of the stored search texts (from word starts, inside
    words, across spaces and punctuation)."""
    with Store(db_file, read_only=True) as store:
        texts = [r[0] for r in store.con.execute("SELECT search_text FROM merged_events ORDER BY cid").fetchall()]
    out = ["drone", "Drone Strike", "PKK", "kurdistan workers", "Kurdistan Workers' Party", "killed", "sinjar",
           "told reporters", "al shabaab", "police", "a", "e", "Kandahar on Saturday", "nairobi", "teachers prot",
           "(pkk)", "2", "-", " the", "zzz", "said.\nthe"]
    rng = random.Random(4)
    for _ in range(60):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        out.append(text[start:start + rng.choice((3, 9, 24, 40))])
    return out


def test_free_text_finds_the_same_through_the_index_as_by_reading_every_text(client, db_file, monkeypatch):
    from eventwire.store import text_index

    requests = []
    for q in free_text_queries(db_file):
        requests += [("/events", {"q": q, "dedup": "true", "limit": 500}),
                     ("/events", {"q": q, "dedup": "false", "limit": 500}),
                     ("/events", {"q": q, "sort": "-fatalities", "limit": 1}),
                     ("/stats", {"q": q}), ("/map", {"q": q}), ("/actors", {"q": q}), ("/events.csv", {"q": q})]
    with Store(db_file, read_only=True) as store:
        planned = [text_index.plan(store.con, q) for q in free_text_queries(db_file)]
    assert sum(p is not None for p in planned) > len(planned) / 2
    assert any(p is not None and p.prefixes and p.exact for p in planned)
    assert any(p is not None and not p.exact for p in planned)

    def get(path, params):
        res = client.get(path, params=params)
        assert res.status_code == 200, (path, params, res.text)
        return res.text

    indexed = [get(path, params) for path, params in requests]
    monkeypatch.setattr(text_index, "plan", lambda con, text: None)
    scanned = [get(path, params) for path, params in requests]
    for (path, params), a, b in zip(requests, indexed, scanned):
        assert a == b, (path, params)
    found = [json.loads(text)["total"] for (path, params), text in zip(requests, indexed)
             if path == "/events" and params.get("dedup") == "true"]
    assert any(n > 0 for n in found) and any(n == 0 for n in found)

"""The HTTP API over a real DuckDB file filled by the real pipeline.

Logic through FastAPI's TestClient (same app, same process); one test runs
`eventwire serve` as a real uvicorn server on a free 127.0.0.1 port.
"""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from eventwire.ingest.readers import read_inputs
from eventwire.ingest.service import ingest
from eventwire.settings import Settings
from eventwire.store.duckdb_store import EventFilter, Store
from eventwire.store.export import export_to_string

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

KEY = "test-key-123"

ARTICLES = [
    {"id": "t-drone", "date": "2024-03-14", "source": "Test Wire", "url": "https://example.org/drone",
     "text": "A Turkish drone strike hit a car near the town of Sinjar on Tuesday, killing two fighters of the "
             "Kurdistan Workers' Party (PKK), a local official said. The PKK said three of its members were killed."},
    {"id": "t-protest", "date": "2024-05-02", "source": "Test Wire",
     "text": "Hundreds of teachers protested peacefully in Nairobi on Wednesday to demand higher pay, marching to "
             "the parliament building. No injuries were reported."},
    {"id": "t-clash", "date": "2024-06-10", "source": "Daily Test",
     "text": "Al Shabaab militants clashed with Somali army soldiers in the town of Afgooye on Sunday, leaving five "
             "soldiers and eight militants dead, according to the military."},
    {"id": "t-bomb", "date": "2024-07-21", "source": "Daily Test",
     "text": "A roadside bomb struck a police pickup in Kandahar on Saturday, killing three police officers, "
             "a provincial spokesman said. The Taliban denied responsibility."},
]
NEW_ARTICLE = {"id": "t-new", "date": "2024-08-05", "source": "Posted",
               "text": "Russian warplanes struck a market in the town of Maarat al-Numan in Idlib on Sunday, "
                       "killing four civilians, the Syrian Civil Defence said."}


def build_store(path: Path) -> None:
    data = "\n".join(json.dumps(a) for a in ARTICLES).encode("utf-8")
    articles = [a for a in read_inputs(["-"], stdin=io.BytesIO(data))]
    ingest(articles, Settings.from_env(db_path=path), argv=["test"])


@pytest.fixture(scope="module")
def db_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def served_copy(db_file, tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("served") / "copy.duckdb"
    shutil.copy(db_file, copy)
    return copy


@pytest.fixture(scope="module")
def client(db_file, served_copy):
    from eventwire.api import create_app
    app = create_app(Settings.from_env(db_path=db_file), api_key=KEY, max_body_bytes=20_000, max_articles=3)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def all_events(db_file, served_copy, client):
    body = client.get("/events", params={"limit": 500}).json()
    assert body["ok"] is True
    return body["events"]


def assert_error(res, status):
    assert res.status_code == status, res.text
    body = res.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


def test_list_returns_contract_records(client, all_events):
    assert len(all_events) >= 4
    ids = {e["article_id"] for e in all_events}
    assert {"t-drone", "t-protest", "t-clash", "t-bomb"} <= ids
    for e in all_events:
        assert {"event_id", "event_date", "event_type", "sub_event_type", "actor1", "location", "fatalities",
                "evidence", "notes"} <= set(e)
    dates = [e["event_date"] for e in all_events]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("params, check", [
    ({"country": "IRQ"}, lambda e: e["location"]["iso3"] == "IRQ"),
    ({"country": "kenya"}, lambda e: e["location"]["country"].lower() == "kenya"),
    ({"event_type": "Protests"}, lambda e: e["event_type"] == "Protests"),
    ({"sub_event_type": "air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ({"min_fatalities": 3}, lambda e: e["fatalities"]["best"] >= 3),
    ({"date_from": "2024-05-01", "date_to": "2024-06-30"}, lambda e: "2024-05-01" <= e["event_date"] <= "2024-06-30"),
    ({"actor": "shabaab"}, lambda e: "shabaab" in (e["actor1"]["name"] + str((e["actor2"] or {}).get("name"))).lower()),
    ({"actor_type": 6}, lambda e: 6 in (e["actor1"]["type"], (e["actor2"] or {}).get("type"))),
    ({"bbox": "60,25,70,35"}, lambda e: 60 <= e["location"]["longitude"] <= 70 and 25 <= e["location"]["latitude"] <= 35),
    ({"q": "roadside bomb"}, lambda e: e["article_id"] == "t-bomb"),
    ({"article_id": "t-clash"}, lambda e: e["article_id"] == "t-clash"),
])
def test_filters_match_exactly_the_right_events(client, all_events, params, check):
    body = client.get("/events", params=params).json()
    assert body["ok"] is True
    got = {e["event_id"] for e in body["events"]}
    expected = {e["event_id"] for e in all_events if check(e)}
    assert got == expected
    assert got, f"the test store should hold an event for {params}"
    assert body["total"] == len(expected)


def test_filters_combine_with_and(client):
    body = client.get("/events", params={"country": "IRQ", "event_type": "Protests"}).json()
    assert body["events"] == [] and body["total"] == 0


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities"])
def test_cursor_pagination_walks_every_event_once_in_order(client, all_events, sort):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 1, "sort": sort}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/events", params=params).json()
        seen += body["events"]
        cursor = body["next_cursor"]
        pages += 1
        if not cursor:
            break
        assert pages < 100
    assert sorted(e["event_id"] for e in seen) == sorted(e["event_id"] for e in all_events)
    key = (lambda e: e["event_date"]) if sort.endswith("date") else (lambda e: e["fatalities"]["best"])
    keys = [key(e) for e in seen]
    assert keys == sorted(keys, reverse=sort.startswith("-"))


def test_pagination_errors(client):
    first = client.get("/events", params={"limit": 1}).json()
    assert_error(client.get("/events", params={"cursor": "garbage!"}), 422)
    body = assert_error(client.get("/events", params={"cursor": first["next_cursor"], "sort": "fatalities"}), 422)
    assert "sort" in body["error"]
    assert_error(client.get("/events", params={"sort": "name"}), 422)
    assert_error(client.get("/events", params={"limit": 0}), 422)
    assert_error(client.get("/events", params={"limit": 100000}), 422)


@pytest.mark.parametrize("params", [
    {"bbox": "1,2,3"}, {"bbox": "a,b,c,d"}, {"bbox": "0,50,10,40"}, {"bbox": "0,0,200,10"},
    {"date_from": "2024-13-01"}, {"actor_type": 9}, {"min_fatalities": -1}, {"q": "x" * 300},
])
def test_bad_parameters_get_422_in_the_error_shape(client, params):
    assert_error(client.get("/events", params=params), 422)


def test_sql_metacharacters_are_data_not_sql(client):
    for value in ("'; DROP TABLE events; --", "%", "_", "\\", "\" OR 1=1"):
        body = client.get("/events", params={"actor": value, "q": value, "country": value}).json()
        assert body["ok"] is True and body["events"] == []
    assert client.get("/health").json()["events"] >= 4


def test_event_detail_has_sources_and_evidence_offsets_into_the_stored_text(client, all_events):
    drone = next(e for e in all_events if e["article_id"] == "t-drone")
    body = client.get(f"/events/{drone['event_id']}").json()
    assert body["ok"] is True and body["event"] == drone
    assert body["sources"][0]["article_id"] == "t-drone"
    assert body["sources"][0]["source"] == "Test Wire" and body["sources"][0]["url"] == "https://example.org/drone"
    text = next(a for a in body["articles"] if a["article_id"] == "t-drone")["text"]
    assert text == ARTICLES[0]["text"]
    assert body["event"]["evidence"]
    for span in body["event"]["evidence"].values():
        assert text[span["start"]:span["end"]] == span["text"]
    assert body["event"]["fatalities"]["reports"]
    assert body["event"]["rules"][0] == "detect.trigger.air" and body["event"]["model"] is None
    # each field's rule, and what the rulebook says of it
    decided = body["event"]["decided_by"]
    assert decided["sub_event_type"] == "detect.trigger.air" and decided["location"] and decided["event_date"]
    for rule_id in [*body["event"]["rules"], *decided.values()]:
        assert body["rulebook"][rule_id]["codebook"], rule_id
    assert body["rulebook"]["detect.trigger.air"]["decides"] == "sub_event_type"
    assert_error(client.get("/events/no-such-event"), 404)


def test_unknown_path_and_method_use_the_error_shape(client):
    assert_error(client.get("/nope"), 404)
    assert_error(client.delete("/events"), 405)


def test_stats_add_up(client, all_events):
    body = client.get("/stats", params={"interval": "day"}).json()
    assert body["total"] == len(all_events)
    assert sum(r["count"] for r in body["by_type"]) == len(all_events)
    assert sum(r["count"] for r in body["by_country"]) == len(all_events)
    assert sum(r["count"] for r in body["by_time"]) == len(all_events)
    assert body["fatalities"] == sum(e["fatalities"]["best"] for e in all_events)
    month = client.get("/stats", params={"interval": "month"}).json()
    assert all(r["date"].endswith("-01") for r in month["by_time"])
    assert sum(r["count"] for r in month["by_time"]) == len(all_events)
    filtered = client.get("/stats", params={"event_type": "Protests"}).json()
    assert [r["event_type"] for r in filtered["by_type"]] == ["Protests"]
    assert_error(client.get("/stats", params={"interval": "hour"}), 422)


def test_map_gives_points_for_few_events(client, all_events):
    body = client.get("/map", params={"zoom": 3, "view": "-180,-90,180,90"}).json()
    assert body["mode"] == "points"
    located = [e for e in all_events if e["location"]]
    assert {p["event_id"] for p in body["points"]} == {e["event_id"] for e in located}
    narrow = client.get("/map", params={"view": "60,25,70,35"}).json()
    assert {p["event_id"] for p in narrow["points"]} == {e["event_id"] for e in located
                                                        if 60 <= e["location"]["longitude"] <= 70
                                                        and 25 <= e["location"]["latitude"] <= 35}
    assert_error(client.get("/map", params={"view": "nope"}), 422)


def test_map_clusters_when_many(client, monkeypatch):
    from eventwire.api import queries
    monkeypatch.setattr(queries, "MAP_POINT_LIMIT", 1)
    body = client.get("/map", params={"zoom": 1}).json()
    assert body["mode"] == "clusters"
    assert sum(c["count"] for c in body["clusters"]) == body["count"] >= 4
    assert all(c["event_type"] for c in body["clusters"])


def test_actors_and_facets(client, all_events):
    body = client.get("/actors").json()
    names = {a["name"] for a in body["actors"]}
    assert all(e["actor1"]["name"] in names for e in all_events)
    one = client.get("/actors", params={"name": "shabaab"}).json()["actors"]
    assert one and all("shabaab" in a["name"].lower() for a in one)
    facets = client.get("/facets").json()
    assert len(facets["event_types"]) == 6
    assert sum(len(t["sub_event_types"]) for t in facets["event_types"]) == 25
    assert {c["iso3"] for c in facets["countries"]} >= {"IRQ", "KEN"}


def test_csv_and_geojson_are_twins_of_the_export(client, db_file):
    for params, flt in (({}, EventFilter()), ({"country": "IRQ"}, EventFilter(country="IRQ"))):
        with Store(db_file) as store:
            want_csv = export_to_string(store, "csv", flt)
            want_geo = export_to_string(store, "geojson", flt)
        res = client.get("/events.csv", params=params)
        assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
        assert res.text == want_csv
        listed = client.get("/events", params={**params, "limit": 500}).json()["events"]
        rows = list(csv.DictReader(io.StringIO(res.text)))
        assert {r["event_id_cnty"] for r in rows} == {e["event_id"] for e in listed}
        geo = client.get("/events.geojson", params=params)
        assert geo.status_code == 200
        assert json.loads(geo.text) == json.loads(want_geo)
        assert {f["id"] for f in json.loads(geo.text)["features"]} == {e["event_id"] for e in listed if e["location"]}
    assert_error(client.get("/events.csv", params={"bbox": "x"}), 422)


def test_post_needs_the_key(client):
    assert_error(client.post("/articles", json=NEW_ARTICLE), 401)
    assert_error(client.post("/articles", json=NEW_ARTICLE, headers={"X-API-Key": "wrong"}), 401)
    assert_error(client.post("/articles", json=NEW_ARTICLE, headers={"Authorization": "Bearer wrong"}), 401)


def test_post_limits_give_413_and_bad_input_422(client):
    h = {"X-API-Key": KEY}
    big = {"date": "2024-01-01", "text": "word " * 10_000}
    assert_error(client.post("/articles", json=big, headers=h), 413)
    many = [{"date": "2024-01-01", "text": f"article {i}"} for i in range(4)]
    body = assert_error(client.post("/articles", json={"articles": many}, headers=h), 413)
    assert "limit is 3" in body["error"]
    body = assert_error(client.post("/articles", json=[{"text": "no date here"}], headers=h), 422)
    assert body["details"][0]["article"] == 1 and "date" in body["details"][0]["reason"]
    assert_error(client.post("/articles", content=b"{not json", headers={**h, "Content-Type": "application/json"}), 422)
    assert_error(client.post("/articles", content=b"plain text", headers={**h, "Content-Type": "application/x-ndjson"}), 422)
    assert_error(client.post("/articles", content=b"", headers={**h, "Content-Type": "application/json"}), 422)
    assert_error(client.post("/articles", content=b"<a/>", headers={**h, "Content-Type": "application/xml"}), 415)
    assert_error(client.post("/articles", json=[1, 2], headers=h), 422)


def test_post_ingests_json_and_jsonl_and_returns_events(client):
    h = {"X-API-Key": KEY}
    res = client.post("/articles", json=NEW_ARTICLE, headers=h)
    assert res.status_code == 201, res.text
    body = res.json()
    assert body["ok"] is True and body["written"] == 1 and body["article_ids"] == ["t-new"]
    assert body["events"] and all(e["article_id"] == "t-new" for e in body["events"])
    listed = client.get("/events", params={"article_id": "t-new"}).json()["events"]
    assert {e["event_id"] for e in listed} == {e["event_id"] for e in body["events"]}
    again = client.post("/articles", content=(json.dumps(NEW_ARTICLE) + "\n").encode(),
                        headers={**h, "Content-Type": "application/x-ndjson"})
    assert again.status_code == 200 and again.json()["unchanged"] == 1
    assert again.json()["events"] == body["events"]


def test_docs_page_and_assets_are_served_locally(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/events"]
    assert client.get("/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/vendor/world-atlas/countries-110m.json").status_code == 200
    assert_error(client.get("/vendor/leaflet/../../package.json"), 404)
    assert_error(client.get("/vendor/other/x.js"), 404)
    assert client.get("/").text.count("/vendor/") >= 3


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port), *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            env={k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_KEY"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stdout.read().decode()}")
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("server did not answer within 60 s")


def test_real_server_read_only_without_a_key(served_copy):
    proc, base = start_server(served_copy)
    try:
        health = httpx.get(base + "/health").json()
        assert health == {"ok": True, "events": health["events"], "writable": False} and health["events"] >= 4
        page = httpx.get(base + "/events", params={"limit": 2}).json()
        assert len(page["events"]) == 2 and page["next_cursor"]
        res = httpx.post(base + "/articles", json=NEW_ARTICLE)
        assert res.status_code == 403 and res.json()["ok"] is False
        with httpx.Client(base_url=base) as c:
            results = [c.get("/stats").status_code for _ in range(5)]
        assert results == [200] * 5
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_refuses_a_missing_file(tmp_path):
    res = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db", str(tmp_path / "none.duckdb")],
                         capture_output=True, text=True, timeout=60)
    assert res.returncode != 0 and "eventwire ingest" in res.stderr

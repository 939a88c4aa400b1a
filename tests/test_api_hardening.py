"""The HTTP API under bad requests: out-of-range figures, exports failing, headers, HEAD, auth order,
and the answer cache following writes.  Over a real DuckDB file filled by the real pipeline."""
from __future__ import annotations

import base64
import csv
import io
import json
import shutil

import duckdb
import httpx
import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.settings import Settings
from eventwire.store.duckdb_store import Store
from test_api import KEY, NEW_ARTICLE, build_store, start_server

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]

HUGE = 2**70
SECURITY = {"x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer"}


@pytest.fixture(scope="module")
def db_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hardening") / "events.duckdb"
    build_store(path)
    return path


@pytest.fixture(scope="module")
def client(db_file):
    app = create_app(Settings.from_env(db_path=db_file), api_key=KEY)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def cursor(sort: str, key, event_id: str = "x") -> str:
    raw = json.dumps([sort, key, event_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize("path", ["/events", "/stats", "/map", "/actors", "/events.csv", "/events.geojson"])
def test_figures_beyond_64_bits_are_refused_with_422(client, path):
    r = client.get(path, params={"min_fatalities": HUGE})
    assert r.status_code == 422 and r.json()["ok"] is False and "min_fatalities" in r.json()["error"]
    assert client.get(path, params={"min_fatalities": 2**31 - 1}).status_code == 200


@pytest.mark.parametrize("key", [HUGE, -HUGE, 2**31])
def test_a_cursor_beyond_the_stored_range_is_refused_with_422(client, key):
    r = client.get("/events", params={"sort": "-fatalities", "cursor": cursor("-fatalities", key)})
    assert r.status_code == 422 and "cursor" in r.json()["error"]


def test_real_server_answers_422_and_keeps_the_connection(db_file, tmp_path):
    copy = tmp_path / "served.duckdb"
    shutil.copy(db_file, copy)
    proc, base = start_server(copy)
    try:
        with httpx.Client(base_url=base) as c:
            r = c.get("/events", params={"min_fatalities": HUGE})
            assert r.status_code == 422 and r.headers.get("connection") != "close"
            r2 = c.get("/events", params={"sort": "fatalities", "cursor": cursor("fatalities", HUGE)})
            assert r2.status_code == 422
            assert c.get("/stats").status_code == 200
    finally:
        proc.terminate()
        log = proc.communicate(timeout=20)[0].decode()
    assert "Traceback" not in log


def test_an_export_that_fails_at_once_gets_an_error_status(client, monkeypatch):
    def failing(self, *args, **kw):
        raise duckdb.IOException("disk gone")
        yield  # a generator, as the real one

    monkeypatch.setattr(Store, "iter_event_rows", failing)
    for path in ("/events.csv", "/events.geojson"):
        r = client.get(path)
        assert r.status_code == 500 and r.json()["ok"] is False


def test_an_export_that_fails_part_way_ends_with_an_error_marker(client, monkeypatch):
    real = Store.iter_event_rows

    def fails_after_one(self, *args, **kw):
        rows = real(self, *args, **kw)
        yield next(rows)
        raise duckdb.IOException("disk gone")

    monkeypatch.setattr(Store, "iter_event_rows", fails_after_one)
    r = client.get("/events.csv")
    assert r.status_code == 200
    lines = r.text.splitlines()
    assert lines[-1].startswith("#ERROR: the export stopped after 1 events (IOException)")
    assert len(list(csv.DictReader(io.StringIO("\n".join(lines[:-1]))))) == 1
    g = client.get("/events.geojson")
    body = g.json()  # still one JSON document, saying it is incomplete
    assert body["ok"] is False and "stopped after 1 events" in body["error"] and len(body["features"]) <= 1


@pytest.mark.parametrize("path", ["/", "/events", "/stats", "/docs", "/openapi.json", "/events.csv",
                                  "/vendor/leaflet/leaflet.js", "/no/such/path", "/events?limit=0"])
def test_every_response_carries_the_security_headers(client, path):
    r = client.get(path)
    for name, value in SECURITY.items():
        assert r.headers[name] == value, (path, name)
    csp = r.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp and "unsafe-inline" not in csp


def test_docs_csp_allows_only_its_own_inline_script(client):
    csp = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self' 'sha256-" in csp and "unsafe" not in csp
    assert "'sha256-" not in client.get("/").headers["content-security-policy"]


def test_the_key_is_checked_before_the_parameters(client):
    r = client.post("/articles?date=2024-99-99", json={"text": "Riot."})
    assert r.status_code == 401 and r.json()["ok"] is False
    r = client.post("/articles?date=2024-99-99", json={"text": "Riot."}, headers={"X-API-Key": "wrong"})
    assert r.status_code == 401
    r = client.post("/articles?date=2024-99-99", json={"text": "Riot."}, headers={"X-API-Key": KEY})
    assert r.status_code == 422 and "date" in r.json()["error"]
    r = client.post("/articles?date=0001-01-01", json={"text": "Riot."}, headers={"X-API-Key": KEY})
    assert r.status_code == 422 and "plausible" in r.json()["error"]
    r = client.post("/articles", json={"text": "Riot.", "date": "9999-12-31"}, headers={"X-API-Key": KEY})
    assert r.status_code == 422 and "plausible" in r.json()["error"]


@pytest.mark.parametrize("path", ["/events?limit=2", "/stats", "/map", "/actors", "/facets", "/health", "/",
                                  "/events.csv", "/no/such/path"])
def test_head_answers_like_get_without_a_body(client, path):
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    if "content-length" in got.headers:
        assert head.headers["content-length"] == got.headers["content-length"]


def test_cached_answers_follow_writes(client):
    cache = client.app.state.answer_cache
    before = client.get("/events", params={"limit": 500}).json()
    hits = cache.hits
    assert client.get("/events", params={"limit": 500}).json() == before and cache.hits == hits + 1
    r = client.post("/articles", json=NEW_ARTICLE, headers={"X-API-Key": KEY})
    assert r.status_code in (200, 201)
    after = client.get("/events", params={"limit": 500}).json()
    assert after["total"] > before["total"]
    assert NEW_ARTICLE["id"] in {aid for e in after["events"] for aid in [e["article_id"]]}

"""Filters and aggregates the dashboard relies on: several values per filter, actor aliases,
confidence and modality, breakdowns, and a time axis that leaves far-off dates out."""
from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from eventwire.api.aliases import canonical_names, fold, suggestions
from eventwire.api.queries import time_axis
from eventwire.settings import Settings
from eventwire.store.duckdb_store import EventFilter
from test_api import build_store

D = dt.date


def test_time_axis_leaves_out_only_far_off_dates():
    # a year of events and one dated in the 11th century
    assert time_axis(D(1000, 1, 1), D(2024, 12, 20), D(2024, 3, 1), D(2024, 9, 30)) == (D(2022, 5, 25), D(2024, 12, 20))
    # nothing far off: no axis of its own
    assert time_axis(D(2020, 1, 1), D(2024, 12, 31), D(2021, 1, 1), D(2023, 12, 31)) is None
    # quartiles at the ends of the calendar do not overflow
    assert time_axis(D(1, 1, 1), D(9999, 12, 31), D(1, 1, 2), D(9999, 12, 30)) is None
    assert time_axis(None, None, None, None) is None


def test_aliases_lead_to_canonical_names():
    data = Settings().data_dir
    assert fold("Al-Shabab  fighters") == "al shabab fighters"
    assert canonical_names(data, "al-Shabab") == ["Al Shabaab"]
    assert canonical_names(data, "zz") == []
    names = [s["name"] for s in suggestions(data, "shabaab")]
    assert "Al Shabaab" in names


def test_event_filter_takes_several_values():
    where, params = EventFilter(country=("IRQ", "SOM"), event_type=("Battles", "Riots"), actor_type=(1, 2),
                                modality="asserted", min_confidence=0.5).where(dedup=True)
    assert "lower(country) IN (lower(?), lower(?))" in where and params.count("IRQ") == 2
    assert "inter1 IN (?, ?)" in where and "confidence >= ?" in where
    assert "modality IN (?)" in where and "asserted" in params


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from eventwire.api import create_app
    db = tmp_path_factory.mktemp("filters") / "events.duckdb"
    build_store(db)
    with TestClient(create_app(Settings.from_env(db_path=db)), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.model
@pytest.mark.gazetteer
class TestOverHttp:
    def countries(self, client, **params):
        body = client.get("/events", params=params).json()
        assert body["ok"] is True, body
        return sorted(e["location"]["country"] for e in body["events"])

    def test_several_countries_and_types(self, client):
        assert self.countries(client, country="IRQ,SOM") == ["Iraq", "Somalia"]
        assert self.countries(client, country="IRQ") == ["Iraq"]
        both = client.get("/events", params={"event_type": "Battles,Protests"}).json()["events"]
        assert {e["event_type"] for e in both} == {"Battles", "Protests"}

    def test_actor_alias_and_actor_types(self, client):
        found = client.get("/events", params={"actor": "al-Shabab"}).json()["events"]
        assert [e["actor1"]["name"] for e in found] == ["Al Shabaab"]
        assert client.get("/events", params={"actor": "Shabaab"}).json()["total"] == 1
        typed = client.get("/events", params={"actor_type": "2,6"}).json()["events"]
        assert typed and all({(e.get("actor1") or {}).get("type"), (e.get("actor2") or {}).get("type")} & {2, 6}
                             for e in typed)
        bad = client.get("/events", params={"actor_type": "9"})
        assert bad.status_code == 422 and "actor type" in bad.json()["error"]
        hits = client.get("/actors/suggest", params={"q": "shabab"}).json()["actors"]
        assert any(a["name"] == "Al Shabaab" for a in hits)

    def test_confidence_modality_and_date_order(self, client):
        everything = client.get("/events").json()["total"]
        assert client.get("/events", params={"min_confidence": 0}).json()["total"] == everything
        assert client.get("/events", params={"min_confidence": 1.0}).json()["total"] < everything
        assert client.get("/events", params={"modality": "asserted"}).json()["total"] == everything
        assert client.get("/events", params={"modality": "future"}).json()["total"] == 0
        assert client.get("/events", params={"modality": "maybe"}).status_code == 422
        swapped = client.get("/events", params={"date_from": "2024-06-01", "date_to": "2024-01-01"})
        assert swapped.status_code == 422 and "after" in swapped.json()["error"]

    def test_stats_breakdowns(self, client):
        s = client.get("/stats", params={"breakdowns": "true"}).json()
        assert s["ok"] is True and s["outlier_events"] == 0 and s["outliers"] == []
        assert sum(r["count"] for r in s["by_sub_type"]) == s["total"]
        assert any(r["actor"] == "Al Shabaab" for r in s["by_actor"])
        assert {r["admin1"] for r in s["by_admin1"]} and s["unmapped"] == 0
        west, south, east, north = s["bbox"]
        assert west < 44 < east and south < 36 < north  # Sinjar inside
        plain = client.get("/stats").json()
        assert "by_actor" not in plain and plain["total"] == s["total"]

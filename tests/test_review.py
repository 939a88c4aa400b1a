"""Review: a coder corrects an event through the API; the machine's record stays, the change is
audited, applied on every read, survives a re-ingest and is exported as gold."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.extract.lexicon import taxonomy
from eventwire.ingest.readers import read_inputs
from eventwire.ingest.service import ingest
from eventwire.learn import gold
from eventwire.settings import Settings
from eventwire.store import reviews

KEY = "review-key-1"
ARTICLES = [
    {"id": "r-shot", "date": "2024-05-02",
     "text": "Gunmen shot dead a farmer in his home in Eldoret on Monday, police said."},
    {"id": "r-march", "date": "2024-05-03",
     "text": "Hundreds of teachers marched peacefully in Nairobi on Wednesday demanding higher pay."},
]


def fill(path: Path, articles=ARTICLES) -> None:
    data = "\n".join(json.dumps(a) for a in articles).encode("utf-8")
    ingest(list(read_inputs(["-"], stdin=io.BytesIO(data))), Settings.from_env(db_path=path), argv=["test"])


@pytest.fixture()
def client(tmp_path):
    from eventwire.api import create_app
    path = tmp_path / "events.duckdb"
    fill(path)
    app = create_app(Settings.from_env(db_path=path), api_key=KEY)
    with TestClient(app) as c:
        yield c, path


def first_event(c, article_id: str) -> dict:
    events = c.get("/events", params={"dedup": "false", "limit": 50}).json()["events"]
    return next(e for e in events if e["article_id"] == article_id)


@pytest.mark.model
@pytest.mark.gazetteer
def test_review_is_audited_applied_and_survives_reingest(client):
    c, path = client
    ev = first_event(c, "r-shot")
    assert ev["sub_event_type"] == "Attack"
    body = {"reviewer": "amina", "fields": {"sub_event_type": "Armed clash", "fatalities": 2}}
    assert c.post(f"/events/{ev['event_id']}/review", json=body).status_code == 401  # no key
    res = c.post(f"/events/{ev['event_id']}/review", json=body, headers={"X-API-Key": KEY})
    assert res.status_code == 200, res.text
    changes = {ch["field"]: ch for ch in res.json()["changes"]}
    assert changes["sub_event_type"]["old"] == "Attack" and changes["sub_event_type"]["new"] == "Armed clash"
    assert changes["event_type"]["new"] == "Battles"
    assert changes["fatalities"]["reviewer"] == "amina"

    detail = c.get(f"/events/{ev['event_id']}").json()["event"]
    assert (detail["sub_event_type"], detail["event_type"], detail["fatalities"]["best"]) == ("Armed clash", "Battles", 2)
    assert detail["review"]["reviewers"] == ["amina"]
    assert c.get("/reviews").json()["event_ids"] == [ev["event_id"]]
    assert first_event(c, "r-shot")["sub_event_type"] == "Armed clash"
    trail = c.get(f"/events/{ev['event_id']}/review").json()["reviews"]
    assert {r["field"] for r in trail} == {"sub_event_type", "event_type", "fatalities"}

    bad = c.post(f"/events/{ev['event_id']}/review", json={"reviewer": "amina", "fields": {"notes": "x"}},
                 headers={"X-API-Key": KEY})
    assert bad.status_code == 422 and "cannot be reviewed" in bad.json()["error"]
    c.app.state.db.close()

    # the machine's record is untouched; a re-ingest rewrites it and the review still applies
    import duckdb
    with duckdb.connect(str(path)) as con:
        record = json.loads(con.execute("SELECT record FROM events WHERE event_id = ?", [ev["event_id"]]).fetchone()[0])
    assert record["sub_event_type"] == "Attack"
    edited = [dict(ARTICLES[0], text=ARTICLES[0]["text"] + " "), ARTICLES[1]]
    fill(path, edited)
    records = {r["id"]: r for r in gold.from_store(Settings.from_env(db_path=path))}
    shot = records["r-shot"]["events"][0]
    assert shot["sub_event_type"] == "Armed clash" and shot["reviewed"] is True and shot["fatalities"] == 2
    assert not records["r-march"]["events"][0].get("reviewed")
    only = list(gold.from_store(Settings.from_env(db_path=path), reviewed_only=True))
    assert [r["id"] for r in only] == ["r-shot"]


@pytest.mark.parametrize("changes, message", [
    ({"sub_event_type": "Skirmish"}, "not an ACLED sub-event type"),
    ({"actor1": {"name": "Police", "type": 9}}, "1..8"),
    ({"event_date": "2 May"}, "YYYY-MM-DD"),
    ({"fatalities": -1}, "0 or more"),
])
def test_a_review_value_of_the_wrong_shape_is_refused(changes, message):
    with pytest.raises(reviews.ReviewError, match=message):
        reviews.normalise(changes, taxonomy()[1])


def test_reviewed_values_are_applied_over_the_record():
    record = {"event_id": "e1", "sub_event_type": "Attack", "fatalities": {"best": 1, "low": 1, "high": 3},
              "location": {"name": "Eldoret", "country": "Kenya"}}
    out = reviews.apply(record, {"fatalities": {"value": 4, "reviewer": "b", "at": "2024-06-01T10:00:00"},
                                 "location": {"value": {"name": "Iten"}, "reviewer": "a", "at": "2024-06-01T09:00:00"}})
    assert out["fatalities"] == {"best": 4, "low": 4, "high": 4}
    assert out["location"] == {"name": "Iten", "country": "Kenya"}
    assert out["review"] == {"fields": ["fatalities", "location"], "reviewers": ["a", "b"], "at": "2024-06-01T10:00:00"}
    assert record["fatalities"]["best"] == 1

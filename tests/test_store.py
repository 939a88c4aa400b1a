import csv
import datetime as dt
import io
import itertools
import json
from dataclasses import replace

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import StoreError, UsageError
from eventwire.records import Actor, Article, Claim, Event, FatalityReport, Place, Reject, Span
from eventwire.store.duckdb_store import SCHEMA_VERSION, EventFilter, Store, content_hash
from eventwire.store.export import ACLED_COLUMNS, COLUMNS, export_events, export_to_string

T0 = dt.datetime(2024, 5, 1, 12, 0, 0)
T1 = dt.datetime(2024, 5, 2, 12, 0, 0)
VERSIONS = {"extract.detect": "detect.lexicon.v1", "resolve.places": "geocode.gazetteer.v1"}

ARMY = Actor("Military Forces of Freedonia (2020-)", 1, "FRE")
REBELS = Actor("Red Hand Front", 2, "FRE")
CIVILIANS = Actor("Civilians (Freedonia)", 7, "FRE")
TARSA = Place("Tarsa", "Freedonia", "FRE", 12.34567, -3.21, admin1="North", admin2="Tarsa District",
              geonameid=999001)
LOMAR = Place("Lomar", "Sylvania", "SYL", -8.5, 160.25, admin1="Coast")


def article(aid="art-1", text="Soldiers clashed with rebels near Tarsa, killing four.", source="Wire"):
    return Article(id=aid, date=dt.date(2024, 3, 5), text=text, title="Clash", url=f"http://wire/{aid}",
                   source=source, origin=f"news.jsonl:{aid[-1]}")


def event(eid="ev-1", aid="art-1", **kw):
    base = dict(
        event_id=eid, article_id=aid, event_date="2024-03-04", time_precision=1,
        event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
        plover_event="FIGHT", plover_mode="small arms", cameo="190", actor1=ARMY, actor2=REBELS,
        location=TARSA, geo_precision=1, fatalities_best=4, fatalities_low=4, fatalities_high=6,
        fatality_reports=(FatalityReport("army", 4, Span("killing four", 40, 52)),),
        assoc_actor_1=(Actor("Tarsa Communal Militia", 4, "FRE"),),
        claims=(Claim("Red Hand Front", "claims responsibility", Span("said", 0, 4)),),
        confidence=0.8, evidence=(("event_type", Span("clashed", 9, 16)),),
        notes="On 4 March 2024, the army clashed with the Red Hand Front near Tarsa. 4 fatalities.",
        rules=("detect.trigger.clash", "violence.by_means_and_target"),
    )
    base.update(kw)
    return Event(**base)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "ew.duckdb", opened_at=T0) as s:
        yield s


@pytest.fixture
def run_id(store):
    return store.start_run(VERSIONS, ["eventwire", "ingest", "news.jsonl"], started_at=T0)


# ---------------------------------------------------------------- basics

def test_new_store_has_all_tables_and_version(store):
    tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "events", "event_sources", "actors", "places", "rejects", "runs",
            "schema_version"} <= tables
    assert store.schema_version() == SCHEMA_VERSION
    assert store.counts() == {"articles": 0, "events": 0, "event_sources": 0, "actors": 0, "places": 0,
                              "rejects": 0, "runs": 0}


def test_save_and_read_back(store, run_id):
    art, ev = article(), event()
    assert store.article_state(art.id) is None
    assert store.save_article(art, [ev], run_id, "h1") is True
    assert store.article_state(art.id) == "h1"
    assert store.events() == [ev.to_dict()]
    assert store.events()[0]["rules"] == ["detect.trigger.clash", "violence.by_means_and_target"]
    assert store.event("ev-1") == ev.to_dict() and store.event("nope") is None
    row = store.con.execute("SELECT actor1, inter1, actor2, inter2, interaction, iso3, latitude, fatalities, "
                            "civilian_targeting, coder_versions, run_id, event_date FROM events").fetchone()
    assert row[:9] == (ARMY.name, 1, REBELS.name, 2, 12, "FRE", 12.34567, 4, False)
    assert json.loads(row[9]) == VERSIONS and row[10] == run_id and row[11] == dt.date(2024, 3, 4)
    ingested = store.con.execute("SELECT ingested_at, text FROM articles").fetchone()
    assert ingested == (T0, art.text)
    assert store.con.execute("SELECT * FROM event_sources").fetchall() == [
        ("ev-1", "art-1", "Wire", "http://wire/art-1", dt.date(2024, 3, 5))]
    assert store.counts()["actors"] == 3 and store.counts()["places"] == 1


def test_resave_same_hash_is_a_noop_and_idempotent(store, run_id):
    art = article()
    assert store.save_article(art, [event()], run_id, "h1")
    before = store.con.execute("SELECT * FROM events").fetchall()
    assert store.save_article(art, [event(notes="changed")], run_id, "h1") is False
    assert store.con.execute("SELECT * FROM events").fetchall() == before
    run2 = store.start_run(VERSIONS, ["again"], started_at=T1)
    assert store.save_article(art, [event(), event("ev-2")], run2, "h2")
    assert store.save_article(art, [event(), event("ev-2")], run2, "h3")
    counts = store.counts()
    assert (counts["events"], counts["event_sources"], counts["actors"], counts["places"]) == (2, 2, 3, 1)


def test_changed_article_replaces_its_events_only(store, run_id):
    store.save_article(article("art-1"), [event("a1-e1"), event("a1-e2")], run_id, "h1")
    store.save_article(article("art-2"), [event("a2-e1", "art-2", location=LOMAR)], run_id, "h1")
    store.save_article(article("art-1", text="New text."), [event("a1-e3", event_type="Riots",
                                                                   sub_event_type="Mob violence")],
                       run_id, "h2")
    assert [e["event_id"] for e in store.events()] == ["a1-e3", "a2-e1"]
    assert store.con.execute("SELECT text FROM articles WHERE article_id = 'art-1'").fetchone() == ("New text.",)
    assert sorted(r[0] for r in store.con.execute("SELECT event_id FROM event_sources").fetchall()) == [
        "a1-e3", "a2-e1"]
    store.save_article(article("art-1", text="Nothing happened."), [], run_id, "h3")
    assert [e["event_id"] for e in store.events()] == ["a2-e1"]


def test_save_articles_batch_behaves_like_saves_in_order(store, run_id):
    store.save_article(article("art-1"), [event("e1")], run_id, "h1")
    results = store.save_articles([
        (article("art-1"), [event("e1", notes="ignored")], "h1"),
        (article("art-2"), [event("e2", "art-2"), event("shared", "art-2")], "h1"),
        (article("art-2", text="Updated."), [event("e3", "art-2")], "h2"),
        (article("art-3"), [event("shared", "art-3")], "h1"),
    ], run_id)
    assert results == [False, True, True, True]
    got = {e["event_id"]: e["article_id"] for e in store.events()}
    assert got == {"e1": "art-1", "e3": "art-2", "shared": "art-3"}
    assert store.events(EventFilter(article_id="art-1"))[0]["notes"] == event("e1").notes
    assert store.article_state("art-2") == "h2"
    assert store.counts()["event_sources"] == 3
    assert store.save_articles([], run_id) == []


def test_bulk_groups_saves_and_rolls_back_together(store, run_id):
    with store.bulk():
        store.save_article(article("art-1"), [event("e1")], run_id, "h")
        store.save_article(article("art-2"), [event("e2", "art-2")], run_id, "h")
    assert store.count_events() == 2
    with pytest.raises(ValueError):
        with store.bulk():
            store.save_article(article("art-3"), [event("e3", "art-3")], run_id, "h")
            store.save_article(article("art-4"), [event("e4", "art-4"), event("e4", "art-4")], run_id, "h")
    assert store.count_events() == 2 and store.article_state("art-3") is None


def test_deduplicated_event_lists_all_sources(store, run_id):
    ev = event(article_ids=("art-1", "art-9"))
    store.save_article(article(), [ev], run_id, "h")
    [(record, stored)] = store.event_rows()
    assert record == ev.to_dict()
    assert [s["article_id"] for s in stored["sources"]] == ["art-1", "art-9"]
    assert store.events(EventFilter(article_id="art-9")) == [record]


def test_duplicate_event_ids_in_one_article_is_an_error(store, run_id):
    with pytest.raises(ValueError, match="same id"):
        store.save_article(article(), [event(), event()], run_id, "h")
    assert store.counts()["articles"] == 0


def test_failed_save_rolls_back(store, run_id):
    store.save_article(article(), [event()], run_id, "h1")
    bad = event("ev-2", confidence=float("nan"))
    with pytest.raises(ValueError):
        store.save_article(article(text="changed"), [bad], run_id, "h2")
    assert store.article_state("art-1") == "h1" and store.events() == [event().to_dict()]


def test_content_hash_tracks_text_and_versions():
    a = article()
    assert content_hash(a, VERSIONS) == content_hash(a, dict(reversed(VERSIONS.items())))
    assert content_hash(a, VERSIONS) != content_hash(replace(a, text="other"), VERSIONS)
    assert content_hash(a, VERSIONS) != content_hash(a, {**VERSIONS, "extract.detect": "v2"})


# ---------------------------------------------------------------- runs and rejects

def test_runs_are_recorded(store, run_id):
    store.finish_run(run_id, {"articles": 3, "events": 5, "rejects": 1}, finished_at=T1)
    [run] = store.runs()
    assert run == {"run_id": run_id, "started_at": T0, "finished_at": T1,
                   "argv": ["eventwire", "ingest", "news.jsonl"], "stage_versions": VERSIONS,
                   "counts": {"articles": 3, "events": 5, "rejects": 1}}


def test_rejects_are_deduplicated(store, run_id):
    rs = [Reject("news.jsonl", 3, "not valid JSON"), Reject("bad.bin", None, "binary data", "x1")]
    assert store.save_rejects(rs, run_id) == 2
    run2 = store.start_run(VERSIONS, [], started_at=T1)
    assert store.save_rejects(rs + [Reject("news.jsonl", 4, "not valid JSON")], run2, at=T1) == 1
    got = store.rejects()
    assert [(r["path"], r["line"], r["reason"], r["run_id"]) for r in got] == [
        ("bad.bin", None, "binary data", run_id), ("news.jsonl", 3, "not valid JSON", run_id),
        ("news.jsonl", 4, "not valid JSON", run2)]
    assert got[0]["record_id"] == "x1" and got[0]["at"] == T0 and got[2]["at"] == T1



def test_rejects_of_several_records_on_one_line_are_all_kept(store, run_id):
    rs = [Reject("feed.rss", 1, "bad feed date 'x'", None, item=k) for k in (1, 2, 3)]
    assert store.save_rejects(rs, run_id) == 3
    assert store.save_rejects(rs, run_id) == 0  # the same records again are the same rejects
    assert [(r["line"], r["item"]) for r in store.rejects()] == [(1, 1), (1, 2), (1, 3)]


def test_runs_killed_mid_way_are_closed_by_the_next_run(tmp_path):
    path = tmp_path / "killed.duckdb"
    with Store(path) as s:
        killed = s.start_run(VERSIONS, ["ingest", "a.jsonl"], started_at=T0)
        s.save_articles([(article("art-1"), [event()], "h1")], killed, ingested_at=T0 + dt.timedelta(minutes=3))
        empty = s.start_run(VERSIONS, ["ingest", "b.jsonl"], started_at=T0 + dt.timedelta(minutes=5))
    with Store(path) as s:  # as after kill -9: neither run was finished
        assert [r["finished_at"] for r in s.runs()] == [None, None]
        new = s.start_run(VERSIONS, ["ingest", "c.jsonl"], started_at=T1)
        runs = {r["run_id"]: r for r in s.runs()}
        assert runs[killed]["finished_at"] == T0 + dt.timedelta(minutes=3)
        assert runs[killed]["counts"] == {"interrupted": True, "articles_written": 1, "closed_by_run": new}
        assert runs[empty]["finished_at"] == T0 + dt.timedelta(minutes=5)
        assert runs[empty]["counts"]["articles_written"] == 0
        assert runs[new]["finished_at"] is None  # the run now going on is left open
        s.finish_run(new, {"articles": 0}, finished_at=T1)
        assert runs[killed]["counts"] == s.runs()[0]["counts"]

# ---------------------------------------------------------------- filters

@pytest.fixture
def filled(store, run_id):
    store.save_article(article("art-1"), [
        event("e1"),
        event("e2", event_date="2024-03-01", event_type="Violence against civilians", sub_event_type="Attack",
              actor2=CIVILIANS, civilian_targeting=True, fatalities_best=0, fatalities_low=0,
              fatalities_high=0, notes="Gunmen attacked 100% of the_village."),
    ], run_id, "h")
    store.save_article(article("art-2"), [
        event("e3", "art-2", event_date="2024-03-09", location=LOMAR, actor1=REBELS, actor2=None,
              event_type="Protests", sub_event_type="Peaceful protest", fatalities_best=0,
              fatalities_low=0, fatalities_high=0),
        event("e4", "art-2", event_date="2024-03-10", location=None, geo_precision=3),
    ], run_id, "h")
    return store


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(), ["e2", "e1", "e3", "e4"]),
    (EventFilter(date_from="2024-03-04", date_to=dt.date(2024, 3, 9)), ["e1", "e3"]),
    (EventFilter(country="fre"), ["e2", "e1"]),
    (EventFilter(country="Sylvania"), ["e3"]),
    (EventFilter(admin1="north"), ["e2", "e1"]),
    (EventFilter(event_type="battles"), ["e1", "e4"]),
    (EventFilter(sub_event_type="Attack"), ["e2"]),
    (EventFilter(actor="red hand"), ["e1", "e3", "e4"]),
    (EventFilter(actor_type=7), ["e2"]),
    (EventFilter(bbox=(-10, 0, 0, 20)), ["e2", "e1"]),
    (EventFilter(bbox=(150, -10, -170, 0)), ["e3"]),
    (EventFilter(min_fatalities=1), ["e1", "e4"]),
    (EventFilter(text="100%"), ["e2"]),
    (EventFilter(text="the_v"), ["e2"]),
    (EventFilter(text="'; DROP TABLE events; --"), []),
    (EventFilter(text="armed clash"), ["e1", "e4"]),
    (EventFilter(country="FRE", min_fatalities=1), ["e1"]),
])
def test_filters(filled, flt, expected):
    assert [e["event_id"] for e in filled.events(flt)] == expected
    assert filled.count_events(flt) == len(expected)


def test_limit_offset(filled):
    assert [e["event_id"] for e in filled.events(limit=2, offset=1)] == ["e1", "e3"]
    assert [r["event_id"] for r, _ in filled.iter_event_rows(batch_size=3)] == ["e2", "e1", "e3", "e4"]


# ---------------------------------------------------------------- export

def test_export_csv(filled, tmp_path):
    out = tmp_path / "ev.csv"
    assert export_events(filled, "csv", out) == 4
    with open(out, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == COLUMNS and COLUMNS[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    e2, e1, e3, e4 = rows
    assert e1["event_id_cnty"] == "e1" and e1["year"] == "2024" and e1["event_date"] == "2024-03-04"
    assert (e1["actor1"], e1["inter1"], e1["actor2"], e1["inter2"], e1["interaction"]) == (
        ARMY.name, "1", REBELS.name, "2", "12")
    assert e1["assoc_actor_1"] == "Tarsa Communal Militia" and e1["assoc_actor_2"] == ""
    assert (e1["country"], e1["admin1"], e1["admin2"], e1["location"]) == ("Freedonia", "North",
                                                                           "Tarsa District", "Tarsa")
    assert (e1["latitude"], e1["longitude"], e1["fatalities"]) == ("12.34567", "-3.21", "4")
    assert (e1["fatalities_low"], e1["fatalities_high"], e1["confidence"]) == ("4", "6", "0.8")
    assert e1["source"] == "Wire" and e1["article_ids"] == "art-1" and e1["iso3"] == "FRE"
    assert e1["iso"] == "" and e1["timestamp"] == str(int(T0.replace(tzinfo=dt.timezone.utc).timestamp()))
    assert e2["civilian_targeting"] == "Civilian targeting" and e1["civilian_targeting"] == ""
    assert e3["actor2"] == "" and e3["inter2"] == "" and e3["interaction"] == "20"
    assert e4["latitude"] == "" and e4["location"] == ""


def test_export_csv_iso_numeric(store, run_id):
    kenya = Place("Nairobi", "Kenya", "KEN", -1.28333, 36.81667, admin1="Nairobi")
    store.save_article(article(), [event(location=kenya)], run_id, "h")
    [row] = list(csv.DictReader(io.StringIO(export_to_string(store, "csv"))))
    assert row["iso"] == "404"


def test_export_jsonl_is_the_contract_record(filled, tmp_path):
    out = tmp_path / "ev.jsonl"
    assert export_events(filled, "jsonl", out, EventFilter(country="FRE")) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == filled.events(EventFilter(country="FRE"))


def test_export_geojson(filled):
    data = json.loads(export_to_string(filled, "geojson"))
    assert data["type"] == "FeatureCollection"
    assert [f["id"] for f in data["features"]] == ["e2", "e1", "e3"]
    f3 = data["features"][2]
    assert f3["geometry"] == {"type": "Point", "coordinates": [160.25, -8.5]}
    assert f3["properties"]["sub_event_type"] == "Peaceful protest" and f3["properties"]["inter2"] is None


def test_export_empty_geojson_and_parquet(store, tmp_path):
    assert json.loads(export_to_string(store, "geojson")) == {"type": "FeatureCollection", "features": []}
    assert export_events(store, "parquet", tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0


def test_export_parquet(filled, tmp_path):
    out = tmp_path / "ev.parquet"
    assert export_events(filled, "parquet", out) == 4
    table = pq.read_table(out)
    assert table.column_names == [*COLUMNS, "record"]
    rows = table.to_pylist()
    assert [json.loads(r["record"]) for r in rows] == filled.events()
    assert rows[1]["fatalities"] == 4 and rows[1]["latitude"] == 12.34567 and rows[3]["latitude"] is None
    con = duckdb.connect()
    assert con.execute("SELECT count(*), sum(fatalities) FROM read_parquet(?)", [str(out)]).fetchone() == (4, 8)


def test_export_parquet_to_stream(filled):
    buffer = io.BytesIO()
    assert export_events(filled, "parquet", buffer, EventFilter(event_type="Protests")) == 1
    buffer.seek(0)
    assert pq.read_table(buffer).column("event_id_cnty").to_pylist() == ["e3"]


def test_export_unknown_format(store):
    with pytest.raises(UsageError, match="unknown export format"):
        export_events(store, "xlsx", io.StringIO())
    with pytest.raises(UsageError):
        export_to_string(store, "parquet")


# ---------------------------------------------------------------- opening and migration

def test_reopen_read_only(tmp_path):
    path = tmp_path / "ew.duckdb"
    with Store(path) as s:
        rid = s.start_run(VERSIONS, [])
        s.save_article(article(), [event()], rid, "h")
    with Store(path, read_only=True) as s:
        assert s.events() == [event().to_dict()] and s.schema_version() == SCHEMA_VERSION


def test_read_only_missing_file_and_garbage_file(tmp_path):
    with pytest.raises(StoreError, match="eventwire ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(junk)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "ew.duckdb"
    with Store(path) as s:
        s.con.execute("INSERT INTO schema_version VALUES (?, NULL)", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="upgrade eventwire"):
        Store(path)


def test_migrates_unversioned_layout(tmp_path):
    path = tmp_path / "old.duckdb"
    old_record = event("old-1").to_dict()
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (article_id VARCHAR PRIMARY KEY, date DATE, title VARCHAR, "
                "text VARCHAR, content_hash VARCHAR)")
    con.execute("CREATE TABLE events (event_id VARCHAR PRIMARY KEY, article_id VARCHAR, event_date DATE, "
                "event_type VARCHAR, sub_event_type VARCHAR, actor1 VARCHAR, country VARCHAR, "
                "fatalities INTEGER, notes VARCHAR, record JSON)")
    con.execute("CREATE TABLE rejects (path VARCHAR, line INTEGER, reason VARCHAR)")
    con.execute("INSERT INTO articles VALUES ('art-0', DATE '2024-03-05', 'Old', 'Old text.', 'h0')")
    con.execute("INSERT INTO events VALUES ('old-1', 'art-0', DATE '2024-03-04', 'Battles', 'Armed clash', "
                "'Military Forces of Freedonia (2020-)', 'Freedonia', 4, 'n', ?)", [json.dumps(old_record)])
    con.execute("INSERT INTO rejects VALUES ('a.txt', NULL, 'empty text')")
    con.close()

    with Store(path, read_only=False, opened_at=T1) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.con.execute("SELECT version, applied_at FROM schema_version ORDER BY version").fetchall() == [
            (v, T1) for v in range(1, SCHEMA_VERSION + 1)]
        assert s.article_state("art-0") == "h0"
        assert s.events() == [old_record]
        assert s.events(EventFilter(country="Freedonia", min_fatalities=4)) == [old_record]
        rid = s.start_run(VERSIONS, ["ingest"], started_at=T1)
        assert s.save_article(article(), [event()], rid, "h1")
        assert s.save_rejects([Reject("a.txt", None, "empty text"), Reject("b.txt", 2, "bad")], rid) == 1
        assert {e["event_id"] for e in s.events()} == {"old-1", "ev-1"}
        assert s.counts()["rejects"] == 2
    with Store(path, read_only=True) as s:
        assert s.count_events() == 2


# ---------------------------------------------------------------- lossless round trip

names = st.text(min_size=1, max_size=20)
actors = st.builds(Actor, names, st.integers(1, 8), st.one_of(st.none(), st.sampled_from(["FRE", "SYL", "KEN"])))
places = st.builds(Place, names, names, st.sampled_from(["FRE", "SYL", "KEN"]),
                   st.floats(-90, 90), st.floats(-180, 180),
                   admin1=st.one_of(st.none(), names), admin2=st.one_of(st.none(), names),
                   geonameid=st.one_of(st.none(), st.integers(1, 2**31)))
spans = st.builds(Span, st.text(max_size=30), st.integers(0, 10_000), st.integers(0, 10_000))
extra_values = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=10),
                         st.lists(st.text(max_size=5), max_size=3))


@st.composite
def events(draw, eid):
    low = draw(st.integers(0, 1000))
    best = draw(st.integers(low, low + 100))
    date = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))).isoformat()
    extra_keys = draw(st.lists(st.sampled_from(["hrd_type", "tags", "crowd"]), unique=True, max_size=2))
    return Event(
        event_id=eid, article_id="art-h", event_date=date, time_precision=draw(st.integers(1, 3)),
        event_type=draw(names), sub_event_type=draw(names), disorder_type=draw(names),
        plover_event=draw(names), plover_mode=draw(st.one_of(st.none(), names)),
        cameo=draw(st.one_of(st.none(), st.text(max_size=4))), actor1=draw(actors),
        actor2=draw(st.one_of(st.none(), actors)), location=draw(st.one_of(st.none(), places)),
        geo_precision=draw(st.integers(1, 3)), fatalities_best=best, fatalities_low=low,
        fatalities_high=best + draw(st.integers(0, 50)),
        fatality_reports=tuple(draw(st.lists(st.builds(FatalityReport, st.one_of(st.none(), names),
                                                       st.integers(0, 500), spans), max_size=2))),
        assoc_actor_1=tuple(draw(st.lists(actors, max_size=2))),
        assoc_actor_2=tuple(draw(st.lists(actors, max_size=2))),
        civilian_targeting=draw(st.booleans()),
        claims=tuple(draw(st.lists(st.builds(Claim, names, names, spans,
                                             st.one_of(st.none(), names)), max_size=2))),
        modality=draw(st.sampled_from(["asserted", "negated", "hypothetical", "future", "historical"])),
        confidence=draw(st.floats(0, 1)),
        evidence=tuple(draw(st.dictionaries(st.sampled_from(["event_type", "actor1", "location"]), spans,
                                            max_size=3)).items()),
        notes=draw(st.text(max_size=80)),
        article_ids=tuple(draw(st.lists(st.sampled_from(["art-h", "art-x", "art-y"]), unique=True,
                                        max_size=3))),
        source=draw(st.one_of(st.none(), names)), source_url=draw(st.one_of(st.none(), names)),
        extra=tuple((k, draw(extra_values)) for k in extra_keys),
    )


SAVES = itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 10**6), unique=True, max_size=4).flatmap(
    lambda ids: st.tuples(*[events(f"ev-{i}") for i in ids])))
def test_round_trip_is_lossless(store, run_id, evs):
    content = f"h{next(SAVES)}"
    assert store.save_article(article("art-h"), list(evs), run_id, content)
    stored = {e["event_id"]: e for e in store.events(EventFilter(article_id="art-h"))}
    assert stored == {e.event_id: e.to_dict() for e in evs}
    for e in evs:
        assert store.event(e.event_id) == e.to_dict()
    assert not store.save_article(article("art-h"), list(evs), run_id, content)

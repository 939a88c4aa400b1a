"""The read tables (``merged_events``, ``daily_stats``, ``events.search_text``): kept equal to
a recomputation from the events and clusters through every write, and added to older files
by the migration to schema version 3."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import duckdb
import pytest

from eventwire.dedup import dedup_events
from eventwire.dedup.store import refresh
from eventwire.dedup.synthetic import corpus
from eventwire.records import Actor, Article, Claim, Event, FatalityReport, Place, Span
from eventwire.store.duckdb_store import MIGRATIONS, SCHEMA_VERSION, TABLES, EventFilter, Store, search_text

T0 = dt.datetime(2024, 5, 1, 12, 0, 0)
T1 = dt.datetime(2024, 5, 2, 12, 0, 0)


def article(aid: str) -> Article:
    return Article(id=aid, date=dt.date(2024, 3, 5), text=f"text of {aid}", source=f"Outlet {aid}",
                   url=f"http://x/{aid}")


def save(store: Store, events: list[Event], tag: str = "") -> None:
    run_id = store.start_run({"v": "1"}, [], started_at=T0)
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article_id, []).append(e)
    store.save_articles([(article(aid), evs, f"h-{aid}-{tag}-{[e.event_id for e in evs]}")
                         for aid, evs in sorted(by_article.items())], run_id)


def snapshot(store: Store) -> tuple[list[tuple], list[tuple]]:
    merged = store.con.execute("SELECT * FROM merged_events ORDER BY cid").fetchall()
    daily = store.con.execute("SELECT * FROM daily_stats ORDER BY ALL").fetchall()
    return merged, daily


def assert_in_step(store: Store) -> None:
    """The maintained tables equal a recomputation from scratch, and agree with the clusters."""
    kept = snapshot(store)
    store.rebuild_read_tables()
    assert kept == snapshot(store)
    merged, daily = kept
    assert len(merged) == store.cluster_counts()["clusters"] == store.count_events(dedup=True)
    assert sum(row[4] for row in daily) == len(merged)
    assert sum(row[4] for row in merged) == store.count_events()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "ew.duckdb", opened_at=T0) as s:
        yield s


def test_read_tables_follow_saves_dedup_and_changed_articles(store):
    events, _ = corpus(seed=5, events=70, days=12)
    first = [e for e in events if e.event_date < "2024-01-07"]
    rest = [e for e in events if e.event_date >= "2024-01-07"]
    save(store, first)
    assert_in_step(store)  # nothing clustered yet: one row per event
    assert store.count_events(dedup=True) == len(first)
    refresh(store)
    assert_in_step(store)
    save(store, rest)
    assert_in_step(store)
    refresh(store)
    assert_in_step(store)
    assert sorted(store.events(dedup=True), key=lambda r: r["event_id"]) == dedup_events(events)

    # An article re-coded: one event dropped, one moved to another day, one new.
    aid = rest[0].article_id
    own = [e for e in events if e.article_id == aid]
    changed = [replace(own[0], event_date="2024-01-02", fatalities_best=40, fatalities_high=40)]
    changed.append(replace(own[0], event_id=own[0].event_id + "-new", sub_event_type="Armed clash",
                           event_type="Battles"))
    save(store, [e for e in events if e.article_id != aid] + changed, tag="v2")
    assert_in_step(store)
    refresh(store)
    assert_in_step(store)
    refresh(store, full=True)
    assert_in_step(store)
    rest_events = [e for e in events if e.article_id != aid] + changed
    assert sorted(store.events(dedup=True), key=lambda r: r["event_id"]) == dedup_events(rest_events)


def test_read_tables_follow_clusters_moved_by_hand(store):
    events, _ = corpus(seed=9, events=40, days=6)
    save(store, events)
    refresh(store)
    rows = store.con.execute("SELECT event_id, cluster_id FROM event_clusters ORDER BY event_id").fetchall()
    rng = random.Random(3)
    big = [cid for cid, n in store.con.execute(
        "SELECT cluster_id, count(*) FROM event_clusters GROUP BY 1 HAVING count(*) > 2 ORDER BY 1").fetchall()]
    assert big, "the corpus should hold events reported three times or more"
    moved = [eid for eid, cid in rows if cid == big[0]][:1]
    joined = [(eid, big[-1]) for eid, cid in rng.sample(rows, 3) if cid != big[-1]]
    store.replace_clusters([(moved[0], "hand-made")] + joined, "test")
    assert_in_step(store)
    assert store.con.execute("SELECT members FROM merged_events WHERE cid = 'hand-made'").fetchall() == [(1,)]


def test_resaving_the_same_input_changes_nothing(store):
    events, _ = corpus(seed=2, events=30, days=5)
    save(store, events)
    refresh(store)
    before = snapshot(store)
    save(store, events)  # same hashes: nothing written
    refresh(store)
    assert snapshot(store) == before
    save(store, events, tag="recoded")  # new hashes, same events: rewritten, re-clustered
    refresh(store)
    assert snapshot(store) == before


ARMY = Actor("Military Forces of Freedonia (2020-)", 1, "FRE")
REBELS = Actor("Red Hand Front", 2, "FRE")
TARSA = Place("Tarsa", "Freedonia", "FRE", 12.3, -3.2, admin1="North")


def strike(eid: str, aid: str, text: str, confidence: float = 0.7, **kw) -> Event:
    base = dict(
        event_id=eid, article_id=aid, event_date="2024-03-04", time_precision=1,
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        disorder_type="Political violence", plover_event="ASSAULT", plover_mode="aerial", cameo="195",
        actor1=ARMY, actor2=REBELS, location=TARSA, geo_precision=1, fatalities_best=3, fatalities_low=3,
        fatalities_high=3, fatality_reports=(FatalityReport("officials", 3, Span("three died", 0, 10)),),
        claims=(Claim("Red Hand Front", "blames", Span("the Front blamed the army", 0, 25)),),
        confidence=confidence, evidence=(("event_type", Span(text, 0, len(text))),),
        notes="Strike in Tarsa. 3 fatalities.")
    base.update(kw)
    return Event(**base)


def test_search_text_holds_the_words_of_the_event_not_the_json():
    rec = strike("e1", "a1", "A DRONE hit the Tarsa market.").to_dict()
    text = search_text(rec)
    assert text == text.lower()
    for part in ("a drone hit the tarsa market.", "the front blamed the army", "three died", "officials",
                 "red hand front", "military forces of freedonia", "tarsa", "north", "freedonia",
                 "air/drone strike", "strike in tarsa. 3 fatalities."):
        assert part in text
    for key in ("event_type", "evidence", "\"", "{", "e1", "a1", "195"):
        assert key not in text


def test_free_text_filter_reads_every_member_of_a_merged_event(store):
    save(store, [strike("e1", "a1", "A drone hit the Tarsa market.", confidence=0.9),
                 strike("e2", "a2", "Witnesses saw a plane circling over Tarsa before the blast.")])
    refresh(store)
    assert store.count_events(dedup=True) == 1
    merged = store.events(EventFilter(text="PLANE CIRCLING"), dedup=True)
    assert [r["event_id"] for r in merged] == ["e1"] and merged[0]["article_ids"] == ["a1", "a2"]
    assert [r["event_id"] for r in store.events(EventFilter(text="plane circling"))] == ["e2"]
    assert store.events(EventFilter(text="event_type"), dedup=True) == []
    assert store.count_events(EventFilter(text="100%"), dedup=True) == 0


# ---------------------------------------------------------------- migration from version 2

def version_2_copy(source: Store, path) -> None:
    """A file in the layout of schema version 2 holding the rows of ``source``."""
    src_path = source.path
    source.close()
    con = duckdb.connect(str(path))
    for version, migrate in MIGRATIONS:
        if version <= 2:
            migrate(con)
            con.execute("INSERT INTO schema_version VALUES (?, NULL)", [version])
    con.execute(f"ATTACH '{src_path}' AS src (READ_ONLY)")
    for table in ("articles", "events", "event_sources", "event_clusters", "actors", "places", "runs"):
        columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        con.execute(f"INSERT INTO {table} SELECT {', '.join(columns)} FROM src.{table}")
    con.execute("DETACH src")
    con.close()


@pytest.fixture
def filled_v3(tmp_path):
    path = tmp_path / "v3.duckdb"
    store = Store(path, opened_at=T0)
    events, _ = corpus(seed=4, events=25, days=4)
    save(store, events + [strike("e1", "a1", "A drone hit the Tarsa market."),
                          strike("e2", "a2", "Witnesses saw a plane circling over Tarsa.")])
    refresh(store)
    expected = (snapshot(store), store.events(dedup=True), store.events())
    return store, expected


def test_migrates_a_version_2_file(filled_v3, tmp_path):
    source, (tables, merged, raw) = filled_v3
    path = tmp_path / "v2.duckdb"
    version_2_copy(source, path)
    con = duckdb.connect(str(path))
    assert "search_text" not in {d[0] for d in con.execute("SELECT * FROM events LIMIT 0").description}
    assert {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()} \
        .isdisjoint({"merged_events", "daily_stats"})
    con.close()

    with Store(path, read_only=True) as old:  # read as it is, merging on each read
        assert old.schema_version() == 2
        assert old.events(dedup=True) == merged and old.events() == raw
        assert old.count_events(EventFilter(text="plane circling")) == 1
        assert old.count_events(EventFilter(text="drone hit"), dedup=True) == 1
    with Store(path, opened_at=T1) as s:
        assert s.schema_version() == SCHEMA_VERSION == 3
        assert s.con.execute("SELECT version, applied_at FROM schema_version ORDER BY version").fetchall() == [
            (1, None), (2, None), (3, T1)]
        assert snapshot(s) == tables
        assert s.events(dedup=True) == merged and s.events() == raw
        assert [r["article_ids"] for r in s.events(EventFilter(text="plane circling"), dedup=True)] == [["a1", "a2"]]
        assert s.con.execute("SELECT count(*) FROM events WHERE search_text IS NULL").fetchone() == (0,)
        # re-ingest after the migration: unchanged input writes nothing, the tables stay in step
        run_id = s.start_run({"v": "1"}, [], started_at=T1)
        hashes = dict(s.con.execute("SELECT article_id, content_hash FROM articles").fetchall())
        assert s.save_articles([(article("a1"), [strike("e1", "a1", "A drone hit the Tarsa market.")],
                                 hashes["a1"])], run_id) == [False]
        assert snapshot(s) == tables
        s.save_articles([(article("a1"), [strike("e1", "a1", "A drone hit the Tarsa market.")], "new")], run_id)
        refresh(s)
        assert snapshot(s) == tables
    with Store(path, read_only=True) as s:
        assert s.schema_version() == 3 and s.events(dedup=True) == merged


def test_version_3_adds_only_its_own_columns_and_tables():
    assert TABLES["merged_events"][0] == ("cid", "VARCHAR")
    con = duckdb.connect()
    for version, migrate in MIGRATIONS:
        if version == 1:
            migrate(con)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "merged_events" not in tables and "daily_stats" not in tables and "event_clusters" not in tables
    assert "search_text" not in {d[0] for d in con.execute("SELECT * FROM events LIMIT 0").description}

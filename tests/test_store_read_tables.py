"""The read tables (``merged_events``, ``daily_stats``, ``events.search_text`` and the word
index of free-text search): kept equal to a recomputation from the events and clusters
through every write, and added to older files by the migrations to schema versions 3 and 4."""
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
from eventwire.store import text_index
from eventwire.store.duckdb_store import (MERGED_COLUMNS, MIGRATIONS, SCHEMA_VERSION, TABLES, EventFilter, Store,
                                          search_text)

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
    """merged_events (but for the keys, new for every row written) and daily_stats."""
    merged = store.con.execute(f"SELECT {', '.join(MERGED_COLUMNS)} FROM merged_events ORDER BY cid").fetchall()
    daily = store.con.execute("SELECT * FROM daily_stats ORDER BY ALL").fetchall()
    return merged, daily


def index_snapshot(store: Store) -> tuple[set[tuple[str, str]], set[str]]:
    """The word index as (term, cid) of the live merged events, and its words."""
    terms = set(store.con.execute(
        "SELECT t.term, m.cid FROM (SELECT term, key FROM search_terms UNION ALL "
        "SELECT term, key FROM search_recent) t JOIN merged_events m ON m.key = t.key").fetchall())
    words = {r[0] for r in store.con.execute("SELECT word FROM search_words").fetchall()}
    return terms, words


def assert_index_sound(store: Store) -> None:
    """The index holds the terms of every live merged event and its words, search_recent only
    live events, and every key once."""
    con = store.con
    rows = con.execute("SELECT cid, search_text FROM merged_events").fetchall()
    terms, words = index_snapshot(store)
    assert terms == {(t, cid) for cid, text in rows for t in text_index.terms(text)}
    assert words >= {w for _, text in rows for w in text_index.words(text)}
    assert con.execute("SELECT count(*), count(DISTINCT key), count(key) FROM merged_events").fetchone() == \
        (len(rows), len(rows), len(rows))
    assert con.execute("SELECT count(*) FROM search_recent WHERE key NOT IN (SELECT key FROM merged_events)"
                       ).fetchone() == (0,)
    last_key = con.execute("SELECT last_key FROM search_index_state").fetchone()[0]
    assert con.execute("SELECT count(*) FROM search_terms WHERE key > ?", [last_key]).fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM search_recent WHERE key <= ?", [last_key]).fetchone() == (0,)


def assert_in_step(store: Store) -> None:
    """The maintained tables equal a recomputation from scratch, and agree with the clusters;
    free text finds the same events through the index as by reading every text."""
    assert_index_sound(store)
    kept = snapshot(store)
    kept_terms, kept_words = index_snapshot(store)
    found = {q: search(store, q) for q in queries(store)}
    store.rebuild_read_tables()
    assert kept == snapshot(store)
    terms, words = index_snapshot(store)
    assert kept_terms == terms and kept_words >= words
    assert store.con.execute("SELECT count(*) FROM search_recent").fetchone() == (0,)
    assert found == {q: search(store, q) for q in found}
    merged, daily = kept
    assert len(merged) == store.cluster_counts()["clusters"] == store.count_events(dedup=True)
    assert sum(row[4] for row in daily) == len(merged)
    assert sum(row[4] for row in merged) == store.count_events()


def queries(store: Store, n: int = 40) -> list[str]:
    """Pieces of the stored search texts (from word starts, inside words, across separators,
    a letter changed), in varied case, and a few texts found nowhere."""
    rng = random.Random(11)
    texts = [r[0] for r in store.con.execute("SELECT search_text FROM merged_events ORDER BY cid").fetchall()]
    out = ["tarsa", "TARSA MARKET", "red hand", "strike", "zzzz", "a", "3 fatalities.", "-", " tarsa"]
    for _ in range(n):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start:start + rng.randint(1, 40)]
        if rng.random() < 0.2:
            piece = piece[:-1] + "q"
        out.append(piece.upper() if rng.random() < 0.3 else piece)
    return out


def search(store: Store, q: str) -> tuple[list[str], list[str], int]:
    """The ids found for ``q`` through the index, by reading every text, and the count."""
    flt = EventFilter(text=q)
    found = [r["event_id"] for r in store.events(flt, dedup=True)]
    scanned = [r[0] for r in store.con.execute(
        "SELECT event_id FROM merged_events WHERE contains(search_text, ?) ORDER BY event_date NULLS LAST, event_id",
        [q.lower()]).fetchall()]
    assert found == scanned, q
    return found, [r["event_id"] for r in store.events(flt)], store.count_events(flt, dedup=True)


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


# ---------------------------------------------------------------- migrations from versions 2 and 3

def older_copy(source: Store, path, version: int) -> None:
    """A file in the layout of schema ``version`` (2 or 3) holding the rows of ``source``, as
    that version's eventwire leaves it."""
    src_path = source.path
    source.close()
    con = duckdb.connect(str(path))
    for v, migrate in MIGRATIONS:
        if v <= min(version, 2):
            migrate(con)
            con.execute("INSERT INTO schema_version VALUES (?, NULL)", [v])
    if version == 3:
        con.execute('ALTER TABLE events ADD COLUMN "search_text" VARCHAR')
    con.execute(f"ATTACH '{src_path}' AS src (READ_ONLY)")
    for table in ("articles", "events", "event_sources", "event_clusters", "actors", "places", "runs"):
        columns = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
        con.execute(f"INSERT INTO {table} SELECT {', '.join(columns)} FROM src.{table}")
    con.execute("DETACH src")
    if version == 3:
        dict(MIGRATIONS)[3](con)
        con.execute("INSERT INTO schema_version VALUES (3, NULL)")
    con.close()


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "v4.duckdb"
    store = Store(path, opened_at=T0)
    events, _ = corpus(seed=4, events=25, days=4)
    save(store, events + [strike("e1", "a1", "A drone hit the Tarsa market."),
                          strike("e2", "a2", "Witnesses saw a plane circling over Tarsa.")])
    refresh(store)
    expected = (snapshot(store), index_snapshot(store), store.events(dedup=True), store.events())
    return store, expected


def reingest_keeps_tables(s: Store, tables, index) -> None:
    """Re-ingest after a migration: unchanged input writes nothing, re-coded input rewrites
    the same rows; the tables and the index stay in step."""
    run_id = s.start_run({"v": "1"}, [], started_at=T1)
    hashes = dict(s.con.execute("SELECT article_id, content_hash FROM articles").fetchall())
    assert s.save_articles([(article("a1"), [strike("e1", "a1", "A drone hit the Tarsa market.")],
                             hashes["a1"])], run_id) == [False]
    assert snapshot(s) == tables and index_snapshot(s)[0] == index[0]
    s.save_articles([(article("a1"), [strike("e1", "a1", "A drone hit the Tarsa market.")], "new")], run_id)
    refresh(s)
    assert snapshot(s) == tables and index_snapshot(s)[0] == index[0]
    assert_in_step(s)


def test_migrates_a_version_2_file(filled, tmp_path):
    source, (tables, index, merged, raw) = filled
    path = tmp_path / "v2.duckdb"
    older_copy(source, path, 2)
    con = duckdb.connect(str(path))
    assert "search_text" not in {d[0] for d in con.execute("SELECT * FROM events LIMIT 0").description}
    assert {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()} \
        .isdisjoint({"merged_events", "daily_stats", "search_terms"})
    con.close()

    with Store(path, read_only=True) as old:  # read as it is, merging on each read
        assert old.schema_version() == 2
        assert old.events(dedup=True) == merged and old.events() == raw
        assert old.count_events(EventFilter(text="plane circling")) == 1
        assert old.count_events(EventFilter(text="drone hit"), dedup=True) == 1
    with Store(path, opened_at=T1) as s:
        assert s.schema_version() == SCHEMA_VERSION == 5
        assert s.con.execute("SELECT version, applied_at FROM schema_version ORDER BY version").fetchall() == [
            (1, None), (2, None), (3, T1), (4, T1), (5, T1)]
        assert snapshot(s) == tables and index_snapshot(s) == index
        assert s.events(dedup=True) == merged and s.events() == raw
        assert [r["article_ids"] for r in s.events(EventFilter(text="plane circling"), dedup=True)] == [["a1", "a2"]]
        assert s.con.execute("SELECT count(*) FROM events WHERE search_text IS NULL").fetchone() == (0,)
        reingest_keeps_tables(s, tables, index)
    with Store(path, read_only=True) as s:
        assert s.schema_version() == 5 and s.events(dedup=True) == merged


def test_migrates_a_version_3_file(filled, tmp_path):
    source, (tables, index, merged, raw) = filled
    path = tmp_path / "v3.duckdb"
    older_copy(source, path, 3)
    con = duckdb.connect(str(path))
    assert "key" not in {d[0] for d in con.execute("SELECT * FROM merged_events LIMIT 0").description}
    assert {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()} \
        .isdisjoint(text_index.TABLES)
    assert con.execute(f"SELECT {', '.join(MERGED_COLUMNS)} FROM merged_events ORDER BY cid").fetchall() \
        == tables[0]
    con.close()

    with Store(path, read_only=True) as old:  # read as it is, free text by reading every text
        assert old.schema_version() == 3
        assert old.events(dedup=True) == merged and old.events() == raw
        assert [r["article_ids"] for r in old.events(EventFilter(text="plane circling"), dedup=True)] \
            == [["a1", "a2"]]
    with Store(path, opened_at=T1) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.con.execute("SELECT version, applied_at FROM schema_version ORDER BY version").fetchall() == [
            (1, None), (2, None), (3, None), (4, T1), (5, T1)]
        assert snapshot(s) == tables and index_snapshot(s) == index
        assert s.events(dedup=True) == merged and s.events() == raw
        assert [r["article_ids"] for r in s.events(EventFilter(text="PLANE circling"), dedup=True)] \
            == [["a1", "a2"]]
        reingest_keeps_tables(s, tables, index)


def test_each_version_adds_only_its_own_columns_and_tables():
    assert TABLES["merged_events"][0] == ("cid", "VARCHAR")
    con = duckdb.connect()
    layouts = {}
    for version, migrate in MIGRATIONS:
        migrate(con)
        layouts[version] = {r[0]: {d[0] for d in con.execute(f'SELECT * FROM "{r[0]}" LIMIT 0').description}
                            for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"merged_events", "daily_stats", "event_clusters"}.isdisjoint(layouts[1])
    assert "search_text" not in layouts[1]["events"]
    assert set(text_index.TABLES).isdisjoint(layouts[3]) and "key" not in layouts[3]["merged_events"]
    assert set(text_index.TABLES) <= set(layouts[4]) and "key" in layouts[4]["merged_events"]
    assert "item" not in layouts[4]["rejects"] and "item" in layouts[5]["rejects"]
    assert {t: set(c) for t, c in layouts[5].items() if t in TABLES} == \
        {t: {name for name, _ in TABLES[t]} for t in layouts[5] if t in TABLES}

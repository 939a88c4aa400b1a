"""The DuckDB store: articles, coded events, their sources, rejects and runs in one file.

Events are re-derived per article: saving an article deletes its previous events
and inserts the new ones in one transaction, so ingesting the same input twice
leaves the store unchanged.  Every event row keeps the contract record as JSON
(``record``) next to flattened columns used for filtering.

No clock is read here: timestamps are passed in by the caller (the CLI passes
the current time); an article or reject saved without one takes the start time
of its run.

Tables are kept from the events for reading them fast, in the same transaction
as every write: ``merged_events`` has one row per real-world event (a dedup
cluster, or an event no dedup has clustered) with the columns the filters read,
``daily_stats`` has its counts and fatalities per day, event type and country,
and the word index of :mod:`eventwire.store.text_index` finds the merged events
whose search text holds a string.  ``events.search_text`` is what free-text
search looks through.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, StoreLockedError
from ..records import Article, Event, Reject
from . import text_index

SCHEMA_VERSION = 5
# The oldest schema version the HTTP API reads (it needs the read tables of version 3 and the word index of 4).
READ_SCHEMA_VERSION = 4

# Table layouts of the current schema version: ordered (column, type) pairs.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "VARCHAR PRIMARY KEY"), ("date", "DATE"), ("title", "VARCHAR"),
        ("url", "VARCHAR"), ("source", "VARCHAR"), ("origin", "VARCHAR"),
        ("content_hash", "VARCHAR"), ("text", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
        ("run_id", "VARCHAR"),
    ),
    "events": (
        ("event_id", "VARCHAR PRIMARY KEY"), ("article_id", "VARCHAR"), ("event_date", "DATE"),
        ("time_precision", "INTEGER"), ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"),
        ("disorder_type", "VARCHAR"), ("actor1", "VARCHAR"), ("inter1", "INTEGER"),
        ("actor2", "VARCHAR"), ("inter2", "INTEGER"), ("interaction", "INTEGER"),
        ("country", "VARCHAR"), ("iso3", "VARCHAR"), ("admin1", "VARCHAR"), ("admin2", "VARCHAR"),
        ("location", "VARCHAR"), ("latitude", "DOUBLE"), ("longitude", "DOUBLE"),
        ("geo_precision", "INTEGER"), ("fatalities", "INTEGER"), ("fatalities_low", "INTEGER"),
        ("fatalities_high", "INTEGER"), ("civilian_targeting", "BOOLEAN"), ("modality", "VARCHAR"),
        ("confidence", "DOUBLE"), ("notes", "VARCHAR"), ("record", "JSON"),
        ("coder_versions", "JSON"), ("run_id", "VARCHAR"), ("search_text", "VARCHAR"),
    ),
    "event_sources": (
        ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("source", "VARCHAR"),
        ("url", "VARCHAR"), ("date", "DATE"),
    ),
    "actors": (("name", "VARCHAR"), ("type", "INTEGER"), ("country", "VARCHAR")),
    "places": (
        ("name", "VARCHAR"), ("country", "VARCHAR"), ("iso3", "VARCHAR"), ("latitude", "DOUBLE"),
        ("longitude", "DOUBLE"), ("geonameid", "BIGINT"),
    ),
    "rejects": (
        ("path", "VARCHAR"), ("line", "INTEGER"), ("reason", "VARCHAR"), ("record_id", "VARCHAR"),
        ("run_id", "VARCHAR"), ("at", "TIMESTAMP"), ("item", "INTEGER"),
    ),
    "runs": (
        ("run_id", "VARCHAR PRIMARY KEY"), ("started_at", "TIMESTAMP"), ("finished_at", "TIMESTAMP"),
        ("argv", "JSON"), ("stage_versions", "JSON"), ("counts", "JSON"),
    ),
    "schema_version": (("version", "INTEGER"), ("applied_at", "TIMESTAMP")),
    "event_clusters": (
        ("event_id", "VARCHAR PRIMARY KEY"), ("cluster_id", "VARCHAR"), ("dedup_version", "VARCHAR"),
    ),
    # One row per real-world event: ``cid`` is its cluster id, or the event id of an event no
    # dedup has clustered; the canonical member's columns (highest confidence, then smallest
    # id) with the cluster's fatalities (best: lowest positive figure; low and high over all
    # members), every member's article and the lines of every member's search text; ``key``
    # is the row's number in the word index (kept while its cid and search text stay the same,
    # never given to another row).
    "merged_events": (
        ("cid", "VARCHAR"), ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("article_ids", "VARCHAR[]"),
        ("members", "INTEGER"), ("clustered", "BOOLEAN"), ("sort_date", "DATE"), ("event_date", "DATE"),
        ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"), ("actor1", "VARCHAR"), ("inter1", "INTEGER"),
        ("actor2", "VARCHAR"), ("inter2", "INTEGER"), ("country", "VARCHAR"), ("iso3", "VARCHAR"),
        ("admin1", "VARCHAR"), ("location", "VARCHAR"), ("latitude", "DOUBLE"), ("longitude", "DOUBLE"),
        ("fatalities", "INTEGER"), ("fatalities_low", "INTEGER"), ("fatalities_high", "INTEGER"),
        ("confidence", "DOUBLE"), ("search_text", "VARCHAR"), ("key", "BIGINT"),
    ),
    # Real-world events (rows of merged_events) and their fatalities per day, type and country.
    "daily_stats": (
        ("event_date", "DATE"), ("event_type", "VARCHAR"), ("country", "VARCHAR"), ("iso3", "VARCHAR"),
        ("events", "BIGINT"), ("fatalities", "BIGINT"),
    ),
    # The word index (see text_index).
    **text_index.TABLES,
}
# The tables and the columns each schema version added.
ADDED_IN = {"event_clusters": 2, "merged_events": 3, "daily_stats": 3, **{t: 4 for t in text_index.TABLES}}
COLUMNS_ADDED_IN = {("events", "search_text"): 3, ("merged_events", "key"): 4, ("rejects", "item"): 5}

ARTICLE_COLUMNS = ("article_id", "date", "title", "url", "source", "origin", "content_hash", "text",
                   "ingested_at", "run_id")
EVENT_COLUMNS = tuple(name for name, _ in TABLES["events"])
# The columns _MERGED_ROWS gives (all but the key).
MERGED_COLUMNS = tuple(name for name, _ in TABLES["merged_events"] if name != "key")
SOURCE_COLUMNS = ("event_id", "article_id", "source", "url", "date")
INSERT_CHUNK = 200
IN_LIST_MAX = 1000

INDEXES = (
    ("events_article_idx", "events", "article_id"),
    ("events_date_idx", "events", "event_date"),
    ("event_sources_event_idx", "event_sources", "event_id"),
)
CLUSTER_INDEXES = (("event_clusters_cluster_idx", "event_clusters", "cluster_id"),)
MERGED_INDEX = ("merged_events_cid_idx", "merged_events", "cid")


def _create_or_complete_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Version 1: create every table; add columns missing from a pre-versioned layout."""
    existing = _columns(con)
    for table, columns in TABLES.items():
        if ADDED_IN.get(table, 1) > 1:
            continue
        columns = tuple((name, kind) for name, kind in columns if COLUMNS_ADDED_IN.get((table, name), 1) == 1)
        if table not in existing:
            cols = ", ".join(f'"{name}" {kind}' for name, kind in columns)
            con.execute(f"CREATE TABLE {table} ({cols})")
            continue
        for name, kind in columns:
            if name not in existing[table]:
                plain = kind.replace(" PRIMARY KEY", "")
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {plain}')
    for index, table, column in INDEXES:
        con.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} ({column})")


# Ordered migrations: version -> function bringing the previous version to it.
# A file without a schema_version table is version 0 (an unversioned layout).
def _add_event_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2: ``event_clusters`` - which events dedup found to be one real-world event."""
    cols = ", ".join(f'"{name}" {kind}' for name, kind in TABLES["event_clusters"])
    con.execute(f"CREATE TABLE IF NOT EXISTS event_clusters ({cols})")
    for index, table, column in CLUSTER_INDEXES:
        con.execute(f"CREATE INDEX IF NOT EXISTS {index} ON {table} ({column})")


def _add_read_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Version 3: ``events.search_text``, ``merged_events`` and ``daily_stats``, filled from the events."""
    con.execute('ALTER TABLE events ADD COLUMN IF NOT EXISTS "search_text" VARCHAR')
    for table in ("merged_events", "daily_stats"):
        cols = ", ".join(f'"{name}" {kind}' for name, kind in TABLES[table]
                         if COLUMNS_ADDED_IN.get((table, name), 3) <= 3)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
    rebuild_read_tables(con, schema=3)


def _add_text_index(con: duckdb.DuckDBPyConnection) -> None:
    """Version 4: the word index of free-text search (``merged_events.key`` and the tables of
    :mod:`eventwire.store.text_index`), built with the merged events anew."""
    text_index.create(con)
    rebuild_read_tables(con)


def _add_reject_item(con: duckdb.DuckDBPyConnection) -> None:
    """Version 5: ``rejects.item`` - the place of a refused record among several on one line."""
    con.execute('ALTER TABLE rejects ADD COLUMN IF NOT EXISTS "item" INTEGER')


MIGRATIONS: tuple[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]], ...] = (
    (1, _create_or_complete_tables),
    (2, _add_event_clusters),
    (3, _add_read_tables),
    (4, _add_text_index),
    (5, _add_reject_item),
)


def _columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' AND table_catalog = current_database()").fetchall()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def content_hash(article: Article, stage_versions: Mapping[str, str] | None = None) -> str:
    """The hash that tells whether an article must be coded again.

    Covers the article's date, text, title, url and source, and the coder
    versions: a new rule set or gazetteer re-derives the events.
    """
    payload = json.dumps([article.date.isoformat(), article.text, article.title, article.url,
                          article.source, dict(sorted((stage_versions or {}).items()))],
                         ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8", "surrogatepass")).hexdigest()


def search_text(record: Mapping[str, Any]) -> str:
    """What free-text search looks through in an event record, lower-cased: the notes, the
    event types, actor and place names, every evidence text, fatality report and claim."""
    parts: list[Any] = [record.get("notes"), record.get("event_type"), record.get("sub_event_type")]
    parts += [_get(record.get(key), "name") for key in ("actor1", "actor2")]
    parts += [_get(a, "name") for key in ("assoc_actor_1", "assoc_actor_2") for a in _items(record.get(key))]
    parts += [_get(record.get("location"), key) for key in ("name", "admin1", "admin2", "country")]
    evidence = record.get("evidence")
    if isinstance(evidence, Mapping):
        parts += [_get(span, "text") for span in evidence.values()]
    for report in _items(_get(record.get("fatalities"), "reports")):
        parts += [_get(report, "claimant"), _get(report, "evidence")]
    for claim in _items(record.get("claims")):
        parts += [_get(claim, "claimant"), _get(claim, "target"), _get(claim, "evidence")]
    return "\n".join(dict.fromkeys(p.strip() for p in parts if isinstance(p, str) and p.strip())).lower()


def _get(value: Any, key: str) -> Any:
    return value.get(key) if isinstance(value, Mapping) else None


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _search_text_of_json(record: str | None) -> str | None:
    if record is None:
        return None
    value = json.loads(record)
    return search_text(value) if isinstance(value, Mapping) else ""


# The rows of merged_events (columns in MERGED_COLUMNS order).  The conditions {members},
# {clusters} and {sources} (on event_id) may narrow what is read to the events of whole
# clusters (every member of each).
_MERGED_ROWS = """
WITH m AS (
    SELECT e.event_id, e.article_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.inter1,
        e.actor2, e.inter2, e.country, e.iso3, e.admin1, e.location, e.latitude, e.longitude, e.fatalities,
        e.fatalities_low, e.fatalities_high, e.confidence, e.search_text,
        coalesce(c.cluster_id, e.event_id) AS cid, c.cluster_id IS NOT NULL AS clustered
    FROM events e LEFT JOIN (SELECT * FROM event_clusters WHERE {clusters}) c ON c.event_id = e.event_id
    WHERE {members}
), s AS (
    SELECT event_id, list(article_id) AS article_ids FROM event_sources WHERE {sources} GROUP BY event_id
), r AS (
    SELECT m.*, row_number() OVER (PARTITION BY m.cid ORDER BY m.confidence DESC NULLS LAST, m.event_id) AS rn
    FROM m
), g AS (
    SELECT r.cid, count(*) AS members,
        coalesce(min(r.fatalities) FILTER (WHERE r.fatalities > 0), 0) AS fatalities,
        min(r.fatalities_low) AS fatalities_low, max(r.fatalities_high) AS fatalities_high,
        list_sort(list_distinct(flatten(list(list_concat([r.article_id], coalesce(s.article_ids, [])))))) AS article_ids,
        array_to_string(list_sort(list_distinct(flatten(list(string_split(coalesce(r.search_text, ''), chr(10)))))),
                        chr(10)) AS search_text
    FROM r LEFT JOIN s ON s.event_id = r.event_id GROUP BY r.cid
)
SELECT g.cid, r.event_id, r.article_id, g.article_ids, g.members, r.clustered,
    coalesce(r.event_date, DATE '0001-01-01'), r.event_date, r.event_type, r.sub_event_type, r.actor1, r.inter1,
    r.actor2, r.inter2, r.country, r.iso3, r.admin1, r.location, r.latitude, r.longitude,
    g.fatalities, g.fatalities_low, g.fatalities_high, r.confidence, g.search_text
FROM r JOIN g ON g.cid = r.cid WHERE r.rn = 1"""


def rebuild_read_tables(con: duckdb.DuckDBPyConnection, schema: int = SCHEMA_VERSION,
                        keep_index: bool = False) -> None:
    """Fill ``events.search_text`` where it is missing, then recompute ``merged_events``,
    ``daily_stats`` and (from version 4 on) the word index from the events and their clusters.

    With ``keep_index`` a row whose cluster and search text are unchanged keeps its key and
    its terms in the index, and only the other rows are indexed anew (a full dedup mostly
    finds the clusters it found before)."""
    con.create_function("eventwire_search_text", _search_text_of_json, ["VARCHAR"], "VARCHAR",
                        null_handling="special")
    try:
        con.execute("UPDATE events SET search_text = eventwire_search_text(CAST(record AS VARCHAR)) "
                    "WHERE search_text IS NULL")
    finally:
        con.remove_function("eventwire_search_text")
    index, table, column = MERGED_INDEX
    con.execute(f"DROP INDEX IF EXISTS {index}")
    rows = _MERGED_ROWS.format(members='TRUE', clusters='TRUE', sources='TRUE')
    if keep_index and schema >= 4:
        _replace_merged(con, "TRUE", [], rows, [])
    elif schema >= 4:
        con.execute("DELETE FROM merged_events")
        con.execute(f"INSERT INTO merged_events ({', '.join(MERGED_COLUMNS)}, key) "
                    f"SELECT *, nextval('{text_index.KEY_SEQUENCE}') FROM ({rows} ORDER BY 7, 2)")
        text_index.rebuild(con)
    else:
        con.execute("DELETE FROM merged_events")
        con.execute(f"INSERT INTO merged_events ({', '.join(MERGED_COLUMNS)}) {rows} ORDER BY 7, 2")
    con.execute(f"CREATE INDEX {index} ON {table} ({column})")
    _refresh_daily(con, None)


def _replace_merged(con: duckdb.DuckDBPyConnection, cond: str, params: list[Any], rows: str,
                    rows_params: list[Any]) -> set[dt.date | None]:
    """Replace the rows of ``merged_events`` that meet ``cond`` by the rows of the query ``rows``
    and keep the word index in step: a new row with the cid and search text of a replaced one
    keeps its key, and with it its terms; the others are indexed.  The days of the replaced
    and the new rows."""
    con.execute("CREATE OR REPLACE TEMP TABLE merged_replaced AS SELECT cid, search_text, key, event_date "
                f"FROM merged_events WHERE {cond}", params)
    last_key, dates = con.execute("SELECT (SELECT max(key) FROM merged_events), list(DISTINCT event_date) "
                                  "FROM merged_replaced").fetchone()
    days = set(dates or [])
    con.execute(f"DELETE FROM merged_events WHERE {cond}", params)
    added = con.execute(
        f"INSERT INTO merged_events ({', '.join(MERGED_COLUMNS)}, key) "
        f"SELECT n.*, coalesce(r.key, nextval('{text_index.KEY_SEQUENCE}')) FROM ({rows}) n "
        "LEFT JOIN merged_replaced r ON r.cid = n.cid AND r.search_text = n.search_text "
        "ORDER BY 7, 2 RETURNING event_date, key", rows_params).fetchall()
    kept = {r[1] for r in added}
    text_index.remove(con, [r[0] for r in con.execute("SELECT key FROM merged_replaced").fetchall()
                            if r[0] not in kept])
    text_index.add_after(con, last_key)  # new keys are above every earlier one
    con.execute("DROP TABLE merged_replaced")
    return days | {r[0] for r in added}


def _refresh_daily(con: duckdb.DuckDBPyConnection, dates: Sequence[dt.date | None] | None) -> None:
    """Recompute the ``daily_stats`` rows of ``dates`` (None in it: undated events; all rows when None)."""
    select = ("SELECT event_date, event_type, country, iso3, count(*), coalesce(sum(fatalities), 0) "
              "FROM merged_events WHERE {cond} GROUP BY ALL ORDER BY event_date NULLS FIRST, event_type, country")
    if dates is None:
        con.execute("DELETE FROM daily_stats")
        con.execute("INSERT INTO daily_stats " + select.format(cond="TRUE"))
        return
    days = sorted({d for d in dates if d is not None})
    if not days and None not in dates:
        return
    cond = "(event_date IN (SELECT unnest(CAST(? AS DATE[])))" + (" OR event_date IS NULL)" if None in dates else ")")
    con.execute(f"DELETE FROM daily_stats WHERE {cond}", [days])
    con.execute("INSERT INTO daily_stats " + select.format(cond=cond), [days])


def in_list(column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
    """``column IN (...)`` over ``values`` and its parameters: a list of constants for a few
    values (the scan filters on them, and an index can serve them), a join for many."""
    if len(values) <= IN_LIST_MAX:
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)
    return f"{column} IN (SELECT unnest(?))", [list(values)]


def cluster_members(con: duckdb.DuckDBPyConnection, cids: Sequence[str]) -> dict[str, list[str]]:
    """The member event ids of the clusters ``cids``, in id order."""
    out: dict[str, list[str]] = {}
    if cids:
        cond, params = in_list("cluster_id", sorted(set(cids)))
        for cid, event_id in con.execute(f"SELECT cluster_id, event_id FROM event_clusters WHERE {cond} "
                                         "ORDER BY cluster_id, event_id", params).fetchall():
            out.setdefault(cid, []).append(event_id)
    return out


def merged_records(con: duckdb.DuckDBPyConnection,
                   rows: Sequence[tuple[str, str, int]]) -> dict[str, dict[str, Any]]:
    """The records of rows of ``merged_events`` given as (event_id, cid, members), by event id:
    the event's own record for a cluster of one, else the merged record of its members."""
    from ..dedup.merge import merge_records

    groups = cluster_members(con, [cid for _, cid, n in rows if n > 1])
    ids = [eid for eid, _, _ in rows] + [eid for group in groups.values() for eid in group]
    records: dict[str, str] = {}
    if ids:
        cond, params = in_list("event_id", sorted(set(ids)))
        records = dict(con.execute(f"SELECT event_id, record FROM events WHERE {cond}", params).fetchall())
    out: dict[str, dict[str, Any]] = {}
    for eid, cid, n in rows:
        group = groups.get(cid) if n > 1 else None
        if group:
            out[eid] = merge_records([json.loads(records[m]) for m in group if m in records], canonical_id=eid)
        elif eid in records:
            out[eid] = json.loads(records[eid])
    return out


@dataclass(frozen=True)
class EventFilter:
    """Which events to read.  Every field is optional; set fields are combined with AND.

    ``country`` matches the country name or ISO3 code (case-insensitive);
    ``actor`` is a case-insensitive substring of actor1 or actor2; ``actor_type``
    an ACLED inter code of either actor.  ``country``, ``admin1``, ``event_type``,
    ``sub_event_type``, ``actor_type`` and ``modality`` may also be tuples (any of the
    values), and ``actor`` a tuple of alternative substrings; ``min_confidence`` is a
    lower bound on the coder's confidence; ``bbox`` is (west, south, east, north)
    in degrees (west > east crosses the antimeridian); ``text`` is a
    case-insensitive substring of the search text (:func:`search_text`; of the
    notes or the whole record in files older than schema version 3).
    """

    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    country: str | tuple[str, ...] | None = None
    admin1: str | tuple[str, ...] | None = None
    event_type: str | tuple[str, ...] | None = None
    sub_event_type: str | tuple[str, ...] | None = None
    actor: str | tuple[str, ...] | None = None
    actor_type: int | tuple[int, ...] | None = None
    bbox: tuple[float, float, float, float] | None = None
    min_fatalities: int | None = None
    text: str | None = None
    article_id: str | None = None
    min_confidence: float | None = None
    modality: str | tuple[str, ...] | None = None

    def where(self, dedup: bool = False, schema: int = SCHEMA_VERSION,
              words: text_index.TextMatch | None = None) -> tuple[str, list[Any]]:
        """A parameterised SQL condition and its parameters: over the ``events`` table, or with
        ``dedup`` over ``merged_events`` (see :meth:`Store.event_rows`), where ``article_id``
        matches a merged event when any of its members comes from that article and ``text``
        looks through the search text of every member.

        ``schema`` is the schema version of the file read: before version 3 ``text`` looks
        through the notes and the whole record, and with ``dedup`` the condition is over the
        rows of ``_MERGED_SQL``.  ``words`` (from :func:`text_match`, for ``dedup`` reads)
        finds ``text`` through the word index instead of reading every search text; the
        events found are the same.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from is not None:
            clauses.append("event_date >= CAST(? AS DATE)")
            params.append(str(self.date_from))
        if self.date_to is not None:
            clauses.append("event_date <= CAST(? AS DATE)")
            params.append(str(self.date_to))
        choice, choice_params = self._choices(dedup)
        clauses += choice
        params += choice_params
        if self.bbox is not None:
            west, south, east, north = (float(v) for v in self.bbox)
            clauses.append("latitude BETWEEN ? AND ?")
            params += [south, north]
            if west <= east:
                clauses.append("longitude BETWEEN ? AND ?")
            else:
                clauses.append("(longitude >= ? OR longitude <= ?)")
            params += [west, east]
        if self.min_fatalities is not None:
            clauses.append("fatalities >= ?")
            params.append(int(self.min_fatalities))
        if self.text and words is not None:
            cond, cond_params = words.condition()
            clauses.append(cond)
            params += cond_params
        elif self.text and schema >= 3:
            clauses.append("contains(search_text, ?)")
            params.append(self.text.lower())
        elif self.text:
            clauses.append("(notes ILIKE ? ESCAPE '\\' OR CAST(record AS VARCHAR) ILIKE ? ESCAPE '\\')")
            params += [_like(self.text)] * 2
        if self.article_id and dedup and schema >= 3:
            clauses.append("list_contains(article_ids, ?)")
            params.append(self.article_id)
        elif self.article_id and dedup:
            clauses.append("cid IN (SELECT cid FROM m WHERE article_id = ? OR event_id IN "
                           "(SELECT event_id FROM event_sources WHERE article_id = ?))")
            params += [self.article_id, self.article_id]
        elif self.article_id:
            clauses.append("(article_id = ? OR event_id IN "
                           "(SELECT event_id FROM event_sources WHERE article_id = ?))")
            params += [self.article_id, self.article_id]
        return (" AND ".join(clauses) if clauses else "TRUE"), params

    def _choices(self, dedup: bool) -> tuple[list[str], list[Any]]:
        """The clauses of the filters that pick among values: places, types, actors, confidence, modality."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.country:
            values = _values(self.country)
            marks = ", ".join("lower(?)" for _ in values)
            clauses.append(f"(lower(country) IN ({marks}) OR lower(iso3) IN ({marks}))")
            params += [*values, *values]
        for column in ("admin1", "event_type", "sub_event_type"):
            if getattr(self, column):
                values = _values(getattr(self, column))
                clauses.append(f"lower({column}) IN ({', '.join('lower(?)' for _ in values)})")
                params += list(values)
        if self.actor:
            names = _values(self.actor)
            clauses.append("(" + " OR ".join(["actor1 ILIKE ? ESCAPE '\\' OR actor2 ILIKE ? ESCAPE '\\'"] * len(names))
                           + ")")
            for name in names:
                params += [_like(name)] * 2
        if self.actor_type is not None:
            codes = [int(v) for v in _values(self.actor_type)]
            marks = ", ".join("?" for _ in codes)
            clauses.append(f"(inter1 IN ({marks}) OR inter2 IN ({marks}))")
            params += [*codes, *codes]
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(float(self.min_confidence))
        if self.modality:
            values = _values(self.modality)
            marks = ", ".join("?" for _ in values)
            if dedup:  # the canonical member's modality
                clauses.append(f"event_id IN (SELECT event_id FROM events WHERE modality IN ({marks}))")
            else:
                clauses.append(f"modality IN ({marks})")
            params += list(values)
        return clauses, params

    def set_fields(self) -> set[str]:
        """The names of the fields that are set."""
        return {f.name for f in fields(self) if getattr(self, f.name) is not None}


def text_match(con: duckdb.DuckDBPyConnection, filters: EventFilter,
               dedup: bool = True) -> text_index.TextMatch | None:
    """How the word index finds ``filters.text`` among merged events (for
    ``filters.where(dedup=True, words=...)``); None when there is no text, for reads of one
    event per article's event (they read every search text), and for texts the index cannot
    answer."""
    if not filters.text or not dedup:
        return None
    return text_index.plan(con, filters.text)


def _values(value: Any) -> tuple[Any, ...]:
    """A filter value as a tuple of alternatives."""
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


class Store:
    """A DuckDB file holding articles, events, sources, actors, places, rejects and runs.

    Use as a context manager or call :meth:`close`.  Opening a writable store
    creates the tables or migrates an older file to :data:`SCHEMA_VERSION`
    (``opened_at`` is recorded as the migration time).  A read-only store of an
    older version is read as it is: version 1 without dedup clusters, versions 1
    and 2 without ``merged_events`` (merged on each read, slower) and with
    free-text search through the notes and the whole record.

    Events are stored as coded, one row per article's event; the clusters of
    ``event_clusters`` (written by :mod:`eventwire.dedup.store`) say which of them
    are one real-world event.  Read with ``dedup=True`` to get one merged event per
    cluster.
    """

    def __init__(self, path: str | Path, read_only: bool = False, opened_at: dt.datetime | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.opened_at = opened_at
        self._versions: dict[str, str | None] = {}
        self._run_started: dict[str, dt.datetime | None] = {}
        self._in_transaction = False
        self._has_clusters = False
        self._schema = SCHEMA_VERSION
        if read_only and not self.path.exists():
            raise StoreError(f"no eventwire database at {self.path}; run 'eventwire ingest' first "
                             "or pass --db with the right file")
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(str(self.path),
                                                                        read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLockedError(f"{self.path} is in use by another process ({exc}); wait for it to "
                                       "finish or stop it, then run again") from exc
            raise StoreError(f"cannot open {self.path} ({exc}); another eventwire process may hold it, "
                             "or the file is not a DuckDB database") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path} ({exc}); is it a DuckDB database?") from exc
        try:
            self._prepare()
        except BaseException:
            self.close()
            raise

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"the store {self.path} is closed")
        return self._con

    def schema_version(self) -> int:
        if "schema_version" not in _columns(self.con):
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _prepare(self) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {current}, newer than this eventwire "
                             f"understands ({SCHEMA_VERSION}); upgrade eventwire")
        if current == SCHEMA_VERSION or (self.read_only and current >= 1):
            self._has_clusters = current >= 2
            self._schema = current
            return
        if self.read_only:
            raise StoreError(f"{self.path} has schema version {current}, this eventwire needs "
                             f"{SCHEMA_VERSION}; open it once without read-only (e.g. 'eventwire ingest') "
                             "to migrate it")
        for version, migrate in MIGRATIONS:
            if version <= current:
                continue
            self.con.begin()
            try:
                migrate(self.con)
                self.con.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                                 [version, self.opened_at])
                self.con.commit()
            except BaseException:
                self.con.rollback()
                raise
        self._has_clusters = True
        self._schema = SCHEMA_VERSION

    # ------------------------------------------------------------ runs

    def start_run(self, stage_versions: Mapping[str, str], argv: Sequence[str],
                  started_at: dt.datetime | None = None) -> str:
        """Record a new run and return its id; first close the runs that were stopped before they
        finished (see :meth:`close_interrupted_runs`)."""
        run_id = uuid.uuid4().hex[:16]
        self.close_interrupted_runs(run_id)
        self.con.execute("INSERT INTO runs (run_id, started_at, argv, stage_versions) VALUES (?, ?, ?, ?)",
                         [run_id, started_at, _json(list(argv)), _json(dict(stage_versions))])
        self._versions[run_id] = _json(dict(stage_versions))
        self._run_started[run_id] = started_at
        return run_id

    def close_interrupted_runs(self, by_run: str | None = None) -> int:
        """Close the runs that have no ``finished_at`` (killed mid-way): ``finished_at`` becomes the
        time of the last article they stored (their start when they stored none) and ``counts``
        says ``"interrupted": true`` with the articles they stored.  Only one writer holds the
        file at a time, so an unfinished run of an earlier process was stopped; this process's
        own open runs are left alone.  Returns how many runs were closed."""
        open_here = list(self._run_started)
        rows = self.con.execute(
            "SELECT r.run_id, coalesce(max(a.ingested_at), r.started_at), count(a.article_id) FROM runs r "
            "LEFT JOIN articles a ON a.run_id = r.run_id WHERE r.finished_at IS NULL "
            "AND NOT list_contains(?, r.run_id) GROUP BY r.run_id, r.started_at",
            [open_here]).fetchall()
        for run_id, last, written in rows:
            counts = {"interrupted": True, "articles_written": int(written)}
            if by_run:
                counts["closed_by_run"] = by_run
            self.con.execute("UPDATE runs SET finished_at = ?, counts = coalesce(counts, ?) WHERE run_id = ?",
                             [last, _json(counts), run_id])
        return len(rows)

    def finish_run(self, run_id: str, counts: Mapping[str, Any],
                   finished_at: dt.datetime | None = None) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, counts = ? WHERE run_id = ?",
                         [finished_at, _json(dict(counts)), run_id])

    def add_run_versions(self, run_id: str, versions: Mapping[str, str]) -> None:
        """Add versions to a run's ``stage_versions`` (e.g. the dedup that ran after coding);
        the coder versions recorded with its events are unchanged."""
        row = self.con.execute("SELECT stage_versions FROM runs WHERE run_id = ?", [run_id]).fetchone()
        current = _loads(row[0]) if row else None
        merged = {**(current or {}), **dict(versions)}
        self.con.execute("UPDATE runs SET stage_versions = ? WHERE run_id = ?", [_json(merged), run_id])

    def runs(self) -> list[dict[str, Any]]:
        rows = self.con.execute("SELECT run_id, started_at, finished_at, argv, stage_versions, counts "
                                "FROM runs ORDER BY started_at NULLS LAST, run_id").fetchall()
        return [{"run_id": r[0], "started_at": r[1], "finished_at": r[2],
                 "argv": _loads(r[3]), "stage_versions": _loads(r[4]), "counts": _loads(r[5])}
                for r in rows]

    def _run_info(self, run_id: str) -> tuple[str | None, dt.datetime | None]:
        if run_id not in self._versions:
            row = self.con.execute("SELECT stage_versions, started_at FROM runs WHERE run_id = ?",
                                   [run_id]).fetchone()
            self._versions[run_id] = None if row is None else row[0]
            self._run_started[run_id] = None if row is None else row[1]
        return self._versions[run_id], self._run_started[run_id]

    # ------------------------------------------------------------ articles and events

    def article_state(self, article_id: str) -> str | None:
        """The content hash stored for an article, or None when it was never saved."""
        row = self.con.execute("SELECT content_hash FROM articles WHERE article_id = ?",
                               [article_id]).fetchone()
        return None if row is None else row[0]

    def save_article(self, article: Article, events: Sequence[Event], run_id: str, content_hash: str,
                     ingested_at: dt.datetime | None = None) -> bool:
        """Store an article and replace its events, in one transaction.

        Returns False, writing nothing, when the article is stored with the same
        ``content_hash``.  ``ingested_at`` defaults to the run's start time.
        """
        return self.save_articles([(article, events, content_hash)], run_id, ingested_at)[0]

    def save_articles(self, items: Sequence[tuple[Article, Sequence[Event], str]], run_id: str,
                      ingested_at: dt.datetime | None = None) -> list[bool]:
        """:meth:`save_article` for many (article, events, content_hash) items in one transaction.

        The result is what saving them one after another would give: True for
        each item written, False for one whose hash was already stored.  When
        two saved events share an id, the later article's event replaces the
        earlier one.
        """
        states: dict[str, str] = {}
        if items:
            cond, params = in_list("article_id", sorted({a.id for a, _, _ in items}))
            states = dict(self.con.execute(f"SELECT article_id, content_hash FROM articles WHERE {cond}",
                                           params).fetchall())
        results = []
        latest: dict[str, tuple[Article, Sequence[Event], str]] = {}
        for article, events, chash in items:
            changed = states.get(article.id) != chash
            results.append(changed)
            if changed:
                states[article.id] = chash
                latest.pop(article.id, None)
                latest[article.id] = (article, events, chash)
        if not latest:
            return results
        versions, started = self._run_info(run_id)
        at = ingested_at if ingested_at is not None else started
        article_rows, event_rows, source_rows = [], {}, {}
        for article, events, chash in latest.values():
            article_rows.append([article.id, article.date, article.title, article.url, article.source,
                                 article.origin, chash, article.text, at, run_id])
            own = [e.event_id for e in events]
            if len(set(own)) != len(own):
                dupes = sorted({i for i in own if own.count(i) > 1})
                raise ValueError(f"article {article.id} has several events with the same id: {dupes}")
            for e in events:
                event_rows.pop(e.event_id, None)
                event_rows[e.event_id] = self._event_row(e, versions, run_id)
                source_rows[e.event_id] = _source_rows(e, article)
        article_ids = list(latest)
        event_ids = list(event_rows)
        all_events = [e for _, evs, _ in latest.values() for e in evs]
        con = self.con
        with self.bulk():
            # the events replaced: those of the changed articles and those of the ids written
            art_cond, art_params = in_list("article_id", article_ids)
            gone = sorted({r[0] for r in con.execute(f"SELECT event_id FROM events WHERE {art_cond}",
                                                     art_params).fetchall()} | set(event_ids))
            stale = self._merged_stale(gone)
            if self._has_clusters:
                reopened = sorted({c for _, c in self._clusters_of("event_id", gone)})
                if reopened:
                    cond, params = in_list("cluster_id", reopened)
                    con.execute(f"DELETE FROM event_clusters WHERE {cond}", params)
            con.execute(f"DELETE FROM articles WHERE {art_cond}", art_params)
            self._insert("articles", ARTICLE_COLUMNS, article_rows)
            cond, params = in_list("event_id", gone)
            con.execute(f"DELETE FROM event_sources WHERE {cond}", params)
            con.execute(f"DELETE FROM events WHERE {cond}", params)
            self._insert("events", EVENT_COLUMNS, list(event_rows.values()), {"event_date": "DATE"})
            self._insert("event_sources", SOURCE_COLUMNS,
                         [row for rows in source_rows.values() for row in rows], {"date": "DATE"})
            self._upsert_actors(all_events)
            self._upsert_places(all_events)
            self._update_merged(*stale)
        return results

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[list[Any]],
                casts: Mapping[str, str] | None = None) -> None:
        casts = casts or {}
        marks = "(" + ", ".join(f"TRY_CAST(? AS {casts[c]})" if c in casts else "?" for c in columns) + ")"
        names = ", ".join(columns)
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start:start + INSERT_CHUNK]
            self.con.execute(f"INSERT INTO {table} ({names}) VALUES {', '.join([marks] * len(chunk))}",
                             [v for row in chunk for v in row])

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """One transaction around many saves: much faster for large ingests.

        Saves inside it join it; an exception rolls all of them back.
        """
        if self._in_transaction:
            yield
            return
        self.con.begin()
        self._in_transaction = True
        try:
            yield
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        finally:
            self._in_transaction = False

    def _event_row(self, event: Event, versions: str | None, run_id: str) -> list[Any]:
        record = event.to_dict()
        loc = event.location
        return [
            event.event_id, event.article_id, event.event_date, event.time_precision, event.event_type,
            event.sub_event_type, event.disorder_type, event.actor1.name, event.actor1.type,
            event.actor2.name if event.actor2 else None, event.actor2.type if event.actor2 else None,
            event.interaction,
            loc.country if loc else None, loc.iso3 if loc else None, loc.admin1 if loc else None,
            loc.admin2 if loc else None, loc.name if loc else None,
            loc.latitude if loc else None, loc.longitude if loc else None,
            event.geo_precision if loc else None,
            event.fatalities_best, event.fatalities_low, event.fatalities_high, event.civilian_targeting,
            event.modality, event.confidence, event.notes, _json(record), versions, run_id, search_text(record),
        ]

    def _upsert_actors(self, events: Sequence[Event]) -> None:
        rows = sorted({(a.name, a.type, a.country) for e in events
                       for a in (e.actor1, e.actor2, *e.assoc_actor_1, *e.assoc_actor_2) if a is not None},
                      key=lambda t: (t[0], t[1], t[2] or ""))
        self._insert_new("actors", (("name", "VARCHAR"), ("type", "INTEGER"), ("country", "VARCHAR")), rows)

    def _upsert_places(self, events: Sequence[Event]) -> None:
        rows = sorted({(p.name, p.country, p.iso3, p.latitude, p.longitude, p.geonameid)
                       for p in (e.location for e in events) if p is not None}, key=repr)
        self._insert_new("places", (("name", "VARCHAR"), ("country", "VARCHAR"), ("iso3", "VARCHAR"),
                                    ("latitude", "DOUBLE"), ("longitude", "DOUBLE"),
                                    ("geonameid", "BIGINT")), rows)

    def _insert_new(self, table: str, columns: tuple[tuple[str, str], ...], rows: list[tuple[Any, ...]]) -> None:
        """Insert the rows not already in ``table`` (NULLs compare equal)."""
        marks = "(" + ", ".join(f"CAST(? AS {kind})" for _, kind in columns) + ")"
        names = ", ".join(name for name, _ in columns)
        same = " AND ".join(f"t.{name} IS NOT DISTINCT FROM v.{name}" for name, _ in columns)
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start:start + INSERT_CHUNK]
            self.con.execute(
                f"INSERT INTO {table} ({names}) SELECT {names} FROM (VALUES {', '.join([marks] * len(chunk))}) "
                f"v({names}) WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {same})",
                [v for row in chunk for v in row])

    # ------------------------------------------------------------ rejects

    def save_rejects(self, rejects: Sequence[Reject], run_id: str, at: dt.datetime | None = None) -> int:
        """Store rejects not stored before (same path, line, item and reason); returns how many were new.

        ``at`` defaults to the run's start time.
        """
        _, started = self._run_info(run_id)
        when = at if at is not None else started
        new = 0
        con = self.con
        with self.bulk():
            for r in rejects:
                exists = con.execute(
                    "SELECT 1 FROM rejects WHERE path = ? AND line IS NOT DISTINCT FROM ? "
                    "AND item IS NOT DISTINCT FROM ? AND reason = ?",
                    [r.path, r.line, r.item, r.reason]).fetchone()
                if exists is None:
                    con.execute('INSERT INTO rejects (path, line, item, reason, record_id, run_id, "at") '
                                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [r.path, r.line, r.item, r.reason, r.record_id, run_id, when])
                    new += 1
        return new

    def rejects(self) -> list[dict[str, Any]]:
        """Every stored reject: path, line, item (its place among several on the line, else None),
        reason, record id, run id and time."""
        item = "item" if self._schema >= 5 else "NULL"
        rows = self.con.execute(f'SELECT path, line, {item}, reason, record_id, run_id, "at" FROM rejects '
                                f'ORDER BY "at" NULLS FIRST, path, line NULLS FIRST, {item} NULLS FIRST, '
                                'reason').fetchall()
        return [{"path": r[0], "line": r[1], "item": r[2], "reason": r[3], "record_id": r[4], "run_id": r[5],
                 "at": r[6]} for r in rows]

    # ------------------------------------------------------------ reading

    def events(self, filters: EventFilter | None = None, limit: int | None = None,
               offset: int = 0, dedup: bool = False) -> list[dict[str, Any]]:
        """Events in the contract's shape, ordered by event date then id.

        With ``dedup`` each cluster of events found to be one real-world event
        comes back once, merged (see :func:`eventwire.dedup.merge.merge_records`):
        the canonical member's id and fields with all ``article_ids``, merged
        fatalities and every source's evidence.  Filters then apply to the merged
        event.
        """
        return [record for record, _ in self.event_rows(filters, limit, offset, dedup=dedup)]

    def event(self, event_id: str, dedup: bool = False) -> dict[str, Any] | None:
        """One event by id; with ``dedup`` the merged event of the cluster it belongs to."""
        if dedup and self._has_clusters:
            rows = self.con.execute(
                "SELECT e.event_id, e.record FROM events e JOIN event_clusters c ON c.event_id = e.event_id "
                "WHERE c.cluster_id = (SELECT cluster_id FROM event_clusters WHERE event_id = ?) "
                "ORDER BY e.confidence DESC NULLS LAST, e.event_id", [event_id]).fetchall()
            if len(rows) > 1:
                from ..dedup.merge import merge_records
                return merge_records([json.loads(r[1]) for r in rows], canonical_id=rows[0][0])
        row = self.con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
        return None if row is None else json.loads(row[0])

    def count_events(self, filters: EventFilter | None = None, dedup: bool = False) -> int:
        flt = filters or EventFilter()
        if dedup and self._schema >= 3:
            where, params = flt.where(dedup=True, schema=self._schema, words=self._text_match(flt))
            row = self.con.execute(f"SELECT count(*) FROM merged_events WHERE {where}", params).fetchone()
        elif dedup and self._has_clusters:
            where, params = flt.where(dedup=True, schema=self._schema)
            row = self.con.execute(f"{_MERGED_SQL} SELECT count(*) FROM r WHERE rn = 1 AND {where}",
                                   params).fetchone()
        else:
            where, params = flt.where(schema=self._schema)
            row = self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def event_rows(self, filters: EventFilter | None = None, limit: int | None = None,
                   offset: int = 0, dedup: bool = False) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(record, stored) pairs; ``stored`` holds what the store adds to a record:
        ``sources`` (list of {article_id, source, url, date}), ``ingested_at``,
        ``run_id`` and ``coder_versions`` (of the canonical member when merged), and
        with ``dedup`` the ``cluster_id`` (None for an event never clustered)."""
        if dedup and self._schema >= 3:
            return self._merged_rows(filters, limit, offset)
        if dedup and self._has_clusters:
            return self._merged_rows_v2(filters, limit, offset)
        where, params = (filters or EventFilter()).where(schema=self._schema)
        sql = (f"SELECT e.event_id, e.record, e.run_id, e.coder_versions, a.ingested_at "
               f"FROM (SELECT * FROM events WHERE {where}) e "
               f"LEFT JOIN articles a ON a.article_id = e.article_id "
               f"ORDER BY e.event_date NULLS LAST, e.event_id")
        sql, params = _page(sql, params, limit, offset)
        rows = self.con.execute(sql, params).fetchall()
        sources = self._sources([r[0] for r in rows])
        out = []
        for r in rows:
            stored = {"sources": sources.get(r[0], []), "run_id": r[2], "coder_versions": _loads(r[3]),
                      "ingested_at": r[4]}
            if dedup:
                stored["cluster_id"] = None
            out.append((json.loads(r[1]), stored))
        return out

    def _text_match(self, filters: EventFilter) -> text_index.TextMatch | None:
        return text_match(self.con, filters) if self._schema >= 4 else None

    def _merged_rows(self, filters: EventFilter | None, limit: int | None,
                     offset: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        flt = filters or EventFilter()
        where, params = flt.where(dedup=True, schema=self._schema, words=self._text_match(flt))
        sql, params = _page(f"SELECT event_id, cid, members, clustered FROM merged_events WHERE {where} "
                            f"ORDER BY event_date NULLS LAST, event_id", params, limit, offset)
        rows = self.con.execute(sql, params).fetchall()
        merged, ids = self._merged_parts(rows)
        meta = {}
        if ids:
            cond, cond_params = in_list("e.event_id", ids)
            meta = {r[0]: r[1:] for r in self.con.execute(
                "SELECT e.event_id, e.run_id, e.coder_versions, a.ingested_at FROM events e "
                f"LEFT JOIN articles a ON a.article_id = e.article_id WHERE {cond}", cond_params).fetchall()}
        out = []
        for (event_id, cid, _, clustered), (record, sources) in zip(rows, merged):
            run_id, versions, ingested_at = meta.get(event_id, (None, None, None))
            out.append((record, {"sources": sources, "run_id": run_id, "coder_versions": _loads(versions),
                                 "ingested_at": ingested_at, "cluster_id": cid if clustered else None}))
        return out

    def _merged_rows_v2(self, filters: EventFilter | None, limit: int | None,
                        offset: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """:meth:`_merged_rows` for a file of schema version 2 read read-only (no ``merged_events``)."""
        where, params = (filters or EventFilter()).where(dedup=True, schema=self._schema)
        sql = (f"{_MERGED_SQL} SELECT r.event_id, r.cid, r.members, r.run_id, r.coder_versions, a.ingested_at, "
               f"r.clustered FROM (SELECT * FROM r WHERE rn = 1 AND {where}) r "
               f"LEFT JOIN articles a ON a.article_id = r.article_id "
               f"ORDER BY r.event_date NULLS LAST, r.event_id")
        sql, params = _page(sql, params, limit, offset)
        rows = self.con.execute(sql, params).fetchall()
        merged, _ = self._merged_parts(rows)
        return [(record, {"sources": sources, "run_id": r[3], "coder_versions": _loads(r[4]), "ingested_at": r[5],
                          "cluster_id": r[1] if r[6] else None}) for r, (record, sources) in zip(rows, merged)]

    def _merged_parts(self, rows: list[tuple]) -> tuple[list[tuple[dict[str, Any], list]], list[str]]:
        """For rows that start (event_id, cluster id, members): each row's merged record with the sources
        of the events merged into it, and the ids of all those events."""
        records = merged_records(self.con, [(r[0], r[1], r[2]) for r in rows])
        groups = cluster_members(self.con, [r[1] for r in rows if r[2] > 1])
        ids = sorted({r[0] for r in rows} | {eid for group in groups.values() for eid in group})
        sources = self._sources(ids)
        return [(records[r[0]], _merged_sources(groups.get(r[1], [r[0]]) if r[2] > 1 else [r[0]], sources))
                for r in rows], ids

    def iter_event_rows(self, filters: EventFilter | None = None, batch_size: int = 5000,
                        dedup: bool = False) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        offset = 0
        while True:
            batch = self.event_rows(filters, batch_size, offset, dedup=dedup)
            yield from batch
            if len(batch) < batch_size:
                return
            offset += batch_size

    # ------------------------------------------------------------ dedup clusters

    def undeduplicated_dates(self) -> list[dt.date | None]:
        """Distinct dates of the events no dedup has looked at yet (None for an undated event)."""
        rows = self.con.execute(
            "SELECT DISTINCT e.event_date FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM event_clusters c WHERE c.event_id = e.event_id) "
            "ORDER BY e.event_date NULLS FIRST").fetchall()
        return [r[0] for r in rows]

    def dedup_rows(self, dates: Sequence[dt.date | None] | None = None) -> list[tuple[Any, ...]]:
        """What dedup compares, for the events on ``dates`` (all events when None; a None
        in ``dates`` stands for the undated events) and for every member of a cluster one
        of them belongs to.

        Columns: event_id, article_ids (list), event_date, modality, event_type,
        sub_event_type, iso3, admin1, location, latitude, longitude, geo_precision,
        actor1, inter1, actor2, inter2, fatalities, evidence sentence or notes, confidence, outlets (list),
        admin2, time_precision, associated actors' names (list), whether the date was read in the text,
        the words the date was read from.
        """
        cols = ("e.event_id, list_distinct(list_concat([e.article_id], coalesce(s.article_ids, []))), "
                "e.event_date, e.modality, e.event_type, e.sub_event_type, e.iso3, e.admin1, e.location, "
                "e.latitude, e.longitude, e.geo_precision, e.actor1, e.inter1, e.actor2, e.inter2, "
                "e.fatalities, coalesce(json_extract_string(e.record, '$.evidence.event_type.text'), e.notes), "
                "e.confidence, coalesce(s.outlets, []), e.admin2, e.time_precision, "
                "list_concat(coalesce(json_extract_string(e.record, '$.assoc_actor_1[*].name'), []), "
                "coalesce(json_extract_string(e.record, '$.assoc_actor_2[*].name'), [])), "
                "json_extract(e.record, '$.evidence.event_date') IS NOT NULL "
                "AND json_extract_string(e.record, '$.evidence.event_date.note') IS NULL, "
                "json_extract_string(e.record, '$.evidence.event_date.text')")
        src = ("LEFT JOIN (SELECT event_id, list(article_id) AS article_ids, list(source) FILTER "
               "(WHERE source IS NOT NULL) AS outlets FROM event_sources "
               "GROUP BY event_id) s ON s.event_id = e.event_id")
        if dates is None:
            return self.con.execute(f"SELECT {cols} FROM events e {src} ORDER BY e.event_id").fetchall()
        import pyarrow as pa

        undated = "OR event_date IS NULL" if None in dates else ""
        days = sorted({d for d in dates if d is not None})
        self.con.register("dedup_days", pa.table({"d": pa.array(days, pa.date32())}))
        try:
            return self.con.execute(
                f"WITH picked AS (SELECT event_id FROM events WHERE event_date IN (SELECT d FROM dedup_days) "
                f"{undated}), "
                f"linked AS (SELECT c2.event_id FROM event_clusters c1 JOIN event_clusters c2 "
                f"ON c1.cluster_id = c2.cluster_id WHERE c1.event_id IN (SELECT event_id FROM picked)) "
                f"SELECT {cols} FROM events e {src} WHERE "
                f"e.event_id IN (SELECT event_id FROM picked) OR e.event_id IN (SELECT event_id FROM linked) "
                f"ORDER BY e.event_id").fetchall()
        finally:
            self.con.unregister("dedup_days")

    def replace_clusters(self, assignments: Sequence[tuple[str, str]], version: str,
                         replace_all: bool = False) -> None:
        """Store (event_id, cluster_id) pairs, replacing earlier assignments of those events
        (of every event with ``replace_all``).  One transaction."""
        import pyarrow as pa

        table = pa.table({"event_id": pa.array([a for a, _ in assignments], pa.string()),
                          "cluster_id": pa.array([c for _, c in assignments], pa.string())})
        con = self.con
        con.register("new_clusters", table)
        try:
            with self.bulk():
                stale = None if replace_all else self._merged_stale([a for a, _ in assignments])
                if replace_all:
                    con.execute("DELETE FROM event_clusters")
                else:
                    con.execute("DELETE FROM event_clusters WHERE event_id IN (SELECT event_id FROM new_clusters)")
                con.execute("INSERT INTO event_clusters (event_id, cluster_id, dedup_version) "
                            "SELECT event_id, cluster_id, ? FROM new_clusters", [version])
                if stale is None:
                    rebuild_read_tables(con, keep_index=True)
                else:
                    self._update_merged(*stale)
        finally:
            con.unregister("new_clusters")

    def rebuild_read_tables(self) -> None:
        """Recompute ``merged_events``, ``daily_stats`` and the word index (and the missing search
        texts) from the events and clusters, in one transaction: for a file whose events were
        written by other means than this class."""
        with self.bulk():
            rebuild_read_tables(self.con)

    def _clusters_of(self, column: str, values: Sequence[str]) -> list[tuple[str, str]]:
        """(event_id, cluster_id) of the events (``column`` event_id) or clusters (cluster_id) given."""
        if not values:
            return []
        cond, params = in_list(column, sorted(set(values)))
        return self.con.execute(f"SELECT event_id, cluster_id FROM event_clusters WHERE {cond}", params).fetchall()

    def _merged_stale(self, event_ids: Sequence[str]) -> tuple[list[str], list[str]]:
        """Before ``event_ids`` change (their rows or their clusters): those events with every
        event that shares a row of ``merged_events`` with one of them, and the cids of those rows."""
        own = dict(self._clusters_of("event_id", event_ids))
        mates = dict(self._clusters_of("cluster_id", list(own.values())))
        members = sorted(set(event_ids) | set(mates))
        return members, sorted({own.get(e) or mates.get(e) or e for e in members})

    def _update_merged(self, members: Sequence[str], old_cids: Sequence[str]) -> None:
        """After a change to ``members`` (from :meth:`_merged_stale`): replace the rows of
        ``merged_events`` that held them before or hold them now, and their days in ``daily_stats``."""
        if not members:
            return
        con = self.con
        cond, params = in_list("event_id", list(members))
        existing = [r[0] for r in con.execute(f"SELECT event_id FROM events WHERE {cond}", params).fetchall()]
        clustered = dict(self._clusters_of("event_id", existing))
        new_cids = sorted({clustered.get(e, e) for e in existing})
        # every event of those rows: the clusters' members (some may not be in ``members``) and
        # the events no dedup has clustered
        rows_of = set(existing) - set(clustered) | {e for e, _ in self._clusters_of("cluster_id", new_cids)}
        dead = sorted(set(old_cids) | set(new_cids))
        dead_cond, dead_params = in_list("cid", dead)
        cond, params = in_list("event_id", sorted(rows_of)) if rows_of else ("event_id IS NULL", [])
        rows = _MERGED_ROWS.format(clusters=cond, members="e." + cond, sources=cond)
        days = _replace_merged(con, dead_cond, dead_params, rows, params * 3)
        _refresh_daily(con, sorted(days, key=lambda d: (d is not None, d or dt.date.min)))

    def cluster_counts(self) -> dict[str, int]:
        """Events, clusters (real-world events) and events merged into a cluster of several."""
        row = self.con.execute(
            "SELECT count(*), count(DISTINCT coalesce(c.cluster_id, e.event_id)), "
            "count(*) FILTER (WHERE c.cluster_id IN (SELECT cluster_id FROM event_clusters GROUP BY cluster_id "
            "HAVING count(*) > 1)) FROM events e LEFT JOIN event_clusters c ON c.event_id = e.event_id"
        ).fetchone() if self._has_clusters else None
        if row is None:
            n = self.count_events()
            return {"events": n, "clusters": n, "merged_events": 0}
        return {"events": int(row[0]), "clusters": int(row[1]), "merged_events": int(row[2])}

    def _sources(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        if not event_ids:
            return {}
        cond, params = in_list("event_id", event_ids)
        rows = self.con.execute(
            f"SELECT event_id, article_id, source, url, date FROM event_sources WHERE {cond} "
            "ORDER BY event_id, date NULLS LAST, article_id", params).fetchall()
        out: dict[str, list[dict[str, Any]]] = {}
        for event_id, article_id, source, url, date in rows:
            out.setdefault(event_id, []).append(
                {"article_id": article_id, "source": source, "url": url, "date": date})
        return out

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "event_sources", "actors", "places", "rejects", "runs"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


# Merged events: one row per cluster (events never clustered are their own cluster), the
# canonical member's columns (highest confidence, then smallest id) with the cluster's
# fatalities (best: lowest positive figure; low and high over all members).
_MERGED_SQL = """
WITH m AS (
    SELECT e.*, coalesce(c.cluster_id, e.event_id) AS cid, c.cluster_id IS NOT NULL AS clustered
    FROM events e LEFT JOIN event_clusters c ON c.event_id = e.event_id
), r AS (
    SELECT m.* EXCLUDE (fatalities, fatalities_low, fatalities_high),
        coalesce(min(CASE WHEN m.fatalities > 0 THEN m.fatalities END) OVER w, 0) AS fatalities,
        min(m.fatalities_low) OVER w AS fatalities_low,
        max(m.fatalities_high) OVER w AS fatalities_high,
        count(*) OVER w AS members,
        row_number() OVER (PARTITION BY m.cid ORDER BY m.confidence DESC NULLS LAST, m.event_id) AS rn
    FROM m WINDOW w AS (PARTITION BY m.cid)
)"""


def _merged_sources(group: Sequence[str],
                    sources: Mapping[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The sources of a merged event's members: one per article, by date then article id."""
    if len(group) == 1:
        return sources.get(group[0], [])
    seen: set[str] = set()
    out = []
    for eid in group:
        for src in sources.get(eid, []):
            if src["article_id"] not in seen:
                seen.add(src["article_id"])
                out.append(src)
    out.sort(key=lambda s: (s["date"] is None, s["date"] or dt.date.min, s["article_id"]))
    return out


def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    if offset:
        sql += " OFFSET ?"
        params = [*params, int(offset)]
    return sql, params


def _source_rows(event: Event, article: Article) -> list[list[Any]]:
    rows = []
    seen = set()
    for aid in (event.article_id, *event.article_ids):
        if aid in seen:
            continue
        seen.add(aid)
        own = aid == article.id
        rows.append([event.event_id, aid,
                     (event.source or article.source) if own else None,
                     (event.source_url or article.url) if own else None,
                     article.date if own else None])
    return rows


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)

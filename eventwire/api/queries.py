"""Read queries behind the HTTP API: keyset-paged lists, detail, aggregates for charts and the map.

Every query reads real-world events (``merged_events``: one row per dedup cluster, merged)
unless it is asked for ``dedup=False``, which reads one row per article's event (``events``).
Stats over the filters that ``daily_stats`` keeps (dates, country, event type) are summed
from it, and free text over merged events is found through the store's word index.  Every
condition comes from :meth:`EventFilter.where` or from fixed SQL text here with ``?``
parameters; no user string is ever spliced into SQL.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

import duckdb

from ..store.duckdb_store import EventFilter, cluster_members, in_list, merged_records, text_match

# sort name -> (key, descending); ties are broken by event_id ascending.
SORTS: dict[str, tuple[str, bool]] = {
    "-date": ("date", True),
    "date": ("date", False),
    "-fatalities": ("fatalities", True),
    "fatalities": ("fatalities", False),
}
# dedup -> (table, {sort key: expression}); an undated event sorts as 0001-01-01.
TABLES: dict[bool, tuple[str, dict[str, str]]] = {
    True: ("merged_events", {"date": "sort_date", "fatalities": "fatalities"}),
    False: ("events", {"date": "coalesce(event_date, DATE '0001-01-01')", "fatalities": "coalesce(fatalities, 0)"}),
}
# The filters daily_stats can answer.
DAILY_FILTERS = {"date_from", "date_to", "country", "event_type"}
INTERVALS = ("day", "week", "month")
MAP_POINT_LIMIT = 2000
# Free text matching at least this many merged events is paged in date order by reading the
# texts from the newest (or oldest) day on: a page fills long before every match is gathered.
DENSE_TEXT = 100_000


class QueryError(ValueError):
    """A request parameter that cannot be used (bad cursor, unknown sort)."""


@dataclass(frozen=True)
class Page:
    events: list[dict[str, Any]]
    next_cursor: str | None
    total: int | None


def encode_cursor(sort: str, key: Any, event_id: str) -> str:
    raw = json.dumps([sort, key if not isinstance(key, dt.date) else key.isoformat(), event_id])
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[Any, str]:
    """The sort key (a date for the date sorts) and event id a cursor continues after."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
        c_sort, key, event_id = value
    except (ValueError, TypeError, UnicodeError):
        raise QueryError("bad cursor; pass the next_cursor of the previous page unchanged") from None
    if c_sort != sort or not isinstance(event_id, str):
        raise QueryError(f"the cursor belongs to sort={c_sort!r}, not sort={sort!r}; "
                         "start again without a cursor when you change the sort")
    if sort.endswith("date"):
        if not isinstance(key, str):
            raise QueryError("bad cursor; pass the next_cursor of the previous page unchanged")
        try:
            key = dt.date.fromisoformat(key)
        except ValueError:
            raise QueryError("bad cursor; pass the next_cursor of the previous page unchanged") from None
    elif not isinstance(key, int) or isinstance(key, bool) or not -2**31 <= key < 2**31:
        raise QueryError("bad cursor; pass the next_cursor of the previous page unchanged")
    return key, event_id


def list_events(con: duckdb.DuckDBPyConnection, filters: EventFilter, sort: str = "-date",
                limit: int = 50, cursor: str | None = None, with_total: bool = True, dedup: bool = True) -> Page:
    """One page of contract records, ordered by ``sort`` then event id."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    key, desc = SORTS[sort]
    table, keys = TABLES[dedup]
    key_sql = keys[key]
    words = text_match(con, filters, dedup)
    where, params = filters.where(dedup=dedup, words=words)
    count = None
    read_where, read_params = where, params
    if words is not None and key == "date":
        count = int(con.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
        if count >= DENSE_TEXT:  # the same events, read through their texts
            read_where, read_params = filters.where(dedup=dedup)
    cols = f"event_id, {'cid, members' if dedup else 'NULL, 1'}, {key_sql}"
    rows: list[tuple] = []
    page_where, page_params = read_where, list(read_params)
    if cursor:
        # first the rest of the cursor's key, by id, then the keys after it
        after_key, after_id = decode_cursor(cursor, sort)
        rows = con.execute(f"SELECT {cols} FROM {table} WHERE {read_where} AND {key_sql} = ? AND event_id > ? "
                           f"ORDER BY event_id LIMIT ?", [*read_params, after_key, after_id, limit + 1]).fetchall()
        page_where += f" AND {key_sql} {'<' if desc else '>'} ?"
        page_params.append(after_key)
    wanted = limit + 1 - len(rows)
    if wanted > 0:
        direction = "DESC" if desc else "ASC"
        if not filters.text:
            # The key of the last row wanted, found without the tie-break (fast: the scan skips
            # what cannot come first), bounds the rows to sort; a costly text filter is better
            # read once.
            bound = con.execute(f"SELECT {key_sql} FROM {table} WHERE {page_where} "
                                f"ORDER BY {key_sql} {direction} LIMIT 1 OFFSET ?",
                                [*page_params, wanted - 1]).fetchone()
            if bound is not None:
                page_where += f" AND {key_sql} {'>=' if desc else '<='} ?"
                page_params.append(bound[0])
        rows += con.execute(f"SELECT {cols} FROM {table} WHERE {page_where} "
                            f"ORDER BY {key_sql} {direction}, event_id ASC LIMIT ?",
                            [*page_params, wanted]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    if dedup:
        records = merged_records(con, [(r[0], r[1], r[2]) for r in rows])
    else:
        records = _records(con, [r[0] for r in rows])
    events = [records[r[0]] for r in rows if r[0] in records]
    next_cursor = encode_cursor(sort, rows[-1][3], rows[-1][0]) if more and rows else None
    total = None
    if with_total and not cursor and not more:
        total = len(rows)
    elif with_total:
        total = count if count is not None else \
            int(con.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
    return Page(events, next_cursor, total)


def _where(con: duckdb.DuckDBPyConnection, filters: EventFilter, dedup: bool) -> tuple[str, list[Any]]:
    return filters.where(dedup=dedup, words=text_match(con, filters, dedup))


def _records(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    cond, params = in_list("event_id", ids)
    rows = con.execute(f"SELECT event_id, record FROM events WHERE {cond}", params).fetchall()
    return {r[0]: json.loads(r[1]) for r in rows}


def event_detail(con: duckdb.DuckDBPyConnection, event_id: str, dedup: bool = True) -> dict[str, Any] | None:
    """The record with its sources, the stored articles (text for the evidence offsets) and provenance.

    With ``dedup`` the event is the merged event of the cluster ``event_id`` belongs to
    (any member's id finds it): its sources and articles are those of every member, its
    provenance that of the canonical member.  ``merge_evidence`` says why the members were
    joined (each link's features and score) and ``possible_duplicate_of`` lists the events
    dedup kept apart from it though they may report the same event (with a score).
    """
    group = [event_id]
    if dedup:
        row = con.execute("SELECT cluster_id FROM event_clusters WHERE event_id = ?", [event_id]).fetchone()
        if row is not None:
            group = cluster_members(con, [row[0]]).get(row[0], group)
    cond, params = in_list("e.event_id", group)
    rows = con.execute("SELECT e.event_id, e.record, e.run_id, e.coder_versions, a.ingested_at FROM events e "
                       f"LEFT JOIN articles a ON a.article_id = e.article_id WHERE {cond} "
                       "ORDER BY e.confidence DESC NULLS LAST, e.event_id", params).fetchall()
    if not rows:
        return None
    canonical = rows[0]
    if len(rows) > 1:
        from ..dedup.merge import merge_records
        record = merge_records([json.loads(r[1]) for r in rows], canonical_id=canonical[0])
    else:
        record = json.loads(canonical[1])
    sources, seen = [], set()
    cond, params = in_list("event_id", [r[0] for r in rows])
    for s in con.execute(f"SELECT article_id, source, url, date FROM event_sources WHERE {cond} "
                         "ORDER BY date NULLS LAST, article_id", params).fetchall():
        if s[0] not in seen:
            seen.add(s[0])
            sources.append({"article_id": s[0], "source": s[1], "url": s[2], "date": _iso(s[3])})
    ids = list(dict.fromkeys([record.get("article_id"), *(record.get("article_ids") or []),
                              *(s["article_id"] for s in sources)]))
    ids = [i for i in ids if i]
    articles = []
    if ids:
        cond, params = in_list("article_id", ids)
        found = {a[0]: a for a in con.execute(
            f"SELECT article_id, date, title, url, source, text FROM articles WHERE {cond}", params).fetchall()}
        for aid in ids:
            if aid in found:
                a = found[aid]
                articles.append({"article_id": a[0], "date": _iso(a[1]), "title": a[2], "url": a[3],
                                 "source": a[4], "text": a[5]})
    merge_evidence, possible = _dedup_links(con, [r[0] for r in rows])
    return {"event": record, "sources": sources, "articles": articles, "run_id": canonical[2],
            "coder_versions": json.loads(canonical[3]) if canonical[3] else None,
            "ingested_at": _iso(canonical[4]), "merge_evidence": merge_evidence,
            "possible_duplicate_of": possible}


def _dedup_links(con: duckdb.DuckDBPyConnection, members: list[str]) -> tuple[list[dict[str, Any]],
                                                                               list[dict[str, Any]]]:
    """The merge links among ``members`` and their possible duplicates outside them (best first)."""
    from ..dedup.store import links_of

    inside = set(members)
    merges, possible, seen = [], [], set()
    for link in links_of(con, members):
        if link["kind"] in ("merge", "confirmed") and link["a"] in inside and link["b"] in inside:
            merges.append({"event_ids": [link["a"], link["b"]], **(link["evidence"] or {}),
                           "confirmed": link["kind"] == "confirmed", "score": link["score"]})
        elif link["kind"] == "possible":
            other, own = (link["b"], link["a"]) if link["a"] in inside else (link["a"], link["b"])
            if other not in inside and other not in seen:
                seen.add(other)
                possible.append({"event_id": other, "of": own, "score": link["score"],
                                 "evidence": link["evidence"]})
    possible.sort(key=lambda p: (-(p["score"] or 0), p["event_id"]))
    return merges, possible


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def pick_interval(first: dt.date | None, last: dt.date | None) -> str:
    """day for up to about six months, week up to three years, month beyond."""
    if first is None or last is None:
        return "day"
    span = (last - first).days
    return "day" if span <= 183 else "week" if span <= 3 * 366 else "month"


# The time axis leaves out far-off dates (a year misread from "the 11th century"): those beyond
# Tukey's far-out fences, three interquartile ranges outside the quartiles of the event dates
# (widened by at least MIN_MARGIN), are listed as outliers instead of stretching the axis.
QUARTILES = (0.25, 0.75)
FENCE = 3.0
MIN_MARGIN = dt.timedelta(days=31)
OUTLIER_LIMIT = 50


def time_axis(first: dt.date | None, last: dt.date | None, q1: dt.date | None,
              q3: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The (from, to) of a time axis that leaves far-off dates out, or None when none are."""
    if None in (first, last, q1, q3):
        return None
    margin = max(MIN_MARGIN, (q3 - q1) * FENCE)
    lo = max(first, _shift(q1, -margin))
    hi = min(last, _shift(q3, margin))
    if lo == first and hi == last:
        return None
    # from the start of lo's month, so the bucket that holds lo starts inside the axis
    return max(first, _shift(dt.date(lo.year, lo.month, 1), -dt.timedelta(days=7))), hi


def _shift(day: dt.date, delta: dt.timedelta) -> dt.date:
    try:
        return day + delta
    except OverflowError:
        return dt.date.min if delta < dt.timedelta(0) else dt.date.max


def stats(con: duckdb.DuckDBPyConnection, filters: EventFilter, interval: str | None = None,
          dedup: bool = True, breakdowns: bool = False) -> dict[str, Any]:
    """Counts and fatalities per time bucket and event type, per event type and per country."""
    if interval is not None and interval not in INTERVALS:
        raise QueryError(f"unknown interval {interval!r}; use one of {', '.join(INTERVALS)}")
    where, params = _where(con, filters, dedup)
    if dedup and filters.set_fields() <= DAILY_FILTERS:
        table, n = "daily_stats", "events"
    else:
        table, n = TABLES[dedup][0], "1"
    first, last, q_lo, q_hi = con.execute(
        f"SELECT min(event_date), max(event_date), quantile_disc(event_date, {QUARTILES[0]}), "
        f"quantile_disc(event_date, {QUARTILES[1]}) FROM {table} WHERE {where}", params).fetchone()
    axis = time_axis(first, last, q_lo, q_hi)
    if interval is None:
        interval = pick_interval(*axis) if axis else pick_interval(first, last)
    rows = con.execute(
        "SELECT b, event_type, country, iso3, sum(n), coalesce(sum(f), 0), grouping(b, event_type) "
        f"FROM (SELECT CAST(date_trunc(?, event_date) AS DATE) AS b, event_type, country, iso3, {n} AS n, "
        f"fatalities AS f FROM {table} WHERE {where}) GROUP BY GROUPING SETS ((b, event_type), (country, iso3))",
        [interval, *params]).fetchall()
    types: dict[str, list[int]] = {}
    by_time: list[dict[str, Any]] = []
    outliers: list[dict[str, Any]] = []
    total = fatalities = 0
    for bucket, etype, _, _, count, f, g in rows:
        if g != 0:
            continue
        count, f = int(count), int(f)
        total += count
        fatalities += f
        t = types.setdefault(etype or "", [0, 0])
        t[0] += count
        t[1] += f
        if bucket is not None:
            row = {"date": bucket.isoformat(), "event_type": etype or "", "count": count, "fatalities": f}
            if axis is None or axis[0] <= bucket <= axis[1]:
                by_time.append(row)
    by_time.sort(key=lambda r: (r["date"], r["event_type"]))
    if axis is not None:
        outliers = [{"date": _iso(r[0]), "event_type": r[1] or "", "count": int(r[2]), "fatalities": int(r[3])}
                    for r in con.execute(f"SELECT event_date, event_type, sum({n}), coalesce(sum(fatalities), 0) "
                                         f"FROM {table} WHERE {where} AND (event_date < ? OR event_date > ?) "
                                         "GROUP BY ALL ORDER BY 1, 2", [*params, *axis]).fetchall()]
    by_type = [{"event_type": t, "count": v[0], "fatalities": v[1]}
               for t, v in sorted(types.items(), key=lambda kv: (-kv[1][0], kv[0]))]
    by_country = [{"country": r[2], "iso3": r[3], "count": int(r[4]), "fatalities": int(r[5])}
                  for r in sorted((r for r in rows if r[6] != 0), key=lambda r: (-r[4], r[2] or ""))]
    out = {"total": total, "fatalities": fatalities, "first_date": _iso(first), "last_date": _iso(last),
           "interval": interval, "by_time": by_time, "by_type": by_type, "by_country": by_country,
           "axis": [_iso(axis[0]), _iso(axis[1])] if axis else [_iso(first), _iso(last)],
           "outliers": outliers[:OUTLIER_LIMIT], "outlier_events": sum(r["count"] for r in outliers)}
    if breakdowns:
        out.update(stats_breakdowns(con, filters, dedup, where, params))
    return out


BREAKDOWN_LIMIT = 15


def stats_breakdowns(con: duckdb.DuckDBPyConnection, filters: EventFilter, dedup: bool, where: str,
                     params: list[Any]) -> dict[str, Any]:
    """Counts and deaths by sub-event type, admin1 and actor (the largest groups), the matching
    events' bounding box, and how many have no coordinates or no date."""
    table = TABLES[dedup][0]
    out: dict[str, Any] = {}
    for key, cols in (("by_sub_type", "event_type, sub_event_type"), ("by_admin1", "country, admin1")):
        rows = con.execute(f"SELECT {cols}, count(*), coalesce(sum(fatalities), 0) FROM {table} WHERE {where} "
                           f"GROUP BY ALL ORDER BY 3 DESC, 2 LIMIT ?", [*params, BREAKDOWN_LIMIT]).fetchall()
        names = cols.split(", ")
        out[key] = [{names[0]: r[0], names[1]: r[1], "count": int(r[2]), "fatalities": int(r[3])} for r in rows]
    rows = con.execute(
        f"SELECT name, type, count(*), coalesce(sum(f), 0) FROM (SELECT actor1 AS name, inter1 AS type, fatalities AS f "
        f"FROM {table} WHERE {where} UNION ALL SELECT actor2, inter2, fatalities FROM {table} WHERE {where}) "
        "WHERE name IS NOT NULL GROUP BY ALL ORDER BY 3 DESC, 1 LIMIT ?", [*params, *params, BREAKDOWN_LIMIT]).fetchall()
    out["by_actor"] = [{"actor": r[0], "type": r[1], "count": int(r[2]), "fatalities": int(r[3])} for r in rows]
    box = con.execute(f"SELECT min(longitude), min(latitude), max(longitude), max(latitude), "
                      "count(*) FILTER (WHERE latitude IS NULL OR longitude IS NULL), "
                      f"count(*) FILTER (WHERE event_date IS NULL) FROM {table} WHERE {where}", params).fetchone()
    out["bbox"] = list(box[:4]) if box[0] is not None else None
    out["unmapped"] = int(box[4] or 0)
    out["undated"] = int(box[5] or 0)
    return out


def map_features(con: duckdb.DuckDBPyConnection, filters: EventFilter, zoom: int,
                 view: tuple[float, float, float, float] | None, dedup: bool = True) -> dict[str, Any]:
    """Single events when few match in ``view``; otherwise a grid of clusters sized to ``zoom``."""
    table = TABLES[dedup][0]
    where, params = _where(con, filters, dedup)
    if view is not None:
        vw, vparams = EventFilter(bbox=view).where(dedup=dedup)
        where, params = f"{where} AND {vw}", [*params, *vparams]
    where += " AND latitude IS NOT NULL AND longitude IS NOT NULL"
    n = int(con.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
    if n <= MAP_POINT_LIMIT:
        rows = con.execute("SELECT event_id, latitude, longitude, event_type, sub_event_type, "
                           f"coalesce(fatalities, 0), event_date, location FROM {table} WHERE " + where +
                           " ORDER BY event_id", params).fetchall()
        return {"mode": "points", "count": n, "points": [
            {"event_id": r[0], "lat": r[1], "lon": r[2], "event_type": r[3], "sub_event_type": r[4],
             "fatalities": r[5], "event_date": _iso(r[6]), "location": r[7]} for r in rows]}
    cell = 360.0 / (2 ** max(0, min(zoom, 18))) / 6.0
    rows = con.execute(
        "SELECT avg(latitude), avg(longitude), count(*), coalesce(sum(fatalities), 0), mode(event_type) "
        f"FROM {table} WHERE " + where + " GROUP BY floor(latitude / ?), floor(longitude / ?)",
        [*params, cell, cell]).fetchall()
    return {"mode": "clusters", "count": n, "cell_degrees": cell, "clusters": [
        {"lat": r[0], "lon": r[1], "count": r[2], "fatalities": int(r[3]), "event_type": r[4]}
        for r in rows]}


def actors(con: duckdb.DuckDBPyConnection, filters: EventFilter, name: str | None, actor_type: int | None,
           limit: int, offset: int, dedup: bool = True) -> dict[str, Any]:
    """Actors with how many matching events name them as actor1 or actor2."""
    table = TABLES[dedup][0]
    where, params = _where(con, filters, dedup)
    outer: list[str] = ["name IS NOT NULL"]
    outer_params: list[Any] = []
    if name:
        outer.append("name ILIKE ? ESCAPE '\\'")
        outer_params.append("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if actor_type is not None:
        outer.append("type = ?")
        outer_params.append(actor_type)
    inner = (f"SELECT actor1 AS name, inter1 AS type, fatalities FROM {table} WHERE {where} UNION ALL "
             f"SELECT actor2, inter2, fatalities FROM {table} WHERE {where}")
    sql = (f"SELECT name, type, count(*) AS n, coalesce(sum(fatalities), 0), count(*) OVER () "
           f"FROM ({inner}) WHERE {' AND '.join(outer)} GROUP BY name, type "
           f"ORDER BY n DESC, name, type LIMIT ? OFFSET ?")
    rows = con.execute(sql, [*params, *params, *outer_params, limit, offset]).fetchall()
    countries: dict[tuple[str, int], str | None] = {}
    if rows:
        cond, params = in_list("name", sorted({r[0] for r in rows}))
        for a_name, a_type, a_country in con.execute(
                f"SELECT name, type, min(country) FROM actors WHERE {cond} GROUP BY name, type", params).fetchall():
            countries[(a_name, a_type)] = a_country
    return {"total": int(rows[0][4]) if rows else 0, "actors": [
        {"name": r[0], "type": r[1], "country": countries.get((r[0], r[1])), "events": r[2],
         "fatalities": int(r[3])} for r in rows]}


def facets(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """What the filters can choose from: ACLED types (all of them) and the countries in the store,
    with how many real-world events each has."""
    from ..extract.lexicon import taxonomy

    _, table = taxonomy()
    event_types: dict[str, list[str]] = {}
    for info in table.values():
        event_types.setdefault(info.event_type, []).append(info.sub_event_type)
    rows = con.execute("SELECT country, iso3, sum(events) AS n FROM daily_stats WHERE country IS NOT NULL "
                       "GROUP BY country, iso3 ORDER BY country").fetchall()
    return {"event_types": [{"event_type": k, "sub_event_types": v} for k, v in event_types.items()],
            "countries": [{"country": r[0], "iso3": r[1], "count": int(r[2])} for r in rows],
            "actor_types": ACTOR_TYPES}


ACTOR_TYPES = [{"type": 1, "name": "State forces"}, {"type": 2, "name": "Rebel groups"},
               {"type": 3, "name": "Political militias"}, {"type": 4, "name": "Identity militias"},
               {"type": 5, "name": "Rioters"}, {"type": 6, "name": "Protesters"},
               {"type": 7, "name": "Civilians"}, {"type": 8, "name": "External/Other forces"}]


def finite(*values: float) -> bool:
    return all(math.isfinite(v) for v in values)

"""Keep a store's dedup clusters up to date.

``refresh(store)`` is the fast path ``eventwire ingest`` takes after storing: it
re-clusters only around the dates of events no dedup has seen yet (new events,
events of changed articles, events left by a run that was killed before its
dedup) - those dates +/- ``3 * WINDOW`` days, plus every member of a cluster
touching them.  ``refresh(store, full=True)`` (``eventwire dedup``) re-clusters
the whole store.  Either way the new assignments replace the old ones in one
transaction.

Beside the clusters the store keeps (tables created on first use, outside the
schema versions of the event store):

* ``dedup_links`` - why events were joined (``kind`` "merge": the links that
  built each cluster, with their evidence and score; "confirmed": an analyst's
  confirmation) and the possible duplicates left apart (``kind`` "possible");
* ``dedup_decisions`` - an analyst's confirmations and splits of event pairs
  (:func:`decide`), which every later dedup respects.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from typing import Any

from .cluster import DEDUP_VERSION, WINDOW, TextModels, cluster, cluster_id, month_of
from .signature import Signature, make, norm_text

MARGIN = 3 * WINDOW


@dataclass(frozen=True)
class DedupSummary:
    version: str
    full: bool
    events: int = 0  # events clustered in this pass
    clusters: int = 0  # real-world events among them
    merged_events: int = 0  # events in a cluster of two or more

    def as_dict(self) -> dict[str, object]:
        return {"version": self.version, "full": self.full, "events": self.events,
                "clusters": self.clusters, "merged_events": self.merged_events}


def signature_of_row(row: tuple) -> Signature | None:
    """A signature from a row of :meth:`Store.dedup_rows`."""
    (event_id, article_ids, event_date, modality, event_type, sub, iso3, admin1, location, lat, lon, precision,
     actor1, inter1, actor2, inter2, best, text, confidence, *more) = row
    outlets, admin2, time_precision, assoc, stated, date_text = (list(more) + [None] * 6)[:6]
    return make(event_id, article_ids or (), event_date, modality, event_type, sub, iso3, admin1, location, lat,
                lon, precision, actor1, inter1, actor2, inter2, best, text, confidence, outlets=outlets or (),
                admin2=admin2, time_precision=time_precision, assoc=assoc or (), date_stated=bool(stated),
                date_text=date_text)


def window(dates: list[dt.date | None]) -> list[dt.date | None]:
    """The dates to re-cluster when events on ``dates`` are new: their whole months (whose text
    weights change, see :class:`~eventwire.dedup.cluster.TextModels`), +/- ``MARGIN`` days."""
    out: set[dt.date | None] = set()
    months = set()
    for d in dates:
        if d is None:
            out.add(None)
        else:
            months.add((d.year, d.month))
    for year, month in months:
        first = dt.date(year, month, 1)
        last = _month_end(year * 12 + month - 1)
        for k in range((last - first).days + 2 * MARGIN + 1):
            try:
                out.add(first + dt.timedelta(days=k - MARGIN))
            except OverflowError:
                continue
    return sorted(out, key=lambda d: (d is not None, d or dt.date.min))


def refresh(store, full: bool = False) -> DedupSummary:
    """Re-cluster the events of ``store`` (an open, writable :class:`~eventwire.store.duckdb_store.Store`)."""
    if full:
        rows = store.dedup_rows(None)
    else:
        pending = store.undeduplicated_dates()
        if not pending:
            return DedupSummary(DEDUP_VERSION, False)
        rows = store.dedup_rows(window(pending))
    sigs, loose = [], []
    for row in rows:
        sig = signature_of_row(row)
        if sig is None:
            loose.append(row[0])
        else:
            sigs.append(sig)
    ensure_tables(store.con)
    confirmed, split = decisions(store.con)
    result = cluster(sigs, confirmed, split, with_evidence=True, model=store_text_models(store.con, sigs))
    groups = result.groups + [[eid] for eid in loose]
    assignments = [(eid, cid) for group in groups for cid in (cluster_id(group),) for eid in group]
    store.replace_clusters(assignments, DEDUP_VERSION, replace_all=full)
    _store_links(store.con, [eid for eid, _ in assignments], result, full)
    return DedupSummary(DEDUP_VERSION, full, events=len(assignments), clusters=len(groups),
                        merged_events=sum(len(g) for g in groups if len(g) > 1))


LINK_COLUMNS = (("event_id", "VARCHAR"), ("other_id", "VARCHAR"), ("kind", "VARCHAR"), ("score", "DOUBLE"),
                ("evidence", "JSON"), ("dedup_version", "VARCHAR"))
DECISION_COLUMNS = (("a", "VARCHAR"), ("b", "VARCHAR"), ("decision", "VARCHAR"), ("decided_at", "TIMESTAMP"),
                    ("note", "VARCHAR"))
DECISIONS = ("confirm", "split")


def store_text_models(con, sigs: list[Signature]) -> TextModels:
    """The text weights of the months of ``sigs``, fitted on every stored event of those months
    (so the same in a full and an incremental run)."""
    months = sorted({month_of(s.day) for s in sigs})
    if not months:
        return TextModels()
    lo = dt.date(months[0] // 12, months[0] % 12 + 1, 1)
    hi = _month_end(months[-1])
    rows = con.execute("SELECT DISTINCT event_date, coalesce(json_extract_string(record, "
                       "'$.evidence.event_type.text'), notes) FROM events WHERE event_date BETWEEN ? AND ?",
                       [lo, hi]).fetchall()
    wanted = set(months)
    return TextModels((d.toordinal(), norm_text(t)) for d, t in rows
                      if d is not None and month_of(d.toordinal()) in wanted)


def _month_end(month: int) -> dt.date:
    nxt = month + 1
    return dt.date(nxt // 12, nxt % 12 + 1, 1) - dt.timedelta(days=1)


def ensure_tables(con) -> None:
    """Create ``dedup_links`` and ``dedup_decisions`` when missing (a writable connection)."""
    for table, cols in (("dedup_links", LINK_COLUMNS), ("dedup_decisions", DECISION_COLUMNS)):
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(f'{n} {k}' for n, k in cols)})")


def has_tables(con) -> bool:
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                       "AND table_catalog = current_database() AND table_name IN "
                       "('dedup_links', 'dedup_decisions')").fetchall()
    return len(rows) == 2


def decisions(con) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The confirmed and the split pairs (the latest decision on a pair wins)."""
    if not has_tables(con):
        return [], []
    rows = con.execute("SELECT a, b, decision FROM (SELECT a, b, decision, row_number() OVER "
                       "(PARTITION BY a, b ORDER BY decided_at DESC, decision) AS k FROM dedup_decisions) "
                       "WHERE k = 1 ORDER BY a, b").fetchall()
    return ([(a, b) for a, b, d in rows if d == "confirm"], [(a, b) for a, b, d in rows if d == "split"])


def decide(store, a: str, b: str, decision: str, at: dt.datetime, note: str | None = None) -> DedupSummary:
    """Store an analyst's decision that events ``a`` and ``b`` are one event ("confirm") or two
    ("split"), then re-cluster so that it holds.  Raises KeyError for an unknown event id."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}")
    if a == b:
        raise ValueError("an event is always one event with itself")
    for eid in (a, b):
        if store.con.execute("SELECT 1 FROM events WHERE event_id = ?", [eid]).fetchone() is None:
            raise KeyError(eid)
    a, b = sorted((a, b))
    ensure_tables(store.con)
    store.con.execute("INSERT INTO dedup_decisions VALUES (?, ?, ?, ?, ?)", [a, b, decision, at, note])
    return refresh(store, full=True)


def _store_links(con, event_ids: list[str], result, full: bool) -> None:
    import pyarrow as pa

    rows: list[tuple[Any, ...]] = []
    for kind, links in (("merge", result.merges), ("possible", result.possible)):
        for link in links:
            ev = result.evidence.get((link.a, link.b), {})
            confirmed = math.isinf(link.score)
            rows.append((link.a, link.b, "confirmed" if confirmed else kind,
                         None if confirmed else round(link.score, 3), json.dumps(ev, sort_keys=True), DEDUP_VERSION))
    con.execute("BEGIN TRANSACTION")
    try:
        if full:
            con.execute("DELETE FROM dedup_links")
        elif event_ids:
            con.register("dedup_ids", pa.table({"event_id": pa.array(sorted(set(event_ids)), pa.string())}))
            try:
                con.execute("DELETE FROM dedup_links WHERE event_id IN (SELECT event_id FROM dedup_ids) "
                            "OR other_id IN (SELECT event_id FROM dedup_ids)")
            finally:
                con.unregister("dedup_ids")
        if rows:
            con.executemany("INSERT INTO dedup_links VALUES (?, ?, ?, ?, ?, ?)", rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def links_of(con, event_ids: list[str]) -> list[dict[str, Any]]:
    """The stored links touching ``event_ids``: kind, both ids, score and evidence."""
    if not event_ids or not has_tables(con):
        return []
    marks = ", ".join("?" for _ in event_ids)
    rows = con.execute(f"SELECT event_id, other_id, kind, score, evidence FROM dedup_links WHERE event_id IN "
                       f"({marks}) OR other_id IN ({marks}) ORDER BY kind, score DESC NULLS FIRST, event_id, "
                       f"other_id", [*event_ids, *event_ids]).fetchall()
    return [{"a": a, "b": b, "kind": k, "score": s, "evidence": json.loads(e) if e else None}
            for a, b, k, s, e in rows]


def review(con, limit: int | None = None) -> list[dict[str, Any]]:
    """Possible duplicates (best first) with a line on each event, for an analyst to confirm or split."""
    if not has_tables(con):
        return []
    rows = con.execute(
        "SELECT l.event_id, l.other_id, l.score, l.evidence, a.event_date, a.event_type, a.location, a.actor1, "
        "a.notes, b.event_date, b.event_type, b.location, b.actor1, b.notes FROM dedup_links l "
        "JOIN events a ON a.event_id = l.event_id JOIN events b ON b.event_id = l.other_id "
        "WHERE l.kind = 'possible' ORDER BY l.score DESC, l.event_id, l.other_id"
        + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
    out = []
    for r in rows:
        side = [{"event_id": r[0 + k], "event_date": str(r[4 + 5 * k]) if r[4 + 5 * k] else None,
                 "event_type": r[5 + 5 * k], "location": r[6 + 5 * k], "actor1": r[7 + 5 * k],
                 "notes": r[8 + 5 * k]} for k in (0, 1)]
        out.append({"score": r[2], "evidence": json.loads(r[3]) if r[3] else None, "events": side})
    return out

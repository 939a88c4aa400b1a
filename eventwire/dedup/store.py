"""Keep a store's dedup clusters up to date.

``refresh(store)`` is the fast path ``eventwire ingest`` takes after storing: it
re-clusters only around the dates of events no dedup has seen yet (new events,
events of changed articles, events left by a run that was killed before its
dedup) - those dates +/- ``3 * WINDOW`` days, plus every member of a cluster
touching them.  ``refresh(store, full=True)`` (``eventwire dedup``) re-clusters
the whole store.  Either way the new assignments replace the old ones in one
transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .cluster import DEDUP_VERSION, WINDOW, cluster_id, clusters
from .signature import Signature, make

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
     actor1, inter1, actor2, inter2, best, text, confidence) = row
    return make(event_id, article_ids or (), event_date, modality, event_type, sub, iso3, admin1, location, lat,
                lon, precision, actor1, inter1, actor2, inter2, best, text, confidence)


def window(dates: list[dt.date | None]) -> list[dt.date | None]:
    """The dates to re-cluster when events on ``dates`` are new."""
    out: set[dt.date | None] = set()
    for d in dates:
        if d is None:
            out.add(None)
            continue
        for k in range(-MARGIN, MARGIN + 1):
            try:
                out.add(d + dt.timedelta(days=k))
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
    groups = clusters(sigs) + [[eid] for eid in loose]
    assignments = [(eid, cid) for group in groups for cid in (cluster_id(group),) for eid in group]
    store.replace_clusters(assignments, DEDUP_VERSION, replace_all=full)
    return DedupSummary(DEDUP_VERSION, full, events=len(assignments), clusters=len(groups),
                        merged_events=sum(len(g) for g in groups if len(g) > 1))

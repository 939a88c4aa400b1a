"""One record for a cluster of event records: the canonical member's fields plus every source.

The canonical member is the one with the highest confidence (ties: the smallest
event id).  The merged record keeps its event id, date, type, actors, place,
notes and evidence, and adds what the other reports bring:

* ``article_ids`` - every article, sorted;
* ``fatalities`` - ``low`` and ``high`` over all members, ``best`` the lowest
  positive figure (ACLED's conservative rule, 0 only when nobody reports a
  death), and every member's ``reports`` with the ``article_id`` they come from;
* ``claims`` and associated actors - the union, in member order;
* ``civilian_targeting`` - true when any member says so;
* ``wire_sources`` - the agencies any member's article credits, in member order;
* ``sources`` - one entry per member: event and article id, outlet, date,
  place, fatalities and evidence (the offsets refer to that member's article);
* ``cluster_id`` - derived from the member event ids.

A cluster of one is returned unchanged.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from ..records import Event
from . import signature as sig_mod
from .cluster import cluster_id, clusters


def canonical(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return min(records, key=lambda r: (-float(r.get("confidence") or 0.0), r["event_id"]))


def _sources(rec: dict[str, Any]) -> list[dict[str, Any]]:
    if isinstance(rec.get("sources"), list) and rec.get("cluster_id"):
        return [dict(s) for s in rec["sources"]]
    fat = rec.get("fatalities") or {}
    loc = rec.get("location") or {}
    entry = {"event_id": rec["event_id"], "article_id": rec.get("article_id"), "source": rec.get("source"),
             "event_date": rec.get("event_date"),
             "location": {k: loc.get(k) for k in ("name", "latitude", "longitude", "geo_precision")} if loc else None,
             "fatalities": {"best": fat.get("best", 0), "low": fat.get("low", 0), "high": fat.get("high", 0)},
             "evidence": rec.get("evidence") or {}}
    return [entry]


def _union(items: Iterable[dict[str, Any]], key) -> list[dict[str, Any]]:
    seen, out = set(), []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def merge_records(records: Sequence[dict[str, Any]], canonical_id: str | None = None) -> dict[str, Any]:
    """The merged record of one cluster; ``canonical_id`` overrides the choice of canonical member."""
    if not records:
        raise ValueError("cannot merge an empty cluster")
    if len(records) == 1:
        return records[0]
    canon = next((r for r in records if r["event_id"] == canonical_id), None) if canonical_id else None
    canon = canon if canon is not None else canonical(records)
    members = sorted(records, key=lambda r: (r["event_id"] != canon["event_id"], r.get("event_date") or "",
                                            r["event_id"]))
    sources = _union((s for r in members for s in _sources(r)), key=lambda s: s["event_id"])
    out = dict(canon)
    article_ids = {a for r in members for a in (r.get("article_id"), *(r.get("article_ids") or [])) if a}
    out["article_ids"] = sorted(article_ids)
    reports = []
    for r in members:
        for rep in (r.get("fatalities") or {}).get("reports") or []:
            reports.append(rep if "article_id" in rep else {**rep, "article_id": r.get("article_id")})
    reports = _union(reports, key=lambda x: (x.get("article_id"), x.get("claimant"), x.get("count"),
                                             x.get("evidence")))
    figures = [s["fatalities"] for s in sources]
    positive = [f["best"] for f in figures if f["best"] > 0]
    out["fatalities"] = {"best": min(positive) if positive else 0,
                         "low": min(f["low"] for f in figures), "high": max(f["high"] for f in figures),
                         "reports": reports}
    claims = []
    for r in members:
        for c in r.get("claims") or []:
            claims.append(c if "article_id" in c else {**c, "article_id": r.get("article_id")})
    out["claims"] = _union(claims, key=lambda c: (c.get("claimant"), c.get("stance"), c.get("evidence"),
                                                  c.get("article_id")))
    for key in ("assoc_actor_1", "assoc_actor_2"):
        out[key] = _union((a for r in members for a in r.get(key) or []),
                          key=lambda a: (a.get("name"), a.get("type"), a.get("country")))
    out["civilian_targeting"] = any(bool(r.get("civilian_targeting")) for r in members)
    wires = list(dict.fromkeys(w for r in members for w in r.get("wire_sources") or []))
    if wires:
        out["wire_sources"] = wires
    out["cluster_id"] = cluster_id(s["event_id"] for s in sources)
    out["sources"] = sources
    return out


def dedup_records(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge the records that report the same real-world event; sorted by event id.

    Deterministic and order-independent; ``dedup_records(dedup_records(x))``
    equals ``dedup_records(x)``.  Records without a usable date stay as they are.
    """
    by_id: dict[str, dict[str, Any]] = {}
    for r in records:
        by_id.setdefault(r["event_id"], r)
    sigs = []
    loose = []
    for eid in sorted(by_id):
        s = sig_mod.of_record(by_id[eid])
        if s is None:
            loose.append(by_id[eid])
        else:
            sigs.append(s)
    out = [merge_records([by_id[e] for e in group]) for group in clusters(sigs)]
    out.extend(loose)
    out.sort(key=lambda r: r["event_id"])
    return out


def dedup_events(events: Iterable[Event]) -> list[dict[str, Any]]:
    """:func:`dedup_records` over :class:`Event` records."""
    return dedup_records(e.to_dict() for e in events)

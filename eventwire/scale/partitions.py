"""The Parquet layout of a distributed run, and loading it into the store.

    DIR/manifest.json                run facts: coder versions, partition count, totals, the
                                     feed's country (the option, the country found or given, the
                                     number of articles coded again in it)
    DIR/articles/part-00000.parquet  one row per article, with its text and content hash
    DIR/events/part-00000.parquet    one row per event: flat columns, the contract record
                                     (``record``, JSON) and the exact event (``event``, JSON)
    DIR/rejects.parquet              input that could not be read, with the reason

Partition ``k`` holds the ``k``-th slice of the input in input order, so loading
the partitions in order stores what a single-machine ``ingest`` of the same input
with the same ``--feed-country`` stores.  The manifest is written last: a folder without one is an unfinished run.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import UsageError
from ..records import Article, Event, Reject
from . import codec

LAYOUT_VERSION = 1
MANIFEST = "manifest.json"

ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("position", pa.int64()), ("date", pa.date32()), ("title", pa.string()),
    ("url", pa.string()), ("source", pa.string()), ("lang", pa.string()), ("origin", pa.string()),
    ("content_hash", pa.string()), ("n_events", pa.int32()), ("text", pa.string()),
])

EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("position", pa.int64()), ("ordinal", pa.int32()),
    ("event_date", pa.string()), ("time_precision", pa.int32()), ("event_type", pa.string()),
    ("sub_event_type", pa.string()), ("disorder_type", pa.string()), ("actor1", pa.string()),
    ("inter1", pa.int32()), ("actor2", pa.string()), ("inter2", pa.int32()), ("interaction", pa.int32()),
    ("country", pa.string()), ("iso3", pa.string()), ("admin1", pa.string()), ("admin2", pa.string()),
    ("location", pa.string()), ("latitude", pa.float64()), ("longitude", pa.float64()),
    ("geo_precision", pa.int32()), ("fatalities", pa.int32()), ("fatalities_low", pa.int32()),
    ("fatalities_high", pa.int32()), ("civilian_targeting", pa.bool_()), ("modality", pa.string()),
    ("confidence", pa.float64()), ("notes", pa.string()), ("record", pa.string()), ("event", pa.string()),
])

REJECT_SCHEMA = pa.schema([
    ("path", pa.string()), ("line", pa.int64()), ("reason", pa.string()), ("record_id", pa.string()),
    ("item", pa.int64()),
])


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def event_row(event: Event, position: int, ordinal: int) -> dict[str, Any]:
    """One events-table row: the columns to filter on plus the record and the exact event."""
    loc = event.location
    return {
        "event_id": event.event_id, "article_id": event.article_id, "position": position, "ordinal": ordinal,
        "event_date": event.event_date, "time_precision": event.time_precision, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "disorder_type": event.disorder_type,
        "actor1": event.actor1.name, "inter1": event.actor1.type,
        "actor2": event.actor2.name if event.actor2 else None,
        "inter2": event.actor2.type if event.actor2 else None, "interaction": event.interaction,
        "country": loc.country if loc else None, "iso3": loc.iso3 if loc else None,
        "admin1": loc.admin1 if loc else None, "admin2": loc.admin2 if loc else None,
        "location": loc.name if loc else None, "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None, "geo_precision": event.geo_precision if loc else None,
        "fatalities": event.fatalities_best, "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high, "civilian_targeting": event.civilian_targeting,
        "modality": event.modality, "confidence": event.confidence, "notes": event.notes,
        "record": json.dumps(event.to_dict(), ensure_ascii=False, allow_nan=False),
        "event": codec.dumps(event),
    }


def write_partition(out: Path, index: int, articles: Sequence[tuple[int, Article, str]],
                    events: Sequence[Sequence[dict[str, Any]]]) -> None:
    """Write partition ``index``: ``articles`` as (position, article, content hash) and, for each
    article, its event rows."""
    article_rows = [{"article_id": a.id, "position": pos, "date": a.date, "title": a.title, "url": a.url,
                     "source": a.source, "lang": a.lang, "origin": a.origin, "content_hash": h,
                     "n_events": len(evs), "text": a.text}
                    for (pos, a, h), evs in zip(articles, events, strict=True)]
    _write(out / "articles" / part_name(index), article_rows, ARTICLE_SCHEMA)
    _write(out / "events" / part_name(index), [r for evs in events for r in evs], EVENT_SCHEMA)


def replace_articles(out: Path, index: int, events: dict[int, list[dict[str, Any]]]) -> int:
    """Replace, in partition ``index`` already written, the event rows of the articles at the positions
    ``events`` holds (position -> their new rows); returns the change in the partition's number of events."""
    arts = pq.read_table(out / "articles" / part_name(index)).to_pylist()
    old = pq.read_table(out / "events" / part_name(index)).to_pylist()
    for row in arts:
        if row["position"] in events:
            row["n_events"] = len(events[row["position"]])
    rows = [r for r in old if r["position"] not in events] + [r for evs in events.values() for r in evs]
    rows.sort(key=lambda r: (r["position"], r["ordinal"]))
    _write(out / "articles" / part_name(index), arts, ARTICLE_SCHEMA)
    _write(out / "events" / part_name(index), rows, EVENT_SCHEMA)
    return len(rows) - len(old)


def write_rejects(out: Path, rejects: Sequence[Reject]) -> None:
    _write(out / "rejects.parquet", [{"path": r.path, "line": r.line, "reason": r.reason,
                                      "record_id": r.record_id, "item": r.item} for r in rejects], REJECT_SCHEMA)


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"layout": LAYOUT_VERSION, **manifest}, indent=2) + "\n",
                   encoding="utf-8")
    tmp.replace(out / MANIFEST)


def _write(path: Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)


# ---- reading --------------------------------------------------------------------------------

@dataclass
class LoadSummary:
    articles_seen: int = 0
    articles_written: int = 0
    articles_unchanged: int = 0
    events_written: int = 0
    rejects: int = 0
    run_id: str = ""


def read_manifest(folder: Path) -> dict[str, Any]:
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise UsageError(f"{folder} has no {MANIFEST}: it is not the output of a finished "
                         f"`eventwire run-distributed`; run it again with --out {folder}")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("layout") != LAYOUT_VERSION:
        raise UsageError(f"{path} has layout {manifest.get('layout')!r}; this eventwire reads layout "
                         f"{LAYOUT_VERSION}; rerun `eventwire run-distributed` with this version")
    return manifest


def iter_partitions(folder: Path) -> Iterator[list[tuple[Article, str, list[Event]]]]:
    """Per partition, in order: (article, content hash, its events in coding order)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    for index in range(manifest["partitions"]):
        arts = pq.read_table(folder / "articles" / part_name(index)).to_pylist()
        evs = pq.read_table(folder / "events" / part_name(index), columns=["position", "ordinal", "event"])
        by_position: dict[int, list[tuple[int, Event]]] = {}
        for row in evs.to_pylist():
            by_position.setdefault(row["position"], []).append((row["ordinal"], codec.loads(Event, row["event"])))
        out = []
        for row in sorted(arts, key=lambda r: r["position"]):
            events = [e for _, e in sorted(by_position.get(row["position"], []), key=lambda t: t[0])]
            if len(events) != row["n_events"]:
                raise UsageError(f"{folder}/events/{part_name(index)} holds {len(events)} events of article "
                                 f"{row['article_id']}, its articles file says {row['n_events']}; "
                                 f"the folder is damaged: run `eventwire run-distributed` again")
            out.append((Article(id=row["article_id"], date=row["date"], text=row["text"], title=row["title"],
                                url=row["url"], source=row["source"], lang=row["lang"],
                                origin=row["origin"] or ""), row["content_hash"], events))
        yield out


def read_rejects(folder: Path) -> list[Reject]:
    path = Path(folder) / "rejects.parquet"
    if not path.is_file():
        return []
    return [Reject(r["path"], r["line"], r["reason"], r["record_id"], r.get("item"))
            for r in pq.read_table(path).to_pylist()]


def load_parquet(folder: str | Path, db_path: str | Path, *, argv: Sequence[str] = (),
                 now: Callable[[], dt.datetime] | None = None,
                 on_article: Callable[[int], None] | None = None, dedup: bool = True) -> LoadSummary:
    """Store the output of ``run_distributed`` in the DuckDB file ``db_path``.

    Articles are saved partition by partition in input order through
    :meth:`Store.save_articles`, so unchanged articles (same content hash) are
    skipped, then (with ``dedup``) re-clusters events across articles as ``ingest``
    does: the result equals an ``ingest`` of the same input.
    """
    from ..store.duckdb_store import Store

    folder = Path(folder)
    manifest = read_manifest(folder)
    clock = now or (lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    summary = LoadSummary()
    rejects = read_rejects(folder)
    with Store(db_path) as store:
        run_id = store.start_run(manifest["versions"], list(argv), started_at=clock())
        summary.run_id = run_id
        for part in iter_partitions(folder):
            rows = [(a, evs, h) for a, h, evs in part]
            summary.articles_seen += len(rows)
            for (_, evs, _), written in zip(rows, store.save_articles(rows, run_id, ingested_at=clock())):
                if written:
                    summary.articles_written += 1
                    summary.events_written += len(evs)
                else:
                    summary.articles_unchanged += 1
            if on_article:
                on_article(len(rows))
        summary.rejects = len(rejects)
        store.save_rejects(rejects, run_id, at=clock())
        counts: dict[str, Any] = {"articles_seen": summary.articles_seen,
                                  "articles_written": summary.articles_written,
                                  "articles_unchanged": summary.articles_unchanged,
                                  "events_written": summary.events_written,
                                  "rejects": len(rejects), "from_parquet": str(folder),
                                  "feed_country": manifest.get("feed_country", "none"),
                                  "feed": manifest.get("feed")}
        if dedup:
            from ..dedup.store import refresh
            done = refresh(store)
            counts["dedup"] = done.as_dict()
            store.add_run_versions(run_id, {"dedup": done.version})
        store.finish_run(run_id, counts, finished_at=clock())
    return summary

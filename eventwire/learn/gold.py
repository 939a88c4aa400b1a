"""Gold files (the eval format ``eventwire train`` reads) from an ACLED export or from the store.

An ACLED export has one row per event and the coder's summary in ``notes``; rows sharing a notes
text become one gold record with several events, and the notes are the record's text.  The store
gives one record per stored article that has events, with the events as they are stored.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Iterator

from ..errors import InputError, StoreError
from ..settings import Settings

# ACLED's actor type names (exports since 2023 spell them out) and their inter codes
INTER_NAMES = {
    "state forces": 1, "rebel group": 2, "rebel groups": 2, "political militia": 3, "political militias": 3,
    "identity militia": 4, "identity militias": 4, "rioters": 5, "protesters": 6, "civilians": 7,
    "external/other forces": 8, "external/other force": 8,
}
REQUIRED = ("event_date", "event_type", "sub_event_type", "notes")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%m/%d/%Y", "%d-%b-%y", "%d %b %Y")


def parse_date(value: str) -> dt.date | None:
    value = (value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def inter_code(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if value.isdigit():
        code = int(value)
        return code if 1 <= code <= 8 else None
    return INTER_NAMES.get(value.lower())


def _number(value: str | None, kind=float):
    try:
        return kind(value) if value not in (None, "") else None
    except ValueError:
        return None


def acled_event(row: dict, path: str, line: int) -> dict:
    date = parse_date(row.get("event_date", ""))
    if date is None:
        raise InputError(path, line, f"event_date {row.get('event_date')!r} is not a date (YYYY-MM-DD or '13 March 2024')")
    event: dict = {"event_type": row["event_type"].strip(), "sub_event_type": row["sub_event_type"].strip(),
                   "event_date": date.isoformat()}
    for key in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "country", "admin1", "admin2", "location"):
        if (row.get(key) or "").strip():
            event[key] = row[key].strip()
    for key in ("inter1", "inter2"):
        code = inter_code(row.get(key))
        if code is not None:
            event[key] = code
    for key, kind in (("latitude", float), ("longitude", float), ("geo_precision", int),
                      ("time_precision", int), ("fatalities", int)):
        value = _number(row.get(key), kind)
        if value is not None:
            event[key] = value
    iso = (row.get("iso3") or "").strip()
    if len(iso) == 3 and iso.isalpha():
        event["iso3"] = iso.upper()
    if (row.get("event_id_cnty") or "").strip():
        event["source_id"] = row["event_id_cnty"].strip()
    return event


def from_acled(path: str | Path) -> Iterator[dict]:
    """Gold records from an ACLED export (CSV; ``notes`` required)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), None, "ACLED export not found; pass the CSV file downloaded from ACLED")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(str(path), 1, f"no column {', '.join(missing)}; an ACLED export with notes is needed")
        records: dict[str, dict] = {}
        for line, row in enumerate(reader, start=2):
            notes = (row.get("notes") or "").strip()
            if not notes:
                continue  # an event without notes has no text to learn from
            event = acled_event(row, str(path), line)
            rec = records.get(notes)
            if rec is None:
                ident = event.get("source_id") or hashlib.sha1(notes.encode()).hexdigest()[:12]
                rec = records[notes] = {"id": f"acled:{ident}", "date": event["event_date"], "title": None,
                                        "text": notes, "source": (row.get("source") or "acled").strip() or "acled",
                                        "events": []}
            rec["date"] = max(rec["date"], event["event_date"])
            rec["events"].append(event)
    yield from records.values()


def gold_event(record: dict) -> dict:
    """The gold fields of a stored (contract) event record."""
    event = {k: record[k] for k in ("event_type", "sub_event_type", "event_date", "time_precision") if record.get(k)}
    for n in ("1", "2"):
        actor = record.get(f"actor{n}")
        if actor:
            event[f"actor{n}"] = actor.get("name")
            if actor.get("type"):
                event[f"inter{n}"] = actor["type"]
    loc = record.get("location") or {}
    for key, gold_key in (("country", "country"), ("iso3", "iso3"), ("admin1", "admin1"), ("name", "location"),
                          ("latitude", "latitude"), ("longitude", "longitude"), ("geo_precision", "geo_precision")):
        if loc.get(key) is not None:
            event[gold_key] = loc[key]
    fat = record.get("fatalities")
    if isinstance(fat, dict) and fat.get("best") is not None:
        event["fatalities"] = fat["best"]
    return event


def from_store(settings: Settings, reviewed_only: bool = False) -> Iterator[dict]:
    """Gold records from the stored articles and their events, with the coders' corrections
    applied (a corrected event carries ``"reviewed": true``); ``reviewed_only`` keeps only the
    articles with at least one reviewed event."""
    from ..store import reviews
    from ..store.duckdb_store import Store

    path = Path(settings.db_path)
    if not path.is_file():
        raise StoreError(f"{path}: no such store; pass --db FILE (a file written by 'eventwire ingest')")
    with Store(path, read_only=True) as store:
        rows = store.con.execute(
            "SELECT a.article_id, a.date, a.title, a.text, a.source, e.event_id, e.record FROM articles a "
            "JOIN events e ON e.article_id = a.article_id ORDER BY a.article_id, e.event_id").fetchall()
        corrections = reviews.latest(store.con, [r[5] for r in rows])
    records: dict[str, dict] = {}
    for article_id, date, title, text, source, event_id, record in rows:
        rec = records.setdefault(article_id, {"id": article_id, "date": date.isoformat() if date else None,
                                              "title": title, "text": text, "source": source, "events": []})
        event = gold_event(reviews.apply(json.loads(record), corrections.get(event_id)))
        if event_id in corrections:
            event["reviewed"] = True
        rec["events"].append(event)
    for rec in records.values():
        if not reviewed_only or any(e.get("reviewed") for e in rec["events"]):
            yield rec

"""Coders' corrections to stored events: an audit table beside the machine's records.

A review never edits the machine's record: each changed field is a row of ``reviews`` (event,
field, old value, new value, who, when).  Reads apply the latest value per field on top of the
record, so a re-ingest (which rewrites the machine's record) never overwrites a reviewed field.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any, Iterable

import duckdb

TABLE = "reviews"
COLUMNS = (("review_id", "VARCHAR"), ("event_id", "VARCHAR"), ("field", "VARCHAR"), ("old_value", "JSON"),
           ("new_value", "JSON"), ("reviewer", "VARCHAR"), ("reviewed_at", "TIMESTAMP"))
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities")


class ReviewError(ValueError):
    """A review that cannot be applied (unknown field, value of the wrong shape)."""


def ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    cols = ", ".join(f'"{n}" {k}' for n, k in COLUMNS)
    con.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} ({cols})")


def has_table(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                            [TABLE]).fetchone()[0])


def _actor(value: Any, field: str) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str) or not value["name"].strip():
        raise ReviewError(f"{field} must be {{\"name\": str, \"type\": 1..8, \"country\"?: ISO3}} or null")
    kind = value.get("type")
    if not isinstance(kind, int) or not 1 <= kind <= 8:
        raise ReviewError(f"{field}.type must be an ACLED actor type code 1..8")
    return {"name": value["name"].strip(), "type": kind, "country": value.get("country")}


def normalise(changes: dict, taxonomy: dict) -> dict:
    """Checked, canonical values; the event type follows a reviewed sub-event type."""
    unknown = sorted(set(changes) - set(FIELDS))
    if unknown:
        raise ReviewError(f"fields {', '.join(unknown)} cannot be reviewed; reviewable: {', '.join(FIELDS)}")
    out: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "sub_event_type":
            if value not in taxonomy:
                raise ReviewError(f"sub_event_type {value!r} is not an ACLED sub-event type")
            out[field] = value
            out["event_type"] = taxonomy[value].event_type
        elif field == "event_type":
            if value not in {info.event_type for info in taxonomy.values()}:
                raise ReviewError(f"event_type {value!r} is not an ACLED event type")
            out.setdefault(field, value)
        elif field in ("actor1", "actor2"):
            out[field] = _actor(value, field)
        elif field == "event_date":
            try:
                out[field] = dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                raise ReviewError("event_date must be YYYY-MM-DD") from None
        elif field == "fatalities":
            if not isinstance(value, int) or value < 0:
                raise ReviewError("fatalities must be a whole number, 0 or more")
            out[field] = value
        elif field == "location":
            if not isinstance(value, dict) or not str(value.get("name") or "").strip():
                raise ReviewError("location must be an object with at least a name")
            out[field] = value
    return out


def machine_value(record: dict, field: str) -> Any:
    if field == "fatalities":
        f = record.get("fatalities")
        return f.get("best") if isinstance(f, dict) else f
    return record.get(field)


def latest(con: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> dict[str, dict[str, dict]]:
    """``{event_id: {field: {"value", "reviewer", "at"}}}``: the latest review of each field."""
    ids = list(dict.fromkeys(event_ids))
    if not ids or not has_table(con):
        return {}
    rows = con.execute(f"SELECT event_id, field, new_value, reviewer, reviewed_at FROM {TABLE} "
                       "WHERE list_contains(?, event_id) ORDER BY reviewed_at, review_id", [ids]).fetchall()
    out: dict[str, dict[str, dict]] = {}
    for event_id, field, new, reviewer, at in rows:
        out.setdefault(event_id, {})[field] = {"value": json.loads(new), "reviewer": reviewer,
                                               "at": at.isoformat() if at else None}
    return out


def apply(record: dict, reviewed: dict[str, dict] | None) -> dict:
    """The record with reviewed values on top and ``review`` saying which fields, by whom, when."""
    if not reviewed:
        return record
    out = dict(record)
    for field, r in reviewed.items():
        value = r["value"]
        if field == "fatalities":
            f = dict(out.get("fatalities") or {})
            f.update(best=value, low=value, high=value)
            out["fatalities"] = f
        elif field == "location":
            out["location"] = {**(out.get("location") or {}), **value}
        else:
            out[field] = value
    out["review"] = {"fields": sorted(reviewed), "reviewers": sorted({r["reviewer"] for r in reviewed.values()}),
                     "at": max(r["at"] or "" for r in reviewed.values()) or None}
    return out


def add(con: duckdb.DuckDBPyConnection, event_id: str, record: dict, changes: dict, reviewer: str,
        taxonomy: dict, at: dt.datetime | None = None) -> list[dict]:
    """Store one review of ``record`` (the machine's); returns the audit rows written."""
    values = normalise(changes, taxonomy)
    if not values:
        raise ReviewError("nothing to review: give at least one field")
    if not reviewer.strip():
        raise ReviewError("a review needs the reviewer's name")
    ensure_table(con)
    current = apply(record, latest(con, [event_id]).get(event_id))
    at = at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rows = []
    for field, value in values.items():
        old = machine_value(current, field)
        rows.append({"review_id": uuid.uuid4().hex[:16], "event_id": event_id, "field": field, "old": old,
                     "new": value, "reviewer": reviewer.strip(), "at": at.isoformat()})
        con.execute(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [rows[-1]["review_id"], event_id, field, json.dumps(old), json.dumps(value), reviewer.strip(), at])
    return rows


def history(con: duckdb.DuckDBPyConnection, event_id: str) -> list[dict]:
    if not has_table(con):
        return []
    rows = con.execute(f"SELECT review_id, field, old_value, new_value, reviewer, reviewed_at FROM {TABLE} "
                       "WHERE event_id = ? ORDER BY reviewed_at, review_id", [event_id]).fetchall()
    return [{"review_id": r[0], "field": r[1], "old": json.loads(r[2]), "new": json.loads(r[3]), "reviewer": r[4],
             "at": r[5].isoformat() if r[5] else None} for r in rows]


def reviewed_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    if not has_table(con):
        return []
    return [r[0] for r in con.execute(f"SELECT DISTINCT event_id FROM {TABLE} ORDER BY event_id").fetchall()]

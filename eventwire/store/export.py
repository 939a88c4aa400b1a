"""Export stored events as ACLED-style CSV, JSON Lines, GeoJSON or Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..datafiles import read_table
from ..errors import UsageError
from .duckdb_store import EventFilter, Store

FORMATS = ("csv", "jsonl", "geojson", "parquet")

# ACLED's column order, then eventwire's own columns.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = ("fatalities_low", "fatalities_high", "confidence", "article_ids", "iso3", "modality")
COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

_INT_COLUMNS = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
                "fatalities", "timestamp", "fatalities_low", "fatalities_high"}
_FLOAT_COLUMNS = {"latitude", "longitude", "confidence"}


REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "acled_regions.tsv"


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {r["iso3"]: r["region"] for r in read_table(REGIONS_FILE).rows}


def acled_region(iso3: str | None) -> str | None:
    """ACLED's region name (its ``region`` column) of a country, from ``data/acled_regions.tsv``."""
    return _regions().get(iso3.upper()) if iso3 else None


def source_names(record: dict[str, Any], stored: dict[str, Any]) -> str | None:
    """ACLED's ``source`` column: the outlets that published the event's articles, then the agencies
    they credit (``wire_sources``, e.g. Reuters, AFP), each once, joined by "; "."""
    outlets = [s.get("source") for s in stored.get("sources") or []] or [record.get("source")]
    names = dict.fromkeys(n.strip() for n in [*outlets, *(record.get("wire_sources") or [])] if n and n.strip())
    return "; ".join(names) or None


@lru_cache(maxsize=512)
def iso_numeric(iso3: str | None) -> int | None:
    """ISO 3166-1 numeric code (ACLED's ``iso`` column) of an alpha-3 code."""
    if not iso3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3.upper())
    return int(country.numeric) if country is not None else None


def flatten(record: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """One event as ACLED columns plus eventwire's extras; missing values are None.

    ``admin3``, ``source_scale`` and ``tags`` are ACLED columns eventwire does
    not code; they are always empty.  ``region`` is ACLED's region of the
    country, ``source`` the outlets and the agencies they credit,
    ``civilian_targeting`` "Civilian targeting" when civilians are the event's
    target (as the coder marks it).  ``timestamp`` is the Unix time the
    article was ingested.
    """
    actor1 = record.get("actor1") or {}
    actor2 = record.get("actor2") or {}
    loc = record.get("location") or {}
    fat = record.get("fatalities") or {}
    date = record.get("event_date") or ""
    article_ids = record.get("article_ids") or [record.get("article_id")]
    ingested = stored.get("ingested_at")
    timestamp = None
    if isinstance(ingested, dt.datetime):
        aware = ingested if ingested.tzinfo else ingested.replace(tzinfo=dt.timezone.utc)
        timestamp = int(aware.timestamp())
    return {
        "event_id_cnty": record.get("event_id"),
        "event_date": date or None,
        "year": int(date[:4]) if date[:4].isdigit() else None,
        "time_precision": record.get("time_precision"),
        "disorder_type": record.get("disorder_type"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "actor1": actor1.get("name"),
        "assoc_actor_1": "; ".join(a["name"] for a in record.get("assoc_actor_1") or []) or None,
        "inter1": actor1.get("type"),
        "actor2": actor2.get("name"),
        "assoc_actor_2": "; ".join(a["name"] for a in record.get("assoc_actor_2") or []) or None,
        "inter2": actor2.get("type"),
        "interaction": record.get("interaction"),
        "civilian_targeting": "Civilian targeting" if record.get("civilian_targeting") else None,
        "iso": iso_numeric(loc.get("iso3")),
        "region": acled_region(loc.get("iso3")),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "admin3": None,
        "location": loc.get("name"),
        "latitude": loc.get("latitude"),
        "longitude": loc.get("longitude"),
        "geo_precision": loc.get("geo_precision"),
        "source": source_names(record, stored),
        "source_scale": None,
        "notes": record.get("notes"),
        "fatalities": fat.get("best"),
        "tags": None,
        "timestamp": timestamp,
        "fatalities_low": fat.get("low"),
        "fatalities_high": fat.get("high"),
        "confidence": record.get("confidence"),
        "article_ids": "; ".join(a for a in article_ids if a) or None,
        "iso3": loc.get("iso3"),
        "modality": record.get("modality"),
    }


@contextmanager
def _open_text(out: str | Path | IO[str]) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield out


def export_events(store: Store, fmt: str, out: str | Path | IO[Any],
                  filters: EventFilter | None = None, dedup: bool = True) -> int:
    """Write the events matching ``filters`` to ``out`` (a path or an open stream); returns the count.

    ``csv`` has ACLED's columns in ACLED's order followed by eventwire's
    (``fatalities_low``, ``fatalities_high``, ``confidence``, ``article_ids``,
    ``iso3``, ``modality``); ``jsonl`` has the contract's event records;
    ``geojson`` is a FeatureCollection of Points with the CSV columns as
    properties (events without coordinates are left out); ``parquet`` has the
    CSV columns, typed, plus ``record`` (the contract record as JSON).  Text
    formats take a text stream, ``parquet`` a binary one.

    With ``dedup`` (the default) an event reported by several articles is
    written once, merged, with all its ``article_ids`` and sources; without it
    every article's own event is written.
    """
    rows = store.iter_event_rows(filters, dedup=dedup)
    if fmt == "csv":
        return _write_csv(rows, out)
    if fmt == "jsonl":
        return _write_jsonl(rows, out)
    if fmt == "geojson":
        return _write_geojson(rows, out)
    if fmt == "parquet":
        return _write_parquet(rows, out)
    raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _write_csv(rows: Iterator[tuple[dict[str, Any], dict[str, Any]]], out: Any) -> int:
    n = 0
    with _open_text(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record, stored in rows:
            row = flatten(record, stored)
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            n += 1
    return n


def _write_jsonl(rows: Iterator[tuple[dict[str, Any], dict[str, Any]]], out: Any) -> int:
    n = 0
    with _open_text(out) as handle:
        for record, _ in rows:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_geojson(rows: Iterator[tuple[dict[str, Any], dict[str, Any]]], out: Any) -> int:
    n = 0
    with _open_text(out) as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        for record, stored in rows:
            props = flatten(record, stored)
            lat, lon = props["latitude"], props["longitude"]
            if lat is None or lon is None:
                continue
            feature = {"type": "Feature", "id": record.get("event_id"),
                       "geometry": {"type": "Point", "coordinates": [lon, lat]},
                       "properties": props}
            handle.write(("\n" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
            n += 1
        handle.write("\n]}\n")
    return n


def _parquet_schema() -> Any:
    import pyarrow as pa

    fields = []
    for name in COLUMNS:
        kind = pa.int64() if name in _INT_COLUMNS else pa.float64() if name in _FLOAT_COLUMNS else pa.string()
        fields.append(pa.field(name, kind))
    fields.append(pa.field("record", pa.string()))
    return pa.schema(fields)


def _write_parquet(rows: Iterator[tuple[dict[str, Any], dict[str, Any]]], out: Any) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    sink = str(out) if isinstance(out, Path) else out
    n = 0
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record, stored in rows:
            row = flatten(record, stored)
            row["record"] = json.dumps(record, ensure_ascii=False)
            batch.append(row)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def export_to_string(store: Store, fmt: str, filters: EventFilter | None = None, dedup: bool = True) -> str:
    """A text format (csv, jsonl, geojson) as one string."""
    if fmt == "parquet":
        raise UsageError("parquet is binary; export it to a file")
    buffer = io.StringIO()
    export_events(store, fmt, buffer, filters, dedup=dedup)
    return buffer.getvalue()

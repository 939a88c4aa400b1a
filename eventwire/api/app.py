"""The HTTP API and the dashboard: a thin FastAPI shell over the store and the ingest service.

Reads give real-world events: the reports of one event by several articles come back as
one merged event (as ``eventwire export`` writes them); ``dedup=false`` gives one event
per article's event instead.

Every error, whatever raised it, is answered as ``{"ok": false, "error": ..., "status": ...}``
(with ``details`` where there is more to say).  Successful answers carry ``"ok": true``.
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import hmac
import io
import itertools
import json
import logging
import os
import re
from collections.abc import Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError, StoreError
from ..records import Reject
from ..settings import Settings
from ..store.duckdb_store import EventFilter, Store
from ..store.reviews import apply as apply_review, latest as latest_reviews
from . import assets, queries
from .db import Database
from .middleware import CONTENT_SECURITY_POLICY, AnswerCache, HeadAsGet, SecurityHeaders
from .review import add_review_routes

log = logging.getLogger("eventwire.api")

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines",
               "text/plain", "application/octet-stream")
# URL prefixes under /vendor/: the browser assets shipped in eventwire/web/vendor/ (see assets.py)
VENDOR = ("leaflet", "topojson-client", "world-atlas", "swagger-ui")
# The largest figure a stored count (DuckDB INTEGER) can hold.
INT_MAX = 2**31 - 1
# Read answers kept by the answer cache (see eventwire.api.middleware.AnswerCache).
CACHED_PATHS = ("/events", "/stats", "/map", "/actors", "/actors/suggest", "/facets")
CACHED_PREFIXES = ("/events/",)


class ApiError(Exception):
    def __init__(self, status: int, message: str, details: Any = None):
        super().__init__(message)
        self.status, self.message, self.details = status, message, details


def error_response(status: int, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error": message, "status": status}
    if details is not None:
        body["details"] = details
    return JSONResponse(body, status_code=status, headers=headers)


def create_app(settings: Settings | None = None, api_key: str | None = None, *,
               assets_dir: Path | None = None, max_body_bytes: int = 5_000_000, max_articles: int = 100,
               max_page: int = 500, cache_entries: int = 1024) -> FastAPI:
    """The ASGI app over the DuckDB file of ``settings``.

    Reads are public.  ``POST /articles`` needs ``api_key`` (header ``X-API-Key`` or
    ``Authorization: Bearer``); without a key the store is opened read-only and writes are
    refused.  Bodies over ``max_body_bytes`` and batches over ``max_articles`` get 413.

    Every response carries the security headers of :mod:`eventwire.api.middleware`;
    ``HEAD`` answers like ``GET`` without the body.  Up to ``cache_entries`` JSON answers of
    the read routes are kept until the next write through this server (0: none kept).
    """
    settings = settings or Settings.from_env()
    db_path = Path(settings.db_path).resolve()
    settings = replace(settings, db_path=db_path)
    db = Database(db_path, writable=bool(api_key))
    assets_root = Path(assets_dir) if assets_dir is not None else assets.default_dir()
    vendored = assets.inventory(assets_root)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="eventwire", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Coded political-violence and protest events (ACLED categories) from news "
                              "articles. Reads are public; POST /articles needs the API key.")
    app.state.db = db
    app.state.settings = settings
    build_stack = app.build_middleware_stack

    def build_outer_stack():
        # Outside Starlette's error middleware too, so that error answers get the headers as well.
        cache = AnswerCache(build_stack(), db.read_version, CACHED_PATHS, CACHED_PREFIXES, entries=cache_entries)
        app.state.answer_cache = cache
        return SecurityHeaders(HeadAsGet(cache))

    app.build_middleware_stack = build_outer_stack  # type: ignore[method-assign]

    _add_error_handlers(app)
    event_filter, read_dedup, run_query = _shared_parameters(db, settings)
    _add_event_routes(app, db, event_filter, read_dedup, run_query, max_page)
    _add_summary_routes(app, db, settings, event_filter, read_dedup, run_query)
    _add_write_routes(app, db, settings, api_key, max_body_bytes, max_articles)
    add_review_routes(app, db, lambda request: check_key(request, api_key), run_query, ApiError)
    _add_page_routes(app, assets_root, vendored)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Every error, whatever raised it, in the one error shape."""
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError):
        return error_response(exc.status, exc.message, exc.details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path {request.url.path}; see /docs for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; see /docs"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return error_response(422, f"invalid {first['where']}: {first['problem']}", details)

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError):
        return error_response(503, str(exc))

    @app.exception_handler(EventwireError)
    async def _eventwire_error(_request: Request, exc: EventwireError):
        return error_response(500, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception):
        log.exception("unexpected error", exc_info=exc)
        return error_response(500, f"internal error ({type(exc).__name__}); see the server log")


def _shared_parameters(db: Database, settings: Settings):
    """The dependencies the read routes share: the event filter, the dedup switch and the query
    runner (one read transaction per call)."""
    def event_filter(
        date_from: dt.date | None = Query(None, description="events on or after (YYYY-MM-DD)"),
        date_to: dt.date | None = Query(None, description="events on or before (YYYY-MM-DD)"),
        country: str | None = Query(None, max_length=400, description="country name or ISO3; several: comma-separated"),
        admin1: str | None = Query(None, max_length=400, description="admin1 name; several: '|'-separated"),
        event_type: str | None = Query(None, max_length=400, description="ACLED event type; several: comma-separated"),
        sub_event_type: str | None = Query(None, max_length=800,
                                           description="ACLED sub-event type; several: comma-separated"),
        actor: str | None = Query(None, max_length=200,
                                  description="actor1 or actor2 name contains this, or a dictionary alias of it"),
        actor_type: str | None = Query(None, max_length=40,
                                       description="ACLED inter code (1-8) of either actor; several: comma-separated"),
        bbox: str | None = Query(None, description="west,south,east,north in degrees"),
        min_fatalities: int | None = Query(None, ge=0, le=INT_MAX),
        min_confidence: float | None = Query(None, ge=0, le=1, description="the coder's confidence at least"),
        modality: str | None = Query(None, max_length=100,
                                     description="asserted, negated, hypothetical, future, historical; comma-separated"),
        q: str | None = Query(None, max_length=200,
                              description="free text (case-insensitive) in the notes, evidence, claims, "
                                          "fatality reports, actor and place names and event types"),
        article_id: str | None = Query(None, max_length=200, description="events from this article"),
    ) -> EventFilter:
        if date_from and date_to and date_from > date_to:
            raise ApiError(422, f"date_from {date_from} is after date_to {date_to}")
        return EventFilter(date_from=date_from, date_to=date_to, country=split_values(country, ","),
                           admin1=split_values(admin1, "|"), event_type=split_values(event_type, ","),
                           sub_event_type=split_values(sub_event_type, ","),
                           actor=actor_alternatives(settings, actor) if actor else None,
                           actor_type=parse_codes(actor_type), min_confidence=min_confidence,
                           modality=parse_modality(modality),
                           bbox=parse_bbox(bbox, "bbox") if bbox else None, min_fatalities=min_fatalities,
                           text=q or None, article_id=article_id or None)

    def read_dedup(dedup: bool = Query(True, description="one merged event per real-world event; "
                                                      "false: one per article's event")) -> bool:
        return dedup

    def run_query(fn, *args):
        """``fn(con, *args)`` in one read transaction: its queries see one state of the store
        even while POST /articles writes."""
        with db.cursor() as con:
            con.begin()
            try:
                return fn(con, *args)
            except queries.QueryError as exc:
                raise ApiError(422, str(exc)) from None
            finally:
                con.rollback()

    return event_filter, read_dedup, run_query


def _add_event_routes(app: FastAPI, db: Database, event_filter, read_dedup, run_query, max_page: int) -> None:
    """The events: the list, its CSV and GeoJSON twins, and one event in full."""
    @app.get("/events", summary="List events (filters, sort, cursor pagination)")
    def list_events(filters: EventFilter = Depends(event_filter),
                    sort: str = Query("-date", description="-date, date, -fatalities or fatalities"),
                    limit: int = Query(50, ge=1, le=max_page),
                    cursor: str | None = Query(None, max_length=1000,
                                               description="next_cursor of the previous page"),
                    total: bool = Query(True, description="also count all matching events"),
                    dedup: bool = Depends(read_dedup)):
        page = run_query(queries.list_events, filters, sort, limit, cursor, total, dedup)
        events = run_query(reviewed_many, page.events)
        return JSONResponse({"ok": True, "events": events, "count": len(page.events), "total": page.total,
                             "next_cursor": page.next_cursor, "sort": sort, "limit": limit})

    @app.get("/events.csv", summary="The matching events as ACLED-style CSV (the list's twin)",
             description="Streamed. Should reading fail part-way, the file ends with a line starting "
                         f"`{CSV_ERROR_MARK}` that says so.")
    def events_csv(filters: EventFilter = Depends(event_filter), dedup: bool = Depends(read_dedup)):
        store, rows = _started_rows(db, filters, dedup)
        return StreamingResponse(_csv_chunks(store, rows), media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="events.csv"'})

    @app.get("/events.geojson", summary="The matching events as a GeoJSON FeatureCollection",
             description="Streamed. Should reading fail part-way, the collection ends with "
                         "`\"ok\": false` and an `\"error\"` member that says so.")
    def events_geojson(filters: EventFilter = Depends(event_filter), dedup: bool = Depends(read_dedup)):
        store, rows = _started_rows(db, filters, dedup)
        return StreamingResponse(_geojson_chunks(store, rows), media_type="application/geo+json",
                                 headers={"Content-Disposition": 'attachment; filename="events.geojson"'})

    @app.get("/events/{event_id}", summary="One event: all fields, sources, article texts for its evidence")
    def get_event(event_id: str, dedup: bool = Depends(read_dedup)):
        detail = run_query(queries.event_detail, event_id, dedup)
        if detail is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        detail["event"] = run_query(reviewed, detail["event"])
        detail["rulebook"] = _rulebook_of(detail["event"])
        return JSONResponse({"ok": True, **detail})


def _add_summary_routes(app: FastAPI, db: Database, settings: Settings, event_filter, read_dedup,
                        run_query) -> None:
    """What sums the events up: actors, statistics, the map, facets, and the server's health."""
    @app.get("/actors", summary="Actors of the matching events, with event counts")
    def list_actors(filters: EventFilter = Depends(event_filter),
                    name: str | None = Query(None, max_length=200, description="actor name contains"),
                    type: int | None = Query(None, ge=1, le=8, description="ACLED inter code"),
                    limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=1_000_000),
                    dedup: bool = Depends(read_dedup)):
        return JSONResponse({"ok": True, **run_query(queries.actors, filters, name, type, limit, offset, dedup)})

    @app.get("/stats", summary="Counts and fatalities by time bucket and type, by type, by country")
    def get_stats(filters: EventFilter = Depends(event_filter),
                  interval: str | None = Query(None, description="day, week or month (default: by span)"),
                  breakdowns: bool = Query(False, description="also by sub-event type, admin1 and actor, "
                                                               "the bounding box and events without place or date"),
                  dedup: bool = Depends(read_dedup)):
        return JSONResponse({"ok": True, **run_query(queries.stats, filters, interval, dedup, breakdowns)})

    @app.get("/map", summary="Events for the map: points when few, grid clusters when many")
    def get_map(filters: EventFilter = Depends(event_filter), zoom: int = Query(2, ge=0, le=18),
                view: str | None = Query(None, description="visible area west,south,east,north"),
                dedup: bool = Depends(read_dedup)):
        area = parse_bbox(view, "view") if view else None
        return JSONResponse({"ok": True, **run_query(queries.map_features, filters, zoom, area, dedup)})

    @app.get("/actors/suggest", summary="Dictionary actors whose name or an alias matches what was typed")
    def suggest_actors(q: str = Query(..., min_length=1, max_length=100), limit: int = Query(10, ge=1, le=50)):
        from .aliases import suggestions
        return JSONResponse({"ok": True, "actors": suggestions(settings.data_dir, q, limit)})

    @app.get("/facets", summary="Values the filters can take: ACLED types, countries, actor types")
    def get_facets():
        return JSONResponse({"ok": True, **run_query(queries.facets)})

    @app.get("/health", summary="Is the server up, how many events does it hold")
    def health():
        with db.cursor() as con:
            n = con.execute("SELECT count(*) FROM events").fetchone()[0]
        return {"ok": True, "events": int(n), "writable": db.writable}


def _add_write_routes(app: FastAPI, db: Database, settings: Settings, api_key: str | None, max_body_bytes: int,
                      max_articles: int) -> None:
    """POST /articles: code and store articles (needs the API key)."""
    def key_checked(request: Request) -> None:
        """The API key, checked before any parameter is looked at (401/403 before 422)."""
        check_key(request, api_key)

    @app.post("/articles", status_code=201, summary="Code and store articles; returns their events",
              description="Body: JSON (one article object, a list of them, or {\"articles\": [...]}) "
                          "or JSON Lines (Content-Type application/x-ndjson), each article "
                          "{\"id\"?, \"date\", \"text\", \"title\"?, \"url\"?, \"source\"?}. "
                          "Needs the API key in X-API-Key or Authorization: Bearer.")
    async def post_articles(request: Request, _key: None = Depends(key_checked),
                            date: dt.date | None = Query(None, description="date for articles without one")):
        latest = dt.date.today().year + 1
        if date is not None and not 1900 <= date.year <= latest:
            raise ApiError(422, f"invalid query.date: not a plausible publication date (years 1900 to {latest})")
        body = await read_body(request, max_body_bytes)
        articles = parse_articles(body, request.headers.get("content-type", ""), date, max_articles)
        result = await run_in_threadpool(_ingest, db, settings, articles)
        return JSONResponse({"ok": True, **result}, status_code=201 if result["written"] else 200)


def _add_page_routes(app: FastAPI, assets_root: Path, vendored) -> None:
    """The dashboard's page, its scripts, the vendored browser assets and the API docs."""
    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(WEB_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/static/{path:path}", include_in_schema=False)
    def static(path: str):
        return FileResponse(_inside(WEB_DIR, path), headers={"Cache-Control": "no-cache"})

    @app.get("/vendor/{package}/{path:path}", include_in_schema=False)
    def vendor(package: str, path: str):
        if package not in VENDOR:
            raise ApiError(404, f"no vendored package {package!r}")
        shipped = vendored.get(package)
        if shipped is None or path in shipped.missing:
            raise ApiError(503, f"the browser assets of {package!r} are not installed with this eventwire; "
                                "reinstall the package (a checkout refreshes them with scripts/refresh_vendor.py)")
        return FileResponse(_inside(assets_root / package, path),
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="eventwire API",
                                   swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/vendor/swagger-ui/favicon-32x32.png")
        page.headers["Content-Security-Policy"] = allow_inline_scripts(bytes(page.body).decode("utf-8"))
        return page


# ---------------------------------------------------------------- helpers

MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")


def _rulebook_of(record: dict) -> dict[str, dict[str, Any]]:
    """The registry's entry (what it decides, its codebook section) for each rule of an event."""
    from ..extract.classify.report import rulebook_for
    return rulebook_for([*(record.get("rules") or ()), *(record.get("decided_by") or {}).values()])


def split_values(value: str | None, sep: str) -> str | tuple[str, ...] | None:
    """One filter value, or several separated by ``sep``."""
    items = tuple(dict.fromkeys(v.strip() for v in (value or "").split(sep) if v.strip()))
    if not items:
        return None
    return items[0] if len(items) == 1 else items


def parse_codes(value: str | None) -> int | tuple[int, ...] | None:
    items = split_values(value, ",")
    if items is None:
        return None
    codes = []
    for item in (items if isinstance(items, tuple) else (items,)):
        if not item.isdigit() or not 1 <= int(item) <= 8:
            raise ApiError(422, f"actor_type: {item!r} is not an ACLED actor type code (1-8)")
        codes.append(int(item))
    return codes[0] if len(codes) == 1 else tuple(codes)


def parse_modality(value: str | None) -> str | tuple[str, ...] | None:
    items = split_values(value, ",")
    for item in (items if isinstance(items, tuple) else (items,) if items else ()):
        if item not in MODALITIES:
            raise ApiError(422, f"modality: {item!r} is not one of {', '.join(MODALITIES)}")
    return items


def actor_alternatives(settings: Settings, text: str) -> str | tuple[str, ...]:
    """What an actor filter matches: the text itself and the canonical names of the dictionary
    actors that have it as a name or alias ("al-Shabab" also finds "Al Shabaab")."""
    from .aliases import canonical_names
    names = canonical_names(settings.data_dir, text)
    return text if not names else tuple(dict.fromkeys((text, *names)))


def parse_bbox(value: str, name: str) -> tuple[float, float, float, float]:
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ApiError(422, f"{name} must be four numbers west,south,east,north, got {value!r}") from None
    if not queries.finite(west, south, east, north) or not (-180 <= west <= 180 and -180 <= east <= 180
                                                              and -90 <= south <= north <= 90):
        raise ApiError(422, f"{name} out of range: longitudes -180..180, latitudes -90..90 with "
                            f"south <= north, got {value!r}")
    return west, south, east, north


def allow_inline_scripts(html: str) -> str:
    """The Content-Security-Policy of the API with the inline scripts of ``html`` allowed by their
    hash (the page that starts Swagger UI has one)."""
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
                      + "'" for script in re.findall(r"<script>(.*?)</script>", html, re.S))
    return CONTENT_SECURITY_POLICY.replace("script-src 'self'", f"script-src 'self' {hashes}".rstrip())


def _inside(root: Path, path: str) -> Path:
    base = root.resolve()
    target = (base / path).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise ApiError(404, f"no such file {path!r}")
    return target


def reviewed(con, record: dict) -> dict:
    """The record with the coders' latest corrections applied."""
    return reviewed_many(con, [record])[0]


def reviewed_many(con, records: list[dict]) -> list[dict]:
    found = latest_reviews(con, [r["event_id"] for r in records if r.get("event_id")])
    return [apply_review(r, found.get(r.get("event_id"))) for r in records] if found else records


def check_key(request: Request, api_key: str | None) -> None:
    if not api_key:
        raise ApiError(403, "writes are disabled on this server; start it with --api-key KEY "
                            "(or EVENTWIRE_API_KEY) to accept POST /articles")
    given = request.headers.get("x-api-key")
    auth = request.headers.get("authorization", "")
    if given is None and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given:
        raise ApiError(401, "this endpoint needs the API key: send it as X-API-Key: KEY "
                            "or Authorization: Bearer KEY")
    if not hmac.compare_digest(given.encode("utf-8"), api_key.encode("utf-8")):
        raise ApiError(401, "wrong API key")


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise ApiError(400, "bad Content-Length header") from None
        if size > limit:
            raise ApiError(413, f"request body of {size} bytes is over the limit of {limit} bytes; "
                                "send fewer articles per request")
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise ApiError(413, f"request body is over the limit of {limit} bytes; "
                                "send fewer articles per request")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_articles(body: bytes, content_type: str, default_date: dt.date | None, max_articles: int) -> list:
    """Articles from a JSON or JSON Lines body, read by the same reader as ``eventwire ingest -``."""
    from ..ingest.readers import read_inputs

    kind = content_type.split(";")[0].strip().lower()
    if not body.strip():
        raise ApiError(422, "empty body; send articles as JSON or JSON Lines")
    if kind == "application/json" or kind.endswith("+json"):
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise ApiError(422, f"body is not valid JSON ({exc})") from None
        if isinstance(data, dict) and "articles" in data:
            data = data["articles"]
        items = data if isinstance(data, list) else [data]
        bad = [i + 1 for i, item in enumerate(items) if not isinstance(item, dict)]
        if bad:
            raise ApiError(422, f"article {bad[0]} is not a JSON object; each article is "
                                "{\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}")
        n = len(items)
        if n > max_articles:
            raise ApiError(413, _too_many(n, max_articles))
        lines = b"\n".join(json.dumps(item, ensure_ascii=False).encode("utf-8") for item in items)
    elif kind in JSONL_TYPES or not kind:
        if not body.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{"):
            raise ApiError(422, "a JSON Lines body must hold one JSON object per line, "
                                "like {\"date\": \"YYYY-MM-DD\", \"text\": \"...\"}")
        n = sum(1 for line in body.splitlines() if line.strip())
        if n > max_articles:
            raise ApiError(413, _too_many(n, max_articles))
        lines = body
    else:
        raise ApiError(415, f"unsupported Content-Type {kind!r}; send application/json or "
                            "application/x-ndjson (JSON Lines)")
    if n == 0:
        raise ApiError(422, "no articles in the body")
    articles, rejects = [], []
    for item in read_inputs(["-"], default_date=default_date, stdin=io.BytesIO(lines)):
        (rejects if isinstance(item, Reject) else articles).append(item)
    if rejects:
        details = [{"article": r.line, "id": r.record_id, "reason": r.reason} for r in rejects]
        first = rejects[0]
        raise ApiError(422, f"{len(rejects)} of {n} articles refused, nothing stored; article {first.line}: "
                            f"{first.reason}", details)
    return articles


def _too_many(n: int, limit: int) -> str:
    return f"{n} articles in one request; the limit is {limit}: split them over several requests"


def _ingest(db: Database, settings: Settings, articles: list) -> dict[str, Any]:
    from ..ingest.service import ingest

    db.open()
    with db.write_lock:
        try:
            summary = ingest(iter(articles), settings, argv=["serve", "POST /articles"])
        finally:
            db.written()
    ids = list(dict.fromkeys(a.id for a in articles))
    with db.cursor() as con:
        rows = con.execute(
            "SELECT record FROM events WHERE list_contains(?, article_id) OR event_id IN "
            "(SELECT event_id FROM event_sources WHERE list_contains(?, article_id)) "
            "ORDER BY event_date, event_id", [ids, ids]).fetchall()
    return {"run_id": summary.run_id, "articles": summary.articles_seen, "written": summary.articles_written,
            "unchanged": summary.articles_unchanged, "article_ids": ids,
            "events": [json.loads(r[0]) for r in rows]}


CSV_ERROR_MARK = "#ERROR"

EventRows = Iterator[tuple[dict[str, Any], dict[str, Any]]]


def _started_rows(db: Database, filters: EventFilter, dedup: bool) -> tuple[Store, EventRows]:
    """A store and its matching event rows, the first batch already read: a query that fails
    does so here, answered with an error status before any 200 is sent."""
    store = db.store()
    try:
        rows = store.iter_event_rows(filters, dedup=dedup)
        first = list(itertools.islice(rows, 1))
    except BaseException:
        store.close()
        raise
    return store, itertools.chain(first, rows)


def _stream_failed(what: str, done: int, exc: BaseException) -> str:
    log.error("%s export stopped after %d events", what, done, exc_info=exc)
    return (f"the export stopped after {done} events ({type(exc).__name__}); this file is incomplete: "
            "download it again")


def _csv_chunks(store: Store, rows: EventRows) -> Iterator[str]:
    """The CSV text, a chunk at a time; should reading fail part-way, a last line starting with
    CSV_ERROR_MARK says so."""
    from ..store.export import COLUMNS, flatten

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    with store:
        try:
            for record, stored in rows:
                writer.writerow({k: "" if v is None else v for k, v in flatten(record, stored).items()})
                n += 1
                if buf.tell() > 65536:
                    yield buf.getvalue()
                    buf.seek(0)
                    buf.truncate()
        except Exception as exc:  # the 200 is sent: the error can only be told in the body
            yield buf.getvalue() + f"{CSV_ERROR_MARK}: {_stream_failed('CSV', n, exc)}\n"
            return
    yield buf.getvalue()


def _geojson_chunks(store: Store, rows: EventRows) -> Iterator[str]:
    """The FeatureCollection, a chunk at a time; should reading fail part-way, it ends with
    ``"ok": false`` and an ``"error"`` member."""
    from ..store.export import flatten

    yield '{"type": "FeatureCollection", "features": ['
    n = read = 0
    parts: list[str] = []
    with store:
        try:
            for record, stored in rows:
                read += 1
                props = flatten(record, stored)
                lat, lon = props["latitude"], props["longitude"]
                if lat is None or lon is None:
                    continue
                feature = {"type": "Feature", "id": record.get("event_id"),
                           "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}
                parts.append(("\n" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
                n += 1
                if len(parts) >= 500:
                    yield "".join(parts)
                    parts.clear()
        except Exception as exc:  # the 200 is sent: the error can only be told in the body
            error = json.dumps(_stream_failed("GeoJSON", read, exc))
            yield "".join(parts) + f'\n], "ok": false, "error": {error}}}\n'
            return
    yield "".join(parts) + "\n]}\n"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0+unknown"

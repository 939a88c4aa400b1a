"""Review routes: a coder corrects an event's type, actors, place, date or fatalities.

``POST /events/{id}/review`` (API key) stores the changed fields in the audit table (who, when,
old, new) without touching the machine's record; ``GET /events/{id}/review`` gives the audit
trail.  Reads of one event apply the latest reviewed values (see ``store.reviews``).
"""
from __future__ import annotations

import json
from typing import Any, Callable

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..extract.lexicon import taxonomy
from ..store import reviews


def add_review_routes(app: FastAPI, db, check_key: Callable[[Request], None], run_query, api_error) -> None:
    @app.get("/reviews", summary="Ids of the events a coder has corrected")
    def list_reviewed():
        return JSONResponse({"ok": True, "event_ids": run_query(reviews.reviewed_ids)})

    @app.get("/events/{event_id}/review", summary="The coders' corrections of one event (audit trail)")
    def get_review(event_id: str):
        return JSONResponse({"ok": True, "event_id": event_id,
                             "reviews": run_query(lambda con: reviews.history(con, event_id))})

    @app.post("/events/{event_id}/review", summary="Correct an event's fields (needs the API key)",
              description="Body: {\"reviewer\": str, \"fields\": {field: value}} with fields among "
                          f"{', '.join(reviews.FIELDS)}; the machine's record is kept, the change is "
                          "audited and applied on every read.")
    async def post_review(event_id: str, request: Request):
        check_key(request)
        try:
            body = json.loads(await request.body() or b"{}")
        except json.JSONDecodeError as exc:
            raise api_error(400, f"the body is not valid JSON ({exc.msg})") from None
        if not isinstance(body, dict) or not isinstance(body.get("fields"), dict):
            raise api_error(422, "send {\"reviewer\": \"your name\", \"fields\": {\"sub_event_type\": …}}")
        return await run_in_threadpool(_review, db, event_id, body, api_error)


def _review(db, event_id: str, body: dict, api_error) -> Any:
    db.open()
    with db.write_lock, db.cursor() as con:
        row = con.execute("SELECT record FROM events WHERE event_id = ?", [event_id]).fetchone()
        if row is None:
            raise api_error(404, f"no event with id {event_id!r}")
        record = json.loads(row[0])
        try:
            changes = reviews.add(con, event_id, record, body["fields"], str(body.get("reviewer") or ""),
                                  taxonomy()[1])
        except reviews.ReviewError as exc:
            raise api_error(422, str(exc)) from None
        event = reviews.apply(record, reviews.latest(con, [event_id]).get(event_id))
    db.written()
    return JSONResponse({"ok": True, "changes": changes, "event": event})

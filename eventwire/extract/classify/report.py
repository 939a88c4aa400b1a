"""The rulebook as people read it: the list of rules and the explanation of a coded event."""
from __future__ import annotations

import json
from typing import Any, Iterator

from ...records import Event
from .engine import registry

# fields decided outside the rulebook so far, and where
NOT_YET_RULES = {
    "event_date": "date resolution (resolve/dates.py; not in the rulebook yet)",
    "location": "place picking (extract/build.py pick_place; not in the rulebook yet)",
    "fatalities": "fatality counting (extract/fatalities.py; not in the rulebook yet)",
}


def rule_rows() -> list[dict[str, Any]]:
    """One row per registered rule: id, stage, what it decides, the definition, its examples."""
    return [{"id": r.id, "stage": r.stage, "priority": r.priority, "decides": r.decides, "value": r.value,
             "codebook": r.codebook, "examples": len(r.examples), "doc": r.doc} for r in registry()]


def format_rules(fmt: str = "table") -> Iterator[str]:
    rows = rule_rows()
    if fmt == "jsonl":
        for r in registry():
            yield json.dumps(r.to_dict(), ensure_ascii=False)
        return
    cols = ("id", "decides", "value", "codebook", "examples")
    cells = [[str(r[c]) for c in cols] for r in rows]
    limits = (64, 16, 48, 80, 8)
    widths = [min(lim, max(len(c), *(len(row[i]) for row in cells))) for i, (c, lim) in enumerate(zip(cols, limits))]
    yield "  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()
    yield "  ".join("-" * w for w in widths)
    for row in cells:
        yield "  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip()
    yield f"{len(rows)} rules"


def _actor(a) -> str:
    return "none" if a is None else f"{a.name} (type {int(a.type)} {type_name(a.type)})"


def type_name(t: int) -> str:
    from ...records import ActorType
    return ActorType(t).name


def _modality_rule(event: Event) -> str:
    """The modality rule in an event's trace (an event read back from a file has no ``decided_by``)."""
    return next((r for r in reversed(event.rules) if r.startswith(("modality.", "salience."))),
                "modality rules (extract/classify/modality.py)")


def explain(event: Event) -> Iterator[str]:
    """An event's fields, each with the rule that set it and the words it rests on."""
    by = dict(event.decided_by)
    evidence = dict(event.evidence)
    loc = event.location
    fields = [
        ("event_type", event.event_type, by.get("sub_event_type"), "event_type"),
        ("sub_event_type", event.sub_event_type, by.get("sub_event_type"), "sub_event_type"),
        ("actor1", _actor(event.actor1), by.get("actor1") or "roles parsed from the sentence", "actor1"),
        ("actor2", _actor(event.actor2), by.get("actor2") or "roles parsed from the sentence", "actor2"),
        ("event_date", f"{event.event_date} (precision {event.time_precision})", NOT_YET_RULES["event_date"],
         "event_date"),
        ("location", f"{loc.name}, {loc.iso3} (precision {event.geo_precision})" if loc else "none",
         by.get("location") or NOT_YET_RULES["location"], "location"),
        ("fatalities", str(event.fatalities_best), NOT_YET_RULES["fatalities"], "fatalities"),
        ("modality", event.modality, by.get("modality") or _modality_rule(event), None),
    ]
    yield f"event {event.event_id} (article {event.article_id})"
    for name, value, rule_id, ev_key in fields:
        yield f"  {name:<15} {value}"
        yield f"  {'':<15}   rule: {rule_id}"
        span = evidence.get(ev_key) if ev_key else None
        if span is not None:
            yield f"  {'':<15}   evidence [{span.start}:{span.end}]: {span.text!r}"
    yield f"  {'rules':<15} {' > '.join(event.rules)}"

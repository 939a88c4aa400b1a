"""The rulebook as people read it: the list of rules and the explanation of a coded event."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from ...records import Event, FeedCountry
from .engine import get, registry

# the event fields ``decided_by`` names, in the order ``explain`` prints them
DECIDED_FIELDS = ("event_date", "location", "fatalities", "actor1_name", "actor2_name", "modality",
                  "sub_event_type", "actor1", "actor2")
BEFORE_TRACING = "decided before rule tracing (this event was coded before its fields recorded their rules)"
NOT_SET = "none (the field is not set)"


def rule_line(rule_id: str | None) -> tuple[str, str | None]:
    """A rule id as ``explain`` prints it, and the codebook line of the definition it implements."""
    if rule_id is None:
        return BEFORE_TRACING, None
    try:
        r = get(rule_id)
    except KeyError:
        return rule_id, "not in the rulebook (a learned model or an older coder)"
    return rule_id, r.codebook


def rulebook_for(rule_ids) -> dict[str, dict[str, Any]]:
    """What the registry says about each of ``rule_ids`` (unknown ids are left out): for the API and
    the dashboard's event view."""
    out: dict[str, dict[str, Any]] = {}
    for rule_id in dict.fromkeys(rule_ids):
        try:
            r = get(rule_id)
        except KeyError:
            continue
        out[rule_id] = {"decides": r.decides, "value": r.value, "codebook": r.codebook}
    return out


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


def _name(actor) -> str:
    """A side's name, with the article's own words for it where they differ."""
    if actor is None:
        return "none"
    return actor.name + (f' (the article: "{actor.description}")' if getattr(actor, "description", None) else "")


def _fields(event: Event) -> list[tuple[str, str, str | None, bool]]:
    """(field, value as printed, evidence key, is it set) for every field ``decided_by`` can name."""
    loc = event.location
    return [
        ("sub_event_type", f"{event.sub_event_type} ({event.event_type})", "sub_event_type", True),
        ("actor1", _actor(event.actor1), "actor1", event.actor1 is not None),
        ("actor1_name", _name(event.actor1), None, event.actor1 is not None),
        ("actor2", _actor(event.actor2), "actor2", event.actor2 is not None),
        ("actor2_name", _name(event.actor2), None, event.actor2 is not None),
        ("event_date", f"{event.event_date} (precision {event.time_precision})", "event_date", True),
        ("location", f"{loc.name}, {loc.iso3} (precision {event.geo_precision})" if loc else "none", "location",
         loc is not None),
        ("fatalities", str(event.fatalities_best), "fatalities", True),
        ("modality", event.modality, None, True),
    ]


def explain(event: Event) -> Iterator[str]:
    """An event's fields, each with the rule that set it (from ``decided_by``), the codebook line of
    that rule's definition, and the words it rests on."""
    by = dict(event.decided_by)
    evidence = dict(event.evidence)
    feed = dict(event.extra).get("feed_country")  # (``places.feed_country``: the collection's evidence)
    feed = FeedCountry(**feed) if feed is not None else None
    yield f"event {event.event_id} (article {event.article_id})"
    for name, value, ev_key, is_set in _fields(event):
        yield f"  {name:<15} {value}"
        rule_id, codebook = rule_line(by.get(name)) if is_set or name in by else (NOT_SET, None)
        yield f"  {'':<15}   rule: {rule_id}"
        if codebook:
            yield f"  {'':<15}   codebook: {codebook}"
        span = evidence.get(ev_key) if ev_key else None
        if span is not None:
            yield f"  {'':<15}   evidence [{span.start}:{span.end}]: {span.text!r}"
        if name == "location" and feed is not None:
            yield f"  {'':<15}   evidence: {feed.describe()}"
    yield f"  {'rules':<15} {' > '.join(event.rules)}"


def firing_counts(path) -> tuple[Counter, Counter, int]:
    """How many events of an event file (``extract --format jsonl`` or ``eval --save-system`` output)
    each rule is in the trace of, how many fields it decided (``decided_by``), and the number of
    events."""
    fired: Counter = Counter()
    decided: Counter = Counter()
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            event = json.loads(line)
            n += 1
            fired.update(set(event.get("rules") or ()))
            decided.update((event.get("decided_by") or {}).values())
    return fired, decided, n


def format_firing(paths, fmt: str = "table") -> Iterator[str]:
    """Per rule and event file: the events it fired on (and the fields it decided there); rules that
    fired nowhere are listed too, and ids in the files that the registry does not know at the end."""
    counts = {str(p): firing_counts(p) for p in paths}
    known = [r.id for r in registry()]
    unknown = sorted({i for fired, _, _ in counts.values() for i in fired} - set(known))
    names = [Path(p).name.removesuffix(".jsonl").removesuffix(".system") for p in counts]
    if fmt == "jsonl":
        for rule_id in known + unknown:
            yield json.dumps({"id": rule_id, "registered": rule_id in known,
                              "fired": {n: c[0][rule_id] for n, c in zip(names, counts.values())},
                              "decided": {n: c[1][rule_id] for n, c in zip(names, counts.values())}})
        return
    width = max(len(i) for i in known + unknown)
    cols = [max(len(n), 9) for n in names]
    yield "  ".join([f"{'id':<{width}}", *(f"{n:>{w}}" for n, w in zip(names, cols)), "files"])
    yield "  ".join(["-" * width, *("-" * w for w in cols), "-----"])
    for rule_id in known + unknown:
        cells = [f"{c[0][rule_id]}/{c[1][rule_id]}" if c[0][rule_id] else "." for c in counts.values()]
        on = sum(1 for c in counts.values() if c[0][rule_id])
        mark = "" if rule_id in known else "  (not in the rulebook)"
        yield "  ".join([f"{rule_id:<{width}}", *(f"{v:>{w}}" for v, w in zip(cells, cols)), f"{on:>5}"]) + mark
    yield "events: " + ", ".join(f"{n} {c[2]}" for n, c in zip(names, counts.values())) + \
        " (cells: events the rule fired on / fields it decided; '.' none)"

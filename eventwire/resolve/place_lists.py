"""One event per place of a list: "protesters marched in A, B and C" is three events.

ACLED breaks a report into discrete events, each at one location (``places.listed_place``): an event
whose place the text names inside a coordinated list of towns ("in A, B and C", "in A and B") is
copied to each other town of the list, with the same type, sides and date.

What is no such list: names joined by commas alone ("Kandi, Alibori" is a town and its province), a
stretch of road "between A and B" or "from A to B", where people came from ("people from the X and Y
departments" names no event place), a town and the area it lies in ("A and B district"), and towns of
several countries.  An event with deaths told for the whole list stays one: the count cannot be placed
town by town, and a news report's toll for an incident that swept several villages is that incident's."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from ..extract.classify.place_list_rules import LISTED_PLACE
from ..records import Event, Span, Toponym

PLACE_LISTS_VERSION = "place-lists.v2"

# what joins two members of a list: a comma, "and", or both ("A, B, and C"), with at most two names
# between them that the index lacks ("A, Gatundu, B")
_SEP = r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)"
_JOIN = re.compile(_SEP + r"(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?" + _SEP + r"){0,2}")
_AND = re.compile(r"\band\b|&")
_AND_MORE = re.compile(r",?\s+(?:and|&)\s+[A-Z]")
# words before the list that make it a stretch or a route, not several places
_STRETCH = re.compile(r"\b(?:between|from|linking|connecting)\s+(?:the\s+)?(?:towns?\s+of\s+)?$", re.I)
# a member that is a town, or a district or province coded at its seat
_MEMBER_FEATURES = ("city", "admin2", "admin1")


def _joined(text: str, a: Toponym, b: Toponym) -> str | None:
    """The words between two neighbouring toponyms when they join list members, else None."""
    gap = text[a.end:b.start]
    return gap if len(gap) <= 50 and _JOIN.fullmatch(gap) else None


def _run(text: str, toponyms: list[Toponym], i: int) -> list[Toponym]:
    """The toponyms joined to the ``i``-th by list separators, in text order, when the list is a
    coordination (its last join, or the words after it, read "and"); [] when there is no such list."""
    lo = hi = i
    while lo > 0 and _joined(text, toponyms[lo - 1], toponyms[lo]) is not None:
        lo -= 1
    while hi + 1 < len(toponyms) and _joined(text, toponyms[hi], toponyms[hi + 1]) is not None:
        hi += 1
    run = toponyms[lo:hi + 1]
    # a trailing qualifier ("..., C, Mandera County") is not a member
    while len(run) > 1 and run[-1].place is not None and run[-1].place.feature != "city" \
            and not _AND.search(text[run[-2].end:run[-1].start]):
        run = run[:-1]
    if len(run) < 2:
        return []
    # "A, B and C" with C a name the index lacks: the list still ends in "and"
    if not _AND.search(text[run[-2].end:run[-1].start]) and not _AND_MORE.match(text, run[-1].end):
        return []
    if _STRETCH.search(text, max(0, run[0].start - 40), run[0].start):
        return []
    return run


def _members(run: list[Toponym], anchor: Toponym) -> list[Toponym] | None:
    """The run's places when all are towns (or districts) of the anchor's country, none inside another."""
    run = [t for t in run if t.place is not None]  # a name the index lacks has no point to code
    if not run or any(t.place.feature not in _MEMBER_FEATURES for t in run):
        return None
    if len({t.place.iso3 for t in run}) > 1 or run[0].place.iso3 != anchor.place.iso3:
        return None
    if any(_inside(t.place, area.place) for t in run for area in run if t is not area):
        return None  # "A and B district": a town and the area it lies in
    seen: set[tuple[float, float]] = set()
    out = []
    for t in run:
        point = (round(t.place.latitude, 3), round(t.place.longitude, 3))
        if point not in seen:
            seen.add(point)
            out.append(t)
    return out if len(out) > 1 else None


def _inside(p, area) -> bool:
    if area.feature == "admin1":
        return p.admin1 == area.admin1
    return area.feature == "admin2" and p.feature == "city" and p.admin2 == area.admin2


def _copy(event: Event, t: Toponym, text: str) -> Event:
    from ..extract.build import geo_precision
    evidence = tuple((k, Span(text=t.text, start=t.start, end=t.end) if k == "location" else v)
                     for k, v in event.evidence)
    decided = tuple((k, LISTED_PLACE if k == "location" else v) for k, v in event.decided_by)
    if "location" not in dict(decided):
        decided += (("location", LISTED_PLACE),)
    key = f"{event.event_id}|{t.start}|{t.place.name}"
    return replace(event, event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], location=t.place,
                   geo_precision=geo_precision(text, t), evidence=evidence, decided_by=decided,
                   rules=tuple(dict.fromkeys((*event.rules, LISTED_PLACE))))


def _anchor(event: Event, toponyms: list[Toponym]) -> int | None:
    span = dict(event.evidence).get("location")
    if span is None or event.location is None:
        return None
    return next((i for i, t in enumerate(toponyms) if t.start == span.start and t.place is not None), None)


def split_listed(events: list[Event], text: str, toponyms) -> list[Event]:
    """``events`` with a copy of each event for every other town of the list its place stands in."""
    ordered = sorted((t for t in toponyms if t.end > t.start), key=lambda t: t.start)
    out: list[Event] = []
    anchors = [_anchor(event, ordered) for event in events]
    taken = {(e.sub_event_type, ordered[i].start) for e, i in zip(events, anchors) if i is not None}
    for event, i in zip(events, anchors):
        out.append(event)
        if i is None or event.fatalities_best or event.fatalities_high:
            continue  # a toll told for the whole list cannot be placed town by town
        for t in _members(_run(text, ordered, i), ordered[i]) or ():
            if t.start == ordered[i].start or (event.sub_event_type, t.start) in taken:
                continue
            taken.add((event.sub_event_type, t.start))
            out.append(_copy(event, t, text))
    return out

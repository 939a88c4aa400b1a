"""What dedup compares: a compact, normalised view of one event (or of one merged event).

A :class:`Signature` is built from an :class:`~eventwire.records.Event`, from a
contract record (a dict, possibly already merged by dedup) or from the columns
of a stored event row.  For a merged record the signature is that of its
canonical member, plus the article ids and event dates of all its members, so
deduplicating merged events again finds nothing new.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..records import Event

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_YEARS = re.compile(r"\([^)]*\d[^)]*\)")
_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b[A-Z][\w'-]*[a-z0-9][\w'-]*|\b[A-Z]{2,}[0-9]*\b")
_WORD = re.compile(r"\w+")
# a date given as the day of a report ("as reported on 5 March"), not of the event
_REPORT_DAY = re.compile(r"\breported\s+on\b", re.IGNORECASE)
# capitalised words that name no place, person or thing of an event
_COMMON = frozenset("""
january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday on in at the a an
and of for to from by with after before during as according reported reports report said says around near
about some several this that these those there it its he she they his her their we our mr mrs ms dr
""".split())


@dataclass(frozen=True, slots=True)
class Signature:
    event_id: str
    articles: frozenset[str]  # every article the event (or merged event) comes from
    day: int  # proleptic ordinal of the event date
    days: tuple[int, ...]  # ordinals of all member dates, sorted, unique
    points: tuple[tuple[float, float], ...]  # (lat, lon) of the precisely located members
    modality: str
    event_type: str
    sub_event_type: str
    iso3: str | None
    admin1: str | None  # normalised
    place: str | None  # normalised location name
    latitude: float | None
    longitude: float | None
    geo_precision: int
    actor1: str  # normalised name
    type1: int | None
    actor2: str | None
    type2: int | None
    best: int  # the canonical report's best fatality figure
    text: str  # normalised evidence sentence or notes, digits removed
    confidence: float
    outlets: frozenset[str] = frozenset()  # normalised outlet names of the member articles (when known)
    admin2: str | None = None  # normalised second-level area
    time_precision: int = 1  # 1 day, 2 week, 3 month (the coarsest member's)
    assoc: frozenset[str] = frozenset()  # normalised associated actors of both sides
    member_texts: tuple[tuple[int, str], ...] = ()  # a merged event's other members' (day, sentence)
    names: frozenset[str] = frozenset()  # names in the sentence beyond the coded actors and place
    date_stated: bool = False  # the date was read in the text (not the publication date)
    # a merged event's members as (outlet, day, precise place): one outlet's two places of a day stay apart
    outlet_places: frozenset[tuple[str, int, str]] = frozenset()
    follow_up: bool = False  # the sentence refers back to an event already told ("the toll rose to ...")
    # (outlet, day) of the members that are not follow-ups: one outlet's two reports of one day stay apart
    outlet_days: frozenset[tuple[str, int]] = frozenset()
    # the date is the day a report was published ("as reported on 5 March"): the event was on or before it
    report_day: bool = False


@lru_cache(maxsize=200_000)
def norm(value: str | None) -> str | None:
    """Case-, accent- and punctuation-insensitive form of a name ("Hay'at Tahrir al-Sham" ->
    "hayat tahrir al sham"); ACLED's "(2011-)" year suffixes are dropped."""
    if not value:
        return None
    text = _YEARS.sub(" ", value)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "").replace("\u2019", "").replace("`", "")
    out = " ".join(_PUNCT.sub(" ", text.casefold()).split())
    return sys.intern(out) if out else None


def norm_text(value: str | None) -> str:
    if not value:
        return ""
    return " ".join(_PUNCT.sub(" ", _DIGITS.sub(" ", value.casefold())).split())


def _day(value: Any) -> int | None:
    if isinstance(value, dt.date):
        return value.toordinal()
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10]).toordinal()
        except ValueError:
            return None
    return None


def names_of(text: str | None, known: Iterable[str | None]) -> frozenset[str]:
    """Capitalised words of ``text`` (not opening a sentence) that are not words of the
    ``known`` names (the coded actors and places) nor dates or function words, normalised:
    the villages, people and things the sentence names."""
    if not text:
        return _EMPTY
    found = _CAPITALISED.findall(text)
    if not found:
        return _EMPTY
    skip = _skip(tuple(known))
    nationalities = _nationalities()
    out = {w for word in found for w in (norm(word) or "").split()
           if w not in skip and w not in nationalities and not w.isdigit()}
    return frozenset(out) if out else _EMPTY


@lru_cache(maxsize=1)
def _follow_up_words() -> re.Pattern[str]:
    from ..lang.loader import load
    return load("follow_ups").pattern()


def is_follow_up(text: str | None) -> bool:
    """Whether a report's sentence refers back to an event its outlet has already told (word class
    ``follow_ups``: the toll rose, an update)."""
    return bool(text) and _follow_up_words().search(text) is not None


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """The words of country names and demonyms (and their plurals, "Afghans"): a nationality names
    nothing particular to one event, so two reports sharing "Afghan" share no name."""
    from ..resolve.actors import load_countries

    words: set[str] = set()
    for country in load_countries(Path(__file__).resolve().parents[1] / "data" / "countries.tsv").values():
        for name in (country.name, *country.demonyms):
            for word in (norm(name) or "").split():
                words.update((word, word + "s"))
    return frozenset(words)


@lru_cache(maxsize=50_000)
def _skip(known: tuple[str | None, ...]) -> frozenset[str]:
    skip = set(_COMMON)
    for name in known:
        if name:
            skip.update(_WORD.findall(name.casefold()))
    return frozenset(skip)


_EMPTY: frozenset[str] = frozenset()


def _norm_set(values: Iterable[str | None]) -> frozenset[str]:
    out = {n for n in map(norm, values) if n}
    return frozenset(out) if out else _EMPTY


def _intern(value: str | None) -> str | None:
    return sys.intern(value) if value else None


def make(event_id: str, articles: Iterable[str], event_date: Any, modality: str | None,
         event_type: str | None, sub_event_type: str | None, iso3: str | None, admin1: str | None,
         place: str | None, latitude: float | None, longitude: float | None, geo_precision: int | None,
         actor1: str | None, type1: int | None, actor2: str | None, type2: int | None, best: int | None,
         text: str | None, confidence: float | None, days: Iterable[Any] = (),
         points: Iterable[tuple[float, float]] | None = None, outlets: Iterable[str | None] = (),
         admin2: str | None = None, time_precision: int | None = None,
         assoc: Sequence[str | None] = (),
         member_texts: Iterable[tuple[Any, str | None]] = (), date_stated: bool = False,
         outlet_places: Iterable[tuple[str | None, Any, str | None]] = (),
         outlet_days: Iterable[tuple[str | None, Any, bool]] | None = None,
         date_text: str | None = None) -> Signature | None:
    """A signature from plain values; None when the event has no usable date.

    ``days`` and ``points`` are those of the other members of a merged event
    (``points`` defaults to the event's own place when it is precise, geo precision 1 or 2);
    ``outlet_days`` are a merged event's members as (outlet, date, follow-up), by default the
    event's own outlets and date; ``date_text``: the words the date was read from.
    """
    day = _day(event_date)
    if day is None:
        return None
    member_days = {d for d in (_day(x) for x in days) if d is not None} | {day}
    follow_up = is_follow_up(text)
    if outlet_days is None:
        outlet_days = [(o, event_date, follow_up) for o in outlets]
    told = frozenset((norm(o), d) for o, d, f in ((o, _day(x), f) for o, x, f in outlet_days)
                     if not f and norm(o) and d is not None)
    if points is None:
        points = [(float(latitude), float(longitude))] if (
            latitude is not None and longitude is not None and (geo_precision or 3) < 3) else []
    return Signature(
        event_id=event_id, articles=frozenset(a for a in articles if a), day=day,
        days=tuple(sorted(member_days)), points=tuple(sorted(set(points))), modality=_intern(modality or "asserted") or "asserted",
        event_type=_intern(event_type or "") or "", sub_event_type=_intern(sub_event_type or "") or "",
        iso3=_intern(iso3), admin1=norm(admin1), place=norm(place),
        latitude=float(latitude) if latitude is not None else None,
        longitude=float(longitude) if longitude is not None else None,
        geo_precision=int(geo_precision or 3), actor1=norm(actor1) or "", type1=type1,
        actor2=norm(actor2), type2=type2 if actor2 else None, best=int(best or 0),
        text=norm_text(text), confidence=float(confidence or 0.0),
        outlets=_norm_set(outlets), admin2=norm(admin2),
        time_precision=int(time_precision or 1), assoc=_norm_set(assoc) if assoc else _EMPTY,
        member_texts=tuple(sorted((d, t) for d, t in ((_day(x), norm_text(y)) for x, y in member_texts)
                                  if t and d is not None)) if member_texts else (),
        names=names_of(text, (actor1, actor2, place, admin1, admin2, *assoc)), date_stated=bool(date_stated),
        outlet_places=frozenset((norm(o), d, norm(p)) for o, d, p in ((o, _day(x), p) for o, x, p in outlet_places)
                                if norm(o) and d is not None and norm(p)),
        follow_up=follow_up, outlet_days=told,
        report_day=bool(date_stated and date_text and _REPORT_DAY.search(date_text)))


def of_event(ev: Event) -> Signature | None:
    loc = ev.location
    evidence = dict(ev.evidence)
    sentence = evidence.get("event_type")
    return make(ev.event_id, (ev.article_id, *ev.article_ids), ev.event_date, ev.modality, ev.event_type,
                ev.sub_event_type, loc.iso3 if loc else None, loc.admin1 if loc else None,
                loc.name if loc else None, loc.latitude if loc else None, loc.longitude if loc else None,
                ev.geo_precision if loc else 3, ev.actor1.name if ev.actor1 else None,
                ev.actor1.type if ev.actor1 else None, ev.actor2.name if ev.actor2 else None,
                ev.actor2.type if ev.actor2 else None, ev.fatalities_best,
                sentence.text if sentence is not None else ev.notes, ev.confidence, outlets=(ev.source,),
                admin2=loc.admin2 if loc else None, time_precision=ev.time_precision,
                assoc=[a.name for a in (*ev.assoc_actor_1, *ev.assoc_actor_2)],
                date_stated="event_date" in evidence and not evidence["event_date"].note,
                date_text=evidence["event_date"].text if "event_date" in evidence else None)


def of_record(rec: dict[str, Any]) -> Signature | None:
    """The signature of a contract record; a merged record (with ``sources``) keeps its
    canonical member's figures and all its members' articles and dates."""
    loc = rec.get("location") or {}
    a1 = rec.get("actor1") or {}
    a2 = rec.get("actor2") or {}
    fat = rec.get("fatalities") or {}
    best = fat.get("best")
    days: list[Any] = []
    points: list[tuple[float, float]] | None = None
    sources = rec.get("sources") if rec.get("cluster_id") and isinstance(rec.get("sources"), list) else []
    outlets = [rec.get("source")]
    texts = []
    outlet_places = []
    outlet_days = [] if sources else None
    for member in sources:
        member_text = ((member.get("evidence") or {}).get("event_type") or {}).get("text") or member.get("notes")
        outlet_days.append((member.get("source"), member.get("event_date"), is_follow_up(member_text)))
        if member.get("event_id") != rec.get("event_id"):
            texts.append((member.get("event_date"),
                          ((member.get("evidence") or {}).get("event_type") or {}).get("text")))
        days.append(member.get("event_date"))
        outlets.append(member.get("source"))
        if member.get("event_id") == rec.get("event_id"):
            best = (member.get("fatalities") or {}).get("best", best)
        where = member.get("location") or {}
        if where.get("latitude") is not None and where.get("longitude") is not None and (
                where.get("geo_precision") or 3) < 3:
            points = (points or []) + [(float(where["latitude"]), float(where["longitude"]))]
            outlet_places.append((member.get("source"), member.get("event_date"), where.get("name")))
    if sources and points is None:
        points = []
    sentence = (rec.get("evidence") or {}).get("event_type") or {}
    stated = (rec.get("evidence") or {}).get("event_date")
    return make(rec["event_id"], [rec.get("article_id") or "", *(rec.get("article_ids") or [])],
                rec.get("event_date"), rec.get("modality"), rec.get("event_type"), rec.get("sub_event_type"),
                loc.get("iso3"), loc.get("admin1"), loc.get("name"), loc.get("latitude"), loc.get("longitude"),
                loc.get("geo_precision") if loc else 3, a1.get("name"), a1.get("type"), a2.get("name"),
                a2.get("type"), best, sentence.get("text") or rec.get("notes"), rec.get("confidence"), days,
                points, outlets=outlets, admin2=loc.get("admin2"), time_precision=rec.get("time_precision"),
                assoc=[a.get("name") for key in ("assoc_actor_1", "assoc_actor_2")
                       for a in rec.get(key) or [] if isinstance(a, dict)], member_texts=texts,
                date_stated=bool(stated) and not stated.get("note"), outlet_places=tuple(outlet_places),
                outlet_days=outlet_days, date_text=(stated or {}).get("text"))

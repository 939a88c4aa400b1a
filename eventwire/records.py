"""Typed records passed between pipeline stages.

Every record is a frozen dataclass: a stage never edits what an earlier stage
produced, it returns new records.  ``Event.to_dict`` renders the event record of
the outside contract (``CONTRACT.md``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input article, after reading and normalisation."""

    id: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    origin: str = ""  # "path:line" the article was read from
    date_known: bool = True  # False: ``date`` stands in for a publication date nobody gave


@dataclass(frozen=True)
class Reject:
    """An input record that could not be read, with the reason."""

    path: str
    line: int | None
    reason: str
    record_id: str | None = None
    item: int | None = None  # the record's place among several on the same line (1 = first)

    def message(self) -> str:
        return f"{where(self.path, self.line, self.item)}: {self.reason}"


def where(path: str, line: int | None, item: int | None = None) -> str:
    """``path``, ``path:line`` or ``path:line (item N)``: where a refused record was read."""
    out = path if line is None else f"{path}:{line}"
    return out if item is None else f"{out} (item {item})"


@dataclass(frozen=True)
class Span:
    """A piece of the article text with character offsets (Python str indices)."""

    text: str
    start: int
    end: int
    note: str | None = None  # how the field was derived when the text alone does not say

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class TimeExpr:
    """A time expression resolved against the publication date.

    ``value`` is ISO: YYYY-MM-DD, YYYY-MM, YYYY or YYYY-Www.  ``precision`` is
    ACLED's time precision (1 day, 2 week or span, 3 month or coarser).  ``low``
    and ``high`` bound the days the expression may mean (equal for a day).
    """

    text: str
    start: int
    end: int
    value: str
    precision: int
    low: dt.date | None = None
    high: dt.date | None = None
    kind: str = "date"  # date | week | month | year | span | duration | time | set
    rules: tuple[str, ...] = ()  # the date rules that resolved it (and chose it for an event), in order

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "value": self.value, "precision": self.precision}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (GeoNames) or an admin area / country centre."""

    name: str
    country: str  # country name
    iso3: str
    latitude: float
    longitude: float
    admin1: str | None = None
    admin2: str | None = None
    geonameid: int | None = None
    feature: str = "city"  # city | admin1 | admin2 | country
    population: int = 0


@dataclass(frozen=True)
class Toponym:
    """A place name found in the text, with the entry it resolved to (if any)."""

    text: str
    start: int
    end: int
    place: Place | None
    source: str = "gazetteer"  # gazetteer | ner | third_level


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "label": self.label}


class ActorType(IntEnum):
    """ACLED's actor types (the ``inter`` codes)."""

    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_FORCES = 8


@dataclass(frozen=True)
class Actor:
    """A resolved actor: canonical ACLED-style name, ACLED inter code, ISO3 country."""

    name: str
    type: int
    country: str | None = None
    # the article's own words for this side ("suspected Islamist gunmen"), when it names one; not part of
    # the actor's identity (two mentions of the same actor are equal whatever their wording)
    description: str | None = field(default=None, compare=False)
    # the id of the ``actors.resolve.…`` rule that chose the name (see ``eventwire rules``)
    rule: str | None = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "type": self.type, "country": self.country}
        if self.description:
            out["description"] = self.description
        return out


@dataclass(frozen=True)
class FatalityReport:
    claimant: str | None
    count: int
    evidence: Span
    kind: str = "killed"  # killed | wounded | missing
    revision: bool = False  # "the death toll rose to N"

    def to_dict(self) -> dict[str, Any]:
        return {"claimant": self.claimant, "count": self.count, "evidence": self.evidence.text}


@dataclass(frozen=True)
class Claim:
    claimant: str
    stance: str  # claims responsibility | denies responsibility | blames | confirms | denies civilian harm | condemns
    evidence: Span
    target: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"claimant": self.claimant, "stance": self.stance, "evidence": self.evidence.text}
        if self.target:
            out["target"] = self.target
        return out


@dataclass(frozen=True)
class FeedCountry:
    """The country a feed of articles is about (``places.feed_country``): stated by the user
    (``given``), or found in the feed's own coding, where ``placed`` of the ``of`` events placed by their
    own text lie in it."""

    iso3: str
    placed: int = 0
    of: int = 0
    given: bool = False

    def to_dict(self) -> dict[str, Any]:
        if self.given:
            return {"iso3": self.iso3, "given": True}
        return {"iso3": self.iso3, "given": False, "placed": self.placed, "of": self.of}

    def describe(self) -> str:
        """How ``explain`` says why: "the feed's country MWI: 29 of 30 events placed by their own text"."""
        if self.given:
            return f"the feed's country {self.iso3}, as the user stated it"
        return f"the feed's country {self.iso3}: {self.placed:,} of {self.of:,} events placed by their own text"


@dataclass(frozen=True)
class Event:
    """A coded event: the contract's event record."""

    event_id: str
    article_id: str
    event_date: str
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover_event: str
    plover_mode: str | None
    cameo: str | None
    actor1: Actor
    actor2: Actor | None
    location: Place | None
    geo_precision: int
    fatalities_best: int
    fatalities_low: int
    fatalities_high: int
    fatality_reports: tuple[FatalityReport, ...] = ()
    assoc_actor_1: tuple[Actor, ...] = ()
    assoc_actor_2: tuple[Actor, ...] = ()
    civilian_targeting: bool = False
    claims: tuple[Claim, ...] = ()
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: tuple[tuple[str, Span], ...] = ()
    notes: str = ""
    article_ids: tuple[str, ...] = ()
    source: str | None = None
    source_url: str | None = None
    extra: tuple[tuple[str, Any], ...] = field(default=())
    rules: tuple[str, ...] = ()  # ids of the rules that decided the event, in order (``eventwire rules``)
    decided_by: tuple[tuple[str, str], ...] = ()  # (field, id of the rule that set it), for ``explain``

    @property
    def interaction(self) -> int | None:
        return interaction_code(self.actor1, self.actor2)

    def to_dict(self) -> dict[str, Any]:
        loc = None
        if self.location is not None:
            p = self.location
            loc = {"name": p.name, "admin1": p.admin1, "admin2": p.admin2, "country": p.country,
                   "iso3": p.iso3, "latitude": round(p.latitude, 5), "longitude": round(p.longitude, 5),
                   "geo_precision": self.geo_precision}
            if p.geonameid is not None:
                loc["geonameid"] = p.geonameid
        out: dict[str, Any] = {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "event_date": self.event_date,
            "time_precision": self.time_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "disorder_type": self.disorder_type,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "cameo": self.cameo,
            "actor1": self.actor1.to_dict(),
            "assoc_actor_1": [a.to_dict() for a in self.assoc_actor_1],
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "assoc_actor_2": [a.to_dict() for a in self.assoc_actor_2],
            "interaction": self.interaction,
            "location": loc,
            "fatalities": {"best": self.fatalities_best, "low": self.fatalities_low,
                           "high": self.fatalities_high,
                           "reports": [r.to_dict() for r in self.fatality_reports]},
            "civilian_targeting": self.civilian_targeting,
            "claims": [c.to_dict() for c in self.claims],
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "rules": list(self.rules),
            "decided_by": dict(self.decided_by),
            "model": None,
            "evidence": {k: s.to_dict() for k, s in self.evidence},
            "notes": self.notes,
        }
        if self.article_ids:
            out["article_ids"] = list(self.article_ids)
        if self.source is not None:
            out["source"] = self.source
        if self.source_url is not None:
            out["source_url"] = self.source_url
        for k, v in self.extra:
            out[k] = v
        return out


def interaction_code(a1: Actor | None, a2: Actor | None) -> int | None:
    """ACLED interaction code: the two inter codes, smaller first (10*a + b; a alone = 10*a)."""
    if a1 is None:
        return None
    if a2 is None:
        return a1.type * 10
    lo, hi = sorted((a1.type, a2.type))
    return lo * 10 + hi


@dataclass(frozen=True)
class Annotation:
    """The contract's annotation record for one article."""

    article_id: str
    places: tuple[Toponym, ...]
    dates: tuple[TimeExpr, ...]
    entities: tuple[Entity, ...]
    rules: tuple[str, ...] = ()  # the toponym detection rules that dropped a span (places.detect.…)

    def to_dict(self) -> dict[str, Any]:
        places = []
        for t in self.places:
            item: dict[str, Any] = {"text": t.text, "start": t.start, "end": t.end}
            if t.place is not None:
                item.update({"name": t.place.name, "latitude": round(t.place.latitude, 5),
                             "longitude": round(t.place.longitude, 5), "country": t.place.iso3})
                if t.place.geonameid is not None:
                    item["geonameid"] = t.place.geonameid
            else:
                item.update({"name": t.text, "latitude": None, "longitude": None, "country": None})
            places.append(item)
        return {"record": "annotation", "article_id": self.article_id, "places": places,
                "dates": [d.to_dict() for d in self.dates],
                "entities": [e.to_dict() for e in self.entities], "rules": list(self.rules)}

"""Toponym detection: the geoparser's spans, less those the detection rules show are not place names.

The rules are declared in :mod:`eventwire.extract.classify.toponym_rules`; :func:`detect` applies
them to one article and reports the ids of those that fired, so that an annotation says why a name
it does not list was left out.
"""
from __future__ import annotations

from dataclasses import replace

from ..extract.classify.toponym_rules import (LONGER_COUNTRY_NAME, PART_OF_UNIT, RULES, Context, disease_names,
                                             longer_starts, person_words, unit_part_base)
from ..records import Entity, Place, Toponym

_UNIT_FEATURES = ("admin1", "admin2", "city")


def detect(text: str, toponyms: list[Toponym], entities: tuple[Entity, ...],
           gazetteer=None) -> tuple[list[Toponym], list[str]]:
    """The toponyms of ``text`` that are place names, and the ids of the rules that dropped the others
    or (with a ``gazetteer``) resolved a part of an admin unit (each id once, in the order they first
    fired)."""
    ctx = Context(text, entities, person_words(entities), disease_names(text))
    kept: list[Toponym] = []
    fired: dict[str, None] = {}
    for t in toponyms:
        rule = next((r for r in RULES if r.applies(text, t, ctx)), None)
        if rule is not None:
            fired[rule.id] = None
            continue
        if gazetteer is not None:
            part = unit_part(t, gazetteer, _countries(toponyms))
            if part is not None:
                t = part
                fired[PART_OF_UNIT] = None
            whole = longer_country(text, t, gazetteer)
            if whole is not None:
                t = whole
                fired[LONGER_COUNTRY_NAME] = None
        kept.append(t)
    return kept, list(fired)


def _countries(toponyms: list[Toponym]) -> set[str]:
    return {t.place.iso3 for t in toponyms if t.place is not None and t.place.iso3}


def unit_part(t: Toponym, gazetteer, countries: set[str]) -> Toponym | None:
    """"Gulu East", a part of Gulu district the index does not hold: a district of that name inside
    the district, at its seat (ACLED's precision 2 for a part of a region)."""
    base = unit_part_base(t.text)
    if base is None or (t.place is not None and t.place.name.casefold() != base.casefold()):
        return None  # (a place of that very name, "Nairobi West", is that place)
    cands = [p for p in gazetteer.candidates(base) if p.feature in _UNIT_FEATURES]
    if t.place is not None:
        cands = [t.place]
    if countries:
        cands = [p for p in cands if p.iso3 in countries] or cands
    if not cands:
        return None
    unit = cands[0]
    seat = gazetteer.seat(unit) if unit.feature != "city" else unit
    admin1 = unit.name if unit.feature == "admin1" else unit.admin1
    part = Place(name=t.text, country=unit.country, iso3=unit.iso3, latitude=seat.latitude,
                 longitude=seat.longitude, admin1=admin1, admin2=t.text, geonameid=None, feature="admin2",
                 population=0)
    return replace(t, place=part)


def longer_country(text: str, t: Toponym, gazetteer) -> Toponym | None:
    """"Republic of Korea" read inside "Democratic People's Republic of Korea": the longer name, when it
    is a country's (the longest first)."""
    if t.place is None or t.place.feature != "country":
        return None
    for start in reversed(longer_starts(text, t.start)):
        name = text[start:t.end]
        country = gazetteer.country(name)
        if country is not None and country.iso3 != t.place.iso3:
            return Toponym(name, start, t.end, country, t.source)
    return None

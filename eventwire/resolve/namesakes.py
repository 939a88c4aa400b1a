"""A small place abroad that shares its name with a place of the story (``places.obscure_namesake``).

``coherence.foreign_namesakes`` reads a name abroad in the story's country when the story's evidence is
firm (its own institutions, or two other places).  A shorter report (a village and its sub-county, a
town and a ward) still says where it is: when the article's other evidence points firmly to one
country (its institutions or forces, its name, an admin area, two places), a
town abroad too small to be known by its name alone (under ``OBSCURE`` people), for whose country
nothing else in the text speaks, is no place of the story.  The name is read in that country when the
index has it there, else it is left unresolved, and the event falls back to the story's other places."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..extract.classify.namesake_rules import COUNTRY_NAME_PROVINCE, SIDES_COUNTRY_NAMESAKE
from ..extract.classify.places_country_rules import OBSCURE_NAMESAKE

OBSCURE = 100_000  # a town under this many people is not known abroad by its name alone
_AREA = re.compile(r"\b(?:county|province|state|district|region|governorate|department|prefecture)\b",
                   re.IGNORECASE)


_AREA_AFTER = re.compile(r"\s+(?:sub[- ]?county|county|province|state|district|region|ward|constituency|"
                         r"division|location|governorate|department|prefecture)\b", re.IGNORECASE)


def _area_named(t, text: str) -> bool:
    return bool(_AREA.search(t.text)) or bool(_AREA_AFTER.match(text, t.end))


def pointed_country(toponyms, name: str, places: dict[tuple[str, str], float], firm_national) -> str | None:
    """The one country the article's evidence other than the name ``name`` points to firmly: its own
    institutions, forces and parties (``firm_national``), a country named where things happen, an
    admin area (a district, a ward: "Laisamis sub-county"), or two places named where things happen;
    None when no country or several do.  A name used as a reference point or a modifier ("Sudan
    refugees", "the border with Somalia") points nowhere."""
    names: dict[str, set[str]] = {}
    firm: set[str] = {iso3 for iso3, w in firm_national.items() if w > 0}
    for u in toponyms:
        q, key = u.place, u.text.lower()
        if q is None or not q.iso3 or key == name or places.get((q.iso3, key), 0.0) < 2.0:
            continue
        names.setdefault(q.iso3, set()).add(key)
        if q.feature in ("admin1", "admin2") or (q.feature == "country" and places[(q.iso3, key)] >= 3.0):
            firm.add(q.iso3)
    firm |= {iso3 for iso3, n in names.items() if len(n) >= 2}
    return next(iter(firm)) if len(firm) == 1 else None


def obscure_namesake(t, toponyms, places: dict[tuple[str, str], float], national, firm_national,
                     text: str) -> str | None:
    """The country to read toponym ``t`` in when it is a small town abroad that only its own name places
    there while the article's other evidence points firmly to one other country; else None."""
    p, name = t.place, t.text.lower()
    if p is None or p.feature != "city" or not p.iso3 or p.population >= OBSCURE or _area_named(t, text):
        return None
    if national.get(p.iso3, 0.0) > 0 or any(c == p.iso3 and n != name for (c, n) in places):
        return None
    iso3 = pointed_country(toponyms, name, places, firm_national)
    return iso3 if iso3 is not None and iso3 != p.iso3 else None


LEAN = 1.0  # the evidence for the leaning country: a side's nationality, one place, two peoples' names


def _same_name(a: str, b: str) -> bool:
    def fold(x: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", x.casefold()) if c.isalnum())
    return fold(a) == fold(b)


def leaning_country(name: str, places: dict[tuple[str, str], float], national) -> str | None:
    """The one country the article's wording and its places other than ``name`` speak for most, with
    at least ``LEAN``; None when none does or two tie."""
    support: dict[str, float] = {iso3: w for iso3, w in national.items() if w > 0}
    for (iso3, key), w in places.items():
        if key != name and iso3:
            support[iso3] = support.get(iso3, 0.0) + w
    ranked = sorted(support.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < LEAN or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def sides_country_namesake(t, places: dict[tuple[str, str], float], national, lookup, text: str):
    """The place of toponym ``t``'s very name in the country the article's sides and other places lean
    to, when ``t`` was read as a small town abroad (or a town abroad by another of its spellings, "Siana"
    for Xi'an) for whose country nothing in the text speaks; else None (``places.sides_country_namesake``)."""
    p, name = t.place, t.text.lower()
    if p is None or p.feature != "city" or not p.iso3:
        return None
    if p.population >= OBSCURE and _same_name(p.name, t.text):
        return None  # (a large town read by its own name; one read by another spelling still yields)
    if national.get(p.iso3, 0.0) > 0 or any(c == p.iso3 and n != name for (c, n) in places):
        return None
    iso3 = leaning_country(name, places, national)
    if iso3 is None or iso3 == p.iso3:
        return None
    q = lookup(t.text, iso3)
    return q if q is not None and q.iso3 == iso3 and _same_name(q.name, t.text) else None


def obscure_namesakes(toponyms, places, national, firm_national, lookup, text: str):
    """The toponyms with each obscure namesake abroad read in the country the article points to
    (``lookup(name, iso3)``), else unresolved; and the (start, end, rule id) of those changed."""
    out, decided = [], []
    for t in toponyms:
        iso3 = obscure_namesake(t, toponyms, places, national, firm_national, text)
        near = None if iso3 is not None else sides_country_namesake(t, places, national, lookup, text)
        if iso3 is not None:
            out.append(replace(t, place=lookup(t.text, iso3)))
            decided.append((t.start, t.end, OBSCURE_NAMESAKE))
        elif near is not None:
            out.append(replace(t, place=near))
            decided.append((t.start, t.end, SIDES_COUNTRY_NAMESAKE))
        else:
            out.append(t)
    return out, decided


def country_name_provinces(toponyms, iso3: str | None, lookup) -> tuple[list, list[tuple[int, int, str]]]:
    """A country's name read as the foreign country in a story about ``iso3`` that has a first-level
    division of that very name ("Niger" in a story about Nigeria, "Georgia" in one about the United
    States) is read as the division (``lookup(name, iso3)``) (``places.country_name_province``).
    Returns the toponyms and the (start, end, rule id) of those it changed."""
    if iso3 is None:
        return list(toponyms), []
    out, decided = [], []
    for t in toponyms:
        p = t.place
        if p is not None and p.feature == "country" and p.iso3 and p.iso3 != iso3:
            there = lookup(t.text, iso3)
            if there is not None and there.feature == "admin1" and _same_name(there.name, t.text):
                out.append(replace(t, place=there))
                decided.append((t.start, t.end, COUNTRY_NAME_PROVINCE))
                continue
        out.append(t)
    return out, decided

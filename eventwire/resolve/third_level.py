"""Third-level admin units (Benin's arrondissements) that the place index does not hold.

A note that names only an arrondissement ("clashes at a mosque in Semere", "Ouenra (Serekale, Borgou)")
names a part of a commune: the event is coded at that commune's seat with geo_precision 2, as ACLED codes
a place that lies in a part of a district (``places.third_level_unit``).  The units come from
``eventwire/data/third_level/<ISO3>.tsv`` (``scripts/refresh_third_level.py`` writes them from a
registry package, with its licence and version in the header).

A unit's name is read only where the index knows no place of that name, where the text uses it as a
place (after "in", "at", "near", "of", before "village" or inside a "(unit, department)" qualifier), and
where the article's other places lie in the unit's country or its neighbours; not where a bracketed
qualifier right after it names neither its commune nor its department (a village of another commune that
shares the unit's name)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..datafiles import read_table
from ..records import Toponym
from .gazetteer_build import neighbours, normalize

THIRD_LEVEL_VERSION = "third-level.v1"
RULE = "places.third_level_unit"

_DATA = Path(__file__).resolve().parent.parent / "data" / "third_level"
_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}")
_BEFORE = re.compile(r"(?:\b(?:in|at|near|around|outside|of|from|to|towards|between|and)\s+(?:the\s+)?"
                     r"(?:(?:village|town|locality|arrondissement|area|district)\s+of\s+)?|\(\s*)$", re.IGNORECASE)
_AFTER = re.compile(r"\s+(?:village|town|locality|arrondissement|area|district)\b|\s*\(|\s*,\s*[A-Z]", re.IGNORECASE)
# a town split into numbered units ("Semere 1", "Kandi 2", "Parakou III"): its name is all of them
# a qualifier in brackets right after the name, maybe after a settlement word: "X (Y, Z)", "X village (Y)"
_QUALIFIER = re.compile(r"(?:\s+(?:village|town|locality|hamlet))?\s*\(([^()]{2,80})\)", re.IGNORECASE)
_NUMBERED = re.compile(r"\s+(?:\d+|[IVX]+)$")
_MIN_LENGTH = 4  # ("Se", "Sam", "Ina": too short to tell from other words)


@dataclass(frozen=True)
class Unit:
    name: str
    parent: str  # the second-level unit (commune) it belongs to
    region: str  # the first-level unit (department)
    iso3: str


@lru_cache(maxsize=1)
def units() -> dict[str, tuple[Unit, ...]]:
    """Every shipped third-level unit by its normalised name."""
    out: dict[str, list[Unit]] = {}
    for path in sorted(_DATA.glob("*.tsv")):
        iso3 = path.stem.upper()
        table = read_table(path)
        for row in table.rows:
            name, parent, region = (row[c] for c in table.columns[:3])  # (unit, its commune, its department)
            unit = Unit(name, parent, region, iso3)
            for key in {normalize(name), normalize(_NUMBERED.sub("", name))}:
                if len(key) >= _MIN_LENGTH and unit not in out.get(key, ()):
                    out.setdefault(key, []).append(unit)
    return {k: tuple(v) for k, v in out.items()}


def _used_as_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is written as a place: after a locative word or inside a
    qualifier's brackets, or before a settlement word, a bracket or a comma and another name."""
    return bool(_BEFORE.search(text, max(0, start - 40), start) or _AFTER.match(text, end))


def _countries_fit(iso3: str, toponyms) -> bool:
    """Whether the article's other places lie in ``iso3`` or its neighbours (or it names none)."""
    near = {iso3} | set(neighbours().get(iso3, ()))
    named = {t.place.iso3 for t in toponyms if t.place is not None and t.place.iso3}
    return not named or bool(named & {iso3}) or named <= near


def unit_toponyms(text: str, toponyms, gazetteer) -> tuple[list[Toponym], list[tuple[int, int, str]]]:
    """The toponyms with the third-level units the text names added (each resolved to the commune it
    lies in), and the (start, end, rule id) decisions that credit ``places.third_level_unit``."""
    table = units()
    if not table:
        return list(toponyms), []
    taken = [(t.start, t.end) for t in toponyms if t.place is not None]
    added: list[Toponym] = []
    for m in _NAME.finditer(text):
        hit = _unit_at(text, m, table, taken)
        if hit is None:
            continue
        (start, end), unit = hit
        if not _countries_fit(unit.iso3, toponyms) or gazetteer.candidates(text[start:end]) \
                or _qualified_elsewhere(text, end, unit):
            continue
        commune = _commune(gazetteer, unit)
        if commune is None:
            continue
        added.append(Toponym(text[start:end], start, end, commune, "third_level"))
        taken.append((start, end))
    if not added:
        return list(toponyms), []
    kept = [t for t in toponyms if not any(a.start < t.end and t.start < a.end for a in added)]
    found = sorted([*kept, *added], key=lambda t: t.start)
    return found, [(a.start, a.end, RULE) for a in added]


def _qualified_elsewhere(text: str, end: int, unit: Unit) -> bool:
    """Whether the "(unit, department)" qualifier right after the name places it in another commune and
    department than the unit's: "Sehoun village (Houeyogbe, Mono)" names a village of Houeyogbe, not the
    arrondissement of Sehoun in Zou."""
    m = _QUALIFIER.match(text, end)
    if m is None:
        return False
    parts = {normalize(p) for p in m.group(1).split(",")}
    return not parts & {normalize(unit.parent), normalize(unit.region), normalize(unit.name)}


def _unit_at(text: str, m: re.Match, table, taken):
    """The unit a capitalised name (or its first words) is, with its span, when used as a place."""
    words = m.group().split()
    for n in range(len(words), 0, -1):
        key = normalize(" ".join(words[:n]))
        if key not in table:
            continue
        start = m.start()
        end = start + len(" ".join(words[:n]))
        if any(s < end and start < e for s, e in taken) or not _used_as_place(text, start, end):
            return None
        cands = table[key]
        if len({(normalize(u.parent), u.iso3) for u in cands}) > 1:
            return None  # (a name two communes share says no commune)
        return (start, end), cands[0]
    return None


def _commune(gazetteer, unit: Unit):
    """The index's entry for the unit's commune: its second-level area, else its town, in its department."""
    cands = [p for p in gazetteer.candidates(unit.parent) if p.iso3 == unit.iso3]
    region = normalize(unit.region)
    inside = [p for p in cands if normalize(p.admin1 or "") == region]
    for feature in ("admin2", "city"):
        for p in inside:
            if p.feature == feature:
                return p
    return None

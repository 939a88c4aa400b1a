"""Admin units below the province from the shipped tables ``data/admin_units/<ISO3>.tsv`` (Kenya's
constituencies, sub-counties and wards, built from a registry package by
``scripts/refresh_admin_units.py``), added to the gazetteer index as admin2 entries.

A unit is an admin2 entry inside its province (the index's admin1 of that name), at the table's point
(a ward's is its constituency's), with no population of its own: it never outranks a town of the same
name, and is spotted in running text only when a cue or the entity recogniser points at it ("in
Kawangware", "Youth in Embakasi East") — a multi-word name is spotted by itself.  A ward whose name a
town of the same province already bears is that town (the index's point is more precise), and a ward
named after its constituency is the constituency; a constituency named after its town is an area of its
own ("Laisamis sub-county"), coded at that town (``places.seat.namesake_town``).  A district divided
into directional parts ("Kuresoi North", "Kuresoi South") is also indexed by its undivided name.  ACLED codes a place known only by its area at
geo_precision 2 (``places.area_only``, ``places.village_in_unit``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..datafiles import read_table
from ..settings import DATA_DIR
from .gazetteer_build import GENERIC_NAMES, normalize, strip_admin

UNIT_LEVELS = ("constituency", "sub_county", "ward")
# ward names that are common words of a town's map, not names a report uses for the ward
_COMMON_WORDS = frozenset({"township", "hospital", "stadium", "industrial area", "railways", "municipality",
                           "biashara", "town", "central", "market", "airport", "majengo"})


@dataclass(frozen=True)
class Unit:
    level: str
    name: str
    constituency: str
    county: str
    latitude: float
    longitude: float


def read_units(iso3: str) -> list[Unit]:
    """The rows of ``data/admin_units/<iso3>.tsv`` (none when no table ships for the country)."""
    path = DATA_DIR / "admin_units" / f"{iso3}.tsv"
    if not path.is_file():
        return []
    table = read_table(path)
    out = []
    for row in table.rows:
        if row["level"] not in UNIT_LEVELS:
            raise table.error(row, f"unknown level {row['level']!r} for {row['name']!r}")
        out.append(Unit(row["level"], row["name"], row["constituency"], row["county"],
                        float(row["latitude"]), float(row["longitude"])))
    return out


def _key(name: str) -> str:
    return "".join(ch for ch in normalize(name) if ch.isalnum())


def usable(unit: Unit) -> bool:
    """A name a report would use for the unit: not a common word of a town's map ("Township",
    "Central"), not a generic place word."""
    key = normalize(unit.name)
    return key not in _COMMON_WORDS and key not in GENERIC_NAMES and len(key) >= 3


def unit_entries(units: list[Unit], provinces: dict[str, str], towns: set[tuple[str, str]]) -> Iterator[tuple]:
    """(name, province, admin2 name, latitude, longitude, scan strength) for each unit to index.

    ``provinces`` maps a province's letters-only key to the index's name for it ("taitataveta" ->
    "Taita/Taveta"); ``towns`` holds (province, town) keys of the index's towns."""
    seen: set[tuple[str, str]] = set()
    for u in sorted(units, key=lambda u: UNIT_LEVELS.index(u.level)):
        province = provinces.get(_key(u.county)) or provinces.get(_key(u.county + " city"))
        if province is None or not usable(u):
            continue
        key = (_key(province), _key(strip_admin(normalize(u.name))))
        if key in seen or (u.level == "ward" and key in towns):
            continue  # the constituency of that name, or (a ward) the town, stands for it
        seen.add(key)
        scan = 1 if " " in u.name.strip() or u.level != "ward" else 0
        yield u.name, province, u.constituency or u.name, u.latitude, u.longitude, scan


# what tells wards of one neighbourhood apart: "Umoja I", "Dandora Area Iv", "Eastleigh North", "Nyalenda 'a'"
_PART = re.compile(r"(?:\s+(?:area|north|south|east|west|central|upper|lower|[ivx]+|[a-d]|'[a-d]'))+$", re.IGNORECASE)


def neighbourhoods(units: list[Unit]) -> list[Unit]:
    """The neighbourhood several wards of one county split ("Umoja I", "Umoja Ii" -> Umoja), at the
    middle of their points, and each name of a ward written with a slash ("Woodley/Kenyatta Golf
    Course"): a report names the place, not the ward's part."""
    parts: dict[tuple[str, str], list[Unit]] = {}
    out = []
    for u in units:
        if u.level != "ward":
            continue
        for name in u.name.split("/") if "/" in u.name else (u.name,):
            name = name.strip()
            if name != u.name and len(name) >= 4:
                out.append(Unit("ward", name, u.constituency, u.county, u.latitude, u.longitude))
            base = _PART.sub("", name).strip()
            if base != name and len(base) >= 4:
                parts.setdefault((u.county, base), []).append(u)
    for (county, base), group in parts.items():
        if len(group) < 2:
            continue
        lat = sum(u.latitude for u in group) / len(group)
        lon = sum(u.longitude for u in group) / len(group)
        out.append(Unit("ward", base, group[0].constituency, county, lat, lon))
    return out


# the part of a divided district: "Kuresoi North", "Dagoretti South"
_DIVIDED = re.compile(r"\s+(?:north|south|east|west|central)$", re.IGNORECASE)


def divided_units(units: list[Unit]) -> list[Unit]:
    """The district that a delimitation divided into directional parts ("Kuresoi North", "Kuresoi
    South" -> Kuresoi), at the middle of the parts' points: reports keep naming the undivided district.
    A name some unit of the county already bears is left to that unit."""
    named = {(u.county, normalize(u.name)) for u in units}
    parts: dict[tuple[str, str, str], list[Unit]] = {}
    for u in units:
        if u.level == "ward":
            continue
        base = _DIVIDED.sub("", u.name).strip()
        if base != u.name and len(base) >= 4 and (u.county, normalize(base)) not in named:
            parts.setdefault((u.level, u.county, base), []).append(u)
    out = []
    for (level, county, base), group in parts.items():
        if len(group) < 2:
            continue
        lat = sum(u.latitude for u in group) / len(group)
        lon = sum(u.longitude for u in group) / len(group)
        out.append(Unit(level, base, base, county, lat, lon))
    return out


def add_units(b, iso3s: tuple[str, ...] = ("KEN",)) -> int:
    """Add the shipped units of ``iso3s`` to the index builder ``b`` (after its provinces and towns);
    returns how many were added."""
    added = 0
    for iso3 in iso3s:
        units = read_units(iso3)
        if not units:
            continue
        units = units + neighbourhoods(units) + divided_units(units)
        rows = [r for r in b.places if r[3] == iso3]
        country = next((r[2] for r in rows), None)
        provinces = {_key(r[1]): r[1] for r in rows if r[9] == "admin1"}
        towns = {(_key(r[6] or ""), _key(r[1])) for r in rows if r[9] == "city"}
        entries = list(unit_entries(units, provinces, towns))
        known = _correct_areas(b, iso3, entries)
        for name, province, admin2, lat, lon, scan in entries:
            if _key(strip_admin(normalize(name))) in known:
                continue
            pid = b.add_place(name, country, iso3, lat, lon, province, admin2, None, "admin2", 0)
            b.add_name(name, pid, True, scan, admin=True)
            added += 1
    return added


def _correct_areas(b, iso3: str, entries: list[tuple]) -> set[str]:
    """The registry's district entries of ``iso3`` that the table holds under the same name take the
    table's province and point (the table follows the electoral delimitation, which a registry's
    older district list may place in another province); returns the names so corrected."""
    first: dict[str, tuple] = {}
    for e in entries:
        first.setdefault(_key(strip_admin(normalize(e[0]))), e)
    corrected = set()
    for i, row in enumerate(b.places):
        if row[3] != iso3 or row[9] != "admin2":
            continue
        key = _key(strip_admin(normalize(row[1])))
        e = first.get(key)
        if e is None:
            continue
        b.places[i] = row[:4] + (float(e[3]), float(e[4]), e[1]) + row[7:]
        corrected.add(key)
    return corrected

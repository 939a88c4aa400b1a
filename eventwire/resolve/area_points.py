"""Where the index puts a country or a first-level admin area (province, state, region): the point a
toponym naming the whole area resolves to.

Chosen once, at build time, by the first of these that applies (each a registered rule,
``classify/places_rules.py``):

- ``places.point.geonames_dump``: a GeoNames dump the user imported gives the area's own entry
  (``ADM1``, ``PCLI`` …): GeoNames' point wins (``gazetteer_import``);
- ``places.point.conventional_centre``: a large or elongated country with a conventional centre
  (``COUNTRY_CENTRES``);
- ``places.point.reference``: the reference point shipped in ``data/area_points.tsv`` (the Countries
  States Cities Database, ODbL-1.0), unless it lies more than ``MAX_KM_FROM_TOWNS`` from every town
  the index knows in the area (a point that far off names another place);
- ``places.point.settlements_middle``: else the middle of the area's towns.

An event known only to such an area is not coded here but at the area's seat (``gazetteer_seats``,
``places.seat.*``), as ACLED codes province-level events; this point is the toponym's.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..datafiles import read_table
from ..settings import DATA_DIR
from .gazetteer_build import haversine_km

POINTS_FILE = DATA_DIR / "area_points.tsv"

DUMP = "places.point.geonames_dump"
CONVENTIONAL = "places.point.conventional_centre"
REFERENCE = "places.point.reference"
MIDDLE = "places.point.settlements_middle"

MAX_KM_FROM_TOWNS = 300.0

Point = tuple[float, float]


@lru_cache(maxsize=2)
def reference_points(path: Path = POINTS_FILE) -> dict[tuple[str, int], Point]:
    """(kind, GeoNames id) -> reference point, kind ``admin1`` or ``country``."""
    return {(row["kind"], int(row["geonameid"])): (float(row["latitude"]), float(row["longitude"]))
            for row in read_table(path).rows}


def near_a_town(point: Point, towns: list[tuple[float, float, int]], km: float = MAX_KM_FROM_TOWNS) -> bool:
    """Whether ``point`` lies within ``km`` of one of ``towns`` ((lat, lon, population)); True without towns."""
    if not towns:
        return True
    lat, lon = point
    return any(abs(t[0] - lat) <= km / 100.0 and haversine_km(lat, lon, t[0], t[1]) <= km for t in towns)


def choose_point(reference: Point | None, towns: list[tuple[float, float, int]],
                 middle: Point | None, conventional: Point | None = None) -> tuple[Point | None, str]:
    """The area's point and the id of the rule that chose it (the dump's point is applied later, on
    import).  ``middle`` is the middle of its towns, ``conventional`` a country's conventional centre."""
    if conventional is not None:
        return conventional, CONVENTIONAL
    if reference is not None and near_a_town(reference, towns):
        return reference, REFERENCE
    return middle, MIDDLE


def example_point(example: str) -> tuple[str, str]:
    """The point and rule for a point rule's example, "<area>: [dump LAT LON;] [centre LAT LON;]
    [reference LAT LON;] towns LAT LON, LAT LON, …; middle LAT LON", as the build would choose them."""
    _, _, body = example.partition(":")
    parts = {}
    for part in body.split(";"):
        key, _, rest = part.strip().partition(" ")
        parts[key] = rest.strip()

    def pt(s: str) -> Point:
        lat, lon = s.split()
        return float(lat), float(lon)

    if "dump" in parts:
        return parts["dump"], DUMP
    towns = [(*pt(t), 0) for t in parts.get("towns", "").split(",") if t.strip()]
    point, rule = choose_point(pt(parts["reference"]) if "reference" in parts else None, towns,
                               pt(parts["middle"]) if "middle" in parts else None,
                               pt(parts["centre"]) if "centre" in parts else None)
    return ("none" if point is None else f"{point[0]:g} {point[1]:g}"), rule

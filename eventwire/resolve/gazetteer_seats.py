"""The seat of each admin area in the index: the town ACLED codes an event at when the report names
only the area (a province, a district, a commune), or a village of it that no gazetteer holds.

Chosen once, at build time, and kept in the ``seats`` table (the area as a ``Place`` names it: country,
feature, name, admin1 -> the town's place id, with the id of the rule that chose it):

- ``places.seat.capital_code``: a GeoNames dump the user imported marks the area's capital (``PPLA``
  for a first-level area, ``PPLA2`` for a second-level one, ``PPLC`` where the capital of the country
  is also that of its province);
- ``places.seat.reference_table``: else the seat a shipped table names (``seat_tables``, from
  ``data/admin_seats/<ISO3>.tsv``: a country's designated capitals where the guesses below fail);
- ``places.seat.namesake_town``: else the town inside the area that bears the area's name (a province's
  unless a town four times its size lies in it: a village can share a province's name);
- ``places.seat.largest_town``: else, for a province, its most populous town;
- ``places.seat.province_seat``: else, for a district no source places (no town of the index lies in
  it and none bears its name), its province's seat: an event there is known no finer than the province
  (geo_precision 3), rather than at a point the build made up for the district.

A district with towns but without a namesake keeps its own name and point (the middle of its towns)."""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import lru_cache

from .gazetteer_build import name_keys, normalize, strip_admin

CAPITAL_CODE = "places.seat.capital_code"
NAMESAKE_TOWN = "places.seat.namesake_town"
LARGEST_TOWN = "places.seat.largest_town"
PROVINCE_SEAT = "places.seat.province_seat"
TABLE_SEAT = "places.seat.reference_table"  # (chosen by ``seat_tables``; it wins over the guesses here)
TABLE_MARK = "TABLE"  # (in a rule's example: the town a seat table names)

# GeoNames feature codes of the seat of a first- and second-level admin area
CAPITAL_FEATURE_CODES = {"PPLA": "admin1", "PPLA2": "admin2", "PPLC": "admin1"}

# columns of a ``places`` row
_ID, _NAME, _ISO3, _A1, _A2, _FEATURE, _POP = 0, 1, 3, 6, 7, 9, 10


@lru_cache(maxsize=None)  # (a few thousand province and district names, asked for once per town)
def _key(name: str | None) -> str:
    return normalize(name or "")


def _area_keys(name: str) -> set[str]:
    """The names a town would bear to be the area's namesake: 'Kunar Province' -> {kunar province, kunar}."""
    n = normalize(name)
    return {k for k in (n, strip_admin(n)) if k}


class AreaTowns:
    """The towns of one area: the largest, and the largest bearing each name."""

    __slots__ = ("largest", "by_name")

    def __init__(self) -> None:
        self.largest: tuple | None = None
        self.by_name: dict[str, tuple] = {}

    def add(self, town: tuple, keys: set[str] | None = None) -> None:
        if self.largest is None or town[_POP] > self.largest[_POP]:
            self.largest = town
        for k in name_keys(town[_NAME]) if keys is None else keys:
            if k not in self.by_name or town[_POP] > self.by_name[k][_POP]:
                self.by_name[k] = town

    def namesake(self, area_name: str) -> tuple | None:
        named = [self.by_name[k] for k in _area_keys(area_name) if k in self.by_name]
        return max(named, key=lambda t: t[_POP]) if named else None


_NONE = AreaTowns()


def registry_seats(places: Iterable[tuple], unplaced: Collection[int] = ()) -> list[tuple[int, int, str]]:
    """``seats`` rows for every admin1/admin2 row of ``places`` with a town in it; a district whose id is
    in ``unplaced`` (no point of its own: the build put it at its province's middle) takes its
    province's seat when it has no namesake town."""
    places = list(places)
    in_a1: dict[tuple[str, str], AreaTowns] = defaultdict(AreaTowns)
    in_a2: dict[tuple[str, str, str], AreaTowns] = defaultdict(AreaTowns)
    town_keys: dict[str, set[str]] = {}  # (many towns share a name)
    for row in places:
        if row[_FEATURE] == "city" and row[_A1]:
            keys = town_keys.get(row[_NAME])
            if keys is None:
                keys = town_keys[row[_NAME]] = name_keys(row[_NAME])
            in_a1[(row[_ISO3], _key(row[_A1]))].add(row, keys)
            if row[_A2]:
                in_a2[(row[_ISO3], _key(row[_A1]), _key(row[_A2]))].add(row, keys)
    out = []
    for area in places:
        if area[_FEATURE] == "admin1":
            seat = seat_of_province(area[_NAME], in_a1.get((area[_ISO3], _key(area[_NAME])), _NONE))
        elif area[_FEATURE] == "admin2":
            province = in_a1.get((area[_ISO3], _key(area[_A1])), _NONE)
            seat = seat_of_district(area[_NAME], in_a2.get((area[_ISO3], _key(area[_A1]), _key(area[_NAME])),
                                                           _NONE), province,
                                    area[_A1] if area[_ID] in unplaced else "")
        else:
            continue
        if seat is not None:
            out.append(seat_row(area[_ISO3], area[_FEATURE], area[_NAME], area[_A1], seat[0][_ID], seat[1]))
    return out


def seat_of_province(name: str, towns: AreaTowns) -> tuple[tuple, str] | None:
    """The town bearing the province's name (unless one four times its size is in it), else its largest."""
    if towns.largest is None:
        return None
    namesake = towns.namesake(name)
    if namesake is not None and 4 * namesake[_POP] >= towns.largest[_POP]:
        return namesake, NAMESAKE_TOWN
    return towns.largest, LARGEST_TOWN


def seat_of_district(name: str, towns: AreaTowns, province: AreaTowns, province_name: str = ""
                     ) -> tuple[tuple, str] | None:
    """The town bearing the district's name, inside it or (the gazetteer's districts of a town are not
    always the census's) inside its province.  Without one, a district with towns keeps its own name
    and point rather than taking another of its towns (a district is named after its seat far more
    often than a province; the index may hold only its hamlets).  ``province_name`` is given only for a
    district placed by nothing of its own: it takes its province's seat."""
    namesake = towns.namesake(name) or province.namesake(name)
    if namesake is not None:
        return namesake, NAMESAKE_TOWN
    if towns.largest is not None or not province_name:  # (one with towns keeps their middle)
        return None
    seat = seat_of_province(province_name, province)
    return (seat[0], PROVINCE_SEAT) if seat is not None else None


def seat_row(iso3: str, feature: str, name: str, admin1: str | None, seat: int, rule: str) -> tuple:
    """A row of the ``seats`` table, keyed as a ``Place`` is known at run time (an admin1 row's
    ``admin1`` is its own name)."""
    return (iso3, feature, name, admin1 or "", seat, rule)


def write_seats(con: sqlite3.Connection, seats: Iterable[tuple]) -> None:
    con.execute("CREATE TABLE IF NOT EXISTS seats(iso3 TEXT, feature TEXT, name TEXT, admin1 TEXT, "
                "seat INTEGER, rule TEXT, PRIMARY KEY (iso3, name, feature, admin1)) WITHOUT ROWID")
    con.executemany("INSERT OR REPLACE INTO seats VALUES (?,?,?,?,?,?)", seats)


def capital_seats(con: sqlite3.Connection, capitals: dict[tuple[str, str, str | None], int]
                  ) -> list[tuple]:
    """``seats`` rows for the areas whose capital a dump marks: ``capitals`` maps
    (iso3, admin1 name, admin2 name or None) -> the capital's GeoNames id."""
    if not capitals:
        return []
    gids = sorted(set(capitals.values()))
    ids: dict[int, int] = {}
    for i in range(0, len(gids), 900):  # (a whole-world index holds millions of towns: ask for these only)
        chunk = gids[i:i + 900]
        ids.update(con.execute(f"SELECT geonameid, id FROM places WHERE feature = 'city' AND geonameid IN "
                               f"({','.join('?' * len(chunk))})", chunk))
    out = []
    for iso3, name, a1, feature in con.execute(
            "SELECT iso3, name, admin1, feature FROM places WHERE feature IN ('admin1', 'admin2')").fetchall():
        key = (iso3, _key(name), None) if feature == "admin1" else (iso3, _key(a1), _key(name))
        gid = capitals.get(key)
        if gid is not None and gid in ids:
            out.append(seat_row(iso3, feature, name, a1, ids[gid], CAPITAL_CODE))
    return out


def example_seat(example: str) -> tuple[str, str] | None:
    """The seat and rule for a seat rule's example, "<area> (province|district of <province>): <town>
    <population> [<GeoNames feature code> | TABLE]; … [| <town of the province outside the district> …]", as
    the build would choose them (for the rulebook's tests)."""
    head, _, body = example.partition(":")
    name, _, level = head.strip().rstrip(")").partition(" (")
    feature = "admin1" if level == "province" else "admin2"
    province_name = level.partition(" of ")[2]
    inside, _, outside = body.partition("|")
    towns, province, capital, table = AreaTowns(), AreaTowns(), None, None
    parts = [(p.split(), True) for p in inside.split(";") if p.strip()]
    parts += [(p.split(), False) for p in outside.split(";") if p.strip()]
    for n, (part, in_area) in enumerate(parts):
        code = part.pop() if part[-1] in CAPITAL_FEATURE_CODES or part[-1] == TABLE_MARK else None
        town = (n, " ".join(part[:-1]), "", "", 0.0, 0.0, "", "", None, "city", int(part[-1]))
        province.add(town)
        if in_area:
            towns.add(town)
        if code == TABLE_MARK:
            table = town
        elif code is not None and CAPITAL_FEATURE_CODES[code] == feature:
            capital = town
    if capital is not None:
        return capital[_NAME], CAPITAL_CODE
    if table is not None:  # (a shipped seat table's row: ``seat_tables``)
        return table[_NAME], TABLE_SEAT
    seat = (seat_of_province(name, towns) if feature == "admin1"
            else seat_of_district(name, towns, province, province_name if towns.largest is None else ""))
    return (seat[0][_NAME], seat[1]) if seat is not None else None

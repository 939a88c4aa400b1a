"""The seats of admin areas that a shipped table names (``data/admin_seats/<ISO3>.tsv``): the town ACLED
codes an event at when a note names only a province or district, or a village of it no gazetteer holds,
where the registry packages' towns do not tell it (``places.seat.reference_table``).

The build guesses a seat from the towns it knows (``gazetteer_seats``: the area's namesake, a province's
largest town, a district's province seat).  The guess fails where the capital is not the largest town
(Benin's Alibori department: Kandi, not the larger Malanville), where the registry lacks the district's
town (the commune of Karimama: its district is then known only to its province, precision 3), or where
it files the town in another province.  A table row names the seat:

- with a point: the index's town of the seat's name (or another spelling of it) within ``MATCH_KM`` of it, else a town added to the
  index at that point (named as the table names it, with no population of its own);
- without one: the index's town of that name in the province, else in the country (the registry may
  file it in another province).

The seat town takes the table's province (and, for a district's seat, the district) as its own; a
district the build could place only at its province's middle is moved to its seat's point.  A row whose
``seat_in`` names another first-level area (a capital district of its own: Cundinamarca's capital is
Bogota, in the Capital District) takes the index's town of that name in that area and leaves it filed
there.  A capital
that a GeoNames dump the user imported marks still wins (``places.seat.capital_code``, written later)."""
from __future__ import annotations

from dataclasses import dataclass

from ..datafiles import read_table
from ..settings import DATA_DIR
from .gazetteer_build import haversine_km, name_keys, normalize, strip_admin
from .gazetteer_seats import TABLE_SEAT as RULE
MATCH_KM = 20.0  # (a table's point and the registry's point of the same town)
LEVELS = ("admin1", "admin2")

# columns of a ``places`` row (``gazetteer_build._Builder.add_place``)
_ID, _NAME, _ISO3, _LAT, _LON, _A1, _A2, _FEATURE, _POP = 0, 1, 3, 4, 5, 6, 7, 9, 10


@dataclass(frozen=True)
class SeatRow:
    level: str
    area: str
    province: str
    seat: str
    point: tuple[float, float] | None
    seat_in: str = ""  # (the first-level area the seat lies in, when it is not the row's own)


def read_seats(iso3: str) -> list[SeatRow]:
    """The rows of ``data/admin_seats/<iso3>.tsv`` (none when no table ships for the country)."""
    path = DATA_DIR / "admin_seats" / f"{iso3}.tsv"
    if not path.is_file():
        return []
    table = read_table(path, required=4)
    out = []
    for row in table.rows:
        if row["level"] not in LEVELS:
            raise table.error(row, f"unknown level {row['level']!r} for {row['area']!r}")
        point = (float(row["latitude"]), float(row["longitude"])) if row["latitude"] else None
        out.append(SeatRow(row["level"], row["area"], row["province"], row["seat"], point, row.get("seat_in", "")))
    return out


def tables() -> tuple[str, ...]:
    """The countries a seat table ships for."""
    folder = DATA_DIR / "admin_seats"
    return tuple(sorted(p.stem for p in folder.glob("*.tsv"))) if folder.is_dir() else ()


def _key(name: str | None) -> str:
    return strip_admin(normalize(name or ""))


def apply_seat_tables(b, iso3s: tuple[str, ...] | None = None) -> list[tuple]:
    """Apply the shipped seat tables to the index builder ``b`` (after its towns and areas): returns the
    ``seats`` rows (iso3, feature, area name, admin1, seat place id, rule) they decide."""
    wanted = {iso3: rows for iso3 in (tables() if iso3s is None else iso3s) if (rows := read_seats(iso3))}
    if not wanted:
        return []
    places: dict[str, list[tuple]] = {iso3: [] for iso3 in wanted}
    for r in b.places:  # (one pass over the index's places and names for all the tables' countries)
        if r[_ISO3] in places:
            places[r[_ISO3]].append(r)
    town_ids = {r[_ID] for rs in places.values() for r in rs if r[_FEATURE] == "city"}
    spellings: dict[int, set[str]] = {}  # a town's names and other spellings, as the index keys them
    for key, pid in b.names:
        if pid in town_ids:
            spellings.setdefault(pid, set()).add(key)
    out = []
    for iso3, rows in wanted.items():
        out.extend(_apply(b, iso3, rows, places[iso3], spellings))
    return out


def _apply(b, iso3: str, rows: list[SeatRow], places: list[tuple], spellings: dict[int, set[str]]
           ) -> list[tuple]:
    country = next((r[2] for r in places), None)
    areas = {(r[_FEATURE], _key(r[_A1]) if r[_FEATURE] == "admin2" else "", _key(r[_NAME])): r
             for r in places if r[_FEATURE] in LEVELS}
    towns: dict[str, list[tuple]] = {}  # the country's towns by each name and spelling the index keys them by
    for r in places:
        if r[_FEATURE] == "city":
            for key in spellings.get(r[_ID], ()):
                towns.setdefault(key, []).append(r)
    provinces = {_key(r[_NAME]): r[_NAME] for r in places if r[_FEATURE] == "admin1"}
    out = []
    for row in rows:
        area = areas.get((row.level, _key(row.province) if row.level == "admin2" else "", _key(row.area)))
        province = provinces.get(_key(row.province))
        home = provinces.get(_key(row.seat_in)) if row.seat_in else province  # (the area the seat lies in)
        if area is None or province is None or home is None:
            continue  # (an area the registry does not list is not one a text resolves to)
        town = _seat_town(row, towns, home)
        if town is None and row.point is None:
            continue
        district = area[_NAME] if row.level == "admin2" and not row.seat_in else (
            town[_A2] if town is not None else None)
        if town is None:
            pid = b.add_place(row.seat, country, iso3, row.point[0], row.point[1], home, district, None,
                              "city", 0)
            b.add_name(row.seat, pid, True, 0)
        else:
            pid = town[_ID]
            if not row.seat_in:  # (a capital district's town stays filed in its own area)
                b.places[pid - 1] = b.places[pid - 1][:_A1] + (province, district) + b.places[pid - 1][_A2 + 1:]
        seat = b.places[pid - 1]
        if area[_ID] in b.unplaced:  # (a district at its province's middle takes its seat's point)
            b.places[area[_ID] - 1] = area[:_LAT] + (seat[_LAT], seat[_LON]) + area[_LON + 1:]
            b.unplaced.discard(area[_ID])
        out.append((iso3, row.level, area[_NAME], area[_A1] or "", pid, RULE))
    return out


def _seat_town(row: SeatRow, towns: dict[str, list[tuple]], province: str) -> tuple | None:
    """The index's town that the row's seat names, by its name or another spelling the index gives it
    (``towns``: the country's towns by name key; see the module's docstring), or None."""
    named = sorted({t[_ID]: t for key in name_keys(row.seat) for t in towns.get(key, ())}.values())
    if row.point is not None:
        near = [t for t in named if haversine_km(t[_LAT], t[_LON], *row.point) <= MATCH_KM]
        return max(near, key=lambda t: t[_POP]) if near else None
    inside = [t for t in named if _key(t[_A1]) == _key(province)]
    pool = inside or named
    return max(pool, key=lambda t: t[_POP]) if pool else None

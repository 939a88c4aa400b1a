"""Write eventwire/data/third_level/BEN.tsv: Benin's arrondissements (third-level admin units) with their
commune and department, from the ``benin-geo`` package (MIT licence; arrondissements from the annex of
Benin's law no. 2013-05).  The package is needed only to refresh the file:

    pip install benin-geo==0.1.0 && python scripts/refresh_third_level.py

The file is pinned to the version installed when it was written (its header says which)."""
from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "third_level" / "BEN.tsv"


def rows() -> list[tuple[str, str, str]]:
    import benin_geo

    communes = {c.id: c for c in benin_geo.communes}
    departments = {d.id: d for d in benin_geo.departements}
    out = []
    for a in benin_geo.arrondissements:
        commune = communes[a.parent]
        out.append((a.nom, commune.nom, departments[commune.parent].nom))
    return sorted(out, key=lambda r: (r[2], r[1], r[0]))


def main() -> int:
    header = [
        f"# version: third_level.BEN.benin-geo-{version('benin-geo')}",
        "# source: the benin-geo package (PyPI, MIT licence, Copyright (c) 2026 Elodias ADIMOU): Benin's "
        "546 arrondissements with their commune and department (annex of law no. 2013-05); written by "
        "scripts/refresh_third_level.py",
        "arrondissement\tcommune\tdepartment",
    ]
    lines = ["\t".join(r) for r in rows()]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} arrondissements")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""GeoNames dumps written here in GeoNames' own tab-separated format, and a two-entry stand-in (Kenya
and its Nakuru county) for the registry part of the gazetteer build, so that a test of
`eventwire gazetteer import` exercises the dump reading, the name index and the atomic replacement alone
(the fixture ``stand_in_gazetteer`` of conftest.py installs it)."""
from __future__ import annotations

from eventwire.resolve import gazetteer_build


def dump_row(gid, name, fclass, fcode, cc, a1, a2, pop, alts="", lat="-0.30", lon="36.10") -> list[str]:
    """One row of a GeoNames dump: geonameid name asciiname alternatenames lat lon class code cc cc2
    admin1 admin2 admin3 admin4 population elevation dem timezone modified."""
    return [str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "", "", str(pop), "",
            "1800", "Africa/Nairobi", "2024-01-01"]


def tsv(rows) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def stand_in_registry(progress=None):
    b = gazetteer_build._Builder()
    pid = b.add_place("Kenya", "Kenya", "KEN", 1.0, 38.0, None, None, 192950, "country", 50_000_000)
    b.add_name("Kenya", pid, True, 2)
    pid = b.add_place("Nakuru", "Kenya", "KEN", -0.5, 36.0, "Nakuru", None, 7668902, "admin1", 2_000_000)
    b.add_name("Nakuru", pid, True, 2, admin=True)
    return b, {"KE": ("KEN", "Kenya")}, {("KE", "39"): "Nakuru"}

"""Names of admin areas that the registry packages do not give (``data/area_names/<ISO3>.tsv``): an area
renamed after the registry's data (Burkina Faso's regions of 2025: "Liptako" is the Sahel region), an area
that no longer exists but is still written (Kenya's former provinces: "Rift Valley" is the counties it was
made of) and a new area carved out of others (placed at its seat).  Added to the gazetteer index when it is
built (``places.area_former_name``); the registry's own names of an area come first.

- ``renamed``: the name is another name of the index's area ``areas`` (one area);
- ``former``: the name is an area of its own, made of the index's first-level areas ``areas``: placed at
  its seat, it holds the places of those areas (``inside_former_area``), and is coded at its seat;
- ``new``: an area of its own inside the index's first-level area ``areas``, placed at its seat.

``alone`` says whether the name is spotted in running text by itself ("Rift Valley") or only with a kind
word written after it ("Coast Province"; ``kinds``: those words)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import read_table
from ..settings import DATA_DIR
from .gazetteer_build import normalize, strip_admin

KINDS = ("renamed", "former", "new")
FOLDER = "area_names"

# columns of a ``places`` row (``gazetteer_build._Builder.add_place``)
_ID, _NAME, _ISO3, _LAT, _LON, _A1, _FEATURE, _POP = 0, 1, 3, 4, 5, 6, 9, 10


@dataclass(frozen=True)
class AreaName:
    iso3: str
    name: str
    kind: str
    level: str
    areas: tuple[str, ...]
    seat: str
    alone: bool
    kinds: tuple[str, ...]


def tables() -> tuple[str, ...]:
    folder = DATA_DIR / FOLDER
    return tuple(sorted(p.stem for p in folder.glob("*.tsv"))) if folder.is_dir() else ()


@lru_cache(maxsize=64)
def read_names(iso3: str) -> tuple[AreaName, ...]:
    """The rows of ``data/area_names/<iso3>.tsv`` (none when no table ships for the country)."""
    path = DATA_DIR / FOLDER / f"{iso3}.tsv"
    if not path.is_file():
        return ()
    table = read_table(path)
    out = []
    for row in table.rows:
        if row["kind"] not in KINDS or row["level"] not in ("admin1", "admin2"):
            raise table.error(row, f"unknown kind or level for {row['name']!r}")
        out.append(AreaName(iso3, row["name"], row["kind"], row["level"],
                            tuple(a for a in row["areas"].split(";") if a), row["seat"], row["alone"] == "yes",
                            tuple(k for k in row["kinds"].split(";") if k)))
    return tuple(out)


def _key(name: str | None) -> str:
    return strip_admin(normalize(name or ""))


@lru_cache(maxsize=256)
def former_members(iso3: str, name: str) -> frozenset[str]:
    """The keys of the first-level areas a former area of the country was made of (empty for any other
    name)."""
    return next((frozenset(_key(a) for a in n.areas) for n in read_names(iso3)
                 if n.kind == "former" and _key(n.name) == _key(name)), frozenset())


def former_names(iso3: str) -> frozenset[str]:
    """The keys of the country's former areas (not first-level areas of today)."""
    return frozenset(_key(n.name) for n in read_names(iso3) if n.kind in ("former", "new") and n.level == "admin1")


def apply_area_names(b, seat_rule: str) -> list[tuple]:
    """Add the shipped names to the index builder ``b`` (after its areas and seat tables): returns the
    ``seats`` rows (iso3, feature, area name, admin1, seat place id, rule) of the areas it adds."""
    out: list[tuple] = []
    for iso3 in tables():
        rows = read_names(iso3)
        places = [r for r in b.places if r[_ISO3] == iso3]
        provinces = {_key(r[_NAME]): r for r in places if r[_FEATURE] == "admin1"}
        towns: dict[tuple[str, str], tuple] = {}
        for r in places:
            if r[_FEATURE] == "city":
                k = (_key(r[_A1]), _key(r[_NAME]))
                if k not in towns or towns[k][_POP] < r[_POP]:
                    towns[k] = r
        for n in rows:
            out.extend(_add(b, n, provinces, towns, seat_rule))
    return out


def _names(b, n: AreaName, pid: int) -> None:
    scan = 2 if n.alone else 0
    b.add_name(n.name, pid, n.kind != "renamed", scan, admin=True)
    for kind in n.kinds:
        b.add_name(f"{n.name} {kind.title()}", pid, False, 2, admin=True)


def _add(b, n: AreaName, provinces: dict, towns: dict, seat_rule: str) -> list[tuple]:
    homes = [provinces[_key(a)] for a in n.areas if _key(a) in provinces]
    if len(homes) != len(n.areas) or not homes:
        return []  # (an area the index does not hold: nothing to name)
    seat = next((towns[(_key(h[_NAME]), _key(n.seat))] for h in homes if (_key(h[_NAME]), _key(n.seat)) in towns), None)
    if n.kind == "renamed":
        _names(b, n, homes[0][_ID])
        return []
    if seat is None:
        return []
    admin1 = n.name if n.level == "admin1" else homes[0][_NAME]
    pop = sum(h[_POP] for h in homes) if n.kind == "former" else 0
    pid = b.add_place(n.name, seat[2], n.iso3, seat[_LAT], seat[_LON], admin1,
                      n.name if n.level == "admin2" else None, None, n.level, pop)
    _names(b, n, pid)
    return [(n.iso3, n.level, b.places[pid - 1][_NAME], b.places[pid - 1][_A1] or "", seat[_ID], seat_rule)]


def other_name(p, written: str) -> bool:
    """Whether the text's name ``written`` reads the admin area ``p`` through a shipped name."""
    if p is None or p.feature not in ("admin1", "admin2"):
        return False
    key = _key(written)
    return any(_key(n.name) == key and (n.kind != "renamed" or any(_key(a) == _key(p.name) for a in n.areas))
               for n in read_names(p.iso3))


@lru_cache(maxsize=1)
def written() -> frozenset[str]:
    """The names of every shipped table, normalised."""
    return frozenset(normalize(n.name) for iso3 in tables() for n in read_names(iso3))

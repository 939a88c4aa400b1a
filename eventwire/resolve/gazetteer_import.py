"""Add GeoNames dumps a user downloaded to the place index.

GeoNames publishes its whole gazetteer as tab-separated text, zipped: ``allCountries.zip`` (every
entry), one file per country (``KE.zip``), ``cities1000.zip`` (places of 1,000 people or more), and
``alternateNamesV2.zip`` (other names and spellings of every entry), and the code tables
``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (the names of the admin1/admin2 codes, which a
``cities1000`` file does not carry).  The registry packages the
default index is built from hold only places of 500 people or more and a part of the world's
districts; a dump adds the villages, neighbourhoods and sub-districts news names
(ACLED codes events at such places).

Kept from a geoname dump: populated places (feature class ``P``, less the historical, abandoned and
destroyed ones: ``PPLH``, ``PPLQ``, ``PPLW``, ``PPLCH``) and first- to third-level administrative
divisions (``ADM1``–``ADM3``), skipping entries the default index already holds; a country or province
the default index holds moves to the point of its own dump entry (``PCLI`` …, ``ADM1``:
``places.point.geonames_dump``, see ``area_points``).  Each place gets the
names of its admin1 and admin2 codes (a third-level division: its own name as the part and its
admin2's as admin2 when known).  A town coded ``PPLA`` (``PPLA2``) becomes the seat of its province
(district), over the seat the registry build chose (``gazetteer_seats``).
A dump is read in one pass into the temporary index file; a file with the wrong columns or a
truncated zip raises ``ValueError`` naming the file and line, and the index in use is left as it was.
"""
from __future__ import annotations

import io
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .gazetteer_build import normalize
from .gazetteer_seats import CAPITAL_FEATURE_CODES, capital_seats, write_seats

GEONAME_COLUMNS = 19
ALTERNATE_COLUMNS = (8, 10)  # alternateNames.txt (8) and alternateNamesV2.txt (10)
CODE_COLUMNS = (4,)  # admin1CodesASCII.txt, admin2Codes.txt: code, name, ascii name, geonameid
_GONE = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})  # historical, abandoned, destroyed places
_ADMIN_CODES = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2"}
# independent, dependent, freely associated, semi-independent political entities (GeoNames' countries)
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
_AREA_POINT_CODES = _COUNTRY_CODES | {"ADM1"}
# alternate-name "languages" that are codes or links, not names
_NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "fr_1793", "tcid"})
_BATCH = 20_000


def is_alternate_names(path: Path) -> bool:
    return path.name.lower().startswith("alternatenames")


def is_code_table(path: Path) -> bool:
    return path.name.lower().startswith(("admin1codes", "admin2codes"))


def columns_of(path: Path) -> tuple[int, ...]:
    return ALTERNATE_COLUMNS if is_alternate_names(path) else CODE_COLUMNS if is_code_table(path) \
        else (GEONAME_COLUMNS,)


_KIND = {ALTERNATE_COLUMNS: "alternate names", CODE_COLUMNS: "admin code table", (GEONAME_COLUMNS,): "geoname"}


@contextmanager
def open_dump(path: Path) -> Iterator[io.TextIOBase]:
    """The text of a dump: a ``.txt`` file, or the data file inside a GeoNames ``.zip``."""
    if path.suffix.lower() != ".zip":
        with open(path, encoding="utf-8", newline="") as f:
            yield f
        return
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ValueError(f"{path}: not a readable zip file ({exc}); download it again") from None
    with zf:
        members = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith(
            ("readme", "iso-languagecodes"))]
        if not members:
            raise ValueError(f"{path}: the zip holds no GeoNames .txt file")
        with zf.open(members[0]) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8", newline="")


def rows(path: Path, columns: tuple[int, ...]) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows of a dump with their line numbers, each checked to have one of ``columns``
    fields."""
    with open_dump(path) as f:
        try:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) not in columns:
                    raise ValueError(
                        f"{path} line {n}: {len(parts)} tab-separated columns, expected "
                        f"{' or '.join(map(str, columns))} (is this a GeoNames {_KIND[columns]} dump?)")
                yield n, parts
        except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile) as exc:
            raise ValueError(f"{path}: the zip is truncated or damaged ({exc}); download it again") from None
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 text ({exc})") from None


def check_dumps(paths: list[Path], head: int = 50) -> None:
    """Fail fast, before any building, on a file that is not a GeoNames dump."""
    for p in paths:
        n = 0
        for n, _ in enumerate(rows(p, columns_of(p)), 1):
            if n >= head:
                break
        if n == 0:
            raise ValueError(f"{p}: no GeoNames rows in it")


class DumpImporter:
    """Adds dump entries to an index being built (``con``), next to the registry-built entries."""

    def __init__(self, con: sqlite3.Connection, add_names: Callable, country_of: dict[str, tuple[str, str]],
                 admin1_names: dict[tuple[str, str], str], known_ids: set[int],
                 progress: Callable[[str], None] = lambda msg: None):
        self.con, self.add_names, self.progress = con, add_names, progress
        self.country_of = country_of  # ISO2 -> (ISO3, country name)
        self.admin1 = dict(admin1_names)  # (ISO2, admin1 code) -> name
        self.admin2: dict[tuple[str, str, str], str] = {}
        self.known = known_ids
        # (iso3, admin1, admin2 or None) -> GeoNames id of the town a dump marks as that area's capital
        self.capitals: dict[tuple[str, str, str | None], int] = {}
        self.next_id = con.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM places").fetchone()[0]
        self.added = 0
        self.area_points: list[tuple[float, float, int]] = []  # (lat, lon, GeoNames id) of known areas

    def import_files(self, paths: list[Path]) -> int:
        geo = [p for p in paths if not is_alternate_names(p) and not is_code_table(p)]
        for p in paths:
            if is_code_table(p):
                self._code_table(p)
        for p in geo:
            self._admin_names(p)
        for p in geo:
            self.progress(f"reading {p.name}")
            self._places(p)
        for p in paths:
            if is_alternate_names(p):
                self.progress(f"reading {p.name}")
                self._alternates(p)
        write_seats(self.con, capital_seats(self.con, self.capitals))
        return self.added

    def _code_table(self, path: Path) -> None:
        """Names of the admin codes from GeoNames' code tables ("KE.39" -> Nakuru, "KE.39.123" -> …)."""
        for n, r in rows(path, CODE_COLUMNS):
            code = r[0].split(".")
            if len(code) == 2:
                self.admin1.setdefault((code[0], code[1]), r[1])
            elif len(code) == 3:
                self.admin2.setdefault((code[0], code[1], code[2]), r[1])
            else:
                raise ValueError(f"{path} line {n}: {r[0]!r} is not an admin code like KE.39 or KE.39.123")

    def _admin_names(self, path: Path) -> None:
        """Names of the admin1/admin2 codes, from the dump's own ADM1/ADM2 entries (the registry's
        admin1 names stay, so that imported places share their province's name with the others)."""
        for _, r in rows(path, (GEONAME_COLUMNS,)):
            if r[7] == "ADM1":
                self.admin1.setdefault((r[8], r[10]), r[1])
            elif r[7] == "ADM2":
                self.admin2[(r[8], r[10], r[11])] = r[1]

    def _places(self, path: Path) -> None:
        batch: list[tuple] = []
        for n, r in rows(path, (GEONAME_COLUMNS,)):
            feature = "city" if r[6] == "P" and r[7] not in _GONE else _ADMIN_CODES.get(r[7]) if r[6] == "A" \
                else None
            if (feature is None and r[7] not in _COUNTRY_CODES) or r[8] not in self.country_of:
                continue
            try:
                gid, lat, lon = int(r[0]), float(r[4]), float(r[5])
                pop = int(r[14] or 0)
            except ValueError:
                raise ValueError(f"{path} line {n}: geonameid {r[0]!r}: the id, coordinates or population "
                                 f"are not numbers; is this a GeoNames geoname dump?") from None
            if r[6] == "A" and r[7] in _AREA_POINT_CODES and gid in self.known:
                self.area_points.append((lat, lon, gid))
            if feature is None:
                continue
            if r[7] in CAPITAL_FEATURE_CODES:
                self._capital(r, gid)
            if gid in self.known:
                continue
            self.known.add(gid)
            batch.append(self._entry(r, feature, gid, lat, lon, pop))
            self.next_id += 1
            if len(batch) >= _BATCH:
                self._flush(batch)
        self._flush(batch)
        self._move_area_points()

    def _move_area_points(self) -> None:
        """Countries and provinces the registry build holds, at the point the dump gives their own
        entry (``places.point.geonames_dump``)."""
        self.con.executemany("UPDATE places SET lat = ?, lon = ? WHERE geonameid = ? AND feature IN "
                             "('country', 'admin1')", self.area_points)
        self.area_points.clear()

    def _capital(self, r: list[str], gid: int) -> None:
        """Remember the town a PPLA/PPLA2/PPLC row marks as the seat of its province or district."""
        iso3 = self.country_of[r[8]][0]
        a1 = normalize(self.admin1.get((r[8], r[10])) or "")
        if not a1:
            return
        if CAPITAL_FEATURE_CODES[r[7]] == "admin1":
            key: tuple[str, str, str | None] = (iso3, a1, None)
            if r[7] == "PPLC" and key in self.capitals:
                return  # (a PPLA of the province wins over the country's capital)
            self.capitals[key] = gid
        else:
            a2 = normalize(self.admin2.get((r[8], r[10], r[11])) or "")
            if a2:
                self.capitals[(iso3, a1, a2)] = gid

    def _entry(self, r: list[str], feature: str, gid: int, lat: float, lon: float, pop: int) -> tuple:
        """One row of the places table (with the alternate names last) for the geoname row ``r``."""
        iso3, country = self.country_of[r[8]]
        a1 = self.admin1.get((r[8], r[10]))
        a2 = self.admin2.get((r[8], r[10], r[11]))
        if r[7] == "ADM2" or (r[7] == "ADM3" and a2 is None):
            a2 = r[1]
        elif feature == "admin1":
            a1, a2 = r[1], None
        return (self.next_id, r[1], country, iso3, lat, lon, a1, a2, gid, feature, pop, r[3])


    def _flush(self, batch: list[tuple]) -> None:
        if not batch:
            return
        self.con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", [b[:11] for b in batch])
        for b in batch:
            alts = [a for a in b[11].split(",") if a] if b[11] else []
            self.add_names(b[0], b[1], alts, b[9], b[10])
        self.added += len(batch)
        batch.clear()
        self.progress(f"{self.added:,} places added")

    def _alternates(self, path: Path) -> None:
        """Other names of the entries in the index, looked up a batch at a time (a whole-world
        alternate-names file names twelve million entries; their ids are not all held in memory)."""
        self.con.execute("CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid)")
        batch: list[tuple[int, str]] = []
        for n, r in rows(path, ALTERNATE_COLUMNS):
            if r[2] in _NOT_NAMES or (len(r) >= 8 and r[7] == "1"):  # codes, links; historic names
                continue
            try:
                batch.append((int(r[1]), r[3]))
            except ValueError:
                raise ValueError(f"{path} line {n}: geonameid {r[1]!r} is not a number; is this a GeoNames "
                                 f"alternate names dump?") from None
            if len(batch) >= _BATCH:
                self._add_alternates(batch)
        self._add_alternates(batch)
        self.con.execute("DROP INDEX places_geonameid")

    def _add_alternates(self, batch: list[tuple[int, str]]) -> None:
        gids = sorted({g for g, _ in batch})
        ids: dict[int, int] = {}
        for i in range(0, len(gids), 900):
            chunk = gids[i:i + 900]
            ids.update(self.con.execute(f"SELECT geonameid, id FROM places WHERE geonameid IN "
                                        f"({','.join('?' * len(chunk))})", chunk))
        for gid, name in batch:
            pid = ids.get(gid)
            if pid is not None:
                self.add_names(pid, None, [name], None, 0)
        batch.clear()

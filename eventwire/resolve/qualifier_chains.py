"""Qualifiers of a place that sit one step away from it in news prose (rules in
``extract/classify/qualifier_place_rules.py``):

- "X in Burundi's Bubanza province": the country in the possessive names whose province follows; the
  province holds X (``places.qualifier_country_possessive``);
- "X village, Y local government area": the district after the settlement's word holds it
  (``places.qualifier_settlement_district``);
- "the X quarter of the Iraqi capital, Baghdad": the city holds its quarter
  (``places.qualifier_capital_quarter``);
- "Nasarawa's Keana local government": a district is held by the province of that name, not by the
  province's namesake town (``places.qualifier_district_province``).

``qualifier_pairs`` in ``places.py`` adds these (place, holding area) pairs to its own."""
from __future__ import annotations

import re

from ..extract.classify.qualifier_place_rules import CAPITAL_QUARTER, COUNTRY_POSSESSIVE, SETTLEMENT_DISTRICT
from .gazetteer_build import normalize

_ADMIN = ("admin1", "admin2")
# "X in ", "X, a village in " before the country
_IN_GAP = re.compile(r"\s+(?:(?:village|town|area|district|locality)\s+)?(?:in|of)\s+", re.IGNORECASE)
# "Burundi's ", "Nigeria's northern " between the country and its province
_COUNTRY_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:far\s+)?(?:north|south|east|west|central|northern|southern|"
                                     r"eastern|western|north-?eastern|north-?western|south-?eastern|"
                                     r"south-?western|restive|troubled|oil-rich|volatile)\s+)*")
# "Tudun Wada village, Wase ..."
_SETTLEMENT_COMMA_GAP = re.compile(r"\s+(?:village|town|community|settlement|hamlet)\s*,\s*", re.IGNORECASE)
# "Karrada quarter of the Iraqi capital, " / "Hodan neighbourhood in the Somali capital "
_CAPITAL_QUARTER_GAP = re.compile(r"\s+(?:district|quarter|neighbou?rhood|area|suburb|section)\s+(?:of|in)\s+the\s+"
                                  r"(?:[A-Z][\w'’-]+\s+)?capital\s*,?\s+")

# "the Nahrawi quarter of the Iraqi capital, " right before the city: a quarter the index lacks
_QUARTER_BEFORE_CAPITAL = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}" + _CAPITAL_QUARTER_GAP.pattern + "$")


def quarter_of_capital(text: str, start: int) -> bool:
    """Whether the city named at ``start`` is a capital whose quarter is named right before it ("the
    Nahrawi quarter of the Iraqi capital, Baghdad"): the event lies in a part of the city, which is coded
    at the city with geo_precision 2 (``places.qualifier_capital_quarter``)."""
    return _QUARTER_BEFORE_CAPITAL.search(text, max(0, start - 90), start) is not None


def _is_country(m) -> bool:
    return bool(m.cands) and m.cands[0][0].feature == "country"


def _has_admin(m) -> bool:
    return any(c[0].feature in _ADMIN for c in m.cands)


def chain_pairs(text: str, mentions: list) -> list[tuple[object, object, str]]:
    """(place, holding area, rule id) for the three constructions above."""
    out = []
    for k, (prev, m) in enumerate(zip(mentions, mentions[1:])):
        gap = text[prev.end:m.start]
        if prev.fixed and m.fixed:
            continue
        if k + 2 < len(mentions) and _IN_GAP.fullmatch(gap) and _is_country(m):
            area = mentions[k + 2]
            if _COUNTRY_POSSESSIVE_GAP.fullmatch(text, m.end, area.start) and _has_admin(area):
                out.append((prev, area, COUNTRY_POSSESSIVE))
        elif _SETTLEMENT_COMMA_GAP.fullmatch(gap) and m.hint == "admin" and _has_admin(m):
            out.append((prev, m, SETTLEMENT_DISTRICT))
        elif _CAPITAL_QUARTER_GAP.fullmatch(gap) and m.cands and m.cands[0][0].feature == "city" and \
                any(c[0].iso3 == m.cands[0][0].iso3 for c in prev.cands):
            # (a quarter the index lacks, or knows only abroad, is left to the city named after it)
            out.append((prev, m, CAPITAL_QUARTER))
    return out


def district_holder(inner, box_m, box):
    """The area that holds the district ``inner`` when its qualifier ``box`` was read as a town: the
    province of the same name in the same country, if the index has one; else ``box``."""
    if box is None or box.feature != "city" or inner.hint != "admin":
        return box
    return next((c[0] for c in box_m.cands if c[0].feature == "admin1" and c[0].iso3 == box.iso3
                 and normalize(c[0].name) == normalize(box.name)), box)

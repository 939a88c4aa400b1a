"""A place written as a part of a named area keeps to that area (``places.part_of_named_area``).

"The Sari area of southern Hajja province", "the Yarmouk neighbourhood in southern Baghdad", "Orsa in
Kelbo locality, North Vantar": the second name is the area that holds the first.  The qualifier reading of
``places.qualifier_pairs`` asks the holding name to be an admin area; here the words around the names say
so instead (an area's word after it, a part's word or a direction between), and a city holds its
neighbourhoods too.  Only a place read in another country than its area is changed: it becomes the
same-name place inside the area, else the area itself."""
from __future__ import annotations

import re
from typing import Callable

from ..records import Place

_DIRECTION = (r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central|upper|lower)(?:ern)?")
# "X area of", "X neighbourhood in", "X in": the part, then the area, a direction allowed before it
_PART_GAP = re.compile(r"\s+(?:(?:area|areas|neighbou?rhood|district|quarter|suburb|locality|village|camp|"
                       r"section|sector|zone|outskirts)\s+)?(?:of|in)\s+(?:the\s+)?(?:(" + _DIRECTION + r")\s+)?|"
                       r"\s+(?:area|locality|village|camp|district)\s+near\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?",
                       re.IGNORECASE)
# the area's own word after its name ("Hajja province", "Kuma locality")
_AREA_AFTER = re.compile(r"\s+(?:province|state|region|governorate|district|county|locality|municipality|"
                         r"prefecture|department|division)\b", re.IGNORECASE)
# "Y locality, Z": a unit, then the province that holds it
_UNIT_THEN_PROVINCE = re.compile(r"\s+(?:locality|district|sub-?county|county|commune|municipality|area)\s*,\s*",
                                 re.IGNORECASE)
_PART_WORD = re.compile(r"\s+(?:area|areas|neighbou?rhood|quarter|suburb|locality|section|sector|zone|outskirts)\s",
                        re.IGNORECASE)


def part_pairs(text: str, mentions) -> list[tuple[int, int]]:
    """(part, area) mention indexes the wording links: a part's word or a direction between the names, or
    the area's own word after the second ("the X area near Y town" too: an area near a town lies around it);
    or a unit then its province ("Y locality, Z")."""
    out = []
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        gap = _PART_GAP.fullmatch(text, a.end, b.start)
        if gap is not None and (gap.group(1) or _PART_WORD.match(text, a.end) or _AREA_AFTER.match(text, b.end)) \
                and not names_its_area_after(text, b, mentions[k + 2:]):
            out.append((k, k + 1))
        elif _UNIT_THEN_PROVINCE.fullmatch(text, a.end, b.start) and any(c[0].feature == "admin1" for c in b.cands):
            out.append((k, k + 1))
    return out


def hold_in_areas(text: str, mentions, choice: list[Place | None],
                  inside: Callable[[Place, Place], bool]) -> tuple[list[Place | None], list[tuple[int, int]]]:
    """The choices with each part read in another country than its area, a country no other place of the
    article lies in, moved into the area (the same-name place inside it, else the area), from the last pair
    to the first so that a chain "X in Y locality, Z" carries Z's country to X; and the (start, end) of the names so moved."""
    choice = list(choice)
    moved = []
    for k, j in sorted(part_pairs(text, mentions), reverse=True):
        area, part = choice[j], choice[k]
        if area is None or area.feature in ("continent", "country") or mentions[k].fixed:
            continue
        if part is None or part.iso3 == area.iso3:
            continue  # (a name read nowhere is the qualifier readings' to place)
        if any(p is not None and p.iso3 == part.iso3 for i, p in enumerate(choice) if i not in (k, j)):
            continue  # ("between Dusa and Orlo in Varda county", Varda read abroad: the area is the one misread)
        held = [c for c in mentions[k].cands if c[0] is not area and inside(c[0], area)]
        choice[k] = max(held, key=lambda c: c[1])[0] if held else area
        mentions[k].fixed = True
        moved.append((mentions[k].start, mentions[k].end))
    return choice, moved


# "the Varnian region of Oltland": a unit's word and "of" after a name, then the area's own name
_UNIT_OF_AFTER = re.compile(r"\s+(?:region|province|state|governorate|district|county)\s+of\s+(?:the\s+)?",
                            re.IGNORECASE)


def names_its_area_after(text: str, m, rest) -> bool:
    """Whether the name of mention ``m`` only describes an area named after it ("Bosaso in the Somali
    state of Puntland": Puntland is the area; "the Oromia region of Ethiopia" names Oromia, as a country
    follows)."""
    after = _UNIT_OF_AFTER.match(text, m.end)
    if after is None or not rest or rest[0].start != after.end():
        return False
    return not (rest[0].cands and rest[0].cands[0][0].feature == "country")

"""A people's name written as the people's ("Oru raiders", "the Oru and Tessa communities") is no place
when the text names another (``resolve/people_places.py``, ``places.people_name_not_place``); the kind
word after an area's name picks the countries whose areas are of that kind (``resolve/area_kinds.py``,
``places.area_kind_country``)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from eventwire.extract.classify.places_rules import PEOPLE_NAME_NOT_PLACE
from eventwire.resolve import area_kinds
from eventwire.resolve.people_places import people_use, unresolve_peoples


def _at(text: str, name: str) -> tuple[int, int]:
    s = text.index(name)
    return s, s + len(name)


@pytest.mark.parametrize("text,name,expected", [
    ("Oru raiders drove away forty cows near Pemba.", "Oru", True),
    ("Raiders attacked five Oru herders near Pemba.", "Oru", True),
    ("The Oru and Tessa communities clashed over land near Pemba.", "Oru", True),
    ("The Oru and Tessa communities clashed over land near Pemba.", "Tessa", True),
    ("Raiders attacked a village in Oru, killing two herders.", "Oru", False),
    ("Raiders attacked herders at Oru on Monday.", "Oru", False),
    ("Oru residents protested the closure of the school.", "Oru", False),  # (the residents of a place)
    ("Oru county officials fled the raid.", "Oru", False),
])
def test_a_name_is_a_peoples_only_before_a_word_for_its_members(text, name, expected):
    assert people_use(text, *_at(text, name)) is expected


@dataclass(frozen=True)
class _Place:
    feature: str


@dataclass(frozen=True)
class _Top:
    text: str
    start: int
    end: int
    place: _Place | None


def test_the_peoples_name_is_unresolved_only_when_another_place_is_named():
    is_people = {"Oru"}.__contains__
    text = "Oru raiders shot two herders at Pemba."
    oru, pemba = _Top("Oru", 0, 3, _Place("admin1")), _Top("Pemba", 32, 37, _Place("city"))
    decisions: list = []
    out = unresolve_peoples(text, [oru, pemba], is_people, decisions)
    assert out[0].place is None and out[1].place is pemba.place
    assert decisions == [(0, 3, PEOPLE_NAME_NOT_PLACE)]
    # a note whose only place word is the people's name keeps it
    alone = "Oru raiders shot two herders."
    assert unresolve_peoples(alone, [oru], is_people, [])[0].place is oru.place


def test_the_kind_word_picks_the_countries_whose_areas_are_of_that_kind():
    text = "Farmers marched across Punjab state."
    assert area_kinds.kind_written(text, *_at(text, "Punjab")) == "state"
    assert area_kinds.kind_written("in Punjab State", 3, 15) == "state"
    assert area_kinds.kind_countries("state", {"IND", "PAK"}) == {"IND"}
    assert area_kinds.kind_countries("province", {"IND", "PAK"}) == {"PAK"}
    assert area_kinds.kind_written("in Punjab on Monday", 3, 9) is None


def test_the_kind_word_picks_the_level_iso_names_with_it():
    assert area_kinds.kind_level("BFA", "region") == "admin1"
    assert area_kinds.kind_level("BFA", "province") == "admin2"
    assert area_kinds.kind_level("KEN", "county") == "admin1"
    assert area_kinds.kind_level("GHA", "district") is None
    assert area_kinds.kind_level("XXX", "region") is None


def _area(name: str, iso3: str):
    from eventwire.records import Place
    return (Place(name=name, country=iso3, iso3=iso3, latitude=0.0, longitude=0.0, admin1=name, admin2=None,
                  geonameid=None, feature="admin1", population=0), 1.0, False)


def test_an_area_whose_own_name_holds_the_kind_word_keeps_every_country():
    from eventwire.resolve.places import _of_kind_written
    text = "Farmers marched across Punjab state."
    cands = [_area("Punjab", "PAK"), _area("Punjab", "IND")]
    assert [c[0].iso3 for c in _of_kind_written(text, *_at(text, "Punjab"), cands)] == ["IND"]
    text = "Gunmen struck a village of Eastern Province."
    cands = [_area("Eastern Province", "LKA"), _area("Eastern", "ZMB")]
    assert _of_kind_written(text, *_at(text, "Eastern"), cands) == cands

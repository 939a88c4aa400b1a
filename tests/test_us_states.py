"""US towns written with the AP Stylebook's state abbreviations ("Salem, Ore."): the abbreviation is the
town's state, never a place of its own (resolve/us_states.py, ``places.ap_state_abbreviation``)."""
from __future__ import annotations

import pytest

from eventwire.resolve.us_states import state_after_town


def places(gazetteer, text):
    return {t.text: t.place for t in gazetteer.geoparse(text) if t.place is not None}


@pytest.mark.parametrize("text,town,state", [
    ("Police said the fire at a clinic in Tuscaloosa, Ala., on Monday injured two guards.", "Tuscaloosa", "Alabama"),
    ("Protesters marched in Salem, Ore., on Friday.", "Salem", "Oregon"),
    ("A bakery owner in Birmingham, Ala., said sales fell by a third.", "Birmingham", "Alabama"),
    ("Teachers walked out of two schools in Springfield, Ill.", "Springfield", "Illinois"),
    ("The union rallied outside a warehouse in Rochester, N.Y., on Sunday.", "Rochester", "New York"),
    ("Deputies closed a road near Dover, DE, after the spill.", "Dover", "Delaware"),
])
def test_the_town_lies_in_the_abbreviated_state(gazetteer, text, town, state):
    found = places(gazetteer, text)
    assert found[town].iso3 == "USA" and found[town].admin1 == state
    assert all(p.iso3 == "USA" for p in found.values())


def test_the_abbreviation_is_not_a_place_abroad(gazetteer):
    found = places(gazetteer, "The owner of a Birmingham, Ala., bakery said sales fell by a third.")
    assert all(p.iso3 == "USA" for p in found.values())
    assert found.get("Ala.") is None or found["Ala."].feature == "admin1" and found["Ala."].iso3 == "USA"


def test_only_after_a_town_and_its_comma():
    assert state_after_town("Volunteers in Mobile, Ala., handed out meals.")[0][2] == "Alabama"
    assert state_after_town("The Ala. delegation left.") == []
    assert state_after_town("Rebels, IN turn, attacked.") == []
    assert state_after_town("He said Kisumu, OR Nakuru would do") == []

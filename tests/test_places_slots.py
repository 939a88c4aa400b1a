"""Place names in their slots: a multi-word name read whole after a cue, a unit name the recogniser
took for a person, and a local place ("X market in Y") held by the town named after it."""
from __future__ import annotations

import pytest

from eventwire.extract.classify.places_rules import (CUED_FULL_NAME, CUED_MISSPELLING, LOCAL_PLACE_IN_TOWN,
                                                     UNIT_NOT_PERSON)
from eventwire.records import Entity
from eventwire.resolve.places import Gazetteer, unit_named_as_person
from eventwire.settings import Settings

pytestmark = pytest.mark.gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(Settings.from_env())


def _places(gaz: Gazetteer, text: str, decisions: list | None = None) -> dict:
    return {t.text: t.place for t in gaz.geoparse(text, decisions=decisions)}


def test_a_rare_two_word_town_after_a_cue_is_read_whole(gaz):
    decisions: list = []
    found = _places(gaz, "Robbers shot dead a shopkeeper in Sultan Hamud town on Tuesday night.", decisions)
    assert "Sultan" not in found
    assert found["Sultan Hamud"].iso3 == "KEN"
    assert any(rule == CUED_FULL_NAME for _, _, rule in decisions)


def test_without_a_cue_the_first_word_is_not_stretched(gaz):
    # (no "in", "at", "near" before the run: the spotter's own reading stands)
    decisions: list = []
    gaz.geoparse("Sultan Hamud traders said prices rose.", decisions=decisions)
    assert not any(rule == CUED_FULL_NAME for _, _, rule in decisions)


def test_a_unit_word_after_the_name_makes_it_no_person():
    holder = "Laikipia West Sub-County"
    assert unit_named_as_person(holder, 0, len("Laikipia West"))
    assert unit_named_as_person("Kisauni Ward", 0, len("Kisauni"))
    assert not unit_named_as_person("Mary Laikipia", 5, 13)  # a person whose surname is a place
    assert not unit_named_as_person("Laikipia Jones", 0, 8)


def test_a_unit_taken_for_a_person_stays_a_place(gaz):
    from eventwire.pipeline import clean_toponyms

    text = "Bandits shot dead a herdsman at Lomuge village, Laikipia West Sub-County, on Sunday."
    start = text.index("Laikipia")
    found = gaz.geoparse(text)
    person = Entity("Laikipia West Sub-County", start, start + len("Laikipia West Sub-County"), "PERSON")
    kept: list = []
    places = {t.text: t.place for t in clean_toponyms(found, (person,), kept)}
    assert places["Laikipia West"].iso3 == "KEN"
    assert kept == [(start, start + len("Laikipia West"), UNIT_NOT_PERSON)]
    # a true person's name still unresolves the place inside it
    other = Entity("Laikipia West Mwangi", start, start + 20, "PERSON")
    assert {t.text: t.place for t in clean_toponyms(found, (other,))}["Laikipia West"] is None


def test_a_market_named_in_a_town_is_not_a_namesake_abroad(gaz):
    decisions: list = []
    found = _places(gaz, "Police shot dead two traders at Kabogo market in Ndhiwa on Friday.", decisions)
    assert found["Kabogo"].iso3 == "KEN" and found["Kabogo"].name == "Ndhiwa"
    assert any(rule == LOCAL_PLACE_IN_TOWN for _, _, rule in decisions)
    # without the holding town the namesake is the only reading the index has
    assert _places(gaz, "Police shot dead two traders at Kabogo market on Friday.")["Kabogo"].iso3 != "KEN"


@pytest.mark.parametrize("text,local,town,iso3", [
    # a bus terminus, a junction, a roundabout or a bridge named in a town lies in that town
    ("Vendors fought council guards at Copacabana bus terminus in central Harare on Monday.",
     "Copacabana", "Harare", "ZWE"),
    ("Youths burned tyres at Bombay junction in Kisumu after the vote.", "Bombay", "Kisumu", "KEN"),
    ("Riot police cleared traders from Toronto roundabout in Nakuru.", "Toronto", "Nakuru", "KEN"),
])
def test_a_junction_or_terminus_named_in_a_town_is_not_a_namesake_abroad(gaz, text, local, town, iso3):
    decisions: list = []
    found = _places(gaz, text, decisions)
    assert found[local].iso3 == iso3 and found[local].name == town
    assert any(rule == LOCAL_PLACE_IN_TOWN for _, _, rule in decisions)


def test_a_cued_unknown_name_is_read_as_a_misspelling_in_the_story_country(gaz):
    text = "Police dispersed residents of Ndarangwa who were protesting the results."
    decisions: list = []
    found = {t.text: t.place for t in gaz.geoparse(text, country_cues={"KEN": 2}, decisions=decisions)}
    assert found["Ndarangwa"].name == "Ndaragwa" and found["Ndarangwa"].iso3 == "KEN"
    assert any(rule == CUED_MISSPELLING for _, _, rule in decisions)
    # no country the story is about: no guess abroad
    assert "Ndarangwa" not in {t.text for t in gaz.geoparse(text)}
    # where people came from is no place slot for a guess
    moved = "Traders from Ndarangwa marched to the county offices."
    assert "Ndarangwa" not in {t.text for t in gaz.geoparse(moved, country_cues={"KEN": 2})}


def test_a_rare_whole_name_stays_inside_the_country_the_wording_names(gaz):
    text = "Robbers shot dead a shopkeeper in Sultan Hamud town on Tuesday night."
    found = {t.text: t.place for t in gaz.geoparse(text, country_cues={"TZA": 2})}
    assert found.get("Sultan Hamud") is None and "Sultan" not in found


def test_a_district_written_with_its_province_is_the_event_place(pipeline):
    import datetime as dt

    from eventwire.records import Article

    text = "Soldiers shot dead a smuggler in Mae Taeng district of Chiang Mai province on Sunday."
    events = pipeline.process(Article(id="district-of", date=dt.date(2019, 7, 25), text=text)).events
    assert events and events[0].location.name == "Amphoe Mae Taeng"
    assert events[0].location.iso3 == "THA"

"""Event places agree with the story: modifiers, reference points and qualifiers (invented texts)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article

pytestmark = [pytest.mark.model, pytest.mark.gazetteer]


def _events(pipeline, text: str):
    return pipeline.process(Article(id="t", date=dt.date(2021, 5, 20), text=text)).events


@pytest.mark.parametrize("text, iso3", [
    # a currency is not a place: the road block is not in the United States
    ("Protesters angry over the high US dollar exchange rate blocked the main road in Tripoli, Lebanon.",
     "LBN"),
    # the country a town lies near is a reference point, the demonym says where the town is
    ("Three traders died when their bus struck a landmine outside a Kenyan market town bordering "
     "Somalia, a county official said.", "KEN"),
    # a foreigner's nationality is not where the house burnt
    ("A UK national's house was burnt down by Samburu raiders on Tuesday.", "KEN"),
])
def test_event_country_is_the_story_country_not_a_modifier(pipeline, text, iso3):
    events = _events(pipeline, text)
    assert events and all(e.location is not None and e.location.iso3 == iso3 for e in events)


def test_a_village_missing_from_the_gazetteer_falls_back_to_its_named_county(pipeline):
    events = _events(pipeline, "Gunmen killed three farmers in Kisiwani, Kilifi County on Monday.")
    assert events and events[0].location.iso3 == "KEN" and events[0].location.admin1 == "Kilifi"
    assert events[0].actor2 is None or events[0].actor2.country in (None, "KEN")


def test_a_namesake_abroad_yields_to_the_district_named_with_it(pipeline):
    events = _events(pipeline, "On 9 July, a soldier was shot dead by an insurgent sniper in the Mardan "
                               "area of Nad Ali district, Helmand.")
    assert events and events[0].location.iso3 == "AFG" and events[0].geo_precision == 2


def test_the_demonym_town_of_x_is_in_that_peoples_country(pipeline):
    events = _events(pipeline, "Militiamen killed nine farmers on Sunday outside the northeastern "
                               "Congolese town of Beni, the army said.")
    assert events and events[0].location.iso3 == "COD" and events[0].location.name == "Beni"

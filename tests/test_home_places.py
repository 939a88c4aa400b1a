"""resolve/home_places.py: an event its story's country alone placed goes to the first place of that
country the text names without a cue."""
from __future__ import annotations

import pytest

from eventwire.records import Actor, Event
from eventwire.resolve import home_places
from eventwire.resolve.actors import ActorDictionary
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def actors():
    return ActorDictionary.load(Settings())


@pytest.mark.parametrize("text,expected", [
    ("Students of Nyeri National Polytechnic smashed windows.", "Nyeri"),
    ("Fishermen fought rangers on the shore of Lake Naivasha.", "Naivasha"),
    ("Parents blocked the gate of Kisima Primary School.", "Kisima"),
    ("Militants fired on the Kutus KDF camp at dawn.", "Kutus"),
    ("A mob beat a suspected thief outside a bar.", None),
    # a title's name, a people's name and a person's first name are no places
    ("Supporters of Governor Nyeri marched to the office.", None),
    ("Turkana raiders drove off two hundred goats.", None),
    ("Youths stoned the car of Kisumu Otieno on the highway.", None),
])
def test_an_uncued_home_name_is_read_unless_it_names_someone(gazetteer, actors, text, expected):
    found = home_places.home_place(text, "KEN", gazetteer, actors)
    assert (found.name if found else None) == expected


def _at_capital(gazetteer, rule: str, iso3: str = "KEN") -> Event:
    return Event(event_id="e", article_id="a", event_date="2024-05-02", time_precision=1, event_type="Riots",
                 sub_event_type="Violent demonstration", disorder_type="Demonstrations", plover_event="PROTEST",
                 plover_mode="riot", cameo="145", actor1=Actor("Rioters (Kenya)", 5, "KEN"), actor2=None,
                 location=gazetteer.seat(gazetteer.country(iso3)), geo_precision=3, fatalities_best=0,
                 fatalities_low=0, fatalities_high=0, decided_by=(("location", rule),))


def test_an_event_placed_by_its_country_alone_moves_to_the_named_home_place(gazetteer, actors):
    text = "Students of Nyeri National Polytechnic smashed windows over a fee rise."
    moved = home_places.named_home(_at_capital(gazetteer, "places.story_country"), text, gazetteer, actors)
    assert (moved.location.name, moved.geo_precision) == ("Nyeri", 1)
    assert dict(moved.decided_by)["location"] == "places.uncued_home_name"
    assert "places.uncued_home_name" in moved.rules


def test_an_event_with_a_place_of_its_own_keeps_it(gazetteer, actors):
    text = "Students of Nyeri National Polytechnic smashed windows over a fee rise."
    kept = home_places.named_home(_at_capital(gazetteer, "places.clause_place"), text, gazetteer, actors)
    assert kept.location.name == "Nairobi" and kept.geo_precision == 3


def test_a_name_the_article_reads_abroad_is_no_home_place(gazetteer, actors):
    from eventwire.records import Toponym
    text = "Both traders had come from Mwanza in Tanzania a year ago."
    tanzania = next(p for p in gazetteer.candidates("Mwanza") if p.iso3 == "TZA")
    start = text.index("Mwanza")
    assert home_places.home_place(text, "MWI", gazetteer, actors) is not None
    assert home_places.home_place(text, "MWI", gazetteer, actors, [(start, start + 6)]) is None
    event = _at_capital(gazetteer, "places.story_country", "MWI")
    assert home_places.named_home(event, text, gazetteer, actors).location.name == "Mwanza"
    kept = home_places.named_home(event, text, gazetteer, actors, [Toponym("Mwanza", start, start + 6, tanzania)])
    assert kept.location.name == "Lilongwe"

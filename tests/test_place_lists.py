"""One event per town of a list (resolve/place_lists.py, ``places.listed_place``): on hand-built
toponyms and events of our own, and through the pipeline on invented sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.classify.place_list_rules import LISTED_PLACE
from eventwire.records import Actor, ActorType, Article, Event, Place, Span, Toponym
from eventwire.resolve.place_lists import split_listed


def _place(name: str, lat: float, feature: str = "city", iso3: str = "AAA", admin1: str = "Upland",
           admin2: str | None = None) -> Place:
    return Place(name=name, country=iso3, iso3=iso3, latitude=lat, longitude=2.0, admin1=admin1,
                 admin2=admin2, feature=feature)


def _toponyms(text: str, places: dict[str, Place | None]) -> list[Toponym]:
    return [Toponym(name, text.index(name), text.index(name) + len(name), place) for name, place in places.items()]


def _event(text: str, anchor: Toponym, fatalities: int = 0, sub_event_type: str = "Peaceful protest") -> Event:
    return Event(event_id="e1", article_id="a1", event_date="2024-03-12", time_precision=1, event_type="Protests",
                 sub_event_type=sub_event_type, disorder_type="Demonstrations", plover_event="PROTEST",
                 plover_mode="demo", cameo="141", actor1=Actor("Protesters", ActorType.PROTESTERS), actor2=None,
                 location=anchor.place, geo_precision=1, fatalities_best=fatalities, fatalities_low=fatalities,
                 fatalities_high=fatalities,
                 evidence=(("location", Span(anchor.text, anchor.start, anchor.end)),),
                 rules=("places.clause_place",), decided_by=(("location", "places.clause_place"),))


def _split(text: str, places: dict[str, Place | None], anchor: str, **kw) -> list[Event]:
    tops = _toponyms(text, places)
    return split_listed([_event(text, next(t for t in tops if t.text == anchor), **kw)], text, tops)


TOWNS = {"Orvane": _place("Orvane", 1.0), "Belmark": _place("Belmark", 2.0), "Tessaly": _place("Tessaly", 3.0)}


def test_each_town_of_a_coordinated_list_gets_its_own_event():
    text = "Teachers marched in Orvane, Belmark and Tessaly on Monday."
    events = _split(text, TOWNS, "Orvane")
    assert [e.location.name for e in events] == ["Orvane", "Belmark", "Tessaly"]
    copies = events[1:]
    assert all(LISTED_PLACE in e.rules and dict(e.decided_by)["location"] == LISTED_PLACE for e in copies)
    assert dict(copies[0].evidence)["location"] == Span("Belmark", text.index("Belmark"), text.index("Belmark") + 7)
    assert len({e.event_id for e in events}) == 3


def test_a_name_the_index_lacks_inside_the_list_does_not_break_it():
    text = "Teachers marched in Orvane, Quillon, Belmark and Zephra on Monday."
    events = _split(text, {"Orvane": TOWNS["Orvane"], "Belmark": TOWNS["Belmark"]}, "Belmark")
    assert [e.location.name for e in events] == ["Belmark", "Orvane"]


@pytest.mark.parametrize("text", [
    "Teachers marched in Orvane, Belmark on Monday.",                 # commas alone: no coordination
    "Rioters blocked the road between Orvane and Belmark on Monday.",  # a stretch of road
    "Traders marched from Orvane and Belmark to the capital.",         # where they came from
])
def test_no_list_no_copy(text):
    assert len(_split(text, {"Orvane": TOWNS["Orvane"], "Belmark": TOWNS["Belmark"]}, "Orvane")) == 1


def test_a_town_and_the_area_it_lies_in_are_no_list():
    district = _place("Belmark", 2.0, feature="admin2", admin2="Belmark")
    inside = _place("Orvane", 1.0, admin2="Belmark")
    text = "Teachers marched in Orvane and Belmark district on Monday."
    assert len(_split(text, {"Orvane": inside, "Belmark": district}, "Orvane")) == 1


def test_a_trailing_province_qualifies_the_list():
    province = _place("Upland", 5.0, feature="admin1")
    text = "Teachers marched in Orvane and Belmark, Upland on Monday."
    events = _split(text, {"Orvane": TOWNS["Orvane"], "Belmark": TOWNS["Belmark"], "Upland": province}, "Orvane")
    assert [e.location.name for e in events] == ["Orvane", "Belmark"]


def test_towns_of_two_countries_are_no_list():
    abroad = {"Orvane": TOWNS["Orvane"], "Belmark": _place("Belmark", 2.0, iso3="BBB")}
    text = "Teachers marched in Orvane and Belmark on Monday."
    assert len(_split(text, abroad, "Orvane")) == 1



def test_a_place_another_event_of_the_same_kind_already_has_gets_no_copy():
    text = "Teachers marched in Orvane and Belmark on Monday."
    tops = _toponyms(text, {k: TOWNS[k] for k in ("Orvane", "Belmark")})
    events = split_listed([_event(text, tops[0]), _event(text, tops[1])], text, tops)
    assert len(events) == 2


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_march_in_three_towns_is_three_events(pipeline):
    text = "Nurses marched in Nakuru, Eldoret and Kisumu on Monday to demand unpaid allowances."
    events = pipeline.process(Article(id="lists-1", date=dt.date(2024, 3, 14), text=text)).events
    assert sorted(e.location.name for e in events) == ["Eldoret", "Kisumu", "Nakuru"]
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_road_between_two_towns_is_one_event(pipeline):
    text = "Rioters blocked the highway between Nakuru and Eldoret with burning tyres on Friday."
    events = pipeline.process(Article(id="lists-2", date=dt.date(2024, 3, 14), text=text)).events
    assert len(events) == 1


def test_a_toll_for_the_whole_list_keeps_the_event_whole():
    text = "Gunmen killed seven villagers in Orvane, Belmark and Tessaly on Monday."
    events = _split(text, TOWNS, "Belmark", fatalities=7)
    assert [(e.location.name, e.fatalities_best) for e in events] == [("Belmark", 7)]

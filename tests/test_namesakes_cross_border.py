"""A small same-name town abroad set aside for the country the article points to, and armed groups
whose home country says nothing of where their events happen (model-free, fictional places)."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.records import Actor, Place, Toponym
from eventwire.resolve import cross_border, namesakes


def _top(text: str, name: str, iso3: str, feature: str = "city", pop: int = 5000) -> Toponym:
    s = text.index(name)
    return Toponym(name, s, s + len(name), Place(name, iso3, iso3, 0.0, 0.0, feature=feature, population=pop))


def _places(tops) -> dict:
    w = {"city": 3.0, "admin2": 2.0, "admin1": 2.0}
    return {(t.place.iso3, t.text.lower()): w[t.place.feature] for t in tops}


TEXT = "Raiders burnt huts at Vella, a village of Oruma ward, and at Kesto on Monday."


def test_a_small_town_abroad_yields_to_a_ward_of_the_story():
    tops = [_top(TEXT, "Vella", "AAA"), _top(TEXT, "Oruma", "BBB", "admin2", 0)]
    lookup = {("Vella", "BBB"): None}
    out, decided = namesakes.obscure_namesakes(tops, _places(tops), Counter(), Counter(),
                                                lambda n, c: lookup.get((n, c)), TEXT)
    assert out[0].place is None and out[1] is tops[1]
    assert decided == [(tops[0].start, tops[0].end, "places.obscure_namesake")]


def test_read_in_the_pointed_country_when_the_index_has_it_there():
    tops = [_top(TEXT, "Vella", "AAA"), _top(TEXT, "Oruma", "BBB", "admin2", 0)]
    there = Place("Vella", "BBB", "BBB", 1.0, 1.0)
    out, _ = namesakes.obscure_namesakes(tops, _places(tops), Counter(), Counter(), lambda n, c: there, TEXT)
    assert out[0].place is there


@pytest.mark.parametrize("case", ["big town", "its country named otherwise", "two towns tie", "area word"])
def test_left_alone(case):
    text = {"area word": TEXT.replace("Oruma ward", "Oruma County"),
            "two towns tie": TEXT.replace(", a village of Oruma ward,", " and at Oruma")}.get(case, TEXT)
    tops = [_top(text, "Vella", "AAA", pop=250_000 if case == "big town" else 5000),
            _top(text, "Oruma", "BBB", "city" if case == "two towns tie" else "admin2", 0)]
    if case == "its country named otherwise":
        tops.append(_top(text, "Kesto", "AAA"))
    if case == "area word":
        tops = [_top(text, "Oruma County", "AAA")] + tops[:1]
    out, decided = namesakes.obscure_namesakes(tops, _places(tops), Counter(), Counter(), lambda n, c: None, text)
    assert out == tops and decided == []


def test_national_institutions_point_firmly():
    tops = [_top(TEXT, "Vella", "AAA")]
    out, _ = namesakes.obscure_namesakes(tops, _places(tops), Counter({"BBB": 3.0}), Counter({"BBB": 3.0}),
                                         lambda n, c: None, TEXT)
    assert out[0].place is None


def test_cross_border_groups():
    shabaab = Actor("Al Shabaab", 2, "SOM")
    assert cross_border.operating_countries("Al Shabaab") >= {"SOM", "KEN"}
    assert not cross_border.tied_to_one_country(shabaab)
    assert cross_border.tied_to_one_country(Actor("Mungiki Militia", 3, "KEN"))
    assert not cross_border.tied_to_one_country(Actor("Unidentified Armed Group", 2, None))


def test_a_peoples_militia_living_in_several_countries_is_known_by_its_filled_template():
    # (the dictionary fills "Fulani Ethnic Militia ({country})" with its default country)
    assert cross_border.operating_countries("Fulani Ethnic Militia (Nigeria)") >= {"NGA", "BEN", "MLI"}
    assert cross_border.operating_countries("Fulani Ethnic Militia (Benin)") >= {"NGA", "BEN", "MLI"}
    assert not cross_border.tied_to_one_country(Actor("Fulani Ethnic Militia (Nigeria)", 4, "NGA"))
    assert cross_border.tied_to_one_country(Actor("Pokot Ethnic Militia (Kenya)", 4, "KEN"))


def test_cross_border_group_marks_unplaced_events_only_outside_its_home():
    from eventwire.records import Event

    def ev(place):
        return Event(event_id="e", article_id="a", event_date="2024-01-02", time_precision=1,
                     event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                     plover_event="FIGHT", plover_mode=None, cameo=None, actor1=None, actor2=None,
                     location=place, geo_precision=3, fatalities_best=0, fatalities_low=0, fatalities_high=0,
                     decided_by=(("location", "places.story_country"),))

    mentions = [(0, 10, Actor("Al Shabaab", 2, "SOM"))]
    home = Place("Mogadishu", "Somalia", "SOM", 2.0, 45.3)
    out = cross_border.mark_events([ev(None), ev(home)], mentions)
    assert dict(out[0].decided_by)["location"] == "places.cross_border_group"
    assert "places.cross_border_group" in out[0].rules and out[1].rules == ()
    assert cross_border.mark_events([ev(None)], [(0, 6, Actor("Mungiki Militia", 3, "KEN"))])[0].rules == ()

"""News prose's places (resolve/news_places.py): a well-known city named alone, and weak matches
abroad, on hand-built gazetteer entries of our own."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.extract.classify.news_place_rules import WEAK_MATCH_ABROAD
from eventwire.records import Place, Toponym
from eventwire.resolve import news_places


def town(name: str, iso3: str, population: int, geonameid: int = 0, feature: str = "city",
         admin1: str | None = None) -> Place:
    return Place(name=name, country=iso3, iso3=iso3, latitude=1.0, longitude=2.0, admin1=admin1,
                 geonameid=geonameid, feature=feature, population=population)


CAPITAL = town("Varnholm", "AAA", 600_000, geonameid=11)
NAMESAKE = town("Varnholm", "BBB", 12_000, geonameid=12)
CANDS = [(NAMESAKE, 4.0, False), (CAPITAL, 5.8, False)]


def test_a_national_capital_wins_over_a_small_namesake_abroad():
    assert news_places.prominent_namesake(CANDS, NAMESAKE, frozenset({11}), False, None)[0] is CAPITAL


@pytest.mark.parametrize("capitals,province_named,hint,chosen", [
    (frozenset(), False, None, NAMESAKE),            # not a capital, and under a million people
    (frozenset({11}), True, None, NAMESAKE),         # the text names the namesake's province
    (frozenset({11}), False, "BBB", NAMESAKE),       # the caller says the story is in the namesake's country
    (frozenset({11}), False, None, CAPITAL),         # the capital is already chosen
])
def test_the_namesake_stays_when_the_text_says_so_or_the_city_is_not_well_known(capitals, province_named, hint,
                                                                                   chosen):
    assert news_places.prominent_namesake(CANDS, chosen, capitals, province_named, hint) is None


def test_a_large_namesake_or_an_alternate_name_match_is_no_prominent_place():
    big_namesake = town("Varnholm", "BBB", 150_000)
    assert news_places.prominent_namesake([(big_namesake, 5.0, False), (CAPITAL, 5.8, False)], big_namesake,
                                          frozenset({11}), False, None) is None
    # a city reached only by another of its names does not stand alone on it
    assert news_places.prominent_namesake([(NAMESAKE, 4.0, False), (CAPITAL, 5.8, True)], NAMESAKE,
                                          frozenset({11}), False, None) is None


def test_a_city_of_a_million_wins_without_being_a_capital():
    metropolis = town("Varnholm", "AAA", 2_500_000)
    assert news_places.prominent_namesake([(NAMESAKE, 4.0, False), (metropolis, 6.4, False)], NAMESAKE,
                                          frozenset(), False, None)[0] is metropolis


@pytest.mark.parametrize("name,place,weak", [
    ("Tolvik", town("Tollvika", "CCC", 2_000), True),          # another name of a small town
    ("Tolvik", town("Tolvik", "CCC", 2_000), False),           # its own name
    ("Tolvik District", town("Tolvik", "CCC", 2_000), False),  # its own name with an admin word
    ("Tolvik", town("Tollvika", "CCC", 90_000), False),        # a town that large is known by other names
    ("Tolvik", town("Tollvika", "CCC", 0, feature="admin1"), False),  # a province
])
def test_a_weak_match_is_a_small_place_reached_by_another_name(name, place, weak):
    assert news_places.weak_match(name, place) is weak


def _lookup(entries):
    return lambda name, iso3: entries.get((name, iso3))


def test_a_weak_match_abroad_is_read_in_the_country_the_rest_of_the_story_points_to():
    t = Toponym("Tolvik", 10, 16, town("Tollvika", "CCC", 2_000))
    home = town("Tolvik", "DDD", 0, feature="admin2")
    places = {("CCC", "tolvik"): 3.0, ("DDD", "sarn"): 3.0}
    out, decided = news_places.weak_matches_abroad([t], places, Counter({"DDD": 1.0}), _lookup({("Tolvik", "DDD"): home}))
    assert out[0].place is home and decided == [(10, 16, WEAK_MATCH_ABROAD)]
    # without an entry of that name in the story's country: no place, the event falls back on the story's
    out, _ = news_places.weak_matches_abroad([t], places, Counter({"DDD": 1.0}), _lookup({}))
    assert out[0].place is None
    # the weighed story leaves the weak match out
    assert news_places.weak_set_aside([t], places, Counter({"DDD": 1.0})) == {("DDD", "sarn"): 3.0}


@pytest.mark.parametrize("places,national", [
    ({("CCC", "tolvik"): 3.0}, Counter()),                           # nothing else to go by
    ({("CCC", "tolvik"): 3.0, ("CCC", "orma"): 3.0}, Counter()),     # the story speaks of that country too
    ({("CCC", "tolvik"): 3.0}, Counter({"CCC": 1.0, "DDD": 1.0})),  # its people are named in the story
])
def test_a_weak_match_the_story_does_not_contradict_stays(places, national):
    t = Toponym("Tolvik", 10, 16, town("Tollvika", "CCC", 2_000))
    out, decided = news_places.weak_matches_abroad([t], places, national, _lookup({}))
    assert out[0].place is t.place and not decided


def test_a_weak_match_in_a_bordering_country_yields_only_to_a_named_country_or_town():
    t = Toponym("Tolvik", 10, 16, town("Tollvika", "KEN", 2_000))  # Kenya borders Somalia
    faint = {("KEN", "tolvik"): 3.0, ("SOM", "orma region"): 2.0}
    out, _ = news_places.weak_matches_abroad([t], faint, Counter(), _lookup({}))
    assert out[0].place is t.place
    firm = {("KEN", "tolvik"): 3.0, ("SOM", "orma"): 3.0}
    out, _ = news_places.weak_matches_abroad([t], firm, Counter(), _lookup({}))
    assert out[0].place is None


def test_a_name_written_in_two_words_is_also_looked_up_as_one():
    from eventwire.resolve.places import _izafe_variants
    assert "dorobeyle" in _izafe_variants("doro beyle")
    assert "alamantaraka" not in _izafe_variants("al amantaraka")  # (a two-letter article is no word of its own)

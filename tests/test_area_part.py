"""A place written as a part of a named area keeps to it (resolve/area_part.py), and places named as
people's home or a journey's end are no event places (resolve/origin_places.py)."""
from __future__ import annotations

from eventwire.records import Place, Toponym
from eventwire.resolve import area_part
from eventwire.resolve.origin_places import origin_use
from eventwire.resolve.places import inside_area


def town(name: str, iso3: str, lat: float = 1.0, lon: float = 2.0, feature: str = "city",
         admin1: str | None = None) -> Place:
    return Place(name=name, country=iso3, iso3=iso3, latitude=lat, longitude=lon, admin1=admin1,
                 geonameid=0, feature=feature, population=1000)


class M:
    """A mention: its span and its candidates (place, prior, match kind)."""

    def __init__(self, text: str, name: str, cands, after: int = 0):
        self.start = text.index(name, after)
        self.end = self.start + len(name)
        self.cands = [(p, 1.0, False) for p in cands]
        self.fixed = False


def test_a_neighbourhood_read_abroad_moves_into_the_city_named_as_holding_it():
    text = "A bomb killed four shoppers in the Velmar neighbourhood in western Tarsk on Friday."
    abroad, city = town("Velmar", "BBB", 30.0, 30.0), town("Tarsk", "AAA", 1.0, 2.0)
    mentions = [M(text, "Velmar", [abroad]), M(text, "Tarsk", [city])]
    choice, moved = area_part.hold_in_areas(text, mentions, [abroad, city], inside_area)
    assert choice == [city, city] and moved == [(mentions[0].start, mentions[0].end)]


def test_a_chain_through_an_unknown_locality_carries_the_province():
    text = "Gunmen killed six herders near Orsa in Kelbo locality, North Vantar, on Monday."
    prov = town("North Vantar", "AAA", feature="admin1")
    orsa, kelbo = town("Orsa", "CCC", 40.0, 40.0), town("Kelbo", "DDD", 50.0, 50.0)
    mentions = [M(text, "Orsa", [orsa]), M(text, "Kelbo", [kelbo]), M(text, "North Vantar", [prov])]
    choice, moved = area_part.hold_in_areas(text, mentions, [orsa, kelbo, prov], inside_area)
    assert choice == [prov, prov, prov] and len(moved) == 2


def test_a_part_whose_country_holds_other_places_of_the_story_stays():
    # the area, not the two towns of one country, is the name read abroad
    text = "A bus struck a bomb between Dusa and Orlo in Varda county on Monday."
    dusa, orlo, varda = town("Dusa", "AAA"), town("Orlo", "AAA"), town("Varda", "BBB", 20.0, 20.0)
    mentions = [M(text, "Dusa", [dusa]), M(text, "Orlo", [orlo]), M(text, "Varda", [varda])]
    choice, moved = area_part.hold_in_areas(text, mentions, [dusa, orlo, varda], inside_area)
    assert choice == [dusa, orlo, varda] and moved == []


def test_two_towns_joined_by_a_plain_in_without_area_words_are_left_alone():
    text = "Fighters from Dusa in Varda were arrested."
    dusa, varda = town("Dusa", "AAA"), town("Varda", "BBB", 20.0, 20.0)
    mentions = [M(text, "Dusa", [dusa]), M(text, "Varda", [varda])]
    assert area_part.hold_in_areas(text, mentions, [dusa, varda], inside_area)[1] == []


def test_refugees_home_a_journeys_end_and_a_neighbour_are_no_event_places():
    country = town("Varnia", "AAA", feature="country")
    for text in ("Nine Varnia refugees were shot near the camp.",
                 "A judge was shot after returning from a trip to Varnia.",
                 "Refugees who had fled the fighting in Varnia were killed in Orlo.",
                 "In the town of Orlo, which borders Varnia, gunmen killed five."):
        s = text.index("Varnia")
        assert origin_use(text, Toponym("Varnia", s, s + 6, country)), text
    for text in ("Gunmen killed five people in Varnia on Monday.", "Residents fled Varnia after the raid.",
                 "Shells hit the Varnia refugee camp on Monday."):
        s = text.index("Varnia")
        assert not origin_use(text, Toponym("Varnia", s, s + 6, country)), text


def test_an_area_near_a_town_lies_in_the_towns_country():
    text = "Armed men attacked a bus in the Dorvo area near Tarsk city on Monday."
    abroad, city = town("Dorvo", "BBB", 30.0, 30.0), town("Tarsk", "AAA")
    mentions = [M(text, "Dorvo", [abroad]), M(text, "Tarsk", [city])]
    assert area_part.hold_in_areas(text, mentions, [abroad, city], inside_area)[0] == [city, city]


def test_a_peoples_name_before_region_of_only_describes_the_area_named_after_it():
    text = "A bomb hit a convoy in Tarsk in the Varnian region of Oltland on Monday."
    region = town("Varnian", "BBB", feature="admin1")
    tarsk, varnian = M(text, "Tarsk", [town("Tarsk", "AAA")]), M(text, "Varnian", [region])
    oltland = M(text, "Oltland", [])
    assert area_part.names_its_area_after(text, varnian, [oltland])
    assert area_part.part_pairs(text, [tarsk, varnian, oltland]) == []
    # a country after "region of": the name before it is the region's own ("the Oromia region of Ethiopia")
    text = "A bomb hit a convoy in Tarsk in the Varnian region of Oltland on Monday."
    country = M(text, "Oltland", [town("Oltland", "BBB", feature="country")])
    assert not area_part.names_its_area_after(text, varnian, [country])


def test_the_ends_of_a_route_are_no_event_places():
    text = "Rebels shot down the Varnholm-Oltby passenger airliner over Tarsk on Friday."
    for name in ("Varnholm", "Oltby"):
        s = text.index(name)
        assert origin_use(text, Toponym(name, s, s + len(name), town(name, "AAA"))), name
    s = text.index("Tarsk")
    assert not origin_use(text, Toponym("Tarsk", s, s + 5, town("Tarsk", "BBB")))

"""Respellings: one name romanised another way (``places.respelling``)."""
from eventwire.records import Place
from eventwire.resolve import news_places


def _town(name, iso3, feature="city", population=20_000):
    return Place(name, iso3, iso3, 0.0, 0.0, feature=feature, population=population)


def test_skeleton_merges_the_letters_romanisations_vary():
    assert news_places.skeleton("zabol") == news_places.skeleton("zabul")
    assert news_places.skeleton("al qadisiyah") == news_places.skeleton("qadissiya")
    assert news_places.skeleton("khost") == news_places.skeleton("kost")
    assert news_places.skeleton("zabol") != news_places.skeleton("zahle")


def test_respelling_finds_the_other_romanisation_only():
    table = {"qadisiyah": [_town("Al Qadisiyah", "IRQ")], "qudsaya": [_town("Qudsaya", "SYR")]}
    assert [p.iso3 for p in news_places.respelling("qadissiya", table)] == ["IRQ"]
    assert news_places.respelling("kadisiyeh town", {"x": [_town("X", "IRQ")]}) == []


def test_respelling_keeps_provinces_when_asked():
    table = {"zabul": [_town("Zabul", "AFG", "admin1"), _town("Zabul", "AFG")]}
    assert [p.feature for p in news_places.respelling("zabol", table, admin_only=True)] == ["admin1"]


def test_respelling_anywhere_needs_one_country():
    table = {"baluchistan": [_town("Baluchistan", "PAK", "admin1")],
             "balochistan": [_town("Balochistan", "IRN", "admin1")]}
    assert news_places.respelt_anywhere("balichistan", table) == []
    alone = {"baluchistan": [_town("Baluchistan", "PAK", "admin1")]}
    assert [p.iso3 for p in news_places.respelt_anywhere("balochistan", alone)] == ["PAK"]


def test_short_or_unlike_names_are_not_respelt():
    table = {"kisumu": [_town("Kisumu", "KEN")]}
    assert news_places.respelling("kasim", table) == []
    assert news_places.respelling("ksm", table) == []


def test_siding_demonyms_are_found_with_their_country():
    from eventwire.resolve.actors import siding

    text = "Anti-Kenyan graffiti appeared after pro-Russian fighters shelled the town."
    assert siding(text, text.index("Russian"))
    assert not siding("Russian fighters shelled the town.", 0)


def test_a_known_city_keeps_its_other_name():
    kyiv = Place("Kyiv", "Ukraine", "UKR", 50.45, 30.52, geonameid=1, population=2_900_000)
    town = Place("Obi", "Nigeria", "NGA", 8.4, 8.8, geonameid=2, population=20_000)
    assert news_places.known_by_other_name("Kiev", kyiv, frozenset())
    assert not news_places.known_by_other_name("kiev", kyiv, frozenset())
    assert not news_places.known_by_other_name("Obie", town, frozenset({2}))


def test_a_two_consonant_name_is_respelt_as_a_province_only():
    table = {"ninawa": [_town("Ninawa", "IRQ", "admin1"), _town("Ninawa", "IRQ")]}
    assert [p.feature for p in news_places.respelling("ninewa", table)] == ["admin1"]
    assert news_places.respelling("ninew", table) == []  # (five letters: too short to respell)
    assert news_places.respelling("ninewa", {"ninawa": [_town("Ninawa", "IRQ")]}) == []


def test_a_two_consonant_name_changes_its_vowels_only():
    table = {"ninawa": [_town("Ninawa", "IRQ", "admin1")], "chama": [_town("Chama", "ZMB", "admin2")]}
    assert [p.name for p in news_places.respelling("ninewa", table)] == ["Ninawa"]
    assert news_places.respelling("chawama", table) == []

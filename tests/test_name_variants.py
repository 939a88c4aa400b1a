"""One name written another way (``places.name_variant``) and a region named by its units
(``places.region_of_units``)."""
import pytest

from eventwire.records import Place
from eventwire.resolve import name_variants


def _place(name, iso3, feature="city", population=20_000, admin1=None):
    return Place(name, iso3, iso3, 0.0, 0.0, admin1=admin1, feature=feature, population=population)


def _table(*places):
    return name_variants.VariantTable.of(places)


@pytest.mark.parametrize("a, b", [
    ("Gedo Warre", "Gedowarre"),            # spaced or closed up
    ("Tal-Afar", "Tal Afar"),               # hyphenated
    ("Ras al-Khor", "Ras Khor"),            # an article inside the name
    ("Qasr Tamimah", "Qasr Tamima"),        # a final h after a vowel
    ("Khanaqin", "Kanakin"),                # kh/k, q/k
    ("Bazzarah", "Bazara"),                 # doubled letters
])
def test_one_name_written_two_ways(a, b):
    assert name_variants.same_name(a, b)


@pytest.mark.parametrize("a, b", [("Gedo Warre", "Gedo Ware Bay"), ("Kanakin", "Kinakan"), ("Abo", "Abu")])
def test_different_names_stay_apart(a, b):
    assert not name_variants.same_name(a, b)


def test_a_variant_is_read_anywhere_only_in_one_country():
    table = _table(_place("Gedowarre", "SOM"), _place("Tal Afar", "IRQ"), _place("Tall Afar", "SYR"))
    assert [p.iso3 for p in name_variants.variant_anywhere("gedo warre", table)] == ["SOM"]
    assert name_variants.variant_anywhere("tal-afar", table) == []  # Iraq or Syria: the spelling does not say
    assert [p.iso3 for p in name_variants.variants_in("tal-afar", table)] == ["IRQ", "SYR"]


def test_a_region_named_by_its_provinces_is_their_country():
    table = _table(*(_place(f"{w} Marrona", "SDN", "admin1") for w in ("North", "South", "West")),
                   _place("Upper Kelo", "SSD", "admin1"))
    assert name_variants.region_of_units("marrona", table) == ("SDN", None)
    assert name_variants.region_of_units("kelo", table) is None  # one province alone names no region


def test_a_region_named_by_its_districts_is_their_province():
    table = _table(_place("North Tobra Agency", "PAK", "admin2", admin1="Frontier"),
                   _place("South Tobra", "PAK", "admin2", admin1="Frontier"),
                   _place("Nord-Lasso", "COD", "admin1"), _place("Sud-Lasso", "BDI", "admin1"))
    assert name_variants.region_of_units("tobra", table) == ("PAK", "Frontier")
    assert name_variants.region_of_units("lasso", table) is None  # two countries' provinces: neither

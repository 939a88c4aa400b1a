"""Qualifiers one step away from a place in news prose (``resolve/qualifier_chains.py``), on hand-built
mentions: no gazetteer, no model."""
import pytest

from eventwire.extract.classify.qualifier_place_rules import CAPITAL_QUARTER, COUNTRY_POSSESSIVE, SETTLEMENT_DISTRICT
from eventwire.records import Place
from eventwire.resolve.qualifier_chains import chain_pairs, district_holder


class _M:
    def __init__(self, text, name, places, hint=None):
        self.start = text.index(name)
        self.end = self.start + len(name)
        self.cands = [(p, 1.0, False) for p in places]
        self.hint, self.fixed = hint, False


def _place(name, feature, iso3="XYZ", admin1=None):
    return Place(name=name, country="Testland", iso3=iso3, latitude=1.0, longitude=2.0, admin1=admin1, feature=feature)


def _mentions(text, *specs):
    return [_M(text, *spec) for spec in specs]


def test_a_country_in_the_possessive_passes_its_province_to_the_place_before_it():
    text = "Gunmen killed two men in Kordo in Testland's Vale province on Sunday."
    ms = _mentions(text, ("Kordo", [_place("Kordo", "city")]), ("Testland", [_place("Testland", "country")]),
                   ("Vale", [_place("Vale", "admin1")], "admin"))
    assert [(a.end, b.end, r) for a, b, r in chain_pairs(text, ms)] == [(ms[0].end, ms[2].end, COUNTRY_POSSESSIVE)]


def test_a_country_not_in_the_possessive_passes_nothing_on():
    text = "Gunmen killed two men in Kordo in Testland and in Vale province on Sunday."
    ms = _mentions(text, ("Kordo", [_place("Kordo", "city")]), ("Testland", [_place("Testland", "country")]),
                   ("Vale", [_place("Vale", "admin1")], "admin"))
    assert chain_pairs(text, ms) == []


@pytest.mark.parametrize("hint,expected", [("admin", [SETTLEMENT_DISTRICT]), (None, [])])
def test_a_settlement_word_then_a_district_qualifies_the_settlement(hint, expected):
    text = "Raiders burned Kordo village, Vale district, on Monday."
    ms = _mentions(text, ("Kordo", [_place("Kordo", "city")]), ("Vale", [_place("Vale", "admin2")], hint))
    assert [r for _, _, r in chain_pairs(text, ms)] == expected


@pytest.mark.parametrize("quarter_country,expected", [("XYZ", [CAPITAL_QUARTER]), ("ABC", [])])
def test_a_capital_holds_its_quarter_only_against_a_namesake_at_home(quarter_country, expected):
    text = "A bomb went off in the Kordo district of the Testish capital, Vale, on Friday."
    ms = _mentions(text, ("Kordo", [_place("Kordo", "city", quarter_country)]), ("Vale", [_place("Vale", "city")]))
    assert [r for _, _, r in chain_pairs(text, ms)] == expected


def test_a_district_is_held_by_the_province_not_its_namesake_town():
    text = "Gunmen struck Vale's Kordo local government area."
    town, province = _place("Vale", "city"), _place("Vale", "admin1")
    box_m = _M(text, "Vale", [town, province])
    assert district_holder(_M(text, "Kordo", [], "admin"), box_m, town) is province
    assert district_holder(_M(text, "Kordo", [], None), box_m, town) is town

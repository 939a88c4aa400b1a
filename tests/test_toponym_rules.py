"""The toponym detection rules (places.detect.*) on hand-built spans: which spans are dropped, which stay."""
from __future__ import annotations

import pytest

from eventwire.extract.classify.toponym_rules import unit_part_base
from eventwire.records import Entity, Place, Toponym
from eventwire.resolve.toponyms import detect, longer_country, unit_part

KENYA = Place("Kenya", "Kenya", "KEN", 1.0, 38.0, feature="country")
NAROK_TOWN = Place("Narok", "Kenya", "KEN", -1.08, 35.87, "Narok", None, 184379, "city", 65_000)
NAROK = Place("Narok", "Kenya", "KEN", -1.5, 35.5, "Narok", None, 1, "admin1", 800_000)
USA = Place("United States", "United States", "USA", 39.8, -98.6, feature="country")


def _span(text: str, name: str, place: Place | None, nth: int = 0) -> Toponym:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Toponym(name, start, start + len(name), place)


def _kept(text: str, spans: list[Toponym], entities=()) -> tuple[list[str], list[str]]:
    kept, fired = detect(text, spans, tuple(entities))
    return [t.text for t in kept], fired


@pytest.mark.parametrize("text, expect_dropped", [
    ("Relief of US$ 40,000 reached Kenya.", True),
    ("It cost $US 12 million, Kenya said.", True),
    ("It cost 40 US dollars, Kenya said.", False),  # the country used as a modifier stays
    ("US troops left Kenya.", False),
])
def test_currency_signs(text, expect_dropped):
    spans = [_span(text, "US", USA), _span(text, "Kenya", KENYA)]
    kept, fired = _kept(text, spans)
    assert ("US" not in kept) == expect_dropped and "Kenya" in kept
    assert ("places.detect.currency" in fired) == expect_dropped


def test_a_disease_name_is_dropped_but_the_town_of_that_name_stays():
    text = "The Marburg virus killed two in Kenya. Marburg spreads fast. Doctors trained in Marburg last year."
    spans = [_span(text, "Marburg", None, 0), _span(text, "Marburg", None, 1), _span(text, "Marburg", None, 2),
             _span(text, "Kenya", KENYA)]
    kept, fired = _kept(text, spans)
    assert kept == ["Marburg", "Kenya"] and fired == ["places.detect.disease_name"]


def test_a_disease_named_by_a_place_alone_needs_a_disease_in_the_article():
    sick = "Ebola killed three nurses in Kenya; the epidemic spread."
    assert _kept(sick, [_span(sick, "Ebola", None), _span(sick, "Kenya", KENYA)])[0] == ["Kenya"]
    plain = "Gunmen attacked Ebola and Kenya."
    assert _kept(plain, [_span(plain, "Ebola", None), _span(plain, "Kenya", KENYA)])[0] == ["Ebola", "Kenya"]


def test_a_word_of_a_full_name_is_a_person_only_when_the_gazetteer_does_not_know_it():
    text = "Zawadi Mwangi was arrested in Narok. Zawadi denied it. Narok police said so."
    people = [Entity("Zawadi Mwangi", 0, 13, "PERSON")]
    spans = [_span(text, "Narok", NAROK_TOWN), _span(text, "Zawadi", None, 1), _span(text, "Narok", NAROK_TOWN, 1)]
    kept, fired = _kept(text, spans, people)
    assert kept == ["Narok", "Narok"] and fired == ["places.detect.person_name"]
    lone = "Zawadi said Narok was calm."  # no full name in the article: a place the NER saw stays
    assert _kept(lone, [_span(lone, "Zawadi", None)])[0] == ["Zawadi"]


@pytest.mark.parametrize("name, dropped", [("H5N1", True), ("MoD", True), ("AI", True), ("NSW", False),
                                           ("N.J.", False), ("Wajir", False)])
def test_unresolved_codes(name, dropped):
    text = f"Officials in {name} met on Monday."
    assert (_kept(text, [_span(text, name, None)])[0] == []) == dropped


@pytest.mark.parametrize("name, base", [("Narok North", "Narok"), ("Nakuru Town East", "Nakuru"),
                                        ("Kitui Central", "Kitui"), ("Trans Nzoia West", "Trans Nzoia"),
                                        ("West Pokot", None), ("North Korea", None), ("Narok", None)])
def test_compass_parts(name, base):
    assert unit_part_base(name) == base


class _Gazetteer:
    """The two lookups the part rule makes, over a Kenya of one county."""

    def candidates(self, name):
        return [NAROK_TOWN, NAROK] if name == "Narok" else []

    def seat(self, p):
        return NAROK_TOWN


def test_a_compass_part_is_a_district_at_its_unit_seat():
    text = "Police shot two men in Narok North on Monday."
    part = unit_part(_span(text, "Narok North", None), _Gazetteer(), {"KEN"})
    assert part.place.name == "Narok North" and part.place.feature == "admin2"
    assert (part.place.admin1, part.place.admin2, part.place.iso3) == ("Narok", "Narok North", "KEN")
    assert (part.place.latitude, part.place.longitude) == (NAROK_TOWN.latitude, NAROK_TOWN.longitude)
    resolved = unit_part(_span(text, "Narok North", NAROK_TOWN), _Gazetteer(), set())
    assert resolved.place.name == "Narok North"
    other = Place("Narok North", "Kenya", "KEN", -1.0, 35.9, "Narok", None, 2, "city", 900)
    assert unit_part(_span(text, "Narok North", other), _Gazetteer(), set()) is None  # a place of that name
    assert unit_part(_span(text, "Narok North", None), type("G", (), {"candidates": lambda s, n: []})(),
                     set()) is None


KOREA = Place("South Korea", "South Korea", "KOR", 36.0, 128.0, feature="country")
NORTH_KOREA = Place("North Korea", "North Korea", "PRK", 40.0, 127.0, feature="country")


class _Countries:
    def country(self, name):
        return NORTH_KOREA if name in ("Democratic People's Republic of Korea", "DPR Korea") else None


@pytest.mark.parametrize("text, whole", [
    ("Troops of the Democratic People's Republic of Korea fired shells.", "Democratic People's Republic of Korea"),
    ("Police of the Republic of Korea arrested five.", None),  # "Police of the" makes no country's name
    ("Seoul said the Republic of Korea protested.", None),
])
def test_a_longer_country_name_wins(text, whole):
    span = _span(text, "Republic of Korea", KOREA)
    got = longer_country(text, span, _Countries())
    assert (got and got.text) == whole
    if whole:
        assert got.place == NORTH_KOREA and text[got.start:got.end] == whole

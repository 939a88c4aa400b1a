"""Third-level units (arrondissements) the index lacks: read as a part of their commune."""
from __future__ import annotations

import pytest

from eventwire.records import Place, Toponym
from eventwire.resolve import third_level
from eventwire.resolve.third_level import RULE, Unit, unit_toponyms

# an invented country: the commune Dorvane (province Upper Vale) with its units Kessi and Ulmara 1/2
COMMUNE = Place("Dorvane", "Norland", "NRL", 10.0, 20.0, "Upper Vale", "Dorvane", 7, "admin2", 0)
ELSEWHERE = Place("Hemmet", "Southland", "STH", -30.0, 40.0, "Coast", None, 9, "city", 90_000)


class FakeGazetteer:
    def __init__(self, known=()):
        self.known = set(known)

    def candidates(self, name):
        if name == "Dorvane":
            return [COMMUNE]
        return [ELSEWHERE] if name in self.known else []


@pytest.fixture
def invented_units(monkeypatch):
    table = {"kessi": (Unit("Kessi", "Dorvane", "Upper Vale", "NRL"),),
             "ulmara": (Unit("Ulmara 1", "Dorvane", "Upper Vale", "NRL"), Unit("Ulmara 2", "Dorvane", "Upper Vale", "NRL")),
             "tobbe": (Unit("Tobbe", "Dorvane", "Upper Vale", "NRL"), Unit("Tobbe", "Lask", "Lower Vale", "NRL"))}
    monkeypatch.setattr(third_level, "units", lambda: table)
    monkeypatch.setattr(third_level, "neighbours", lambda: {"NRL": frozenset({"WST"})})


@pytest.mark.parametrize("text,expected", [
    ("Farmers and herders fought near the well in Kessi on Monday.", "Kessi"),
    ("Youths burned a lorry at Ulmara on Friday.", "Ulmara"),  # (a town split into numbered units)
    ("A trader was robbed at Pekko (Kessi, Upper Vale) on Sunday.", "Kessi"),
    ("Youths burned tyres at Kessi (Dorvane, Upper Vale) on Monday.", "Kessi"),  # (its own commune)
    ("The village of Kessi buried its dead.", "Kessi"),
])
def test_a_unit_named_as_a_place_stands_for_its_commune(invented_units, text, expected):
    found, decisions = unit_toponyms(text, [], FakeGazetteer())
    [t] = [t for t in found if t.source == "third_level"]
    assert (t.text, t.place) == (expected, COMMUNE)
    assert decisions == [(t.start, t.end, RULE)]


@pytest.mark.parametrize("text,why", [
    ("Kessi traders closed their stalls on Monday.", "not used as a place"),
    ("Gunmen attacked a bus in Tobbe on Monday.", "two communes share the name"),
    ("Police dispersed a march in Hemmet and in Kessi on Monday.", "the article's places lie in another country"),
    ("Youths burned tyres at Kessi village (Lask, Lower Vale) on Monday.", "its qualifier names another commune"),
])
def test_a_unit_is_not_read_where_the_text_says_otherwise(invented_units, text, why):
    start = text.find("Hemmet")
    toponyms = [Toponym("Hemmet", start, start + 6, ELSEWHERE)] if start >= 0 else []
    found, decisions = unit_toponyms(text, toponyms, FakeGazetteer())
    assert decisions == [], why
    assert not any(t.source == "third_level" for t in found)


def test_a_name_the_index_knows_is_left_to_the_geoparser(invented_units):
    found, decisions = unit_toponyms("Soldiers patrolled in Kessi on Monday.", [], FakeGazetteer(known={"Kessi"}))
    assert decisions == [] and found == []


def test_the_shipped_benin_units_name_their_commune_and_department():
    table = third_level.units()
    assert len({u.name for us in table.values() for u in us}) >= 500
    [founougo] = table["founougo"]
    assert (founougo.parent, founougo.region, founougo.iso3) == ("Banikoara", "Alibori", "BEN")


def test_a_benin_arrondissement_resolves_to_its_commune_in_the_index(gazetteer):
    text = "Herders and farmers fought with machetes near the market in Founougo on Thursday."
    found, decisions = unit_toponyms(text, gazetteer.geoparse(text), gazetteer)
    [t] = [t for t in found if t.source == "third_level"]
    assert t.text == "Founougo" and t.place.iso3 == "BEN" and t.place.admin1 == "Alibori"
    assert "Banikoara" in t.place.name and t.place.feature == "admin2"

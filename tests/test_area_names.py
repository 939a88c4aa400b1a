"""Names of admin areas the registry packages do not give (``data/area_names/``, ``resolve/area_names.py``)
and the kind word written before an area's name in French, Spanish and Portuguese (``resolve/places.py``)."""
import pytest

from eventwire.resolve import area_names


def _read(gazetteer, text):
    return [(t.text, t.place.name if t.place else None, t.place.feature if t.place else None,
             t.place.iso3 if t.place else None) for t in gazetteer.geoparse(text)]


def test_every_table_row_names_areas_and_a_kind():
    for iso3 in area_names.tables():
        for n in area_names.read_names(iso3):
            assert n.areas and n.seat and n.kind in area_names.KINDS, n


def test_a_former_area_holds_the_areas_it_was_made_of():
    assert "uasin gishu" in area_names.former_members("KEN", "Rift Valley Province")
    assert "kisumu" not in area_names.former_members("KEN", "Rift Valley")
    assert area_names.former_members("KEN", "Nakuru") == frozenset()


@pytest.mark.model
@pytest.mark.parametrize("text,name,expected", [
    ("Bandits raided a village in the former Rift Valley Province on Monday.", "Rift Valley", ("admin1", "KEN")),
    ("Bandits raided a village in Coast Province on Monday, Kenyan police said.", "Coast", ("admin1", "KEN")),
    ("Gunmen attacked a convoy in the Liptako region of Burkina Faso.", "Liptako", ("admin1", "BFA")),
    ("Teachers rallied in Iraq's Kurdistan Region over unpaid wages.", "Kurdistan", ("admin1", "IRQ")),
    ("Des affrontements ont eu lieu dans la région de Mopti.", "Mopti", ("admin1", "MLI")),
    ("Sem-terra ocuparam uma fazenda no estado do Pará.", "Pará", ("admin1", "BRA")),
])
def test_area_read_by_its_other_name_or_the_kind_word_before_it(gazetteer, text, name, expected):
    got = {t: (f, iso3) for t, _, f, iso3 in _read(gazetteer, text)}
    assert got.get(name) == expected, got


@pytest.mark.model
def test_a_town_qualified_by_its_former_province_stays_the_town(gazetteer):
    got = _read(gazetteer, "Police shot two protesters in Eldoret, Rift Valley, on Monday.")
    assert ("Eldoret", "Eldoret", "city", "KEN") in got, got


@pytest.mark.model
def test_a_party_named_after_a_region_is_no_place(gazetteer):
    got = _read(gazetteer, "A bomb went off near an office of the Kurdistan Democratic Party in Erbil.")
    assert [t for t, *_ in got] == ["Erbil"], got


@pytest.mark.model
def test_former_areas_are_not_todays_provinces(gazetteer):
    names = {p.name for p in gazetteer.provinces("KEN")}
    assert "Nakuru" in names and not names & {"Rift Valley", "Nyanza", "Western"}


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("A mob disrupted a training session for poll officials in Nyanza, Migori, on Tuesday.", ("Migori", 3)),
    ("Staff rallied at the Rift Valley Railways offices in Nairobi on Monday over late pay.", ("Nairobi", 1)),
    ("Police dispersed rioters in Rift Valley Province on Tuesday after the results were announced.", ("Nakuru", 3)),
])
def test_todays_area_beside_a_former_one_and_a_longer_name(pipeline, text, expected):
    import datetime as dt

    from eventwire.records import Article
    events = pipeline.process(Article(id="t", date=dt.date(2024, 5, 8), text=text)).events
    assert [(e.location.name, e.geo_precision) for e in events if e.location] == [expected]

"""Which names of a text are places, and which one a note says its event is coded at (invented sentences)."""
from __future__ import annotations

import pytest

from eventwire.records import Place, Toponym
from eventwire.resolve.places import coded_location, local_government_named, restated_place

pytestmark = pytest.mark.gazetteer


def _found(gazetteer, text: str) -> dict[str, Place | None]:
    return {t.text: t.place for t in gazetteer.geoparse(text)}


@pytest.mark.parametrize("text, name, admin1", [
    ("Bandits shot dead seven herders at Dangani hamlet of Kankara Local Government Area, Katsina State.",
     "Kankara", "Katsina"),
    ("A mob burned two shops at a hamlet inside Bakori Local Council, Katsina State, on Friday.", "Bakori", "Katsina"),
    ("Soldiers pushed back raiders at Kajuru Local Government in southern Kaduna overnight.", "Kajuru", "Kaduna"),
])
def test_a_local_government_area_is_an_admin_area(gazetteer, text, name, admin1):
    place = _found(gazetteer, text)[name]
    assert place is not None and place.iso3 == "NGA" and place.admin1 == admin1
    assert place.feature == "admin2"


@pytest.mark.parametrize("text, names", [
    ("On 11 May, a police post came under fire in Ajristan (Sangar) district, Ghazni.", ["Ajristan"]),
    ("On 3 June, checkpoints came under fire in Kajaki, Washer and Baghran districts, Helmand.",
     ["Kajaki", "Washer", "Baghran"]),
])
def test_an_admin_word_reaches_back_over_a_bracketed_name_or_a_list(gazetteer, text, names):
    found = _found(gazetteer, text)
    for name in names:
        assert found[name] is not None and found[name].feature == "admin2" and found[name].iso3 == "AFG", name


def test_the_bracketed_other_name_is_no_place_and_the_province_after_it_is_the_province(gazetteer):
    found = _found(gazetteer, "On 11 May, a police post came under fire in Ajristan (Sangar) district, Ghazni.")
    assert "Sangar" not in found
    assert found["Ghazni"].feature == "admin1" and found["Ghazni"].iso3 == "AFG"


def test_a_longer_name_holds_a_spotted_one(gazetteer):
    found = _found(gazetteer, "On 3 May, in Zarah Sharan, Paktika province, gunmen wounded two shopkeepers.")
    assert "Sharan" not in found
    assert found["Zarah Sharan"].iso3 == "AFG"


@pytest.mark.parametrize("text, name", [
    ("14 July: Chwele residents blocked the highway over insecurity.", "Chwele"),
    ("Hawkers rioted at the Londiani market on Tuesday.", "Londiani"),
])
def test_a_small_town_named_before_residents_or_a_market(gazetteer, text, name):
    place = _found(gazetteer, text).get(name)
    assert place is not None and place.iso3 == "KEN"


def test_a_province_known_only_by_its_towns_spelling(gazetteer):
    found = _found(gazetteer, "Two herders died after an air strike on a farm in the Tuban district of Lahej province.")
    assert found["Lahej"].feature == "admin1" and found["Lahej"].iso3 == "YEM"
    assert found["Tuban"].feature == "admin2"


def test_a_misspelt_district_of_the_named_province(gazetteer):
    found = _found(gazetteer, "On 2 April, gunmen looted shops in Gbeni (Kwande, Atacora).")
    assert found["Kwande"].name == "Kouande" and found["Kwande"].iso3 == "BEN"
    assert found["Gbeni"].name == "Kouande"  # (the village the index lacks: its district stands in)


@pytest.mark.parametrize("text, name, precision", [
    ("On 14 August, raiders shot dead two herders near Suguta dam (coordinates for Maralal used).", "Maralal", 2),
    ("On 9 April, traders protested at Nakhwana (location coded as Kimilili with GP1).", "Kimilili", 1),
    ("On 6 May, gunmen seized two herders at Gbeni, coded to Sinende (Sinende, Borgou).", "Sinende", 2),
])
def test_the_place_a_note_says_it_is_coded_at(gazetteer, text, name, precision):
    toponyms = tuple(gazetteer.geoparse(text))
    found = coded_location(text, toponyms, 0, len(text))
    assert found is not None and found[0].text == name and found[1] == precision


def test_a_count_coded_as_a_number_names_no_place(gazetteer):
    text = "On 7 May, two guards were shot in Kajaki district, Helmand. Deaths were coded as 0."
    assert coded_location(text, tuple(gazetteer.geoparse(text)), 0, len(text)) is None


def test_two_different_coded_places_outside_the_sentence_decide_nothing(gazetteer):
    text = ("Police clashed with raiders (coordinates for Maralal used). Herders protested at dawn. "
            "Traders marched (coordinates for Kimilili used).")
    toponyms = tuple(gazetteer.geoparse(text))
    second = text.index("Herders")
    assert coded_location(text, toponyms, second, second + 25) is None
    assert coded_location(text, toponyms, 0, second)[0].text == "Maralal"


def test_local_government_named_reads_the_area_named_elsewhere():
    area = Place(name="Kankara", country="Nigeria", iso3="NGA", latitude=11.9, longitude=7.4, admin1="Katsina",
                 admin2="Kankara", geonameid=1, feature="admin2", population=0)
    text = "Bandits raided Dangani hamlet in Kankara Local Government Area on Monday."
    assert local_government_named(text, Toponym("Dangani", 15, 22, area, "gazetteer"))
    assert not local_government_named("Bandits raided Kankara town.", Toponym("Kankara", 15, 22, area, "gazetteer"))


def test_a_following_sentence_that_says_where_the_event_took_place(gazetteer):
    text = ("Gunmen shot dead four worshippers at a chapel south of Nairobi on Sunday, police reported. "
            "The incident happened during evening prayers in the town of Kitengela.")
    toponyms = tuple(gazetteer.geoparse(text))
    second = text.index("The incident")
    found = restated_place(text, [(0, second - 1), (second, len(text))], toponyms, 0)
    assert found is not None and found.text == "Kitengela" and found.place.iso3 == "KEN"


def test_a_following_sentence_about_something_else_gives_no_place(gazetteer):
    text = ("Gunmen shot dead four worshippers south of Nairobi on Sunday. "
            "The shooting came a week after a raid in Kitengela wounded two guards.")
    toponyms = tuple(gazetteer.geoparse(text))
    second = text.index("The shooting")
    assert restated_place(text, [(0, second - 1), (second, len(text))], toponyms, 0) is None

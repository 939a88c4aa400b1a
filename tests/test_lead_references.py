"""The reference places of a news lead (``resolve/lead_references.py``, ``resolve/trip_places.py``):
the towns that name a road, the place of the people who tell the news, where survivors fled, and the
seat of a district named by two towns.  Texts are our own."""
import pytest

from eventwire.records import Place
from eventwire.resolve.lead_references import road_end, speaker_place
from eventwire.resolve.places import compound_seat_keys
from eventwire.resolve.trip_places import trip_end


def _span(text, name):
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("text,name,expected", [
    ("Gunmen ambushed a bus on the Kano-Zaria expressway on Monday.", "Kano", True),
    ("Gunmen ambushed a bus on the Kano-Zaria expressway on Monday.", "Zaria", True),
    ("Bandits struck along the Gusau - Sokoto - Birnin Kebbi highway.", "Gusau", True),
    ("Bandits struck along the Gusau - Sokoto - Birnin Kebbi highway.", "Sokoto", True),
    ("Insurgents killed traders near Ngoshe on the Gwoza-Madagali road.", "Ngoshe", False),
    # a road named after one town, or a town beside a road, names no road's ends
    ("Gunmen shot a driver on Garissa road in Nairobi.", "Garissa", False),
    ("Gunmen shot a driver in Kano on Monday, on a busy road.", "Kano", False),
])
def test_road_end(text, name, expected):
    assert road_end(text, *_span(text, name)) is expected


@pytest.mark.parametrize("text,name,expected", [
    ("Rebels killed two soldiers in Sukma district, officials in Raipur said.", "Raipur", True),
    ("Militants stormed a post in Bir al-Abd, security sources in El Arish told reporters.", "El Arish", True),
    ("A bus was set ablaze in Sadar upazila, according to the Dinajpur Medical College Hospital.", "Dinajpur", True),
    # the place of the event, or a speaker with no place of his own
    ("Rebels killed two soldiers in Sukma district, officials said.", "Sukma", False),
    ("Police in Raipur arrested six suspects on Monday.", "Raipur", False),
    ("According to the police, gunmen killed two men in Raipur.", "Raipur", False),
])
def test_speaker_place(text, name, expected):
    assert speaker_place(text, *_span(text, name)) is expected


@pytest.mark.parametrize("before,expected", [
    ("Villagers who fled to ", True),
    ("residents who ran to the town of ", True),
    ("two teachers who escaped to ", True),
    # a place fled from may be where the event happened
    ("residents fled from ", False),
])
def test_flight_is_a_journey_end(before, expected):
    assert trip_end(before) is expected


def _district(name, feature="admin2"):
    return Place(name=name, country="Nigeria", iso3="NGA", latitude=10.0, longitude=13.0, feature=feature,
                 admin1="Borno")


@pytest.mark.parametrize("place,expected", [
    (_district("Askira-Uba"), ("askira",)),
    (_district("Askira/Uba"), ("askira",)),
    (_district("Ngala"), ()),
    (_district("Askira-Uba", feature="admin1"), ()),
])
def test_compound_seat_keys(place, expected):
    assert compound_seat_keys(place) == expected

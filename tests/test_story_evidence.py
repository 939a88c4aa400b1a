"""The story's country weighed from all of a report's evidence, and namesakes abroad read in it
(invented texts)."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from eventwire.records import Actor, Article, Place, Toponym
from eventwire.resolve import coherence

_NATIONS = {"Somali": "SOM", "Kenyan": "KEN", "Tanzanian": "TZA", "Kenya": "KEN", "Tanzania": "TZA"}
_PEOPLES = {"Somali": "KEN", "Pokot": "KEN"}


def _wording(text: str) -> Counter:
    return coherence.wording_votes(text, _NATIONS.get, _PEOPLES.get, lambda w: w in ("Kenya", "Tanzania"))


def _place(name: str, iso3: str, feature: str = "city", population: int = 5_000) -> Place:
    return Place(name=name, country=iso3, iso3=iso3, latitude=0.0, longitude=0.0, feature=feature,
                 population=population)


def _toponym(text: str, name: str, place: Place | None) -> Toponym:
    start = text.index(name)
    return Toponym(name, start, start + len(name), place)


# ---- the wording ---------------------------------------------------------------------------

def test_a_peoples_name_votes_for_its_home_more_than_for_the_nation_of_that_name():
    votes = _wording("Somali gunmen shot dead two traders in a village on Monday.")
    assert votes["KEN"] > votes["SOM"] > 0


def test_a_nations_name_on_a_side_votes_once_and_a_country_name_is_left_to_the_places():
    votes = _wording("Tanzanian fishermen said Tanzanian police beat them near Kenya.")
    assert votes == Counter({"TZA": 1.0})


def test_national_terms_and_own_forces_outweigh_a_side_named_by_its_people():
    text = "Somali gunmen shot dead a trader, and the MCA said the police had been warned."
    police = Actor("Police Forces of Kenya (2022-)", 1, "KEN")
    votes, firm = coherence.national_evidence(text, [(text.index("police"), text.index("police") + 6, police)],
                                              _wording(text), Counter(), set())
    assert votes["KEN"] >= 5.0 and votes["SOM"] < 1.0
    assert firm == Counter({"KEN": 5.0})  # (the office and the police, not the people's name)


def test_forces_named_with_their_nationality_count_as_possibly_abroad():
    text = "Kenyan troops shelled the camp."
    troops = Actor("Military Forces of Kenya (2022-)", 1, "KEN")
    votes, firm = coherence.national_evidence(text, [(0, 13, troops)], Counter(), Counter(), set())
    assert votes["KEN"] == 1.0 and firm["KEN"] == 0


def test_a_nation_named_for_a_border_is_no_vote():
    text = "Bandits struck near the Tanzanian border."
    votes, _ = coherence.national_evidence(text, [], _wording(text), Counter(), {"TZA"})
    assert votes["TZA"] == 0


# ---- the places and the choice -------------------------------------------------------------

def test_place_votes_one_per_name_and_weaker_for_references_and_peoples_names():
    text = "Raiders from Tanzania hit Loitoktok and Loitoktok market; Somali elders fled to Kenya."
    tops = [_toponym(text, "Tanzania", _place("Tanzania", "TZA", "country")),
            _toponym(text, "Loitoktok", _place("Loitoktok", "KEN")),
            _toponym(text, "Somali", _place("Somalia", "SOM", "country"))]
    uses = {"Tanzania": "reference", "Loitoktok": "event", "Somali": "event"}
    votes = coherence.place_evidence(text, tops, lambda t: uses[t.text], lambda w: w in ("Tanzania", "Kenya"))
    assert votes == {("TZA", "tanzania"): 1.0, ("KEN", "loitoktok"): 3.0}


def test_the_story_is_the_country_that_leads_and_none_on_a_tie():
    assert coherence.weigh_story({("TCD", "pala"): 3.0}, Counter({"KEN": 6.0})) == "KEN"
    assert coherence.weigh_story({("KEN", "kitui"): 3.0}, Counter({"SOM": 0.25, "KEN": 0.5})) == "KEN"
    assert coherence.weigh_story({}, Counter({"KEN": 1.0, "SOM": 1.0})) is None
    assert coherence.weigh_story({}, Counter()) is None


def test_a_lone_namesake_abroad_is_read_in_the_story_country():
    text = "Police dispersed MCAs outside the IEBC offices in Pala on Tuesday."
    pala = _toponym(text, "Pala", _place("Pala", "TCD", population=70_000))
    places, national = {("TCD", "pala"): 3.0}, Counter({"KEN": 6.0})
    kenyan_pala = _place("Pala", "KEN")
    (t,), decided = coherence.foreign_namesakes([pala], "KEN", places, national, national,
                                                lambda name, iso3: kenyan_pala if iso3 == "KEN" else None)
    assert t.place is kenyan_pala and decided == [(pala.start, pala.end, coherence.FOREIGN_NAMESAKE)]
    # no entry of the name in the story's country: no place (the event takes the story's country)
    (t,), _ = coherence.foreign_namesakes([pala], "KEN", places, national, national, lambda name, iso3: None)
    assert t.place is None


@pytest.mark.parametrize("places, national, population, firm", [
    # the text speaks of the namesake's country otherwise: a named country, its forces
    ({("TCD", "pala"): 3.0, ("TCD", "chad"): 3.0}, Counter({"KEN": 6.0}), 70_000, Counter({"KEN": 6.0})),
    ({("TCD", "pala"): 3.0}, Counter({"KEN": 6.0, "TCD": 2.0}), 70_000, Counter({"KEN": 6.0})),
    # a city of a million is read where it is
    ({("TCD", "pala"): 3.0}, Counter({"KEN": 6.0}), 1_200_000, Counter({"KEN": 6.0})),
    # the story's country rests on a single town's name
    ({("TCD", "pala"): 3.0, ("KEN", "kitui"): 3.0}, Counter(), 70_000, Counter()),
    # ... or on foreign sides only: forces named with their nationality, a group that acts abroad
    ({("TCD", "pala"): 3.0}, Counter({"KEN": 3.0}), 70_000, Counter()),
])
def test_a_namesake_the_text_supports_stays_abroad(places, national, population, firm):
    text = "Police dispersed protesters in Pala on Tuesday."
    pala = _toponym(text, "Pala", _place("Pala", "TCD", population=population))
    (t,), decided = coherence.foreign_namesakes([pala], "KEN", places, national, firm, lambda name, iso3: None)
    assert t.place is pala.place and decided == []


# ---- through the pipeline ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.gazetteer
@pytest.mark.parametrize("text, iso3", [
    # a people's name on the attackers is no story country; the ward's office is Kenya's
    ("Somali gunmen shot dead two herders on Friday, and the ward's MCA condemned the killings.", "KEN"),
    # the protest against the electoral body is Kenyan, the town's namesake abroad is not where it was
    ("Police fired tear gas at MCAs and their supporters protesting outside the IEBC offices in Pala on "
     "Tuesday.", "KEN"),
    # a foreign force's strike: the town stays in the country it lies in
    ("A Turkish drone strike hit a truck near Sinjar on Monday, killing three PKK fighters.", "IRQ"),
    # a people living in several countries says nothing of where: the town does
    ("Fulani herders attacked farmers near Kalale on Sunday, killing two.", "BEN"),
    ("Traditional hunters blocked the road to Natitingou to protest a ban on motorbikes.", "BEN"),
    ("Fulani gunmen killed three villagers in Agatu, Benue State.", "NGA"),
    # a people of one country still points to it
    ("Pokot raiders stole 200 goats and shot a herder.", "KEN"),
    # a county's name in an office's title (places.unread_area_name)
    ("Gunmen killed a Samburu CEC member on Monday.", "KEN"),
])
def test_event_country_from_the_weighed_evidence(pipeline, text, iso3):
    events = pipeline.process(Article(id="t", date=dt.date(2021, 5, 20), text=text)).events
    assert events and all(e.location is not None and e.location.iso3 == iso3 for e in events)


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_people_living_in_several_countries_alone_gives_no_country(pipeline):
    text = "Fulani herdsmen fought with farmers from a nearby village, leaving two dead."
    events = pipeline.process(Article(id="t", date=dt.date(2021, 5, 20), text=text)).events
    assert events and all(e.location is None for e in events)


# ---- the lead ------------------------------------------------------------------------------

def test_the_leads_places_outweigh_a_body_that_names_another_country_more():
    text = ("Traders attacked in Zambia\n\nArmed men robbed and beat three traders near a market on "
            "Friday night, a witness said.\n\nTwo of the traders had studied in Harare and Bulawayo, "
            "their families said.")
    toponyms = [_toponym(text, "Zambia", _place("Zambia", "ZMB", "country")),
                _toponym(text, "Harare", _place("Harare", "ZWE")),
                _toponym(text, "Bulawayo", _place("Bulawayo", "ZWE"))]
    places = {("ZMB", "zambia"): 3.0, ("ZWE", "harare"): 3.0, ("ZWE", "bulawayo"): 3.0}
    from eventwire.extract.salience import lead_end
    lead = coherence.lead_places(toponyms, lead_end(text), text)
    assert lead == frozenset({("ZMB", "zambia")})
    assert coherence.weigh_story(places, Counter()) == "ZWE"
    # (counted twice, the headline's country ties the body's two towns: no country leads)
    assert coherence.weigh_story(places, Counter(), lead) is None
    assert coherence.weigh_story(places, Counter({"ZMB": 1.0}), lead) == "ZMB"


def test_a_note_of_one_paragraph_is_all_lead_and_its_places_count_alike():
    text = "Armed men robbed two traders in Livingstone on Friday; both came from Harare and Bulawayo."
    toponyms = [_toponym(text, name, _place(name, iso3)) for name, iso3 in
                (("Livingstone", "ZMB"), ("Harare", "ZWE"), ("Bulawayo", "ZWE"))]
    assert coherence.lead_places(toponyms, len(text), text) == frozenset()


# ---- areas' names not read as places (places.unread_area_name) ------------------------------

_INDEX = {"Homa Bay": [_place("Homa Bay", "KEN", "admin1"), _place("Homa Bay", "KEN")],
          "Changamwe": [_place("Changamwe", "KEN", "admin2")],
          "Olympic": [_place("Olympic", "CHN")],
          "Victoria": [_place("Victoria", "AUS", "admin1"), _place("Victoria", "SYC")]}


def _unread(text: str, toponyms=(), modifiers=()) -> Counter:
    def scan(t: str) -> list[tuple[int, int]]:
        return sorted((i, i + len(n)) for n in _INDEX for i in range(len(t)) if t.startswith(n, i))

    return coherence.unread_areas(text, list(toponyms), lambda t: t.text in modifiers, scan,
                                  lambda name: _INDEX.get(name, []))


def test_a_provinces_name_inside_an_offices_title_votes_once_for_its_country():
    text = "Gunmen killed a Homa Bay CEC member; the Homa Bay CEC condemned it."
    assert _unread(text) == Counter({"KEN": 1.0})
    # (the geoparser's reading left without a place counts as unread)
    assert _unread(text, [_toponym(text, "Homa Bay", None)]) == Counter({"KEN": 1.0})


def test_a_district_votes_when_read_as_a_modifier_and_not_when_read_as_the_place():
    text = "The sitting MP for Changamwe led youths who stormed a tallying centre."
    changamwe = _toponym(text, "Changamwe", _INDEX["Changamwe"][0])
    assert _unread(text, [changamwe], modifiers={"Changamwe"}) == Counter({"KEN": 1.0})
    assert _unread(text, [changamwe]) == Counter()  # (a place read: counted with the places)
    assert _unread(text) == Counter()  # (a district's name the geoparser did not read at all)


@pytest.mark.parametrize("text", [
    "Rioters barricaded the road to Olympic primary school.",  # a town, no area
    "Traders marched to the Victoria market on Monday.",  # areas of two countries answer to the name
])
def test_names_that_point_to_no_one_countrys_area_give_no_vote(text):
    assert _unread(text) == Counter()


@pytest.mark.parametrize("text, iso3", [
    ("Anti-IEBC demonstrators lit bonfires on the main road.", "KEN"),
    ("Pro-INEC youths clashed with opposition supporters.", "NGA"),
    ("Youths staged anti-IEBC protests in the town.", "KEN"),
])
def test_a_national_term_after_anti_or_pro_votes_even_at_a_sentences_start(text, iso3):
    assert coherence.country_terms(text) == Counter({iso3: 1})

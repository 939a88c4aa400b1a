"""Events that words around the trigger must not hide: a killing beside a word of sport or industry,
deaths presumed ("feared dead"), a clause joined to a habitual one, and news idioms of abduction."""
import datetime as dt

import pytest

from eventwire.extract import detect as d
from eventwire.records import Article

DATE = dt.date(2024, 3, 14)


def _events(pipeline, text):
    return pipeline.process(Article(id="t", date=DATE, text=text)).events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen shot dead a retired basketball referee in Maiduguri on Tuesday, police said.",
    "Unknown assailants murdered a member of the Farmers' League in Bossangoa on Sunday, a rights group said.",
    "Gunmen killed eight people at a football match in Abeche on Saturday, officials said.",
])
def test_killing_beside_a_word_of_sport_is_an_event(pipeline, text):
    events = _events(pipeline, text)
    assert events and events[0].modality == "asserted"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chhatra League and Chhatra Dal activists hurled bricks at each other in Bogura on Monday; nine were hurt.",
    "Soldiers beat three National League for Democracy organisers at a rally in Magway on Sunday.",
])
def test_a_party_named_league_is_no_sport(pipeline, text):
    assert _events(pipeline, text)


@pytest.mark.model
def test_a_league_match_stays_out(pipeline):
    assert not _events(pipeline, "Fans attacked the referee's decision after the league game in Enugu on Sunday.")


@pytest.mark.model
def test_match_report_stays_out(pipeline):
    assert not _events(pipeline, "The striker attacked the goal and the visitors shot wide in the derby on Sunday.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Nine people have been killed after the outbreak of communal violence in Wukari, police said on Monday.",
    "Rockets fired by the militia killed four workers in an industrial area of Aden on Friday.",
    "Fourteen suspected kidnappers were killed by officers of the Anti-Robbery Squad near Uyo on Monday.",
])
def test_words_of_disaster_or_crime_that_describe_the_scene_do_not_exclude(pipeline, text):
    assert _events(pipeline, text)


def test_outbreak_of_a_disease_still_excludes():
    assert d._DISASTER.search("a cholera outbreak killed nine")
    assert d._DISASTER.search("an outbreak of measles")
    assert not d._DISASTER.search("the outbreak of renewed ethnic violence")
    assert not d._DISASTER.search("shells landed in an industrial area")
    assert d._DISASTER.search("an industrial accident at the plant")


def test_relative_as_second_victim_is_no_private_crime():
    assert d._PRIVATE_CRIME.search("A farmer stabbed his neighbour in Kisii on Monday.")
    assert not d._PRIVATE_CRIME.search("A trader was shot dead and his son hurt by two gunmen in Kano.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "At least ten villagers are feared dead after renewed clashes between two communities in Ebonyi on Sunday.",
    "More than forty traders have been feared killed in an attack by bandits on a market in Zamfara.",
    "Twelve fishermen are feared to have died in a raid by gunmen on their camp near Baga.",
])
def test_feared_dead_in_an_event_asserts_it(pipeline, text):
    events = _events(pipeline, text)
    assert events and events[0].modality == "asserted"
    assert "modality.asserted.presumed" in events[0].rules


@pytest.mark.model
def test_fear_of_an_attack_stays_future(pipeline):
    assert not _events(pipeline, "Residents of Dikwa feared an attack by insurgents on Monday, officials said.")


@pytest.mark.model
def test_since_of_a_conjoined_clause_does_not_make_the_next_habitual(pipeline):
    text = ("Soldiers have patrolled the road to Palma since June, and three farmers died in a roadside bomb "
            "explosion on Monday.")
    events = _events(pipeline, text)
    assert events and events[0].modality == "asserted"


@pytest.mark.model
def test_since_over_a_whole_sentence_stays_habitual(pipeline):
    assert not _events(pipeline, "Since 2019, bandits have regularly attacked travellers on the road to Zaria.")


@pytest.mark.model
def test_have_taken_people_is_an_abduction(pipeline):
    events = _events(pipeline, "Militiamen have taken at least nine passengers from a bus near Kaduna on Sunday.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


@pytest.mark.model
def test_people_taken_to_hospital_are_no_abduction(pipeline):
    events = _events(pipeline, "Rescuers have taken four people to hospital after the flood in Kano on Sunday.")
    assert not any(e.sub_event_type == "Abduction/forced disappearance" for e in events)


@pytest.mark.model
def test_violence_against_counted_people_is_an_attack(pipeline):
    events = _events(pipeline, "The violence against three traders in Kumasi on Monday has shocked "
                               "the town.")
    assert any(e.sub_event_type == "Attack" for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A local councillor was slain outside a mosque in Kaduna on Friday, police said.",
    "Nine miners lost their lives when bandits raided a gold site near Anka on Sunday.",
    "Renewed fighting between two villages near Ikom has claimed 40 lives since Thursday, officials said.",
    "Militants hacking a pastor to death in Dori on Monday shocked the town, residents said.",
])
def test_news_words_for_a_killing_are_triggers(pipeline, text):
    assert _events(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prosecutors in Tulsa said on Monday that the suspect's whereabouts remain unknown.",
    "The former minister fled the country last year and his whereabouts are unknown, the court heard.",
])
def test_unknown_whereabouts_alone_is_no_abduction(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e.sub_event_type == "Abduction/forced disappearance"]


@pytest.mark.model
def test_farmland_set_on_fire_is_property_destruction(pipeline):
    events = _events(pipeline, "Armed herders set fire to farmland outside Segbana on Friday.")
    assert events and events[0].sub_event_type == "Looting/property destruction"

"""Organised groups, followers, gangs and named rebels as the sides of an event (texts of our own): a group the
dictionary names as an organisation is no crowd, the followers of a leader or regime are not its
forces, a gang goes by its own name, activists arrested away from any protest are civilians, and a
group that detonated a bomb is its doer."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.classify.facts import organised_group
from eventwire.records import Actor, ActorType, Article
from eventwire.resolve import actors as names
from eventwire.resolve.actors import ActorDictionary
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load(Settings())


def _events(pipeline, text: str, date: dt.date = dt.date(2023, 6, 8)):
    events = pipeline.process(Article(id="t", date=date, text=text)).events
    assert events, text
    return events


def test_organised_group_is_a_dictionary_organisation_not_a_label_or_a_community():
    named = Actor("Imbonerakure", 3, "BDI", rule=names.R_NAMED)
    assert organised_group(named)
    assert not organised_group(Actor("Vigilante Militia (Benin)", 3, "BEN", rule=names.R_STORY_COUNTRY))
    assert not organised_group(Actor("Kikuyu Ethnic Militia (Kenya)", 4, "KEN", rule=names.R_STORY_COUNTRY))
    assert not organised_group(Actor("Unidentified Armed Group (Kenya)", 3, "KEN", rule=names.R_UNIDENTIFIED))
    assert not organised_group(Actor("Redwater Gang", 3, None, rule=names.R_GANG))  # no dictionary row
    assert not organised_group(Actor("Military Forces of Chad", 1, "TCD", rule=names.R_NAMED))
    assert not organised_group(Actor("Harambee Party", 3, "KEN", rule=names.R_NAMED))  # a party
    assert not organised_group(Actor("Imbonerakure", 3, "BDI", description="Imbonerakure supporters",
                                     rule=names.R_NAMED))  # its followers


def test_followers_are_a_crowd_not_the_forces_they_follow(d):
    for phrase in ("supporters of the junta", "government loyalists", "the regime's sympathisers"):
        actor = d.resolve(phrase, "NER")
        assert actor is not None and actor.type == ActorType.PROTESTERS and actor.rule == names.R_FOLLOWERS, phrase
    assert d.resolve("soldiers loyal to the junta", "NER").type == ActorType.STATE_FORCES


def test_a_gang_goes_by_its_own_name(d):
    assert d.resolve("members of the Redwater gang", "JAM").name == "Redwater Gang"
    assert d.resolve("the Costa Brava drug cartel", "MEX").name == "Costa Brava Cartel"
    assert d.resolve("the Costa Brava drug cartel", "MEX").type == ActorType.POLITICAL_MILITIA
    assert d.resolve("a gang of youths", "KEN").rule != names.R_GANG
    assert d.resolve("Haitian gangs", "HTI").rule != names.R_GANG  # a nationality is no name
    rebels = d.resolve("MPLK rebels", "DJI")
    assert (rebels.name, rebels.type, rebels.rule) == ("MPLK", ActorType.REBEL_GROUP, names.R_GANG)
    for phrase in ("Muslim rebels", "Fulani insurgents"):  # a faith, a people the dictionary knows
        assert d.resolve(phrase, "NGA").rule != names.R_GANG, phrase


@pytest.mark.model
def test_a_named_militia_that_burns_and_beats_is_no_mob(pipeline):
    top = _events(pipeline, "Imbonerakure members beat two villagers and burned their huts in Kayanza on "
                            "Sunday.")[0]
    assert (top.sub_event_type, top.actor1.name, top.actor1.type) == ("Attack", "Imbonerakure", 3)


@pytest.mark.model
def test_activists_arrested_at_a_protest_stay_protesters(pipeline):
    events = _events(pipeline, "Police arrested 30 activists at a march against fuel prices in Lusaka on "
                               "Monday.")
    assert any(ActorType.PROTESTERS in (e.actor1.type, e.actor2 and e.actor2.type) for e in events)


@pytest.mark.model
def test_a_group_that_detonated_a_bomb_is_its_doer(pipeline):
    top = _events(pipeline, "On 2 May 2024, BRN insurgents detonated a roadside bomb in Bacho (Narathiwat) as "
                            "an army patrol passed, wounding two soldiers.", dt.date(2024, 5, 3))[0]
    assert top.sub_event_type == "Remote explosive/landmine/IED"
    assert top.actor1.name.startswith("BRN") and top.actor2 is not None and top.actor2.type == ActorType.STATE_FORCES

"""Police stories in full news articles, fourth round, on texts of our own: a person who collapsed is no
disaster; a deed told again by a pronoun or a role noun, or in the paragraph after its recall, keeps the
recall's time; the forces' fire on a crowd told before is that demonstration's; workers on strike fired on
are protesters; weapons seized after a gunfight are the fight's; the state's demolitions; an arrest whose
sentence tells the harm done to the one arrested is part of that attack; a deed owned by an earlier month
or dated right after it; the number of people killed named as a subject; the experiential perfect."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import detect
from eventwire.records import Article, ActorType

DATE = dt.date(2024, 3, 14)  # a Thursday
CODED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


@pytest.mark.parametrize("text,disaster", [
    ("Police said the hawker had collapsed in the cells.", False),
    ("The prisoner suddenly collapsed during questioning.", False),
    ("The roof of the market collapsed after heavy rain.", True),
])
def test_a_person_who_collapsed_is_no_disaster(text, disaster):
    assert (detect._disaster_in(text) is not None) is disaster


def _events(pipeline, text: str, date: dt.date = DATE, coded_only: bool = True):
    events = pipeline.process(Article(id="police-news4-test", date=date, text=text)).events
    return [e for e in events if e.event_type in CODED] if coded_only else list(events)


@pytest.mark.model
def test_a_custody_death_the_police_call_a_collapse_is_still_coded(pipeline):
    text = ("Kitwe hawker dies after arrest\n\nKITWE, Zambia — A hawker died in hospital on Wednesday, a day after "
            "he was arrested at the market in Kitwe, and witnesses say officers beat him with batons.\n\n"
            "Police said the hawker had collapsed in the cells.\n\n\"They beat him in front of us,\" a trader said."
            "\n\nThe police watchdog has opened an inquiry.")
    events = _events(pipeline, text, coded_only=False)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.type == ActorType.STATE_FORCES
    assert "violence_against_civilians.attack.arrest_of_the_harmed" in events[0].rules


@pytest.mark.model
def test_the_man_recalled_in_the_lead_is_the_one_shot_in_the_next_paragraph(pipeline):
    text = ("Lusaka settles over 2021 shooting\n\nLUSAKA, Zambia — The city of Lusaka will pay compensation to the "
            "family of a taxi driver shot dead by police at a checkpoint in 2021, the family's lawyer said on "
            "Tuesday.\n\nThe man was shot four times after officers said he failed to stop.\n\nThe payment was "
            "agreed out of court.\n\nThe officers were never charged.")
    assert _events(pipeline, text) == []


@pytest.mark.model
def test_police_fire_after_the_demonstration_told_before_is_its_force(pipeline):
    text = ("Nurse dies after police fire on Mzuzu march\n\nMZUZU, Malawi — A nurse died on Wednesday from a wound "
            "she suffered when police fired tear gas and rubber bullets at a demonstration in Mzuzu on Tuesday."
            "\n\nHundreds of nurses had gathered outside the regional hospital to demand unpaid allowances. Police "
            "opened fire after some of them tried to enter the district office, witnesses said.\n\n\"She was at "
            "the back,\" a colleague said.\n\nThe police said an inquiry would follow.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.model
def test_workers_on_strike_fired_on_by_the_police_are_protesters(pipeline):
    text = ("Miner killed near Tarkwa\n\nTARKWA, Ghana — One man was killed on Monday when police opened fire on "
            "striking gold miners outside a pit near Tarkwa, the workers' union said.\n\nThe workers had gathered "
            "to demand back pay, the union said.\n\n\"We were sitting,\" a miner said.\n\nThe police said officers "
            "were attacked.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.model
def test_weapons_seized_after_a_gunfight_are_the_fights(pipeline):
    text = ("Four gunmen killed in Douala gunfight\n\nDOUALA, Cameroon — Four gunmen were killed on Tuesday in a "
            "gunfight with gendarmes who surrounded their hideout in Douala, the gendarmerie said.\n\nThe gunmen "
            "opened fire first, the gendarmerie said. Three rifles and a grenade were seized.\n\nResidents said "
            "the shooting lasted an hour.\n\nThe city has seen a rise in armed robberies.")
    events = _events(pipeline, text, coded_only=False)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.model
def test_a_demolition_by_the_authorities_is_the_states(pipeline):
    text = ("Homes of Kanpur suspects demolished\n\nKANPUR, India — Bulldozers escorted by police demolished the "
            "houses of three men accused of arson in Kanpur on Tuesday, officials said.\n\nThe men are in "
            "custody.\n\n\"Where will we live?\" a relative asked.\n\nOfficials said the houses were built "
            "without permission.")
    events = _events(pipeline, text, coded_only=False)
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
    assert events[0].actor1.type == ActorType.STATE_FORCES and events[0].actor2.type == ActorType.CIVILIANS
    assert "actors.demolition_by_the_state" in events[0].rules


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an arrest dated right after its verb to an earlier month, in the story of a bail
    ("Court frees Gulu activist\n\nGULU, Uganda — A court in Gulu on Tuesday freed on bail a land rights activist "
     "who was arrested last October, his lawyer said.\n\nOkello Peter, 58, was arrested at his home after a "
     "police search.\n\n\"Justice is slow,\" his daughter said.\n\nProsecutors will appeal."),
    # the number of people killed named as what a group questioned; the perfect with "ever"
    ("Police give Kano figures\n\nKANO, Nigeria — Kano police arrested 900 suspects during the year, the "
     "commissioner said on Tuesday, and 30 suspected robbers were killed in gunfights during the year.\n\n"
     "Rights groups questioned the number of suspects killed.\n\nFew police killings in the state have ever "
     "reached a court, they said.\n\nThe command will open new stations."),
])
def test_police_news_with_no_new_event(pipeline, text):
    assert _events(pipeline, text) == []

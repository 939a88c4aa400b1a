"""How a police story is read, on texts of our own: a riot told only in the state's disputed account, arrests
of the crowd folded into the demonstration's intervention, serious injuries that make force excessive,
police deeds of an earlier year, and people taken away by men of the forces."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import police_readings
from eventwire.extract.lexicon import TriggerHit
from eventwire.nlp.segment import split_sentences
from eventwire.records import Article

DATE = dt.date(2024, 3, 14)  # a Thursday


def _riot_hit(text: str, word: str, sents) -> TriggerHit:
    at = text.index(word)
    si = next(i for i, s in enumerate(sents) if s.start <= at < s.end)
    return TriggerHit("riot", "x", None, 0.85, at, at + len(word), si, word)


@pytest.mark.parametrize("text,disputed", [
    # the state's account, denied by the crowd's union: a claim
    ("Nurses marched in Lusaka on Monday. A police spokesman said officers acted after nurses hurled rocks at them. "
     "The union denied this.", True),
    # the crowd's own account of its peacefulness disputes it too
    ("\"We marched peacefully,\" a teacher said. Police said the teachers hurled rocks at officers.", True),
    # the state's account that nobody disputes stands
    ("Nurses marched in Lusaka on Monday. A police spokesman said officers acted after nurses hurled rocks at them. "
     "Two officers were treated in hospital.", False),
    # the reporter's own words, disputed by no one's account, are no claim of the state
    ("Nurses hurled rocks at officers in Lusaka on Monday. The union denied that its members took part.", False),
])
def test_a_riot_told_only_in_the_states_disputed_account_is_left_out(text, disputed):
    sents = split_sentences(text)
    hit = _riot_hit(text, "hurled rocks", sents)
    assert (hit.start in police_readings.disputed_riot_words([hit], sents, text)) is disputed


def _events(pipeline, text: str, date: dt.date = DATE):
    return pipeline.process(Article(id="police-reading-test", date=date, text=text)).events


def _coded(events):
    return sorted(e.sub_event_type for e in events if e.event_type != "Strategic developments" or
                  e.sub_event_type == "Arrests")


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    # the arrests of the crowd are the intervention, one event
    ("Police arrested 20 people in Valletta on Tuesday after students sat down across the main road to the "
     "harbour.\n\nThe students held banners calling for cheaper housing.", ["Protest with intervention"]),
    ("Police fired tear gas on Tuesday at hundreds of farmers protesting outside the governor's office in "
     "Ibadan.\n\nA police spokesman said 15 of the farmers were arrested for disturbing the peace.",
     ["Protest with intervention"]),
    # the arrest the crowd protests against stays an arrest of its own
    ("Police arrested a union leader in Ibadan on Monday.\n\nOn Wednesday hundreds of workers marched in Ibadan "
     "to demand his release.", ["Arrests", "Peaceful protest"]),
    ("Police detained 30 students at a hostel in Ibadan on Monday.\n\nOn Monday evening hundreds of students "
     "marched through Ibadan to denounce the detentions.", ["Arrests", "Peaceful protest"]),
])
def test_arrests_of_the_crowd_are_the_demonstrations_intervention(pipeline, text, expected):
    assert _coded(_events(pipeline, text)) == expected


@pytest.mark.model
def test_a_riot_the_article_disputes_leaves_the_protest_peaceful(pipeline):
    text = ("Police fire water cannon at nurses in Lusaka\n\nLUSAKA — Police fired water cannon on Wednesday at "
            "hundreds of nurses marching to the health ministry in Lusaka to demand unpaid allowances.\n\n"
            "A police spokesman said officers acted after \"some nurses hurled rocks at officers\". The nurses' "
            "union denied this, saying its members only sang.\n\nThe nurses have been on strike for a month.")
    assert _coded(_events(pipeline, text)) == ["Protest with intervention"]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Police fired rubber bullets at farmers marching in Tirana on Monday, leaving one farmer blind in one eye.",
     "Excessive force against protesters"),
    ("Police fired tear gas at farmers marching in Tirana on Monday; no one was seriously injured, a hospital said.",
     "Protest with intervention"),
])
def test_a_protester_seriously_hurt_makes_the_force_excessive(pipeline, text, expected):
    assert expected in _coded(_events(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize("text,events", [
    ("Watchdog faults police over Cork shooting\n\nCORK — Police ignored their own rules before officers shot "
     "dead a fisherman in Cork in 2022, a watchdog found on Wednesday.\n\nThe force said it accepted the findings."
     "\n\nThe fisherman's family welcomed the report.\n\nThe watchdog made nine recommendations.", 0),
    # the same deed in the story's own year is news
    ("Officers shoot fisherman in Cork\n\nCORK — Officers shot dead a fisherman in Cork on Wednesday, a watchdog "
     "said.\n\nThe force said it would cooperate.\n\nThe fisherman's family asked for answers.\n\nThe watchdog "
     "has opened an inquiry.", 1),
])
def test_a_police_deed_of_an_earlier_year_is_recalled(pipeline, text, events):
    assert len([e for e in _events(pipeline, text) if e.event_type == "Violence against civilians"]) == events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A student was forced into an unmarked pickup by armed men outside his home in Quetta on Monday, his family said.",
    pytest.param("Men in police uniforms took a lawyer from his office in Managua on Monday. His whereabouts remain "
                 "unknown, his wife said.",
                 marks=pytest.mark.xfail(strict=True, reason="unknown whereabouts are no abduction on their own; "
                                         "joining them to the taking told a sentence before is not built")),
])
def test_people_taken_away_by_men_are_abducted(pipeline, text):
    assert "Abduction/forced disappearance" in _coded(_events(pipeline, text))

"""Actor names through the whole pipeline: sides named for the story's country and the event's date,
speakers kept out, the article's own words kept beside the ACLED-style name (texts of our own)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.build import describe
from eventwire.extract.classify.report import explain
from eventwire.records import Article
from eventwire.resolve import actors as names

pytestmark = pytest.mark.model


def _events(pipeline, text: str, date: dt.date):
    return pipeline.process(Article(id="t", date=date, text=text)).events


def test_a_speaker_is_no_side_and_the_forces_carry_the_period_of_the_event(pipeline):
    (e,) = _events(pipeline, "Police say suspected insurgents have killed four people in Yala province.",
                   dt.date(2016, 3, 2))
    assert e.sub_event_type == "Attack"
    assert e.actor1.name == "Unidentified Armed Group (Thailand)"
    assert e.actor1.description == "suspected insurgents"
    assert e.actor2.name == "Civilians (Thailand)"
    assert names.R_SPEAKER in e.rules
    assert dict(e.decided_by)["actor1_name"] == names.R_UNIDENTIFIED

    (e,) = _events(pipeline, "Thai police shot dead two suspected insurgents in Yala province on Monday.",
                   dt.date(2016, 3, 2))
    assert e.actor1.name == "Police Forces of Thailand (2014-2019)"
    assert names.R_ERA in e.rules


def test_a_group_named_inside_a_hyphenated_word_is_the_side(pipeline):
    (e,) = _events(pipeline, "An al-Shabaab ambush killed five soldiers near Mogadishu on Monday.",
                   dt.date(2015, 5, 5))
    assert e.actor1.name == "Al Shabaab"
    assert e.actor2.name == "Military Forces of Somalia (2012-2017)"


def test_another_countrys_acronym_is_not_its_forces(pipeline):
    (e,) = _events(pipeline, "SAF troops clashed with gunmen near Maiduguri on Monday.", dt.date(2024, 3, 14))
    assert e.actor1.country == "NGA" and e.actor1.name.startswith("Military Forces of Nigeria")
    (e,) = _events(pipeline, "SAF troops clashed with rebels in Kadugli on Sunday.", dt.date(2015, 1, 20))
    assert e.actor1.name == "Military Forces of Sudan (1989-2019)"


def test_the_article_words_for_a_side_are_kept_and_explained(pipeline):
    (e,) = _events(pipeline, "Bandits suspected to be cattle rustlers raided Ogbe village in Kogi State on "
                             "Monday, killing six farmers.", dt.date(2024, 3, 14))
    assert e.actor1.description == "Bandits suspected to be cattle rustlers"
    assert e.to_dict()["actor1"]["description"] == "Bandits suspected to be cattle rustlers"
    lines = list(explain(e))
    row = next(i for i, line in enumerate(lines) if line.strip().startswith("actor1_name"))
    assert '(the article: "Bandits suspected to be cattle rustlers")' in lines[row]
    assert lines[row + 1].strip() == f"rule: {dict(e.decided_by)['actor1_name']}"


@pytest.mark.parametrize("phrase, words", [
    ("at least 15 suspected jihadist gunmen riding on motorcycles", "suspected jihadist gunmen"),
    ("No fewer than 20 people", None),
    ("Al Shabaab militants and Kenyan police", "Al Shabaab militants"),
    ("out by armed individuals", "armed individuals"),
    ("they", None),
    ("night", None),
    ("a Turkish drone", None),
    ("Russian missiles", None),
])
def test_describe_keeps_the_noun_phrase_only(phrase, words):
    assert describe(phrase) == words

"""Police stories and news without a new event, on texts of our own: the police's account of a killing
retold as a fight, a detainee beaten while held at a station, blows repeated in one dated incident,
men who named themselves officers, a report's tallies, a cause of an earlier week or month, what an
inquiry found, and a figure of a contest beside a rally."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract import police_readings, salience
from eventwire.extract.lexicon import TriggerHit
from eventwire.nlp.segment import split_sentences
from eventwire.records import Article, ActorType

DATE = dt.date(2024, 3, 14)  # a Thursday
CODED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


def _hit(text: str, word: str, family: str, sents) -> TriggerHit:
    at = text.index(word)
    si = next(i for i, s in enumerate(sents) if s.start <= at < s.end)
    return TriggerHit(family, "x", None, 0.9, at, at + len(word), si, word)


_KILLING = "A welder was shot dead by police in Ndola on Monday night. "
_ACCOUNT = "Police said the welder had attacked officers with an axe and that they fired in self-defence. "


@pytest.mark.parametrize("text,left_out", [
    # the victim called unarmed: the account's fight words are the state's claim
    (_KILLING + _ACCOUNT + "His neighbours say he was unarmed.", True),
    # nobody disputes the account: it stands
    (_KILLING + _ACCOUNT + "Two officers were treated in hospital.", False),
])
def test_the_states_disputed_account_of_a_killing_is_no_fight(text, left_out):
    sents = split_sentences(text)
    hits = [_hit(text, "shot dead", "kill", sents), _hit(text, "attacked officers", "attack", sents)]
    out = police_readings.disputed_fight_words(hits, sents, text)
    assert (hits[1].start in out) is left_out and hits[0].start not in out


def test_a_fight_word_is_kept_when_the_article_tells_no_killing_in_its_own_voice():
    text = _ACCOUNT + "His neighbours say he was unarmed."
    sents = split_sentences(text)
    hits = [_hit(text, "attacked officers", "attack", sents)]
    assert police_readings.disputed_fight_words(hits, sents, text) == set()


@pytest.mark.parametrize("text,figure", [
    ("Rival parties battled for votes in Kitwe on Monday as miners marched to the mine's offices.", True),
    ("Miners battled police in Kitwe on Monday as hundreds marched to the mine's offices.", False),
])
def test_a_figure_of_a_contest_beside_a_march_is_no_violence(text, figure):
    sents = split_sentences(text)
    hits = [_hit(text, "battled", "clash", sents), _hit(text, "marched", "protest", sents)]
    assert (hits[0].start in salience.figure_words_beside_crowds(hits, text)) is figure


def _events(pipeline, text: str, date: dt.date = DATE):
    return [e for e in pipeline.process(Article(id="police-news3-test", date=date, text=text)).events
            if e.event_type in CODED]


@pytest.mark.model
def test_a_killing_the_police_retell_as_self_defence_is_one_attack(pipeline):
    text = ("Family says Ndola welder shot by police was unarmed\n\nNDOLA, Zambia — A welder was shot dead by "
            "police in Ndola on Monday night, and his neighbours say he was unarmed when officers fired.\n\n"
            "Police said the welder had attacked officers with an axe near the bus station and that "
            "they fired in self-defence.\n\n\"He was walking home with his bread,\" a neighbour said.\n\n"
            "The police watchdog has opened an inquiry.")
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].actor1.type == ActorType.STATE_FORCES
    assert "violence_against_civilians.attack.disputed_state_account" in events[0].rules


@pytest.mark.model
@pytest.mark.parametrize("text,sub", [
    # a detainee beaten while the police held him: their attack
    ("A baker said he was beaten with a hosepipe while held overnight at a police station in Kitwe on Tuesday.",
     "Attack"),
    # blows repeated in one dated incident are that day's news, not a habit
    ("A video showed two guards repeatedly tasing a prisoner in a corridor in Gweru on Friday.", "Attack"),
])
def test_harm_to_a_person_in_the_forces_hands(pipeline, text, sub):
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == [sub]


@pytest.mark.model
def test_the_detainee_beaten_at_the_station_is_the_police_forces_victim(pipeline):
    text = "A baker said he was beaten with a hosepipe while held overnight at a police station in Kitwe on Tuesday."
    events = _events(pipeline, text)
    assert events and events[0].actor1.type == ActorType.STATE_FORCES


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A trade unionist was taken from his office in Kisii on Monday by two men who said they were from the police.",
    "A farmer was taken from his home in Orizaba on Monday by a group of men wearing Veracruz state police uniforms.",
])
def test_people_taken_by_men_who_named_themselves_officers(pipeline, text):
    events = _events(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
    assert events[0].actor1.type == ActorType.STATE_FORCES


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a report's tallies
    ("Police give Kumasi crime figures\n\nKUMASI, Ghana — Reported robberies in Kumasi fell in the first quarter, "
     "police said on Tuesday, and officers shot dead six robbery suspects over the period.\n\nThe commander "
     "said 140 people had been arrested.\n\nThe number of officers wounded on duty also fell, the figures "
     "showed.\n\nThe region has 4,000 officers."),
    # a cause of an earlier month
    ("Niger extends curfew in Tillaberi\n\nNIAMEY — Niger on Tuesday extended a curfew in Tillaberi region, "
     "citing the safety of civilians after an ambush on a convoy near Ayorou last month.\n\nMotorcycles remain "
     "banned at night.\n\nTraders say the ban hurts markets.\n\nThe curfew was first imposed in January."),
    # what an inquiry found about a shooting of an earlier year
    ("Inquiry faults Kisumu police\n\nKISUMU, Kenya — An inquiry on Tuesday faulted police over a 2021 shooting "
     "at a market in Kisumu.\n\nIts report found that officers fired tear gas and live rounds at a crowd "
     "without warning.\n\nThe police said they would study the report.\n\nFamilies of the wounded welcomed it."),
])
def test_news_that_tells_no_new_event(pipeline, text):
    assert [e.sub_event_type for e in _events(pipeline, text)] == []


@pytest.mark.model
def test_a_march_beside_a_figure_of_a_contest_is_no_riot(pipeline):
    text = "Rival parties battled for votes in Kitwe on Monday as hundreds of miners marched to the mine's offices."
    assert [e.sub_event_type for e in _events(pipeline, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("before,acting", [
    ("a trader was hurt when officers fired tear gas at ", True),
    ("a trader was hurt when soldiers dispersed ", True),
    ("a trader was hurt on Monday when ", False),
])
def test_the_forces_acting_on_a_partys_people_make_them_targets(before, acting):
    from eventwire.extract.classify.party_militia_rules import _FORCES_ACT_ON
    assert bool(_FORCES_ACT_ON.search(before)) is acting

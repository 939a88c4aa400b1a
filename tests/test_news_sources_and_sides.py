"""Who did it and who says so in news prose (texts of our own): the parties of a fight named only as
"between X and Y", the doers' words kept apart from a source's, a second source's bare figure, a
negated reporting verb, a past clause of time under a hedged main clause, a speaker after a found body."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.build import describe
from eventwire.extract.roles import clash_parties
from eventwire.records import ActorType, Article
from eventwire.resolve import actors as names

DATE = dt.date(2022, 9, 15)  # a Thursday


def _events(pipeline, text: str, include_all: bool = False):
    return pipeline.process(Article(id="t", date=DATE, text=text)).events


# ---- model-free ----------------------------------------------------------------------------------
def test_the_parties_of_a_fight_are_read_from_between_and_from_a_joint_subject():
    assert clash_parties("Six people died in fighting between Catholics and Anglicans in Ndola on Sunday.") \
        == ("Catholics", "Anglicans")
    assert clash_parties("The Ekpan and Oviri clans clashed near Ughelli on Monday, leaving five dead.") \
        == ("Ekpan", "Oviri clans")
    assert clash_parties("Ten died in clashes with members of the Habasha ethnic group near Dilla.") \
        == (None, "Habasha ethnic group")


def test_between_names_no_parties_without_a_word_for_a_fight():
    assert clash_parties("Talks between the ministry and the strikers resumed in Lusaka on Monday.") == (None, None)


def test_a_description_names_the_force_not_its_weapon_nor_its_elements():
    assert describe("elements from the Zambian army") == "Zambian army"
    assert describe("a Ugandan air force transport helicopter") == "Ugandan air force transport"
    assert describe("a Turkish drone") is None  # the adjective alone: the name already holds it


# ---- with the model ------------------------------------------------------------------------------
@pytest.mark.model
def test_sides_recoded_as_rioters_keep_the_parties_the_article_names(pipeline):
    ev = _events(pipeline, "Seven people died in fighting between Muslims and Christians in the town of Wukari "
                           "on Sunday.")[0]
    assert ev.actor1.type == ev.actor2.type == ActorType.RIOTERS
    assert {ev.actor1.description, ev.actor2.description} == {"Muslims", "Christians"}
    assert names.R_FIGHT_PARTIES in ev.rules


@pytest.mark.model
def test_a_sources_words_never_describe_the_doers(pipeline):
    ev = _events(pipeline, "A teacher at the mission school in Bangassou says rebel raids on farms have left "
                           "at least 12 villagers dead.")[0]
    assert ev.actor1.description == "rebel"
    assert names.R_SOURCE_WORDS in ev.rules


@pytest.mark.model
def test_a_second_sources_bare_figure_is_its_own_report(pipeline):
    ev = _events(pipeline, "Police said three miners were shot dead near Kolwezi on Tuesday, a union leader "
                           "says seven.")[0]
    reports = {(r.claimant, r.count) for r in ev.fatality_reports}
    assert reports == {("Police", 3), ("a union leader", 7)}
    assert ev.fatalities_best == 3  # the most conservative figure, as the contract says


@pytest.mark.model
def test_a_negated_reporting_verb_makes_no_claimant(pipeline):
    ev = _events(pipeline, "Police said the rebels had not claimed responsibility for the ambush that "
                           "killed five porters near Beni on Monday.")[0]
    assert [r.claimant for r in ev.fatality_reports] == ["Police"]


@pytest.mark.model
def test_a_past_clause_of_time_is_asserted_under_a_hedged_toll(pipeline):
    ev = _events(pipeline, "Up to 20 people may have died when raiders attacked the village of Kiri on "
                           "Saturday, a councillor said.")[0]
    assert ev.modality == "asserted"
    assert "modality.asserted.temporal" in ev.rules


@pytest.mark.model
def test_the_speaker_after_a_found_body_is_no_target(pipeline):
    ev = _events(pipeline, "The body of a tea trader was found with stab wounds near Kericho on Tuesday, police "
                           "said.")[0]
    assert ev.actor2 is not None and ev.actor2.type == ActorType.CIVILIANS
    assert ev.sub_event_type == "Attack"


@pytest.mark.model
def test_a_second_sources_figure_opening_the_next_sentence_is_its_own_report(pipeline):
    ev = _events(pipeline, "Bandits shot dead six drivers near Marsabit on Tuesday, the county commander said. "
                           "A local chief, however, says eleven.")[0]
    reports = {(r.claimant, r.count) for r in ev.fatality_reports}
    assert reports == {("the county commander", 6), ("a local chief", 11)}
    assert ev.fatalities_best == 6

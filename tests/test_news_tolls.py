"""Tolls in wire leads: the lead's figure against the body's details, vague and stated figures,
lists that end in their source, markup, hedged passives and deaths after an abduction (texts of our
own)."""
from __future__ import annotations

import re

import pytest

from eventwire.extract.classify import fatality_rules as F
from eventwire.extract.fatalities import decide, find_casualties


def sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", text) if m.group().strip()]


def decided(text: str):
    return decide(find_casualties(text, sentences(text)))


@pytest.mark.parametrize("text,best", [
    ("A retired headteacher was on Sunday evening shot dead by robbers outside his shop.", 1),
    ("Ten traders were on Saturday morning killed by bandits near the market.", 10),
    ("No fewer than 14 traders and porters were massacred by raiders on the road.", 14),
    ("About 9 prisoners are alleged to have been beaten to death by guards.", 9),
    ("At least 11 miners were <b>killed</b> when a drone struck a gold site.", 11),
    ("Armed men kidnapped and killed eight farmers near the village on Saturday.", 8),
    ("An air strike on a camp for displaced people on Monday killed 45 people.", 45),
    ("A clash between two militias has caused the death of 10 people in the valley.", 10),
])
def test_lead_counts(text, best):
    assert decided(text)[0] == best


def test_kidnapped_and_killed_is_a_death_not_an_abduction():
    text = "Gunmen abducted and killed four herders."
    kinds = {m.kind for m in find_casualties(text, sentences(text))}
    assert kinds == {"killed"}


def test_a_workers_strike_over_a_killing_is_still_a_cause():
    text = "Teachers went on strike on Monday over the killing of two colleagues by police."
    assert decided(text)[0] == 0


def test_a_list_that_ends_in_its_source_counts_only_the_victims():
    assert decided("Militiamen stopped a minibus and killed four of its passengers, a priest and a nurse "
                   "said.")[0] == 4
    # a list followed by its source after a comma keeps every victim
    assert decided("Gunmen killed two policemen, a soldier and a trader, residents said.")[0] == 4


def test_a_victims_name_after_a_comma_is_not_another_victim():
    assert decided("Raiders killed a retired judge, Peter Ossai and three other men at a farm.")[0] == 4
    assert decided("Raiders killed Peter Ossai, Grace Idowu and three other men at a farm.")[0] == 5


def test_the_leads_toll_is_not_undercut_by_its_details():
    text = ("At least 13 villagers died in shelling along the front line during the past 24 hours, the "
            "governor said on Monday. Four villagers were killed near the dam.")
    best, low, high, reports, rules = decided(text)
    assert (best, low, high) == (13, 13, 13)
    assert F.LEAD_TOTAL in rules and F.LOWEST not in rules


def test_a_later_figure_said_against_the_lead_is_a_rival_report():
    text = "The rebels claimed they killed four soldiers in the ambush. The army said only one was killed."
    best, low, high, _, rules = decided(text)
    assert (best, low, high) == (1, 1, 4)
    assert rules[0] == F.LOWEST and F.LEAD_TOTAL not in rules


def test_a_later_toll_of_its_own_is_a_rival_report():
    text = ("A bomb killed nine people at a bus station, police said. A local official put the death toll at "
            "six.")
    assert decided(text)[0] == 6


def test_a_larger_later_figure_stays_a_rival_report():
    text = "Gunmen killed six soldiers near the border, the army said. Residents said 11 soldiers were killed."
    best, low, high, _, rules = decided(text)
    assert (best, low, high) == (6, 6, 11)


def test_a_stated_number_replaces_a_vague_quantity():
    text = "Several villagers were killed in the raid. A local official later said 14 people were killed."
    best, low, high, _, rules = decided(text)
    assert (best, low, high) == (14, 14, 14)
    assert F.STATED_OVER_VAGUE in rules


def test_a_vague_quantity_alone_keeps_its_convention_value():
    assert decided("Gunmen killed dozens of villagers in the raid.")[0] == 12


def test_two_named_sources_are_rivals_even_when_the_second_is_smaller():
    text = ("The ministry said its drone killed four militants near the town. A hospital source said the "
            "bodies of two men were brought in.")
    best, low, high, _, rules = decided(text)
    assert (best, low, high) == (2, 2, 4)
    assert F.LEAD_TOTAL not in rules


def test_more_victims_in_the_same_sentence_add_unless_they_break_down_its_toll():
    assert decided("Two blasts hit a bus park, killing seven people and wounding 20, while another blast near the "
                   "port killed four people.")[0] == 11
    assert decided("The group said eight guards were killed in the raid, five were killed at the gate while three "
                   "other guards were killed on the road.")[0] == 8
    # "other" belongs to the wounded: the later death is not more victims of the same count
    assert decided("Three traders were killed and other four injured by youths who were accused of "
                   "having killed a farmer.")[0] == 3


def test_a_totals_breakdown_is_not_added_to_it():
    assert decided("An explosion at a fuel depot killed nine people, four guards and five porters.")[0] == 9
    assert decided("Raiders killed three guards, two drivers and four porters.")[0] == 9


def test_a_bare_companion_after_a_possessive_is_one_more_victim():
    assert decided("Bandits killed his nephew and driver near the market.")[0] == 2
    assert decided("Bandits killed his wife and children near the market.")[0] == 1


def test_members_of_groups_are_counted_not_the_groups():
    text = "Members of two rival gangs were killed in the fighting."
    assert decided(text)[0] == 0  # (the number of the dead is not stated; the parse counts members)


def test_bodies_of_victims_described_by_a_participle_are_counted_but_not_animals():
    assert decided("The bodies of five traders kidnapped last month by rebels were found near the road.")[0] == 5
    assert decided("The bodies of five goats were found near the road.")[0] == 0


def test_losing_ones_life_is_a_death():
    assert decided("A village chief lost his life in an attack by gunmen.")[0] == 1

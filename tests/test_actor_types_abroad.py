"""Actor types for countries and groups the dictionary holds nothing particular about (texts of our own):
an international mission stays External/Other forces in the country it serves, a state's forces abroad
are External/Other forces, and state forces a report holds responsible are the perpetrator."""
from __future__ import annotations

import datetime as dt

from eventwire.extract.classify.actor_type_rules import STATE_HELD
from eventwire.records import ActorType, Article


def _sides(pipeline, text: str, day=dt.date(2023, 5, 9)):
    events = pipeline.process(Article(id="t", date=day, text=text)).events
    assert events, text
    e = events[0]
    return [ActorType(a.type).name if a is not None else None for a in (e.actor1, e.actor2)]


def test_un_peacekeepers_stay_external_forces_in_the_country_they_serve(pipeline):
    sides = _sides(pipeline, "UN peacekeepers clashed with armed men near Kaga-Bandoro in the Central African "
                             "Republic on Monday.")
    assert "EXTERNAL_FORCES" in sides and "STATE_FORCES" not in sides


def test_a_states_forces_abroad_are_external_and_at_home_state_forces(pipeline):
    assert _sides(pipeline, "Kenyan soldiers shot dead two herders near Beled Hawo in Somalia on Monday.")[0] \
        == "EXTERNAL_FORCES"
    assert _sides(pipeline, "Kenyan soldiers shot dead two herders near Mandera on Monday.")[0] == "STATE_FORCES"


def test_the_state_held_responsible_needs_an_accusation_of_the_deed():
    assert STATE_HELD.search("His widow accused the police of shooting him.")
    assert STATE_HELD.search("Elders said the raiders were believed to be soldiers.")
    assert STATE_HELD.search("as gendarmes launched a sweep through the market")
    assert not STATE_HELD.search("His widow accused the police of failing to find the killers.")
    assert not STATE_HELD.search("Police accused the gunmen of the killing.")

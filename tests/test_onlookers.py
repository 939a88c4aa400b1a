"""Onlookers of a story: a place in a newspaper's title and a state that speaks are named, but the
story does not happen there (rules places.outlet_title and places.reacting_state)."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.extract.classify.story_side_rules import OUTLET_TITLE
from eventwire.records import Article, Place, Toponym
from eventwire.resolve.onlookers import onlooker, outlet_title, reacting_state
from eventwire.resolve.places import non_event_use

RURITANIA = Place("Ruritania", "Ruritania", "RUR", 1.0, 2.0, feature="country")
STRELSAU = Place("Strelsau", "Ruritania", "RUR", 1.0, 2.0, feature="city", population=900_000)
ZENDA = Place("Zenda", "Ruritania", "RUR", 1.0, 2.0, feature="city", population=40_000)


def _at(text: str, name: str, place: Place) -> Toponym:
    start = text.index(name)
    return Toponym(name, start, start + len(name), place)


@pytest.mark.parametrize("text,name,place,expected", [
    ("Two editors were detained, the Strelsau Times reported on Friday.", "Strelsau", STRELSAU, True),
    ("(Photo: THE ZENDA HERALD/Pool)", "ZENDA", ZENDA, True),
    ("Crowds gathered in Strelsau Times Square on Friday.", "Strelsau", STRELSAU, False),
    ("Soldiers fired on marchers in Strelsau on Friday.", "Strelsau", STRELSAU, False),
    ("Soldiers fired on marchers in Zenda, times after the curfew began.", "Zenda", ZENDA, False),
])
def test_outlet_title_is_a_newspapers_name_after_a_place(text, name, place, expected):
    assert outlet_title(text, _at(text, name, place)) is expected


@pytest.mark.parametrize("text,name,place,expected", [
    ("The Ruritania government condemned the beating of the reporter.", "Ruritania", RURITANIA, True),
    ("Ruritania's Foreign Ministry summoned the envoy.", "Ruritania", RURITANIA, True),
    ("Ruritania said it would seek the suspect's transfer.", "Ruritania", RURITANIA, True),
    ("Prosecutors want the banker extradited to Ruritania to stand trial.", "Ruritania", RURITANIA, True),
    ("Strelsau denied that its agents took part in the abduction.", "Strelsau", STRELSAU, True),
    # a small town that "said" is a place's people, not a state; a name closing an organisation's speaks for it
    ("Zenda said goodbye to the murdered mayor on Sunday.", "Zenda", ZENDA, False),
    ("The Farmers Union of Ruritania said its chairman was beaten.", "Ruritania", RURITANIA, False),
    ("A priest who met relatives of those held in Ruritania says they are unharmed.", "Ruritania", RURITANIA,
     False),
    ("The head of the phone firm Telco Ruritania announced a strike fund.", "Ruritania", RURITANIA, False),
    ("Officials said Ruritania denied the raid took place.", "Ruritania", RURITANIA, True),
    # where things happen
    ("Police in Ruritania arrested nine students on Monday.", "Ruritania", RURITANIA, False),
    ("Gunmen attacked a bus in Strelsau on Monday.", "Strelsau", STRELSAU, False),
])
def test_reacting_state_is_a_state_that_speaks_or_receives(text, name, place, expected):
    t = _at(text, name, place)
    assert reacting_state(text, t) is expected
    assert onlooker(text, t) is expected
    if expected:
        assert non_event_use(text, t)  # no event's place, a reference's vote at most


def test_a_place_the_gazetteer_did_not_resolve_is_no_onlooker():
    text = "The Ruritania government condemned the raid, the Strelsau Times said."
    assert not onlooker(text, _at(text, "Ruritania", None))
    assert not onlooker(text, _at(text, "Strelsau", None))


@pytest.mark.model
def test_the_paper_and_the_reacting_state_leave_the_event_where_it_happened(pipeline):
    text = ("BAMAKO - Soldiers detained three reporters in Bamako on Tuesday, the Washington Post reported. "
            "The US government condemned the arrests, and Washington said it would raise them with the "
            "junta. US officials said the reporters were held at a camp. The US embassy urged their release.")
    events = pipeline.process(Article(id="onlookers", date=dt.date(2024, 3, 14), text=text)).events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.location is not None and e.location.iso3 == "MLI" for e in arrests)
    assert OUTLET_TITLE in arrests[0].rules
    assert not any(e.location is not None and e.location.iso3 == "USA" for e in events)

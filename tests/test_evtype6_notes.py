"""Notes that tell one interaction as a chain of deeds (tests/golden/evtype6_notes.jsonl, our own ACLED-style
notes and news leads from 40 countries outside the dev notes' three, in the gold format `eventwire eval`
reads): a bomb followed by an exchange of fire, shelling followed by ground clashes, a car bomb before the
base is stormed, a town taken after fighting, civilians abducted after a battle, cattle looted by killers.

The gold codes each note as the ACLED Codebook (2023) does: event types and sub-event types are
hierarchical in the order of its Table 2, an explosion in the context of a battle is one Battles event,
two types of interaction between the same actors at one place on one day are one event, and an act on
other people (civilians abducted after the fight) is an event of its own.

Round ``evtype6-1`` (59 notes and leads, 30 countries) was run before any change: event type 0.634,
sub-event type 0.606 (71 gold events), fatalities 0.746, 46 of 59 notes with the right number of events.
Its largest group of misses (12 notes: an explosion, shelling or strike told with the fight it was part
of) led to ``hierarchy.battle_over_explosion`` (and a denied exchange of fire, "no exchange of fire was
reported", no longer makes a bomb a fire-fight).  Round ``evtype6-2`` (15 notes and leads, 15 countries)
was written then, not used to change anything, and its first run coded event type 0.812, sub-event type
0.625 (16 gold events; the code before the change: 0.438, 0.312).  The next group of round 1's misses
(civilians abducted after a battle, 6 notes) led to ``merge.split.another_actor_pair``; round
``evtype6-3`` (14 notes and leads, 14 countries) was written after it and its first run coded event type
0.762, sub-event type 0.762, 10 of 14 notes with the right number of events (the code before both
changes: 0.381, 0.381, 7 of 14).  After both changes round 1 codes event type 0.859, sub-event type
0.831, fatalities 0.789, 49 of 59 notes with the right number of events.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, cases_with_misses, read_notes
from eventwire.extract.classify import cues
from eventwire.extract.classify.hierarchy_rules import MUTUAL_ENGAGEMENT

NOTES = Path(__file__).resolve().parent / "golden" / "evtype6_notes.jsonl"
CASES = read_notes(NOTES)

_APART = "civilians abducted after the battle are another actor pair, an event of their own; here the link " \
         "or the victims are not read and one event is coded"
_DAYS = "two deeds told on different days in one sentence are merged into one event"
KNOWN_MISSES = {
    "evtype6:mli-4": _APART,
    "evtype6:pak-4": _APART + " (a semicolon after the abduction)",
    "evtype6:eth-2": "an abduction, then a fight of the pursuing forces, told across a semicolon, is one event",
    "evtype6:lead-bfa": _DAYS, "evtype6:cod-3": _DAYS,
    "evtype6:mmr-1": "a town taken and a strike on civilians the same day are merged into the strike",
    "evtype6:cod-2": "a town taken and a strike on civilians the same day are merged into the strike",
    "evtype6:lead-ukr3": "a fight fought off and a drone strike on civilians in one sentence are merged into the fight",
    "evtype6:ner-1": "arrests made by the side that fought, in the same raid, stay a separate Arrests event",
    "evtype6:mli-2": "civilians detained, then executed, by the same soldiers keep a separate Arrests event",
    "evtype6:sdn-1": "'attacked SAF positions' is read as an attack on civilians",
    "evtype6:nga-5": "houses burned by the gunmen make a Mob violence event beside the attack",
    "evtype6:mmr-3": "a town taken after days of fighting with shelling is coded by the shelling, not the territory",
    "evtype6:ecu-1": "'shot at the officers' after the blast is no assault cue",
    "evtype6:mmr-4": "an ambush with landmines and rifle fire is no assault cue",
    "evtype6:lead-ukr2": "missiles, then drones: the air strike ranks above the missile attack but is not chosen",
}


def test_notes_are_chains_from_many_countries():
    assert len({e["iso3"] for c in CASES for e in c["events"]}) >= 20
    assert not {e["iso3"] for c in CASES for e in c["events"]} & {"KEN", "BEN", "AFG"}
    assert {c["round"] for c in CASES} == {"evtype6-1", "evtype6-2", "evtype6-3"}
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_events(case, pipeline):
    """The note's events, by sub-event type: as many as the codebook codes, each of its type."""
    events = pipeline.process(article(case)).events
    got = sorted(e.sub_event_type for e in events)
    assert got == sorted(g["sub_event_type"] for g in case["events"]), [(e.sub_event_type, e.rules[:4])
                                                                         for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text,sub", [
    # an explosion the target answered: the battle
    ("A landmine hit a police truck near Kidal on Monday, after which the attackers exchanged fire with the "
     "officers.", "Armed clash"),
    ("Insurgents fired mortars at an army post near Mocimboa da Praia on Friday, followed by ground clashes.",
     "Armed clash"),
    # an explosion with no engagement stays the explosion
    ("A roadside bomb hit an army truck near Djibo on Monday; no exchange of fire was reported.",
     "Remote explosive/landmine/IED"),
    ("Soldiers' artillery shelled a rebel camp near Rutshuru on Monday, killing four fighters.",
     "Shelling/artillery/missile attack"),
])
def test_battle_over_explosion(text, sub, pipeline):
    events = pipeline.process(article({"id": "hierarchy", "date": "2024-05-08", "text": text})).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    assert top.sub_event_type == sub, [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
def test_a_strike_on_civilians_beside_a_fight_is_not_the_fight(pipeline):
    text = ("Rebels captured the town of Bunagana after fighting with soldiers on Monday. The same day, army jets "
            "bombed the town, killing three civilians.")
    events = pipeline.process(article({"id": "apart", "date": "2024-05-08", "text": text})).events
    assert "Air/drone strike" in [e.sub_event_type for e in events], [(e.sub_event_type, e.rules[:4])
                                                                       for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text,n", [
    # a deed on civilians after a battle: two events
    ("Insurgents attacked an army post near Mocimboa da Praia on Monday, killing two soldiers, and then "
     "abducted four traders.", 2),
    # the same actors' deeds on the same civilians: one event
    ("Gunmen killed three villagers in Kajuru on Monday, then abducted five others.", 1),
    ("Soldiers clashed with rebels near Kitchanga on Monday and then captured two rebel commanders.", 1),
])
def test_another_actor_pair(text, n, pipeline):
    events = [e for e in pipeline.process(article({"id": "pair", "date": "2024-05-08", "text": text})).events
              if e.event_type != "Strategic developments"]
    assert len(events) == n, [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.parametrize("text,told", [
    ("the militants then exchanged fire with the soldiers", True),
    ("no exchange of fire was reported", False),
    ("the blast was not followed by clashes", False),
    ("without any clashes, the army entered the town; later clashes erupted", True),
])
def test_a_denied_engagement_is_not_told(text, told):
    assert cues.asserted(MUTUAL_ENGAGEMENT, text) is told

"""Sub-event types outside the demonstrations, on short ACLED-style notes of our own from more than
twenty countries outside the dev notes' three (tests/golden/subevents5_notes.jsonl, in the gold format
`eventwire eval` reads): every sub-event type of Battles, Explosions/Remote violence, Violence against
civilians and Strategic developments, with several notes for each pair the codebook tells apart (a clash
during which a named place changes hands; a strike by drone or by artillery; a mine that hits civilians;
civilians killed during a fight; houses burned with no one hurt; explosives defused; a group's split or
new leader; a base handed over).

Round ``subevents5-1`` (56 notes, 29 countries) was run before any change: event type 0.929, sub-event
type 0.839 (47 of 56; the Luuq blockade, first labelled Other, is a change to the group's activity under
the codebook's convention, and is counted as coded once relabelled). Its misses, grouped with the known
misses of the other sets, led to: a named place seized or taken over from a side is territory taken
(trigger rows of ``detect.trigger.territory``); a munition carrying an irritant agent is a chemical
weapon (``detect.trigger.chemical``); a person taken away whose family cannot find them is a forced
disappearance (``detect.trigger.abduct``); goods made off with or stolen in a raid that hurt no one are
looting (word class ``looting``); a base handed over to another force is a transfer (``cues.ACQUIRED``);
civilians killed during a fight told as its setting are an attack
(``violence_against_civilians.attack.fight_as_setting``); and, from the known misses of the other sets, a
group that suspends its operations changes its activity (``detect.trigger.change``) and a place given up
under a deal is a transfer, not the agreement
(``strategic_developments.non_violent_transfer.territory_by_deal``). Round ``subevents5-2`` (16 notes, 15
countries) was written after these changes and not used to change anything: its first run coded 15 of
16 sub-event types.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "subevents5_notes.jsonl"
CASES = read_notes(NOTES)
DEMONSTRATIONS = {"Protests", "Riots"}

KNOWN_MISSES = {
    "subevents5:syr-3": "a merger announced for the future ('would dissolve and merge') is read as a future act, "
                        "not as the announcement, a change to the group",
    "subevents5:eth-2": "the burning of an administration office with no one hurt makes no event",
}


def test_notes_cover_every_non_demonstration_sub_event_type_and_many_countries():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 20 and not {e["iso3"] for e in events} & {"KEN", "BEN", "AFG"}
    assert not {e["event_type"] for e in events} & DEMONSTRATIONS
    assert len({e["sub_event_type"] for e in events}) == 20
    assert {c["round"] for c in CASES} == {"subevents5-1", "subevents5-2"}
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_type(case, pipeline):
    events = pipeline.process(article(case)).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    gold = case["events"][0]
    assert (top.event_type, top.sub_event_type) == (gold["event_type"], gold["sub_event_type"]), \
        [(e.sub_event_type, round(e.confidence, 2), e.rules[:3]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text,sub", [
    # a named place seized or taken over from a side (the place's area in brackets, or the side named)
    ("Rebels seized Walikale (Nord-Kivu) from the army on Tuesday after heavy fighting.",
     "Non-state actor overtakes territory"),
    ("On 3 May 2024, government troops took Damasak from ISWAP fighters after a gunfight.",
     "Government regains territory"),
    ("Militants took over Gaharo (Lower Juba) following clashes with soldiers on Friday.",
     "Non-state actor overtakes territory"),
    # an irritant agent in a munition dropped on fighters: a chemical weapon
    ("Troops dropped grenades containing tear gas from a drone on enemy trenches near Bakhmut on Monday.",
     "Chemical weapon"),
    # taken away and not found again
    ("Gunmen took away a teacher from his home in Kayes on Monday; his relatives have been unable to trace "
     "him since.", "Abduction/forced disappearance"),
    # a raid that carried off goods and hurt no one
    ("Armed men raided a village near Tonj on Sunday and made off with 400 goats. No one was hurt.",
     "Looting/property destruction"),
    # a base handed over to another force
    ("French troops withdrew from their base in Gossi on Monday and handed it over to the national army.",
     "Non-violent transfer of territory"),
    # a group that suspends its operations changes its activity
    ("The rebels announced on Monday that they had suspended their attacks in Mopti region pending talks.",
     "Change to group/activity"),
    # a place given up under a deal: the transfer, not the deal
    ("Under a ceasefire deal, the army surrendered Hpasawng (Kayah) to the rebels without a fight on Monday.",
     "Non-violent transfer of territory"),
    # civilians killed by a side during a fight told as the setting
    ("During fighting between the army and rebels near Kalehe on Monday, soldiers shot dead four farmers "
     "they accused of helping the rebels.", "Attack"),
])
def test_sub_event_mechanisms(text, sub, pipeline):
    events = pipeline.process(article({"id": "mechanism", "date": "2024-05-08", "text": text})).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    assert top.sub_event_type == sub, [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text,sub", [
    # the fight itself, its dead told as the fight's
    ("During fighting between the army and JNIM near Djibo on Monday, two soldiers were killed.", "Armed clash"),
    # a deal that only foresees a withdrawal stays an agreement
    ("The government and the rebels signed a ceasefire agreement in Juba on Monday; the rebels are to leave "
     "their bases by June.", "Agreement"),
    # police tear gas on a crowd is no chemical weapon
    ("Police fired tear gas canisters at students marching in Dhaka on Monday.", "Protest with intervention"),
])
def test_what_the_mechanisms_leave(text, sub, pipeline):
    events = pipeline.process(article({"id": "left", "date": "2024-05-08", "text": text})).events
    assert sub in [e.sub_event_type for e in events], [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a person seized from home, arms seized from fighters, a man captured after a chase: no place taken
    "Gunmen seized Ibrahim Sule from his home in Zaria on Monday.",
    "Soldiers seized AK-47 rifles from militants near Gao on Monday.",
    "Police captured Juma Ali after a chase in Mombasa on Monday.",
])
def test_a_person_or_arms_seized_is_no_territory(text, pipeline):
    events = pipeline.process(article({"id": "seized", "date": "2024-05-08", "text": text})).events
    assert not [e for e in events if "territory" in e.sub_event_type], [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A car plant in Chennai halted its lines with a week-long suspension of operations on Monday.",
    "An independent television station in Tbilisi suspended operations on Thursday after a threat of closure.",
])
def test_a_business_that_suspends_operations_changes_no_group(text, pipeline):
    events = pipeline.process(article({"id": "business", "date": "2024-05-08", "text": text})).events
    assert "Change to group/activity" not in [e.sub_event_type for e in events], [(e.sub_event_type, e.rules[:3])
                                                                                  for e in events]

"""Notes and news leads that tell more than one deed in a sentence, crowds, planned strikes and sit-ins
(tests/golden/evtype7_notes.jsonl, our own ACLED-style notes and leads from 67 countries outside the dev
notes' three, in the gold format `eventwire eval` reads): deeds told on different days in one sentence, a
town taken and a strike on civilians told across a semicolon, arrests made in the raid that fought, the
order of the Explosions/Remote violence sub-event types, football crowds, machete fights between
villages, strikes the unions "would merge and hold", sit-ins at the workers' own factory, students angry
at fee rises.

The gold codes each note as the ACLED Codebook (2023) does: one event per actor pair, place and day (Event
aggregation), an incident that separately targets civilians beside a battle as a second event, the
sub-event types in the order of Table 2 (an air strike above shelling, shelling above a remote explosive),
crowds without an organised armed group as rioters (Mob violence), planned events as no event.

Round ``evtype7-1`` (70 notes and leads, 55 countries, 84 gold events) was run before any change: event
type 0.679, sub-event type 0.607, fatalities 0.643, 44 of 70 notes with the right sub-event types and 49
with the right number of events.  Its largest group of misses (7 notes: deeds on different days told in
one sentence, merged into one event) led to ``merge.split.another_day``; the next (5 notes: a town taken or
a battle beside a strike or a deed on civilians told across a semicolon) to
``merge.split.civilians_across_semicolon``; a sit-in "at their factory" (read as an industrial accident)
and students "angry at fee rises" who gathered (no trigger) to two lexical repairs (``detect.py``'s crowd
acts, a ``triggers.tsv`` row).  After them round 1 codes event type 0.845, sub-event type 0.798,
fatalities 0.690, 55 of 70 notes with the right sub-event types and 58 with the right number of events.
Round ``evtype7-2`` (18 notes and leads, 18 countries, 22 gold events) was written then, not used to change
anything; its first run coded event type 0.818, sub-event type 0.773, 12 of 18 notes right and 15 with
the right number of events (the code before the changes: 0.636, 0.591, 9 of 18, 11).  Two more changes
followed, from round 1 and the older sets: the explosive means rank in the order of Table 2 (an IED, then
mortars, is a shelling), and fans or spectators who turn on the police after a match are a crowd (Mob
violence), not a sporting figure of speech; then civilians killed "afterwards" or "then" after a battle
were cut off like those abducted (``merge.split.another_actor_pair``).  After all of them round 1 codes
event type 0.869, sub-event type 0.845, fatalities 0.702, 58 of 70 notes right and 60 with the right
number of events; round 2 codes event type 0.864, sub-event type 0.818, 13 of 18 notes right.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, cases_with_misses, read_notes
from eventwire.extract.day_clauses import another_day, day_key, other_day_clauses

NOTES = Path(__file__).resolve().parent / "golden" / "evtype7_notes.jsonl"
CASES = read_notes(NOTES)

_PLAN = "the planned march or strike is read as future, and the lead's demand is coded as a PLOVER 'Other' event"
_CROWD = "villagers of two communities fighting with machetes are coded as an armed clash of communal militias"
_ER = "the Explosions/Remote violence type a note's words name first decides, not the one Table 2 ranks higher"
KNOWN_MISSES = {
    # round 1
    "evtype7:col-1": "two days listed in one date ('On 10 and 12 March') make one event",
    "evtype7:hti-1": "looting after the attack on a police station makes the whole event a property destruction",
    "evtype7:moz-1": "a town taken and civilians beheaded there, joined by ', and', are one armed clash",
    "evtype7:yem-1": "shelling and a landmine at two places, joined by ', and', are one event",
    "evtype7:rus-1": "drones shot down beside a strike that landed are a Disrupted weapons use event of their own",
    "evtype7:nga-2": _CROWD,
    "evtype7:gin-1": _PLAN,
    "evtype7:chl-1": _PLAN,
    "evtype7:lead-nga": "jets striking the fleeing fighters elsewhere are folded into the battle they fled",
    "evtype7:lead-cod": "a shelling 'a day after' a town was taken: the relative day is not read, one event is coded",
    "evtype7:lead-ukr": _ER + " (a missile and a drone), and the shelling elsewhere is merged into it",
    "evtype7:lead-idn": _CROWD,
    # round 2 (first run, not used to change anything)
    "evtype7:f-ukr-1": "a guided bomb is read as a remote explosive, not an air strike",
    "evtype7:f-sle-1": "a strike the unions 'would join forces and go on' is read as asserted, dated last year",
    "evtype7:f-ago-1": "drivers blocking roads, dispersed with tear gas, are coded as a violent demonstration",
    "evtype7:f-lead-col": "a motorcycle bomb at a police station, then fire on the officers, is coded as an attack",
}


def test_notes_come_from_many_countries():
    countries = {e["iso3"] for c in CASES for e in c["events"]}
    assert len(countries) >= 30 and not countries & {"KEN", "BEN", "AFG"}
    assert {e["event_type"] for c in CASES for e in c["events"]} == {
        "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
        "Strategic developments"}
    assert {c["round"] for c in CASES} == {"evtype7-1", "evtype7-2"}
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_events(case, pipeline):
    """The note's events, by sub-event type: as many as the codebook codes, each of its type."""
    events = pipeline.process(article(case)).events
    got = sorted(e.sub_event_type for e in events)
    assert got == sorted(g["sub_event_type"] for g in case["events"]), [(e.sub_event_type, e.rules[:4])
                                                                         for e in events]


@pytest.mark.parametrize("phrase,key", [("3 June", "3jun"), ("June 3rd", "3jun"), ("the 3rd of June", "3jun"),
                                        ("Tuesday", "tue")])
def test_day_key(phrase, key):
    assert day_key(phrase.replace("the ", "")) == key


def _hit_at(text: str, word: str):
    start = text.index(word)
    return type("Hit", (), {"start": start, "end": start + len(word)})()


@pytest.mark.parametrize("text,deeds,cut_before", [
    # a day after "and" that opens the next deed
    ("On 3 June gunmen attacked Kware, killing four, and on 5 June they abducted twelve farmers.",
     ("attacked", "abducted"), ", and on 5 June"),
    # the days told after each deed
    ("Militants attacked a checkpoint on 2 May, killing two, and planted a bomb that exploded there on 4 May.",
     ("attacked", "planted"), ", and planted"),
    # a bare "and" before the day
    ("On 4 March the army shelled Kyaukme and on 6 March an air strike hit a monastery there.",
     ("shelled", "air strike"), " and on 6 March"),
])
def test_a_deed_with_a_day_of_its_own_is_cut_off(text, deeds, cut_before):
    hits = [_hit_at(text, d) for d in deeds]
    cut = text.index(cut_before)
    assert other_day_clauses(text, (0, len(text)), hits) == [(0, cut), (cut, len(text))]
    assert another_day(text, (cut, len(text)), 0, len(text))


@pytest.mark.parametrize("text,deeds", [
    # one day, told twice
    ("On 3 June gunmen attacked Kware, killing four, and on 3 June they also abducted twelve farmers.",
     ("attacked", "abducted")),
    # no deed after the second day
    ("Gunmen attacked Kware on 3 June, killing four, and police said on 5 June that they had fled.",
     ("attacked",)),
    # a span of days, no "and" between two deeds
    ("Fighting between the rebels and the army raged from 3 June to 5 June near Kware.", ("Fighting",)),
])
def test_one_day_or_one_deed_stays_whole(text, deeds):
    hits = [_hit_at(text, d) for d in deeds]
    assert other_day_clauses(text, (0, len(text)), hits) == [(0, len(text))]


@pytest.mark.model
@pytest.mark.parametrize("text,n", [
    # a battle and a strike on civilians across a semicolon: two actor pairs
    ("On 2 May 2024, rebels took Kiwanja from the army; the same day, army jets bombed a market in Kiwanja, "
     "killing four civilians.", 2),
    # the dead of the battle, told after the semicolon with no doer of their own: one event
    ("On 2 May 2024, rebels clashed with soldiers in Kiwanja; two residents caught in the crossfire were also "
     "killed.", 1),
    # shelling of the place fought over names no people: one event
    ("On 2 May 2024, soldiers repelled a rebel assault near Kiwanja; rebel artillery then shelled the village.", 1),
    # civilians killed after the battle ("and afterwards"): another actor pair
    ("On 2 May 2024, militiamen clashed with rebels in Kiwanja, killing two, and afterwards killed five villagers "
     "accused of helping the rebels.", 2),
    # soldiers and a civilian killed after it: the battle's own dead
    ("On 2 May 2024, rebels attacked an army post near Kiwanja, killing two soldiers, and then killed two more "
     "soldiers and a civilian.", 1),
])
def test_civilians_across_a_semicolon(text, n, pipeline):
    events = pipeline.process(article({"id": "semicolon", "date": "2024-05-08", "text": text})).events
    assert len(events) == n, [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text,sub", [
    # Table 2: shelling above a remote explosive, a remote explosive above a grenade, an air strike above shelling
    ("An IED exploded near an army base in Baidoa on Monday and militants then fired mortar shells at the base.",
     "Shelling/artillery/missile attack"),
    ("Unidentified men threw a grenade and set off a roadside bomb near a market in Garowe on Monday.",
     "Remote explosive/landmine/IED"),
    ("Army artillery shelled Sarmin on Monday and a drone strike hit a car in the town, killing a civilian.",
     "Air/drone strike"),
])
def test_explosive_means_in_table_2_order(text, sub, pipeline):
    events = pipeline.process(article({"id": "order", "date": "2024-05-08", "text": text})).events
    assert [e.sub_event_type for e in events] == [sub], [(e.sub_event_type, e.rules[:4]) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Football fans attacked police officers after a cup match in Ndola on Sunday, injuring three.",
    "Spectators pelted and attacked police officers after a league match in Kumasi on Sunday.",
])
def test_a_crowd_at_a_match_that_attacks_is_mob_violence(text, pipeline):
    events = pipeline.process(article({"id": "match", "date": "2024-05-08", "text": text})).events
    assert [e.sub_event_type for e in events] == ["Mob violence"], [(e.sub_event_type, e.rules[:4]) for e in events]

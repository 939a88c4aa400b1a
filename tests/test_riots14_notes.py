"""Riots and protests on short ACLED-style notes and news leads of our own from many countries
(tests/golden/riots14_notes.jsonl, in the gold format `eventwire eval` reads), chosen for the pairs a
coder confuses: a crowd stoning the police after a demonstration against a mob lynching a suspected
thief, a police station burned after a death in custody, a witch-hunt, roads blocked with burning
tyres, rival students or party activists fighting each other, a protest dispersed with tear gas against
protesters shot dead, looting, and a crowd attacking foreigners' shops.

Round ``riots14-1`` (39 notes) and round ``riots14-1n`` (10 news leads), 36 countries, were run before any
change: event type 36/39 and 10/10, sub-event type 34/39 and 10/10, actor type pair 32/39 and 8/10.
Their misses, grouped with the known misses of the other global sets (riots against the police coded as
mob violence), led to these changes: a crowd gathered for a cause whose violence is aimed at the forces
is a violent demonstration (``riots.violent_demonstration.crowd_at_the_forces``,
``riots.violent_demonstration.cause_crowd_fights_the_forces``); forces named only as the source of the
report are no side of a riot (``actors.types.state_not_a_side_of_riot``); and two named crowds fighting each
other are rioters on both sides (``actors.types.crowds_fight_crowds``). After them the two rounds code event
type 36/39 and 10/10, sub-event type 35/39 and 10/10, actor type pair 34/39 and 10/10.
Round ``riots14-2`` (15 notes and 3 news leads, 18 countries) was written after those changes and not used
to change anything: its first run coded 17 of 18 event types, 16 of 18 sub-event types and 17 of 18 actor type
pairs.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from eventwire.extract.classify.actor_type_rules import FORCES_AS_SOURCE, CROWDS_FIGHT
from eventwire.extract.classify.riot_target_rules import AT_THE_FORCES

from golden_notes import article, assert_types_and_sides, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "riots14_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES = {
    # round 1
    "riots14:bra-1": "the teenager killed in the police operation the residents answer is the most confident event; "
                     "burning buses and blocking an avenue yield no riot",
    "riots14:cmr-1": "a police station the crowd vandalised makes the police a side of the riot",
    "riots14:cod-1": "the M23 offensive the demonstrators are angry about is read as an attack on civilians",
    "riots14:zaf-3": "rioters who loot shops and burn a warehouse, hurting no one, are coded as mob violence with "
                     "civilians",
}


def test_notes_cover_many_countries():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 15
    assert {e["sub_event_type"] for e in events} >= {"Violent demonstration", "Mob violence", "Peaceful protest",
                                                      "Protest with intervention",
                                                      "Excessive force against protesters"}
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} == {"riots14-1", "riots14-1n", "riots14-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    events = pipeline.process(article(case)).events
    assert_types_and_sides(events, case["events"][0])


@pytest.mark.parametrize("text,hit", [
    ("youths hurled petrol bombs at riot police", True),
    ("the crowd threw stones and bottles at police lines", True),
    ("supporters clashed with anti-riot police near the court", True),
    ("miners pelted officers with rocks", True),
    # forces acting on a crowd, or a crowd turning on people
    ("officers fired tear gas into the crowd", False),
    ("the mob threw stones at a suspected thief", False),
])
def test_crowd_aims_at_the_forces(text, hit):
    assert bool(AT_THE_FORCES.search(text)) == hit


@pytest.mark.parametrize("text,hit", [
    ("fought with sticks in the market, police said", True),
    ("according to the police, two shops were looted", True),
    ("a police spokesman told reporters the crowd had left", True),
    ("police said nothing as they dispersed the crowd", True),
    ("police dispersed the crowd with tear gas", False),
])
def test_forces_as_source(text, hit):
    assert bool(FORCES_AS_SOURCE.search(text)) == hit


@pytest.mark.parametrize("text,hit", [
    ("students from two hostels clashed", True),
    ("activists of the Awami League and the BNP fought pitched battles", True),
    ("supporters of rival candidates scuffled", True),
    ("students marched to the ministry", False),
])
def test_crowds_fight_crowds(text, hit):
    assert bool(CROWDS_FIGHT.search(text)) == hit


@pytest.mark.model
@pytest.mark.parametrize("date,text,sub,pair", [
    # a crowd gathered for a cause whose violence is aimed at the forces: a violent demonstration
    ("2023-05-02", "On 1 May 2023, opposition supporters threw rocks at riot police in Lusaka while the count "
     "dragged on.", "Violent demonstration", (1, 5)),
    ("2023-05-02", "On 1 May 2023, climate activists clashed with police at a quarry near Bremen; some threw "
     "fireworks at officers.", "Violent demonstration", (1, 5)),
    # a mob that turns on a person stays mob violence
    ("2023-05-02", "On 1 May 2023, residents of Mzuzu beat a man they accused of stealing a bicycle.",
     "Mob violence", (5, 7)),
    # the police as the source of the report are no side
    ("2023-05-03", "A crowd beat two traders and burned their stalls at a market in Mzuzu on Tuesday, police said.",
     "Mob violence", (5, 7)),
    # two named crowds fighting each other are rioters on both sides
    ("2023-05-03", "Students of two secondary schools clashed with stones in Mzuzu on Tuesday, injuring five.",
     "Mob violence", (5, 5)),
])
def test_mechanisms(date, text, sub, pair, pipeline):
    case = {"id": "m", "date": date, "text": text}
    events = pipeline.process(article(case)).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    got = (top.sub_event_type, tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (sub, pair)

"""Event types, sides and places on short ACLED-style notes of our own from forty countries outside the
dev notes' three (tests/golden/globalnotes3_notes.jsonl, in the gold format `eventwire eval` reads), each
coded as the ACLED codebook codes it: event type, sub-event type, the unordered pair of 'inter' codes of
its sides, the country and the place (within 25 km, at the note's precision).

Round ``globalnotes3-1`` (44 notes, every event type and most sub-event types) was written and run before
any change; its first run coded 40 of 44 with the right sub-event type and 37 with the right pair of
sides. Its misses, grouped with the known misses of the other global sets, led to four changes: a riot
that answers an earlier killing, death or arrest (``riots.violent_demonstration.riot_in_reaction``, with
the forces named only as that act's doers kept out of the riot's sides), a gathering held to mark an
anniversary (a protest trigger), armed people named by the community they come from
(``actors.armed_from_a_community``) and buildings burned down (palaces, residences, depots, clinics and
other buildings joined the property destruction trigger). Round ``globalnotes3-2`` (18 notes) was written
after the first two changes, before the last two, and was not run until all four were in: its first run
coded all 18 with the right sub-event type, 16 with the right pair of sides and 17 within 25 km.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from eventwire.extract.classify.home_group_rules import ARMED_FROM_HOME
from eventwire.extract.classify.riot_reaction_rules import RIOT_REACTION, without_reaction

from golden_notes import article, assert_place, assert_types_and_sides, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "globalnotes3_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES = {
    # round 1
    "globalnotes3:mex-2": "'on the outskirts of Frontera Comalapa' is coded with precision 2 (places.near_town); the "
                          "note codes the town, 1",
    "globalnotes3:syr-1": "'the outskirts of Al Atarib' is coded with precision 2; the note codes the town, 1",
    "globalnotes3:pak-1": "victims 'most of them police officers' leave civilians, not the police, as the second side",
    "globalnotes3:ind-1": "'cow vigilantes' who beat a trader to death are read as an organised group's attack, not "
                          "as mob violence",
    "globalnotes3:bgd-1": "'the Kakrail area of Dhaka' is coded with precision 2; the note codes the city, 1",
    "globalnotes3:phl-1": "'Barangay Manghanoy, Himamaylan City' is coded at the city with precision 1; the note "
                          "codes a barangay the index lacks at its town, 2",
    "globalnotes3:idn-1": "a 'New Zealand pilot' taken hostage is read as New Zealand's military, TPNPB is not in "
                          "the dictionary, and Kenyam is placed at Papua's seat",
    "globalnotes3:cmr-2": "a palace burned down with no one inside gets civilians as the second side (the note "
                          "codes the separatists alone)",
    "globalnotes3:caf-1": "Lim-Pende (a prefecture made in 2020) is not in the packaged index: 'near Bocaranga' is "
                          "placed at Paoua",
    "globalnotes3:sdn-1": "'the Dar es Salaam neighbourhood of Omdurman' is coded with precision 2; the note codes "
                          "the city, 1",
    "globalnotes3:eth-1": "'Shire' is not a name of Inda Selassie in the packaged index: coded at Tigray's seat",
    # round 2
    "globalnotes3:syr-2": "'the outskirts of Jisr al-Shughur' is coded at Idlib, 31 km away",
    "globalnotes3:irq-3": "the Popular Mobilization Forces are read as a militia, not as Iraq's state forces",
    "globalnotes3:ukr-2": "drones shot down over Kyiv get no second side (the state whose drones they were)",
}


def test_notes_cover_many_countries_and_every_event_type():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 20 and not {e["iso3"] for e in events} & {"KEN", "BEN", "AFG"}
    assert {e["event_type"] for e in events} == {"Battles", "Explosions/Remote violence", "Violence against civilians",
                                                  "Protests", "Riots", "Strategic developments"}
    assert len({e["sub_event_type"] for e in events}) >= 18
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} == {"globalnotes3-1", "globalnotes3-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    events = pipeline.process(article(case)).events
    assert_types_and_sides(events, case["events"][0])
    assert_place(events, case["events"][0])


@pytest.mark.parametrize("text,armed", [
    ("Armed youth from Pibor raided a cattle camp.", True),
    ("Armed young men from Tonj abducted two girls.", True),
    # a state or a town that names no community, or unarmed people from a place
    ("Gunmen from Zamfara attacked the village.", False),
    ("Youths from Kibera marched to the office.", False),
])
def test_armed_from_home(text, armed):
    assert bool(ARMED_FROM_HOME.search(text)) is armed


@pytest.mark.parametrize("text,reaction", [
    ("Rioters burned cars in Lyon after a boy was shot by a police officer.", "after a boy was shot by a police officer"),
    ("An angry crowd torched a customs office after a vendor died in custody.", "after a vendor died in custody"),
    ("Youths angry at the killing of a fisherman torched vehicles.", "angry at the killing of a fisherman"),
    ("Rioters burned shops in Bamako following the arrest of an imam.", "following the arrest of an imam"),
    # a time or a setting is no earlier act the crowd answers
    ("Rioters burned shops in Bamako after the match on Sunday.", None),
    ("Youths rioted after dark in the market.", None),
])
def test_riot_reaction(text, reaction):
    m = RIOT_REACTION.search(text)
    assert (m.group(0) if m else None) == reaction


def test_forces_named_as_the_doers_of_the_earlier_act_are_taken_out():
    assert "police" not in without_reaction("Rioters burned cars after a boy was shot by police in Lyon.")
    # police the crowd met stay
    assert "police" in without_reaction("Rioters stoned police after a boy was shot by a soldier.")


@pytest.mark.model
@pytest.mark.parametrize("date,text,sub,pair", [
    # a riot answering a killing by the police: a violent demonstration, the rioters alone
    ("2023-04-12", "On 11 April 2023, youths burned cars and smashed shop windows in Lyon after a boy was shot "
     "by a police officer.", "Violent demonstration", (5,)),
    # the police the crowd then fought are its second side
    ("2023-04-12", "On 11 April 2023, youths rioted in Toulouse after a boy was shot by a police officer, "
     "stoning officers who fired tear gas at them.", "Violent demonstration", (1, 5)),
    # a crowd that turns on a man it blames stays mob violence
    ("2023-04-12", "On 11 April 2023, a mob lynched a man in Goma after a girl was found dead.", "Mob violence",
     (5, 7)),
    # a gathering held to mark an anniversary is a demonstration
    ("2022-10-19", "On 18 October 2022, hundreds of students gathered in Concepcion to mark the anniversary of "
     "the 2019 uprising.", "Peaceful protest", (6,)),
    # armed people named by the community they come from are its militia
    ("2023-02-07", "On 6 February 2023, armed youths from Akobo abducted three children from a cattle camp near "
     "Nasir (Upper Nile).", "Abduction/forced disappearance", (4, 7)),
    ("2023-02-07", "On 6 February 2023, gunmen from the Bimoba community shot dead two farmers near Bunkpurugu "
     "(North East).", "Attack", (4, 7)),
    # a building burned down by an armed group, no one hurt: property destruction
    ("2023-02-07", "On 6 February 2023, Ambazonian separatists burned down the district hospital in Bali "
     "(Mezam, North-West).", "Looting/property destruction", None),
])
def test_mechanisms(date, text, sub, pair, pipeline):
    case = {"id": "m", "date": date, "text": text}
    events = pipeline.process(article(case)).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    got = (top.sub_event_type, tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (sub, pair or got[1])

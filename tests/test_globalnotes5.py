"""Actor types on ACLED-style notes of our own written the way coders write them
(tests/golden/globalnotes5_notes.jsonl, in the gold format `eventwire eval` reads): actors named by a
description rather than by their ACLED name ("unidentified armed men on motorbikes", "armed youth from a
neighbouring county", "Amba fighters"), several actors in one sentence with an ally, victims left implicit,
size and fatality tags, reported attribution, French and English names side by side, officials and aid
workers as targets, customs officers, park rangers, prison guards, private guards, gangs and cartels,
vigilance committees, named ethnic and self-defence militias, a country's own forces against foreign
forces and missions, and demonstrations with and without a second side.

Round ``globalnotes5-1`` (75 notes, 36 countries) and round ``globalnotes5-1b`` (19 notes, 18 countries:
the global mix of demonstrations and remote violence with no named target) were run before any change:
actor type pair 64/75 and 14/19 (per side 136/147 and 24/29), event type 73/75 and 16/19. Their misses,
grouped by kind, led to three rules (``actors.types.device_hit_is_the_target``,
``actors.types.bracketed_name_is_one_side``, ``actors.types.cattle_raiders_are_communal``), to a
country's military installation named as the side hit, and to two dictionary changes (vigilance
committees as vigilante militias; the Central African army's own names); after them the rounds code
69/75 and 15/19 pairs. Round ``globalnotes5-2`` (15 notes, 15 countries) was written after the changes and
not used to change anything: its first run coded 10 of 15 pairs (24 of 29 sides) and 13 of 15 sub-event
types.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, assert_place, assert_types_and_sides, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "globalnotes5_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES: dict[str, str] = {
    # round 1: sides
    "globalnotes5:mli-2": "'FAMa soldiers accompanied by white men believed to be Wagner elements' is read as Wagner "
                          "fighting the 'men' they executed (an armed clash), not the army and its ally attacking civilians",
    "globalnotes5:moz-1": "'insurgents' in Cabo Delgado stay an unidentified armed group; the note codes the insurgency "
                          "there as Islamic State (Mozambique)",
    "globalnotes5:hti-2": "police who had stopped the minibus are read as the side a mob of residents fought",
    "globalnotes5:col-2": "the dictionary lists Comandos de la Frontera among the FARC dissidents, so the clash has one side",
    "globalnotes5:pak-1": "'killing 84 people, most of them policemen' gives civilians as the side hit, not the police",
    "globalnotes5:sen-1": "supporters burning a bus and looting shops are coded as mob violence against civilians, "
                          "not a violent demonstration with no second side",
    # round 1: places
    "globalnotes5:bfa-2": "'the outskirts of Titao' is coded with precision 2; the note codes the town, 1",
    "globalnotes5:cmr-1": "'the outskirts of Bamenda' is coded with precision 2; the note codes the city, 1",
    "globalnotes5:cod-2": "Kalehe is only a territory in the packaged index: placed at Bukavu with precision 3",
    "globalnotes5:cod-8": "Kalehe is only a territory in the packaged index: placed at Bukavu with precision 3",
    "globalnotes5:eth-2": "'near Gimbi (West Wellega, Oromia)' is placed at Oromia's seat",
    "globalnotes5:som-1": "Baraawe is only a district in the packaged index: placed at Lower Shabelle's seat",
    "globalnotes5:mex-2": "'rural Apatzingan' is coded with precision 1; the note codes 2",
    "globalnotes5:gin-1": "'the Hamdallaye neighbourhood of Conakry' is coded with precision 2; the note codes the city, 1",
    "globalnotes5:tza-1": "'the Ngorongoro conservation area' is coded at the town with precision 1; the note codes 2",
    # round 1b
    "globalnotes5:gbr-1": "activists arrested at a road blockade are coded as arrests, not a protest with intervention",
    "globalnotes5:pak-2": "'after the arrest of Imran Khan' (the riot's cause) is coded as an arrest",
    "globalnotes5:irn-1": "security forces firing on mourners at a cemetery are read as an attack on civilians; the note "
                          "codes the gathering as a protest",
    "globalnotes5:ukr-4": "the side hit ('a Russian command post') comes before the weapon that names the strike, so "
                          "no second side is read",
    "globalnotes5:syr-2": "'the outskirts of Al Atarib' is coded with precision 2; the note codes the town, 1",
    "globalnotes5:phl-2": "Pamplona (Negros Oriental) is placed at the province with precision 2",
    # round 2 (first run, after the changes)
    "globalnotes5:nga-6": "worshippers abducted from a mosque are coded as an attack, not an abduction",
    "globalnotes5:mmr-3": "'a landmine exploded under a farmer' leaves the farmer out: no civilian side",
    "globalnotes5:phl-3": "'IS (East Asia)' is not read as the Islamic State, so the claimed bombing stays unattributed",
}


def test_notes_cover_many_countries():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 25 and not {e["iso3"] for e in events} & {"KEN", "BEN", "AFG"}
    assert {e["inter1"] for e in events} | {e.get("inter2") for e in events} >= set(range(1, 9))
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} <= {"globalnotes5-1", "globalnotes5-1b", "globalnotes5-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    events = pipeline.process(article(case)).events
    assert_types_and_sides(events, case["events"][0])
    assert_place(events, case["events"][0])


@pytest.mark.model
@pytest.mark.parametrize("date,text,sub,pair", [
    # a device with only the side it hit named: the planter is unknown
    ("2023-05-14", "On 12 May 2023, a minibus carrying traders ran over an explosive device on the road east of "
     "Menaka (Menaka), killing five passengers.", "Remote explosive/landmine/IED", (3, 7)),
    ("2023-05-14", "On 12 May 2023, a UN convoy returning from a patrol struck an IED north of Aguelhok (Kidal); two "
     "peacekeepers were wounded.", "Remote explosive/landmine/IED", (3, 8)),
    # a group's label and its bracketed own name are one side
    ("2023-03-23", "On 21 March 2023, ex-Seleka fighters (UPC) attacked FACA soldiers near Bambari (Ouaka).",
     "Armed clash", (1, 2)),
    # unnamed raiders of a cattle camp are a communal militia; a band the note calls unknown is not
    ("2023-01-14", "On 12 January 2023, armed youths raided a cattle camp near Yirol (Lakes), killing two herders "
     "and driving away 300 cows.", "Attack", (4, 7)),
    ("2023-01-14", "On 12 January 2023, unidentified gunmen killed two herders near Yirol (Lakes) and drove away "
     "300 cows.", "Attack", (3, 7)),
    # a vigilance committee is an armed side: its members killed in a raid make a clash
    ("2023-03-15", "On 13 March 2023, Boko Haram fighters killed two members of the vigilance committee near Mora "
     "(Far North).", "Armed clash", (2, 3)),
])
def test_mechanisms(date, text, sub, pair, pipeline):
    events = pipeline.process(article({"id": "m", "date": date, "text": text})).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    got = (top.sub_event_type, tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (sub, pair)

"""Actor types on ACLED-style notes of our own, second round, with the non-state armed side and the
victims described rather than named (tests/golden/globalnotes6_notes.jsonl, in the gold format `eventwire
eval` reads): clan and tribal militias, hunters and self-defence groups, pro-government militias,
gangs, cartels and a "mafia", smugglers and customs officers, eco-guards and poachers, peacekeepers and
missions, a country's forces abroad, former rebels integrated into the army, bracketed branches
("IS (Sahel)"), "insurgents" with no group named, and victims who are elders, chiefs, councillors,
candidates, journalists, aid workers and traders.

Round ``globalnotes6-1`` (65 notes, 36 countries) and round ``globalnotes6-1b`` (27 notes, 24
countries, sides described rather than named) were run before any change: actor type pair 59/65 and
19/27 (per side 119/128 and 45/53), event type 61/65 and 25/27. Their misses, grouped by kind, led to
``sides.doer_tied_to_armed_group`` (people tied to a mafia or gang, or armed with firearms, are an armed
group, not a crowd), to tribesmen, clansmen and an exchange of fire read as signs of an armed or
communal fight, to a victim's standing in a clan no longer read as a feud, and to eco-guards and
customs patrols read as the state's forces; after them the rounds code 62/65 and 21/27 pairs (the
peacekeepers a riot met, the fourth kind, are left to the riot rules). Round ``globalnotes6-2`` (16 notes, 16 countries) was written after the changes
and not used to change anything: its first run coded 13 of 16 pairs (29 of 32 sides) and 16 of 16
event types.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, assert_place, assert_types_and_sides, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "globalnotes6_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES: dict[str, str] = {
    # round 1: sides
    "globalnotes6:som-1": "the land dispute between sub-clans the elder mediated makes the unidentified gunmen a "
                          "communal militia",
    # round 1: places
    "globalnotes6:mli-1": "Nampala is not in the packaged index: placed at Niono",
    "globalnotes6:mli-4": "Dioura is not in the packaged index: placed at Tenenkou",
    "globalnotes6:cmr-2": "Tourou is not in the packaged index: placed at the region's seat",
    "globalnotes6:sdn-1": "Kabkabiya is not found: placed at El Fasher",
    "globalnotes6:ssd-2": "Morobo is not found: placed at Juba with precision 3",
    "globalnotes6:cod-1": "'around Kitshanga' is placed at Masisi territory with precision 2",
    "globalnotes6:cod-3": "'the highlands above Uvira' is coded at Uvira with precision 1; the note codes 2",
    "globalnotes6:cod-6": "Fizi is placed at Bukavu with precision 3",
    "globalnotes6:eth-1": "'near Nekemte (East Wellega, Oromia)' is placed at Oromia's seat",
    "globalnotes6:col-1": "'rural Alto Baudo' is coded at Pie de Pato with precision 1; the note codes 2",
    "globalnotes6:mmr-2": "'Kani township' is placed at Sagaing with precision 3",
    "globalnotes6:ind-1": "'Kanker district' is placed at the district's point, 29 km from the town",
    "globalnotes6:lbn-1": "'the outskirts of Aitaroun' is placed at Bint Jbeil with precision 2",
    "globalnotes6:bdi-1": "Gihanga is placed at Bubanza with precision 3",
    "globalnotes6:idn-1": "Intan Jaya is placed at Nabire",
    # round 1b
    "globalnotes6:eri-tig": "Zalambessa is not found: placed at Mek'ele with precision 3",
    "globalnotes6:som-6": "'suspected militant positions' stay an unidentified armed group (the note's gold names "
                          "Al Shabaab, which the words do not); Bulo Hawo is placed at Garbahaarrey",
    "globalnotes6:nga-6": "'a village in Maru' is coded at Maru with precision 1; the note codes 2",
    "globalnotes6:nga-7": "'a hunters' group and local vigilantes' is read as the vigilante militia, not hunters",
    "globalnotes6:tcd-2": "'Chadian soldiers of the MNJTF' in Chad are read as Chad's own forces",
    "globalnotes6:cmr-3": "Mambele is not found: placed at Bertoua with precision 3",
    "globalnotes6:cod-7": "the dictionary types CODECO as an identity militia; Drodro is placed at Djugu",
    "globalnotes6:ssd-3": "Magwi is placed at Pajok with precision 3",
    "globalnotes6:per-1": "'near Pataz' is placed at the province's point, 54 km away",
    "globalnotes6:phl-4": "a rival aspirant's bodyguards are read as private security, the shooting as a clash",
    "globalnotes6:mmr-4": "Yinmabin township is placed at Kalemyo with precision 3",
    "globalnotes6:irq-3": "Sidakan is not found: placed at Erbil",
    "globalnotes6:syr-2": "'villages held by the SDF' are read as the SDF, not the civilians hit",
    "globalnotes6:png-2": "Kandep is placed at Wabag with precision 3",
    # round 2 (first run, after the changes)
    "globalnotes6:mli-5": "Diafarabe is placed at Tenenkou, 35 km away",
    "globalnotes6:bfa-3": "'soldiers and VDP' is read as the VDP alone; Gomboro is placed at Sourou province",
    "globalnotes6:cod-9": "Kalembe is placed at Goma with precision 3",
    "globalnotes6:hti-4": "Petite Riviere de l'Artibonite is placed at Gonaives with precision 3",
    "globalnotes6:ecu-2": "'a neighbourhood of Manta' is coded with precision 2; the note codes the city, 1",
}


def test_notes_cover_many_countries():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 25 and not {e["iso3"] for e in events} & {"KEN", "BEN", "AFG"}
    assert {e["inter1"] for e in events} >= set(range(1, 9)) - {7}
    assert {e.get("inter2") for e in events} >= set(range(1, 9)) - {5, 6}
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} <= {"globalnotes6-1", "globalnotes6-1b", "globalnotes6-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    events = pipeline.process(article(case)).events
    assert_types_and_sides(events, case["events"][0])
    assert_place(events, case["events"][0])


@pytest.mark.model
@pytest.mark.parametrize("date,text,sub,pair", [
    # men tied to an organised criminal group, or people armed with firearms, are an armed group
    ("2024-05-05", "On 3 May 2024, a shopkeeper who refused to pay protection money was stabbed to death by men "
     "working for a local gang in Thane (Maharashtra).", "Attack", (3, 7)),
    ("2024-05-05", "On 3 May 2024, illegal miners armed with shotguns raided a security guard post of a mining "
     "company near Pataz (La Libertad), killing two guards.", "Armed clash", (3, 8)),
    # machetes do not make villagers an armed group
    ("2024-05-05", "On 3 May 2024, villagers armed with machetes attacked a herders' camp near Kandi (Alibori), "
     "killing two herders.", "Attack", (4, 7)),
    # tribesmen who exchange fire fight as communal militias, not as a mob
    ("2024-05-05", "On 3 May 2024, Zuwayya and Tebu tribesmen exchanged fire near Kufra (Kufra); 2 were killed.",
     "Armed clash", (4, 4)),
    # a clan elder killed is a civilian of the clan, not a sign of a clan feud
    ("2024-05-05", "On 3 May 2024, gunmen shot dead a clan elder near the livestock market of Galkayo (Mudug).",
     "Attack", (3, 7)),
    # peacekeepers a crowd stoned are the riot's second side
    ("2024-05-05", "On 3 May 2024, youths threw stones at a patrol of peacekeepers in Bangassou (Mbomou); the "
     "peacekeepers fired in the air.", "Violent demonstration", (5, 8)),
    # eco-guards are the state's forces
    ("2024-05-05", "On 3 May 2024, eco-guards exchanged fire with armed poachers near Ouesso (Sangha); one "
     "poacher was killed.", "Armed clash", (1, 3)),
])
def test_mechanisms(date, text, sub, pair, pipeline):
    events = pipeline.process(article({"id": "m", "date": date, "text": text})).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    got = (top.sub_event_type, tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (sub, pair)

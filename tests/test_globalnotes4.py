"""Actor types on short ACLED-style notes of our own from countries outside the dev notes' three
(tests/golden/globalnotes4_notes.jsonl, in the gold format `eventwire eval` reads), chosen to exercise the
typing of each side: a country's own forces against foreign forces and missions (External/Other, 8), named
rebel groups against political militias (party youths, pro-government militias, vigilantes, gangs and
cartels), communal and clan militias, unidentified armed groups, rioters against protesters, private
security, prison guards, and victims named by their occupation.

Round ``globalnotes4-1`` (50 notes, 40 countries) and round ``globalnotes4-1b`` (37 notes, 25 countries,
written in the fuller style of coders' notes: size tags, fatality sentences, several named units) were
run before any change: actor type pair 0.94 and 0.946, per side 96/99 and 68/70. Their misses, grouped
with the known misses of the other global sets, led to two changes: a party's supporters or youths who
set on people are the party's militia (``actors.party_people_attack``), and an ally named with the doers
is no second side (``sides.ally_is_no_opponent``); after them the two rounds code 0.98 and 0.946 of their
pairs. Round ``globalnotes4-2`` (16 notes, 16 countries) was written after both changes and not used to
change anything: its first run coded 13 of 16 pairs (27 of 31 sides) and 14 of 16 sub-event types.

A note still coded otherwise is in KNOWN_MISSES with the reason (strict: when it starts to pass, it must
leave the list)."""
from pathlib import Path

import pytest

from eventwire.extract.classify.party_militia_rules import party_people

from golden_notes import article, assert_place, assert_types_and_sides, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "globalnotes4_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES = {
    # round 1
    "globalnotes4:mex-1": "'a rural road in Tlajomulco de Zuniga' is coded at the town with precision 1; the note codes 2",
    "globalnotes4:syr-1": "Ash Shaddadah is not in the packaged index: 'near Ash Shaddadah' is placed at Al-Hasakeh",
    "globalnotes4:nga-3": "'on the road to Monguno' is coded at the town with precision 1; the note codes 2",
    "globalnotes4:som-1": "'near Qoryooley (Lower Shabelle)' beside Ugandan troops is placed in Ethiopia",
    "globalnotes4:eth-1": "Dembi Dolo is not found under that spelling: placed at Oromia's seat",
    "globalnotes4:ukr-1": "'a residential area of Kherson city' is coded with precision 2; the note codes the city, 1",
    "globalnotes4:rus-1": "police detaining people 'protesting' outside a court leave a peaceful protest with no "
                          "intervention",
    # round 1b
    "globalnotes4:ecu-2": "prison guards who clash with a gang's inmates 'during a riot' are read as a riot",
    "globalnotes4:usa-1": "a man driving into demonstrators is read as their peaceful protest, not an attack by a "
                          "sole perpetrator",
    "globalnotes4:usa-2": "people throwing rocks at police at a building site are coded as mob violence, not a violent "
                          "demonstration",
    "globalnotes4:sdn-2": "'southern Khartoum' is coded with precision 2; the note codes the city, 1",
    # round 2
    "globalnotes4:moz-2": "'Frelimo supporters' (a party named without an acronym) are read as rioters and the "
                          "Renamo monitors they beat as the rebel group",
    "globalnotes4:ssd-2": "'allied White Army youths' are read as rioters, so the ally stays a side",
    "globalnotes4:lbn-2": "Bint Jbeil is placed in Israel, so the Israeli drone is read as the country's own forces",
}


def test_notes_cover_many_countries():
    events = [c["events"][0] for c in CASES]
    assert len({e["iso3"] for e in events}) >= 40 and not {e["iso3"] for e in events} & {"KEN", "BEN", "AFG"}
    assert {e["inter1"] for e in events} | {e.get("inter2") for e in events} >= set(range(1, 9))
    assert len({c["id"] for c in CASES}) == len(CASES) and set(KNOWN_MISSES) <= {c["id"] for c in CASES}
    assert {c["round"] for c in CASES} == {"globalnotes4-1", "globalnotes4-1b", "globalnotes4-2"}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    events = pipeline.process(article(case)).events
    assert_types_and_sides(events, case["events"][0])
    assert_place(events, case["events"][0])


@pytest.mark.parametrize("text,party", [
    ("ZANU-PF youths attacked campaigners", "ZANU-PF youths"),
    ("Supporters of the ruling party beat an agent", "Supporters of the ruling party"),
    ("the governing party's youth wing assaulted a teacher", "governing party's youth wing"),
    ("youths loyal to the ANC stabbed a councillor", "youths loyal to the ANC"),
    # a crowd named as such, or people named by no party
    ("A crowd of ZANU-PF supporters stoned the police", None),
    ("Youths from Kibera attacked a trader", None),
    ("Gunmen attacked the village", None),
])
def test_party_people(text, party):
    m = party_people(text)
    assert (m.group(0) if m else None) == party


@pytest.mark.model
@pytest.mark.parametrize("date,text,sub,pair", [
    # a party's people who set on people: its militia attacking civilians
    ("2023-05-02", "On 1 May 2023, ZANU-PF youths beat two opposition campaigners in Chitungwiza (Harare).",
     "Attack", (3, 7)),
    ("2023-05-02", "On 1 May 2023, supporters of the ruling party assaulted a journalist in Kasama (Northern).",
     "Attack", (3, 7)),
    # the same people who fight the police riot
    ("2023-05-02", "On 1 May 2023, BNP supporters clashed with police in Dhaka, throwing stones at officers.",
     None, (1, 5)),
    # an ally named with the doers is no second side
    ("2023-06-16", "On 15 June 2023, RSF fighters and allied militias shot at villagers fleeing Misterei "
     "(West Darfur).", "Attack", (2, 7)),
    ("2023-06-16", "On 15 June 2023, FARDC soldiers and allied Mai-Mai fighters clashed with M23 rebels near "
     "Kibumba (Nyiragongo, North Kivu).", "Armed clash", (1, 2)),
])
def test_mechanisms(date, text, sub, pair, pipeline):
    case = {"id": "m", "date": date, "text": text}
    events = pipeline.process(article(case)).events
    assert events, "no event"
    top = max(events, key=lambda e: e.confidence)
    got = (top.sub_event_type, tuple(sorted(int(a.type) for a in (top.actor1, top.actor2) if a is not None)))
    assert got == (sub or got[0], pair)

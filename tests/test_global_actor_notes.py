"""Actor types on notes from countries the rules were not written for: short ACLED-style notes of our
own from 58 countries (tests/golden/global_actor_notes.jsonl, in the gold format `eventwire eval`
reads), each with the event type, sub-event type and the ACLED 'inter' codes of its two sides that the
codebook's definitions give it (state forces of the country 1, the same forces abroad 8, named rebels
2, unidentified armed groups, gangs, cartels and vigilante militias 3, communal and ethnic militias 4,
rioters 5, protesters 6, civilians 7, missions, foreign forces and private guards 8).

The event the pipeline is most confident of must have that type and that unordered pair of actor
types. A note the pipeline still codes otherwise is listed in KNOWN_MISSES with the reason; it is
expected to fail (strictly: when it starts to pass, it must leave the list)."""
from pathlib import Path

import pytest

from golden_notes import article, assert_types_and_sides, cases_with_misses, read_notes


NOTES = Path(__file__).resolve().parent / "golden" / "global_actor_notes.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES = {
    "global:col-1": "a strike with explosive-laden drones by a rebel group is read as a remote explosive",
    "global:col-5": "a road blockade cleared by riot police is coded as a violent demonstration",
    "global:cod-7": "a police post burnt by rioters makes the police a side of the riot",
    "global:mmr-4": "security forces that arrive after a flash protest are read as intervening",
    "global:bra-5": "gold miners who attack a village are read as a rioting crowd",
    "global:ind-9": "smugglers named as attackers are not read as an armed group",
    "global:bol-1": "a blocked highway alone is coded as a violent demonstration",
    "global:som-6": "'Somali forces' puts the event in Ethiopia's Somali region, so the forces are foreign",
    "global:mli-8": "the mission that left a camp is read as the side that took it over",
    "global:cod-11": "'the government and several armed groups signed' does not name the government as a side",
}



def test_notes_cover_many_countries_and_every_actor_type():
    countries = {c["events"][0]["iso3"] for c in CASES}
    types = {t for c in CASES for e in c["events"] for t in (e["inter1"], e.get("inter2")) if t}
    assert len(countries) >= 12 and not countries & {"KEN", "BEN", "AFG"}
    assert types == set(range(1, 9))
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note(case, pipeline):
    assert_types_and_sides(pipeline.process(article(case)).events, case["events"][0])

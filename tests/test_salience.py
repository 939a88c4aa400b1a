"""News salience: the events an article reports versus those it recalls, and the article's structure."""
import datetime as dt

import pytest

from eventwire.extract import fatalities, salience
from eventwire.records import Article

CODED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}


def _events(pipeline, text, date=dt.date(2024, 3, 15)):
    return [e.to_dict() for e in pipeline.process(Article(id="t", date=date, text=text)).events]


def test_every_rule_names_its_convention_and_examples():
    assert len({r.id for r in salience.RULES}) == len(salience.RULES)
    for rule in salience.RULES:
        assert rule.id.startswith("salience.") and rule.convention and rule.examples


def test_headline_and_dateline_are_found():
    text = "Gunmen kill villagers in Borno\n\nMAIDUGURI, March 15 (Wire) - Gunmen attacked a village."
    assert text[:salience.headline_end(text)] == "Gunmen kill villagers in Borno"
    start, end = salience.dateline_place(text)
    assert text[start:end] == "MAIDUGURI"
    assert salience.headline_end("Gunmen attacked a village on Tuesday.\n\nPolice said.") is None


def test_a_second_claimant_who_puts_the_toll_higher_is_kept():
    text = "A bomb killed six soldiers, the army said. A local official put the death toll at nine."
    sentences = [(0, 42), (43, len(text))]
    best, low, high, reports = fatalities.combine(fatalities.find_casualties(text, sentences))
    assert (best, low, high) == (6, 6, 9)
    assert [(r.claimant, r.count) for r in reports] == [("the army", 6), ("a local official", 9)]


@pytest.mark.model
def test_no_fewer_than_is_a_lower_bound_not_a_negation(pipeline):
    events = _events(pipeline, "No fewer than twelve fishermen were killed on Thursday when gunmen attacked "
                               "their camp near Lake Chad, officials said.")
    assert [e["modality"] for e in events] == ["asserted"] and events[0]["fatalities"]["best"] == 12


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Security Council on Thursday condemned the bombing of the embassy and called for cooperation.",
    "Since 1985 nearly 200 soldiers have been killed fighting guerrillas in the south.",
    "Nomura, Daiwa and Mizuho do program-trade stocks.",
    "Renault made its first move in a battle against Fiat for control of Volvo.",
    "Authorities issued an arrest warrant on Monday for the suspect in the doctor's murder.",
])
def test_recalled_or_figurative_mentions_make_no_event(pipeline, text):
    assert not [e for e in _events(pipeline, text) if e["event_type"] in CODED and e["modality"] == "asserted"]


@pytest.mark.model
def test_headline_joins_the_lead_and_the_dateline_town_is_not_the_place(pipeline):
    text = ("Bomb kills soldiers in central Mali\n\nBAMAKO, March 10 (Wire) - An improvised explosive device "
            "killed six soldiers near Douentza in central Mali on Wednesday, the army said.\n\n"
            "A local official put the death toll at nine.")
    events = _events(pipeline, text, dt.date(2024, 3, 10))
    assert len(events) == 1
    e = events[0]
    assert e["event_date"] == "2024-03-06" and e["location"]["name"] == "Douentza"
    assert (e["fatalities"]["best"], e["fatalities"]["high"]) == (6, 9)


@pytest.mark.model
def test_a_back_reference_that_turns_to_another_matter_joins_the_event(pipeline):
    text = ("Gunmen kill six in Plateau\n\nJOS, July 3 (Wire) - Gunmen attacked farmers in the village of Dogo "
            "Nahawa in Plateau state on Monday, killing six people, police said.\n\n"
            "The attack came as the governors met in Abuja to discuss security.")
    events = [e for e in _events(pipeline, text, dt.date(2024, 7, 3)) if e["event_type"] in CODED]
    assert len(events) == 1 and events[0]["location"]["name"] != "Abuja"


@pytest.mark.model
def test_damage_a_witness_tells_after_the_attack_is_part_of_it(pipeline):
    text = ("Bandits kill four herders\n\nNAIROBI, Aug 22 (Wire) - Armed bandits raided a grazing camp near "
            "Baragoi on Wednesday, shooting dead four herders, police said.\n\n"
            "\"They came at dawn and set our huts on fire,\" said a herder who escaped.")
    events = _events(pipeline, text, dt.date(2024, 8, 22))
    assert [e["sub_event_type"] for e in events] == ["Attack"] and events[0]["fatalities"]["best"] == 4


@pytest.mark.model
def test_a_headline_over_a_body_that_only_recalls_the_deed_makes_no_event(pipeline):
    text = ("Police name suspect in killing of journalist\n\nACCRA, April 19 (Wire) - Police on Thursday named "
            "a former guard as the main suspect in the killing of a radio journalist.\n\n"
            "The reporter was gunned down near his office in Kumasi last October.")
    events = _events(pipeline, text, dt.date(2024, 4, 19))
    assert not [e for e in events if e["modality"] == "asserted"]


@pytest.mark.model
def test_every_salience_decision_is_named_in_decided_by(pipeline):
    from eventwire.pipeline import Pipeline
    text = ("Ministers condemn bombing\n\nOSLO, Sept 12 (Wire) - Ministers on Thursday condemned the bombing "
            "of an embassy.\n\nThey met again in the afternoon.")
    events = Pipeline(include_all=True).process(Article(id="t", date=dt.date(2024, 9, 12), text=text)).events
    assert events and all(dict(e.decided_by)["modality"].startswith(("modality.", "salience.")) for e in events)

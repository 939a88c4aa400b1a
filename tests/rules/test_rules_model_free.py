"""Rules run on hand-made facts (no spaCy): a mention is built from a sentence of our own, its
trigger word and family, and the sides a parse would have found."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.extract.classify import Facts, classify
from eventwire.records import ActorType, Span
from eventwire.resolve.actors import ActorDictionary
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def actors():
    return ActorDictionary.load(Settings.from_env())


def mention(text: str, trigger: str, family: str, group: str, sub: str, a1=None, a2=None, families=None):
    at = text.index(trigger)
    return SimpleNamespace(
        sentence=0, family=family, families=frozenset(families or {family}), sub_event_type=sub, mode=None,
        modality="asserted", weight=0.9, trigger=Span(trigger, at, at + len(trigger)),
        sentence_span=Span(text, 0, len(text)), actor1=a1, actor2=a2, actor1_evidence=None,
        actor2_evidence=None, actor1_hit=None, group=group, place=None, date=None)


def decide(actors, m, patients: str = "", iso3: str = "KEN"):
    facts = Facts((m,), m, iso3, m.sentence_span.text, "", patients, actors)
    return classify(facts)


def test_fire_on_peaceful_protesters_is_excessive_force(actors):
    m = mention("Security forces opened fire on peaceful protesters outside the county offices.",
                "protesters", "protest", "demo", "Peaceful protest")
    d, trace = decide(actors, m)
    assert d.sub == "Excessive force against protesters"
    assert d.a1.type == ActorType.STATE_FORCES and d.a2.type == ActorType.PROTESTERS
    assert trace == ["detect.trigger.protest", "protests.excessive_force.repression"]
    assert d.setter("sub_event_type") == "protests.excessive_force.repression"


def test_a_march_with_nothing_else_is_a_peaceful_protest(actors):
    m = mention("Teachers marched to the ministry to demand their arrears.", "marched", "protest", "demo",
                "Peaceful protest")
    d, trace = decide(actors, m)
    assert (d.sub, d.a1.type, d.a2) == ("Peaceful protest", ActorType.PROTESTERS, None)
    assert trace[-1] == "protests.peaceful_protest"


def test_farmers_and_herders_fighting_with_machetes_are_communal_militias(actors):
    m = mention("Farmers and herders clashed with machetes near the river.", "clashed", "clash", "violent",
                "Armed clash")
    d, trace = decide(actors, m)
    assert d.sub == "Armed clash" and "battles.armed_clash.communal" in trace
    assert d.a1.type == d.a2.type == ActorType.IDENTITY_MILITIA


def test_a_fight_without_arms_or_groups_is_mob_violence(actors):
    m = mention("Two families fought over a plot of land.", "fought", "clash", "violent", "Armed clash")
    d, trace = decide(actors, m)
    assert d.sub == "Mob violence" and trace[-1] == "riots.mob_violence.unarmed_clash"
    assert d.a1.type == d.a2.type == ActorType.RIOTERS


def test_withdrawal_nobody_takes_over_is_a_change_of_activity(actors):
    m = mention("The foreign troops withdrew from the airbase.", "withdrew", "transfer", "strategic",
                "Non-violent transfer of territory")
    d, trace = decide(actors, m)
    assert d.sub == "Change to group/activity"
    assert "strategic_developments.change_to_group_activity.withdrawal" in trace


def test_an_arrest_is_made_by_the_police_when_none_is_named(actors):
    m = mention("A journalist was arrested at his home.", "arrested", "arrest", "strategic", "Arrests")
    d, trace = decide(actors, m)
    assert d.a1.type == ActorType.STATE_FORCES and "Police" in d.a1.name
    assert "actors.arrest_by_state" in trace


def test_attack_on_unarmed_people_is_violence_against_civilians(actors):
    gunmen = actors.unidentified("KEN")
    m = mention("Gunmen shot dead three traders at the market.", "shot dead", "kill", "violent", "Attack", a1=gunmen)
    d, trace = decide(actors, m, patients="three traders")
    assert d.sub == "Attack" and d.a2.type == ActorType.CIVILIANS
    assert "violence_against_civilians.attack.unarmed_target" in trace


def test_attack_on_soldiers_is_a_battle(actors):
    gunmen = actors.unidentified("KEN")
    m = mention("Gunmen attacked soldiers at a checkpoint.", "attacked", "attack", "violent", "Attack", a1=gunmen)
    d, trace = decide(actors, m, patients="soldiers at a checkpoint")
    assert d.sub == "Armed clash" and d.a2.type == ActorType.STATE_FORCES
    assert "battles.armed_clash.armed_target" in trace


def _stored_event(**kw):
    from eventwire.records import Actor, Event
    base = dict(event_id="e1", article_id="a1", event_date="2024-03-12", time_precision=1, event_type="Battles",
                sub_event_type="Armed clash", disorder_type="Political violence", plover_event="FIGHT",
                plover_mode=None, cameo="190", actor1=Actor("Gunmen", ActorType.POLITICAL_MILITIA), actor2=None,
                location=None, geo_precision=3, fatalities_best=0, fatalities_low=0, fatalities_high=0,
                modality="negated", rules=("detect.trigger.clash", "modality.negated.no_one_injured"))
    return Event(**{**base, **kw})


def _rule_of(lines: list[str], field: str) -> list[str]:
    at = next(i for i, line in enumerate(lines) if line.split()[:1] == [field])
    return [line.strip() for line in lines[at + 1:at + 3]]


def test_explain_prints_each_fields_rule_with_its_codebook_line():
    from eventwire.extract.classify import codebook as cb
    from eventwire.extract.classify.report import explain
    ev = _stored_event(decided_by=(("sub_event_type", "detect.trigger.clash"),
                                   ("modality", "modality.negated.no_one_injured")))
    lines = list(explain(ev))
    assert _rule_of(lines, "sub_event_type") == ["rule: detect.trigger.clash", f"codebook: {cb.ARMED_CLASH}"]
    assert _rule_of(lines, "modality")[0] == "rule: modality.negated.no_one_injured"
    assert _rule_of(lines, "modality")[1].startswith("codebook: ")


def test_explain_says_when_an_event_was_coded_before_rule_tracing():
    from eventwire.extract.classify.report import BEFORE_TRACING, NOT_SET, explain
    lines = list(explain(_stored_event()))  # read back from a store written before ``decided_by`` existed
    assert _rule_of(lines, "event_date")[0] == f"rule: {BEFORE_TRACING}"
    assert _rule_of(lines, "actor1")[0] == f"rule: {BEFORE_TRACING}"
    assert _rule_of(lines, "actor2")[0] == f"rule: {NOT_SET}"  # unset fields say so, not "before tracing"
    assert _rule_of(lines, "location")[0] == f"rule: {NOT_SET}"


def test_explain_marks_a_rule_the_registry_does_not_know():
    from eventwire.extract.classify.report import explain
    lines = list(explain(_stored_event(decided_by=(("sub_event_type", "model.sub_event_type"),))))
    assert _rule_of(lines, "sub_event_type") == ["rule: model.sub_event_type",
                                                 "codebook: not in the rulebook (a learned model or an older coder)"]


def test_rulebook_for_gives_the_codebook_of_known_rules_only():
    from eventwire.extract.classify import codebook as cb
    from eventwire.extract.classify.report import rulebook_for
    book = rulebook_for(["detect.trigger.clash", "model.sub_event_type", "detect.trigger.clash"])
    assert list(book) == ["detect.trigger.clash"]
    assert book["detect.trigger.clash"] == {"decides": "sub_event_type", "value": "Armed clash",
                                            "codebook": cb.ARMED_CLASH}

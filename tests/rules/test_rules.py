"""Every rule of the rulebook, tested from the registry: its examples (texts of our own) run through
the real pipeline must fire the rule and give the value it promises; a rule without an example, or
two rules whose examples disagree on the same text, fail."""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import pytest

from eventwire.extract import salience
from eventwire.extract.classify import Decision, engine, registry
from eventwire.extract.classify.salience_rules import NOT_AN_EVENT
from eventwire.records import Actor, ActorType, Article, FeedCountry

RULES = registry()
EXAMPLES = [(r.id, text, expected) for r in RULES for text, expected in r.examples]
DATE = dt.date(2024, 3, 14)


def _field(rule: engine.Rule, expected: str) -> str:
    """What an example's expected value is about: an actor type names the side the rule decides
    (actor 1 unless the rule decides actor 2), a modality rule's is the modality, a place rule's the
    location as "<name> (<geo precision>)", anything else is the sub-event type."""
    if rule.decides in ("modality", "events", "location", "event_date", "fatalities", "actors", "duplicate"):
        return rule.decides
    if rule.decides in ("actor1_name", "actor2_name", "actor1_description"):
        return rule.decides  # an actor-name rule: the name (or the article's words) of that side
    if expected in ActorType.__members__:
        return "actor2" if rule.decides == "actor2" else "actor1"
    return "sub_event_type"


def _value(event, field: str) -> str | None:
    if field == "sub_event_type":
        return event.sub_event_type
    if field == "modality":
        return event.modality
    if field == "location":  # "<name> (<geo precision>)"
        return None if event.location is None else f"{event.location.name} ({event.geo_precision})"
    if field == "event_date":
        return event.event_date
    if field == "fatalities":
        return str(event.fatalities_best)
    if field in ("actor1_name", "actor2_name", "actor1_description"):
        actor = getattr(event, field.split("_")[0])
        return None if actor is None else actor.description if field.endswith("description") else actor.name
    actor = getattr(event, field)
    return None if actor is None else ActorType(actor.type).name


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_is_documented_and_has_examples(rule):
    assert rule.examples, f"rule {rule.id} has no example"
    assert rule.codebook.strip(), f"rule {rule.id} names no definition"
    assert re.fullmatch(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+", rule.id), f"rule id {rule.id!r} is not dotted lower case"
    if rule.stage != "trigger":
        assert rule.doc, f"rule {rule.id} has no docstring"


def test_examples_do_not_contradict_each_other():
    said: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for r in RULES:
        for text, expected in r.examples:
            said[(" ".join(text.lower().split()), _field(r, expected))][r.id] = expected
    clashes = {k: v for k, v in said.items() if len(set(v.values())) > 1}
    assert not clashes, f"rules disagree on the same text: {clashes}"


@pytest.fixture(scope="module")
def every_modality():
    """A pipeline that outputs negated, future, hypothetical and historical events too."""
    from eventwire.pipeline import Pipeline
    return Pipeline(include_all=True)


@pytest.fixture(scope="module")
def annotating():
    """A pipeline that parses every sentence, as `eventwire annotate` does."""
    from eventwire.pipeline import Pipeline
    return Pipeline(full_parse=True)


@pytest.mark.model
@pytest.mark.parametrize("rule_id,text,expected", EXAMPLES, ids=[f"{i}-{n}" for n, (i, _, _) in enumerate(EXAMPLES)])
def test_rule_example(pipeline, every_modality, annotating, rule_id, text, expected):
    rule = engine.get(rule_id)
    if ".unparsed_" in rule_id:
        # a sentence the pipeline did not parse (the lead read for PLOVER verbs): the rule reads the words
        from eventwire.extract.classify.modality import decide
        hit = pipeline.context.lexicon.scan(text, 0, len(text), 0)[0]
        assert decide(None, 0, hit, text) == (expected, rule_id)
        return
    if rule.decides == "toponym":
        # a detection rule: the annotation lists the place names left (";"-joined) and the rule's id
        annotation = annotating.process(Article(id=f"example-{rule_id}", date=DATE, text=text)).annotation
        assert rule_id in annotation.rules, f"{rule_id} did not fire on {text!r}"
        assert "; ".join(t.text for t in annotation.places) == expected
        return
    if rule.decides == "duplicate":
        _duplicate_example(pipeline, rule_id, text, expected)
        return
    if rule.decides == "seat":
        # a gazetteer-build rule: the example lists an area's towns, the expected value is its seat
        from eventwire.resolve.gazetteer_seats import example_seat
        assert example_seat(text) == (expected, rule_id)
        return
    if rule.decides == "area_point":
        # a gazetteer-build rule: the example lists an area's candidate points, the value is the one chosen
        from eventwire.resolve.area_points import example_point
        assert example_point(text) == (expected, rule_id)
        return
    if rule.decides == "modality":
        pipeline = every_modality
    if expected == NOT_AN_EVENT:
        # a word that names no event at all: with the rule the example makes no event, without it one
        article = Article(id=f"example-{rule_id}", date=DATE, text=text)
        assert not pipeline.process(article).events, f"{rule_id} left an event in {text!r}"
        others = [r for r in salience.RULES if r.id != rule_id]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(salience, "RULES", others)
            assert pipeline.process(article).events, f"{rule_id}: {text!r} makes no event even without the rule"
        return
    stated = None
    if text.startswith("feed ") and " ||| " in text:  # a feed's rule: "feed ISO3 ||| note", the feed's country given
        head, text = text.split(" ||| ", 1)
        stated = FeedCountry(head.split()[1], given=True)
    events = pipeline.process(Article(id=f"example-{rule_id}", date=DATE, text=text), stated).events
    fired = [e for e in events if rule_id in e.rules]
    assert fired, f"{rule_id} did not fire on {text!r}; events: {[(e.sub_event_type, e.rules) for e in events]}"
    field = _field(rule, expected)
    if field == "events":  # a merging rule: the example's mentions make this many events
        assert str(len(events)) == expected, f"{rule_id} on {text!r}: {len(events)} events, expected {expected}"
        return
    if field == "actors":
        got = [a.name for e in fired for a in (e.actor1, e.actor2) if a is not None]
        assert any(expected.lower() in name.lower() for name in got), f"{rule_id} on {text!r}: sides {got}"
        return
    got = [_value(e, field) for e in fired]
    assert expected in got, f"{rule_id} on {text!r}: {field} is {got}, expected {expected}"


def _duplicate_example(pipeline, rule_id, text, expected):
    """A dedup rule: two reports ("outlet, date: text" joined by " ||| "), coded by the pipeline, and
    what dedup finds about the pair of their events (``blocked``, the place finding, or ``field=finding``)."""
    from eventwire.dedup import cluster as dedup_cluster
    from eventwire.dedup import of_event

    events = []
    for k, report in enumerate(text.split(" ||| ")):
        head, body = report.split(": ", 1)
        outlet, day = head.rsplit(", ", 1)
        article = Article(id=f"example-{rule_id}-{k}", date=dt.date.fromisoformat(day), text=body, source=outlet)
        got = pipeline.process(article).events
        assert len(got) == 1, f"{rule_id}: {body!r} makes {len(got)} events"
        events.append(got[0])
    why = dedup_cluster.explain(of_event(events[0]), of_event(events[1]))
    assert rule_id in why.get("rules", []), f"{rule_id} did not decide the pair: {why}"
    field = expected.split("=", 1)[0] if "=" in expected else "place"
    found = "blocked" if why.get("blocked") else why["features"][field]["found"]
    expected = expected.split("=", 1)[-1]
    assert found == expected, f"{rule_id}: {found}, expected {expected} ({why})"


# ---- the engine itself, model-free -------------------------------------------------------------
@pytest.fixture()
def scratch(monkeypatch):
    """A copy of the registry for the test's own rules; the real one is restored afterwards."""
    monkeypatch.setattr(engine, "STAGES", dict(engine.STAGES))
    monkeypatch.setattr(engine, "_RULES", dict(engine._RULES))
    monkeypatch.setattr(engine, "_BY_STAGE", {k: list(v) for k, v in engine._BY_STAGE.items()})


def _decision(**kw) -> Decision:
    base = dict(sub="Attack", fam="attack", mode=None, a1=None, a2=None)
    return Decision(**{**base, **kw})


def test_first_stage_stops_at_the_first_rule_that_applies_and_traces_it(scratch):
    name = engine.stage("test.first", "first")
    engine.rule(id="test.first.never", stage=name, decides="sub_event_type", value="x", codebook="test",
                examples=[("t", "x")], priority=1)(lambda f, s: None)
    engine.rule(id="test.first.clash", stage=name, decides="sub_event_type", value="Armed clash", codebook="test",
                examples=[("t", "Armed clash")], priority=2)(lambda f, s: s.but(sub="Armed clash"))
    engine.rule(id="test.first.later", stage=name, decides="sub_event_type", value="Mob violence",
                codebook="test", examples=[("t", "Mob violence")], priority=3)(lambda f, s: s.but(sub="Mob violence"))
    state, fired = engine.run(name, None, _decision())
    assert state.sub == "Armed clash" and fired == ["test.first.clash"]
    assert state.setter("sub_event_type") == "test.first.clash"


def test_each_stage_applies_every_rule_in_priority_order(scratch):
    name = engine.stage("test.each", "each")
    civ = Actor("Civilians", ActorType.CIVILIANS)
    engine.rule(id="test.each.second", stage=name, decides="actor2", value="CIVILIANS", codebook="test",
                examples=[("t", "CIVILIANS")], priority=20)(
        lambda f, s: s.but(a2=civ) if s.sub == "Armed clash" else None)
    engine.rule(id="test.each.first", stage=name, decides="sub_event_type", value="Armed clash", codebook="test",
                examples=[("t", "Armed clash")], priority=10)(lambda f, s: s.but(sub="Armed clash"))
    state, fired = engine.run(name, None, _decision())
    assert fired == ["test.each.first", "test.each.second"]
    assert state.a2 == civ and state.setter("actor2") == "test.each.second"


def test_a_rule_id_cannot_be_registered_twice(scratch):
    name = engine.stage("test.twice", "each")
    engine.rule(id="test.twice.once", stage=name, decides="actor1", value="x", codebook="test",
                examples=[("t", "x")], priority=1)(lambda f, s: None)
    with pytest.raises(ValueError, match="registered twice"):
        engine.rule(id="test.twice.once", stage=name, decides="actor1", value="x", codebook="test",
                    examples=[("t", "x")], priority=2)(lambda f, s: None)


def test_two_rules_of_a_stage_cannot_share_a_priority(scratch):
    # equal priorities would run in the order the rule modules were imported, which differs
    # between the command line, the server and a test run
    name = engine.stage("test.tie", "first")
    engine.rule(id="test.tie.one", stage=name, decides="actor1", value="x", codebook="test",
                examples=[("t", "x")], priority=5)(lambda f, s: None)
    with pytest.raises(ValueError, match="priority 5 of stage 'test.tie' is taken by test.tie.one"):
        engine.rule(id="test.tie.two", stage=name, decides="actor1", value="x", codebook="test",
                    examples=[("t", "x")], priority=5)(lambda f, s: None)


def test_the_rulebook_lists_stages_in_the_order_they_run():
    stages = list(dict.fromkeys(r.stage for r in registry()))
    assert stages == [s for s in engine.STAGE_ORDER if s in stages]
    assert stages[:3] == ["trigger", "modality", "sides"]


def test_test_rules_do_not_leak_into_the_registry():
    assert not any(r.id.startswith("test.") for r in registry())


def test_every_module_that_registers_rules_is_loaded_by_the_rulebook():
    # a rule module imported only by the code that reads its decision is missing from `eventwire rules`
    # and from the examples above until that code happens to run: load_all must import it by itself
    import subprocess
    import sys
    from pathlib import Path

    folder = Path(engine.__file__).parent
    registering = sorted(p.stem for p in folder.glob("*.py")
                         if p.stem not in {"engine", "__init__"}
                         and re.search(r"\b(fact_rule|rule)\(\s*\n?\s*id=", p.read_text(encoding="utf-8")))
    code = ("import sys; from eventwire.extract.classify import engine; engine.load_all(); "
            "print(' '.join(m.rsplit('.', 1)[1] for m in sys.modules "
            "if m.startswith('eventwire.extract.classify.')))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.split())
    assert registering and [m for m in registering if m not in loaded] == []

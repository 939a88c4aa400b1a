"""The rule registry: every coding decision is a named rule with its definition, examples and priority.

A rule is a small function ``rule(facts, state) -> state | None``: it reads the frozen facts of one
candidate event (:mod:`.facts`) and the decision so far (:class:`.facts.Decision`) and returns the
new decision when it applies, else ``None`` (a rule that runs further stages returns the decision
and the ids that fired in them). Rules are grouped in *stages*; a stage is either

* ``first`` — the rules are tried by priority and the first that applies decides (a ranked choice
  between alternatives, e.g. the sub-event type of a demonstration), or
* ``each`` — every rule that applies amends the decision in priority order (corrections that can
  stack, e.g. "the target of an attack who is an official is a civilian").

``run`` returns the decision and the trace: the ids of the rules that fired, in order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

STAGES: dict[str, str] = {}  # stage name -> "first" | "each"
# the order in which the coder runs the stages; ``registry`` lists them so, whatever order the
# rule modules happen to be imported in (a stage declared elsewhere is listed after these, by name)
STAGE_ORDER = ("trigger", "modality", "sides", "type", "violence.means", "violence.target", "violence.perpetrator",
               "violence.sides", "violence.adjust", "strategic", "actors.types")
_RULES: dict[str, "Rule"] = {}
_BY_STAGE: dict[str, list["Rule"]] = {}


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    decides: str  # the event field the rule sets: sub_event_type, actor1, actor2, …
    value: str  # the value it sets (a sub-event type, an actor type name, or a description)
    codebook: str  # the definition it implements
    examples: tuple[tuple[str, str], ...]  # (text of our own, expected value of ``decides``)
    priority: int
    fn: Callable[..., Any]
    doc: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "stage": self.stage, "decides": self.decides, "value": self.value,
                "codebook": self.codebook, "priority": self.priority,
                "examples": [{"text": t, "expected": e} for t, e in self.examples], "doc": self.doc}


def stage(name: str, mode: str) -> str:
    """Declare a stage (``first`` or ``each``)."""
    if mode not in ("first", "each"):
        raise ValueError(f"stage {name}: mode must be 'first' or 'each', not {mode!r}")
    STAGES[name] = mode
    return name


def rule(*, id: str, stage: str, decides: str, value: str, codebook: str,
         examples: Iterable[tuple[str, str]], priority: int):
    """Register the decorated function as the rule ``id``."""
    if stage not in STAGES:
        raise ValueError(f"rule {id}: unknown stage {stage!r}; declare it with stage()")

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if id in _RULES:
            raise ValueError(f"rule id {id!r} is registered twice")
        tie = next((r.id for r in _BY_STAGE.get(stage, ()) if r.priority == priority), None)
        if tie:  # equal priorities would run in import order, which differs between entry points
            raise ValueError(f"rule {id}: priority {priority} of stage {stage!r} is taken by {tie}")
        r = Rule(id, stage, decides, value, codebook, tuple(examples), priority, fn,
                 " ".join((fn.__doc__ or "").split()))
        _RULES[id] = r
        rules_ = _BY_STAGE.setdefault(stage, [])
        rules_.append(r)
        rules_.sort(key=lambda x: x.priority)
        return fn

    return register


def fact_rule(*, id: str, decides: str, value: str, codebook: str, examples: Iterable[tuple[str, str]]):
    """Register a decision taken outside a stage (e.g. by the trigger lexicon) so that it is listed,
    documented and tested like any other rule; the caller adds its id to the trace itself."""
    if id in _RULES:
        raise ValueError(f"rule id {id!r} is registered twice")
    _RULES[id] = Rule(id, "trigger", decides, value, codebook, tuple(examples), 0, lambda f, s: None, "")
    return id


def run(name: str, facts, state) -> tuple[Any, list[str]]:
    """Apply stage ``name`` to ``state``: the new state and the ids of the rules that fired."""
    fired: list[str] = []
    first = STAGES[name] == "first"
    for r in _BY_STAGE.get(name, ()):
        new = r.fn(facts, state)
        if new is None:
            continue
        fired.append(r.id)
        if isinstance(new, tuple):  # a rule that runs a stage of its own reports what fired there
            new, inner = new
            fired += inner
        state = new.credited(state, r.id) if hasattr(new, "credited") else new
        if first:
            break
    return state, fired


def registry() -> list[Rule]:
    """Every registered rule, by stage (in the order the coder runs them) then priority."""
    load_all()
    order = {s: i for i, s in enumerate(STAGE_ORDER)}
    return sorted(_RULES.values(), key=lambda r: (order.get(r.stage, len(order)), r.stage, r.priority, r.id))


def get(rule_id: str) -> Rule:
    load_all()
    return _RULES[rule_id]


def load_all() -> None:
    """Import the rule modules (they register on import)."""
    from . import (  # noqa: F401
        actor_rules, allied_side_rules, area_part_rules, article_rules, border_rules, compass_rules, date_rules, dedup_rules,
        demonstrations, fatality_rules, fight_setting_rules, global_place_rules, global_type_rules, home_group_rules, home_place_rules, lead_place_rules, merge_rules, modality, name_variant_rules,
        namesake_rules, news_background_rules, note_side_rules, news_count_rules, news_date_rules, news_place_rules,
        organised_side_rules, party_militia_rules, place_list_rules, places_country_rules, places_rules, police_action_rules,
        police_reading_rules, qualifier_place_rules,
        riot_forces_rules, riot_reaction_rules, riot_target_rules, salience_rules, side_rules, story_country_rules, story_reading_rules, story_side_rules, strategic, subevent_rules,
        hierarchy_rules, transfer_rules,
        toponym_rules, triggers, unit_place_rules, violence
    )

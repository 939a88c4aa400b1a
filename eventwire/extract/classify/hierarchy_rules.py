"""The codebook's hierarchy of event types where a note tells one interaction as a chain of deeds: "a
roadside bomb hit the patrol, followed by an exchange of fire"; "shelled the position, followed by
ground clashes"; "set off a car bomb at the camp gate, then stormed it".

ACLED Codebook (2023), Event types and sub-event types: event types and sub-event types are
hierarchical, to take in concurrent tactics within one event without double counting; the order of its
Table 2 is the order of precedence (Battles; Protests; Riots; Explosions/Remote violence; Violence
against civilians; Strategic developments, and within each type its sub-event types as listed).  An
explosion or air strike "reported in the context of an ongoing battle is merged and recorded as a
single Battles event", and each Explosions/Remote violence sub-event type is coded only "in the absence
of any other engagement" (Suicide bomb: "in the absence of an armed clash, such as an exchange of small
arms fire").  Event aggregation: two types of interaction between the same actors, at one place on one
day, are one event.

The deciding code is the rule below (stage ``violence.means``); its cue is ``ENGAGEMENT``, read only
where no negation ("no exchange of fire was reported") denies it.
"""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import fact_rule, rule
from .facts import ARMED, Decision, Facts, is_type
from .violence import MEANS

HIERARCHY = cb.SEVERITY.split(" (p.")[0] + " (p. 9): the event and sub-event types are hierarchical, in the order " \
    "of Table 2; " + cb.EXPLOSIONS + ": an explosion reported in the context of an ongoing battle is recorded as " \
    "a single Battles event; " + cb.AGGREGATION

# the explosive means whose sub-event types hold only "in the absence of any other engagement"
REMOTE_FAMILIES = frozenset({"ied", "grenade", "shelling", "suicide", "air"})

# both sides fight (the gun battles of ``cues.GUN_BATTLE`` and the other words of a fight)
MUTUAL_ENGAGEMENT = cues.MUTUAL_ENGAGEMENT
# people the fire may have hit who are no side (the wider CIVILIAN_WORDS also names vehicles and officials)
CIVILIAN_PEOPLE = re.compile(r"\b(?:civilians?|residents?|villagers?|children|child|schoolchildren|pupils?|students?|"
                             r"women|passengers?|traders?|worshippers?|farmers?|shoppers?|bystanders?|passers-?by)\b",
                             re.IGNORECASE)
# one side's small-arms assault on the other: a battle where the target is armed
ASSAULT = re.compile(r"\b(?:opened fire|fired (?:on|at|upon)|storm(?:ed|ing)|overr(?:an|un|unning)|"
                     r"raided|small[- ]arms)\b", re.IGNORECASE)


@rule(id="hierarchy.battle_over_explosion", stage=MEANS, decides="sub_event_type", value="Armed clash",
      codebook=HIERARCHY,
      examples=[("Militants threw a grenade at a police post in Garissa on Monday, and the officers returned "
                 "fire.", "Armed clash"),
                ("Rebels shelled an army position near Sake on Tuesday, followed by ground clashes in which "
                 "two soldiers died.", "Armed clash"),
                ("Militants set off a car bomb at the gate of an army camp in Jowhar on Sunday before storming "
                 "it; eight soldiers died.", "Armed clash")],
      priority=13)
def battle_over_explosion(f: Facts, s: Decision):
    """An explosion, shelling or strike told with a fight between the sides in the same event (an
    exchange of fire, clashes, the target repelling the assault), or with an assault by gunfire on an
    armed target where no civilian is named (the bomb, then the gunmen "opened fire on the patrol"): the
    battle ranks above the explosion, and the event is an armed clash."""
    if s.fam not in REMOTE_FAMILIES or s.sub == "Armed clash" or not _same_interaction(f):
        return None
    if told(f, MUTUAL_ENGAGEMENT):  # (both sides fought: neither is a civilian)
        return s.but(sub="Armed clash", fam="clash", mutual=True)
    if told(f, ASSAULT) and _armed_target(f, s) and not f.has(CIVILIAN_PEOPLE):
        # (gunfire on a lorry carrying pupils with their police escort is no engagement between armed sides)
        return s.but(sub="Armed clash", fam="clash")
    return None


def _same_interaction(f: Facts) -> bool:
    """The explosion is the fight's own, not a strike on other people told beside it: a fight told in
    another sentence holds the explosion only when the explosion's sentence names no civilians ("junta
    jets then bombed the town, killing two civilians" is another actor pair, another event)."""
    own = f.top.sentence_span.text
    return cues.asserted(MUTUAL_ENGAGEMENT, own) or cues.asserted(ASSAULT, own) or not cues.CIVILIAN_WORDS.search(own)


def _armed_target(f: Facts, s: Decision) -> bool:
    return is_type(s.a2, ARMED) or (f.has(cues.ARMED_WORDS, "patients") and not f.has(cues.CIVILIAN_WORDS, "patients"))


# a fight named as the time or origin of the explosion ("exploded during clashes", "a mine left from the
# fighting"): the scene of the incident the report is about, as
# ``violence_against_civilians.attack.fight_as_setting`` reads it
_AS_SETTING = re.compile(r"\b(?:during|amid|amidst|in the course of|in the midst of|in the|after|from)\s+"
                         r"(?:(?!which\b|that\b|whom\b)[\w-]+(?:'s|’s)?\s+){0,3}$", re.IGNORECASE)
# the explosive itself fired ("six rockets were fired at the base"): no assault by gunfire
_WEAPON_FIRED = re.compile(r"\b(?:rockets?|mortars?|shells?|missiles?|grenades?|projectiles?|artillery|drones?|"
                           r"rpgs?|bombs?)\b(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


def told(f: Facts, cue: re.Pattern[str]) -> bool:
    """Whether the event's sentences tell ``cue`` as a deed of the sides: not denied, not named as the scene
    of the explosion, not the explosive's own firing."""
    text = f.text("sentences")
    aside = _AS_SETTING if cue is MUTUAL_ENGAGEMENT else _WEAPON_FIRED
    return any(not aside.search(text, max(0, m.start() - 50), m.start()) for m in cue.finditer(text)) \
        and cues.asserted(cue, text)


ANOTHER_ACTOR_PAIR = fact_rule(
    id="merge.split.another_actor_pair", decides="events",
    value="a deed on civilians told after a battle in the same clause ('..., then abducted five villagers'): an "
          "event of its own",
    codebook=cb.AGGREGATION + ": an incident that separately targets civilians on the same day and location as "
             "a battle (militants abduct civilians after a shootout with police) is recorded as a second event; "
             "the same actors' deeds at one place on one day are one event",
    examples=[("Militants attacked an army post in Dikwa on Monday, killing two soldiers, then abducted six "
               "villagers.", "2"),
              ("Rebels ambushed a police patrol near Butembo on Sunday and then kidnapped three farmers.", "2"),
              ("Insurgents attacked an army camp near Gwoza on Monday, killing three soldiers, and afterwards killed "
               "four farmers.", "2")])
CIVILIANS_ACROSS_SEMICOLON = fact_rule(
    id="merge.split.civilians_across_semicolon", decides="events",
    value="a deed on civilians and a battle told on either side of a semicolon ('…captured the town from the "
          "army; the same day, army jets bombed a village'): two events",
    codebook=cb.AGGREGATION + ": an incident that separately targets civilians on the same day and location as "
             "a battle is recorded as a second event",
    examples=[("On 3 March 2024, rebels seized Kamina town from the army; the same day, army jets bombed a market "
               "in Kamina, killing six civilians.", "2"),
              ("On 9 March 2024, militants attacked a police post in Mopti town; afterwards the militants abducted "
               "three traders in Mopti.", "2")])

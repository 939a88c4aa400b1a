"""Which forces, if any, a riot or a demonstration meets: peacekeepers and other foreign forces, or
nobody when the crowd burns an empty police post.

The codebook makes the second actor of a riot whoever the rioters engage, and the second actor of a
protest with intervention (or the first of excessive force) whoever intervenes. Peacekeepers and other
foreign troops who disperse a crowd or are stoned by it are that side, as external forces (inter 8),
not the country's own police. A police post or station the crowd burns while no officer is there is
property: the rioters engage no one and the event has them alone."""
from __future__ import annotations

import re

from ...records import Actor, ActorType as T
from . import codebook as cb
from .actor_type_rules import ACTOR_TYPES, CONFRONTED, FORCES_AS_SOURCE, FORCE_WORD, RIOTS, _STATE_NAME, state_engaged
from .engine import rule
from .facts import Decision, Facts, is_type
from .riot_reaction_rules import without_reaction

_PROTEST_SIDES = ("Protest with intervention", "Excessive force against protesters")


def _external_in(f: Facts) -> tuple[Actor | None, str]:
    """The first foreign force the event's paragraphs name (peacekeepers, a UN or AU mission, a
    multinational force) and the paragraphs with every such name written as "police"."""
    text, found = f.context, None
    spans = [(st, en, act) for st, en, act in f.actors.find(text, f.iso3) if act.type == T.EXTERNAL_FORCES]
    for st, en, act in reversed(spans):
        text, found = text[:st] + "police" + text[en:], act
    return found, text


def _own_forces_named(f: Facts) -> bool:
    """Whether the paragraphs name the country's own forces besides the foreign ones."""
    text = f.context
    for st, en, act in reversed(f.actors.find(text, f.iso3)):
        if act.type == T.EXTERNAL_FORCES:
            text = text[:st] + " " + text[en:]
    return FORCE_WORD.search(FORCES_AS_SOURCE.sub(" ", text)) is not None


@rule(id="actors.types.foreign_forces_meet_the_crowd", stage=ACTOR_TYPES, decides="actor2",
      value="EXTERNAL_FORCES",
      codebook=cb.RIOTS + ": the second actor is whoever the rioters engage; " + cb.PROTEST_INTERVENTION
      + "; " + cb.EXTERNAL + ": foreign and multinational forces, peacekeeping missions",
      examples=[("Youths threw stones at UN peacekeepers outside their base in Kidal on Monday, and the "
                 "peacekeepers fired tear gas.", "EXTERNAL_FORCES"),
                ("Residents protesting insecurity threw stones at MINUSCA peacekeepers in Bria on Monday, who "
                 "fired tear gas.", "EXTERNAL_FORCES")],
      priority=97)
def foreign_forces_meet_the_crowd(f: Facts, s: Decision):
    """Peacekeepers or other foreign forces who disperse, fire on or fight a crowd, or whom the crowd
    stones, are the forces of the riot or of the protest's intervention (external forces), unless the
    words also name the country's own police or soldiers."""
    if s.sub not in RIOTS + _PROTEST_SIDES:
        return None
    external, as_police = _external_in(f)
    if external is None or _own_forces_named(f) or not state_engaged(without_reaction(as_police)):
        return None
    if s.sub in RIOTS:
        if not is_type(s.a1, T.RIOTERS) or is_type(s.a2, T.RIOTERS, T.CIVILIANS):
            return None
        return s.but(a2=external)
    if is_type(s.a2, T.STATE_FORCES):
        return s.but(a2=external)
    return s.but(a1=external) if is_type(s.a1, T.STATE_FORCES) else None


# no officer was there to meet the crowd, or none was hurt
FORCES_ABSENT = re.compile(
    r"\bno (?:one|officers?|police(?:m[ae]n)?|gendarmes?|staff|injur(?:y|ies)|casualties)\b[^.;]{0,30}?"
    r"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:hurt|injured|inside|present|there|on duty|harmed|reported)\b"
    r"|\b(?:the\s+)?(?:officers|police(?:m[ae]n)?|gendarmes|staff|agents)\s+(?:had\s+)?(?:already\s+)?"
    r"(?:fled|abandoned (?:it|the \w+)|deserted (?:it|the \w+)|left)\b"
    r"|\b(?:was|were) (?:empty|deserted|abandoned|unoccupied)\b", re.IGNORECASE)
# the forces named only as owners of a building or vehicle the crowd damaged
FORCES_PROPERTY = re.compile(
    r"\b(?:police|gendarmerie|army|military)\s+(?:stations?|posts?|outposts?|vehicles?|cars?|vans?|trucks?|"
    r"buildings?|offices?|checkpoints?|barracks|quarters|booths?|kiosks?)\b", re.IGNORECASE)


@rule(id="actors.types.empty_police_post_no_side", stage=ACTOR_TYPES, decides="actor2",
      value="none (a violent demonstration) or CIVILIANS (mob violence)",
      codebook=cb.VIOLENT_DEMONSTRATION + ": vandalism and destruction by demonstrators, the rioters the "
      "sole actor unless they engage another; " + cb.RIOTS,
      examples=[("Youths protesting a fuel shortage burned a police post in Kankan on Monday; the officers had "
                 "fled and no one was hurt.", "Violent demonstration"),
                ("Demonstrators set fire to a gendarmerie station in Dori on Friday; no one was inside.",
                 "Violent demonstration")],
      priority=22)
def empty_police_post_no_side(f: Facts, s: Decision):
    """A police post, station or vehicle a crowd burns while the words say no officer was there or
    none was hurt, and name the forces for nothing else, is property: the police are no side."""
    if s.sub not in RIOTS or not is_type(s.a1, T.RIOTERS) or s.a2 is None or not _STATE_NAME.search(s.a2.name) \
            or not f.has(FORCES_ABSENT, "context"):
        return None
    rest = FORCES_ABSENT.sub(" ", FORCES_PROPERTY.sub(" ", FORCES_AS_SOURCE.sub(" ", without_reaction(f.context))))
    if FORCE_WORD.search(rest) or CONFRONTED.search(rest):
        return None
    return s.but(a2=f.actors.civilian(f.iso3) if s.sub == "Mob violence" else None)

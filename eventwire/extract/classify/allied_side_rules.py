"""An ally named beside the doers is on their side, not the side they fought.

The codebook names an event's two sides as the actors who fought or the actor and its victims; a group
acting together with actor 1 is recorded as actor 1's associated actor ('Actor Names, Types, and Inter
Codes'). "RSF fighters and allied Arab militias shot at fleeing civilians" or "soldiers alongside
allied militiamen clashed with M23 rebels" name one side twice: the ally is no second side, and the side
the doers hit is the one named after the deed."""
from __future__ import annotations

import re

from . import codebook as cb
from .engine import rule
from .facts import ARMED, Decision, Facts
from .violence import SIDES

# the words joining the doers to their ally inside one phrase: "X and allied Y", "X, backed by Y",
# "X alongside Y", "X with the support of Y"
_ALLY_LINK = re.compile(
    r",?\s+(?:(?:and|with)\s+(?:their\s+|its\s+)?(?=(?:allied|affiliated)\b)|alongside\s+|together\s+with\s+|"
    r"(?:backed|supported|assisted|aided|accompanied|reinforced)\s+by\s+|"
    r"with\s+the\s+(?:support|help|backing|assistance)\s+of\s+)", re.IGNORECASE)


def doers_and_ally(f: Facts):
    """(mention, doers, ally) where the words naming actor 1 join the doers to an ally, each resolved, or None."""
    for m in f.mentions:
        ev = m.actor1_evidence
        link = _ALLY_LINK.search(ev.text) if ev is not None else None
        if link is None:
            continue
        lead = f.actors.resolve(ev.text[:link.start()], f.iso3)
        ally = f.actors.resolve(ev.text[link.end():], f.iso3)
        if lead is not None and ally is not None and lead.name != ally.name:
            return m, lead, ally
    return None


@rule(id="sides.ally_is_no_opponent", stage=SIDES, decides="actor2",
      value="the side named after the deed (none when only the victims are)",
      codebook=cb.ACTOR_TYPES + ": a group acting together with actor 1 is its associated actor; " + cb.ARMED_CLASH,
      examples=[("On 12 March 2024, RSF fighters and allied Arab militias shot at Masalit civilians leaving Misterei "
                 "(West Darfur).", "CIVILIANS"),
                ("On 12 March 2024, M23 rebels and allied Twirwaneho fighters clashed with FARDC soldiers near Minembwe "
                 "(South Kivu).", "STATE_FORCES")],
      priority=3)
def ally_is_no_opponent(f: Facts, s: Decision):
    """An ally named with the doers ("X and allied Y", "X backed by Y") is no side of its own: actor 1 is
    the doers, actor 2 the armed side the sentence names after the deed, else the victims the later
    rules read."""
    if s.a1 is None or s.a2 is None or s.fam == "territory":
        return None  # territory taken with affiliates is settled by the territory rules
    found = doers_and_ally(f)
    if found is None:
        return None
    m, lead, ally = found
    if ally.name not in (s.a1.name, s.a2.name):
        return None
    a1 = next((a for a in (s.a1, s.a2) if a.name != ally.name), lead)
    after = m.trigger.end - m.sentence_span.start
    a2 = next((act for text, end, act in f.sentence_actors() if text == m.sentence_span.text and end > after
               and act.type in ARMED and act.name not in (a1.name, ally.name)), None)
    if a2 is None:
        # no armed side after the deed: the people it hit ("shot at fleeing villagers")
        hit = re.match(r"[^.;]*", m.sentence_span.text[after:]).group()
        a2 = f.actors.resolve(hit, f.iso3, target=True)
        return s.but(a1=a1, a2=a2, mutual=False, mutual_clash=False)
    return s.but(a1=a1, a2=a2)

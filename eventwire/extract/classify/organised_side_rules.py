"""A named organised armed group is no crowd: the sides of violence by a group the actor dictionary
knows by name.

ACLED's codebook keeps rioters and protesters for unorganised crowds ('Inter' codes 5 and 6): an
organised armed group — a rebel group, a political militia such as a party's youth wing or a
pro-government armed band, an identity militia such as a hunters' brotherhood or settlers — stays
itself when it burns, beats or shoots ("Political militias", "Identity militias"). Its violence
against unarmed people is an Attack on civilians, or excessive force when the people it targets were
demonstrating ("Excessive force against protesters": it includes non-state actors targeting
protesters). These rules run in the ``type`` stage before the riot and repression rules, whose
crowd or police defaults would otherwise replace the named group.
"""
from __future__ import annotations

import re

from ...records import ActorType as T
from ..lexicon import HARM_FAMILIES
from . import codebook as cb
from .engine import rule
from .facts import STATE, Decision, Facts, is_type, organised_group, unidentified
from .violence import SIDES, TYPE

# the people an attack targeted were demonstrating ("fired on protesters", "attacked marchers")
_DEMONSTRATORS_HIT = re.compile(
    r"\b(?:attack\w*|shot|shoot\w*|fired|fire|opened fire|beat|beaten|assault\w*|stormed|charged|hit|"
    r"killed|injur\w*|wound\w*)\b[^.;]{0,40}?\b(?:protesters|protestors|demonstrators|marchers|"
    r"(?:a |the )?(?:protest|demonstration|march|rally|sit-in|vigil)s?)\b", re.IGNORECASE)


@rule(id="violence_against_civilians.attack.organised_group_not_a_crowd", stage=TYPE,
      decides="sub_event_type", value="Attack (Excessive force against protesters when they demonstrated)",
      codebook=cb.ATTACK + "; " + cb.EXCESSIVE_FORCE + "; " + cb.RIOTS,
      examples=[("Israeli settlers attacked Palestinian villagers in Qusra on Friday and burned three cars.",
                 "Attack"),
                ("Armed colectivos fired on protesters in Maracaibo on Tuesday, killing one.",
                 "Excessive force against protesters")],
      priority=108)
def organised_group_not_a_crowd(f: Facts, s: Decision):
    """Violence a named armed group does to unarmed people in a demonstration-like report (burning,
    beating, shooting) is that group's: an attack on civilians, or excessive force against protesters
    when those it hit were demonstrating — not a riot by rioters, nor repression by the police."""
    if f.group != "demo" or not organised_group(s.a1) or not (f.families & HARM_FAMILIES) \
            or is_type(s.a2, T.STATE_FORCES, T.EXTERNAL_FORCES, T.REBEL_GROUP, T.POLITICAL_MILITIA,
                       T.IDENTITY_MILITIA):
        return None
    if f.has(_DEMONSTRATORS_HIT):
        return s.but(sub="Excessive force against protesters", a2=f.actors.protesters(f.iso3))
    a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
    return s.but(sub="Attack", a2=a2)


# "<militia> and soldiers repelled …", "volunteers together with the army": the state's forces beside it
_BESIDE_STATE = re.compile(
    r"^[^,;.]{0,40}?\b(?:and|alongside|together with|backed by|supported by)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?P<state>soldiers|troops|the army|army|security forces|defen[cs]e forces|police(?:men| officers)?|"
    r"gendarmes|military)\b", re.IGNORECASE)


@rule(id="sides.militia_beside_the_state", stage=SIDES, decides="actor1", value="STATE_FORCES",
      codebook=cb.ACTOR_TYPES + ": a militia acting together with state forces is their associated actor; "
      + cb.ARMED_CLASH,
      examples=[("Imbonerakure members and soldiers repulsed an attack by RED-Tabara rebels near Bubanza on "
                 "Monday.", "STATE_FORCES")],
      priority=46)
def militia_beside_the_state(f: Facts, s: Decision):
    """"VDP volunteers and soldiers repelled an attack by JNIM": a militia that fights beside the
    state's forces is on their side; ACLED codes the state forces as the actor and the militia as
    associated with them."""
    if not is_type(s.a1, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA) or unidentified(s.a1) \
            or is_type(s.a2, STATE) or s.a2 is None:
        return None
    for m in f.mentions:
        ev = m.actor1_evidence
        if ev is None or m.actor1 != s.a1:
            continue
        span = m.sentence_span
        doers = span.text[ev.start - span.start:max(ev.end, m.trigger.start) - span.start]
        beside = _BESIDE_STATE.match(doers)
        if beside:
            police = beside.group("state").lower().startswith(("police", "gendarme"))
            return s.but(a1=f.actors.state_forces(f.iso3, police=police))
    return None

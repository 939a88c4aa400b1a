"""What a riot is aimed at decides between the two riot sub-event types.

The codebook calls a demonstration whose participants clash with the forces, throw things at them,
block roads or destroy property a violent demonstration, and keeps mob violence for rioters who turn on
other people — civilians, a rival crowd, a suspected thief — outside a demonstration. A crowd of
activists, a party's supporters or students pelting riot police is thus demonstrating violently, even
when the words never say "protest". Crowds that single out people are decided before these rules
(``riots.mob_violence.singled_out``, ``riots.mob_violence.mob_justice``), and a crowd with no cause in
sight that fights officers (hawkers against the council's askaris) stays a mob
(``riots.mob_violence.crowd_against_police``)."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule
from .facts import STATE, UNARMED, Decision, Facts, is_type, unidentified
from .riot_reaction_rules import without_reaction
from .violence import TYPE

# the forces as a body a crowd meets (not one officer it singles out)
_FORCES = (r"(?:the\s+)?(?:(?:anti-?riot|riot)\s+)?(?:police(?:\s+(?:lines?|cordons?|officers|vans?|units?))?|"
           r"(?:police\s+)?officers|security forces|gendarmes|gendarmerie|soldiers|troops|carabineros|"
           r"riot squads?|the security)")
# the crowd's projectiles or fighting aimed at the forces
AT_THE_FORCES = re.compile(
    rf"\b(?:threw|throwing|thrown|hurled|hurling|pelted|pelting|lobbed|lobbing|flung|launched|fired)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?at\s+{_FORCES}\b"
    rf"|\b(?:pelted|pelting|stoned|stoning)\s+{_FORCES}\b"
    rf"|\b(?:clash(?:ed|es|ing)?|fought|fighting|battl(?:ed|ing)|scuffl(?:ed|ing))\s+(?:\w+\s+)?with\s+{_FORCES}\b",
    re.IGNORECASE)
# a crowd gathered for a cause: named by its stake or cause, or met by forces deployed against a gathering
_CAUSE_CROWD = re.compile(
    r"\b(?:activists?|campaigners?|militants of|anti-[\w-]+|pro-[\w-]+|(?:party|opposition) supporters|"
    r"supporters of|[A-Z]{2,}\s+supporters|demonstrators|protesters|marchers)\b", re.IGNORECASE)
_CAUSE_SCENE = re.compile(
    r"\b(?:anniversary|commemorat\w*|vigils?|rall(?:y|ies)|(?:riot|anti-riot) police|police (?:lines?|cordons?)|"
    r"evict(?:ion|ed)? (?:of |from )?(?:their |a |the )?(?:protest )?(?:camp|occupation|site)|"
    r"(?:election|poll) results?|court ruling|verdict)\b", re.IGNORECASE)


def demonstrating_crowd(f: Facts) -> bool:
    """Whether the crowd is gathered for a cause: its doers are named by a stake or a cause (activists,
    a party's supporters, students, workers, anti-immigration rioters) or the scene is a gathering's
    (an anniversary, a rally, riot police lines, an election result)."""
    doer = f.doer_text
    return bool(_CAUSE_CROWD.search(doer) or cues.CONSTITUENCY.search(doer) or f.has(_CAUSE_SCENE)
                or f.has(cues.RIOT_BY_CONSTITUENCY))


def aimed_at_the_forces(f: Facts) -> bool:
    """Whether the crowd's own violence (the earlier acts it answers taken out) is aimed at the forces
    as a body — stones, bricks or petrol bombs thrown at police, a clash with riot police."""
    return AT_THE_FORCES.search(without_reaction(f.sentences)) is not None


def _forces(f: Facts, s: Decision):
    state = next((a for a in (s.a2, s.a1) if is_type(a, STATE) and not a.name.startswith("Government")), None)
    return state or f.actors.state_forces(f.iso3, police=True)


@rule(id="riots.violent_demonstration.crowd_at_the_forces", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration",
      codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who clash with the forces or throw things at them; "
      + cb.MOB_VIOLENCE + " (kept for rioters who turn on other people)",
      examples=[("Opposition supporters hurled rocks at riot police in Lusaka on Monday as the count dragged on.",
                 "Violent demonstration"),
                ("Anti-mining rioters threw petrol bombs at police lines outside the smelter in Kolwezi on "
                 "Friday.", "Violent demonstration"),
                ("Farm workers clashed with police at the estate gate in Mutare on Tuesday, throwing stones.",
                 "Violent demonstration")],
      priority=136)
def crowd_at_the_forces(f: Facts, s: Decision):
    """A riot by a crowd gathered for a cause whose violence is aimed at the state's forces — stones or
    petrol bombs thrown at riot police, a clash with police lines — is a violent demonstration with the
    forces as the second actor, whether or not the words say "protest"."""
    if f.group != "demo" or not f.families & {"riot", "clash"} or "mob" in f.families \
            or not aimed_at_the_forces(f) or not demonstrating_crowd(f):
        return None
    return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=_forces(f, s))


@rule(id="riots.violent_demonstration.cause_crowd_fights_the_forces", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration",
      codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who clash with the forces; " + cb.MOB_VIOLENCE,
      examples=[("Climate activists clashed with police at the quarry in Bremen on Sunday; some threw fireworks.",
                 "Violent demonstration"),
                ("Supporters of the jailed senator fought with riot police in Abeokuta on Monday.",
                 "Violent demonstration")],
      priority=205)
def cause_crowd_fights_the_forces(f: Facts, s: Decision):
    """A fight between the state's forces and unarmed people gathered for a cause (activists, a
    party's supporters, students) is their violent demonstration, not a mob's fight with the police
    (``riots.mob_violence.crowd_against_police``) nor a battle."""
    if f.group != "violent" or s.fam not in ("clash", "attack") \
            or not all(a is None or a.type in (*STATE, *UNARMED) or unidentified(a) for a in (s.a1, s.a2)) \
            or f.has(cues.NONSTATE_ARMED, "context") or cues.FIREARMS.search(f.doer_text) \
            or not aimed_at_the_forces(f) or not demonstrating_crowd(f):
        return None
    return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=_forces(f, s))



# a crowd's attack on another gathering: a rally, a procession, a march or a party meeting
GATHERING_ATTACKED = re.compile(
    r"\b(?:(?:threw|hurled|lobbed)\s+(?:[\w-]+\s+){1,3}?at|stoned|pelted|attacked|raided|stormed|invaded|"
    r"disrupted|broke up|descended on)\s+(?:a|an|the|their|its)\s+(?:[\w'.-]+\s+){0,4}?"
    r"(?:rall(?:y|ies)|procession|motorcade|campaign (?:event|meeting|caravan)|(?:party|political|campaign) "
    r"meeting|meeting of (?:the\s+)?[\w-]+|march|sit-in|vigil)\b", re.IGNORECASE)
# the attackers are a party's or a cause's crowd, not armed men
_RIVAL_DOERS = re.compile(r"\b(?:supporters|activists|youths|members|loyalists|militants|thugs|cadres|sympathi[sz]ers|"
                          r"counter-?protesters|counter-?demonstrators|crowd|mob)\b", re.IGNORECASE)


@rule(id="riots.mob_violence.gathering_attacked", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE + " (rioters who attack protesters: interaction rioters versus protesters); "
      + cb.PEACEFUL_PROTEST + " (a rally or procession is a demonstration)",
      examples=[("Ruling-party youths threw stones at an opposition rally in Chipata on Saturday, injuring two.",
                 "Mob violence"),
                ("Supporters of the mayor disrupted a march of the teachers' union in Oruro on Monday, beating "
                 "several marchers.", "Mob violence")],
      priority=131)
def gathering_attacked(f: Facts, s: Decision):
    """A crowd — a party's supporters, youths, a mob — that stones, attacks or breaks up another
    gathering (a rival's rally, a procession, a march) is not itself demonstrating: rioters who turn
    on the demonstrators, mob violence with the protesters as the second actor. Armed attackers and
    the state's forces are decided elsewhere (excessive force, an attack)."""
    m = f.find(GATHERING_ATTACKED)
    if m is None or f.group not in ("demo", "violent") or not f.families & {"riot", "attack", "mob"} \
            or f.families & {"kill", "suicide", "ied", "air", "shelling", "grenade"} or is_type(s.a1, STATE) \
            or f.has(cues.NONSTATE_ARMED, "context") or cues.FIREARMS.search(f.sentences):
        return None
    before = f.sentences[max(0, m.start() - 80):m.start()]
    if not _RIVAL_DOERS.search(before) or cues.POLICE_PRESENT.search(before):
        return None
    return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=f.actors.protesters(f.iso3))

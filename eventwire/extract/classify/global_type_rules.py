"""Type rules read from the codebook's definitions for notes of any country: a lone assailant is no
riot, people hurt who are named only as men or women are civilians, a person attacked on leaving a rally
was singled out rather than a protest met with force, and a party that suspends talks or a truce changes
its activity, it agrees nothing; drones flown within a fire-fight and territory retaken by the state with
its affiliates are battles, and a base overrun or a town held for hours is an armed clash, not territory."""
from __future__ import annotations

import re

from ...records import ActorType as T
from . import codebook as cb
from . import cues
from .engine import rule
from .facts import ARMED, NON_STATE_ARMED, Decision, Facts, is_type
from .strategic import STRATEGIC
from .violence import HARM, MEANS, SIDES, TARGET, TYPE

# one person named as the doer ("a man", "an unidentified youth", "a lone assailant"), not a group
_ONE_DOER = re.compile(r"^(?:an?|one|the|a lone|a single)\s+(?:(?:unidentified|unknown|young|local|masked|armed|"
                       r"knife-wielding|lone|single|suspected|\d+-year-old)\s+){0,2}"
                       r"(?:man|woman|youth|teenager|boy|girl|individual|person|assailant|attacker|gunman|student)$",
                       re.IGNORECASE)
# a weapon in the lone doer's hand, or a deed that needs one
_LONE_WEAPON = re.compile(r"\b(?:knife|knives|axe|machete|blade|gun|pistol|rifle|acid|hammer|stabb\w*|shot|"
                          r"shooting|opened fire|fired)\b", re.IGNORECASE)


@rule(id="sides.lone_assailant", stage=SIDES, decides="actor1",
      value="POLITICAL_MILITIA (Unidentified Armed Group)",
      codebook=cb.RIOTS + " (a riot or a protest is a group's act, at least three people; one person's "
      "violence is not coded as a riot); " + cb.ATTACK,
      examples=[("A man attacked the office of an opposition party in Izmir with a knife on Tuesday, wounding "
                 "a volunteer.", "Attack"),
                ("An unidentified man stabbed a local councillor outside the town hall in Lodz on Sunday.",
                 "POLITICAL_MILITIA")],
      priority=65)
def lone_assailant(f: Facts, s: Decision):
    """One armed person who harms people ("a man attacked the office with a knife") is no crowd: the
    codebook's riots are acts of groups, so the violence is an attack by an unidentified assailant."""
    doer = " ".join(f.a1_text.split())
    if f.group == "violent" and s.fam in HARM and is_type(s.a1, T.CIVILIANS, T.RIOTERS) \
            and _ONE_DOER.match(doer) and f.has(_LONE_WEAPON) \
            and (s.a2 is None or is_type(s.a2, T.CIVILIANS)):
        return s.but(a1=f.actors.unidentified(f.iso3))
    return None


# a party that stops talking or ends a truce: suspended, withdrew from, pulled out of, broke off, ended
_TALKS_STOPPED = re.compile(r"\b(?:suspend\w*|withdr(?:ew|aw\w*)|pull(?:ed|s|ing)? out|broke off|break off|"
                            r"walk(?:ed|s)? out|quit|abandon\w*|end(?:ed|s|ing)?|call(?:ed|s)? off|"
                            r"pulled back)\s+(?:from\s+|of\s+)?(?:(?:its|their|his|the|a|all)\s+)?"
                            r"(?:[\w-]+\s+){0,2}?(?:participation in\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?"
                            r"(?:talks|negotiations|dialogue|ceasefire|cease-fire|truce|peace process)\b",
                            re.IGNORECASE)


@rule(id="strategic_developments.change_to_group_activity.talks_stopped", stage=STRATEGIC,
      decides="sub_event_type", value="Change to group/activity",
      codebook=cb.AGREEMENT + " (an agreement reached) and " + cb.CHANGE + " (a group's change of "
      "strategy or activity)",
      examples=[("The Clan del Golfo suspended its participation in peace talks with the government in "
                 "Medellin on Tuesday.", "Change to group/activity"),
                ("The rebel alliance announced in Goma on Friday that it was ending the ceasefire with the "
                 "army.", "Change to group/activity")],
      priority=5)
def talks_stopped(f: Facts, s: Decision):
    """Talks or a truce suspended, broken off or ended record no agreement: the party that stops
    changes its activity."""
    if s.sub == "Agreement" and f.has(_TALKS_STOPPED):
        return s.but(sub="Change to group/activity")
    return None


# people named only as men, women or persons, with no arms, uniform or group word among them
_BARE_PEOPLE = re.compile(r"^(?:(?:dead|alive)\s+)?(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|"
                          r"\d+|a group of|a number of)\s+)?(?:(?:young|old|elderly|local|unarmed)\s+)?"
                          r"(?:men|man|women|persons|people|individuals)\b(?!\s+(?:in|wearing)\b)", re.IGNORECASE)


@rule(id="sides.bare_people_hurt_are_civilians", stage=SIDES, decides="actor2", value="CIVILIANS",
      codebook=cb.CIVILIANS + "; " + cb.ATTACK,
      examples=[("Suspected JNIM militants entered a hamlet near Tera on Monday and executed three men they "
                 "accused of spying for the army.", "Attack"),
                ("Al Shabaab fighters shot dead two men near Afgoye on Friday.", "Attack"),
                ("ISWAP fighters abducted five men near Monguno on Sunday.", "CIVILIANS")],
      priority=62)
def bare_people_hurt_are_civilians(f: Facts, s: Decision):
    """Those harmed named only as "four men" or "two women", with no arms or group, are unarmed
    non-combatants: civilians, not an unidentified armed group (what they are accused of is the
    perpetrator's claim, not a side)."""
    hit = f.top.actor2_evidence
    if f.group == "violent" and s.fam in (*HARM, "abduct") and s.a2 is not None \
            and s.a2.name.startswith("Unidentified Armed Group") and hit is not None \
            and _BARE_PEOPLE.match(hit.text.strip()):
        return s.but(a2=f.actors.civilian(f.iso3))
    return None


# a person attacked on leaving or while addressing a gathering: the gathering is where it happened
_LEFT_GATHERING = re.compile(
    r"\b(?:as|when|after|while|shortly after) (?:he|she|they|the \w+) (?:had )?(?:left|was leaving|were leaving|"
    r"addressed|had addressed|was addressing|attended|arrived at|returned from|came out of|walked out of) "
    r"(?:a |an |the |his |her |their )?(?:[\w-]+ ){0,2}(?:rally|meeting|march|protest|demonstration|vigil|"
    r"gathering)\b", re.IGNORECASE)


@rule(id="violence_against_civilians.attack.gathering_as_scene", stage=TYPE, decides="sub_event_type",
      value="Attack", codebook=cb.EXCESSIVE_FORCE + " (protesters targeted while engaged in a protest); " + cb.ATTACK,
      examples=[("Gunmen shot dead an opposition mayor in Guayaquil on Sunday as he left a campaign rally.",
                 "Attack")],
      priority=101)
def gathering_as_scene(f: Facts, s: Decision):
    """Someone killed or hurt as they leave or address a rally was singled out, not a crowd of
    protesters met with force: the rally is the scene, the violence an attack on a civilian."""
    if f.group == "demo" and f.families & {"kill", "attack"} and f.has(_LEFT_GATHERING):
        a1 = s.a1 if is_type(s.a1, ARMED) else f.actors.unidentified(f.iso3)
        return s.but(sub="Attack", fam="kill", a1=a1, a2=f.actors.civilian(f.iso3))
    return None


@rule(id="battles.armed_clash.drones_in_firefight", stage=MEANS, decides="sub_event_type", value="Armed clash",
      codebook=cb.EXPLOSIONS + " (one-sided: the weapon leaves the target no way to respond); " + cb.ARMED_CLASH,
      examples=[("Gunmen attacked an army post with drones and rifles near Apatzingan on Monday; a gunfight "
                 "followed and two soldiers were hurt.", "Armed clash")],
      priority=12)
def drones_in_firefight(f: Facts, s: Decision):
    """Drones an armed group flies within its own assault, while the two sides fight it out ("attacked
    with drones and rifles; a gunfight followed"), leave the target able to respond: the assault is
    an armed clash, as a bomb or rocket within a fire-fight is."""
    if s.fam == "air" and is_type(s.a1, NON_STATE_ARMED) and (s.mutual_clash or f.has(cues.GUN_BATTLE)):
        return s.but(sub="Armed clash", fam="clash")
    return None


@rule(id="battles.territory.government_with_affiliates", stage=TARGET, decides="sub_event_type",
      value="Government regains territory", codebook=cb.GOV_REGAINS,
      examples=[("Army troops and allied clan militias recaptured the town of Bacadweyne from Al Shabaab on "
                 "Monday after a short fight.", "Government regains territory")],
      priority=55)
def government_with_affiliates(f: Facts, s: Decision):
    """Territory taken back by the state's forces together with militias fighting beside them: the
    government regains it (its forces or their affiliates regain control), whichever is named first
    (a rebel army that takes a police post is no affiliate)."""
    if s.fam == "territory" and (s.a1 is None or is_type(s.a1, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA)) \
            and not f.has(cues.WITHDRAWAL) and cues.STATE_AGENT.search(f.agent_text or f.subject_window):
        return s.but(sub="Government regains territory", a1=f.actors.state_forces(f.iso3))
    return None


# what a side took in a battle: a military position ("overran several checkpoints", "took control of
# five positions"), not a place, or control held only for a while ("briefly seized the town")
_POSITION_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|their|several|some|many|more|two|three|four|five|\d+|"
                              r"of|over|military|army|police|security|government|rebel|enemy|remote|key|"
                              r"strategic)\s+)*(?:bases?|posts?|outposts?|checkpoints?|positions?|camps?|"
                              r"barracks|garrisons?|trenches)\b", re.IGNORECASE)
_PLACE_TAKEN = re.compile(r"\b(?:control (?:of|over)|took over|captured|seized|retook|recaptured|overr(?:an|un))\s+"
                          r"(?:(?:the|a|an)\s+)?(?:(?:[\w'-]+\s+){0,2}?(?:towns?|villages?|cit(?:y|ies)|districts?|"
                          r"localit(?:y|ies)|areas?|territory|region|islands?|neighbou?rhoods?)\b|(?-i:[A-Z]\w+))",
                          re.IGNORECASE)
# a base in a town: overrunning it tells the town taken ("overran a base in the town of Cowsweyne")
_POSITION_IN_PLACE = re.compile(r"\b(?:bases?|posts?|outposts?|checkpoints?|positions?|camps?|barracks|garrisons?)\s+"
                                r"(?:in|at|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies))\b",
                                re.IGNORECASE)
_BRIEF_HOLD = re.compile(r"\b(?:briefly|temporarily|momentarily|for (?:a few|several|two|three) hours)\b",
                         re.IGNORECASE)


def _position_taken(m) -> bool:
    span = m.sentence_span
    return bool(_POSITION_OBJECT.match(span.text, m.trigger.end - span.start))


@rule(id="battles.armed_clash.position_not_territory", stage=TARGET, decides="sub_event_type",
      value="Armed clash", codebook=cb.GOV_REGAINS + "; " + cb.NSA_OVERTAKES + " (short-lived or small-scale "
                                                                             "territorial exchanges are armed clashes)",
      examples=[("Militants overran two army checkpoints near Jalalabad on Monday, killing six soldiers.",
                 "Armed clash"),
                ("Rebels briefly seized the town of Bambari on Friday before troops drove them out.",
                 "Armed clash")], priority=58)
def position_not_territory(f: Facts, s: Decision):
    """Territory is a place a side controls: overrunning a base, checkpoints or positions in a battle
    takes no place, and control held for hours is a short-lived exchange; both are armed clashes (a
    town taken beside the base is territory)."""
    if s.fam != "territory":
        return None
    taken = [m for m in f.mentions if m.family == "territory"]
    brief = _BRIEF_HOLD.search(f.sentences)
    positions = taken and all(_position_taken(m) for m in taken) and not _PLACE_TAKEN.search(
        _POSITION_OBJECT.sub(" ", f.sentences)) and not _POSITION_IN_PLACE.search(f.sentences)
    if brief or positions:
        return s.but(sub="Armed clash")
    return None

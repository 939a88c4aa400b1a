"""A party's supporters or youths who set on people are the party's militia, not a rioting crowd.

The codebook's political militias (inter code 3) include armed, organised groups that serve a political
party or elite — party youth wings among them — and ACLED records their violence under the party's name.
A crowd of a party's supporters that riots, fights the police or clashes with a rival crowd stays
rioters (inter code 5, the party an associated actor). What tells the two apart in a note is the deed:
"ZANU-PF youths attacked opposition campaigners" is an attack by the party's people on unarmed people
they picked out, an Attack (Violence against civilians) by a political militia; "party supporters
clashed with police" is a riot."""
from __future__ import annotations

import re

from ...records import Actor
from ...records import ActorType as T
from . import codebook as cb
from .engine import rule
from .facts import Decision, Facts, is_type
from .violence import HARM, TYPE

# the people of a party: its youths, youth wing, cadres, militants, activists or supporters
_CADRES = (r"(?:youth\s+(?:wing|league|brigade)s?|supporters|youths?|cadres|militants|activists|loyalists|"
           r"thugs|members)")
# "ZANU-PF supporters", "the ruling party's youths", "youths of the ruling party", "supporters of the
# ruling Frelimo party"; the name is an acronym or words ending in Party/Front/Congress/…
PARTY_PEOPLE = re.compile(
    r"\b(?P<acr>(?-i:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?))\s+" + _CADRES + r"\b"
    r"|\b(?:ruling|governing|opposition)\s+(?:(?-i:[A-Z])[\w-]+\s+)?party(?:'s|’s)?\s+" + _CADRES + r"\b"
    r"|\b" + _CADRES + r"\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?(?:(?:ruling|governing|opposition)\s+)?"
    r"(?:(?P<acr2>(?-i:[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,4})?))\b|(?:(?-i:[A-Z])[\w-]+\s+)?party\b)",
    re.IGNORECASE)
# the forces, hit by the party's people, make a riot (a "polling agent" is no state agent)
_FORCES = re.compile(r"\b(?:police\w*|officers?|soldiers?|troops|forces|army|gendarm\w*|guards?)\b", re.IGNORECASE)
_DEMONSTRATORS = re.compile(r"\b(?:protesters|demonstrators|marchers)\b", re.IGNORECASE)
# a crowd named as such is rioters whatever party it follows
_CROWD = re.compile(r"\b(?:mobs?|crowds?|rioters|protesters|demonstrators|marchers)\b", re.IGNORECASE)


# the forces named acting on the party's people: "police fired tear gas at NASA supporters", "soldiers
# dispersed ruling party youths": the supporters are the targets, not the doers
_FORCES_ACT_ON = re.compile(
    r"\b(?:police\w*|officers?|soldiers?|troops|security forces|army|gendarm\w*)\b[^.;]{0,50}?\b(?:fired|lobbed|"
    r"threw|used|sprayed|turned|opened fire)\b[^.;]{0,40}?\b(?:at|on|against)\s+(?:[\w,'’-]+\s+){0,4}$"
    r"|\b(?:police\w*|officers?|soldiers?|troops|security forces|gendarm\w*)\s+(?:\w+\s+){0,2}?(?:dispersed|"
    r"tear-?gass?ed|charged|chased|arrested|detained|blocked|beat|attacked|shot)\s+(?:[\w,'’-]+\s+){0,4}$",
    re.IGNORECASE)
TARGET_REACH = 120  # characters before the party's people in which the forces' act on them is read


def _forces_act_on_them(f: Facts) -> bool:
    """Whether a sentence of the event names the forces acting on the party's people it reads as doers."""
    words = f.a1_text
    if not words:
        return False
    for m in f.mentions:
        sent = m.sentence_span.text
        at = sent.find(words)
        if at > 0 and _FORCES_ACT_ON.search(sent[max(0, at - TARGET_REACH):at]):
            return True
    return False


def party_people(text: str) -> re.Match[str] | None:
    """The words naming a party's people as the doers, if ``text`` has them."""
    return None if _CROWD.search(text) else PARTY_PEOPLE.search(text)


@rule(id="actors.party_people_attack", stage=TYPE, decides="actor1", value="POLITICAL_MILITIA",
      codebook=cb.POLITICAL_MILITIAS + ": armed, organised groups serving a political party or elite, party "
               "youth wings among them, recorded under the party's name; " + cb.ATTACK,
      examples=[("ZANU-PF youths attacked opposition campaigners in Chitungwiza on Sunday, injuring two.",
                 "POLITICAL_MILITIA"),
                ("Supporters of the ruling party beat a polling agent of the opposition in Kasama on Monday.",
                 "POLITICAL_MILITIA")],
      priority=104)
def party_people_attack(f: Facts, s: Decision):
    """A party's supporters or youths who assault, beat or kill people (not the forces, not a rival crowd
    they fight, not as a crowd, not when the forces are named acting on them) are the party's militia
    attacking civilians, also where the people they set on were coming from a rally."""
    if s.mutual or "clash" in f.families or "riot" in f.families or not is_type(s.a1, T.RIOTERS, T.PROTESTERS,
                                                                                   T.CIVILIANS):
        return None
    if not ((f.group == "violent" and s.fam in HARM) or (f.group == "demo" and f.families & set(HARM))):
        return None
    if is_type(s.a2, T.REBEL_GROUP, T.IDENTITY_MILITIA, T.EXTERNAL_FORCES) or _FORCES.search(f.patient_texts or "") \
            or _forces_act_on_them(f):
        return None
    m = party_people(f.doer_text)
    if m is None:
        return None
    name = m.group("acr") or m.group("acr2")
    a1 = Actor(name, int(T.POLITICAL_MILITIA), f.iso3) if name else \
        f.actors.generic("Unidentified Party Militia", int(T.POLITICAL_MILITIA), f.iso3)
    # people they set on at a demonstration stay protesters; campaigners, agents and members are civilians
    protesters = is_type(s.a2, T.PROTESTERS) and _DEMONSTRATORS.search(f.patient_texts or "")
    a2 = s.a2 if is_type(s.a2, T.CIVILIANS) or protesters else f.actors.civilian(f.iso3)
    return s.but(sub="Attack", fam="attack", a1=a1, a2=a2)

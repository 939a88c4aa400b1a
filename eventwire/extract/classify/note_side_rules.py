"""Sides that coders' notes name by a description rather than by the actor's own name.

Notes often name the party a device hit and never its planter ("a passenger vehicle ran over an explosive
device"), give a group's umbrella label with its own name in brackets ("Ex-Seleka elements (MPC)"), or name
cattle raiders only as "armed youths", or give people by an occupation or as plain "men" and then say
what they belong to or carry ("men linked to the sand mafia", "miners armed with shotguns"). The codebook
settles each: a remote explosive is laid by a
perpetrator who is not there, so the one it hit is the second side and the planter, when nobody is named,
the unidentified armed group; one group is one actor however many names the note gives it; armed men
organised around a community and its herds are an identity militia; people tied to an organised criminal
group or carrying firearms act as an armed group, not as a crowd. The rules run in the ``actors.types``
stage, once the sub-event type is settled, except the last, which reads the sides before the type.
"""
from __future__ import annotations

import re

from ...records import Actor, ActorType as T
from . import codebook as cb
from .actor_type_rules import ACTOR_TYPES
from .engine import rule
from .facts import ARMED, NON_STATE_ARMED, STATE, UNARMED, Decision, Facts, is_type, unidentified
from .violence import SIDES

# the forces or people named as the ones who set the device ("a mine laid by soldiers", "troops planted")
_SET_BY = re.compile(r"\b(?:planted|laid|placed|emplaced|buried|booby-trapped)\s+by\b|"
                     r"\b(?:blam\w+|accus\w+|held\s+responsible|attributed\s+to|responsible\s+for)\b|"
                     r"\b(?:planted|laid|placed|emplaced|buried)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
                     r"(?:mines?|landmines?|IEDs?|bombs?|devices?|explosives?)\b", re.IGNORECASE)


# words tying a group to the device in its sentence ("planted by", "claimed", "suspected")
_TIED = re.compile(r"\b(?:planted|laid|placed|emplaced|claimed|claims|blamed|suspected|believed|attributed|"
                   r"set off|detonated)\b", re.IGNORECASE)


def _planter(f: Facts, skip: set[str]) -> Actor | None:
    """The rebel group or militia a sentence of the event ties to the device (planted by, claimed by,
    suspected), if any: a group only named nearby is no perpetrator."""
    return next((act for text, _, act in f.sentence_actors() if act.name not in skip and not unidentified(act)
                 and act.type in NON_STATE_ARMED and _TIED.search(text)), None)


@rule(id="actors.types.device_hit_is_the_target", stage=ACTOR_TYPES, decides="actor1",
      value="POLITICAL_MILITIA (Unidentified Armed Group) unless a group is named; the one hit is actor 2",
      codebook=cb.IED + ": the device is planted by a perpetrator who is not present when it goes off; "
               + cb.ACTOR_TYPES + ": an actor not identified by name is coded by its kind and country",
      examples=[("On 12 March 2024, a minibus carrying traders ran over an explosive device on the road south of Gao "
                 "(Gao), killing three passengers.", "POLITICAL_MILITIA"),
                ("On 12 March 2024, a MINUSMA convoy leaving its camp struck an IED north of Aguelhok (Kidal); "
                 "two peacekeepers were wounded.", "POLITICAL_MILITIA"),
                ("On 12 March 2024, a bomb went off as paramilitary rangers walked past a school in Bannang Sata "
                 "(Yala), wounding one ranger.", "POLITICAL_MILITIA")],
      priority=76)
def device_hit_is_the_target(f: Facts, s: Decision):
    """A remote explosive or landmine whose only sides are the people, forces or mission it hit (the
    passengers of a vehicle that ran over it, a convoy that struck it, rangers walking past): the one hit
    is actor 2 and actor 1 is the rebel group or militia the sentences name, else the unidentified armed
    group. Forces the words say laid the device keep actor 1."""
    if s.sub != "Remote explosive/landmine/IED" or is_type(s.a1, NON_STATE_ARMED):
        return None
    if is_type(s.a1, STATE) and f.has(_SET_BY):
        return None  # "a mine laid by soldiers", "blamed the army for the bombing": the forces set it
    hit = _struck_side(f, s)
    if hit is None:
        return None
    planter = _planter(f, {hit.name}) or f.actors.unidentified(f.iso3)
    return s.but(a1=planter, a2=hit)


def _struck_side(f: Facts, s: Decision) -> Actor | None:
    """The one side a device hit, when the sides found are only the hit ones: a lone side of the forces
    or of unarmed people (passengers read as "traders" are civilians when a blast hits them), the forces
    named twice, or the forces named after unarmed people (the soldiers of a convoy a blast "targeted").
    Forces named before civilians may have acted on them (a raid after the blast): no hit side is read
    then."""
    a1, a2 = s.a1, s.a2
    if a1 is None or a2 is None:
        lone = a1 or a2
        if is_type(lone, UNARMED):
            return lone if lone.type == T.CIVILIANS else f.actors.civilian(f.iso3)
        return lone if is_type(lone, STATE) else None
    if is_type(a1, STATE) and is_type(a2, STATE):
        return a1
    if is_type(a1, UNARMED) and is_type(a2, STATE):
        return a2
    if is_type(a1, UNARMED) and is_type(a2, UNARMED):
        return next((a for a in (a1, a2) if a.type == T.CIVILIANS), None) or f.actors.civilian(f.iso3)
    return None


# "<label> (<name>)": a group's own name in brackets after its label or umbrella
_BRACKETED = re.compile(r"^\s*(?:[\w'-]+\s+){0,2}?\(\s*$")


def _bracketed_pair(f: Facts, names: set[str]) -> tuple[str, str] | None:
    """(label's actor name, bracketed actor name) when the sentences give one of ``names`` right after
    the other in brackets."""
    for m in f.mentions:
        text = m.sentence_span.text
        found = f.actors.find(text, f.iso3)
        for _, end, act in found:
            for st, end2, other in found:
                if act.name in names and other.name in names and act.name != other.name and st >= end \
                        and _BRACKETED.match(text[end:st]) and text[end2:end2 + 12].lstrip().startswith(")"):
                    return act.name, other.name
    return None


@rule(id="actors.types.bracketed_name_is_one_side", stage=ACTOR_TYPES, decides="actor2",
      value="the other armed side named (none when only the victims are)",
      codebook=cb.ACTOR_TYPES + ": an actor is named consistently, one group one actor, by its own name",
      examples=[("On 12 March 2024, Al Shabaab claimed an attack on a police post near Elwak (Gedo), saying that "
                 "four soldiers (police) were killed.", "REBEL_GROUP")],
      priority=78)
def bracketed_name_is_one_side(f: Facts, s: Decision):
    """"Ex-Seleka elements (MPC) clashed with FACA", "four soldiers (police) were killed": a side's label
    and the name in brackets after it are one actor (by the bracketed, own name), not the two sides; the
    other side is the next armed actor the sentences name, else the people the deed hit."""
    if not (is_type(s.a1, ARMED) and is_type(s.a2, ARMED)) or unidentified(s.a1) or unidentified(s.a2):
        return None
    pair = _bracketed_pair(f, {s.a1.name, s.a2.name})
    if pair is None:
        return None
    own = s.a1 if s.a1.name == pair[1] else s.a2
    other = next((act for _, _, act in f.sentence_actors() if act.name not in pair and act.type in ARMED), None)
    if other is None:  # no armed side named: the people the deed hit
        m = f.mentions[0]
        hit = re.match(r"[^.;]*", m.sentence_span.text[m.trigger.end - m.sentence_span.start:]).group()
        other = f.actors.resolve(hit, f.iso3, target=True)
        other = other if other is not None and other.name not in pair else None
    return s.but(a1=own, a2=other)


_CATTLE_RAID = re.compile(
    r"\b(?:cattle|livestock|goats|camels|cows|sheep|herds?)\b[^.;]{0,30}\b(?:raid\w*|rustl\w*|stole|stolen|steal\w*|"
    r"drove away|driving away|drive away|took away|taking away|making off|made off|looted|taken)\b|"
    r"\b(?:raid\w*|rustl\w*|stole|steal\w*|drove away|driving away|took away|taking away|made off with|"
    r"making off with|looted)\b[^.;]{0,40}\b(?:cattle|livestock|goats|camels|cows|herds?)\b|"
    r"\bcattle[- ]raid\w*|\bcattle camps?\b", re.IGNORECASE)
_ACCUSED = re.compile(r"\b(?:accus\w+|suspect\w*|blamed|alleged\w*)\b[^.;]{0,20}$", re.IGNORECASE)
# words for a band with a name of its own kind that the codebook types otherwise (bandits: an armed
# group; jihadists and insurgents: rebels) or for the forces
_OTHER_KIND = re.compile(r"\b(?:bandits?|jihadists?|insurgents?|terrorists?|militants?|rebels?|soldiers?|police|"
                         r"troops|Al[- ]Shabaa?b|Boko Haram)\b", re.IGNORECASE)


# a band the note itself calls unknown ("unidentified attackers", "an unknown group", "a group of armed
# men"): the codebook's unidentified armed group, whatever it took
_UNKNOWN_BAND = re.compile(r"\b(?:unidentified|unknown|unnamed|armed m[ae]n|gunm[ae]n|a group of|individuals|"
                           r"persons|criminals|thieves|robbers)\b", re.IGNORECASE)


@rule(id="actors.types.cattle_raiders_are_communal", stage=ACTOR_TYPES, decides="actor1",
      value="IDENTITY_MILITIA (Unidentified Communal Militia)",
      codebook=cb.IDENTITY_MILITIAS + ": armed groups organised around a community, its land or its herds "
               "(communal and pastoralist militias) raid one another's cattle",
      examples=[("On 12 March 2024, armed youths raided a cattle camp near Yirol (Lakes), killing two herders "
                 "and driving away 300 cows.", "IDENTITY_MILITIA")],
      priority=80)
def cattle_raiders_are_communal(f: Facts, s: Decision):
    """Unnamed armed men, youths or raiders who raid cattle camps or drive away a community's herds are a
    communal militia, not an unidentified armed group; bandits, jihadists and the forces keep their kind."""
    raid = f.find(_CATTLE_RAID)
    if not unidentified(s.a1) or s.a1.type != T.POLITICAL_MILITIA or raid is None \
            or _ACCUSED.search(f.sentences[:raid.start()]):
        return None
    words = " ".join((f.doer_text or "", f.subject_window, s.a1.description or "",
                      f.sentences[:raid.start()][-80:]))
    if _OTHER_KIND.search(words) or _UNKNOWN_BAND.search(words):
        return None
    return s.but(a1=f.actors.communal_militia(f.iso3))


# what a doer named by an occupation or as plain men belongs to or carries, right after its words
_ARMED_TIE = re.compile(
    r"^[\s,]*(?:(?:who|that)\s+(?:were|are|was|is)\s+)?(?:"
    r"(?:linked|tied|connected|affiliated)\s+(?:to|with)|belonging\s+to|working\s+for|hired\s+by|in\s+the\s+pay\s+of|"
    r"members\s+of|from)\s+(?:the\s+|a\s+|an\s+|local\s+|rival\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:mafias?|gangs?|cartels?|syndicates?|criminal\s+(?:groups?|networks?|gangs?|organi[sz]ations?)|armed\s+groups?)\b"
    r"|^[\s,]*(?:(?:who|that)\s+(?:were|are)\s+)?armed\s+with\s+(?:[\w-]+\s+){0,2}?"
    r"(?:guns?|rifles?|shotguns?|firearms?|pistols?|AK-?47s?|kalashnikovs?|automatic\s+weapons|assault\s+rifles?)\b",
    re.IGNORECASE)


@rule(id="sides.doer_tied_to_armed_group", stage=SIDES, decides="actor1",
      value="POLITICAL_MILITIA (Unidentified Armed Group)",
      codebook=cb.POLITICAL_MILITIAS + ": armed, organised groups, including organised criminal groups that "
               "engage in political violence, and the unidentified armed group; " + cb.RIOTERS
               + ": rioters are unorganised individuals acting in a crowd",
      examples=[("On 12 March 2024, a reporter who had exposed illegal quarrying was beaten to death by men "
                 "linked to the quarry mafia in Sasaram (Bihar).", "POLITICAL_MILITIA"),
                ("On 12 March 2024, illegal miners armed with shotguns attacked a security post of a gold mine "
                 "near Pucallpa (Ucayali), killing two guards.", "POLITICAL_MILITIA")],
      priority=63)
def doer_tied_to_armed_group(f: Facts, s: Decision):
    """People the words give by an occupation or as plain men, then tie to an organised criminal group
    ("men linked to the sand mafia", "youths working for a gang") or arm with firearms ("miners armed with
    shotguns"), act as an armed group: the unidentified armed group, not a crowd or civilians. Machetes
    and clubs do not make a crowd an armed group."""
    if f.group != "violent" or not is_type(s.a1, UNARMED) or not f.a1_text.strip():
        return None
    words = f.a1_text.strip()
    for m in f.mentions:
        text = m.sentence_span.text
        at = text.find(words)
        if at >= 0 and _ARMED_TIE.search(text[at + len(words):at + len(words) + 90]):
            return s.but(a1=f.actors.unidentified(f.iso3))
    return None

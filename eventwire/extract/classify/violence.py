"""Battles, Explosions/Remote violence and Violence against civilians: the rules that settle the
sub-event type and the two sides of a violent event."""
from __future__ import annotations

import re

from ...records import ActorType as T
from ...resolve.actors import SUSPECTED_CRIMINAL
from ..lexicon import VIOLENT_FAMILIES
from . import codebook as cb
from . import cues
from .actors import paired_groups
from .engine import rule, run, stage
from .facts import ARMED, NON_STATE_ARMED, STATE, UNARMED, Decision, Facts, is_type, organised_group, unidentified

SIDES = stage("sides", "each")
TYPE = stage("type", "first")
MEANS = stage("violence.means", "each")
TARGET = stage("violence.target", "first")
PERPETRATOR = stage("violence.perpetrator", "first")
VSIDES = stage("violence.sides", "each")
ADJUST = stage("violence.adjust", "each")

HARM = ("kill", "attack")
UAG = "Unidentified Armed Group"


def _police(text: str, flags: int = re.IGNORECASE) -> bool:
    return bool(re.search(r"\bpolice", text, flags))


# ---- the sides, before the type ---------------------------------------------------------------
def scene_fight(m) -> bool:
    """'photographing youths fighting', 'separate rival supporters from fighting': a fight named as
    what others were doing, not as the event."""
    s = m.sentence_span
    before = s.text[:m.trigger.start - s.start]
    after = s.text[m.trigger.end - s.start:]
    return bool(cues.BARE_FIGHT.fullmatch(m.trigger.text) and cues.FIGHTERS_BEFORE.search(before)
                and not re.match(r"\s+(?:between|against|off)\b", after))


@rule(id="sides.fight_as_scene", stage=SIDES, decides="sub_event_type", value="Attack", codebook=cb.ATTACK,
      examples=[("Soldiers beat a trader who was filming rival groups fighting at the bus park in Eldoret on "
                 "Friday.", "Attack")], priority=10)
def fight_as_scene(f: Facts, s: Decision):
    """A fight named as what others were doing ("assaulted a journalist photographing youths
    fighting") is the scene; the assault whose agent the event has is the event."""
    hit = f.top.actor1_hit
    if s.fam == "clash" and hit is not None and hit[0] in HARM \
            and all(scene_fight(m) for m in f.mentions if m.family == "clash"):
        return s.but(fam=hit[0], sub="Attack", mutual_clash=False, mutual=False)
    return None


@rule(id="sides.named_groups_clash", stage=SIDES, decides="actor1", value="IDENTITY_MILITIA",
      codebook=cb.IDENTITY_MILITIAS,
      examples=[("Fighting broke out between the Borana and the Gabra near Moyale in Marsabit on Sunday.",
                 "IDENTITY_MILITIA")], priority=20)
def named_groups_clash(f: Facts, s: Decision):
    """'Clashes between Gabra and Borana militia', 'two Maasai clans clashed': the two named groups
    are the sides (communities, clans and ethnic groups fight as identity militias)."""
    if "clash" in f.families and all(a is None or a.type in (T.IDENTITY_MILITIA, T.CIVILIANS) or unidentified(a)
                                     for a in (s.a1, s.a2)):
        pair = paired_groups(f.actors, f.sentences, f.iso3)
        if pair is not None:
            return s.but(a1=pair[0], a2=pair[1])
    return None


@rule(id="sides.clash_other_armed_side", stage=SIDES, decides="actor2", value="the other armed actor named",
      codebook=cb.ARMED_CLASH,
      examples=[("Soldiers of the Kenya Defence Forces and al-Shabaab militants clashed near Kolbio in "
                 "Lamu on Tuesday.", "REBEL_GROUP")], priority=40)
def clash_other_armed_side(f: Facts, s: Decision):
    """A clash has two sides: when the parse gives one, the other armed actor the sentence names."""
    if s.fam == "clash" and s.a1 is not None and s.a2 is None and s.a1.type in ARMED:
        a1 = s.a1
        a2 = next((act for _, _, act in f.sentence_actors() if act.type in ARMED and act.name != a1.name
                   and not (act.type == a1.type == T.STATE_FORCES and act.country == a1.country)), None)
        if a2 is not None:
            return s.but(a2=a2)
    return None


@rule(id="sides.clash_armed_side_named", stage=SIDES, decides="actor1", value="the armed actor named",
      codebook=cb.ARMED_CLASH,
      examples=[("Two suspects were killed in a shoot-out with police in Kisumu on Friday.", "STATE_FORCES")],
      priority=50)
def clash_armed_side_named(f: Facts, s: Decision):
    """'Two suspects were killed in a shoot-out with police': the armed side the sentence names is
    actor 1 (the subject of a passive is the one hurt)."""
    if s.fam == "clash" and s.a1 is None and s.a2 is not None:
        a2 = s.a2
        a1 = next((act for sent, end, act in f.sentence_actors() if act.type in ARMED and act.name != a2.name
                   and not cues.PASSIVE_SUBJECT.match(sent, end)), None)
        if a1 is not None:
            return s.but(a1=a1)
    return None


@rule(id="sides.few_armed_men", stage=SIDES, decides="actor1", value="POLITICAL_MILITIA (Unidentified Armed Group)",
      codebook=cb.ACTOR_TYPES,
      examples=[("Three men attacked a trader in Eldoret on Monday and shot him in the head.", "Attack")],
      priority=60)
def few_armed_men(f: Facts, s: Decision):
    """'Three men attacked him … shot in the head': a few armed men are an unidentified armed group,
    not civilians or a crowd."""
    agent = f.agent_text
    if f.group == "violent" and is_type(s.a1, T.CIVILIANS) and cues.FEW_MEN.search(agent) \
            and not cues.CROWD.search(agent) and not cues.FARMERS.search(agent) \
            and not cues.HERDING.search(agent) and f.has(cues.ARMED_PERP, "context"):
        return s.but(a1=f.actors.unidentified(f.iso3))
    return None


# ---- the type of a violent event: first match -------------------------------------------------
@rule(id="riots.mob_violence.unarmed_clash", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Rival supporters clashed outside a bar in Kisii town on Saturday night.", "Mob violence")],
      priority=200)
def unarmed_clash(f: Facts, s: Decision):
    """A fight with no arms and no organised or communal group ("two families fought over land") is
    mob violence between rioters."""
    if f.group == "violent" and s.fam == "clash" and not f.has(cues.ARMED_CLASH, "context") \
            and not f.has(cues.COMMUNAL_CLASH, "context") \
            and not (f.has(cues.COMMUNAL_SIDES) and f.has(cues.COMMUNAL_WEAPONS)) \
            and not any(m.trigger.text.lower().startswith("ambush") for m in f.mentions) \
            and not (f.has(cues.HERDING) and f.has(cues.LETHAL, "context")) \
            and all(a is None or a.type in UNARMED or unidentified(a) for a in (s.a1, s.a2)):
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=f.actors.rioters(f.iso3))
    return None


@rule(id="riots.mob_violence.crowd_against_police", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Police and hawkers clashed in Nairobi on Monday over the removal of stalls.", "Mob violence")],
      priority=210)
def crowd_against_police(f: Facts, s: Decision):
    """An unorganised crowd (hawkers, squatters) fighting the police is a mob, not an armed group."""
    sides = (s.a1, s.a2)
    if f.group == "violent" and s.fam == "clash" and any(is_type(a, T.STATE_FORCES) for a in sides) \
            and all(a is None or a.type in (T.STATE_FORCES, *UNARMED) or unidentified(a) for a in sides) \
            and f.has(cues.CROWD_SIDE) and not f.has(cues.NONSTATE_ARMED, "context") and s.mutual_clash:
        police = next(a for a in sides if is_type(a, T.STATE_FORCES))
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=police)
    return None


def crowd_did_it(f: Facts, s: Decision) -> bool:
    """The doers are unorganised people (residents, villagers, farmers, members of a community), not
    the state or an organised armed group."""
    doer = f.doer_text
    if is_type(s.a1, STATE, T.REBEL_GROUP) or (is_type(s.a1, T.POLITICAL_MILITIA) and not unidentified(s.a1)) \
            or organised_group(s.a1):
        return False
    if not doer or cues.NONSTATE_ARMED.search(doer) or cues.ORGANISED_ARMED.search(doer) \
            or cues.STATE_AGENT.search(doer) or cues.POLICE_PRESENT.search(doer):
        return False
    return bool(cues.CROWD.search(doer) or cues.FARMERS.search(doer) or cues.HERDING.search(doer)
                or cues.COMMUNITY_AGENT.search(doer))


@rule(id="riots.mob_violence.mob_justice", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Residents of Kibuye caught a man stealing a goat on Sunday and beat him badly.", "Mob violence"),
                ("Farmers in Malanga killed an elderly widow on Friday; she had long been accused of "
                 "witchcraft.", "Mob violence")],
      priority=215)
def mob_justice(f: Facts, s: Decision):
    """Unorganised people who punish someone they accuse of a crime or a breach ("villagers beat a
    suspected thief", "residents killed a man caught stealing") do mob justice: mob violence by
    rioters against a civilian, not an attack by an armed group."""
    if f.group == "violent" and s.fam in HARM and (f.has(cues.ACCUSED_OF) or SUSPECTED_CRIMINAL.search(f.sentences)) \
            and crowd_did_it(f, s):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.mob_violence.unarmed_communal_fight", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE + "; " + cb.IDENTITY_MILITIAS,
      examples=[("Villagers from Dunkassa and villagers from Bouka fought on Sunday over the boundary of a "
                 "field; four people were hurt.", "Mob violence")], priority=218)
def unarmed_communal_fight(f: Facts, s: Decision):
    """Identity militias are armed, organised groups; villagers, families, farmers or herders who come
    to blows with no weapon, no death, no raid and nothing burned are unorganised crowds: mob violence
    between rioters, not an armed clash."""
    if f.group == "violent" and s.fam == "clash" and s.mutual_clash and f.has(cues.COMMUNAL_SIDES) \
            and "kill" not in f.families and not f.has(cues.LETHAL, "context") \
            and not f.has(cues.COMMUNAL_WEAPONS, "context") and not f.has(cues.FIREARMS, "context") \
            and not f.has(cues.NONSTATE_ARMED, "context") and not f.has(cues.ORGANISED_ARMED, "context") \
            and not f.has(cues.ARSON, "context") and not f.has(cues.LOOTED, "context") \
            and not f.has(cues.RAID_WORD, "context") \
            and all(a is None or a.type in (T.IDENTITY_MILITIA, *UNARMED) or unidentified(a) for a in (s.a1, s.a2)):
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=f.actors.rioters(f.iso3))
    return None


@rule(id="battles.armed_clash.communal", stage=TYPE, decides="sub_event_type", value="Armed clash",
      codebook=cb.IDENTITY_MILITIAS,
      examples=[("Farmers and herders clashed with machetes and guns near Kouande on Sunday.", "Armed clash")],
      priority=220)
def communal_clash(f: Facts, s: Decision):
    """Communities fighting each other ("farmers and Fulani herders clashed") are communal (identity)
    militias in an armed clash."""
    if f.group == "violent" and s.fam == "clash" and f.has(cues.COMMUNAL_SIDES) and s.mutual_clash \
            and not f.has(cues.MOB_VICTIMS) and not f.has(cues.RIVAL_CROWDS_ONLY) \
            and all(a is None or a.type in (T.IDENTITY_MILITIA, T.CIVILIANS) or unidentified(a)
                    for a in (s.a1, s.a2)):
        named = [a for a in (s.a1, s.a2) if is_type(a, T.IDENTITY_MILITIA)]
        a1 = named[0] if named else f.actors.communal_militia(f.iso3)
        a2 = named[1] if len(named) > 1 and named[1] != named[0] else f.actors.communal_militia(f.iso3)
        return s.but(sub="Armed clash", a1=a1, a2=a2)
    return None


# the two livelihoods of a farmer-herder conflict, as doers or as victims
_FARMING = re.compile(r"\b(?:farmers?|cultivators?|growers?|farm(?:ing)? (?:youths?|communit(?:y|ies)))\b", re.IGNORECASE)
_HERDING = re.compile(r"\b(?:herders?|herdsm[ae]n|pastoralists?|nomads?|transhumants?|cattle (?:breeders?|owners?|"
                      r"camps?)|(?:fulani|peul) (?:camps?|settlements?|hamlets?))\b", re.IGNORECASE)


# a weapon used or a blade's or a gun's wound: not a beating
_ARMED_DEED = re.compile(r"\b(?:machetes?|cutlass(?:es)?|knives|knife|guns?|rifles?|firearms?|spears?|arrows?|"
                         r"stabb\w*|hacked|hacking|shot|shooting|gunfire)\b", re.IGNORECASE)


@rule(id="violence_against_civilians.attack.farmer_herder_violence", stage=TYPE, decides="sub_event_type",
      value="Attack (by the community's militia)",
      codebook=cb.IDENTITY_MILITIAS + ": militias organised around a community or, exceptionally, a livelihood, "
               "as farmers and pastoralists in their disputes; " + cb.ATTACK,
      examples=[("Growers armed with machetes wounded a pastoralist whose goats had eaten their maize near "
                 "Bembereke on Sunday.", "Attack")],
      priority=225)
def farmer_herder_violence(f: Facts, s: Decision):
    """Farmers who kill or attack with weapons a herder, or herders a farmer, act as their community's
    militia: such violence of a farmer-herder conflict is an attack by a communal militia (an unarmed
    beating stays a mob's, see ``riots.mob_violence.unarmed_beating``)."""
    if f.group != "violent" or s.fam not in HARM or is_type(s.a1, STATE, T.REBEL_GROUP, T.POLITICAL_MILITIA) \
            and not unidentified(s.a1):
        return None
    if "kill" not in f.families and not f.has(cues.LETHAL) and not f.has(_ARMED_DEED):
        return None
    doer, patients = f.doer_text, f.patient_texts or ""
    if not ((_FARMING.search(doer) and _HERDING.search(patients))
            or (_HERDING.search(doer) and _FARMING.search(patients))):
        return None
    a1 = s.a1 if is_type(s.a1, T.IDENTITY_MILITIA) else f.actors.communal_militia(f.iso3)
    return s.but(sub="Attack", a1=a1, a2=f.actors.civilian(f.iso3))


@rule(id="riots.mob_violence.unarmed_beating", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("A band of herders beat and injured a farmer near Tanguieta on Sunday.",
                 "Mob violence")], priority=230)
def unarmed_beating(f: Facts, s: Decision):
    """'Herders beat and injured a cattle owner': an unarmed beating, not a raid."""
    if f.group == "violent" and s.fam == "attack" and s.a1 is not None \
            and s.a1.name.startswith("Unidentified Communal Militia") and "kill" not in f.families \
            and not f.has(cues.LETHAL) and not f.has(cues.SETTLEMENT_RAID) and not f.has(cues.ARMED_PERP, "context"):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


def communal_attack(f: Facts) -> bool:
    """Farmers, herders or villagers, armed or killing, against another community."""
    agent = f.agent_text
    if not (cues.FARMERS.search(agent) or cues.HERDING.search(agent) or cues.COMMUNITY_AGENT.search(agent)):
        return False
    if f.has(cues.MOB_VICTIMS):
        return False
    sentences = cues.PAST_RELATIVE.sub(" ", f.sentences)  # "a youth who had earlier stabbed his uncle": his deed
    return any(m.family == "kill" for m in f.mentions) or bool(cues.LETHAL.search(sentences)) \
        or bool(cues.SETTLEMENT_RAID.search(sentences)) \
        or bool(cues.COMMUNAL_WEAPONS.search(sentences) and cues.FIREARMS.search(sentences)) \
        or bool(cues.SHOOTING.search(sentences))


@rule(id="violence_against_civilians.attack.communal_raid", stage=TYPE, decides="actor1",
      value="IDENTITY_MILITIA", codebook=cb.IDENTITY_MILITIAS,
      examples=[("Villagers attacked a Fulani camp near Kalale on Sunday, killing two herders.",
                 "IDENTITY_MILITIA")], priority=240)
def communal_raid(f: Facts, s: Decision):
    """An armed or deadly raid by one community on another ("farmers with machetes attacked a Fulani
    camp, killing two") is an attack by a communal militia."""
    if f.group == "violent" and s.fam in HARM and is_type(s.a1, T.CIVILIANS) and communal_attack(f) \
            and not custody_death(f, s):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Attack", a1=f.actors.communal_militia(f.iso3), a2=a2)
    return None


@rule(id="riots.unorganised_violence", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.RIOTS,
      examples=[("A group of residents beat a bus conductor in Kisumu on Monday after a quarrel over fares.",
                 "Mob violence"),
                ("Villagers armed with machetes attacked a Fulani camp near Kalale on Sunday, killing two "
                 "herders.", "Mob violence")], priority=250)
def unorganised_violence(f: Facts, s: Decision):
    """Violence by unorganised civilians (residents, supporters, a crowd) is a riot: a violent
    demonstration when it comes with a protest, else mob violence."""
    a1, a2 = s.a1, s.a2
    if custody_death(f, s):
        return None  # the one who died in custody is no rioter (``violence_against_civilians.attack.death_in_custody``)
    if not ((f.group == "violent" and s.fam in (*HARM, "clash") and (
            is_type(a1, T.RIOTERS, T.PROTESTERS, T.CIVILIANS)
            or (s.fam == "clash" and is_type(a2, T.RIOTERS, T.PROTESTERS) and is_type(a1, STATE))))
            or (s.fam == "loot" and is_type(a1, T.RIOTERS, T.PROTESTERS, T.CIVILIANS))):
        return None
    sub = "Violent demonstration" if "protest" in f.families or f.has(cues.PROTEST_CONTEXT) else "Mob violence"
    if is_type(a1, STATE):
        a1, a2 = a2, a1
    if is_type(a2, T.RIOTERS, T.PROTESTERS):
        a2 = f.actors.civilian(f.iso3)
    if f.has(cues.POLICE_PRESENT, "context") and (a2 is None or a2.type == T.CIVILIANS):
        a2 = f.actors.state_forces(f.iso3, police=True)
    elif a2 is None and sub == "Mob violence":
        a2 = f.actors.civilian(f.iso3)
    return s.but(sub=sub, a1=f.actors.rioters(f.iso3), a2=a2)


@rule(id="strategic_developments.disrupted_weapons_use.device_found", stage=TYPE, decides="sub_event_type",
      value="Disrupted weapons use", codebook=cb.DISRUPTED,
      examples=[("A roadside bomb was found near a school in Kandahar city on Monday.",
                 "Disrupted weapons use")], priority=260)
def device_found(f: Facts, s: Decision):
    """A device found or made safe ("troops cleared 200 landmines") is a disrupted weapon, not an
    explosion."""
    if f.group == "violent" and s.fam == "ied" and f.has(cues.DEVICE_FOUND) \
            and not cues.DEVICE_WENT_OFF.search(cues.DISPOSAL.sub(" ", f.sentences)):
        owner = next((a for a in (s.a1, s.a2) if is_type(a, NON_STATE_ARMED) and not unidentified(a)), None)
        state = next((a for a in (s.a1, s.a2) if is_type(a, STATE)), None)
        a1 = state or f.actors.state_forces(f.iso3, police=_police(f.sentences))
        return s.but(sub="Disrupted weapons use", a1=a1, a2=owner)
    return None


@rule(id="strategic_developments.looting.property_only", stage=TYPE, decides="sub_event_type",
      value="Looting/property destruction", codebook=cb.LOOTING,
      examples=[("Gunmen raided the market in Parakou on Sunday and looted twenty shops.",
                 "Looting/property destruction")], priority=270)
def property_only(f: Facts, s: Decision):
    """Attacks in which shops were looted and no one is said hurt: violence against property only."""
    if f.group == "violent" and s.fam == "attack" and f.has(cues.LOOTED) \
            and not (f.families & {"kill", "clash", "abduct", "sexual"}) and not f.has(cues.HARMED):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Looting/property destruction", a1=s.a1 or f.actors.unidentified(f.iso3), a2=a2)
    return None


def property_not_people(f: Facts) -> bool:
    """Every violent mention of the event is a deed done to things (houses torched, a school
    demolished) and the story says no one was hurt, or names no one hurt."""
    told = cues.NO_ONE_HURT.sub(" ", f.sentences)
    return all(cues.PROPERTY_DESTROYED.match(m.trigger.text) or m.family == "loot" for m in f.mentions
               if m.group == "violent") and not cues.HARMED.search(told) \
        and not f.has(cues.EXPLICIT_CIVILIANS, "patients")


@rule(id="strategic_developments.looting.property_destroyed", stage=TYPE, decides="sub_event_type",
      value="Looting/property destruction", codebook=cb.LOOTING,
      examples=[("Army troops torched some sixty houses in Kin Ma village on Tuesday. No casualties were "
                 "reported.", "Looting/property destruction")], priority=275)
def property_destroyed(f: Facts, s: Decision):
    """An armed group that burns or demolishes property and harms no one commits property
    destruction, a strategic development, not an attack on civilians (a crowd doing it riots)."""
    if f.group == "violent" and s.fam in ("attack", "loot") \
            and not (f.families & {"kill", "clash", "abduct", "sexual", "mob", "riot"}) \
            and (s.a1 is None or is_type(s.a1, ARMED)) and property_not_people(f):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Looting/property destruction", a1=s.a1 or f.actors.unidentified(f.iso3), a2=a2)
    return None


@rule(id="violence.by_means_and_target", stage=TYPE, decides="sub_event_type",
      value="by the means, the target and the sides", codebook=cb.BATTLES,
      examples=[("Taliban militants attacked a police checkpoint in Kunduz on Monday.", "Armed clash")],
      priority=290)
def by_means_and_target(f: Facts, s: Decision):
    """Any other violent event: its weapon and target settle the type, then its perpetrator and
    the resistance it met (stages violence.means, .target, .perpetrator, .adjust)."""
    if f.group != "violent":
        return None
    trace: list[str] = []
    for name in (MEANS, TARGET, VSIDES, PERPETRATOR, ADJUST):
        s, fired = run(name, f, s)
        trace += fired
    return s, trace


# ---- the means: each applies ------------------------------------------------------------------
# the explosives a complex ambush is told with ("an ambush by IED detonation and rocket and gunfire"): whichever
# ranks first among them, the ambush is the battle
_IN_AMBUSH = frozenset({"ied", "shelling"})


@rule(id="battles.armed_clash.explosives_in_firefight", stage=MEANS, decides="sub_event_type",
      value="Armed clash", codebook=cb.ARMED_CLASH,
      examples=[("Taliban fighters detonated IEDs and opened fire on an army outpost in Helmand on Monday, "
                 "and troops returned fire.", "Armed clash"),
                ("Militants staged a complex ambush with a roadside bomb, rockets and gunfire on a police convoy "
                 "near Tillaberi on Monday.", "Armed clash")], priority=10)
def explosives_in_firefight(f: Facts, s: Decision):
    """A bomb within a fire-fight ("laid mines while storming the outpost … a firefight with the
    police") is part of the battle: a complex attack is an armed clash, whichever of its explosives (mines or
    rockets) types the event; likewise rockets fired by insurgents during their assault."""
    gun_battle = cues.asserted(cues.GUN_BATTLE, f.text("sentences"))  # ("no exchange of fire was reported": none)
    if (s.fam == "ied" and (gun_battle or s.mutual_clash)) or (s.fam in _IN_AMBUSH and f.has(cues.IED_AND_GUNS)) \
            or (s.fam == "shelling" and s.mutual_clash and is_type(s.a1, NON_STATE_ARMED)):
        return s.but(sub="Armed clash", fam="clash")
    return None


@rule(id="violence_against_civilians.attack.harmful_abduction", stage=MEANS, decides="sub_event_type",
      value="Attack", codebook=cb.ABDUCTION,
      examples=[("Gunmen abducted two teachers in Mandera on Monday and killed one of them.", "Attack")],
      priority=20)
def harmful_abduction(f: Facts, s: Decision):
    """An abduction that kills or injures, comes with an assault or fails is coded as the attack it
    is."""
    if s.fam == "abduct" and ("kill" in f.families or f.has(cues.HARMED) or f.has(cues.ABDUCTION_ASSAULT)):
        return s.but(sub="Attack", fam="attack")
    return None


@rule(id="actors.party_members_attacked", stage=MEANS, decides="actor2", value="CIVILIANS",
      codebook=cb.CIVILIANS,
      examples=[("Unknown men attacked an Orange Democratic Movement party meeting in Kisumu on Sunday.",
                 "CIVILIANS")], priority=30)
def party_members_attacked(f: Facts, s: Decision):
    """'Attacked an ODM meeting': a party's members, attacked, are civilians (a party is no armed
    group)."""
    if s.fam in ("kill", "attack", "abduct") and is_type(s.a2, T.POLITICAL_MILITIA) \
            and cues.PARTY_NAME.search(s.a2.name) and not cues.ARMED_NAME.search(s.a2.name):
        return s.but(a2=f.actors.civilian(f.iso3))
    return None


# ---- the target: first match ------------------------------------------------------------------
def _target_armed(f: Facts, s: Decision) -> bool:
    return is_type(s.a2, ARMED) or (s.a2 is None and f.has(cues.ARMED_WORDS, "patients")
                                    and not f.has(cues.CIVILIAN_WORDS, "patients"))


def _attack(f: Facts, s: Decision) -> Decision:
    a2 = s.a2
    if a2 is None or a2.type != T.CIVILIANS:
        a2 = f.actors.civilian(f.iso3) if a2 is None or a2.type in (T.RIOTERS, T.PROTESTERS) else a2
    return s.but(sub="Attack", a2=a2)


# a death told as one in the forces' hands: "died in police custody", "died in his cell"
_CUSTODY_DEATH = re.compile(r"^died\b.*\b(?:custody|detention|cells?)$", re.IGNORECASE)


def custody_death(f: Facts, s: Decision) -> bool:
    """Whether the event is a death told as one in the forces' hands ("died in police custody")."""
    return s.fam == "kill" and bool(_CUSTODY_DEATH.match(f.top.trigger.text))


@rule(id="violence_against_civilians.attack.death_in_custody", stage=TARGET, decides="sub_event_type",
      value="Attack", codebook=cb.ATTACK + "; the detainee who dies in the custody of the police or soldiers "
      "died in their hands, so they are the attack's first side and the detainee a civilian, whoever else "
      "the sentence names",
      examples=[("A fisherman died in police custody in Mangochi on Saturday, two days after his arrest.", "Attack"),
                ("A trader died in police custody in Kigoma on Monday, his family said.", "Attack")],
      priority=5)
def death_in_custody(f: Facts, s: Decision):
    """A death in the forces' custody is their attack on the detainee, not a fight with the police the
    words 'police custody' name."""
    if not custody_death(f, s):
        return None
    keeper = s.a1 if is_type(s.a1, T.STATE_FORCES) else s.a2 if is_type(s.a2, T.STATE_FORCES) else None
    if keeper is None:
        keeper = f.actors.state_forces(f.iso3, police=not re.search(r"\b(?:military|army|prison)\b",
                                                                    f.top.trigger.text, re.IGNORECASE))
    return s.but(sub="Attack", a1=keeper, a2=f.actors.civilian(f.iso3))


@rule(id="violence_against_civilians.attack.execution", stage=TARGET, decides="sub_event_type", value="Attack",
      codebook=cb.ATTACK,
      examples=[("A suspected gang leader was killed in Mombasa on Monday and his body dumped in a thicket.",
                 "Attack")], priority=10)
def execution(f: Facts, s: Decision):
    """One armed man killed by unknown people, or men executed ("extra-judicial killing"), fight no
    battle: the killing is an attack."""
    if s.fam == "kill" and _target_armed(f, s) and (s.a1 is None or unidentified(s.a1)) and (
            f.has(cues.EXECUTION) or (s.a2 is None or unidentified(s.a2))
            and cues.ONE_VICTIM.match(f.patient_texts or "")):
        return _attack(f, s)
    return None


@rule(id="battles.armed_clash.armed_target", stage=TARGET, decides="sub_event_type", value="Armed clash",
      codebook=cb.ARMED_CLASH,
      examples=[("Taliban militants attacked an army checkpoint in Kunduz province on Monday.", "Armed clash")],
      priority=20)
def armed_target(f: Facts, s: Decision):
    """Violence against an armed, organised side (soldiers, police, an armed group) is a battle."""
    if s.fam in HARM and _target_armed(f, s):
        a2 = s.a2
        if a2 is None and f.has(cues.STATE_TARGET, "patients"):
            a2 = f.actors.state_forces(f.iso3, police=_police(f.patient_texts, 0))
        return s.but(sub="Armed clash", a2=a2)
    return None


@rule(id="violence_against_civilians.attack.unarmed_target", stage=TARGET, decides="sub_event_type",
      value="Attack", codebook=cb.ATTACK,
      examples=[("Gunmen shot dead three villagers in Mandera on Tuesday.", "Attack")], priority=30)
def unarmed_target(f: Facts, s: Decision):
    """Violence by an organised armed group against unarmed people is an attack on civilians."""
    if s.fam in HARM:
        return _attack(f, s)
    return None


@rule(id="violence_against_civilians.abduction_or_sexual.victims", stage=TARGET, decides="actor2",
      value="CIVILIANS", codebook=cb.VAC,
      examples=[("Gunmen kidnapped a businessman in Mandera town on Monday.", "CIVILIANS")], priority=40)
def abduction_victims(f: Facts, s: Decision):
    """The victims of an abduction or of sexual violence are civilians unless the text names them."""
    if s.fam in ("abduct", "sexual"):
        return s.but(a2=s.a2 or f.actors.civilian(f.iso3))
    return None


@rule(id="strategic_developments.non_violent_transfer.withdrawal", stage=TARGET, decides="sub_event_type",
      value="Non-violent transfer of territory", codebook=cb.TRANSFER,
      examples=[("Taliban fighters took control of Nawa district in Helmand on Monday after the army "
                 "withdrew.", "Non-violent transfer of territory")], priority=50)
def withdrawal(f: Facts, s: Decision):
    """Territory taken after the other side withdrew, without a fight, is a non-violent transfer."""
    if s.fam == "territory" and f.has(cues.WITHDRAWAL) and not (f.families & (VIOLENT_FAMILIES - {"territory"})):
        return s.but(sub="Non-violent transfer of territory")
    return None


@rule(id="battles.territory.who_took_it", stage=TARGET, decides="sub_event_type",
      value="Government regains territory | Non-state actor overtakes territory", codebook=cb.GOV_REGAINS,
      examples=[("Troops recaptured the town of Marjah in Helmand on Monday.", "Government regains territory")],
      priority=60)
def who_took_it(f: Facts, s: Decision):
    """Territory taken by force: the government regains it when state forces take it, else a
    non-state actor overtakes it."""
    if s.fam != "territory":
        return None
    a1 = s.a1
    if a1 is None and cues.STATE_AGENT.search(f.agent_text or f.subject_window):
        a1 = f.actors.state_forces(f.iso3)  # "troopers from the Northern Command captured two camps"
    sub = "Government regains territory" if is_type(a1, STATE) else "Non-state actor overtakes territory"
    return s.but(sub=sub, a1=a1)


# ---- the sides: each applies ------------------------------------------------------------------
@rule(id="actors.state_target_named", stage=VSIDES, decides="actor2", value="STATE_FORCES",
      codebook=cb.STATE_FORCES,
      examples=[("Militants fired mortars at a police station in Ghazni city on Monday.", "STATE_FORCES")],
      priority=10)
def state_target_named(f: Facts, s: Decision):
    """Soldiers, police or a base named as the target are the state's forces."""
    if s.a2 is None and s.fam not in ("kill", "attack", "abduct", "sexual") and f.has(cues.STATE_TARGET, "patients"):
        return s.but(a2=f.actors.state_forces(f.iso3, police=_police(f.patient_texts, 0)))
    return None


@rule(id="actors.group_named_in_trigger", stage=VSIDES, decides="actor1", value="the group named",
      codebook=cb.ACTOR_TYPES,
      examples=[("A TTP-planted IED hit a police vehicle in Bannu city on Monday.", "REBEL_GROUP")],
      priority=20)
def group_named_in_trigger(f: Facts, s: Decision):
    """'Taliban-planted IEDs', 'an al-Shabaab ambush': the group named inside the trigger (inside
    'captured two NPA camps' it names the loser, so not for territory)."""
    if (s.a1 is None or s.a1.name.startswith(UAG)) and s.fam != "territory":
        inside = next((act for m in f.mentions for _, _, act in f.actors.scan(m.trigger.text, f.iso3)
                       if act.type in ARMED and (s.a2 is None or act.name != s.a2.name)), None)
        if inside is not None:
            return s.but(a1=inside)
    return None


@rule(id="actors.air_strike_by_state", stage=VSIDES, decides="actor1", value="STATE_FORCES",
      codebook=cb.AIR_STRIKE,
      examples=[("An air strike struck a compound in Musa Qala district of Helmand on Monday.", "STATE_FORCES")],
      priority=30)
def air_strike_by_state(f: Facts, s: Decision):
    """An air strike nobody is named for is the state's: only state forces fly aircraft here."""
    if s.a1 is None and s.fam == "air":
        return s.but(a1=f.actors.state_forces(f.iso3))
    return None


@rule(id="actors.unknown_perpetrator", stage=VSIDES, decides="actor1",
      value="POLITICAL_MILITIA (Unidentified Armed Group)",
      codebook=cb.ACTOR_TYPES,
      examples=[("Two people were shot dead near a market in Kandahar city on Monday.", "POLITICAL_MILITIA")],
      priority=40)
def unknown_perpetrator(f: Facts, s: Decision):
    """Violence nobody is named for is by an unidentified armed group."""
    if s.a1 is None:
        return s.but(a1=f.actors.unidentified(f.iso3))
    return None


# ---- the perpetrator: first match -------------------------------------------------------------
@rule(id="riots.mob_violence.lynching", stage=PERPETRATOR, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Two suspected robbers were burnt to death in Nyeri on Monday.", "Mob violence")], priority=10)
def lynching(f: Facts, s: Decision):
    """'Two suspected robbers were burnt to death': mob justice, told without its mob."""
    if s.sub == "Attack" and s.a1.name.startswith(UAG) and not f.a1_text and f.has(cues.LYNCHED) \
            and SUSPECTED_CRIMINAL.search(f.sentences):
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3))
    return None


@rule(id="riots.mob_violence.unarmed_crowd", stage=PERPETRATOR, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("A group attacked a shopkeeper in Kisumu on Monday and beat him.", "Mob violence")],
      priority=20)
def unarmed_crowd(f: Facts, s: Decision):
    """'A group beat a suspected thief', 'voters tried to raid the office': an unarmed crowd's
    violence is mob violence."""
    doer = f.doer_text
    if (s.sub == "Attack" or (s.sub == "Armed clash" and s.fam in HARM and not s.mutual)) \
            and s.a1.name.startswith(UAG) and cues.CROWD.search(doer) and not cues.HERDING.search(doer) \
            and not cues.FARMERS.search(doer) and not cues.WIELDING.search(doer) \
            and not cues.ARMED_PERP.search(cues.RAID_WORD.sub(" ", f.context)):
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3))
    return None


@rule(id="actors.communal_militia", stage=PERPETRATOR, decides="actor1", value="IDENTITY_MILITIA",
      codebook=cb.IDENTITY_MILITIAS,
      examples=[("Gunmen killed three people in Mandera on Monday in a revenge attack.", "IDENTITY_MILITIA")],
      priority=30)
def communal_militia(f: Facts, s: Decision):
    """'Armed farmers', 'a group of pastoralists', attackers in a clan feud: a communal militia. A clan
    or community the words give the victim ("a clan elder", "a community leader") says nothing of the
    attackers: a civilian of a clan is no sign of a feud."""
    a1_text = cues.VICTIM_STANDING.sub(" ", f.a1_text)
    if s.a1.name.startswith(UAG) and s.fam != "air" and (
            cues.COMMUNAL_CLASH.search(cues.LOCATIVE_TAIL.sub("", a1_text)) or cues.HERDING.search(a1_text)
            or cues.FARMERS.search(a1_text)
            or (cues.FEUD.search(cues.VICTIM_STANDING.sub(" ", f.context))
                and not cues.ORGANISED_ARMED.search(f.doer_text))):
        return s.but(a1=f.actors.communal_militia(f.iso3))
    return None


# ---- corrections from the whole story: each applies -------------------------------------------
@rule(id="actors.one_side_named_twice", stage=ADJUST, decides="actor2", value="none",
      codebook=cb.ACTOR_TYPES,
      examples=[("A soldier shot dead two soldiers at a barracks in Kabul on Monday.", "Armed clash")], priority=10)
def one_side_named_twice(f: Facts, s: Decision):
    """The same actor is not both sides of an event (unless two of its clans fought)."""
    if s.a2 is not None and s.a1 is not None and s.a2.name == s.a1.name and not s.paired:
        return s.but(a2=None)
    return None


@rule(id="battles.armed_clash.forces_among_casualties", stage=ADJUST, decides="sub_event_type",
      value="Armed clash", codebook=cb.ARMED_CLASH,
      examples=[("TTP militants attacked a village in Bajaur on Monday, killing a policeman and two "
                 "civilians.", "Armed clash")], priority=30)
def forces_among_casualties(f: Facts, s: Decision):
    """Police, soldiers or armed guards among the dead or wounded, or attackers fought back: the
    forces were engaged, the attack is a clash."""
    guards, fought_back, state_hit = f.has(cues.GUARDS_KILLED), f.has(cues.FOUGHT_BACK, "context"), \
        f.has(cues.STATE_VICTIMS)
    engaged = state_hit or guards or fought_back
    if s.sub == "Attack" and is_type(s.a1, NON_STATE_ARMED) and engaged \
            and (s.a2 is None or s.a2.type == T.CIVILIANS):
        a2 = f.actors.private_security(f.iso3) if guards and not state_hit \
            else f.actors.state_forces(f.iso3, police=_police(f.sentences))
        return s.but(sub="Armed clash", a2=a2)
    return None


@rule(id="battles.armed_clash.state_met_fire", stage=ADJUST, decides="sub_event_type", value="Armed clash",
      codebook=cb.ARMED_CLASH,
      examples=[("Soldiers fired on a lorry at a roadblock near Lamu on Friday; the men in the lorry fired "
                 "back.", "Armed clash")], priority=40)
def state_met_fire(f: Facts, s: Decision):
    """'Unknown men fired at a police car; the police fired back': the state's attack met fire."""
    if s.sub == "Attack" and is_type(s.a1, STATE) and is_type(s.a2, T.CIVILIANS) \
            and f.has(cues.FOUGHT_BACK, "context") and not f.has(cues.CIVILIAN_VICTIMS):
        return s.but(sub="Armed clash", a2=f.actors.unidentified(f.iso3))
    return None


@rule(id="violence_against_civilians.attack.one_armed_side", stage=ADJUST, decides="sub_event_type",
      value="Attack", codebook=cb.ATTACK,
      examples=[("Gunmen ambushed a passenger bus on the Mandera road on Monday.", "Attack")], priority=50)
def one_armed_side(f: Facts, s: Decision):
    """'Gunmen ambushed a passenger vehicle': one armed side and civilians attacked; an ambush or a
    boarding with no soldiers, police or guards anywhere near is an attack."""
    if not (s.sub == "Armed clash" and is_type(s.a1, ARMED) and not s.mutual
            and not f.has(cues.FOUGHT_BACK, "context")):
        return None
    civilians_hit = is_type(s.a2, T.CIVILIANS) or (s.a2 is None and f.has(cues.CIVILIAN_WORDS, "patients")
                                                    and not f.has(cues.ARMED_WORDS, "patients"))
    one_sided = s.a2 is None and s.a1.type != T.STATE_FORCES and s.fam == "clash" and all(
        cues.ONE_SIDED.match(m.trigger.text) for m in f.mentions if m.family == "clash") \
        and not f.has(cues.STATE_TARGET, "context")
    if civilians_hit or one_sided:
        return s.but(sub="Attack", a2=s.a2 or f.actors.civilian(f.iso3))
    return None


@rule(id="actors.officials_are_civilians", stage=ADJUST, decides="actor2", value="CIVILIANS",
      codebook=cb.CIVILIANS,
      examples=[("Gunmen tried to assassinate the governor of Kandahar on Monday.", "CIVILIANS")], priority=60)
def officials_are_civilians(f: Facts, s: Decision):
    """'Tried to assassinate the prime minister': officials attacked without their guards are
    civilians."""
    if s.a2 is not None and s.a2.name.startswith("Government of") and s.fam in ("kill", "attack", "abduct") \
            and not f.has(cues.ARMED_WORDS, "patients") and not f.has(cues.GUARDS_NAMED):
        sub = "Attack" if s.sub == "Armed clash" and not s.mutual else s.sub
        return s.but(a2=f.actors.civilian(f.iso3), sub=sub)
    return None


@rule(id="battles.armed_clash.armed_victims", stage=ADJUST, decides="sub_event_type", value="Armed clash",
      codebook=cb.ARMED_CLASH,
      examples=[("Two Taliban fighters were executed in Kandahar on Monday.", "Armed clash")],
      priority=70)
def armed_victims(f: Facts, s: Decision):
    """Violence against an armed, organised side is never violence against civilians."""
    if s.sub in ("Attack", "Abduction/forced disappearance", "Sexual violence") and is_type(s.a2, ARMED) \
            and s.fam in HARM:
        return s.but(sub="Armed clash")
    return None


@rule(id="actors.dead_of_a_fight", stage=ADJUST, decides="actor2", value="the other armed side",
      codebook=cb.ARMED_CLASH,
      examples=[("Fighting between rival militias killed 32 people near Beledweyne on Monday.",
                 "POLITICAL_MILITIA")], priority=80)
def dead_of_a_fight(f: Facts, s: Decision):
    """'Fighting between rival militias killed 32 people': the dead are not the other side."""
    if s.sub == "Armed clash" and is_type(s.a2, T.CIVILIANS) and s.a1 is not None and s.mutual:
        return s.but(a2=s.a1 if unidentified(s.a1) else f.actors.unidentified(f.iso3))
    return None


@rule(id="actors.territory_is_no_party", stage=ADJUST, decides="actor2", value="none",
      codebook=cb.GOV_REGAINS,
      examples=[("Troops recaptured the village of Marjah in Helmand on Monday.", "Government regains territory")],
      priority=90)
def territory_is_no_party(f: Facts, s: Decision):
    """'Recaptured the village': the village is the prize, not a party."""
    if s.sub in ("Government regains territory", "Non-state actor overtakes territory") \
            and is_type(s.a2, T.CIVILIANS):
        return s.but(a2=None)
    return None

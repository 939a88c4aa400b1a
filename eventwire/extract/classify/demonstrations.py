"""Protests and Riots: the sub-event type and sides of a demonstration (first match)."""
from __future__ import annotations

import re

from ...records import Actor, ActorType as T
from ..lexicon import HARM_FAMILIES, TriggerLexicon
from . import codebook as cb
from . import cues
from .engine import rule
from .facts import NON_STATE_ARMED, STATE, Decision, Facts, is_type
from .violence import TYPE


def _demo(f: Facts) -> bool:
    return f.group == "demo"


def _own_acts(f: Facts) -> tuple[str, frozenset[str]]:
    """The event's sentences without the clauses that tell what the demonstration is about ("against
    the arrest of their leader", "over the killing of a trader last week"), and the trigger families
    of the words left: an arrest or a killing the crowd protests against is no part of its event."""
    own = cues.GRIEVANCE_CLAUSE.sub(" ", f.sentences)
    if own == f.sentences:
        return f.sentences, f.families
    hits = TriggerLexicon.load().scan(own, 0, len(own), 0)
    return own, f.families & frozenset(h.family for h in hits)


def stopped_by_authorities(f: Facts) -> bool:
    """Whether the event's own words tell of a crowd dispersed, tear-gassed or arrested — by whom the
    words may leave unsaid ("were later dispersed", "six were arrested"), as only the state's forces
    do that to a crowd — not of an arrest the crowd protests against."""
    return bool(_own_acts(f)[1] & {"intervene", "arrest"}) and not (
        "intervene" not in f.families and f.has(cues.GRIEVANCE_ARREST))


def _police(f: Facts) -> Actor:
    return f.actors.state_forces(f.iso3, police=True)


@rule(id="battles.armed_clash.armed_crowd", stage=TYPE, decides="sub_event_type", value="Armed clash",
      codebook=cb.ARMED_CLASH,
      examples=[("Demonstrators joined by armed herders exchanged gunfire with police in Kajiado on Friday "
                 "during a protest over grazing land.", "Armed clash")], priority=100)
def armed_crowd(f: Facts, s: Decision):
    """Gunfire traded by the security forces and an armed crowd is a battle; the crowd is
    a communal militia."""
    gun_battle = f.find(cues.GUN_BATTLE)
    if _demo(f) and gun_battle is not None \
            and (f.has(cues.POLICE_PRESENT) or f.has(cues.MILITARY_WORDS)) \
            and not cues.DENIED_BEFORE.search(f.sentences[:gun_battle.start()][-40:]):
        state = next((a for a in (s.a1, s.a2) if is_type(a, T.STATE_FORCES)), None)
        a1 = state or f.actors.state_forces(f.iso3, police=not f.has(cues.MILITARY_WORDS))
        return s.but(sub="Armed clash", a1=a1, a2=f.actors.communal_militia(f.iso3))
    return None


@rule(id="protests.excessive_force.repression", stage=TYPE, decides="sub_event_type",
      value="Excessive force against protesters", codebook=cb.EXCESSIVE_FORCE,
      examples=[("Security forces opened fire on peaceful protesters in Nairobi on Tuesday.",
                 "Excessive force against protesters")], priority=110)
def repression(f: Facts, s: Decision):
    """Lethal or violent repression of a demonstration ("opened fire on peaceful protesters")."""
    if _demo(f) and f.has(cues.EXCESSIVE) and "mob" not in f.families and not f.has(cues.CROWD_VIOLENCE) and (
            "riot" not in f.families or re.search(r"\bpeaceful", f.sentences, re.IGNORECASE)) \
            and cues.EXCESSIVE.search(_own_acts(f)[0]):
        state = next((a for a in (s.a1, s.a2) if is_type(a, STATE)), None)
        return s.but(sub="Excessive force against protesters", a1=state or _police(f),
                     a2=f.actors.protesters(f.iso3))
    return None


@rule(id="protests.peaceful_protest.grievance_not_the_event", stage=TYPE, decides="sub_event_type",
      value="Peaceful protest", codebook=cb.PEACEFUL_PROTEST + "; " + cb.PROTEST_INTERVENTION + " (an attempt "
      "to disperse or suppress the protest itself)",
      examples=[("Traders marched in Kumasi on Monday against the arrest of two colleagues by tax officers.",
                 "Peaceful protest"),
                ("Relatives of a man beaten to death in a police cell marched to the station in Thika on Monday.",
                 "Peaceful protest")],
      priority=107)
def grievance_not_the_event(f: Facts, s: Decision):
    """A demonstration whose only arrest, killing or dispersal words tell what it is about ("against
    the arrest of two colleagues", "relatives of a man beaten to death in a cell") is a
    peaceful protest: the violence it protests is an earlier event, not an intervention in this one."""
    if not _demo(f) or f.families & {"riot", "mob", "clash"} \
            or not f.families & {"intervene", "arrest", "kill", "attack"}:
        return None
    own, acts = _own_acts(f)
    if own == f.sentences or acts & {"intervene", "arrest", "kill", "attack"} or cues.EXCESSIVE.search(own):
        return None
    a1 = s.a1 if is_type(s.a1, T.PROTESTERS) else f.actors.protesters(f.iso3)
    return s.but(sub="Peaceful protest", a1=a1, a2=None)


# a crowd named only by its mood ("angry residents", "irate villagers"): a description, not a mob's deed
_CROWD_MOOD = re.compile(r"^(?:irate|angry)\s", re.IGNORECASE)
# a road the crowd shut: the demonstration's act ("blocked the highway", "barricaded the road")
_ROAD_SHUT = re.compile(r"^(?:block|barricad|obstruct)", re.IGNORECASE)


def blockade_by_a_crowd_in_a_mood(f: Facts) -> bool:
    """Whether the event's only mob words name a crowd by its mood ("angry residents") and the crowd shut
    a road: residents who block a highway to press a demand are demonstrating, however angry."""
    hits = TriggerLexicon.load().scan(f.sentences, 0, len(f.sentences), 0)
    mob = [h for h in hits if h.family == "mob"]
    return bool(mob) and all(_CROWD_MOOD.match(h.text) for h in mob) \
        and any(h.family == "riot" and _ROAD_SHUT.match(h.text) for h in hits)


@rule(id="riots.violent_demonstration.road_shut_by_angry_crowd", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration",
      codebook=cb.VIOLENT_DEMONSTRATION + ": demonstrators who engage in violence or destructive acts; "
               + cb.MOB_VIOLENCE + " is rioters' violence outside a demonstration; a crowd named only by its "
               "mood (\"angry residents\", \"irate villagers\") that blocks or barricades a road with burning tyres "
               "or logs is demonstrating, so its blockade is a violent demonstration, not mob violence",
      examples=[("Angry residents blocked the Lusaka-Kafue road with burning tyres on Monday after a truck "
                 "killed a schoolgirl at the crossing.", "Violent demonstration"),
                ("Irate villagers barricaded the highway near Kitale on Friday, demanding speed bumps after "
                 "a crash.", "Violent demonstration")], priority=118)
def road_shut_by_angry_crowd(f: Facts, s: Decision):
    """Angry residents who block a road with burning tyres are a violent demonstration: their mood
    names no mob, and a blockade is a demonstration's act."""
    if _demo(f) and "mob" in f.families and blockade_by_a_crowd_in_a_mood(f) and not f.has(cues.LYNCHED) \
            and not f.has(cues.MOB_BEATING):
        a2 = s.a2 if is_type(s.a2, STATE) else None
        if a2 is None and f.has(cues.POLICE_PRESENT, "context"):
            a2 = _police(f)
        return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.mob_violence.mob_trigger", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("A mob lynched a man accused of theft in Kisii town on Monday.", "Mob violence")], priority=120)
def mob_trigger(f: Facts, s: Decision):
    """A mob's violence ("a mob lynched …") is mob violence."""
    if _demo(f) and "mob" in f.families:
        a2 = s.a2 if s.a2 is not None and s.a2.type != T.RIOTERS else f.actors.civilian(f.iso3)
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.mob_violence.rival_crowds", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Rival supporters threw stones at each other at a rally in Kisumu on Saturday.",
                 "Mob violence")], priority=130)
def rival_crowds(f: Facts, s: Decision):
    """'Rival supporters clashed at a rally': a fight between crowds, not a demonstration."""
    if _demo(f) and f.has(cues.RIVAL_CROWDS) and not f.has(cues.DEMONSTRATING):
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=f.actors.rioters(f.iso3))
    return None


def crowd_singled_out(f: Facts) -> bool:
    """A crowd (not the police, not people named as demonstrators) hurt particular people or burned
    their homes or cars: "youths stoned the MP's convoy", "two teachers were beaten by pupils"."""
    m = f.find(cues.SINGLED_OUT)
    if m is None or f.has(cues.DEMONSTRATORS):
        return False
    text = f.sentences
    start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
    before, after = text[start:m.start()], text[m.end():m.end() + 40]
    return not (cues.POLICE_PRESENT.search(before) or cues.STATE_AGENT.search(before)
                or re.match(r"\s+by\s+(?:the\s+)?(?:\w+\s+)?(?:police|soldiers|troops|officers|security)", after,
                            re.IGNORECASE))


@rule(id="riots.mob_violence.singled_out", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Rowdy youths stoned the convoy of a county governor in Voi town on Sunday.", "Mob violence"),
                ("Pupils rioted at a school in Kericho on Friday and beat two teachers.", "Mob violence")],
      priority=135)
def singled_out(f: Facts, s: Decision):
    """Rioters who turn on particular people (an MP, teachers, a journalist, a man's house) interact
    violently with civilians: mob violence, whatever grievance moved them. Violence a demonstration
    does to the police, roads or property in general stays a violent demonstration."""
    if _demo(f) and (f.families & ({"riot", "mob", "clash"} | HARM_FAMILIES)) and crowd_singled_out(f):
        a2 = s.a2 if is_type(s.a2, T.CIVILIANS) else f.actors.civilian(f.iso3)
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.violent_demonstration.riot_with_grievance", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration", codebook=cb.VIOLENT_DEMONSTRATION,
      examples=[("Voters rioted at a polling centre in Lugari on Tuesday when the tallying stalled.",
                 "Violent demonstration"),
                ("Riots broke out in Eldama Ravine on Monday over the closure of the sugar factory.",
                 "Violent demonstration")], priority=138)
def riot_with_grievance(f: Facts, s: Decision):
    """Demonstrators are people gathered over a shared demand or grievance: voters, students or
    workers who riot ("voters rioted when the count stalled"), or a riot over a stated grievance
    ("riots over school fees"), are a demonstration turned violent, not a mob."""
    if _demo(f) and "riot" in f.families and (
            f.has(cues.RIOT_GRIEVANCE) or f.has(cues.RIOT_BY_CONSTITUENCY)
            or (f.has(cues.RIOT_WORD) and cues.CONSTITUENCY.search(f.doer_text))):
        a2 = s.a2 if is_type(s.a2, STATE) else None
        if a2 is None and f.has(cues.POLICE_PRESENT, "context"):
            a2 = _police(f)
        return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.mob_violence.riot_without_demands", stage=TYPE, decides="sub_event_type", value="Mob violence",
      codebook=cb.MOB_VIOLENCE,
      examples=[("Youths rioted and torched cars in Kisumu on Monday night.", "Mob violence")], priority=140)
def riot_without_demands(f: Facts, s: Decision):
    """A riot with no protest, demand or grievance in sight is mob violence."""
    if _demo(f) and "riot" in f.families and "protest" not in f.families and "intervene" not in f.families \
            and not f.has(cues.PROTEST_CONTEXT):
        beat = f.has(cues.MOB_BEATING)  # (its victim is the side; police who met the crowd are decided later)
        a2 = s.a2 if s.a2 is not None and s.a2.type not in (T.RIOTERS, T.PROTESTERS) \
            and not (beat and is_type(s.a2, STATE)) else None
        if a2 is None:
            a2 = _police(f) if f.has(cues.POLICE_PRESENT, "context") and not beat else f.actors.civilian(f.iso3)
        return s.but(sub="Mob violence", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


def protesters_damaged(sentences: str) -> bool:
    """Damage the protesters did, not the grievance ("homes destroyed by the county")."""
    for m in cues.PROTEST_DAMAGE.finditer(sentences):
        before = sentences[max(0, m.start() - 20):m.start()]
        if cues.PASSIVE_BEFORE.search(before) or cues.BY_AFTER.match(sentences, m.end(), m.end() + 40) \
                or cues.OWNED_BEFORE.search(before) \
                or cues.DENIED_BEFORE.search(sentences[max(0, m.start() - 40):m.start()]) \
                or cues.GRIEVANCE_BEFORE.search(before):
            continue
        return True
    return False


@rule(id="riots.violent_demonstration.protesters_violent", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration", codebook=cb.VIOLENT_DEMONSTRATION,
      examples=[("Protesters demanding water burned tyres and destroyed pipes in Kitui on Monday.",
                 "Violent demonstration"),
                ("Police shot dead two men at a protest over land in Naivasha on Friday after the crowd tried "
                 "to break into a bank.", "Violent demonstration")], priority=150)
def protesters_violent(f: Facts, s: Decision):
    """A demonstration whose participants riot, clash, damage property or attack the police, or break
    into shops and houses ("shot as they tried to break into a shop": their violence, not only the
    force used on them)."""
    fams = f.families
    if _demo(f) and ("riot" in fams or ("clash" in fams and "protest" in fams)
                     or ("protest" in fams and protesters_damaged(f.sentences))
                     or ("protest" in fams and f.has(cues.CROWD_VIOLENCE))
                     or ("protest" in fams and "attack" in fams and any(
                         m.group == "violent" and is_type(m.actor2, T.STATE_FORCES) for m in f.mentions))):
        a2 = s.a2 if is_type(s.a2, STATE) else None
        if a2 is None and f.has(cues.POLICE_PRESENT, "context"):
            a2 = _police(f)
        return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="riots.violent_demonstration.crowd_did_harm", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration", codebook=cb.VIOLENT_DEMONSTRATION,
      examples=[("A polling clerk was attacked by demonstrators in Nyeri on Monday.",
                 "Violent demonstration")], priority=160)
def crowd_did_harm(f: Facts, s: Decision):
    """'A polling clerk was attacked by demonstrators': the crowd did the violence."""
    if _demo(f) and f.families & HARM_FAMILIES and any(
            m.actor1_hit is not None and m.actor1_hit[0] in HARM_FAMILIES and not cues.ENTRY.match(m.actor1_hit[1])
            and is_type(m.actor1, T.RIOTERS, T.PROTESTERS) for m in f.mentions) \
            and not f.has(cues.CROWD_VICTIMS, "patients"):
        a2 = _police(f) if f.has(cues.STATE_TARGET, "patients") else f.actors.civilian(f.iso3)
        return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)
    return None


@rule(id="protests.excessive_force.protesters_killed", stage=TYPE, decides="sub_event_type",
      value="Excessive force against protesters", codebook=cb.EXCESSIVE_FORCE + " (by the state's forces or, "
      "when the words name them, the armed men or the mob that attacked the protesters); " + cb.PROTESTERS,
      examples=[("Two protesters were shot dead during a demonstration in Kisumu on Tuesday.",
                 "Excessive force against protesters"),
                ("Hooded men with iron bars beat students marching against fee rises in Tirana on Monday, "
                 "injuring six.", "Excessive force against protesters")], priority=170)
def protesters_killed(f: Facts, s: Decision):
    """Protesters shot, killed or beaten at a demonstration: excessive force (shots fired into the
    air target no one) by whoever the words name as the attackers — the state's forces, or armed men
    or a mob — and by the police when the words name no attacker."""
    own, acts = _own_acts(f) if _demo(f) else (f.sentences, f.families)
    if _demo(f) and acts & {"kill", "attack"} and cues.KILLED_PROTESTERS.search(cues.AIR_SHOTS.sub(" ", own)):
        doer = s.a1 if is_type(s.a1, STATE) or _named_attackers(f, s.a1) else _police(f)
        return s.but(sub="Excessive force against protesters", a1=doer, a2=f.actors.protesters(f.iso3))
    return None


def _named_attackers(f: Facts, actor: Actor | None) -> bool:
    """Whether the event's doer is an armed group or a mob its own words name ("gunmen", "a
    pro-government militia", "ruling-party youths"), not the protesters or a default."""
    return is_type(actor, NON_STATE_ARMED, T.RIOTERS) and bool(f.a1_text) \
        and not cues.DEMONSTRATING.search(f.a1_text) and not cues.DEMONSTRATORS.search(f.a1_text)


@rule(id="protests.protest_with_intervention", stage=TYPE, decides="sub_event_type",
      value="Protest with intervention", codebook=cb.PROTEST_INTERVENTION,
      examples=[("Police used tear gas to break up a march by teachers in Mombasa on Tuesday.", "Protest with intervention")],
      priority=180)
def intervention(f: Facts, s: Decision):
    """A peaceful demonstration the authorities dispersed, arrested or otherwise stopped (an arrest
    the crowd protests against is no intervention)."""
    if _demo(f) and stopped_by_authorities(f):
        state = next((a for a in (s.a2, s.a1) if is_type(a, STATE)), None)
        return s.but(sub="Protest with intervention", a1=f.actors.protesters(f.iso3), a2=state or _police(f))
    return None


@rule(id="protests.peaceful_protest", stage=TYPE, decides="sub_event_type", value="Peaceful protest",
      codebook=cb.PEACEFUL_PROTEST,
      examples=[("Hundreds of teachers marched in Nairobi on Tuesday to demand higher pay.", "Peaceful protest")],
      priority=190)
def peaceful(f: Facts, s: Decision):
    """Any other demonstration is a peaceful protest by protesters."""
    if _demo(f):
        a1 = s.a1 if is_type(s.a1, T.PROTESTERS) else f.actors.protesters(f.iso3)
        return s.but(sub="Peaceful protest", a1=a1, a2=None)
    return None

"""Sides of an event that hold in any country: who the two sides of a fight are when the note names
them together, losses, mines, missions, arrests and attacks on protesters.

* ``sides.casualties_of_the_named_side`` — "NPA rebels clashed with soldiers; two rebels were
  killed": the dead "rebels" are the named group's own losses, not a second side (the codebook names
  an actor consistently; a generic noun that repeats the named actor's head noun refers to it).
* ``sides.coordinated_state_forces`` — "Ukrainian and Russian forces clashed": two countries' forces
  sharing one head noun are the two sides (each named by its country; forces abroad are External/Other
  forces, inter code 8).
* ``sides.vehicle_struck_a_mine`` — "a MINUSMA convoy struck an IED": the one whose vehicle hit the
  device is the one hit; the one who laid it is unknown (codebook: remote explosives are planted by a
  perpetrator who is not present).
* ``actors.arrest_by_group_in_control`` — "Houthi forces arrested a journalist": a named armed group
  exercising control over an area makes the arrest (codebook, Arrests: state forces *or other actors
  in de facto control* detaining people).
"""
from __future__ import annotations

import re

from ...records import ActorType as T
from . import codebook as cb
from . import cues
from .engine import rule
from ...resolve.actors import R_AUXILIARIES, SUSPECTED_CRIMINAL
from ...lang.loader import load as word_class
from .facts import ARMED, NON_STATE_ARMED, STATE, Decision, Facts, is_type, unidentified
from .strategic import STRATEGIC
from .violence import SIDES, TYPE

# auxiliaries that fight beside a state's forces (the word class auxiliary_forces)
AUXILIARY = word_class("auxiliary_forces").pattern()
_HEAD = re.compile(r"([a-z]+?)(?:s|es)?\W*$")


def _head(text: str) -> str | None:
    m = _HEAD.search(text.lower())
    return m.group(1) if m else None


@rule(id="sides.casualties_of_the_named_side", stage=SIDES, decides="actor2", value="not the named side's own dead",
      codebook=cb.ACTOR_TYPES + ": an actor is named consistently; " + cb.ARMED_CLASH,
      examples=[("On Monday, NPA rebels clashed with soldiers in Catarman (Northern Samar); two rebels "
                 "were killed.", "STATE_FORCES")], priority=5)
def casualties_of_the_named_side(f: Facts, s: Decision):
    """A second side taken from a casualty clause whose generic noun repeats actor 1's head noun
    ("NPA rebels … two rebels were killed") is actor 1's own losses: the other side is sought in the
    sentence instead."""
    if s.a1 is None or s.a2 is None or not unidentified(s.a2) or unidentified(s.a1) or "clash" not in f.families:
        return None
    source = next((m for m in f.mentions if m.actor2 == s.a2 and m.actor2_evidence is not None), None)
    if source is None or source is f.mentions[0] or not f.a1_text:
        return None
    head = _head(source.actor2_evidence.text)
    a1_words = {_head(w) for w in f.a1_text.split()}
    if head and head in a1_words:
        a2 = next((act for _, _, act in f.sentence_actors() if act.type in ARMED and act.name != s.a1.name
                   and not unidentified(act)), None)
        return s.but(a2=a2)
    return None


_GENERIC_ARMED = re.compile(r"\b(?:militants?|fighters?|rebels?|insurgents?|jihadists?|terrorists?|guerrill?as?|"
                            r"extremists?|combatants?|gunm[ae]n|attackers?|assailants?)\b", re.IGNORECASE)
_NOT_KNOWN = re.compile(r"\b(?:unidentified|unknown|suspected|unnamed|other|rival)\b", re.IGNORECASE)


@rule(id="sides.generic_noun_is_the_named_group", stage=SIDES, decides="actor2", value="the armed group named",
      codebook=cb.ACTOR_TYPES + ": an actor is named consistently, a named group by its own name",
      examples=[("A US drone strike targeted Al Shabaab fighters near Jilib (Middle Juba) on Monday, "
                 "killing three militants.", "REBEL_GROUP")], priority=4)
def generic_noun_is_the_named_group(f: Facts, s: Decision):
    """"Targeted Al Shabaab fighters …, killing three militants": the generic "militants" are the
    one armed group the sentences name (not an unidentified group of their own)."""
    if s.a1 is None or s.a2 is None or not unidentified(s.a2) or s.a2.type != T.POLITICAL_MILITIA:
        return None
    source = next((m for m in f.mentions if m.actor2 == s.a2 and m.actor2_evidence is not None), None)
    words = source.actor2_evidence.text if source is not None else ""
    if not _GENERIC_ARMED.search(words) or _NOT_KNOWN.search(words):
        return None
    named = {act.name: act for _, _, act in f.sentence_actors()
             if act.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA) and not unidentified(act)
             and act.name != s.a1.name and act.name not in auxiliaries_of(f, s.a1)}
    if len(named) == 1:
        return s.but(a2=next(iter(named.values())))
    return None


def auxiliaries_of(f: Facts, a1) -> set[str]:
    """The names of the auxiliaries named beside the state's forces that are actor 1 ("soldiers and VDP"):
    the forces' associated actor, never the side they fought."""
    if a1 is None or a1.rule != R_AUXILIARIES:
        return set()
    return {act.name for m in f.mentions for start, end, act in f.actors.find(m.sentence_span.text, f.iso3)
            if AUXILIARY.search(m.sentence_span.text[start:end])}


_OF = re.compile(r"(?:\s+(?:officers|personnel|troops|soldiers|contingents?|members|units?|staff|police|forces))*"
                 r",?\s*(?:of|from|serving (?:with|in)|deployed (?:with|under|in)|under)\s+(?:the\s+)?", re.IGNORECASE)


@rule(id="sides.unit_of_the_same_side", stage=SIDES, decides="actor2", value="the side they fought, not their mission",
      codebook=cb.EXTERNAL + ": a mission's national contingents are one actor",
      examples=[("On Monday, Kenyan police officers of the Multinational Security Support mission clashed with "
                 "gang members in Solino, Port-au-Prince.", "POLITICAL_MILITIA")], priority=45)
def unit_of_the_same_side(f: Facts, s: Decision):
    """"Kenyan police of the Multinational Security Support mission clashed with gangs": the mission the
    troops serve in is their own side, not the second one; the other armed actor named is."""
    if not (is_type(s.a1, STATE) and is_type(s.a2, STATE)) or s.a1.name == s.a2.name:
        return None
    for m in f.mentions:
        text = m.sentence_span.text
        found = f.actors.find(text, f.iso3)
        ends = [e for _, e, act in found if act.name == s.a1.name]
        starts = [st for st, _, act in found if act.name == s.a2.name]
        if any(st >= e and _OF.fullmatch(text[e:st]) for e in ends for st in starts):
            other = next((act for _, _, act in f.sentence_actors()
                          if act.type in ARMED and act.name not in (s.a1.name, s.a2.name)
                          and not is_type(act, STATE)), None)
            return s.but(a2=other)
    return None


_MILITARY_HEAD = (r"(?:forces|troops|soldiers|armies|militaries|navies|air forces|warplanes|jets|units|"
                  r"border guards|armed forces)")
_COORDINATED = re.compile(r"\b(?P<x>[A-Z][a-z]+) and (?P<y>[A-Z][a-z]+) " + _MILITARY_HEAD + r"\b")


@rule(id="sides.coordinated_state_forces", stage=SIDES, decides="actor2",
      value="the forces of the second country named with the first",
      codebook=cb.STATE_FORCES + "; " + cb.EXTERNAL,
      examples=[("Ukrainian and Russian forces clashed near Bakhmut (Donetsk) on Monday.", "EXTERNAL_FORCES")],
      priority=6)
def coordinated_state_forces(f: Facts, s: Decision):
    """"Ukrainian and Russian forces clashed", "Indian and Pakistani troops exchanged fire": two
    demonyms sharing one military head noun name the two sides of the fight."""
    if not f.mutual:
        return None
    for m in _COORDINATED.finditer(f.sentences):
        x, y = (f.actors.demonym_to_iso3(m.group(g)) for g in ("x", "y"))
        if x and y and x != y:
            here = f.iso3 or x
            return s.but(a1=f.actors.state_forces(x, event_iso3=here), a2=f.actors.state_forces(y, event_iso3=here))
    return None


_STRUCK_DEVICE = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:struck|hit|ran over|drove over|stepped on|triggered|detonated)\s+(?:an?\s+|a\s+\w+\s+)?"
    r"(?:(?:roadside|improvised|explosive|land)\s*)?(?:IED|mine|landmine|bomb|explosive device|device)s?\b",
    re.IGNORECASE)


@rule(id="sides.vehicle_struck_a_mine", stage=SIDES, decides="actor1",
      value="POLITICAL_MILITIA (Unidentified Armed Group); the vehicle's side is actor 2",
      codebook=cb.IED, examples=[("A MINUSMA convoy struck an IED near Ber (Timbuktu) on Monday, "
                                  "wounding four peacekeepers.", "POLITICAL_MILITIA")], priority=7)
def vehicle_struck_a_mine(f: Facts, s: Decision):
    """"A MINUSMA convoy struck an IED", "an army truck hit a landmine": the subject is the one the
    device hit; who planted it is not named (unless the text names a group, which other rules read).
    A rebel group or militia that "detonated" a bomb set it off: it is the doer, not the one hit."""
    if s.a1 is None or unidentified(s.a1) or s.a1.type not in ARMED:
        return None
    for m in f.mentions:
        ev = m.actor1_evidence
        if ev is None or m.actor1 != s.a1:
            continue
        after = m.sentence_span.text[ev.end - m.sentence_span.start:]
        hit = _STRUCK_DEVICE.match(after)
        if hit and re.search(r"\bdetonated\b", hit.group(), re.IGNORECASE) \
                and s.a1.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA):
            continue  # "insurgents detonated a roadside bomb": the armed group set it off, it was not hit
        if hit:
            planter = next((act for _, _, act in f.sentence_actors() if act.name != s.a1.name and not unidentified(act)
                            and act.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA)), None)
            return s.but(a1=planter or f.actors.unidentified(f.iso3), a2=s.a1)
    return None


_AFTER_WORD = re.compile(r"\b(?:for|of|against|by|with|on|to|from|about|among)\s+(?:the\s+)?$", re.IGNORECASE)


@rule(id="actors.arrest_by_group_in_control", stage=STRATEGIC, decides="actor1", value="the named armed group",
      codebook=cb.ARRESTS + ": arrests by state forces or by other actors in de facto control of an area",
      examples=[("Houthi forces arrested a journalist at a checkpoint in Ibb on Monday.", "REBEL_GROUP")],
      priority=19)
def arrest_by_group_in_control(f: Facts, s: Decision):
    """"Houthi forces arrested a journalist", "Taliban fighters detained two teachers": a named armed
    group (rebels, a political militia) that makes the arrest itself keeps actor 1; the state's police
    are not put in its place."""
    if s.sub != "Arrests" or not is_type(s.a1, T.REBEL_GROUP, T.POLITICAL_MILITIA) or unidentified(s.a1) \
            or not f.a1_text:
        return None
    if re.search(r"\b(?:suspects?|suspected|members?|accused|alleged|sympathi[sz]ers?|collaborators?)\b",
                 f.a1_text, re.IGNORECASE):
        return None
    m = f.mentions[0]
    ev = m.actor1_evidence
    if ev is None or m.actor1 != s.a1 or ev.start > m.trigger.start:
        return None
    sent = m.sentence_span.text
    between = sent[ev.end - m.sentence_span.start:m.trigger.start - m.sentence_span.start]
    if cues.PASSIVE_END.search(between) or len(between.split()) > 3 or _AFTER_WORD.search(
            sent[:ev.start - m.sentence_span.start]):
        return None  # "searching for al Shabaab remnants, rounded up": not the subject of the arrest
    if any(act.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) for _, _, act in f.sentence_actors()):
        return None  # the state's forces named beside them make it
    setters = dict(s.setters)
    setters["actor1"] = "actors.arrest_by_group_in_control"
    return s.but(setters=tuple(setters.items()))


# an armed band's fire or blows on a demonstration ("gunmen opened fire on protesters at a sit-in")
_ARMED_ON_PROTESTERS = re.compile(
    r"\b(?:gunm[ae]n|militants?|militiam[ae]n|militias?|fighters|attackers|assailants|armed men)\b[^.;]{0,40}?"
    r"\b(?:opened fire|fired|shot|killed|attacked|stabbed|hacked)\b[^.;]{0,30}?"
    r"\b(?:protesters|demonstrators|marchers|sit-in|protest|demonstration|march)\b", re.IGNORECASE)


@rule(id="violence_against_civilians.attack.protesters_by_armed_group", stage=TYPE, decides="sub_event_type",
      value="Attack", codebook=cb.EXCESSIVE_FORCE + ": force used by state forces; " + cb.ATTACK + "; "
      + cb.PROTESTERS + ": protesters attacked by other actors are the target of an attack",
      examples=[("Gunmen opened fire on protesters at a sit-in in Khartoum on Monday, killing two of them.",
                 "Attack")], priority=105)
def protesters_by_armed_group(f: Facts, s: Decision):
    """Demonstrators shot or killed by gunmen, militants or a militia: excessive force is the state's;
    an armed group's violence on them is an attack with the protesters as its target."""
    armed = is_type(s.a1, NON_STATE_ARMED) or (s.a1 is None and bool(cues.NONSTATE_ARMED.search(f.doer_text)))
    if f.group == "demo" and "protest" in f.families and not f.families & {"mob", "riot"} \
            and f.families & {"kill", "attack"} and armed and f.has(_ARMED_ON_PROTESTERS) \
            and not any(act.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) for _, _, act in f.sentence_actors()):
        return s.but(sub="Attack", a1=s.a1 or f.actors.unidentified(f.iso3), a2=f.actors.protesters(f.iso3))
    return None


_VIGILANTE_WORD = re.compile(r"vigilantes?", re.IGNORECASE)
# the armed band vigilantes fight, never someone they accuse of a crime
_ARMED_FOE = re.compile(r"\b(?:bandits?|gunm[ae]n|militants?|insurgents?|jihadists?|rebels?|kidnappers?|"
                        r"terrorists?|armed (?:men|groups?|bandits))\b(?![^.;]{0,40}\bsuspect)", re.IGNORECASE)
_MOB_JUSTICE = re.compile(r"\b(?:mobs?|lynch\w*|crowds?|mob justice|jungle justice|beat\w* to death|stoned)\b",
                          re.IGNORECASE)


@rule(id="battles.armed_clash.vigilantes_fight_armed_group", stage=TYPE, decides="sub_event_type",
      value="Armed clash", codebook=cb.ARMED_CLASH + "; " + cb.POLITICAL_MILITIAS,
      examples=[("Local vigilantes repelled an attack by bandits on Kasuwan Daji (Niger State) on Monday, "
                 "killing five bandits.", "Armed clash")], priority=119)
def vigilantes_fight_armed_group(f: Facts, s: Decision):
    """Vigilantes who fight bandits, gunmen or militants are an organised armed side of a battle (no
    mob's justice on a suspect): the vigilante militia against that armed group."""
    mob = [m for m in f.mentions if m.family == "mob"]
    if not mob or not all(_VIGILANTE_WORD.fullmatch(m.trigger.text.strip()) for m in mob) \
            or f.has(_MOB_JUSTICE) or f.has(SUSPECTED_CRIMINAL) or not f.has(_ARMED_FOE):
        return None
    vigilantes = f.actors.resolve("vigilantes", f.iso3)
    other = next((act for _, _, act in f.sentence_actors()
                  if act.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA) and vigilantes is not None
                  and act.name != vigilantes.name), None)
    if vigilantes is None or other is None:
        return None
    return s.but(sub="Armed clash", a1=vigilantes, a2=other)


def forces_as_nouns(f: Facts) -> str:
    """The event's paragraphs with every state force the dictionary names there ("Carabineros", "the
    Rosgvardia", "ESMAD") written as "police": a country's own name for its forces acts on a crowd as
    the generic noun does (``actors.types.riot_met_by_state``)."""
    key = ("forces-as-nouns",)
    if key not in f._memo:
        text = f.context
        spans = [(st, en) for st, en, act in f.actors.find(text, f.iso3)
                 if act.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) and act.name.startswith(("Police", "Military"))]
        for st, en in reversed(spans):
            text = text[:st] + "police" + text[en:]
        f._memo[key] = text
    return f._memo[key]


_NOT_MEMBER = re.compile(r"\b(?:suspected|alleged|accused|presumed|sympathi[sz]ers?|collaborators?|supporters?|"
                         r"relatives?|wives|wife|famil(?:y|ies)|informants?|financiers?)\b", re.IGNORECASE)


# the words of an armed group's own members (a party's candidate or official is a civilian)
_MEMBER = re.compile(r"\b(?:fighters?|militants?|commanders?|members?|leaders?|operatives?|cells?|gunm[ae]n|"
                     r"hitm[ae]n|rebels?|insurgents?|jihadists?|militiam[ae]n|kingpins?|bosses|boss|lieutenants?|"
                     r"emirs?|recruiters?)\b", re.IGNORECASE)


@rule(id="actors.arrested_members_are_their_group", stage=STRATEGIC, decides="actor2",
      value="the armed group whose members were arrested",
      codebook=cb.ARRESTS + "; " + cb.ACTOR_TYPES + ": the second actor is the one arrested",
      examples=[("The Mexican Navy arrested a CJNG cell leader in Manzanillo (Colima) on Monday.",
                 "POLITICAL_MILITIA")], priority=25)
def arrested_members_are_their_group(f: Facts, s: Decision):
    """"Arrested a CJNG cell leader", "detained three ELN commanders": the members of a named armed
    group are arrested as that group (people only suspected of ties to it stay civilians)."""
    if s.sub != "Arrests" or not is_type(s.a2, T.CIVILIANS):
        return None
    for m in f.mentions:
        ev = m.actor2_evidence
        if ev is None or _NOT_MEMBER.search(ev.text) or not _MEMBER.search(ev.text):
            continue
        inside = [act for st, en, act in f.actors.find(ev.text, f.iso3)
                  if act.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA) and not unidentified(act)]
        if inside:
            return s.but(a2=inside[0])
    return None

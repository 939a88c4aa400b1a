"""The actor types the codebook gives the sides of a riot, once its sub-event type is settled.

ACLED's codebook defines who the second actor of a riot is: the rioters are the first actor, and the
second is whoever they fight or hurt — the state forces that confront, disperse or arrest them, the
civilians a mob attacks, or nobody when they only block roads and burn tyres. Police or a government
the crowd protests *against*, or police who stand by, are no side of the event. The stage
``actors.types`` runs after the ``type`` stage (every applicable rule amends the decision).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...records import Actor, ActorType as T
from ...resolve import actors as names
from . import codebook as cb
from . import cues
from .actors import blamed_group, group_actor
from ...lang.loader import load
from .engine import rule, stage
from .facts import NON_STATE_ARMED, Decision, Facts, is_type, unidentified
from .demonstrations import stopped_by_authorities
from .riot_reaction_rules import without_reaction
from .side_rules import forces_as_nouns
from .violence import MEANS

ACTOR_TYPES = stage("actors.types", "each")
RIOTS = ("Violent demonstration", "Mob violence")

# the forces that keep order, as a crowd meets them
FORCE = (r"(?:(?:anti-)?(?:riot |traffic |administration |armed |regular |military |the )?police(?:m[ae]n| officers?|"
         r" officials| reservists| units?| squads?)?|officers|security (?:forces|officers|personnel|agents)|"
         r"soldiers?|troops|the army|gendarm\w*|riot squad|peacekeepers|blue helmets|(?:prison )?warders?|"
         r"(?:county |city |municipal )?(?:askaris|enforcement officers))")
_FORCE_ACTS = (r"dispers\w*|fired|opened fire|shot|shoot\w*|lobb\w*|tear ?gas\w*|teargas\w*|quell\w*|suppress\w*|"
               r"confront\w*|engag\w*|clash\w*|fought|repuls\w*|repell\w*|chas\w*|pursu\w*|beat|charged|"
               r"broke up|battl\w*|scuffl\w*|skirmish\w*|(?:were|was) overwhelmed|killed|cleared|warning shots")
_CROWD_ACTS = (r"attack\w*|ston\w*|pelt\w*|injur\w*|hurt|wound\w*|overpower\w*|outpower\w*|clash\w* with|fought|"
               r"fighting|battl\w* with|hit|beat|assault\w*|threw \w+ at|hurled \w+ at|confront\w*|torch\w*|burn\w*|"
               r"set fire to|storm\w*|besieg\w*|overran|resist\w*|disarm\w*|lynch\w*|engag\w*")
# the forces and the crowd fight: either side acts on the other
CONFRONTED = re.compile(
    rf"\b{FORCE}\b[^.;]{{0,60}}?\b(?:{_FORCE_ACTS})\b"
    rf"|\b(?:{_CROWD_ACTS})\s+(?:[\w-]+\s+){{0,3}}?{FORCE}"
    rf"|\b(?:dispersed|suppressed|repulsed|repelled|quelled|confronted|tear-?gassed|engaged|broken up|"
    rf"chased|shot|shot dead|killed|overwhelmed) by {FORCE}"
    rf"|\b{FORCE}\b(?:,[^.;,]{{0,40}},)?\s+(?:\w+\s+)?(?:was|were|is|are|got|had been|have been)\s+(?:\w+\s+)?(?:injured|hurt|"
    rf"wounded|hit|attacked|stoned|overwhelmed|beaten|assaulted|pelted)\b"
    rf"|\b(?:battles?|clash\w*|confrontations?|fights?|fighting|skirmish\w*) (?:broke out )?between [^.;]{{0,40}}?"
    rf"\b(?:and|&) {FORCE}"
    rf"|\bbetween {FORCE} and\b"
    rf"|\b(?:{FORCE}|military)\b[^.;]{{0,20}}\b(?:stations?|posts?|vehicles?|cars?|camps?)\b",
    re.IGNORECASE)
# the forces step in to stop the crowd: arrests, an intervention, reinforcements
STOPPED = re.compile(
    rf"\b{FORCE}\b[^.;]{{0,60}}?\b(?:intervened|intervene|arrest\w*|detain\w*|rescu\w*|restor\w*|calm\w*|tried|"
    rf"attempted|took charge|(?:was|were) deployed|reinforcements|contain\w*|control\w*)\b"
    rf"|\b(?:arrested|detained|stopped|rescued) by {FORCE}",
    re.IGNORECASE)
STOOD_BY = re.compile(rf"\b{FORCE}\b[^.;]{{0,30}}\b(?:did not|didn't|failed to|never|watched|looked on|stood by)\b",
                      re.IGNORECASE)
# the forces as the crowd's grievance: "protested against police brutality", "angry at the police"
GRIEVANCE = re.compile(rf"\b(?:against|demand\w*|angry (?:at|with)|anger at|disappoint\w* (?:with|at)|over|accus\w*|"
                       rf"condemn\w*|denounc\w*|protest\w*|about|failures? of|brutality by|by|of|with)\s+"
                       rf"(?:[\w'-]+\s+){{0,3}}?{FORCE}", re.IGNORECASE)
FORCE_WORD = re.compile(rf"\b{FORCE}\b", re.IGNORECASE)
MILITARY = re.compile(r"\b(?:soldiers?|troops|the army|military)\b", re.IGNORECASE)
_STATE_NAME = re.compile(r"^(?:Police Forces|Military Forces|Government) of\b|^(?:Police|Military) Forces$")


def state_engaged(text: str, fought: bool = False) -> bool:
    """Whether the words tell of the state's forces acting on a crowd (dispersing, firing on it,
    fighting it; unless ``fought``, also arresting it or stepping in) or the crowd acting on them
    (stoning officers, a battle between youths and police), not of police who watched or did not
    intervene."""
    if STOOD_BY.search(text):
        return False
    return CONFRONTED.search(text) is not None or (not fought and STOPPED.search(text) is not None)


# the forces named as the source of the report ("…, police said", "according to police"), not as a party
_ROLE = r"(?:\s+(?:spokes(?:man|woman|person)|sources?|officials?|chiefs?|commanders?))?"
FORCES_AS_SOURCE = re.compile(
    rf"\baccording to (?:the )?(?:local )?{FORCE}{_ROLE}\b"
    rf"|\b{FORCE}{_ROLE}\s+(?:said|say|says|told|reported|confirmed|added|stated)\b", re.IGNORECASE)


def state_a_bystander(text: str) -> bool:
    """Whether the forces the words name only stood by, are what the crowd was angry about, or are
    the source of the report ("police said")."""
    return STOOD_BY.search(text) is not None \
        or FORCE_WORD.search(FORCES_AS_SOURCE.sub(" ", GRIEVANCE.sub(" ", text))) is None


def _state_of(f: Facts, s: Decision) -> Actor:
    """The state forces already a side, else the police (the army when the words name soldiers)."""
    known = next((a for a in (s.a2, s.a1) if a is not None and _STATE_NAME.search(a.name) and
                  not a.name.startswith("Government")), None)
    return known or f.actors.state_forces(f.iso3, police=not f.has(MILITARY, "context"))


@rule(id="actors.types.riot_met_by_state", stage=ACTOR_TYPES, decides="actor2", value="STATE_FORCES",
      codebook=cb.RIOTS + ": rioters may engage armed actors; " + cb.STATE_FORCES + ": the forces that "
               "disperse, arrest or fight the rioters are the second actor",
      examples=[("A mob attacked a bus driver in Thika on Friday and was dispersed by police who fired tear gas.",
                 "STATE_FORCES"),
                ("Youths burned tyres and barricaded the road to Kasese on Monday until they were dispersed with "
                 "tear gas.", "STATE_FORCES")],
      priority=10)
def riot_met_by_state(f: Facts, s: Decision):
    """A riot the police or soldiers confront — they fire tear gas, disperse, arrest or fight the
    crowd, or the crowd stones and attacks them — has the state forces as its second actor, even when
    the crowd also hurt someone (rival crowds keep each other as sides). A riot that hurt no one and
    whose crowd was dispersed or arrested has them too when the words leave the doer unsaid, as only
    the state's forces do that (as for a protest with intervention)."""
    if s.sub not in RIOTS or not is_type(s.a1, T.RIOTERS) or is_type(s.a2, T.RIOTERS) \
            or (s.a2 is not None and _STATE_NAME.search(s.a2.name) and not s.a2.name.startswith("Government")):
        return None
    hurt_someone = s.sub == "Mob violence" and (f.has(cues.LYNCHED) or f.has(cues.HARMED) or f.has(cues.MOB_BEATING))
    context, named = without_reaction(f.context), without_reaction(forces_as_nouns(f))
    if not (state_engaged(context, fought=hurt_someone) or state_engaged(named, fought=hurt_someone)
            or _stopped_unsaid(f, s)):
        return None  # (police who stop a mob or arrest it afterwards leave its victims the second actor)
    return s.but(a2=_state_of(f, s))


@rule(id="actors.types.state_not_a_side_of_riot", stage=ACTOR_TYPES, decides="actor2",
      value="none (a violent demonstration) or CIVILIANS (mob violence)",
      codebook=cb.VIOLENT_DEMONSTRATION + ": the rioters are the sole actor unless they engage another; "
               + cb.MOB_VIOLENCE + ": the victims of a mob are its second actor",
      examples=[("Traders barricaded the main road in Embu on Tuesday and burned tyres, while police watched "
                 "from a distance.", "Violent demonstration"),
                ("Boda boda riders angry at the police blocked the highway and burnt tyres in Kisii on Monday.",
                 "Violent demonstration")],
      priority=20)
def state_not_a_side_of_riot(f: Facts, s: Decision):
    """Police the crowd riots against, a government it blames, or officers who stood by are no side
    of the riot: a violent demonstration then has the rioters alone, mob violence its victims."""
    if s.sub not in RIOTS or not is_type(s.a1, T.RIOTERS) or s.a2 is None or not _STATE_NAME.search(s.a2.name):
        return None
    context, named = without_reaction(f.context), without_reaction(forces_as_nouns(f))
    if state_engaged(context) or state_engaged(named) or _stopped_unsaid(f, s) or not (
            s.a2.name.startswith("Government") or state_a_bystander(context) and state_a_bystander(named)):
        return None
    return s.but(a2=f.actors.civilian(f.iso3) if s.sub == "Mob violence" else None)


def _stopped_unsaid(f: Facts, s: Decision) -> bool:
    """A violent demonstration whose crowd the words say was dispersed or arrested, by forces they leave
    unnamed ("they were later dispersed", "six were arrested"), officers standing by aside."""
    return s.sub == "Violent demonstration" and not STOOD_BY.search(f.context) and stopped_by_authorities(f)


# people a demonstrating crowd itself hurts: "assaulted a motorcycle taxi driver", "beat two polling clerks"
_CROWD_HURT_PERSON = re.compile(
    r"\b(?:assault\w*|beat|beating|attack(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|stabb(?:ed|ing)|stoned|"
    r"roughed up|manhandled|whipped|lynch(?:ed|ing)|hack(?:ed|ing))\s+(?:(?:a|an|the|two|three|four|several|some|"
    r"many|one|of|their|his|her|local|electoral|election|polling|passing|[\w-]+ taxi|motorcycle|bus)\s+){0,3}"
    r"(?:drivers?|workers?|clerks?|officials?|passers?-?by|passengers?|motorists?|journalists?|reporters?|"
    r"traders?|vendors?|m[ae]n|wom[ae]n|people|persons?|voters?|teachers?|staff|observers?|residents?|"
    r"villagers?|shop ?keepers?|chiefs?|candidates?|leaders?|pastors?|priests?|imams?|doctors?|nurses?|"
    r"customers?|bystanders?|children|boys?|girls?)\b", re.IGNORECASE)


@rule(id="actors.types.demonstrators_hurt_civilians", stage=ACTOR_TYPES, decides="actor2", value="CIVILIANS",
      codebook=cb.VIOLENT_DEMONSTRATION + ": the rioters are the first actor and whoever they engage the second; "
               + cb.CIVILIANS + ": unarmed people the rioters assault are civilians",
      examples=[("Demonstrators against the fuel price rise blocked the road in Kumasi on Monday and beat a "
                 "bus driver who tried to pass.", "CIVILIANS")],
      priority=25)
def demonstrators_hurt_civilians(f: Facts, s: Decision):
    """A violent demonstration whose crowd assaults or beats people (a driver, polling clerks, a
    journalist) has those people, civilians, as its second actor; a crowd that only blocks roads,
    burns tyres or damages property keeps no second actor, and one the state forces fight keeps them."""
    if s.sub != "Violent demonstration" or not is_type(s.a1, T.RIOTERS) or s.a2 is not None \
            or not f.has(_CROWD_HURT_PERSON):
        return None
    return s.but(a2=f.actors.civilian(f.iso3))


@rule(id="actors.types.mob_victims_are_civilians", stage=ACTOR_TYPES, decides="actor2", value="CIVILIANS",
      codebook=cb.MOB_VIOLENCE + "; " + cb.CIVILIANS + ": people a mob attacks are unarmed at the time; "
               "suspected criminals, a party's supporters or an alleged gang member beaten or lynched are "
               "civilians",
      examples=[("Villagers in Kakamega lynched two armed robbers who had broken into a shop on Sunday.",
                 "CIVILIANS"),
                ("A mob stoned two members of the Orange Democratic Movement party in Bungoma on Friday.",
                 "CIVILIANS")],
      priority=30)
def mob_victims_are_civilians(f: Facts, s: Decision):
    """The people a mob beats, stones or lynches are civilians: an unnamed armed group ("armed
    robbers", "gangsters") or a party's members cannot fight back as an organised side there."""
    if s.sub != "Mob violence" or not is_type(s.a1, T.RIOTERS) or not is_type(s.a2, T.POLITICAL_MILITIA):
        return None
    named_armed = cues.ARMED_NAME.search(s.a2.name) and not s.a2.name.startswith("Unidentified")
    if named_armed:
        return None
    return s.but(a2=f.actors.civilian(f.iso3))


# ---- the perpetrator of violence the parse found no subject for ----------------------------------
# a state agent as the doer of a harmful deed in the event's own words: "a police officer allegedly
# knocked out his teeth", "soldiers set fire to the village", "a policeman … after shooting dead"
_AGENT = (r"(?:police(?:m[ae]n| officers?| constables?| reservists| units?)?|(?:security|government) (?:forces|agents|"
          r"officers|personnel)|soldiers?|troops|the army|army officers?|military officers?|gendarmes?|"
          r"(?:prison )?warders?|prison (?:wardens?|guards?)|(?:wildlife |forest )?rangers)")
_HARM = (r"shot|shoot\w*|killed|killing|kills|beat|beating|beats|tortur\w*|assault\w*|knocked|set fire|torch\w*|burn\w*|"
         r"raped|hacked|stabbed|whipped|flogged|lashed|opened fire|gunned|abduct\w*|maimed|attacked|attacking|"
         r"injured|wounded|forced their way|harass\w*|punch(?:ed|ing)|kick(?:ed|ing)|slapp(?:ed|ing)|clubbed|batter(?:ed|ing)")
STATE_DEED = re.compile(rf"\b{_AGENT}\b((?:\s+[\"'\w-]+[\"']?){{0,5}}?)\s+[\"']?(?:{_HARM})\b", re.IGNORECASE)
# the agents a video or a witness shows doing the harm: "officers were suspended after a video showed them
# beating a vendor"
STATE_SHOWN = re.compile(rf"\b{_AGENT}\b[^.;]{{0,100}}?\b(?:show(?:s|ed|n|ing)?|filmed|caught on (?:camera|video)|"
                         rf"record(?:ed|ing))\s+(?:them|him|her)\s+(?:{_HARM})\b", re.IGNORECASE)
_NOT_THE_DEED = re.compile(r"\b(?:said|says|say|told|reported|confirmed|found|recovered|who|which|that|and|or)\b",
                           re.IGNORECASE)


def state_deed(text: str) -> re.Match[str] | None:
    """The first place where a state agent is the subject of a harmful deed (not the victim of a
    passive one — "officers were shot" —, nor the speaker of a report)."""
    for m in STATE_DEED.finditer(text):
        between = m.group(1)
        if not _NOT_THE_DEED.search(between) and not cues.PASSIVE_END.search(between + " "):
            return m
    return STATE_SHOWN.search(text)


@rule(id="actors.resolve.state_agent_did_it", stage=MEANS, decides="actor1", value="STATE_FORCES",
      codebook=cb.STATE_FORCES + ": the police and military are state forces whatever they do; "
               + cb.ACTOR_TYPES + ": an unidentified armed group only when the text names no perpetrator",
      examples=[("A prison warder has been arrested after shooting dead a trader in Embu on Sunday.",
                 "STATE_FORCES"),
                ("Two police constables were suspended in Mzuzu on Tuesday after a video showed them punching a "
                 "fishmonger.", "STATE_FORCES")],
      priority=40)
def state_agent_did_it(f: Facts, s: Decision):
    """When the parse tied no doer to the violence but the event's sentences say that police,
    soldiers or other state agents did the harm ("after a police officer allegedly beat him"), the
    state forces are its perpetrator — not an unidentified armed group — unless the sentences also
    name armed men of another kind."""
    if s.a1 is not None or s.fam not in ("kill", "attack", "abduct", "sexual") \
            or cues.NONSTATE_ARMED.search(f.sentences):
        return None
    deed = state_deed(f.sentences)
    if deed is None:
        return None
    soldiers = re.match(r"(?:soldiers?|troops|the army|army|military)", deed.group(0), re.IGNORECASE)
    return s.but(a1=f.actors.state_forces(f.iso3, police=soldiers is None))


def _unnamed_armed(actor: Actor | None) -> bool:
    return actor is None or actor.name.startswith("Unidentified Armed Group")


@rule(id="actors.types.communal_clash_other_side", stage=ACTOR_TYPES, decides="actor2", value="IDENTITY_MILITIA",
      codebook=cb.IDENTITY_MILITIAS + ": communal and ethnic militias fight one another over land, cattle and "
               "local power; " + cb.ARMED_CLASH,
      examples=[("A Turkana militia clashed with armed men near Lokichar on Monday; one person died.",
                 "IDENTITY_MILITIA"),
                ("Three men were shot dead in a gun battle over grazing land near Molo on Monday.",
                 "IDENTITY_MILITIA")],
      priority=40)
def communal_clash_other_side(f: Facts, s: Decision):
    """In an armed clash of a community's militia, the other side the text leaves unnamed is another
    communal militia; a clash between unnamed sides over land, grazing, cattle or a feud between
    communities is fought by communal militias on both sides — unless state forces or an organised
    armed group take part."""
    if s.sub != "Armed clash" or is_type(s.a1, T.STATE_FORCES, T.EXTERNAL_FORCES, T.REBEL_GROUP) \
            or is_type(s.a2, T.STATE_FORCES, T.EXTERNAL_FORCES, T.REBEL_GROUP) \
            or f.has(cues.STATE_AGENT, "sentences") or f.has(FORCE_WORD, "sentences") \
            or f.has(cues.ORGANISED_ARMED, "context"):
        return None
    sides = [a for a in (s.a1, s.a2) if is_type(a, T.IDENTITY_MILITIA)]
    if len(sides) == 1 and all(a in sides or _unnamed_armed(a) for a in (s.a1, s.a2)):
        other = f.actors.communal_militia(f.iso3)
        return s.but(a2=other) if s.a1 in sides else s.but(a1=other, a2=s.a1 if s.a2 is None else s.a2)
    if not sides and _unnamed_armed(s.a1) and _unnamed_armed(s.a2) and _communal_context(f):
        return s.but(a1=f.actors.communal_militia(f.iso3), a2=f.actors.communal_militia(f.iso3))
    return None


def _communal_context(f: Facts) -> bool:
    """A dispute between communities (over land, grazing, a boundary) or a feud between clans or
    peoples in the event's paragraphs."""
    from .actor_rules import COMMUNAL_DISPUTE  # (the module imports this one)
    return COMMUNAL_DISPUTE.search(f.context) is not None or f.has(cues.FEUD, "context") \
        or f.has(cues.COMMUNAL_CLASH, "context") or f.has(OVER_LAND, "context")


# what communities fight over: "a gun battle over grazing land", "fighting over a boundary"
OVER_LAND = re.compile(r"\b(?:over|about)\s+(?:a\s+|the\s+)?(?:piece of\s+|plot of\s+|disputed\s+)?(?:land|grazing|"
                       r"pasture|boundar(?:y|ies)|water(?:ing)? (?:points?|holes?)|farm ?land)\b", re.IGNORECASE)


CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:the\s+|this\s+|that\s+)?(?:responsibility|credit|attack|bombing|"
                   r"killing|blast|assault|ambush)", re.IGNORECASE)
# sub-event types of organised violence, where an unnamed doer may be the group the report blames
ORGANISED_VIOLENCE = frozenset({"Armed clash", "Attack", "Abduction/forced disappearance", "Sexual violence",
                                "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                "Shelling/artillery/missile attack"})


@rule(id="actors.types.group_blamed_in_paragraph", stage=ACTOR_TYPES, decides="actor1",
      value="the named armed group the paragraph blames (its type: REBEL_GROUP, POLITICAL_MILITIA, ...)",
      codebook=cb.ACTOR_TYPES + ": the actor is the group the sources attribute the event to; " + cb.POLITICAL_MILITIAS
               + ": an unidentified armed group only when no group is named or suspected",
      examples=[("A roadside bomb wounded two soldiers near Dhobley on Monday. Officials suspect al-Shabaab.",
                 "REBEL_GROUP"),
                ("Gunmen shot dead two herders at a well near Bulo Hawo on Friday. Al-Shabaab suspected.",
                 "REBEL_GROUP"),
                ("A mine tore through a minibus near Menaka on Sunday, killing five. Local sources attribute the "
                 "incident to JNIM.", "REBEL_GROUP"),
                ("Unknown men killed a fisherman near Baga on Monday. No group has claimed it, but elders suspect "
                 "ISWAP.", "REBEL_GROUP")],
      priority=50)
def group_blamed_in_paragraph(f: Facts, s: Decision):
    """Violence whose doer the sentence leaves unnamed — an unidentified armed group or communal
    militia — is the named armed group that the paragraph blames, suspects or says claimed it
    ("Police suspect X", "X is believed to be behind it", "X suspected."), even in a sentence of its
    own after the event's. A group read as the target only because the blame names it ("blamed the
    blast on X") is no target: the sides the other mentions give, if any, stay the second side."""
    if s.sub not in ORGANISED_VIOLENCE or not (_unnamed_armed(s.a1) or _unnamed_communal(s.a1)) \
            or _claim_told(f.context):
        return None  # (a claim of responsibility is read with its claimant by the claims stage)
    blamed = blamed_group(f.actors, f.context, f.iso3)
    if blamed is None:
        return None
    actor, words = blamed
    a2 = s.a2
    if blamed[0] == s.a2:
        if not _blame_names_target(f, actor):
            return None
        a2 = next((m.actor2 for m in f.mentions if m.actor2 is not None and m.actor2 != actor), None)
    return s.but(a1=replace(actor, description=words, rule=names.R_ATTRIBUTED), a2=a2)


def _unnamed_communal(actor: Actor | None) -> bool:
    return actor is not None and actor.name.startswith("Unidentified Communal Militia")


# a claim the words deny or still await ("no group has claimed responsibility", "not yet claimed")
_NO_CLAIM = re.compile(r"\b(?:no(?: \w+)?|not(?: yet)?|yet to|never|nobody|none)\s+(?:\w+\s+){0,2}?$", re.IGNORECASE)


def _claim_told(text: str) -> bool:
    """Whether the words tell of a claim of responsibility made (not "no group has claimed it")."""
    return any(not _NO_CLAIM.search(text[max(0, m.start() - 30):m.start()]) for m in CLAIM.finditer(text))


def _blame_names_target(f: Facts, actor: Actor) -> bool:
    """Whether the mentions that read ``actor`` as its target are later ones that take it from words
    blaming it ("… The army blamed the blast on X"), not the event's own sentence or a deed done to it."""
    hits = [m for m in f.mentions if m.actor2 == actor]
    blamed = [blamed_group(f.actors, m.sentence_span.text, f.iso3) for m in hits]
    return bool(hits) and f.top not in hits and all(b is not None and b[0] == actor for b in blamed)


# the state's forces as a report or witnesses hold them responsible: "relatives accused soldiers of
# killing him", "bandits who residents believe were police officers", "found dead after his arrest by
# gendarmes", "as security forces began an operation"
_HELD = (r"(?:(?:[A-Z][\w'-]+\s+){0,2}?(?:police(?:m[ae]n| officers?| forces| units?)?|security (?:forces|officers|"
         r"agents|services|personnel|operatives)|soldiers?|troops|(?:the )?army|(?:the )?military|gendarm\w*|"
         r"border guards?|prison (?:guards?|warders?)|warders?|intelligence (?:agents|officers|services)))")
# (an accusation of failing to act names no doer: "accused the police of failing to intervene")
_NOT_A_DEED = (r"(?!\s+(?:of|for)\s+(?:failing|failure|not|negligence|inaction|laxity|doing nothing|being slow|"
               r"delay\w*|collu\w*|complicity|turning))")
STATE_HELD = re.compile(
    rf"\b(?:accus\w*|implicat\w*)\s+(?:the\s+)?(?:local\s+)?(?P<a>{_HELD}){_NOT_A_DEED}"
    rf"|\bblamed\s+(?:(?:the|this|that|their|his|her)\s+(?:\w+\s+)?(?:attack|killing|murder|death|abduction|"
    rf"assault|shooting|beating|rape)s?\s+)?on\s+(?:the\s+)?(?P<b>{_HELD})"
    rf"|\b(?:believed|suspected|thought|alleged|presumed|said)\s+to\s+(?:be|have\s+been)\s+(?:members\s+of\s+)?"
    rf"(?:the\s+)?(?P<c>{_HELD})"
    rf"|\b(?:locals|residents|villagers|witnesses|relatives|sources|families)\s+(?:\w+\s+)?"
    rf"(?:believe|believed|say|said|suspect|suspected)\s+(?:are|were|to be)\s+(?P<d>{_HELD})"
    rf"|\b(?:after|following|since)\s+(?:his|her|their|being|he was|she was|they were|having been)?\s*"
    rf"(?:arrest\w*|detain\w*|detention|picked up|taken away)\s+by\s+(?:the\s+)?(?P<e>{_HELD})"
    rf"|\b(?P<f>{_HELD})\s+(?:\w+\s+)?(?:launched|began|begin|conducted|carried out|mounted)\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:(?:counter-?)?operations?|counteroperations?|raids?|crackdowns?|offensives?|sweeps?)\b"
    # men who named themselves officers, or wore a named force's uniform: "men who said they were from the
    # police", "men wearing Veracruz state police uniforms" (a bare "military uniform" names no force)
    rf"|\b(?:who|and)\s+(?:said|claimed|told\s+\w+)\s+(?:that\s+)?(?:they|he)\s+(?:were|was)\s+(?:from\s+)?"
    rf"(?:the\s+)?(?P<g>{_HELD})"
    rf"|\b(?:identified|introduced|presented)\s+themselves\s+as\s+(?:\w+\s+)?(?P<h>{_HELD})"
    rf"|\b(?:wearing|in|dressed\s+in)\s+(?:[A-Z][\w'-]+\s+){{1,2}}(?:state\s+|federal\s+|municipal\s+)?"
    rf"(?P<i>police)\s+uniforms?\b",
    re.IGNORECASE)
# dying in a state's hands: "died in police custody", "was found dead in a military cell", "died at a
# police station"
IN_CUSTODY = re.compile(r"\b(?:died|dead|killed|tortured|beaten)\s+(?:\w+\s+){0,3}?(?:(?:in|while in)\s+"
                        r"(?P<force>police|military|army|gendarmerie|security)\s+(?:custody|cells?|detention)\b|"
                        r"(?:at|in)\s+(?:a|the)\s+(?P<station>police|gendarmerie)\s+(?:station|post|cell)s?\b)"
                        # a detainee harmed while the forces hold him: "beaten with belts while held overnight at
                        # a police station", "tortured while detained in a police lock-up"
                        r"|\b(?:beaten|tortured|assaulted|whipped|burned|hung)\b[^.;]{0,60}?\b(?:while|when)\s+"
                        r"(?:being\s+)?(?:held|detained|kept|locked up)\b[^.;]{0,25}?\b(?:at|in)\s+(?:a|the)\s+"
                        r"(?P<held>police|gendarmerie)\s+(?:station|post|cell|lock-?up)s?\b"
                        # harm done in a procedure only the police carry out: "tased during a traffic stop",
                        # "beaten during an identity check"
                        r"|\b(?:beaten|kicked|punched|tased|tasered|shot|killed|injured|hurt|choked|restrained|"
                        r"pepper-sprayed)\b[^.;]{0,50}?\b(?:during|at|in)\s+(?:a|an|the)\s+(?:routine\s+)?"
                        r"(?P<stop>traffic\s+stop|identity\s+check|ID\s+check|stop[- ]and[- ]search)\b",
                        re.IGNORECASE)
HELD_EVENTS = ORGANISED_VIOLENCE | {"Looting/property destruction"}


def state_held(f: Facts) -> Actor | None:
    """The state's forces the event's paragraphs hold responsible for it, as the dictionary names
    them for the words ("Egyptian border guards" are Egypt's)."""
    custody = f.find(IN_CUSTODY, "context")
    if custody is not None:
        force = custody.group("force") or custody.group("station") or custody.group("held")
        return f.actors.state_forces(f.iso3, police=force is None or force.lower() in ("police", "gendarmerie"))
    held = f.find(STATE_HELD, "context")
    if held is None:
        return None
    words = next(g for g in held.groups() if g)
    actor = f.actors.resolve(words, f.iso3)
    if actor is None or actor.type not in (T.STATE_FORCES, T.EXTERNAL_FORCES) or actor.name.startswith("Government"):
        return None
    return actor


@rule(id="actors.types.state_forces_held_responsible", stage=ACTOR_TYPES, decides="actor1",
      value="STATE_FORCES (EXTERNAL_FORCES abroad) the report holds responsible",
      codebook=cb.ACTOR_TYPES + ": the actor is the one the sources attribute the event to; " + cb.STATE_FORCES
               + "; " + cb.EXTERNAL + ": a state's forces active outside their country",
      examples=[("Two traders were shot dead near Agadez on Tuesday. Their relatives accused soldiers of the killing.",
                 "STATE_FORCES"),
                ("A trader was beaten to death in police custody in Bobo-Dioulasso on Friday, his family said.",
                 "STATE_FORCES"),
                ("A porter died at a police station in Mzuzu on Sunday; his family said he was tortured.",
                 "STATE_FORCES"),
                ("A baker said he was beaten with a hosepipe while held overnight at a police station in Kitwe "
                 "on Friday.", "STATE_FORCES"),
                ("A 15-year-old girl was tased twice during a traffic stop in Shreveport on Saturday, a video "
                 "shows.", "STATE_FORCES"),
                ("A delivery rider was badly beaten during an identity check in Lille on Sunday, his "
                 "lawyer said.", "STATE_FORCES"),
                ("Gunmen shot dead a shopkeeper near Moyale on Monday. Residents said the gunmen were believed to "
                 "be police officers.", "STATE_FORCES"),
                ("A union organiser was bundled into a white car in Kisii on Monday by two men who said they "
                 "were from the police.", "STATE_FORCES"),
                ("Four fishermen were shot dead near Bunia in Ituri province of Congo on Sunday. Ugandan troops had "
                 "launched an operation against smugglers in the area.", "EXTERNAL_FORCES")],
      priority=52)
def state_forces_held_responsible(f: Facts, s: Decision):
    """Violence against people whose doer the sentence leaves unnamed is the state's forces' when the
    paragraph holds them responsible: relatives or witnesses accuse them or believe the attackers
    were officers, the victim died in their custody or after they arrested him, was hurt during a
    procedure only the police carry out (a traffic stop, an identity check), or it happened as they
    launched an operation — not when the accusation is of failing to act."""
    if s.sub not in HELD_EVENTS or not _unnamed_armed(s.a1) or is_type(s.a2, T.STATE_FORCES, T.EXTERNAL_FORCES) \
            or f.has(CLAIM, "context") or blamed_group(f.actors, f.context, f.iso3) is not None:
        return None
    actor = state_held(f)
    return s.but(a1=replace(actor, rule=names.R_ATTRIBUTED)) if actor is not None else None


# the group a report says the unnamed doers belong to: "militiamen believed to be from the Lendu community",
# "gunmen thought to be members of a vigilante group" (the words after it, up to five, up to a stop)
SAID_TO_BE = re.compile(r",?\s*(?:who\s+(?:are|were|was|is)\s+)?(?:widely\s+)?"
                        r"(?:believed|suspected|thought|alleged|presumed|said|reported)\s+to\s+(?:be|have\s+been|"
                        r"belong\s+to|come\s+from)\s+(?:(?:members?|fighters?|part)\s+of\s+|from\s+|of\s+)?"
                        r"(?P<words>[^,.;:()]+)", re.IGNORECASE)


# the doers' noun right before "believed to be" ("militiamen believed to be …", not "a herder believed to be …")
_DOERS_BEFORE = re.compile(r"\b(?:gunm[ae]n|m[ae]n|militiam[ae]n|militias?|assailants|attackers|fighters|militants|"
                           r"raiders|youths|group|individuals|persons)\s*$", re.IGNORECASE)


def _said_to_be_of_doers(m) -> re.Match[str] | None:
    """"… believed to be …" said of the doers: after their noun, before the deed's word."""
    before = m.sentence_span.text[:m.trigger.start - m.sentence_span.start]
    return next((x for x in SAID_TO_BE.finditer(before) if _DOERS_BEFORE.search(before, 0, x.start())), None)


def said_to_be(f: Facts) -> Actor | None:
    """The identity militia or named armed group the sentence says the unnamed doers are: the shortest run
    of the words after "believed to be …" that names anyone, when it names such a group (civilians, the
    state's forces or an unidentified group are left to other rules)."""
    m = next((said for said in map(_said_to_be_of_doers, f.mentions) if said is not None), None)
    if m is None:
        return None
    words = m.group("words").split()[:5]
    for n in range(1, len(words) + 1):
        actor = f.actors.resolve(" ".join(words[:n]), f.iso3)
        if actor is not None:  # the first words that name anyone say who ("… to be bandits killed …": bandits)
            named = actor.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA) and not unidentified(actor)
            return actor if named else None
    return None


@rule(id="actors.types.group_said_to_be", stage=ACTOR_TYPES, decides="actor1",
      value="the group the report says the doers are believed to be from",
      codebook=cb.ACTOR_TYPES + ": the actor is the group the sources identify; " + cb.IDENTITY_MILITIAS
               + ": armed groups organised around a community or a people",
      examples=[("Militiamen believed to be from the Hema community attacked a village near Bunia on Monday, "
                 "killing four people.", "IDENTITY_MILITIA"),
                ("Armed men suspected to be from the Murle community raided a cattle camp near Bor in Jonglei state "
                 "on Monday, killing five herders.", "IDENTITY_MILITIA")],
      priority=51)
def group_said_to_be(f: Facts, s: Decision):
    """Unnamed armed doers the sentence says are believed to be from a community, or members of a named
    group, are that community's militia or that group."""
    if s.a1 is None or not s.a1.name.startswith("Unidentified Armed Group") or s.a1.type != T.POLITICAL_MILITIA:
        return None
    actor = said_to_be(f)
    return s.but(a1=actor) if actor is not None else None


COMMUNAL_RAIDERS = load("communal_raiders").pattern()
INSURGENTS = re.compile(r"\b(?:militants?|rebels?|insurgents?|jihadists?|terrorists?|extremists?)\b", re.IGNORECASE)
# a people's armed men: "Pokot gunmen", "Marakwet raiders"
PEOPLES_FIGHTERS = re.compile(r"\b([A-Z][a-z]{2,})\s+(?:gunmen|raiders|militia(?:men)?|warriors|herders|herdsmen|"
                              r"attackers|bandits|youths|fighters)\b")


@rule(id="actors.types.communal_fighters_against_state", stage=ACTOR_TYPES, decides="actor2",
      value="IDENTITY_MILITIA (the people's militia, else Unidentified Communal Militia)",
      codebook=cb.IDENTITY_MILITIAS + ": armed groups organised around a community, a people or its herds "
               "(ethnic, clan, communal and pastoralist militias), also when they fight state forces",
      examples=[("Soldiers killed three gunmen near Kapedo on Sunday after a cattle raid on a nearby village.",
                 "IDENTITY_MILITIA")],
      priority=45)
def communal_fighters_against_state(f: Facts, s: Decision):
    """The unnamed side that fights the state forces in an armed clash is a communal militia when the
    words call its men cattle raiders, rustlers, clansmen, herders or a people's gunmen ("Pokot
    raiders"): the people's own militia when the dictionary knows the people."""
    if s.sub != "Armed clash" or f.has(INSURGENTS, "context"):
        return None
    state = next((a for a in (s.a1, s.a2) if is_type(a, T.STATE_FORCES)), None)
    other = s.a2 if state is s.a1 else s.a1
    if state is None or other is None or not other.name.startswith("Unidentified Armed Group"):
        return None
    people = next((a for m in PEOPLES_FIGHTERS.finditer(f.sentences)
                   for a in (group_actor(f.actors, m.group(1), f.iso3),) if is_type(a, T.IDENTITY_MILITIA)), None)
    if people is None and not f.has(COMMUNAL_RAIDERS) and not f.has(cues.COMMUNAL_CLASH):
        return None
    militia = people or f.actors.communal_militia(f.iso3)
    return s.but(a2=militia) if state is s.a1 else s.but(a1=militia)


VIOLENCE_TOLD = re.compile(r"\b(?:attack\w*|assault\w*|assassinat\w*|lynch\w*|beat(?:en|ing)?|ambush\w*|raid\w*|"
                           r"bomb\w*|explo\w*|riot\w*|clash\w*|stor(?:m|med)|mistreat\w*|tortur\w*)\b", re.IGNORECASE)


@rule(id="actors.types.the_arrested", stage=ACTOR_TYPES, decides="actor2",
      value="the armed group the arrested belong to, else CIVILIANS",
      codebook=cb.ARRESTS + ": the forces that arrest are the first actor, the people arrested the second; "
               + cb.CIVILIANS + ": people detained, unarmed, are civilians unless they belong to an armed group",
      examples=[("A former governor was arrested in Nairobi on Sunday over the theft of public funds.", "CIVILIANS"),
                ("Arrests: on Sunday, three suspected arms dealers were held by detectives in Garissa.",
                 "CIVILIANS")],
      priority=60)
def the_arrested(f: Facts, s: Decision):
    """An arrest's second actor is whom the forces arrested: the named armed group the sentences
    say they belong to, else civilians (an opposition politician, traders, a journalist); an official
    or politician arrested is a civilian, not the government."""
    if s.sub != "Arrests" or s.a1 is None:
        return None
    if s.a2 is not None:  # an official or politician arrested is arrested as a civilian
        return s.but(a2=f.actors.civilian(f.iso3)) if s.a2.name.startswith("Government") else None
    if f.has(cues.HARMED, "context") or f.has(cues.MUTUAL, "context") or f.has(VIOLENCE_TOLD, "context"):
        return None  # arrests that follow violence the paragraph tells: that violence is the report's event
    group = next((act for _, _, act in f.sentence_actors()
                  if act.type in (T.REBEL_GROUP, T.POLITICAL_MILITIA, T.IDENTITY_MILITIA) and act != s.a1
                  and not act.name.startswith("Unidentified") and cues.ARMED_NAME.search(act.name)), None)
    return s.but(a2=group or f.actors.civilian(f.iso3))


@rule(id="actors.types.arrested_outside_a_demonstration", stage=ACTOR_TYPES, decides="actor2",
      value="CIVILIANS", codebook=cb.PROTESTERS + ": protesters are people taking part in a demonstration; "
      + cb.ARRESTS + ": the people arrested are the second actor",
      examples=[("Police in Phnom Penh detained three party activists on Monday over posts on social media.",
                 "CIVILIANS")],
      priority=62)
def arrested_outside_a_demonstration(f: Facts, s: Decision):
    """Activists or campaigners arrested at home, at a meeting or over something they said are not
    demonstrators: with no protest, march or rally in the report, the arrested are civilians."""
    if s.sub != "Arrests" or not is_type(s.a2, T.PROTESTERS) or "protest" in f.families \
            or f.has(ANY_DEMONSTRATION, "context"):
        return None
    return s.but(a2=f.actors.civilian(f.iso3))


ANY_DEMONSTRATION = re.compile(r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ies|ied)|sit-ins?|picket\w*|"
                               r"strik(?:e|es|ers|ing)|vigils?|gather\w*|boycott\w*|petition\w*)\b", re.IGNORECASE)


@rule(id="actors.types.named_group_against_the_state", stage=ACTOR_TYPES, decides="actor1",
      value="STATE_FORCES and the named armed group (no unidentified group beside them)",
      codebook=cb.ACTOR_TYPES + ": an unidentified armed group only when the text names no actor; "
               + cb.STATE_FORCES + "; " + cb.REBELS,
      examples=[("Soldiers on patrol near Kolbio escaped unhurt on Monday when a mine planted by al-Shabaab went "
                 "off beside their truck.", "REBEL_GROUP")],
      priority=55)
def named_group_against_the_state(f: Facts, s: Decision):
    """An unidentified armed group set against a named armed group, in sentences that name soldiers or
    police, is the state's forces the parse missed: the named group planted the bomb or fought
    the state forces."""
    if s.sub not in ORGANISED_VIOLENCE or not (s.a1 is not None and s.a1.name.startswith("Unidentified Armed Group")) \
            or not is_type(s.a2, T.REBEL_GROUP, T.POLITICAL_MILITIA) or s.a2.name.startswith("Unidentified") \
            or not (f.has(FORCE_WORD) or f.has(cues.STATE_AGENT) or f.has(MILITARY)):
        return None
    state = f.actors.state_forces(f.iso3, police=not f.has(MILITARY))
    if s.sub == "Armed clash":
        return s.but(a1=state)
    return s.but(a1=s.a2, a2=state)


# a member of the forces attacked outside his duty: at home, off duty, on leave
OFF_DUTY = re.compile(r"\b(?:off[- ]duty|on leave|(?:at|in|outside|near) (?:his|her|their) (?:own )?(?:home|house|"
                      r"residence|farm|shop|bar)s?|while (?:at home|asleep|sleeping|visiting)|in plain ?clothes)\b",
                      re.IGNORECASE)


@rule(id="actors.types.off_duty_victims_are_civilians", stage=ACTOR_TYPES, decides="actor2", value="CIVILIANS",
      codebook=cb.CIVILIANS + ": members of the forces attacked off duty, at home, are civilians; " + cb.ATTACK,
      examples=[("Gunmen shot dead an off-duty soldier at his farm near Eldama Ravine on Sunday.", "CIVILIANS")],
      priority=65)
def off_duty_victims_are_civilians(f: Facts, s: Decision):
    """A policeman or soldier attacked off duty — at his home, on leave, in plain clothes — is attacked
    as a civilian: the event is violence against civilians, not a battle."""
    if s.sub != "Armed clash" or not is_type(s.a2, T.STATE_FORCES) or not _unnamed_armed(s.a1) \
            or s.mutual_clash or not f.has(OFF_DUTY):
        return None
    return s.but(sub="Attack", a2=f.actors.civilian(f.iso3))


# two crowds fighting each other: "supporters of two factions brawled", "members of A and B parties clashed"
CROWDS_FIGHT = re.compile(r"\b(?:(?:members|supporters|youths|followers|activists|students|fans) of (?:the )?"
                          r"(?:\w+ ){1,3}and (?:of )?(?:the )?(?:\w+ ){1,3}"
                          r"(?:\w+ )?(?:clash\w*|fought|fight\w*|brawl\w*|scuffl\w*)|(?:supporters|members|activists|"
                          r"students|pupils|youths|fans) (?:of|from) (?:different|rival|opposing|two) |broke into (?:fist ?)?fights?|fought each other|"
                          r"clashed with each other|fought among themselves)", re.IGNORECASE)


@rule(id="actors.types.crowds_fight_crowds", stage=ACTOR_TYPES, decides="actor2", value="RIOTERS",
      codebook=cb.MOB_VIOLENCE + ": rioters may fight other rioters; " + cb.RIOTERS,
      examples=[("A mob of traders and a mob of hawkers fought each other with clubs at a market in Bungoma on "
                 "Sunday, injuring four.", "RIOTERS")],
      priority=5)
def crowds_fight_crowds(f: Facts, s: Decision):
    """Mob violence between two crowds — rival supporters, factions or groups of youths fighting each
    other — has rioters on both sides, not rioters and civilians (police who break it up do not
    replace the second crowd)."""
    if s.sub != "Mob violence" or not is_type(s.a1, T.RIOTERS) or is_type(s.a2, T.RIOTERS) \
            or not (f.has(CROWDS_FIGHT) or f.has(cues.RIVAL_CROWDS)):
        return None
    return s.but(a2=f.actors.rioters(f.iso3))


# armed groups told as fighting each other: "two rival gangs clashed", "the factions fought one another"
RIVAL_ARMED = re.compile(r"\b(?:rival(?:ing)?\s+(?:armed\s+|cult\s+|criminal\s+|drug\s+)?(?:gangs?|groups?|factions?|militias?|"
                         r"cartels?|clans?|cults?|confraternit(?:y|ies))|"
                         r"each other|one another|between (?:two|rival) (?:armed )?(?:gangs|groups|factions|militias|"
                         r"cartels)|two (?:armed )?(?:gangs|groups|factions|militias|cartels))\b", re.IGNORECASE)


@rule(id="actors.types.rival_armed_groups_both_sides", stage=ACTOR_TYPES, decides="actor2",
      value="POLITICAL_MILITIA (Unidentified Armed Group on the second side)",
      codebook=cb.ARMED_CLASH + ": a battle has two organised armed sides; " + cb.POLITICAL_MILITIAS
               + ": an unidentified armed group when the side is not named",
      examples=[("Two rival gangs fought with rifles in Lae on Sunday, leaving four dead.", "POLITICAL_MILITIA")],
      priority=42)
def rival_armed_groups_both_sides(f: Facts, s: Decision):
    """An armed clash the words tell as rival armed groups fighting each other, with only one side
    found, has an unidentified armed group on the other side too."""
    if s.sub != "Armed clash" or s.a2 is not None or not _unnamed_armed(s.a1) or s.a1 is None \
            or not f.has(RIVAL_ARMED):
        return None
    return s.but(a2=f.actors.unidentified(f.iso3))


# (workers on strike gathered outside a mine or a factory are a demonstration's crowd: "fired on striking miners")
PROTESTERS_HIT = re.compile(r"\b(?:protesters?|demonstrators?|marchers?|strikers|(?:protesting|demonstrating|marching) \w+|"
                            r"striking (?!(?:him|her|them|the|a|an|his|their|at|out)\b)\w+)\b", re.IGNORECASE)
_PROTESTING_AFTER = r"\s+(?:who (?:were|had been) )?(?:protesting|demonstrating|marching|rallying)\b"


def protesters_hit(f: Facts) -> bool:
    """Whether the words naming whom the event hit name protesters, or people the next words say
    were protesting ("fired on people protesting the result")."""
    patients = f.patient_texts or ""
    if FIRED_ON_PROTESTERS.search(f.sentences):
        return True  # "one man was killed when police opened fire on striking miners"
    return bool(patients) and (PROTESTERS_HIT.search(patients) is not None or re.search(
        re.escape(patients.strip()) + _PROTESTING_AFTER, f.sentences, re.IGNORECASE) is not None)


# the forces firing on or charging a crowd the words name as demonstrating, in the event's sentence
FIRED_ON_PROTESTERS = re.compile(r"\b(?:opened fire|fired(?: live rounds| live ammunition| rubber bullets)?|shot|"
                                 r"baton-charged|charged)\s+(?:on|at|into|upon)\s+(?:the\s+|a\s+crowd\s+of\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?" + PROTESTERS_HIT.pattern, re.IGNORECASE)


@rule(id="actors.types.state_violence_on_protesters", stage=ACTOR_TYPES, decides="actor2", value="PROTESTERS",
      codebook=cb.EXCESSIVE_FORCE + ": state forces' lethal or injuring violence on protesters; " + cb.PROTESTERS
               + ": the demonstrators, not civilians",
      examples=[("Police in Mzuzu shot a protester in the leg on Friday.", "PROTESTERS"),
                ("One man was killed in Tarkwa on Monday when police opened fire on striking gold miners.",
                 "PROTESTERS")],
      priority=70)
def state_violence_on_protesters(f: Facts, s: Decision):
    """Violence of the state's forces on people the words name as protesters or demonstrators is
    excessive force against protesters: its second actor is the protesters."""
    if s.sub != "Attack" or not is_type(s.a1, T.STATE_FORCES, T.EXTERNAL_FORCES) or not is_type(s.a2, T.CIVILIANS) \
            or not protesters_hit(f):
        return None
    return s.but(sub="Excessive force against protesters", a2=f.actors.protesters(f.iso3))


@rule(id="actors.types.clash_has_two_sides", stage=ACTOR_TYPES, decides="actor2",
      value="the other side of a battle found with one: STATE_FORCES when the words name them beside an "
            "armed group, else an IDENTITY_MILITIA in a communal dispute or a POLITICAL_MILITIA "
            "(Unidentified Armed Group)",
      codebook=cb.ARMED_CLASH + ": armed, organised groups fight each other, so a clash has two sides; "
               + cb.POLITICAL_MILITIAS + ": an unidentified armed group when a side is not named; "
               + cb.IDENTITY_MILITIAS,
      examples=[("Soldiers and police clashed with hunters near Dassa on Friday amid a grazing dispute; one "
                 "soldier died.", "IDENTITY_MILITIA")],
      priority=95)
def clash_has_two_sides(f: Facts, s: Decision):
    """An armed clash coded with one side gets the other the codebook requires: the state's forces
    when the sentences name soldiers or police beside a non-state armed side; beside the state's (or
    foreign) forces, the communal militia a dispute between communities or a people's fighters point
    to, else an unidentified armed group."""
    if s.sub != "Armed clash" or s.a1 is None or s.a2 is not None:
        return None
    if is_type(s.a1, NON_STATE_ARMED):
        if not (f.has(FORCE_WORD) or f.has(MILITARY) or f.has(cues.STATE_AGENT)):
            return None
        return s.but(a2=f.actors.state_forces(f.iso3, police=not f.has(MILITARY)))
    if not is_type(s.a1, T.STATE_FORCES, T.EXTERNAL_FORCES):
        return None
    people = next((a for m in PEOPLES_FIGHTERS.finditer(f.sentences)
                   for a in (group_actor(f.actors, m.group(1), f.iso3),) if is_type(a, T.IDENTITY_MILITIA)), None)
    if people is None and (_communal_context(f) or f.has(COMMUNAL_RAIDERS) or f.has(cues.COMMUNAL_CLASH)):
        people = f.actors.communal_militia(f.iso3)
    return s.but(a2=people or f.actors.unidentified(f.iso3))


@rule(id="actors.types.protesters_attacked_by_others", stage=ACTOR_TYPES, decides="actor2", value="PROTESTERS",
      codebook=cb.PROTESTERS + ": demonstrators stay protesters when others attack them; " + cb.ATTACK + "; "
               + cb.MOB_VIOLENCE,
      examples=[("Al-Shabaab gunmen opened fire on people protesting against the militants in Beledweyne on "
                 "Monday, killing two.", "PROTESTERS")],
      priority=72)
def protesters_attacked_by_others(f: Facts, s: Decision):
    """Violence of an armed group or a mob on people the words name as protesters or demonstrators
    (or as people protesting, marching) keeps them protesters as the second actor, not civilians."""
    if s.sub not in ("Attack", "Mob violence") or not is_type(s.a2, T.CIVILIANS) \
            or not is_type(s.a1, NON_STATE_ARMED, T.RIOTERS) or not protesters_hit(f):
        return None
    return s.but(a2=f.actors.protesters(f.iso3))


# ---- the second side of a disrupted weapon: whose device it was ---------------------------------
# an explosive device, found or made safe before it went off
_DEVICE = re.compile(r"\b(?:IEDs?|(?:roadside |car |parcel )?bombs?|(?:land ?)?mines?|explosives?|(?:explosive )?"
                     r"devices?|grenades?|mortar (?:rounds?|shells?)|unexploded (?:ordnance|shells?))\b", re.IGNORECASE)


_FIGHTING = re.compile(r"\b(?:clash\w*|gun ?battles?|gunfights?|fighting|fought|exchanges? of fire|exchanged fire|"
                       r"shoot-?outs?|ambush\w*|firefights?)\b", re.IGNORECASE)


def _fight_told(text: str) -> bool:
    """Whether the words tell of a fight (not "no clash was reported")."""
    return any(not re.search(r"\b(?:no|not|without|never)\b", text[max(0, m.start() - 20):m.start()], re.IGNORECASE)
               for m in _FIGHTING.finditer(text))


def _device_owner(f: Facts, s: Decision) -> Actor | None:
    """The named armed group the event's words tie to the device: a side already found, one the report
    blames, or one named in its sentences."""
    named = next((a for a in (s.a1, s.a2) if is_type(a, NON_STATE_ARMED) and not unidentified(a)), None)
    blamed = blamed_group(f.actors, f.sentences, f.iso3)
    scanned = next((a for _, _, a in f.actors.scan(f.sentences, f.iso3)
                    if is_type(a, NON_STATE_ARMED) and not unidentified(a)), None)
    return named or (blamed[0] if blamed else None) or scanned


@rule(id="actors.types.disrupted_device_owner", stage=ACTOR_TYPES, decides="actor2",
      value="the named armed group whose device was made safe",
      codebook=cb.DISRUPTED + ": the side that finds or defuses a device is the first actor, the side whose "
               "weapon use it disrupts the second",
      examples=[("Defusal: Nigerien soldiers discovered and defused three IEDs probably laid by IS Sahel near "
                 "Tillaberi on Sunday.", "REBEL_GROUP")],
      priority=74)
def disrupted_device_owner(f: Facts, s: Decision):
    """An explosive device found, defused or dismantled before it went off, which the words tie to a
    named armed group: the forces that made it safe (the state's, when the words name no one else) are
    the first side, that group the second — not the group alone as if it had struck. A device nobody is
    named for keeps the sides found; arms seized in a fight the same words tell stay that fight's
    business."""
    if s.sub != "Disrupted weapons use" or not f.has(_DEVICE) or not f.has(cues.DEVICE_FOUND) \
            or _fight_told(f.context) or cues.DEVICE_WENT_OFF.search(cues.DISPOSAL.sub(" ", f.sentences)):
        return None  # (arms taken in a fight belong to the fight, which has its own sides)
    state = next((a for a in (s.a1, s.a2) if is_type(a, T.STATE_FORCES, T.EXTERNAL_FORCES)), None)
    if state is not None and is_type(s.a2, NON_STATE_ARMED) and not unidentified(s.a2):
        return None
    owner = _device_owner(f, s)
    if owner is None:
        return None
    state = state or f.actors.state_forces(f.iso3, police=f.has(re.compile(r"\bpolice", re.IGNORECASE)))
    return s.but(a1=state, a2=owner)

"""The actor-name rules: how a phrase of the article becomes an ACLED-style actor name.

The decisions are taken in :mod:`eventwire.resolve.actors` (the dictionary and the head-noun
fallbacks) and :mod:`eventwire.extract.build` (speakers, descriptions, the event's period); each
resolved :class:`~eventwire.records.Actor` carries the id of the rule that named it, and the event's
``decided_by`` maps ``actor1_name`` / ``actor2_name`` to it. Here each rule is declared with the
definition it implements and examples of our own (checked by ``tests/rules``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...records import ActorType as T
from ...resolve import actors as r
from . import actor_type_rules  # noqa: F401  (registers the actors.types stage)
from . import codebook as cb
from . import cues
from .actors import blamed_group
from .engine import fact_rule, rule
from .facts import NON_STATE_ARMED, STATE, Decision, Facts, is_type
from .strategic import STRATEGIC
from .violence import PERPETRATOR, TYPE, VSIDES, by_means_and_target

NAMES = cb.ACTOR_TYPES + ": actors are named consistently, a named group by its own name"
PERIOD = (cb.STATE_FORCES + ": state forces are named by country and the period of the government in power, "
          "'Military Forces of Kenya (2013-2022)'")
GENERIC = cb.ACTOR_TYPES + ": an actor not identified by name is coded by its kind and country"
NEWS_ATTRIBUTION = ("news-writing convention (AP Stylebook, 'said'; Reuters Handbook, sourcing): the subject of "
                    "an attribution verb is the source of the report, not a party to the event")

fact_rule(id=r.R_NAMED, decides="actor1_name", value="the dictionary's canonical name of the alias",
          codebook=NAMES,
          examples=[("Al-Shabaab fighters raided a police camp near Lamu on Wednesday, killing two officers.",
                     "Al Shabaab")])
fact_rule(id=r.R_STORY_COUNTRY, decides="actor1_name",
          value="the actor of the story's country when an alias or a template names several",
          codebook=NAMES + "; the actor's country is the event's country unless the text says otherwise",
          examples=[("Islamic State fighters attacked a village near Kirkuk on Monday, killing three civilians.",
                     "Islamic State (Iraq)")])
fact_rule(id=r.R_FOREIGN_ACRONYM, decides="actor1_name",
          value="the forces named by the head noun, not by an acronym of another country's forces",
          codebook=cb.STATE_FORCES + "; an actor's home country agrees with the event's unless the text says "
                                     "otherwise",
          examples=[("SAF troops clashed with gunmen near Maiduguri on Monday.", "Military Forces of Nigeria (2023-)")])
fact_rule(id=r.R_ERA, decides="actor1_name", value="state forces with the period of the event's date",
          codebook=PERIOD,
          examples=[("US drones struck a militant camp near Jilib in Somalia on Monday, killing four fighters.",
                     "Military Forces of the United States (2021-2025)")])
fact_rule(id=r.R_STATE_NOUN, decides="actor1_name",
          value="Military Forces / Police Forces of the demonym's country, else of the event's country",
          codebook=cb.STATE_FORCES,
          examples=[("Soldiers shot dead two smugglers near Garissa on Monday.", "Military Forces of Kenya (2022-)"),
                    ("Tunisian counter-terrorism units killed two militants in a raid near Kasserine on Monday.",
                     "Military Forces of Tunisia")])
fact_rule(id=r.R_STATE_MEANS, decides="actor1_name",
          value="Military Forces of the country whose shelling, fire or aviation the text names",
          codebook=cb.STATE_FORCES + "; " + cb.SHELLING,
          examples=[("Ugandan shelling hit a camp near Bunia on Monday, killing two fighters.",
                     "Military Forces of Uganda (1986-)")])
fact_rule(id=r.R_OWN_NAME, decides="actor1_name",
          value="the organisation's own name: a rebel group when it says liberation, revolution, resistance, "
                "army, front or movement, else a political militia",
          codebook=cb.ACTOR_TYPES + ": a group is recorded by the name it goes by; " + cb.REBELS + "; "
          + cb.POLITICAL_MILITIAS,
          examples=[("Fighters of the Silver Ridge Liberation Army ambushed a police patrol near Kumba on Monday.",
                     "Silver Ridge Liberation Army"),
                    ("Members of the Falcon Brigade abducted two traders near Sabha on Sunday.", "Falcon Brigade")])
fact_rule(id=r.R_ROW_PERIOD, decides="actor1_name",
          value="the dictionary row of the same aliases valid at the event's date",
          codebook=PERIOD + "; " + cb.ACTOR_TYPES + ": an actor's name and type are those of the event's period",
          examples=[("RSF fighters raided a village near Nyala on Monday, killing four farmers.",
                     "RSF: Rapid Support Forces")])
fact_rule(id=r.R_GOVERNMENT, decides="actor1_name", value="Government of the country",
          codebook=cb.STATE_FORCES,
          examples=[("Uganda will give Kenya a grant of two million dollars for new schools, the ministry said.",
                     "Government of Uganda (1986-)")])
fact_rule(id=r.R_COMMUNITY, decides="actor1_name", value="<Name> Ethnic Militia / <Name> Communal Militia (Country)",
          codebook=cb.IDENTITY_MILITIAS,
          examples=[("Zangoro youths attacked a neighbouring village in Plateau State on Monday, killing four "
                     "people.", "Zangoro Ethnic Militia (Nigeria)")])
fact_rule(id=r.R_PRIVATE, decides="actor1_name", value="Private Security Forces (Country)",
          codebook=cb.EXTERNAL,
          examples=[("A politician's bodyguards shot dead a trader in Kisumu on Monday.",
                     "Private Security Forces (Kenya)")])
fact_rule(id=r.R_FORMER, decides="actor2_name", value="Civilians (Country)",
          codebook=cb.CIVILIANS + ": former members of the forces are civilians",
          examples=[("Gunmen shot dead a former police officer in Mombasa on Monday.", "Civilians (Kenya)")])
fact_rule(id=r.R_FOLLOWERS, decides="actor1_name", value="Rioters (Country) or Protesters (Country)",
          codebook=cb.RIOTERS + "; " + cb.PROTESTERS + ": a crowd of a party's or leader's supporters is coded "
          "as rioters or protesters, the party as an associated actor",
          examples=[("Supporters of the military junta marched through Niamey on Sunday to back the new rulers.",
                     "Protesters (Niger)")])
fact_rule(id=r.R_GANG, decides="actor1_name",
          value="<Name> Gang / <Name> Cartel (political militia); <Name> (rebel group)",
          codebook=cb.POLITICAL_MILITIAS + ": organised criminal groups such as gangs and cartels that engage in "
          "political violence are political militias, recorded by the name they go by; " + cb.REBELS,
          examples=[("Members of the Redwater gang shot dead two bus drivers in Spanish Town on Monday.",
                     "Redwater Gang"),
                    ("MPLK rebels ambushed an army patrol near Tadjourah on Monday, killing two soldiers.",
                     "MPLK")])
fact_rule(id=r.R_AUXILIARIES, decides="actor1_name", value="the state's forces named with their auxiliaries",
          codebook=cb.ACTOR_TYPES + ": when actors act jointly, the primary actor is coded as the actor and the "
          "other as its associated actor; " + cb.STATE_FORCES,
          examples=[("Soldiers and VDP repelled an attack on their outpost near Titao on Monday, killing six "
                     "assailants.", "Military Forces of Burkina Faso (2022-)"),
                    ("Troops and local hunters repelled an attack by gunmen on a village near Konduga on Monday, killing "
                     "two of the attackers.",
                     "Military Forces of Nigeria (2023-)")])
fact_rule(id=r.R_UNIFORM, decides="actor1_name", value="Unidentified Armed Group (Country)",
          codebook=cb.ACTOR_TYPES + ": an actor is coded as the sources identify it, an unidentified one as "
          "such; " + cb.POLITICAL_MILITIAS,
          examples=[("Armed men in military uniform abducted a lawyer from his office in Sabha on Monday.",
                     "Unidentified Armed Group (Libya)"),
                    ("Gunmen in army fatigues shot dead a village chief near Kidal on Monday.",
                     "Unidentified Armed Group (Mali)")])
fact_rule(id=r.R_PRO_GOVERNMENT, decides="actor1_name", value="Militia (Pro-Government)",
          codebook=cb.POLITICAL_MILITIAS + ": pro-government militias are political militias, not the state's "
          "forces",
          examples=[("Paramilitaries loyal to the government beat a student leader in Leon on Monday.",
                     "Militia (Pro-Government)"),
                    ("Government-backed gunmen shot dead two farmers near Geneina on Monday.",
                     "Militia (Pro-Government)")])
fact_rule(id=r.R_SEPARATISTS, decides="actor1_name",
          value="the one separatist movement the dictionary knows in the event's country",
          codebook=cb.REBELS + ": rebel groups seek to replace the national regime or to secede; "
          + cb.ACTOR_TYPES + ": an actor is named consistently",
          examples=[("Separatist fighters ambushed a gendarmerie patrol near Kumbo on Monday, killing two "
                     "gendarmes.", "Ambazonian Separatists"),
                    ("Separatists killed two soldiers in an ambush near Turbat in Balochistan on Monday.",
                     "BLA: Balochistan Liberation Army")])
fact_rule(id=r.R_SUSPECT, decides="actor2_name", value="Civilians (Country)",
          codebook=cb.CIVILIANS + ": people suspected of a crime, when attacked, are civilians",
          examples=[("A mob lynched two suspected thieves in Kisii on Monday.", "Civilians (Kenya)")])
fact_rule(id=r.R_COMMUNAL, decides="actor1_name", value="Unidentified Communal Militia (Country)",
          codebook=GENERIC + "; " + cb.IDENTITY_MILITIAS,
          examples=[("Herders attacked farmers in Benue State on Monday, killing five.",
                     "Unidentified Communal Militia (Nigeria)")])
fact_rule(id=r.R_UNIDENTIFIED, decides="actor1_name", value="Unidentified Armed Group (Country)",
          codebook=GENERIC + "; " + cb.POLITICAL_MILITIAS,
          examples=[("Gunmen shot dead three villagers in Zamfara State on Monday.",
                     "Unidentified Armed Group (Nigeria)")])
fact_rule(id=r.R_RIOTERS, decides="actor1_name", value="Rioters (Country)", codebook=cb.RIOTERS,
          examples=[("Rioters torched a police station in Kisumu on Monday.", "Rioters (Kenya)")])
fact_rule(id=r.R_PROTESTERS, decides="actor1_name", value="Protesters (Country)", codebook=cb.PROTESTERS,
          examples=[("Hundreds of teachers marched in Nairobi on Tuesday to demand higher pay.", "Protesters (Kenya)")])
fact_rule(id=r.R_CIVILIANS, decides="actor2_name", value="Civilians (Country)", codebook=cb.CIVILIANS,
          examples=[("Gunmen shot dead three villagers in Zamfara State on Monday.", "Civilians (Nigeria)")])
fact_rule(id=r.R_STATE_NAMED, decides="actor1_name", value="Military Forces of the state named as the doer",
          codebook=cb.STATE_FORCES + "; " + cb.EXTERNAL,
          examples=[("Eritrea shelled the border town of Zalambessa in Ethiopia on Monday, killing two civilians.",
                     "Military Forces of Eritrea")])
fact_rule(id=r.R_ATTRIBUTED, decides="actor1_name",
          value="the named armed group the report holds responsible when the doer is otherwise unnamed",
          codebook=cb.ACTOR_TYPES + ": the actor is the group the sources attribute the event to",
          examples=[("Gunmen killed nine people in Gwoza on Tuesday in an attack blamed on Boko Haram.",
                     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")])
fact_rule(id=r.R_SPEAKER, decides="actor1_name", value="the doer, not the subject of 'said', 'told', 'according to'",
          codebook=NEWS_ATTRIBUTION + "; " + cb.ACTOR_TYPES,
          examples=[("Police say suspected insurgents have killed four people in Yala province.",
                     "Unidentified Armed Group (Thailand)"),
                    ("The body of a village headman was found with gunshot wounds near Butembo on Tuesday, "
                     "police said.", "Unidentified Armed Group (Democratic Republic of Congo)")])
fact_rule(id=r.R_DESCRIPTION, decides="actor1_description",
          value="the article's own words for the side, kept beside the ACLED-style name",
          codebook=GENERIC + " (the ACLED notes describe the actor in the source's words)",
          examples=[("Suspected Islamist gunmen shot dead five people in Kano on Tuesday.",
                     "Suspected Islamist gunmen"),
                    ("Eleven herders were killed by elements from the Chadian army near Bol on Monday.",
                     "Chadian army")])
fact_rule(id=r.R_PEOPLE, decides="actor1_name", value="<People> Ethnic Militia (Country)",
          codebook=cb.IDENTITY_MILITIAS + ": a people's armed men are coded as its ethnic militia",
          examples=[("Suspected Fulanis killed two farmers near Kalale in Borgou on Monday.",
                     "Fulani Ethnic Militia (Benin)")])

fact_rule(id=r.R_FIGHT_PARTIES, decides="actor1_description",
          value="the fight's parties as the article names them, on sides only a generic name codes",
          codebook=cb.ACTOR_TYPES + ": actors are those who take part in the event; " + cb.IDENTITY_MILITIAS
          + " (communal violence is coded between the communities named)",
          examples=[("Nine people died in fighting between Christians and Muslims in Jos on Friday.", "Christians"),
                    ("The Otuo and Igbira clans clashed near Okene on Tuesday over farmland, leaving eight dead.",
                     "Otuo")])
fact_rule(id=r.R_SOURCE_WORDS, decides="actor1_description",
          value="the doers' own noun phrase, without the words of a source or another clause before it",
          codebook=NEWS_ATTRIBUTION + "; " + cb.ACTOR_TYPES + ": actors are those who carry out the event",
          examples=[("A nurse at the clinic in Mongo says rebel raids on farms have left at least 14 villagers "
                     "dead.", "rebel"),
                    ("Aid workers in Birao say militia raids on three hamlets have left nine herders dead.", "militia")])

fact_rule(id=r.R_SIDE_WORDS, decides="actor1_description",
          value="the words of the event's sentences that name a side a rule coded without them",
          codebook=GENERIC + " (the ACLED notes describe the actor in the source's words)",
          examples=[("A strike on a wedding tent by the Nigerian air force killed nine guests in Jilli on Monday.",
                     "Nigerian air force")])


# ---- staged rules: the sides of a violent or strategic event -------------------------------------
# the context of a dispute between communities: over land, a boundary or grazing, a feud or rivalry
# between communities, or attackers from a neighbouring village
COMMUNAL_DISPUTE = re.compile(
    r"\b(?:(?:land|boundary|border|grazing|pasture|farm ?land|water|chieftaincy|succession)\s+"
    r"(?:dispute|disagreement|conflict|tussle|row|feud|rivalry|wrangle|control|clash|war)s?|"
    r"(?:disputes?|conflicts?|rows?|tussles?|disagreements?|rivalry|tensions?|feuds?|fight|quarrels?)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:over|about)\s+(?:the\s+|a\s+)?(?:land|farm\w*|grazing|pasture|boundar\w*|border|"
    r"water|cattle|livestock)|"
    r"(?:community|communal|inter-?communal|clan|inter-?clan|ethnic|inter-?ethnic|tribal|inter-?tribal)\s+"
    r"(?:rivalry|rivalries|conflicts?|disputes?|tensions?|feuds?|violence|clashes|hostility)|"
    r"(?:rivalry|conflict|dispute|tensions?|truce|feud|hostilit\w+|peace deal)\s+(?:[\w'-]+\s+){0,4}?between\s+"
    r"(?:the\s+)?(?:two\s+)?"
    r"(?:communities|clans|tribes|villages|ethnic groups|(?P<x>[A-Z][\w'-]+)\s+and\s+(?:the\s+)?(?P<y>[A-Z][\w'-]+))|"
    r"(?:from|of)\s+(?:a\s+|the\s+)?(?:neighbou?ring|nearby|rival|adjacent)\s+(?:\([\w ]+\)\s+)?"
    r"(?:village|community|clan|tribe)s?|"
    r"[A-Z][a-z]+-[A-Z][a-z]+\s+(?:border\s+)?(?:conflict|dispute|feud|rivalry))\b")


@rule(id="actors.resolve.communal_dispute_attackers", stage=PERPETRATOR, decides="actor1",
      value="IDENTITY_MILITIA (Unidentified Communal Militia)",
      codebook=cb.IDENTITY_MILITIAS + ": communal militias act for a community, e.g. in disputes over land",
      examples=[("Unknown attackers killed two men in Kuria on Monday amid a land dispute between two "
                 "families.", "IDENTITY_MILITIA"),
                ("Armed men from a neighbouring village shot dead a farmer in Kerio Valley on Monday.",
                 "IDENTITY_MILITIA")],
      priority=35)
def communal_dispute_attackers(f: Facts, s: Decision):
    """Unidentified attackers in a dispute between communities (over land, a boundary, grazing, a
    rivalry between two communities, men from a neighbouring village) act as a communal militia,
    unless the words name an organised armed group's fighters."""
    if s.a1 is None or not s.a1.name.startswith("Unidentified Armed Group") or s.fam == "air" \
            or cues.ORGANISED_ARMED.search(f.doer_text):
        return None
    if any(_between_communities(f, m) for m in COMMUNAL_DISPUTE.finditer(f.context)):
        return s.but(a1=f.actors.communal_militia(f.iso3))
    community = _community_doers(f)
    return s.but(a1=community) if community is not None else None


# the doers named as herders, farmers or members of a community ("a group of pastoralist men", "members of
# the Fulani community"), where the parse tied no phrase to the verb
COMMUNITY_DOERS = re.compile(r"\b(?:herders?|herdsm[ae]n|pastoralists?|nomads?|farmers?|cattle breeders?|"
                             r"members of (?:the |a )?[\w'-]+ (?:community|clan|tribe|ethnic group))\b", re.IGNORECASE)


_DEED = re.compile(r"\b(?:burn\w*|burnt|destroy\w*|loot\w*|stole|steal\w*|seiz\w*|raid\w*|vandali[sz]\w*|torch\w*|"
                   r"set (?:fire|ablaze)|tore|pillag\w*|ransack\w*|grabbed|took|demolish\w*|attack\w*|killed|"
                   r"shot|occupied|invaded)\b", re.IGNORECASE)


def _community_doers(f: Facts):
    """A communal or ethnic militia for doers the words before the verb name as herders, farmers or a
    community's members (the people's own militia when the dictionary knows the people)."""
    if f.a1_text:
        return None
    doer = f.doer_text
    if not doer.strip():
        # a coder's tag opens the note ("Looting: ..."): the doers are the words before its first deed
        deed = _DEED.search(f.sentences)
        doer = f.sentences[:deed.start()] if deed else ""
    found = COMMUNITY_DOERS.search(doer)
    if found is None:
        return None
    named = re.search(r"([A-Z][\w'-]+) (?:community|clan|tribe|ethnic group|herders|herdsmen|pastoralists)\b", doer)
    known = f.actors.resolve(named.group(1), f.iso3) if named else None
    return known if known is not None and known.type == T.IDENTITY_MILITIA else f.actors.communal_militia(f.iso3)


@rule(id="actors.resolve.community_doers_of_a_development", stage=STRATEGIC, decides="actor1",
      value="IDENTITY_MILITIA (the community's militia)",
      codebook=cb.LOOTING + "; " + cb.IDENTITY_MILITIAS,
      examples=[("Property destruction: on Friday, a band of nomads burnt a maize field near Segbana.",
                 "IDENTITY_MILITIA")],
      priority=52)
def community_doers_of_a_development(f: Facts, s: Decision):
    """Herders, farmers or a community's members who loot or destroy property act as their
    community's militia, not as an unidentified armed group."""
    if s.a1 is None or not s.a1.name.startswith("Unidentified Armed Group") or cues.ORGANISED_ARMED.search(f.doer_text):
        return None
    community = _community_doers(f)
    return s.but(a1=community) if community is not None else None


def _between_communities(f: Facts, m: re.Match) -> bool:
    """A dispute "between X and Y" is between communities only when neither is a state or an
    organised armed group ("between Israel and Hamas" is a war)."""
    if m.group("x") is None:
        return True
    for name in (m.group("x"), m.group("y")):
        if r.demonym_to_iso3(name) is not None:
            return False
        known = f.actors.resolve(name, f.iso3)
        if known is not None and known.type != T.IDENTITY_MILITIA:
            return False
    return True


@rule(id="actors.resolve.victims_are_no_perpetrator", stage=VSIDES, decides="actor1",
      value="the unnamed perpetrator; the victims are actor 2",
      codebook=cb.CIVILIANS + ": civilians are the victims of violence, never its perpetrator",
      examples=[("Eleven people were killed and about ten women raped near Kalehe on Monday.", "POLITICAL_MILITIA")],
      priority=35)
def victims_are_no_perpetrator(f: Facts, s: Decision):
    """'Ten women were raped', 'a dozen people kidnapped': the people the parse took for the doers of
    an abduction or rape are its victims; the doer is not named."""
    if s.fam in ("abduct", "sexual", "attack", "kill") and is_type(s.a1, T.CIVILIANS) \
            and (s.a2 is None or is_type(s.a2, T.CIVILIANS)):
        return s.but(a1=None, a2=s.a2 or s.a1)
    return None


@rule(id="actors.resolve.state_named_by_its_means", stage=VSIDES, decides="actor1",
      value="STATE_FORCES (EXTERNAL_FORCES abroad) of the country that named the means",
      codebook=cb.SHELLING + "; " + cb.STATE_FORCES + ": the forces that fire the shells or fly the aircraft",
      examples=[("Turkish shelling across the frontier killed three herders near Afrin on Tuesday.",
                 "EXTERNAL_FORCES")],
      priority=37)
def state_named_by_its_means(f: Facts, s: Decision):
    """'Indian shelling killed four villagers', 'killed by Ukrainian aviation': a strike named by the
    country whose forces carried it out is theirs; a non-state group the parse took for the doer of a
    shelling or an air strike ("Saudi-led air strikes against rebels") is its target."""
    if s.fam not in ("kill", "attack", "shelling", "air", "ied", "clash"):
        return None
    if s.a1 is not None and not (s.fam in ("shelling", "air") and not is_type(s.a1, STATE)
                                 and not is_type(s.a2, STATE)):
        return None  # (a state side already named, as target or doer, is kept)
    found = next((act for sent, end, act in f.sentence_actors()
                  if act.rule == r.R_STATE_MEANS or (s.fam == "air" and s.a1 is not None and is_type(act, STATE)
                                                     and _AIR_MEANS_END.search(sent, 0, end))),
                 None)
    if found is None:
        return None
    a2 = s.a2 if s.a2 is not None or s.a1 is None or not is_type(s.a1, NON_STATE_ARMED) else s.a1
    return s.but(a1=found, a2=a2)


# a state's forces named by their aircraft ("Saudi-led air strikes", "Turkish drones"), not as a speaker
# ("the Saudi-led coalition said")
_AIR_MEANS_END = re.compile(r"(?:air ?strikes?|air raids?|warplanes?|jets?|aircraft|drones?|helicopters?|gunships?|"
                            r"bombers?|aviation)$", re.IGNORECASE)


# "killed in a police raid", "died during a military operation": the forces that ran the operation did it
_STATE_OPERATION = re.compile(
    r"\b(?:in|during|amid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?P<force>police|army|military|security|"
    r"gendarmerie|counter-?terrorism|anti-?terror)\s+(?:raids?|operations?|crackdowns?|offensives?|"
    r"sweeps?|counter-?operations?)\b", re.IGNORECASE)


_SEEMING = re.compile(r"\b(?:as if|as though|posing as|disguised as|dressed as|pretend\w*|fake|staged|sham|mock)\b",
                      re.IGNORECASE)


@rule(id="actors.resolve.state_operation_named", stage=VSIDES, decides="actor1",
      value="STATE_FORCES of the event's country",
      codebook=cb.STATE_FORCES + ": the forces that carry out a raid or an operation are its actor",
      examples=[("Seven men were shot dead during a police raid on a farm near Tarauaca on Monday.",
                 "STATE_FORCES")],
      priority=38)
def state_operation_named(f: Facts, s: Decision):
    """'Nine people were killed during a police operation', 'died in an army raid': nobody else named
    as the doer, the forces of the operation are."""
    if s.a1 is not None or s.fam not in ("kill", "attack", "clash"):
        return None
    m = f.find(_STATE_OPERATION)
    if m is None or _SEEMING.search(f.sentences, max(0, m.start() - 40), m.end()):
        return None  # "men posing as officers in a staged raid": not the forces
    police = m.group("force").lower() in ("police", "gendarmerie")
    return s.but(a1=f.actors.state_forces(f.iso3, police=police))


@rule(id="actors.resolve.organised_doers_are_no_crowd", stage=TYPE, decides="actor1",
      value="the armed group the text names (its violence is a battle or an attack, not a riot)",
      codebook=cb.RIOTS + ": rioters are unorganised; " + cb.ACTOR_TYPES + ": an organised armed group "
                          "keeps its type whatever the crowd around it",
      examples=[("Boko Haram fighters riding motorcycles shot dead nine traders near Bama on Tuesday, "
                 "vigilantes told reporters.", "REBEL_GROUP"),
                ("Insurgents believed to belong to Boko Haram raided a hamlet outside Konduga on Sunday and killed "
                 "four residents and burnt down huts.", "Attack")],
      priority=106)
def organised_doers_are_no_crowd(f: Facts, s: Decision):
    """Rebels, militants or insurgents named as the doers are no mob, whatever crowd word (vigilantes,
    a rampage, burning) the sentence also has: the event is coded as the violence of an armed group."""
    if f.group != "demo" or "protest" in f.families or not is_type(s.a1, T.REBEL_GROUP, T.POLITICAL_MILITIA):
        return None
    if cues.PARTY_NAME.search(s.a1.name) and not cues.ARMED_NAME.search(s.a1.name):
        return None  # a party's supporters are a crowd
    if not is_type(s.a1, T.REBEL_GROUP) and not cues.ORGANISED_ARMED.search(f.agent_text):
        return None  # "armed youths", "a gang", "a vigilante group": as likely a mob as an armed group
    violent = replace(f, mentions=tuple(replace(m, group="violent") for m in f.mentions), _memo={})
    fam = "kill" if "kill" in f.families or f.has(cues.LETHAL) else "attack"
    return by_means_and_target(violent, s.but(fam=fam, sub="Attack"))


# what a state does to keep order (ACLED "security measures"), and people leaving their homes
SECURITY_MEASURES = re.compile(r"\b(?:curfews?|closed|closure|shut down|deploy\w*|patrol\w*|alerts?|banned|bans?|"
                               r"suspend\w*|postpone\w*|security measures?|road ?blocks?|reinforce\w*|state of "
                               r"emergency|lockdown)\b", re.IGNORECASE)
DISPLACEMENT = re.compile(r"\b(?:fled|flee\w*|left (?:their|the) (?:village|town|homes?|area)|displace\w*|"
                          r"refugees|evacuat\w*)\b", re.IGNORECASE)


@rule(id="actors.resolve.strategic_doer", stage=STRATEGIC, decides="actor1",
      value="the state forces the text names, else the government (security measures) or civilians "
            "(displacement)",
      codebook=cb.CHANGE + "; " + cb.OTHER + "; " + cb.STATE_FORCES + ": security measures are the state's",
      examples=[("Security measures: police set up roadblocks around Malindi town on Friday.", "STATE_FORCES"),
                ("Security measures: a night curfew was imposed on Garissa town on Friday.", "STATE_FORCES"),
                ("Displacement: hundreds of villagers fled their homes near Kandi on Friday.", "CIVILIANS")],
      priority=45)
def strategic_doer(f: Facts, s: Decision):
    """A change to a group's activity or another development nobody is named for: the state forces
    the sentences name first act (deployments, patrols, raids); with no actor named, security
    measures (curfews, closures, deployments) are the government's and a displacement is civilians'."""
    if s.a1 is not None or s.sub not in ("Change to group/activity", "Other"):
        return None
    named = [act for _, _, act in f.sentence_actors() if act.type != T.CIVILIANS]
    if named:
        first = named[0]
        return s.but(a1=first, a2=None if s.a2 == first else s.a2) if first.type in (T.STATE_FORCES, T.EXTERNAL_FORCES) \
            else None
    if f.has(DISPLACEMENT):
        return s.but(a1=f.actors.civilian(f.iso3))
    if f.has(SECURITY_MEASURES) and f.iso3:
        return s.but(a1=f.actors.state_forces(f.iso3, government=True))
    return None


@rule(id="actors.resolve.claimed_violence_is_no_riot", stage=TYPE, decides="actor1",
      value="the armed group that claims or is blamed for the violence",
      codebook=cb.ACTOR_TYPES + ": the actor is the group the sources attribute the event to; " + cb.RIOTS
      + ": rioters are unorganised",
      examples=[("Two teenagers with rifles shot dead six guests at a hotel in Bannu on Monday. The TTP "
                 "claimed responsibility.", "REBEL_GROUP")],
      priority=235)
def claimed_violence_is_no_riot(f: Facts, s: Decision):
    """Violence the parse gave to unorganised people ("teenagers with rifles") that a named armed group
    claims, or that the report blames on one, is that group's attack, not a riot."""
    if f.group != "violent" or s.fam not in ("kill", "attack", "clash") \
            or not is_type(s.a1, T.CIVILIANS, T.RIOTERS, T.PROTESTERS):
        return None
    blamed = blamed_group(f.actors, f.context, f.iso3)  # (a claim may follow in the paragraph's next sentence)
    if blamed is None:
        return None
    actor, words = blamed
    a2 = s.a2 if s.a2 is not None and s.a2 != s.a1 else f.actors.civilian(f.iso3)
    return by_means_and_target(f, s.but(a1=replace(actor, description=words, rule=r.R_ATTRIBUTED), a2=a2))

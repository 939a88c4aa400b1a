"""Strategic developments: the sub-event type and sides of a non-violent event."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule, run, stage
from .facts import ARMED, STATE, Decision, Facts, is_type
from .violence import TYPE

STRATEGIC = stage("strategic", "each")
GOVERNMENT_ACTS = ("plover", "agree")


@rule(id="strategic_developments.by_trigger", stage=TYPE, decides="sub_event_type",
      value="the trigger's strategic development", codebook=cb.STRATEGIC,
      examples=[("Police arrested a journalist in Nairobi on Monday.", "Arrests")], priority=900)
def by_trigger(f: Facts, s: Decision):
    """A non-violent event keeps its trigger's sub-event type, with the corrections of stage
    ``strategic``."""
    if f.group in ("demo", "violent"):
        return None
    return run(STRATEGIC, f, s)


@rule(id="strategic_developments.change_to_group_activity.withdrawal", stage=STRATEGIC,
      decides="sub_event_type", value="Change to group/activity", codebook=cb.CHANGE,
      examples=[("American forces withdrew from a base in Helmand province on Monday.",
                 "Change to group/activity")], priority=10)
def withdrawal_without_takeover(f: Facts, s: Decision):
    """A withdrawal nobody is said to take over ("US forces withdrew from a key base") is a change in
    the group's activity, not a transfer of territory."""
    if s.sub == "Non-violent transfer of territory" and not f.has(cues.ACQUIRED, "context"):
        return s.but(sub="Change to group/activity")
    return None


@rule(id="actors.arrest_by_state", stage=STRATEGIC, decides="actor1", value="STATE_FORCES",
      codebook=cb.ARRESTS,
      examples=[("A journalist was arrested in Mombasa on Monday.", "STATE_FORCES")], priority=20)
def arrest_by_state(f: Facts, s: Decision):
    """Arrests are made by state forces (the police when none is named); whoever else the text
    names is the one arrested."""
    if s.sub == "Arrests" and not is_type(s.a1, STATE) and s.setter("actor1") != "actors.arrest_by_group_in_control":
        a2 = s.a1 if s.a1 is not None and s.a2 is None else s.a2
        return s.but(a1=f.actors.state_forces(f.iso3, police=True), a2=a2)
    return None


@rule(id="actors.looted_from_civilians", stage=STRATEGIC, decides="actor2", value="CIVILIANS",
      codebook=cb.LOOTING + "; " + cb.CIVILIANS + ": the people whose goods are taken or destroyed (a "
               "telecom mast, a power line or a government installation has no civilian victims)",
      examples=[("Bandits stole 200 head of cattle in Baringo on Monday.", "CIVILIANS"),
                ("Looting: masked men took three cows from a herder outside Nikki on Sunday.", "CIVILIANS")],
      priority=55)
def looted_from_civilians(f: Facts, s: Decision):
    """Armed men seizing cattle or goods take them from civilians (also when nobody is named for
    it and an unidentified group is the one who took them) — unless what they destroyed is public
    infrastructure or a government installation and the words name no people harmed or robbed."""
    if s.sub == "Looting/property destruction" and s.a2 is None and is_type(s.a1, ARMED) \
            and not (f.has(INFRASTRUCTURE) and not f.has(PEOPLES_PROPERTY)):
        return s.but(a2=f.actors.civilian(f.iso3))
    return None


# the forces or the authorities pulling down buildings: a demolition the state carries out (bulldozers
# sent by a council or escorted by the police, "authorities razed", "police tore down")
DEMOLITION = re.compile(r"\b(?:demolish\w*|demolition|raz(?:ed|ing)|bulldoz\w*|tore down|torn down|pulled down|"
                        r"knocked down|flattened)\b", re.IGNORECASE)
STATE_DEMOLISHERS = re.compile(r"\b(?:police(?:m[ae]n)?|officers|soldiers|troops|security forces|authorities|"
                               r"officials|administration|municipal\w*|council|bulldozers|excavators|"
                               r"(?:district|state|city|local) government)\b", re.IGNORECASE)
# doers of their own: a crowd, an armed group or settlers pulling down homes is no state demolition
OTHER_DEMOLISHERS = re.compile(r"\b(?:mobs?|rioters|crowds?|youths|militants|gunmen|attackers|rebels|militias?|"
                               r"fighters|insurgents|settlers|bandits|herders|protesters|demonstrators)\b",
                               re.IGNORECASE)


@rule(id="actors.demolition_by_the_state", stage=STRATEGIC, decides="actor1", value="STATE_FORCES",
      codebook=cb.LOOTING + ": the destruction of property by state forces, such as the demolition of "
               "homes, is coded with the forces as the first side; " + cb.CIVILIANS + ": the people whose "
               "homes are pulled down",
      examples=[("Bulldozers guarded by police demolished the homes of two men accused of arson in Kanpur on "
                 "Monday.", "STATE_FORCES"),
                ("District authorities and police tore down the shops of three traders in Multan on Friday.",
                 "STATE_FORCES")],
      priority=54)
def demolition_by_the_state(f: Facts, s: Decision):
    """Property the forces or the authorities demolish ("bulldozers escorted by police flattened the
    houses") is destroyed by the state: its forces are the first side and the owners, civilians, the
    second, whatever the owners are accused of ("the homes of men accused of rioting")."""
    if s.sub != "Looting/property destruction" or is_type(s.a1, ARMED) and not is_type(s.a1, STATE) \
            and not STATE_DEMOLISHERS.search(f.doer_text):
        return None
    words = f.top.sentence_span.text
    demolished = DEMOLITION.search(words)
    if demolished is None or OTHER_DEMOLISHERS.search(words[:demolished.start()]):
        return None
    if not STATE_DEMOLISHERS.search(words):
        return None
    a1 = s.a1 if is_type(s.a1, STATE) else f.actors.state_forces(f.iso3, police=True)
    return s.but(a1=a1, a2=f.actors.civilian(f.iso3) if f.has(PEOPLES_PROPERTY) else s.a2)


# property nobody in particular owns: masts and towers, power and water works, government installations
INFRASTRUCTURE = re.compile(r"\b(?:(?:communications?|telecom\w*|mobile|phone|cell(?:ular)?|network|radio|"
                            r"transmission) (?:masts?|towers?|antennas?|installations?)|masts?|pylons?|"
                            r"power (?:stations?|plants?|lines?|grid|installations?)|(?:electricity|electric) "
                            r"(?:stations?|poles?|pylons?|lines?)|substations?|transformers?|pipelines?|"
                            r"government (?:installations?|buildings?|offices?|facilities)|"
                            r"(?:water|pumping) (?:stations?|works|plants?))\b", re.IGNORECASE)
# the people or their homes, shops and herds among what was hit
PEOPLES_PROPERTY = re.compile(r"\b(?:homes?|houses?|huts?|shops?|stalls?|kiosks?|farms?|crops?|granar\w+|livestock|"
                              r"cattle|cows?|goats?|sheep|camels?|villagers?|residents?|civilians?|people|"
                              r"famil(?:y|ies)|traders?|herders?|passengers?|motorists?)\b", re.IGNORECASE)


@rule(id="actors.state_acts_through_government", stage=STRATEGIC, decides="actor1", value="STATE_FORCES",
      codebook=cb.AGREEMENT,
      examples=[("The two governments signed a ceasefire agreement in Doha on Monday.", "Agreement")],
      priority=40)
def government_acts(f: Facts, s: Decision):
    """An agreement, aid or a threat nobody is named for is the government's of the country."""
    if s.a1 is None and s.fam in GOVERNMENT_ACTS and f.iso3:
        return s.but(a1=f.actors.state_forces(f.iso3, government=True))
    return None


@rule(id="actors.default_actor1", stage=STRATEGIC, decides="actor1", value="the other side or a default",
      codebook=cb.STRATEGIC,
      examples=[("A camp was looted in Baringo on Monday.", "Looting/property destruction")], priority=50)
def default_actor1(f: Facts, s: Decision):
    """With no actor 1, the other side named acts, else an unidentified group (looting, changes,
    other) or the state's forces."""
    if s.a1 is not None:
        return None
    if s.sub in ("Looting/property destruction", "Change to group/activity", "Other"):
        a1 = s.a2 or f.actors.unidentified(f.iso3)
    else:
        a1 = s.a2 or f.actors.state_forces(f.iso3)
    return s.but(a1=a1, a2=None if a1 is s.a2 else s.a2)


@rule(id="actors.government_not_military", stage=STRATEGIC, decides="actor1", value="STATE_FORCES",
      codebook=cb.STATE_FORCES,
      examples=[("The Turkish army agreed to a truce with the PKK on Monday.", "STATE_FORCES")], priority=60)
def government_not_military(f: Facts, s: Decision):
    """A state that agrees, aids, threatens or protests acts through its government, not its army."""
    if s.fam not in GOVERNMENT_ACTS:
        return None
    a1, a2 = (f.actors.state_forces(a.country, government=True, event_iso3=f.iso3)
              if is_type(a, STATE) and a.name.startswith("Military Forces") and a.country else a
              for a in (s.a1, s.a2))
    if (a1, a2) == (s.a1, s.a2):
        return None
    return s.but(a1=a1, a2=a2)

"""Sub-event types decided by the codebook's definitions where the wording of a note does not follow
the lexicon's default: a weapon intercepted before it struck, a mass grave found, a riot that reacts
to a political event, live fire on demonstrators (see ``eventwire rules``)."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule
from .facts import STATE, Decision, Facts, is_type
from .violence import TYPE

# a drone, missile or rocket stopped in flight: "air defence shot down 12 drones", "missiles were
# intercepted", "destroyed two UAVs over the region"
_PROJECTILE = r"(?:drones?|uavs?|unmanned aerial vehicles?|missiles?|rockets?|projectiles?|shaheds?|gerans?|" \
              r"loitering munitions?|cruise missiles?|ballistic missiles?)"
_STOPPED = r"(?:intercept(?:ed|ing|s)?|shot down|shoots? down|shooting down|downed|destroyed|neutrali[sz]ed|" \
           r"jammed|suppressed)"
INTERCEPTED = re.compile(
    rf"\b{_STOPPED}\s+(?:[\w'-]+\s+){{0,5}}?{_PROJECTILE}\b|"
    rf"\b{_PROJECTILE}\s+(?:[\w'-]+\s+){{0,4}}?(?:were|was|have been|has been|had been|being)\s+(?:\w+\s+)?{_STOPPED}|"
    rf"\bair[- ]defen[cs]es?\b[^.;]{{0,60}}?\b{_STOPPED}", re.IGNORECASE)
# the weapon got through: something was hit, someone hurt ("no damage" and "nobody hurt" are removed first)
_LANDED = re.compile(r"\b(?:hit|hits|struck|strikes? (?:on|at)|slammed|exploded|impact\w*|killed|killing|"
                     r"wounded|wounding|injured|injuring|damag\w+|destroying|set (?:\w+ )?(?:on fire|ablaze))\b",
                     re.IGNORECASE)
_NONE_LANDED = re.compile(r"\b(?:no|without|nobody|no one|none)\b[^.;]{0,30}?\b(?:damage\w*|casualt\w+|injur\w+|"
                          r"hurt|killed|victims?)\b|\b(?:damage|casualties|injuries) (?:was |were )?not reported\b",
                          re.IGNORECASE)


@rule(id="strategic_developments.disrupted_weapons_use.intercepted", stage=TYPE, decides="sub_event_type",
      value="Disrupted weapons use", codebook=cb.DISRUPTED + ": remote violence prevented, e.g. missiles or "
      "drones intercepted by air defence before they strike",
      examples=[("Air defence units shot down nine attack drones over Poltava region on Monday; no damage was "
                 "reported.", "Disrupted weapons use"),
                ("Fourteen Shahed drones launched at Odesa were downed by air defence on Tuesday, the air force "
                 "said.", "Disrupted weapons use")],
      priority=262)
def intercepted(f: Facts, s: Decision):
    """Drones, missiles or rockets shot down or intercepted before they struck: the weapon's use was
    disrupted, so the event is a strategic development by the side that stopped it, not the strike.
    An interception beside a strike that landed (something hit, someone hurt) leaves the strike."""
    if f.group != "violent" or s.fam not in ("air", "shelling") or not f.has(INTERCEPTED):
        return None
    if _LANDED.search(_NONE_LANDED.sub(" ", INTERCEPTED.sub(" ", f.sentences))):
        return None
    state = next((a for a in (s.a1, s.a2) if is_type(a, STATE)), None)
    return s.but(sub="Disrupted weapons use", a1=state or f.actors.state_forces(f.iso3), a2=None)


# what the rioters react to: a political decision, a leader's arrest, a policy they oppose
POLITICAL_REACTION = re.compile(
    r"\b(?:opposed to|in opposition to|"
    r"in protest (?:at|against|over)|"
    r"(?:after|following|over) the (?:arrest|detention|jailing|conviction|sentencing|assassination|"
    r"disqualification|ouster|removal|killing|death) of (?:their |the |an? )?(?:[\w'-]+ ){0,3}?"
    r"(?:leaders?|president|(?:prime )?minister|governor|senator|legislator|lawmaker|candidate|politician|"
    r"opposition|chairman|party|activists?|[A-Z][\w'-]+ [A-Z][\w'-]+)|"
    r"(?:after|following|over) (?:his|her|their|(?:(?-i:[A-Z])[\w'-]+ ){0,2}(?-i:[A-Z])[\w-]+'s) (?:arrest|detention|"
    r"jailing|conviction|sentencing|disqualification|ouster|removal)|"
    # the followers of a leader the state jailed or removed react to that act
    r"(?:supporters|followers|partisans|loyalists) of (?:the |a |an )?(?:jailed|detained|arrested|imprisoned|ousted|"
    r"deposed|convicted|disqualified|impeached|sacked|dismissed|exiled) |"
    r"(?:storm(?:ed|ing|s)?|invad(?:ed|ing|es)|broke into|forced (?:their|its) way into|vandali[sz](?:ed|ing)|"
    r"ransack(?:ed|ing)) (?:and \w+ )?(?:the )?(?:[\w'-]+ ){0,2}?(?:parliament|capitol|congress|legislature|national assembly|"
    r"senate|presidential palace|state house|government (?:building|offices|headquarters)|city hall|town hall|"
    r"governor's office|ministry))", re.IGNORECASE)


@rule(id="riots.violent_demonstration.political_reaction", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration", codebook=cb.VIOLENT_DEMONSTRATION + "; " + cb.MOB_VIOLENCE,
      examples=[("Party supporters set fire to a police post in Sialkot on Monday after the arrest of their "
                 "leader.", "Violent demonstration"),
                ("Students opposed to the new exam rules torched two buses in Patna on Tuesday.",
                 "Violent demonstration"),
                ("Supporters of the detained mayor smashed windows of the courthouse in Cochabamba on Friday.",
                 "Violent demonstration"),
                ("Enraged supporters set fire to a bank in Quetta on Tuesday after Akhtar Mengal's arrest.",
                 "Violent demonstration"),
                ("Hundreds of residents invaded and vandalised the town hall in Arequipa on Monday.",
                 "Violent demonstration")],
      priority=139)
def political_reaction(f: Facts, s: Decision):
    """Rioters who act against a policy or a political event (a leader's arrest, a law they oppose),
    or who force their way into a seat of government, are demonstrators turned violent: a violent demonstration, not mob violence, which the codebook
    keeps for crowds acting without such a purpose."""
    if f.group == "demo" and "riot" in f.families and "protest" not in f.families \
            and "mob" not in f.families and f.has(POLITICAL_REACTION):
        a2 = s.a2 if is_type(s.a2, STATE) else None
        if a2 is None and f.has(cues.POLICE_PRESENT, "context"):
            a2 = f.actors.state_forces(f.iso3, police=True)
        return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)
    return None



# bodies found in a grave: what the story tells is the finding, not the killing
MASS_GRAVE = re.compile(r"\bmass (?:graves?|burial sites?)\b|\bexhum(?:ed|ation|ations)\b", re.IGNORECASE)
_BODIES_FOUND = re.compile(r"(?:dead )?bodies(?: (?:were |was )?(?:found|discovered|recovered))?|found dead",
                           re.IGNORECASE)


@rule(id="strategic_developments.other.mass_grave", stage=TYPE, decides="sub_event_type", value="Other",
      codebook=cb.OTHER + ": significant developments no other sub-event type captures, such as the "
      "discovery of a mass grave",
      examples=[("Police said 23 bodies were found in a mass grave outside Kadugli on Tuesday.", "Other")],
      priority=264)
def mass_grave(f: Facts, s: Decision):
    """A mass grave found or exhumed, with no killing told but the bodies in it, is the discovery of
    the grave (a development of its own), not an attack on the day it was found."""
    if f.group == "violent" and s.fam == "kill" and f.has(MASS_GRAVE) and all(
            _BODIES_FOUND.fullmatch(m.trigger.text) for m in f.mentions if m.group == "violent"):
        return s.but(sub="Other", a1=s.a1 or f.actors.unidentified(f.iso3), a2=None)
    return None


# lethal weapons turned on the demonstrators: live fire, or demonstrators shot or killed
LETHAL_ON_CROWD = re.compile(
    r"\blive (?:fire|ammunition|rounds|bullets)\b[^.;]{0,40}?\b(?:against|on|at|into)\b[^.;]{0,30}?"
    r"\b(?:protesters|demonstrators|marchers|crowds?|rally|gathering)\b|"
    r"\b(?:protesters|demonstrators|marchers)\b[^.;]{0,40}?\b(?:killing|killed|shot dead|shooting dead)\b|"
    r"\b(?:killing|killed|shot dead|shooting dead)\s+(?:\w+\s+){0,3}?(?:protesters|demonstrators|marchers)\b",
    re.IGNORECASE)


@rule(id="protests.excessive_force.lethal_weapons", stage=TYPE, decides="sub_event_type",
      value="Excessive force against protesters",
      codebook=cb.EXCESSIVE_FORCE + ": peaceful demonstrators targeted with lethal weapons or killed",
      examples=[("Troops used live fire against unarmed demonstrators in Basra on Friday, killing nine.",
                 "Excessive force against protesters")],
      priority=175)
def lethal_weapons(f: Facts, s: Decision):
    """Demonstrators who are not said to riot, met with live fire or killed by the forces: excessive
    force against protesters (fire into the air targets no one)."""
    if f.group == "demo" and not (f.families & {"riot", "mob"}) and not f.has(cues.CROWD_VIOLENCE) \
            and LETHAL_ON_CROWD.search(cues.AIR_SHOTS.sub(" ", f.sentences)):
        state = next((a for a in (s.a1, s.a2) if is_type(a, STATE)), None)
        return s.but(sub="Excessive force against protesters", a1=state or f.actors.state_forces(f.iso3, police=True),
                     a2=f.actors.protesters(f.iso3))
    return None

"""Type rules read from the codebook's definitions for notes of any country: a lone assailant is no
riot, and a party that suspends talks or a truce changes its activity, it agrees nothing."""
from __future__ import annotations

import re

from ...records import ActorType as T
from . import codebook as cb
from .engine import rule
from .facts import Decision, Facts, is_type
from .strategic import STRATEGIC
from .violence import HARM, SIDES

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

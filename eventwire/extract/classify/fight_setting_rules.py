"""A fight told as the setting of another deed: "during fighting between the army and the militia,
soldiers executed eight villagers" tells an attack on civilians, not the fight (see ``eventwire
rules``)."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule
from .facts import Decision, Facts
from .violence import HARM, SIDES

# the words that make a fight the time of what the sentence tells: "during fighting", "amid clashes"
_SETTING = re.compile(r"\b(?:during|amid|amidst|in the course of|in the midst of)\s+(?:the\s+)?"
                      r"(?:(?:heavy|renewed|intense|fierce|ongoing|recent)\s+)*$", re.IGNORECASE)


def fight_as_setting(m) -> bool:
    """The clash mention is named as the time of something else ("during fighting between ...")."""
    before = m.sentence_span.text[:m.trigger.start - m.sentence_span.start]
    return bool(_SETTING.search(before))


@rule(id="violence_against_civilians.attack.fight_as_setting", stage=SIDES, decides="sub_event_type",
      value="Attack", codebook=cb.ATTACK + "; " + cb.ARMED_CLASH + ": civilians deliberately targeted by an "
      "armed group during a battle are violence against civilians, coded apart from the battle",
      examples=[("During fighting between the army and rebels near Kalehe on Monday, soldiers shot dead four "
                 "farmers they accused of helping the rebels.", "Attack"),
                ("Amid clashes with militants in Gao on Sunday, gunmen executed three women at the market.",
                 "Attack")],
      priority=11)
def attack_during_fight(f: Facts, s: Decision):
    """Every fight the event tells is the setting of the sentence ("during fighting between X and
    Y"), and the actor the event has killed or attacked civilians: the deed on the civilians is the
    event, an attack."""
    hit = f.top.actor1_hit
    clashes = [m for m in f.mentions if m.family == "clash"]
    if s.fam == "clash" and hit is not None and hit[0] in HARM and clashes \
            and all(fight_as_setting(m) for m in clashes) and f.has(cues.CIVILIAN_WORDS):
        return s.but(fam=hit[0], sub="Attack", mutual_clash=False, mutual=False)
    return None

"""Territory given up under a deal: the place changing hands without a fight is the event, the deal
its means (see ``eventwire rules``)."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule
from .facts import Decision, Facts
from .strategic import STRATEGIC

# a place given up, told as done: "handed its positions over", "surrendered Laukkaing", "without a fight"
GIVEN_UP = re.compile(r"\b(?:handed (?:[\w-]+ ){0,3}?over|surrendered (?:the (?:town|city|village|base) of )?"
                      r"(?-i:[A-Z])|without (?:a fight|any resistance|resistance|fighting|a shot)|unopposed)",
                      re.IGNORECASE)


@rule(id="strategic_developments.non_violent_transfer.territory_by_deal", stage=STRATEGIC,
      decides="sub_event_type", value="Non-violent transfer of territory",
      codebook=cb.TRANSFER + ": a location whose control passes from one actor to another without a fight; "
      + cb.AGREEMENT + " is kept for the deal that changes no control",
      examples=[("Under a ceasefire deal, the army surrendered Hpasawng (Kayah) to the rebels without a fight "
                 "on Monday.", "Non-violent transfer of territory"),
                ("Under a peace deal signed on Tuesday, the militia surrendered Mayom (Unity) to the army "
                 "without a fight.", "Non-violent transfer of territory")],
      priority=7)
def territory_by_deal(f: Facts, s: Decision):
    """An agreement told in a sentence where a place is given up (handed over, left without a fight)
    and someone takes it: the transfer of territory is what happened, the agreement how."""
    if s.sub == "Agreement" and f.has(GIVEN_UP) and f.has(cues.ACQUIRED):
        return s.but(sub="Non-violent transfer of territory")
    return None

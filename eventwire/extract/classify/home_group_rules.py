"""Armed people named by the community they come from are that community's militia.

The codebook's identity militias are armed groups organised around a collective identity — a community,
an ethnic group, a clan, a region — and ACLED names them by it ("Murle Ethnic Militia (South Sudan)",
"X Communal Militia"). A note that calls the doers "armed youths from Pibor" names them by their home
community, not as an unidentified armed group."""
from __future__ import annotations

import re

from . import codebook as cb
from .engine import rule
from .facts import Decision, Facts
from .violence import PERPETRATOR, UAG

# "armed youth from Pibor", "armed villagers from neighbouring Kabo" (gunmen "from the X community" the
# actor dictionary already names as X's militia)
ARMED_FROM_HOME = re.compile(
    r"\barmed\s+(?:youths?|young\s+men|villagers|herders|herdsmen)\s+from\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|nearby|rival)\s+)?(?-i:[A-Z])[\w'-]+", re.IGNORECASE)


@rule(id="actors.armed_from_a_community", stage=PERPETRATOR, decides="actor1", value="IDENTITY_MILITIA",
      codebook=cb.IDENTITY_MILITIAS + ": armed groups organised around a community, an ethnic group, a clan or "
               "a region, named by it",
      examples=[("Armed youths from Akobo raided a cattle camp near Waat on Sunday and killed four herders.",
                 "IDENTITY_MILITIA"),
                ("Armed youths from Bor abducted two girls near Juba on Friday.", "IDENTITY_MILITIA")],
      priority=32)
def armed_from_a_community(f: Facts, s: Decision):
    """Doers the words call armed youths, young men or villagers from a named place are that place's
    community militia: a communal militia, not an unidentified armed group."""
    if s.a1 is not None and s.a1.name.startswith(UAG) and s.fam != "air" and ARMED_FROM_HOME.search(f.a1_text):
        return s.but(a1=f.actors.communal_militia(f.iso3))
    return None

"""A place named as a person's home, not where the event happened (``places.person_origin``): "a
motorcycle taxi driver from Makassar was shot dead in Wamena", "a PTI worker from Lahore was killed in
Islamabad".  News identifies a person by where they come from (AP Stylebook, "hometowns": a person's
hometown is given with the name, "John Smith of Springfield"); the event is coded where it happened."""
from __future__ import annotations

import re

# a person's noun (or a name's end, in capitals) right before "from" / "of": the place after it is their home
_PEOPLE = (r"(?:man|woman|men|women|boy|girl|boys|girls|youth|youths|child|children|driver|drivers|trader|traders|"
           r"farmer|farmers|teacher|teachers|student|students|worker|workers|resident|residents|native|natives|"
           r"businessman|businessmen|businesswoman|journalist|journalists|activist|activists|pilot|lawyer|lawyers|"
           r"doctor|doctors|nurse|nurses|pastor|priest|imam|cleric|herder|herders|fisherman|fishermen|"
           r"migrant|migrants|labourer|labourers|laborer|laborers|pilgrim|pilgrims|tourist|tourists|"
           r"vendor|vendors|miner|miners|engineer|engineers|contractor|contractors|family|families|"
           r"member|members|supporter|supporters|leader|leaders|official|officials|couple|villager|villagers)")
_HOME_BEFORE = re.compile(r"\b" + _PEOPLE + r"\s+(?:originally\s+|who\s+(?:came|comes|hailed|hails)\s+)?from\s+"
                          r"(?:the\s+)?(?:(?:town|city|village|district|province|state|region)\s+of\s+)?$",
                          re.IGNORECASE)


def person_home(before: str) -> bool:
    """Whether the text right ``before`` a place names a person coming from it ("a driver from ",
    "traders originally from the town of ")."""
    return _HOME_BEFORE.search(before[-80:]) is not None

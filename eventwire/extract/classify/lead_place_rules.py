"""Place rules for the reference places of a news lead: the ends of the road an event happened on and
the place of the people who tell the news.  Decided in ``resolve/lead_references.py`` and
``extract/build.py`` (``pick_place``, ``_clause_keys``) and ``extract/merge.py`` (``choose_place``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .codebook import SPATIAL
from .engine import fact_rule

ROAD_END = fact_rule(
    id="places.road_end", decides="location",
    value="a town named only as an end of the road the event happened on (\"on the Maiduguri-Damboa "
          "highway\", \"along the Bama-Gwoza road\") ranks after the clause's other places; alone, it is "
          "coded with precision 2, and another mention's place in the same country comes first",
    codebook=SPATIAL + (": the location is where the event happened; geo_precision 2 when the activity "
                        "occurs near a town and is coded to that town. A road named by the towns it joins "
                        "runs between them: an ambush on it happened near its first town, not in it, and a "
                        "village or district the report names on the road is the more specific place."),
    examples=[("On Monday, gunmen ambushed a bus on the Kano-Zaria expressway, killing four passengers.",
               "Kano (2)"),
              ("On Sunday, bandits killed three herders along the Gusau-Sokoto highway.", "Gusau (2)")])

SPEAKER_PLACE = fact_rule(
    id="places.speaker_place", decides="location",
    value="the place of the people who tell the news (\"officials in Raipur said\", \"sources in El Arish "
          "told reporters\") ranks after the clause's other places, as a reference point does",
    codebook=SPATIAL + (": the location is where the event happened, not where it was reported from. A "
                        "lead names its sources with the town they speak from; that town is the event's only "
                        "when the report names no other place."),
    examples=[("On Monday, rebels killed two soldiers in an ambush in Sukma district, officials in Raipur said.",
               "Sukma (2)")])

OWN_PLACE_PAST_TRIP = fact_rule(
    id="places.own_place_past_trip", decides="location",
    value="when the words around the event's verb name only a journey's end (\"who fled to X\", \"on their "
          "way to X\"), the town or district the same sentence names earlier as the people's own place",
    codebook=SPATIAL + (": the location is where the event happened. \"Residents of A village, who fled to "
                        "B, said gunmen killed ten people\": A is where the killing was, B where the survivors "
                        "went; the most specific place of the event is A, or the district it is named with."),
    examples=[("Residents of Kalari and Bula hamlets in Monguno local government area, who escaped to Maiduguri "
               "on Wednesday, said that forty people were shot dead by insurgents in a night raid.", "Monguno (2)")])

POSSESSIVE_QUALIFIER = fact_rule(
    id="places.possessive_qualifier", decides="location",
    value="a town or district written as the possessor of another place of its country (\"Diyarbakir's "
          "Dicle district\", \"Kirkuk's Hawija\") ranks after the place it qualifies",
    codebook=SPATIAL + (": the location is the most specific place the source names. \"Y's X\" says that X "
                        "lies in or by Y, as \"X, Y\" and \"X in Y\" do; the event is coded at X."),
    examples=[("On Monday, gunmen shot dead a party official in his office in Diyarbakir's Bismil district.",
               "Bismil (2)")])

"""Place rules about which country an event's place lies in when the text's names could be read in
several (``resolve/namesakes.py``, ``resolve/non_sides.py``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_THING = ("ACLED codebook, event geography: the event is recorded in the country where it happened, as "
          "the report gives it; ACLED codebook, actors: the sides of an event are the groups that act in "
          "it, named for where they operate. A nationality word that qualifies a firm, a product, money or "
          "a mission (\"a Chinese company\", \"Turkish-made drones\", \"the US dollar\") names whose the "
          "thing is, not a side nor the place of the event; a nationality word of people named as away "
          "from their country (\"Somali refugees\", \"Chinese nationals\") says where they come from, not "
          "where the event happened.")

NATIONALITY_OF_A_THING = fact_rule(
    id="places.nationality_of_a_thing", decides="location",
    value="no vote for the story's country from a nationality word that qualifies a firm, a product, "
          "money or a mission, or people away from their country (refugees, migrants, foreign nationals): "
          "the place from the report's own places",
    codebook=_THING,
    examples=[("Casual workers of a Chinese company building a bridge protested over unpaid wages in "
               "Maralal on Monday.", "Maralal (1)")])

_SIDES = ("GeoNames: one name may denote several features, and a reader resolves it by the other "
          "places and wording of the same report. ACLED codebook, event geography: the location is where "
          "the event happened as the report gives it, in the country the report is about; the sides of "
          "an event are named for where they operate. A small town abroad is not read against a report "
          "whose sides and places speak for another country where a place of that very name lies.")

SIDES_COUNTRY_NAMESAKE = fact_rule(
    id="places.sides_country_namesake", decides="location",
    value="a small town abroad for whose country nothing in the report speaks, while the sides or the "
          "other places speak for a country that has a place of that very name: the place there",
    codebook=_SIDES,
    examples=[("Kenyan police arrested 12 traders accused of selling smuggled sugar in Eastleigh on "
               "Friday.", "Eastleigh (2)")])

ALL = (NATIONALITY_OF_A_THING, SIDES_COUNTRY_NAMESAKE)

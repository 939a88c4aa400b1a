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

_PROVINCE = ("GeoNames: one name may denote several features (\"Niger\" is a country and a state of "
             "Nigeria, \"Georgia\" a country and a state of the United States), and a reader resolves it by "
             "the other places and wording of the same report. ACLED codebook, event geography: the event is "
             "recorded in the country where it happened, its location the most specific place the report "
             "names; a report about one country that names one of its own provinces is not read as telling "
             "of the foreign country of that name.")

COUNTRY_NAME_PROVINCE = fact_rule(
    id="places.country_name_province", decides="location",
    value="a country's name that is also the name of a first-level division of the story's country, in a "
          "report whose other places and wording make it about that country: the division, not the "
          "foreign country, and no vote for the foreign country as the story's",
    codebook=_PROVINCE,
    examples=[("Gunmen kidnap 14 farmers in Nigeria's north\n\nGunmen abducted 14 farmers from their fields "
               "near Rafi in Niger on Sunday, Nigerian police said.\n\nThe governor of Niger said troops "
               "had been sent to the area. Farmers in Niger have been kidnapped for ransom many times this "
               "year, and the federal government in Abuja promised more soldiers.", "Minna (2)")])

ALL = (NATIONALITY_OF_A_THING, SIDES_COUNTRY_NAMESAKE, COUNTRY_NAME_PROVINCE)

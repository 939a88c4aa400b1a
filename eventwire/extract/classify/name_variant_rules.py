"""The place rule for a name written another way: spaced, hyphenated or closed up, with or without an
Arabic article, a final "h" or a doubled letter, or with the letter pairs romanisations vary.  The
deciding code is ``resolve/name_variants.py``, called from the gazetteer's reading of names it lacks
(``resolve/places.py``); the decision adds its rule id to the event's ``rules`` and
``decided_by["location"]``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

NAME_VARIANT = fact_rule(
    id="places.name_variant", decides="location",
    value="a name the gazetteer lacks that is an indexed place's name written another way (the same "
          "letters once spaces, hyphens, apostrophes, an Arabic article inside the name, a final \"h\" after "
          "a vowel and doubled letters are set aside, and kh/k, q/k, ou/u read alike): that place, among the "
          "story's countries; without a story country, when every place so written lies in one country",
    codebook=("GeoNames: a place's names are romanised and spaced in many ways, and its alternate names list "
              "only some of them (Beledweyne / Belet Weyne, Al Qayyarah / Qayyara); the article al-/el- and "
              "the final -h of Arabic names are written or dropped at the writer's choice (UN/BGN romanization "
              "systems for Arabic). ACLED codebook, event geography: the location is the named place where "
              "the event happened, coded at the most precise level the source gives."),
    examples=[("Herders from two clans fought over a water point in Beled Weyne on Monday, leaving six dead.",
               "Beledweyne (1)"),
              ("A roadside bomb killed three soldiers on a patrol near the town of Qayyara on Tuesday.",
               "Al Qayyarah (2)")])

REGION_OF_UNITS = fact_rule(
    id="places.region_of_units", decides="location",
    value="a region's name the gazetteer lacks that two or more provinces of one country (or districts of one "
          "province) carry with a position word (North, South, West, East, Central Darfur; Nord-Kivu and "
          "Sud-Kivu): the country, or the province, that holds them all, coded at its capital (precision 3)",
    codebook=("ACLED codebook, spatial precision: precision 3 when the source names only a larger region; the "
              "event is coded at the provincial capital or the closest natural location of the area that "
              "holds it. GeoNames: a historical region split into provinces is indexed by its provinces only, "
              "each named with a position word."),
    examples=[("Militiamen on camels burned a village in Darfur on Sunday, killing five farmers, a rights "
               "group said.", "Khartoum (3)")])

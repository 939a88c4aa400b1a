"""Place rules for the qualifiers news leads write around a place's name: the province of a country
named in the possessive ("X in Burundi's Bubanza province"), a settlement's district after a comma ("X
village, Y local government area") and a quarter of a capital named by its country ("the X quarter of the
Iraqi capital, Baghdad").  Decided in ``resolve/qualifier_chains.py``, read by ``resolve/places.py``
(``qualifier_pairs``, ``_apply_qualifiers``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_GEOGRAPHY = ("ACLED Codebook, event geography: each event records the first, second and third level "
              "administrative zones its specific location is found in (acleddata.com; summarised at "
              "dataviz.roam.garden/ACLED-CodeBook); a place is read inside the areas the report names with "
              "it, and a village the gazetteer lacks is coded at the most precise named area that holds it.")

COUNTRY_POSSESSIVE = fact_rule(
    id="places.qualifier_country_possessive", decides="location",
    value="\"X in <country>'s Y province/state/region\": Y qualifies X as \"X, Y province\" does (the "
          "entry of X inside Y, else Y), not only the country",
    codebook=_GEOGRAPHY + " News prose names a province with its country in the possessive (\"Nigeria's "
                          "Kebbi State\"); the province is the area the place lies in.",
    examples=[("Gunmen shot dead two herders in Mubarika in Burundi's Bubanza province on Friday, officials said.",
               "Bubanza (3)")])

SETTLEMENT_DISTRICT = fact_rule(
    id="places.qualifier_settlement_district", decides="location",
    value="\"X village, Y district/local government area\": the district after the settlement's word "
          "holds the settlement (the entry of X inside Y, else Y at precision 2)",
    codebook=_GEOGRAPHY + " A settlement's word then a comma and a district's name qualifies the settlement "
                          "as \"X, Y district\" does.",
    examples=[("Gunmen killed four farmers in Tudun Wada village, Wase local government area, on Monday.",
               "Wase (2)")])

OTHER_DISTRICT = fact_rule(
    id="places.qualifier_other_district", decides="location",
    value="a place written inside a district (\"X village of Y LGA\", \"X, Y district\") whose index entry is "
          "filed in another district or province of the country is not that entry, however near: the "
          "district's seat at precision 2, as for a village the gazetteer lacks",
    codebook=_GEOGRAPHY + " GeoNames files each populated place in its first- and second-level "
                          "administrative division (admin1 and admin2 codes); a place the report puts in one "
                          "district is not a same-name or similar-name place the gazetteer files in another.",
    examples=[("Gunmen killed four herders late on Thursday in Gambori village of Dikwa LGA, Borno State.",
               "Dikwa (2)"),
              ("Bandits abducted nine farmers on Friday in Gambori village in Dikwa LGA of Borno State.",
               "Dikwa (2)")])

CAPITAL_QUARTER = fact_rule(
    id="places.qualifier_capital_quarter", decides="location",
    value="\"the X district/quarter/area of the <demonym> capital, Y\": X lies in the city Y (the entry of "
          "X within reach of Y, else Y itself at geo_precision 2), never a namesake of X elsewhere",
    codebook=_GEOGRAPHY + " A quarter of a city named with the city is inside it; a same-name town far from "
                          "the city is not the quarter meant. ACLED codebook, geo_precision 2: the source "
                          "places the event in a small part of an area, coded at a town that stands for it; a "
                          "quarter the gazetteer lacks is such a part of its city.",
    examples=[("A bomb killed three traders in the Nahrawi quarter of the Iraqi capital, Baghdad, on Friday.",
               "Baghdad (2)")])

DISTRICT_PROVINCE = fact_rule(
    id="places.qualifier_district_province", decides="location",
    value="a district qualified by a name that is both a province and its namesake town (\"Nasarawa's Keana "
          "local government\", \"Keana LGA, Nasarawa\"): the province holds the district, however far the "
          "town lies from it",
    codebook=_GEOGRAPHY + " Second-level units lie inside first-level ones; a town holds no district.",
    examples=[("Gunmen killed five farmers in Nasarawa's Keana local government area on Saturday, police said.",
               "Keana (2)")])

APPOSITIVE_SETTLEMENT_NAME = fact_rule(
    id="places.appositive_settlement_name", decides="location",
    value="a name in apposition after \"a/the <adjective> town/village/city,\" (\"attacked a southern town, "
          "Qurnah,\") is read as a place name like one after \"the town of\", when the index holds it",
    codebook=("ACLED Codebook, event geography: the location is the most specific named place where the event "
              "happened (acleddata.com; summarised at dataviz.roam.garden/ACLED-CodeBook). News prose names a "
              "small town in apposition to the noun \"town\" as often as after \"the town of\"."),
    examples=[("Gunmen on Monday attacked a remote town, Dalbandin, and shot dead four labourers, police said.",
               "Dalbandin (1)")])

QUALIFIER_PLACE_RULES = (COUNTRY_POSSESSIVE, SETTLEMENT_DISTRICT, CAPITAL_QUARTER, DISTRICT_PROVINCE, APPOSITIVE_SETTLEMENT_NAME)

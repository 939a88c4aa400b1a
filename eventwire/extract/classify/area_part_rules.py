"""Place rules for a place written as a part of a named area ("the X area of northwest Y province", "X
neighbourhood in western Y", "X in Y locality, Z"): the area holds the place, so a same-name place in
another country is not meant.  Decided in ``resolve/area_part.py`` (called from ``Gazetteer.geoparse``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

PART_OF_NAMED_AREA = fact_rule(
    id="places.part_of_named_area", decides="location",
    value="a place written as a part of a named area (its area, neighbourhood or locality \"of\"/\"in\" the "
          "area, a direction allowed between: \"in western Y\") that was read in another country than the area: "
          "the same-name place inside the area, else the area itself, precision 2 (a part of the area)",
    codebook=("ACLED codebook, event geography and geo_precision: the location lies inside the admin1/admin2 "
              "areas recorded with it; when the specific village or neighbourhood cannot be found, the event is "
              "coded at the most precise named area that contains it (geo_precision 2 for a part of a region, "
              "3 for a province). News style names a small place with the larger area that holds it (\"the X "
              "area of Y province\", \"the X neighbourhood in western Y\"); a direction word (\"northwest\") "
              "only says which part of the area it is (AP Stylebook, \"directions and regions\")."),
    examples=[("A drone strike killed nine farmers in the Sari area of southern Hajja province on Monday, "
               "residents said.", "Hajjah (2)"),
              ("A roadside bomb killed four shoppers in the Yarmouk neighbourhood in southern Baghdad on "
               "Saturday.", "Baghdad (2)")])

ORIGIN_OR_TRIP_REFERENCE = fact_rule(
    id="places.origin_or_trip_reference", decides="location",
    value="not a place named as the home of people abroad (\"Somali refugees\") or as an end of a route (\"the "
          "X-Y airliner\"), nor a country named as a "
          "journey's destination, an earlier flight's origin or a neighbour (\"a trip to X\", \"who had fled "
          "the violence in X\", \"which borders X\"): the event's own place, else the story's country",
    codebook=("ACLED codebook, event geography: the location is where the event happened. A refugee is a "
              "person outside the country of his nationality (1951 Refugee Convention, article 1A(2)): the "
              "people's name before \"refugees\" or \"migrants\" says where they come from, not where they "
              "are. A journey's destination and the country people had fled before the event (past perfect) "
              "are reference points, as a neighbour named by its border is; so are the two ends of a route named "
              "before what travels it (\"the Nairobi-Mombasa bus\")."),
    examples=[("A judge was shot dead outside the airport of Mandalay on Friday after returning from a "
               "trip to Thailand.", "Mandalay (1)"),
              ("Nine Somali refugees were shot dead near Dadaab on Sunday, police said.", "Dadaab (2)"),
              ("Gunmen stopped a Nairobi-Mombasa bus near Voi and shot dead three passengers on Monday.",
               "Voi (2)")])

AREA_PART_RULES = (PART_OF_NAMED_AREA, ORIGIN_OR_TRIP_REFERENCE)

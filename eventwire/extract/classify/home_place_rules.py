"""Place rules about the uncued home places of a story whose country alone placed its event
(``resolve/home_places.py``). Expected values read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_UNCUED = ("ACLED codebook, event geography: the event is coded to the most specific location the report "
           "names, in the country where it happened; the capital of the country (geo precision 3) only "
           "when the report names nothing more specific. A facility named for the locality it stands in "
           "('Talu Primary School') is at that locality. GeoNames: a name is read in the country the "
           "report is about.")

UNCUED_HOME_NAME = fact_rule(
    id="places.uncued_home_name", decides="location",
    value="an event its story's country alone placed at the capital: the first town, district or province "
          "of that country the report names without a cue, not a people's or a person's name; a town at "
          "geo_precision 1, a district at 2 and a province at 3, an area coded at its seat",
    codebook=_UNCUED + (" ACLED codebook, geo_precision 3: an event known only to a province or region is coded "
                        "at the region's capital."),
    examples=[("Kenyan police fired tear gas at students of Nyeri National Polytechnic on Friday.",
               "Nyeri (1)"),
              ("Burkinabe soldiers killed nine suspected jihadists in the Sahel region during a sweep on Monday.",
               "Dori (3)")])

ALL = (UNCUED_HOME_NAME,)

"""Place rule for a part of a country named by a compass point ("in northern Oltland", "Oltland's far
north", "the country's restive southeast"): decided in ``resolve/compass.py`` (called from the pipeline's
coding stage, before an area alone is coded at its seat).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

COMPASS_REGION = fact_rule(
    id="places.compass_region", decides="location",
    value="an event its country alone placed, in the part of the country its text names by a compass point "
          "(\"northern X\", \"X's far north\", \"the north of X\", \"the country's southeast\", \"a northeast X-ian "
          "village\"): the first-level area named by that point (\"Far North\", \"Nord\", \"Northern Province\"), "
          "else the most populous first-level area lying that way from the middle of the country's areas (in the "
          "outer half of that part; not the capital's own unless the text says \"central\"), at its seat, "
          "precision 3",
    codebook=("ACLED codebook, geo_precision 3: when the source names only a larger region, the event is coded "
              "at that region's capital or a central point of it, not at a more precise place; the country's "
              "capital stands for an event only when nothing more is known of where in the country it happened. "
              "A compass part of a country (\"northern Mali\") is such a region.  GeoNames: first-level "
              "administrative divisions (feature code ADM1), several named by a compass point (Cameroon's Far "
              "North and North, Ghana's Northern, Sri Lanka's Northern Province, Burkina Faso's Nord)."),
    examples=[("Raiders from across the lake burned a market in Cameroon's far north on Friday, killing "
               "three traders.", "Maroua (3)"),
              ("Villagers fought with clubs over a disputed farm in northern Ghana on Monday, leaving two "
               "dead.", "Tamale (3)")])

COMPASS_RULES = (COMPASS_REGION,)

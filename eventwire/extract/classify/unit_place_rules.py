"""Place rules for a settlement the index does not hold but whose commune or district the note gives
("in Tokpere (Kalale, Borgou)"): the bracketed unit stands for the settlement in the clause, so it takes
the settlement's place among the clause's toponyms.  Decided in ``extract/build.py`` (``pick_place``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

UNIT_OF_UNKNOWN_VILLAGE = fact_rule(
    id="places.unit_of_unknown_village", decides="location",
    value="the unit in brackets after the settlement the clause places the event in, at the unit's seat, "
          "precision 2",
    codebook=("ACLED codebook, event geography and geo_precision 2: the location is the most specific place "
              "the source gives for the event; a village that cannot be found is coded to the nearest named "
              "unit that contains it (its commune or district), with geo_precision 2. A note written "
              "\"in X (Y, Z)\" names the event's settlement X and the units Y and Z it lies in: Y stands for X, "
              "ahead of another town the sentence names without placing the event there (\"and W\", \"for W\")."),
    examples=[("On 3 May 2021, a number of locals in Tokpere (Kalale, Borgou) and Nikki (Nikki, Borgou) "
               "beat a man accused of theft.", "Kalale (2)"),
              ("On 9 March 2020, villagers in Gbessoua (Tanguieta, Atacora) killed a herder who had fled "
               "Gbessoua for Materi.", "Tanguieta (2)")])

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
    examples=[("On Monday, a number of locals in Tokpere (Kalale, Borgou) and Nikki (Nikki, Borgou) "
               "beat a man accused of theft.", "Kalale (2)"),
              ("On Sunday, villagers in Gbessoua (Tanguieta, Atacora) killed a herder who had fled "
               "Gbessoua for Materi.", "Tanguieta (2)")])

HOME_OF_GROUP = fact_rule(
    id="places.home_of_group", decides="location",
    value="the town named as the home of the people who acted (\"Kandi public agents\"), precision 1",
    codebook=("ACLED codebook, event geography: the location is the most specific place the source gives for "
              "the event. A note that names a town only as the home of the group that acted (its workers, "
              "traders, teachers, students) reports the event among them, in that town; a place the clause "
              "names with a preposition comes first."),
    examples=[("Savalou market traders closed their stalls and marched to protest a new municipal levy.",
               "Savalou (1)"),
              ("Parakou hospital workers went on strike over unpaid allowances.", "Parakou (1)")])

DISTANCE_IN_WORDS = fact_rule(
    id="places.reference_distance_in_words", decides="location",
    value="not a place named only as the far end of a distance written in words (\"a hundred kilometres "
          "from X\"): the place it measures from",
    codebook=("ACLED codebook, event geography: the location is where the event happened; a town named to say "
              "how far the event's place lies from it (\"a hundred kilometres from the capital\") is a "
              "reference point, as with a distance in figures (\"40 km from X\")."),
    examples=[("Refugees in the town of Savalou, some eighty kilometres from Cotonou, staged a protest over "
               "food rations.", "Savalou (1)")])

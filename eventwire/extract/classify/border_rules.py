"""Place rules about countries a report names for another purpose than saying where the event was: a
neighbour named by its border, the home of people who are abroad, a country inside an organisation's
name (``resolve/border_phrases.py``, ``resolve/reference_countries.py``).

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_WHERE = ("ACLED codebook, event geography: the location is where the event happened, in that "
          "country; an actor's origin or a country the report names for another purpose is not "
          "the location. ")

BORDER_SIDE = fact_rule(
    id="places.border_side", decides="location",
    value="a place the text puts by the border with a country (\"X, near the border with Y\", \"X, which "
          "borders Y\") lies in a country bordering it, not in the neighbour itself nor in a country far "
          "from it: its entry in the bordering country the text points to (else in any bordering country), "
          "else no reading",
    codebook=_WHERE + ("A border has two sides: a place said to lie on, along or near the border with a "
                       "country lies on the other side of it, in one of the countries that border it (GeoNames "
                       "country info: neighbours). GeoNames: one name may denote places in several countries; "
                       "the reader takes the one the report points to."),
    examples=[("Armed men shot dead a councillor in Tesalia, a small town close to the nation's frontier "
               "with Colombia, Ecuadorian police said on Monday.", "Quito (3)"),
              ("Smugglers shot dead a customs officer at Sao Domingos, close to the border with Senegal, on "
               "Friday.", "Sao Domingos (1)")])

REFERENCE_ONLY = fact_rule(
    id="places.reference_only_country", decides="location",
    value="no country that the report names only as a reference (a neighbour by its border, the home of "
          "refugees, migrants or nationals abroad, a country inside an organisation's name): the country "
          "the rest of the report points to (a people's name, the sides' home), else none",
    codebook=_WHERE + ("\"Near the border with X\", \"Somali refugees\", \"the Democratic Forces for the "
                       "Liberation of Rwanda\": the name says where something lies, where people come from or "
                       "whom a group fights for, not where the event happened; a report that names no other "
                       "country gives none (better no country than the wrong one)."),
    examples=[("Gunmen killed eleven Cameroonian herders on Sunday in farming villages that share a border "
               "with Nigeria.", "Yaounde (3)")])

NAME_INSIDE_NAME = fact_rule(
    id="places.name_inside_name", decides="location",
    value="a country's name inside the name of an organisation, a facility or its bracketed gloss "
          "(\"the Patriotic Front for the Liberation of Varnia\", \"Qatar Hospital\") is no place of the "
          "event: a reference only",
    codebook=_WHERE + ("An organisation's or a building's proper name is a name, not a locative: a "
                       "liberation front named for its country acts abroad, a hospital named for its donor "
                       "stands in another country; only the country's own formal name (\"Republic of X\") "
                       "names the country."),
    examples=[("Rebels of the Patriotic Front for the Liberation of Burundi abducted six farmers in Rutshuru "
               "territory on Friday.", "Rutshuru (2)"),
              ("Gunmen shot dead two nurses outside the Qatar Hospital in Karachi on Friday.", "Karachi (1)")])

ALL = (BORDER_SIDE, REFERENCE_ONLY, NAME_INSIDE_NAME)

"""The place rules for news prose: how a news report's well-known places and its weak name matches
are read.  The deciding code is ``resolve/news_places.py``, called from the candidate ranking
(``resolve/places.py`` ``_rank``) and from the story-country pass (``resolve/coherence.py``
``foreign_namesakes``); each decision adds its rule id to the event's ``rules`` and
``decided_by["location"]``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

_NAMES = ("GeoNames: one name may denote several features; the feature a reader means is the one the "
          "report points to. ACLED codebook, event geography: the location is the place where the event "
          "happened as the report gives it, with its admin1/admin2 and country.")

PROMINENT_PLACE = fact_rule(
    id="places.rank.prominent_place", decides="location",
    value="of same-name places in different countries, the national capital or city of a million people "
          "over a namesake abroad twenty times smaller, unless the text names the namesake's province",
    codebook=_NAMES + (" News-writing convention (AP Stylebook, \"datelines\"): well-known cities (the "
                       "national capitals and large cities) stand alone; a smaller namesake is written with "
                       "its state, province or country (\"London, Kentucky\"), so a bare well-known name is "
                       "the well-known city, whichever country the rest of the story speaks of."),
    examples=[("Officers in riot gear dispersed students marching on parliament in Ottawa on Thursday, two days "
               "after a senator from New York criticised the tuition plan.", "Ottawa (1)")])

WEAK_MATCH_ABROAD = fact_rule(
    id="places.weak_match_abroad", decides="location",
    value="not a small place abroad matched only by another of its names or spellings: the name's entry "
          "in the story's country, else the story's other places or its country",
    codebook=_NAMES + (" GeoNames' alternate names and respellings are weaker evidence than a place's own "
                       "name: a small place abroad that the text reaches only through one of them, in a "
                       "country nothing else in the report points to, is not where the event happened when "
                       "the report's other places or its wording point to another country."),
    examples=[("Iraqi police said a car bomb killed six shoppers at a market in Taji on Friday.",
               "Baghdad (3)")])

QUALIFIER_CHAIN = fact_rule(
    id="places.qualifier_past_unknown_unit", decides="location",
    value="a place qualified by a unit the gazetteer lacks and then by its province (\"X in Y locality, Z\"): "
          "the same-name place inside the province, else the province (precision 3)",
    codebook=("ACLED codebook, event geography: the location lies inside the admin1/admin2 areas recorded "
              "with it; a village that cannot be found is coded at the most precise area the source names. "
              "A report's qualifier chain \"X in Y locality, Z\" names the province Z that holds X even when "
              "the middle unit Y is unknown."),
    examples=[("Gunmen on camels shot dead four farmers near Sari in Umbaro Teiga locality, North Darfur, on "
               "Tuesday.", "El Fasher (3)")])

AREA_TOWN_OF = fact_rule(
    id="places.area_town_of", decides="location",
    value="a settlement written \"the <country or province> village/town of X\": the entry of X inside that "
          "area, else the area itself, never a same-name X elsewhere",
    codebook=("ACLED codebook, event geography: the location lies inside the admin1 and country recorded with "
              "it. News prose names the area first and the settlement after it (\"the Niger village of X\", "
              "\"the Borno town of Y\"): the area holds the settlement, as a qualifier written after a name "
              "does (\"X, Niger\"); the settlement is no area that holds a place called like the country."),
    examples=[("The Chad village of Mobbar was raided by gunmen on Sunday, and nine herders died.",
               "N'Djamena (3)")])

APPOSITIVE_AREA = fact_rule(
    id="places.appositive_area", decides="location",
    value="a place followed by \", a village/town/community in Y\": the entry of the name inside Y, else Y "
          "itself, never a same-name place elsewhere",
    codebook=("ACLED codebook, event geography: the location lies inside the admin1/admin2 areas recorded with it. "
              "News prose places a small town with an appositive (\"X, a village in Y province\"), which "
              "qualifies the name as \"X, Y province\" does."),
    examples=[("Gunmen killed four farmers in Bagdad, a village in Sinaloa state, on Monday.", "Culiacan (3)")])

RESPELLING = fact_rule(
    id="places.respelling", decides="location",
    value="a name the gazetteer lacks, or a name called a province that the gazetteer knows only as a town, "
          "read as another romanisation of a place (same consonant skeleton, spellings at least 75% alike): "
          "in the story's countries; without one, a province or a town of 100,000 people when all such "
          "readings lie in one country",
    codebook=("GeoNames: a place's names are romanised in many ways (its alternate names list some: "
              "Kabul/Kabol, Qandahar/Kandahar); writers vary the vowels and letter pairs (kh/k, q/k, ou/u, "
              "doubled letters, the article al-/el-). ACLED codebook, event geography: the location is the "
              "named place the event happened in, coded at the most precise level the source gives; a "
              "province named with the word \"province\" is coded as that province (geo-precision 3)."),
    examples=[("Gunmen stormed a bakery in Mahmoudiya town on Sunday, killing the baker and two customers, police said.",
               "Al Mahmudiyah (1)"),
              ("Two shepherds were killed when a mine exploded in Zabol province on Monday.", "Qalat (3)"),
              ("Iraqi soldiers repelled an attack on their post in Ninewa province on Sunday.",
               "Al Mawsil al Jadidah (3)")])

RESPELLING_OUTSIDE_AREA = fact_rule(
    id="places.respelling_outside_area", decides="location",
    value="no place for a name read only as another spelling of a place that lies outside every province and "
          "district its sentence names in that country: the event falls to those areas",
    codebook=("ACLED codebook, event geography: the location lies inside the admin1/admin2 areas recorded with it; "
              "a village that cannot be found is coded at the most precise area the source names. A respelt "
              "reading is a guess; a reading outside the areas the report itself names is no reading of the place."),
    examples=[("Militiamen set fire to homes in Kalongo, near Oicha, in Beni territory, residents said on Monday.",
               "Hyosha (2)")])

SIDING_DEMONYM = fact_rule(
    id="places.siding_demonym", decides="location",
    value="a people's name after \"pro-\", \"anti-\" or \"non-\" (\"pro-Russian separatists\") casts no vote "
          "for the story's country: same-name places are read where the rest of the report points",
    codebook=("ACLED codebook, actors: a group is named and placed by where it operates, and a group "
              "supporting a foreign state is not that state's force (\"pro-government\", \"pro-Russian\" "
              "militias are coded in the country where they act). GeoNames: one name may denote several "
              "features; the feature meant is the one the report points to."),
    examples=[("Mortar fire from pro-Russian fighters killed four civilians in Donetsk on Sunday, the city "
               "council said.", "Donetsk (1)")])

AREA_IN_NAMED_COUNTRY = fact_rule(
    id="places.area_in_named_country", decides="location",
    value="an area named with its word (\"the X region\") that the index reads abroad, in a country nothing "
          "else in the text points to, while the text names the story's country as where things happen: "
          "the same name in that country, else the story's other places or its country",
    codebook=("ACLED codebook, event geography: the event's country is the one where it happened as the "
              "report gives it, and its location lies inside that country's admin areas. GeoNames: one "
              "name may denote features in several countries; the feature meant is the one in the country "
              "the report names."),
    examples=[("Ugandan militiamen hacked eleven villagers to death on Friday in the Beni region, in the "
               "Democratic Republic of Congo's far east, a rights group said.", "Beni (2)")])

KNOWN_CITY_OTHER_NAME = fact_rule(
    id="places.known_city_other_name", decides="location",
    value="a national capital of 100,000 people or a city of a million named by another of its names "
          "(\"Kiev\", \"Bombay\"), in a country the text's wording speaks of (\"Ukrainian\"), stays that "
          "city, however far the story's other places lie",
    codebook=_NAMES + (" GeoNames lists the English and historical names of a city among its alternate "
                       "names; news prose names well-known cities by them (AP Stylebook: \"Kiev\" until "
                       "2019), so such a name is as firm as the city's own."),
    examples=[("A defector from the Russian State Duma was stabbed to death outside his flat in Kiev on "
               "Monday, Ukrainian police said.", "Kyiv (1)")])

NEWS_PLACE_RULES = (PROMINENT_PLACE, WEAK_MATCH_ABROAD, QUALIFIER_CHAIN, RESPELLING, SIDING_DEMONYM,
                    AREA_IN_NAMED_COUNTRY, KNOWN_CITY_OTHER_NAME)

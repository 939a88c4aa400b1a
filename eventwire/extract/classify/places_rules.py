"""The place rules: how an event's location is chosen among the article's toponyms, and at which
ACLED geo-precision.  The choosing is done in ``extract/build.py`` (``pick_place``, ``Coder.finish``)
and ``resolve/places.py``; each decision returns one of these ids, which lands in the event's
``rules`` list and in ``decided_by["location"]``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .engine import fact_rule

# ACLED codebook, "Event geography" / geo_precision
_GEO_1 = ("ACLED codebook, event geography: the location is the most specific place the source names "
          "for the event; geo_precision 1 when the source names that town or village and coordinates "
          "are available for it.")
_GEO_2 = ("ACLED codebook, geo_precision 2: the source indicates a small part of a region or a place "
          "near a town (\"near X\", \"outskirts of X\", \"between X and Y\", a district), and the event is coded to that "
          "town or to the district's seat.")
_GEO_3 = ("ACLED codebook, geo_precision 3: only a larger region (province, state) or the country is "
          "named; the event is coded to the region's capital (the country's capital when only the "
          "country is known).")
_GEO_ADMIN = ("ACLED codebook, event geography: the location lies inside the admin1/admin2 areas "
              "recorded with it; a town qualified by its district or province (\"X, Y County\", "
              "\"X (Y, Z)\") is the town of that name inside them.")

CLAUSE_PLACE = fact_rule(
    id="places.clause_place", decides="location", value="the town, district or province named in "
    "the event's clause", codebook=_GEO_1,
    examples=[("Gunmen shot dead three villagers in Mandera on Tuesday.", "Mandera (1)"),
              # (a counted subject after "said" opens the reported clause, not a place a statement is made in)
              ("Elders said 14 herders in Jowhar had been shot by clan gunmen.", "Jawhar (1)"),
              # ("French-speaking" names a language, not a speech made there)
              ("Three traders were shot dead in the French-speaking town of Kousseri on Friday.", "Kousseri (1)")])

NEAR_TOWN = fact_rule(
    id="places.near_town", decides="location", value="the town named, precision 2", codebook=_GEO_2,
    examples=[("Soldiers clashed with militants on the outskirts of Garissa on Monday.", "Garissa (2)"),
              ("Jihadists ambushed a supply convoy near the town of Douentza on Monday.", "Douentza (2)"),
              ("Bandits ambushed a bus somewhere between Mandera and Elwak on Monday, wounding four passengers.",
               "Mandera (2)")])

TOWN_IN_AREA = fact_rule(
    id="places.town_in_named_area", decides="location",
    value="the town inside the province or country the clause names", codebook=_GEO_ADMIN,
    examples=[("Elders from the small town of Moyale, which lies in Marsabit County near the border, said "
               "on Tuesday that armed raiders from a rival clan had shot dead three herders.", "Moyale (1)"),
              ("On Sunday, villagers at Chilomba village in Kasama district beat a suspected thief to death.",
               "Kasama (2)")])

EARLIER_SENTENCE = fact_rule(
    id="places.earlier_sentence", decides="location",
    value="the place of the nearest earlier sentence of the paragraph, else of the lead", codebook=(
        _GEO_1 + " A news story names its place once, in the lead or the sentence before; the events "
        "it goes on to tell happened there unless another place is named."),
    examples=[("Residents of Kericho town gathered outside the county offices on Monday. Police fired "
               "tear gas to disperse the protesters.", "Kericho (1)")])

TOWN_IN_STORY = fact_rule(
    id="places.town_in_story", decides="location",
    value="the town another sentence names inside the country or province of the event", codebook=(
        _GEO_1 + " A report that gives the country or province in one sentence and the town in another "
                 "is coded at the town."),
    examples=[("Six inmates were killed on Wednesday during a brawl in Mexico, officials said. The brawl "
               "began in a jail in Hermosillo, a city in the northwestern state of Sonora.",
               "Hermosillo (1)")])

AREA_ONLY = fact_rule(
    id="places.area_only", decides="location", value="a district (precision 2) or province (3) coded "
    "at its seat", codebook=_GEO_3,
    examples=[("Bandits stole 200 head of cattle in Marsabit County on Monday.", "Marsabit (3)")])

STORY_COUNTRY = fact_rule(
    id="places.story_country", decides="location", value="the story's country at its capital, "
    "precision 3", codebook=_GEO_3,
    examples=[("Kenyan police arrested twelve protesters during a march on Tuesday.", "Nairobi (3)")])

DEMONYM_PLACE = fact_rule(
    id="places.demonym_place", decides="location", value="the country of the people named before a "
    "settlement word, at its capital, precision 3", codebook=_GEO_3 + (
        " \"A Kenyan village\", \"the Malian border town\": the people's name says which country the "
        "unnamed place lies in, over the country of the sides."),
    examples=[("Bandits from across the border raided a Kenyan village on Sunday, killing six herders.",
               "Nairobi (3)")])

BORDER_REFERENCE = fact_rule(
    id="places.border_is_reference", decides="location", value="the story's country, not the "
    "neighbour named by its border", codebook=_GEO_3 + (
        " \"Near the Chadian border\", \"the border with Somalia\", \"which borders Niger\", \"villages "
        "that share a border with Chad\", \"a district bordering Malaysia\", \"on the Nigeria-Niger border\" "
        "name the neighbour only to say where the place lies (resolve/border_phrases.py reads them all); "
        "they are no vote for the country the event happened in."),
    examples=[("Soldiers of the Central African army clashed with rebels near the Chadian border on Monday.",
               "Bangui (3)")])

_STORY = ("ACLED codebook, event geography: the location is where the event happened as the report "
          "gives it, with its admin1/admin2 and country; GeoNames: one name may denote several features, "
          "and a reader resolves it by the other places of the same report (a report is about one "
          "country unless it says otherwise).")

STORY_COUNTRY_READING = fact_rule(
    id="places.story_country_reading", decides="location",
    value="the entry of a shared name inside the country the article's other places point to",
    codebook=_STORY + " A name several countries share is read in the story's country.",
    examples=[("Fighters overran an army post at Baraawe in the Lower Shabelle region of Somalia late on "
               "Thursday.", "Marka (3)")])

SAME_NAME_ABROAD = fact_rule(
    id="places.same_name_abroad", decides="location",
    value="not a small same-name place abroad: the area the article names in its own country",
    codebook=_GEO_3 + " " + _STORY + " A village the gazetteer lacks is not the small place of the "
             "same name in a country the article never speaks of; the event is coded at the most "
             "precise area the report names.",
    examples=[("Armed men killed three herders in Sari village, Mellit locality, North Darfur, on Sunday.",
               "Mellit (2)")])

STORY_COUNTRY_TERMS = fact_rule(
    id="places.story_country_terms", decides="location",
    value="the country whose own institutions, local units or currency the text names, at its capital, "
          "precision 3", codebook=_GEO_3 + (
        " When no place of the event is known, the words one country alone uses (its election commission, "
        "its local-government units, its currency, its leaders' names; lang/en/country_terms.tsv) say which "
        "country it is."),
    examples=[("Voters burnt ballot papers on Monday after IEBC officials arrived late at the polling "
               "station.", "Nairobi (3)"),
              ("Gunmen killed four farmers in Ugwu village on Sunday, the Local Government Area chairman "
               "said.", "Abuja (3)")])

_COUNTRY = ("ACLED codebook: every event is recorded with the country where it happened, read from the "
            "whole report; identity (communal) militias are named by their ethnic group and the country "
            "where they operate (\"Somali Ethnic Militia (Kenya)\"), so a people's or nation's name on a "
            "side is not by itself the country of the event; foreign forces and transnational armed "
            "groups act outside their home country.")

STORY_COUNTRY_EVIDENCE = fact_rule(
    id="places.story_country_evidence", decides="location",
    value="the country the report's evidence points to, at its capital, precision 3",
    codebook=_GEO_3 + " " + _COUNTRY + " The places the report names, its national institutions and "
             "offices, the state's forces and the national parties it names are weighed; a people's name on "
             "a side counts little.",
    examples=[("Somali gunmen shot dead two herders on Friday, and the ward's MCA condemned the killings.",
               "Nairobi (3)")])

FOREIGN_NAMESAKE = fact_rule(
    id="places.foreign_namesake", decides="location",
    value="not the same-name place abroad: the name's entry in the story's country, else the story's "
          "other places or its country", codebook=_GEO_1 + " " + _STORY + " " + _COUNTRY + (
        " A place read in a country the text otherwise never points to, in a report whose institutions, "
        "forces and other places say where it is, is that name in the report's country."),
    examples=[("Police fired tear gas at MCAs and their supporters protesting outside the IEBC offices in "
               "Pala on Tuesday.", "Pala (2)")])

ALL_PLACE_RULES = (CLAUSE_PLACE, NEAR_TOWN, TOWN_IN_AREA, TOWN_IN_STORY, EARLIER_SENTENCE, AREA_ONLY, STORY_COUNTRY,
                   DEMONYM_PLACE, BORDER_REFERENCE, STORY_COUNTRY_READING, SAME_NAME_ABROAD,
                   STORY_COUNTRY_TERMS, STORY_COUNTRY_EVIDENCE, FOREIGN_NAMESAKE)

# ---- where the text itself says the event is coded, and local government areas ---------------------

CODED_LOCATION = fact_rule(
    id="places.coded_location", decides="location",
    value="the place the text says the event is coded at, at the precision it states (else 2)",
    codebook=_GEO_2 + (" ACLED notes name the town an event was coded at when its own village or site "
                       "cannot be found (\"coordinates for X used\", \"location coded as X with GP2\", "
                       "\"coded to X\"): that town is the event's location."),
    examples=[("On 14 August, cattle raiders shot dead two herders near Suguta dam (coordinates for Maralal "
               "used).", "Maralal (2)"),
              ("On 9 April, traders protested over market fees at Nakhwana (location coded as Kimilili with "
               "GP1).", "Kimilili (1)")])

LOCAL_GOVERNMENT = fact_rule(
    id="places.local_government_area", decides="location",
    value="the local government area named after the village, precision 2",
    codebook=_GEO_2 + (" A Nigerian local government area (\"X Local Government Area\", \"X LGA\", "
                       "\"X Local Council\") is a second-level admin unit: a village the gazetteer lacks is "
                       "coded at the area, not at its state."),
    examples=[("Bandits on motorbikes shot dead seven herders at Dangani hamlet of Kankara Local Government "
               "Area, Katsina State, on Wednesday.", "Kankara (2)")])

RESTATED_PLACE = fact_rule(
    id="places.restated_place", decides="location",
    value="the town or district a following sentence names where it says the event took place",
    codebook=_GEO_1 + (" A news lead often places an event only roughly (\"north of the capital\") and the "
                       "next sentence says where it took place (\"The attack occurred in the town of X\"): the "
                       "most specific place the source names for the event is that town."),
    examples=[("Gunmen shot dead four worshippers at a chapel south of Nairobi on Sunday, police reported. The "
               "incident happened during evening prayers in the town of Kitengela.", "Kitengela (1)")])

# ---- the learned candidate ranking (resolve/places.py ``_rank``, weights in data/place_ranker.json) ---------

_RANK = ("GeoNames: one name may denote several features (feature classes A, administrative areas, and P, "
         "populated places); a reader picks the one the rest of the report points to. ACLED codebook, event "
         "geography: the location is the place the report means, with its admin1/admin2 and country. The "
         "candidates of a name are scored by features with weights fitted by scripts/fit_place_ranker.py "
         "(conditional logit, each source left out in turn); the rule is the story evidence without which "
         "the runner-up would have won. A name the article repeats is one piece of evidence: its "
         "mentions do not vote for one another.")

RANK_STORY_COUNTRY = fact_rule(
    id="places.rank.story_country", decides="location",
    value="of same-name places, the one in the country the article names, its wording points to or its "
          "other places lie in",
    codebook=_RANK + " A report is about one country unless it says otherwise.",
    examples=[("Lebanese troops used batons against youths who threw rocks at a checkpoint in Tripoli on "
               "Sunday.", "Tripoli (1)")])

RANK_PROVINCE_NAMED = fact_rule(
    id="places.rank.province_named", decides="location",
    value="of same-name places, the one in the province (GeoNames ADM1) another name of the article names",
    codebook=_RANK + " A report that names a province places its towns in it.",
    examples=[("Farmers rallied outside the grain board in Springfield on Monday. Lawmakers in Illinois "
               "promised to review the levy.", "Springfield (1)")])

RANK_STORY_UNIT = fact_rule(
    id="places.rank.story_unit", decides="location",
    value="of same-name places, the ward, constituency or sub-county of the story's country whose population "
          "the gazetteer does not know, over a small populated namesake abroad",
    codebook=_RANK + (" GeoNames gives a populated place its population but an admin unit from a national "
                      "registry (Kenya's IEBC wards and constituencies) none; a missing population is no "
                      "evidence that nobody lives there, so the story's country decides between such a unit "
                      "and a small town of the same name in another country."),
    examples=[("Kenyan police fired teargas at traders who blocked the main road in Masaba on Friday.",
               "Masaba (2)")])

# the ranking features each rule stands for
RANK_RULES = {"named_country": RANK_STORY_COUNTRY, "cue_share": RANK_STORY_COUNTRY, "vote_share": RANK_STORY_COUNTRY,
              "province_named": RANK_PROVINCE_NAMED, "story_unit": RANK_STORY_UNIT}

# ---- seats of admin areas, and villages known only by their area -------------------------------------

_SEAT = ("ACLED codebook, geo_precision 2 and 3: an event whose village or site cannot be found, or that the "
         "source places only in a district or province, is coded at that district's or province's main town "
         "(its capital). GeoNames feature codes: PPLA is the seat of a first-order administrative division, "
         "PPLA2 of a second-order one.")

# The seat rules choose, at index build time, the town that stands for an admin area (``resolve/
# gazetteer_seats.py``); an event coded at the area carries the id of the rule that chose its town.
# Their examples read "<area> (<level>): <town> <population> [<GeoNames feature code>]; …" -> the seat.
SEAT_CAPITAL_CODE = fact_rule(
    id="places.seat.capital_code", decides="seat", value="the town a GeoNames dump marks as the area's "
    "capital (PPLA for a province, PPLA2 for a district)", codebook=_SEAT + (
        " A user's GeoNames dump says which town is the capital; that fact wins over any guess."),
    examples=[("Lorvan (province): Ostemba 41000; Dukari 9500 PPLA; Lorvan 1200", "Dukari"),
              ("Sabetu (district): Kemari 7000; Ulo 2500 PPLA2", "Ulo")])

SEAT_NAMESAKE = fact_rule(
    id="places.seat.namesake_town", decides="seat", value="the town inside the area that bears its name",
    codebook=_SEAT + (" Without capital codes: most provinces and districts are named after their main "
                      "town; a province's namesake counts only if no town four times its size lies in it "
                      "(a village may share a province's name)."),
    examples=[("Lorvan (province): Ostemba 41000; Lorvan 15000", "Lorvan"),
              ("Sabetu (district): Kemari 7000; Sabetu 900", "Sabetu")])

SEAT_LARGEST = fact_rule(
    id="places.seat.largest_town", decides="seat", value="the province's most populous town",
    codebook=_SEAT + (" Without capital codes or a namesake town, a province's largest town is the "
                      "likeliest seat (GeoNames' country capitals: the largest town in 184 of 244 countries). "
                      "A district is named after its seat far more often: one whose namesake the index lacks "
                      "keeps its own name and point."),
    examples=[("Lorvan (province): Ostemba 41000; Lorvan 1200; Dukari 9500", "Ostemba"),
              ("Tessaly (province): Kemari 7000; Ulo 2500", "Kemari")])

SEAT_PROVINCE = fact_rule(
    id="places.seat.province_seat", decides="seat", value="for a district no source places, its province's "
    "seat (geo_precision 3)", codebook=_SEAT + (" ACLED codebook, geo_precision 3: where only the province "
                                                 "can be told, the event is coded at the province's capital. A "
                                                 "district that no town of the gazetteer lies in and none "
                                                 "bears the name of has no point of its own: the event is "
                                                 "known no finer than its province."),
    examples=[("Empty Reach (district of Tessaly): | Kemari 7000; Ulo 2500", "Kemari"),
              ("Dry Fork (district of Lorvan): | Ostemba 41000; Lorvan 15000", "Lorvan")])

SEAT_TABLE = fact_rule(
    id="places.seat.reference_table", decides="seat", value="the seat a shipped table of admin seats names "
    "(data/admin_seats/<ISO3>.tsv), over any guess from the registry's towns", codebook=_SEAT + (
        " ACLED codebook, geo_precision 3: with only a province named, the event is coded at the province's "
        "capital; geo_precision 2: with only a district named, or a village of it that cannot be found, at "
        "the district's capital. Where the capital is neither the area's namesake nor its largest town "
        "(Benin's Alibori department: Kandi, not the larger Malanville), or the registry lacks the town or "
        "files it in another province, a table from public references (the country's territorial law, its constitution "
        "or a published list of its areas' capitals) names it. A capital code in the user's GeoNames dump still wins."),
    examples=[("Lorvan (province): Ostemba 41000; Dukari 9500 TABLE; Lorvan 1200", "Dukari"),
              ("Dry Fork (district of Lorvan): Mesa 0 TABLE | Ostemba 41000; Lorvan 15000", "Mesa")])

SEAT_RULES = (SEAT_CAPITAL_CODE, SEAT_NAMESAKE, SEAT_LARGEST, SEAT_PROVINCE, SEAT_TABLE)

# ---- the point of a whole country or province ------------------------------------------------------

_POINT = ("GeoNames: an administrative division (feature class A: PCLI country, ADM1 first-order division) "
          "is one entry with one representative point, which a toponym naming the whole area resolves to. "
          "ACLED codes an event known only to such an area at its capital instead (geo_precision 3, the "
          "places.seat.* rules); this point is the toponym's.")

# The point rules choose, at index build time, where a country or province lies (``resolve/
# area_points.py``).  Their examples read "<area>: [dump LAT LON;] [centre LAT LON;] [reference LAT LON;]
# towns LAT LON, …; middle LAT LON" -> the point chosen.
POINT_DUMP = fact_rule(
    id="places.point.geonames_dump", decides="area_point",
    value="the point of the area's own entry in a GeoNames dump the user imported", codebook=_POINT + (
        " A user's GeoNames dump gives GeoNames' own point; it wins over any other source."),
    examples=[("Lorvan: dump 49.25 -84.5; reference 50.0 -86.0; towns 43.7 -79.4; middle 45.8 -81.1",
               "49.25 -84.5")])

POINT_CONVENTIONAL = fact_rule(
    id="places.point.conventional_centre", decides="area_point",
    value="a large or elongated country's conventional centre (COUNTRY_CENTRES)", codebook=_POINT + (
        " Without a dump: for the largest countries the centre atlases and gazetteers use is written in "
        "the code, as neither the middle of the towns nor a single reference point keeps to it."),
    examples=[("Tessaly: centre 39.8 -98.6; reference 38.0 -97.0; towns 40.7 -74.0; middle 38.9 -90.0",
               "39.8 -98.6")])

POINT_REFERENCE = fact_rule(
    id="places.point.reference", decides="area_point",
    value="the reference point shipped in data/area_points.tsv (Countries States Cities Database, ODbL)",
    codebook=_POINT + (" Without a dump or a conventional centre: the area's reference point from an open "
                       "database of countries and their subdivisions, keyed by ISO 3166 codes, unless it "
                       "lies more than 300 km from every town the index knows in the area."),
    examples=[("Lorvan: reference 50.0 -86.0; towns 48.4 -89.2, 43.7 -79.4; middle 45.8 -81.1", "50 -86"),
              ("Sabetu: reference -20.3 57.6; towns -20.2 57.5, -19.7 63.4; middle -18.5 58.2", "-20.3 57.6")])

POINT_MIDDLE = fact_rule(
    id="places.point.settlements_middle", decides="area_point",
    value="the middle of the towns the index knows in the area", codebook=_POINT + (
        " Without another point, or with a reference point far from all of the area's towns (a code "
        "matched to another area), the middle of the area's towns says which part of the world it is."),
    examples=[("Lorvan: reference 10.0 10.0; towns 48.4 -89.2, 43.7 -79.4; middle 45.8 -81.1", "45.8 -81.1"),
              ("Sabetu: towns 3.1 12.4, 3.5 12.9; middle 3.3 12.6", "3.3 12.6")])

VILLAGE_IN_UNIT = fact_rule(
    id="places.village_in_unit", decides="location",
    value="a village the gazetteer lacks, qualified by its district or county: the unit's seat, precision 2",
    codebook=_GEO_2 + (" A village that cannot be found but whose district, commune or county the source "
                       "names (\"X village, Y commune\", \"X (Y, Z)\", \"X in Y district\") lies in a part of "
                       "that unit: coded at the unit's seat with geo_precision 2, not 3."),
    examples=[("Unknown gunmen shot dead two traders in Ketemwa village, Marsabit County, on Friday.",
               "Marsabit (2)"),
              ("Herders and farmers clashed over grazing land at Dorogbe (Kandi, Alibori) on Monday.",
               "Kandi (2)")])

THIRD_LEVEL_UNIT = fact_rule(
    id="places.third_level_unit", decides="location",
    value="a third-level unit the index lacks (a Benin arrondissement): its commune's seat, precision 2",
    codebook=_GEO_2 + (" A third-level unit (an arrondissement) is a part of its second-level unit (the commune): "
                       "a report that names only the arrondissement, or a village and its arrondissement, "
                       "places the event in a part of the commune, coded at the commune's seat. The units come "
                       "from eventwire/data/third_level/ (Benin: the benin-geo package, law no. 2013-05)."),
    examples=[("Herders and farmers fought with machetes near the market in Founougo on Thursday.",
               "Banikoara (2)"),
              ("Two herders were beaten by farmers at Yalwassi (Gomparou, Alibori) on Friday.", "Banikoara (2)")])

PROVINCE_IN_STORY = fact_rule(
    id="places.province_in_story", decides="location",
    value="the province another sentence names inside the event's country, precision 3",
    codebook=_GEO_3 + (" A report that places the event only in the country in one sentence and names the "
                       "province in another is coded at that province's capital: the most specific place the "
                       "source gives."),
    examples=[("A Dutch engineer was abducted in Kenya last week. He was found unharmed in Kitui County "
               "on Friday.", "Kitui (3)")])

_UNIT_NAME = ("ACLED codebook, event geography: the location is the most specific place the source names, "
              "and an administrative unit the source names (\"X sub-county\", \"X district\", \"X ward\") is "
              "such a place; GeoNames feature class A: a unit's name followed by its unit word is the unit, "
              "whatever a name recogniser labels the words.")

UNIT_NOT_PERSON = fact_rule(
    id="places.unit_not_person", decides="location",
    value="a place name written with its unit word (\"X Sub-County\", \"X Ward\") stays a place when the "
          "entity recogniser reads the words as a person's or an organisation's name",
    codebook=_UNIT_NAME,
    examples=[("Bandits shot dead a herdsman at Lomuge village, Laikipia West Sub-County, on Sunday.",
               "Laikipia West (2)")])

_FULL_NAME = ("GeoNames: a place's name may be several words (\"Sultan Hamud\", \"Archers Post\"), and a "
              "reader takes the whole name the gazetteer knows, not its first word, after a word that "
              "introduces a place (\"in\", \"at\", \"near\", \"the village of\"); ACLED codebook, event "
              "geography: the location is the town or village the source names, geo_precision 1.")

CUED_FULL_NAME = fact_rule(
    id="places.cued_full_name", decides="location",
    value="after a place cue, the longest run of capitalised words that is a place's whole name in the "
          "gazetteer, even a name too rare to be spotted on its own",
    codebook=_FULL_NAME,
    examples=[("Robbers shot dead a shopkeeper in Sultan Hamud town on Tuesday night.", "Sultan Hamud (1)"),
              ("Police fired tear gas at traders who blocked the highway in Burnt Forest on Monday.",
               "Burnt Forest (1)")])

POSSESSIVE_NAME = fact_rule(
    id="places.possessive_name", decides="location",
    value="a name the gazetteer holds whole with a possessive \"'s\" inside it (\"Cox's Bazar\", \"King's "
          "Lynn\") is that place, not a possessor followed by a place of its own",
    codebook=("GeoNames: a place's name may contain a possessive (\"Cox's Bazar\", \"King's Lynn\"), and a "
              "reader takes the whole name the gazetteer knows; ACLED codebook, event geography: the location "
              "is the most specific place the source names."),
    examples=[("Rohingya refugees protested on Sunday in Cox's Bazar over cuts to their rations.",
               "Coxs Bazar (1)"),
              ("Police in Cox's Bazar district arrested 20 men after a clash between two gangs.",
               "Coxs Bazar (2)")])

AREA_NAMED_WITH_KIND = fact_rule(
    id="places.area_named_with_kind", decides="location",
    value="a capitalised common word followed by the word of an area's kind (\"Unity state\", \"Lakes "
          "state\", \"Liberty county\") is the first- or second-level area of that name, coded at its seat",
    codebook=("GeoNames feature class A: an administrative area's name may be a common word (South Sudan's "
              "Unity and Lakes states), and a text marks it as the area by writing its kind after it. ACLED "
              "codebook, event geography and geo_precision 3: an event known only to a province, state or "
              "region is coded at that area's capital."),
    examples=[("Armed youths raided a cattle camp in Unity state on Friday, killing four herders.", "Bentiu (3)"),
              ("Gunmen killed three traders on a road in Lakes state on Monday.", "Rumbek (3)")])

AREA_KIND_COUNTRY = fact_rule(
    id="places.area_kind_country", decides="location",
    value="a name written with its area's kind (\"Punjab state\", \"Punjab province\") that first-level areas of "
          "several countries bear is read in the countries whose first-level areas ISO 3166-2 names with that "
          "word (India's states, Pakistan's provinces)",
    codebook=("ISO 3166-2 (the pycountry registry package's subdivision types): each country's first-level "
              "areas are of a named kind, India's states and union territories, Pakistan's provinces. ACLED "
              "codebook, event geography: the location lies inside the admin1 area recorded with it, and an "
              "event known only to that area is coded at its capital (geo_precision 3)."),
    examples=[("Farmers blocked a highway across Punjab state on Monday to demand higher crop prices.",
               "Chandigarh (3)"),
              ("Farmers blocked a highway across Punjab province on Monday to demand higher crop prices.",
               "Lahore (3)")])

AREA_KIND_LEVEL = fact_rule(
    id="places.area_kind_level", decides="location",
    value="a name that is both a first- and a second-level area of one country, written with its kind word, is "
          "the area of the level ISO 3166-2 names with that word (Burkina Faso: \"the Sourou region\" the region "
          "of 2025, \"Sourou province\" the province); coded at the area's seat, precision 3 for the first "
          "level and 2 for the second",
    codebook=("ISO 3166-2 (the pycountry registry package's subdivision types and parents): Burkina Faso's "
              "first-level areas are regions and its second-level areas, each with a parent region, provinces. "
              "ACLED codebook, geo_precision: 3 when only a larger region is named, coded at its capital; 2 when "
              "the source names a smaller part of a region (a district, a province inside a region)."),
    examples=[("Jihadists ambushed a supply convoy in the new Sourou region on Sunday, killing four soldiers.",
               "Tougan (3)"),
              ("Jihadists ambushed a supply convoy in Sourou province on Sunday, killing four soldiers.",
               "Sourou (2)")])

AREA_NAME_ANY_COUNTRY = fact_rule(
    id="places.area_name_any_country", decides="location",
    value="a name written with a kind word (\"Northern Region\", \"Western Province\") that the index holds whole "
          "as one country's area is also the bare name with its kind: the first-level areas of that name in every "
          "country stand as candidates, and the story's country (its actors, demonyms, other places) decides; "
          "with no word of a country, the ranking's priors do",
    codebook=("GeoNames: first-level areas of many countries share compass names (Northern, Western, Eastern, "
              "Central), and an alternate name with the kind word ('Northern Region') is listed for some of them "
              "only. ACLED codebook, event geography: the event is coded in the country where it happened, at the "
              "capital of the region named (geo_precision 3)."),
    examples=[("Ghanaian soldiers were sent to the Northern Region on Monday after rival youths clashed there, "
               "leaving three dead.", "Tamale (3)"),
              ("Zambian police fired tear gas at traders protesting in Western Province on Friday.", "Mongu (3)")])

PEOPLE_NAME_NOT_PLACE = fact_rule(
    id="places.people_name_not_place", decides="location",
    value="a people's name that is also a place's name, followed by a word for members of a people "
          "(\"Oru raiders\", \"Oru herders\", \"the Oru and Tessa communities\") and after no locative "
          "preposition, names the actors, not the event's place",
    codebook=("ACLED codebook: identity militias are named after the ethnic or communal group they act for "
              "(\"Pokot Ethnic Militia (Kenya)\"); the event's location is where it happened, the most specific "
              "place the source gives. A people's name describes who acted or was attacked; the same name after "
              "\"in\", \"at\" or \"near\", or with a place word (\"county\"), is the place."),
    examples=[("On Monday, Pokot raiders shot dead two herders at Kapedo and drove away their goats.", "Kapedo (2)"),
              ("On Friday, Turkana herders clashed with raiders at Lokori, killing three of them.", "Lokori (2)")])

LOCAL_PLACE_IN_TOWN = fact_rule(
    id="places.local_place_in_town", decides="location",
    value="a market, school, estate, village, bus park or terminus, junction, roundabout, bridge or square "
          "written \"X market in Y\" (\"X junction in central Y\"): the entry of X inside Y, else Y itself, "
          "never a same-name X in another country",
    codebook=_GEO_ADMIN + (" A market, school, estate, junction or bus terminus that the source places in a town "
                           "lies in that town: the town is the most specific place the coder can find when the "
                           "gazetteer has no entry of the local place's name there."),
    examples=[("Police shot dead two traders at Kabogo market in Ndhiwa on Friday.", "Ndhiwa (1)"),
              ("Vendors fought council guards at Copacabana bus terminus in central Harare on Monday.",
               "Harare (1)")])

CUED_MISSPELLING = fact_rule(
    id="places.cued_misspelling", decides="location",
    value="a capitalised name after a place cue that the gazetteer lacks: the place of the story's "
          "country whose name it misspells (string similarity of 85 or more), else nothing",
    codebook=_GEO_1 + (" A report written quickly misspells small places (\"Kintengela\" for Kitengela); a "
                       "coder who knows the country reads the name as the place of that country it "
                       "misspells, never as a place abroad."),
    examples=[("Kenyan police dispersed residents of Ndarangwa who were protesting the nomination results.",
               "Ndaragwa (2)")])

AP_STATE_ABBREVIATION = fact_rule(
    id="places.ap_state_abbreviation", decides="location",
    value="a town written \"Town, Abbr.\" with a US state's AP abbreviation (or \"Town, XX,\" with its postal "
          "code) is the town of that name inside that state; the abbreviation is the state, never a place of "
          "its own", codebook=(
        "AP Stylebook, \"state names\" and \"datelines\": in text, a state's name following a city or town "
        "is abbreviated Ala., Ariz., Ark., Calif., Colo., Conn., Del., Fla., Ga., Ill., Ind., Kan., Ky., La., "
        "Md., Mass., Mich., Minn., Miss., Mo., Mont., Neb., Nev., N.H., N.J., N.M., N.Y., N.C., N.D., Okla., "
        "Ore., Pa., R.I., S.C., S.D., Tenn., Vt., Va., Wash., W.Va., Wis., Wyo. (Alaska, Hawaii, Idaho, Iowa, "
        "Maine, Ohio, Texas and Utah are not abbreviated); the two-letter postal codes are used with full "
        "addresses. " + _GEO_ADMIN),
    examples=[("Gunmen opened fire on a Mobile, Ala., pharmacy on Monday, wounding two guards.",
               "Mobile (1)"),
              ("Protesters marched in Salem, Ore., on Friday against the new logging permits.", "Salem (1)")])

AREA_OTHER_NAME = fact_rule(
    id="places.area_other_name", decides="location",
    value="a name the registry packages do not give an admin area (a region renamed after their data, a former "
          "province still written, a new area carved out of others) is read as that area from the shipped "
          "table data/area_names/ and coded at its seat, geo_precision 3",
    codebook=("ACLED codebook, event geography and geo_precision 3: an event known only to a province, state or "
              "region is coded at that area's capital. Burkina Faso renamed its regions on 2 July 2025 (the "
              "Sahel region is Liptako, chef-lieu Dori); Kenya's eight provinces were replaced by counties in "
              "2013 (the former Nyanza Province: headquarters Kisumu)."),
    examples=[("Gunmen killed seven herders near a watering point in the Liptako region on Sunday.", "Dori (3)"),
              ("Rival youths fought with machetes in a market of the former Nyanza Province on Friday; one man "
               "died.", "Kisumu (3)")])

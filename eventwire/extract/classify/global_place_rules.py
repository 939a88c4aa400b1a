"""Place rules that carry the codebook's location conventions to countries whose notes use their own
unit words and spellings: a town written as its district, municipality or township ("Tank tehsil",
"the municipio of Aguililla"), a neighbourhood written with its qualified town ("Barangay Poblacion,
Talisay City, Cebu") and a well-known city under another of its spellings ("Idleb") when only a
foreign force's nationality speaks for another country.  Decided in ``resolve/unit_words.py``,
``resolve/places.py`` and ``extract/build.py``.

Expected values in the examples read "<location name> (<geo precision>)"."""
from __future__ import annotations

from .codebook import SPATIAL
from .engine import fact_rule

NAMED_UNIT = fact_rule(
    id="places.named_unit", decides="location",
    value="the town that gives a district, municipality or township its name, precision 2, when the text "
          "names the unit (\"Tank tehsil\", \"Kani township\", \"the municipio of Aguililla\")",
    codebook=SPATIAL + (": geo_precision 2 when the source names a district or another part of a region "
                        "rather than the town; the event is coded at the unit's seat. The unit's word may be "
                        "any country's (LGA, tehsil, township, municipio, raion, nahiya, territoire, "
                        "locality: eventwire/lang/en/unit_words.tsv)."),
    examples=[("On Monday, unidentified gunmen shot dead a polio vaccinator in Tank tehsil.", "Tank (2)"),
              ("On Friday, soldiers clashed with cartel gunmen in the municipio of Tepalcatepec.",
               "Tepalcatepec (2)")])

PLACE_IN_QUALIFIED_TOWN = fact_rule(
    id="places.place_in_qualified_town", decides="location",
    value="the town of \"X, Y, Z\" (Y a town inside the area Z) when X is read outside Z: X's entry "
          "inside Z, else Y",
    codebook=SPATIAL + (": the location is the most specific place the source names for the event, inside "
                        "the admin areas it gives; a neighbourhood or village the gazetteer does not hold "
                        "inside the named town is coded at that town. GeoNames: a populated place's "
                        "admin1 and admin2 codes say which areas hold it."),
    examples=[("On Sunday, unidentified gunmen shot dead a village chief in Barangay Poblacion, "
               "Talisay City, Cebu.", "Talisay (1)")])

PROMINENT_OTHER_NAME = fact_rule(
    id="places.prominent_city_other_name", decides="location",
    value="a city of 100,000 people or more that gives its province its name, written under another "
          "of its names (\"Idleb\"), kept when only a side's nationality speaks for another country",
    codebook=SPATIAL + (": the event is coded where it happened, whoever acted; a foreign state's forces "
                        "(\"Russian warplanes\") act abroad (ACLED codebook, External/Other forces). "
                        "GeoNames alternate names hold the other spellings and transliterations under "
                        "which a well-known city is written."),
    examples=[("Russian warplanes bombed a market in Idleb on Tuesday, killing four people.", "Idlib (1)")])

QUALIFIER_PART_OF_NAME = fact_rule(
    id="places.qualifier_part_of_name", decides="location",
    value="the place itself, when its qualifier was read only by the last word of its name (\"Lower "
          "Shabelle\" found as a \"Shabelle\" abroad) and holds none of the place's entries",
    codebook=SPATIAL + (": a qualifier constrains the place to the area it names; an area the gazetteer "
                        "matched by part of its written name is not that area (GeoNames: a name's words are "
                        "the name, a direction word such as Lower or Upper is part of it)."),
    examples=[("On Monday, al-Shabaab fighters attacked a police post in Afgooye, Lower Shabelle.",
               "Afgooye (1)"),
              ("On Friday, al-Shabaab fighters ambushed a convoy in Jowhar, Middle Shabelle.", "Jawhar (1)")])

UNIT_WORD_COUNTRY = fact_rule(
    id="places.unit_word_country", decides="location",
    value="a name written with the word for a second-level unit that only some countries use (\"Beni "
          "territory\": Congo's territoire; \"Zurmi LGA\": Nigeria's local government area) is read in "
          "those countries when the index holds it there, not as a namesake abroad",
    codebook=SPATIAL + (": the location lies inside the admin1/admin2 areas recorded with it. A unit's word "
                        "belongs to its country's administrative law (the DRC's territoires, Nigeria's "
                        "local government areas, Myanmar's townships: GeoNames ADM2 descriptions; "
                        "eventwire/lang/en/unit_words.tsv lists each word's countries)."),
    examples=[("On Tuesday, ADF militants killed nine farmers in Kalau village, Beni territory.", "Beni (2)")])

CAUSE_REFERENCE = fact_rule(
    id="places.cause_reference", decides="location",
    value="not a place named as what a gathering stands for (\"in support of X\", \"in solidarity with the "
          "people of X\"), nor the war elsewhere an event is tied to (\"clashes linked to X's war\"): the "
          "place where the people gathered or the event happened",
    codebook=("ACLED codebook, event geography: the location is where the event happened; a demonstration is "
              "coded where the demonstrators are, whatever place their cause concerns (ACLED Codebook "
              "(2023), Protests: a public demonstration in which participants gather); violence tied to a "
              "neighbour's war is coded where it happened, not in the war's country."),
    examples=[("On Sunday, hundreds of students marched in Kano in solidarity with the people of Gaza.",
               "Kano (1)"),
              ("Gunfights linked to Syria's civil war killed three people in Arsal, Lebanese police said on Monday.",
               "Aarsal (1)")])

ARABIC_ARTICLE = fact_rule(
    id="places.arabic_article", decides="location",
    value="a name with the Arabic article inside it is also looked up with the article written the other way, "
          "assimilated before a sun letter or not (\"Jisr al-Shughur\" = \"Jisr ash Shughur\", \"Deir ez-Zor\" = "
          "\"Deir al-Zor\"): the same name",
    codebook=SPATIAL + (": the location is the place the source names, found in the gazetteer. Arabic says "
                        "the article al- as the next consonant when that is a sun letter (t, th, d, dh, r, z, "
                        "s, sh, n); the BGN/PCGN romanization of Arabic writes it so (ash-Sh…), other "
                        "romanizations keep al-: both spellings name one place."),
    examples=[("On Sunday, aircraft bombed a market in Jisr al-Shughur, western Idlib, killing six.",
               "Jisr ash Shughur (1)")])

PERSON_ORIGIN = fact_rule(
    id="places.person_origin", decides="location",
    value="a place named as a person's home (\"a driver from X\", \"traders originally from X\") ranks after "
          "the clause's other places: the place where the event happened",
    codebook=("ACLED codebook, event geography: the location is where the event happened. News identifies a "
              "person by the place they come from (AP Stylebook, \"hometown\"): \"a trader from X killed in "
              "Y\" happened in Y."),
    examples=[("On Monday, gunmen shot dead a motorcycle taxi driver from Jayapura in Wamena.", "Wamena (1)")])

TRIP_END = fact_rule(
    id="places.trip_end", decides="location",
    value="a place named as the end of a journey (where travellers were going or coming from, where the hurt "
          "were carried or treated: \"on their way to X\", \"a bus travelling from X\", \"rushed to a hospital "
          "in X\") ranks after the clause's other towns and provinces (before its country), as a reference "
          "point does; alone, it is coded with precision 2 (the event lies on the way, near it)",
    codebook=SPATIAL + (": the location is where the event happened. A town named as a journey's start or "
                        "end, or as where the wounded were taken, only says where the event lies from it, as "
                        "a town named in \"15 km from X\" does; it is the event's place when the source names "
                        "no other, with geo_precision 2, as an event near a town is coded at that town."),
    examples=[("On Tuesday, bandits ambushed a lorry heading to Lodwar in Turkana South, killing the driver.",
               "Turkana South (2)"),
              ("On Monday, gunmen shot dead two traders travelling from Maiduguri in Konduga LGA.", "Konduga (2)")])

OFFICE_SEAT = fact_rule(
    id="places.office_seat", decides="location",
    value="a place named as the seat of someone's office (\"the Kitui Governor\", \"the Nyeri governorship\", "
          "\"the deputy governor of Bomet\") ranks after the clause's other towns and provinces (before its "
          "country), as a reference point does",
    codebook=SPATIAL + (": the location is where the event happened. A governor, senator or mayor is named "
                        "with the place they hold office for, which says whom the event concerns, not where "
                        "it took place; that place is the event's when the source names no other."),
    examples=[("On Sunday, youths pelted the governor of Embu with stones at a rally in Runyenjes.", "Runyenjes (1)"),
              ("On Friday, unknown attackers stabbed an aide to the governor of Bomet outside a bar in Sotik.",
               "Sotik (1)")])

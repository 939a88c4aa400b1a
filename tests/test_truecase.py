"""Capitals restored to caseless articles, letter for letter."""
from eventwire.nlp.truecase import caseless, truecase

PLACES = {"Kandi", "Porto Novo", "Cotonou"}
COUNTRIES = {"Benin"}


def test_caseless_text_gets_dates_sentence_starts_and_known_places():
    text = "on 5 may 2019, gunmen attacked a village near kandi in benin. police arrived on tuesday."
    out = truecase(text, PLACES.__contains__, COUNTRIES.__contains__)
    assert out == "On 5 May 2019, gunmen attacked a village near Kandi in Benin. Police arrived on Tuesday."
    assert len(out) == len(text)


def test_all_capitals_are_read_as_caseless_and_multiword_places_kept_whole():
    text = "PROTESTERS MARCHED IN PORTO NOVO ON FRIDAY AGAINST FUEL PRICES."
    assert truecase(text, PLACES.__contains__) == "Protesters marched in Porto Novo on Friday against fuel prices."


def test_ordinary_text_and_unknown_words_are_left_alone():
    text = "Protesters marched in Porto Novo on Friday."
    assert not caseless(text) and truecase(text, PLACES.__contains__) == text
    lower = "residents gathered in the market of a small town to protest against the may levy."
    assert truecase(lower, PLACES.__contains__) == "Residents gathered in the market of a small town to protest against the may levy."


def test_areas_named_before_their_kind_roads_between_towns_and_possessives():
    places = PLACES | {"Zou", "Bohicon", "Abomey"}
    text = "bandits robbed a trader near agonli, zou department, on the bohicon-abomey road. i saw benins soldiers."
    out = truecase(text, places.__contains__, COUNTRIES.__contains__)
    assert out == ("Bandits robbed a trader near agonli, Zou department, on the Bohicon-Abomey road. I saw Benins "
                   "soldiers.")
    assert truecase("students marched through cotonou on monday.", PLACES.__contains__) == \
        "Students marched through Cotonou on Monday."


def test_abbreviated_months_beside_a_number():
    text = "on 2 aug 2018, traders were arrested. 28 feb. police repulsed an attack on sept. 5 at dawn."
    assert truecase(text, PLACES.__contains__) == \
        "On 2 Aug 2018, traders were arrested. 28 Feb. Police repulsed an attack on Sept. 5 at dawn."


def test_small_places_named_with_their_district_or_in_the_story_country():
    from eventwire.nlp.truecase import Local
    places = {"Malanville", "Alibori"}
    small = {("Gogounou", "BEN")}
    local = Local(lambda name: "BEN" if name in places else None,
                  lambda name, countries: any((name, c) in small for c in countries))
    text = "on 31 march 2020, herders protested in torozougou (malanville, alibori). a farmer fled to gogounou."
    assert truecase(text, places.__contains__, None, local) == \
        "On 31 March 2020, herders protested in Torozougou (Malanville, Alibori). A farmer fled to Gogounou."
    assert truecase("a farmer fled to gogounou on monday.", places.__contains__, None, local) == \
        "A farmer fled to gogounou on Monday."  # no known name points to a country


def test_names_known_only_in_capitals_get_them_back_but_words_do_not():
    from eventwire.nlp.truecase import Local
    forms = {"odm": "ODM", "kdf": "KDF", "the": "THE"}
    local = Local(lambda name: None, lambda name, countries: False, forms.get)
    out = truecase("supporters of odm clashed with the kdf on monday.", PLACES.__contains__, None, local)
    assert out == "Supporters of ODM clashed with the KDF on Monday."


def test_a_countrys_own_terms_get_their_capitals_back():
    text = ("a man was stabbed at an opposition nasa rally in the ward on sunday, and the mca said the "
            "iebc must act; supporters of odinga marched later.")
    out = truecase(text, lambda name: False)
    assert "NASA rally" in out and "the MCA said" in out and "the IEBC must" in out and "of Odinga" in out
    # a word that only contains a term is left as it is
    assert "mcaleese" in truecase("the court heard from mcaleese about the riot on the bridge.", lambda n: False)


def test_compass_points_and_downtown_stay_lower_case_before_a_place():
    # GeoNames knows "Northeast", "Downtown", "Capital" as other names of districts abroad; news style
    # writes a direction or a part of a town in lower case, so none of them opens a place's name
    places = PLACES | {"Northeast", "Southeastern", "Downtown", "Capital", "Mountain", "Kandi"}
    text = "gunmen killed four herders near kandi in northeast benin, and a grenade hit a bar in downtown cotonou."
    assert truecase(text, places.__contains__, COUNTRIES.__contains__) == \
        "Gunmen killed four herders near Kandi in northeast Benin, and a grenade hit a bar in downtown Cotonou."
    text = "a judge was shot in the capital on friday and a chief in the southeastern town of kandi."
    assert truecase(text, places.__contains__, COUNTRIES.__contains__) == \
        "A judge was shot in the capital on Friday and a chief in the southeastern town of Kandi."


def test_a_direction_that_belongs_to_the_name_keeps_its_capital():
    places = PLACES | {"North Kivu", "Northeast"}
    text = "rebels killed nine villagers in north kivu and two traders in northeast kandi on monday."
    assert truecase(text, places.__contains__, COUNTRIES.__contains__) == \
        "Rebels killed nine villagers in North Kivu and two traders in northeast Kandi on Monday."

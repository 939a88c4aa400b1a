"""Gazetteer and geoparser tests against the real GeoNames-derived index."""
from __future__ import annotations

import math
import time

import pytest
from hypothesis import HealthCheck, given, settings as hsettings
from hypothesis import strategies as st

from eventwire.resolve.gazetteer_build import haversine_km, normalize, strip_article
from eventwire.resolve.places import GAZETTEER_VERSION, Gazetteer, gazetteer_path, gazetteer_stats
from eventwire.settings import Settings

pytestmark = pytest.mark.gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(Settings.from_env())


def _resolved(gaz: Gazetteer, text: str, name: str):
    for t in gaz.geoparse(text):
        if t.text == name:
            return t.place
    raise AssertionError(f"{name!r} not found in {[t.text for t in gaz.geoparse(text)]}")


@pytest.mark.parametrize("raw, expected", [
    ("Deir ez-Zor", "deir ez zor"),
    ("Ṣanʿāʾ", "sana"),
    ("Sana'a", "sanaa"),
    ("  Côte d’Ivoire ", "cote divoire"),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


def test_strip_article():
    assert strip_article("al hudaydah") == "hudaydah"
    assert strip_article("alabama") == "alabama"


def test_index_is_versioned(gaz):
    assert gaz.version == GAZETTEER_VERSION
    assert gazetteer_path(Settings.from_env()).name == f"gazetteer-{GAZETTEER_VERSION}.sqlite"
    assert Gazetteer.load(Settings.from_env()) is gaz


def test_baghdad(gaz):
    p = _resolved(gaz, "A car bomb exploded in Baghdad on Sunday, police said.", "Baghdad")
    assert p.iso3 == "IRQ" and p.country == "Iraq" and p.feature == "city"
    assert haversine_km(p.latitude, p.longitude, 33.34, 44.40) < 10
    assert p.admin1


@pytest.mark.parametrize("context, iso3", [
    ("Clashes broke out in Tripoli, in northern Lebanon, near the Syrian border.", "LBN"),
    ("Militias fought in Tripoli as the crisis in Libya deepened.", "LBY"),
])
def test_tripoli_follows_context(gaz, context, iso3):
    assert _resolved(gaz, context, "Tripoli").iso3 == iso3


def test_deir_ez_zor_spellings_agree(gaz):
    a = _resolved(gaz, "Airstrikes hit Deir ez-Zor on Monday.", "Deir ez-Zor")
    b = _resolved(gaz, "Airstrikes hit Dayr az Zawr on Monday.", "Dayr az Zawr")
    assert a.iso3 == b.iso3 == "SYR"
    assert haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) < 50


@pytest.mark.parametrize("name", ["Hodeidah", "al-Hudaydah"])
def test_hodeidah(gaz, name):
    p = _resolved(gaz, f"Houthi forces shelled {name} port overnight.", name)
    assert p.iso3 == "YEM"


@pytest.mark.parametrize("text, name, iso3, lat, lon", [
    ("Al-Shabaab gunmen attacked a bus near Mandera on Tuesday.", "Mandera", "KEN", 3.94, 41.86),
    ("Students protested in Garissa town over insecurity.", "Garissa", "KEN", -0.45, 39.65),
    ("Traders marched through Cotonou against new taxes.", "Cotonou", "BEN", 6.37, 2.42),
    ("Police dispersed a rally in Parakou, Benin.", "Parakou", "BEN", 9.34, 2.63),
])
def test_small_and_mid_towns(gaz, text, name, iso3, lat, lon):
    p = _resolved(gaz, text, name)
    assert p.iso3 == iso3
    assert haversine_km(p.latitude, p.longitude, lat, lon) < 25


def test_province_hint_gives_admin1(gaz):
    text = "Taliban fighters attacked a checkpoint in Kunar province, officials said."
    tops = gaz.geoparse(text)
    kunar = [t for t in tops if t.text == "Kunar"]
    assert kunar, [t.text for t in tops]
    p = kunar[0].place
    assert p.feature == "admin1" and p.iso3 == "AFG" and p.admin1 == p.name


def test_admin1_and_country_records(gaz):
    assert gaz.lookup("Atlantique", "BEN").feature == "admin1"
    nairobi = gaz.lookup("Nairobi County")
    assert nairobi.iso3 == "KEN"
    assert gaz.country("IRQ").name == "Iraq"
    assert gaz.country("DR Congo").country == "Democratic Republic of Congo"
    assert gaz.country("Ivory Coast").iso3 == "CIV"
    assert gaz.country("the US").iso3 == "USA"
    assert gaz.country("KE").iso3 == "KEN"
    assert gaz.country("Atlantis") is None


def test_candidates_best_first(gaz):
    cands = gaz.candidates("Tripoli")
    assert {c.iso3 for c in cands[:3]} >= {"LBY", "LBN"}
    pops = [c.population for c in cands if c.feature == "city"]
    assert pops[0] == max(pops)
    assert gaz.candidates("Xqzzyville") == []


def test_lookup_filters(gaz):
    assert gaz.lookup("Tripoli", "LBN").iso3 == "LBN"
    assert gaz.lookup("Xqzzyville") is None


def test_scan_offsets_exact(gaz):
    text = "On Friday, protesters in Nairobi and Mombasa, Kenya, marched; police in al-Anbar watched."
    spans = gaz.scan(text)
    found = [text[s:e] for s, e in spans]
    assert found == ["Nairobi", "Mombasa", "Kenya", "al-Anbar"]


@pytest.mark.parametrize("text, absent", [
    ("Police said the Army would investigate.", {"Police", "Army"}),
    ("In March, President Thomas met David Nelson.", {"March", "Thomas", "David", "Nelson"}),
    ("Reading the report, officials said of the matter little.", {"Reading", "Of"}),
])
def test_scan_skips_common_words_and_people(gaz, text, absent):
    assert not absent & {text[s:e] for s, e in gaz.scan(text)}


def test_admin_word_excluded_from_span(gaz):
    text = "Fighting spread across Kunar province and into Nangarhar."
    found = [text[s:e] for s, e in gaz.scan(text)]
    assert found == ["Kunar", "Nangarhar"]


def test_extra_spans_are_kept_and_resolved(gaz):
    text = "Witnesses near Baghdad International Airport and the Qaraqosh camp reported blasts."
    s = text.index("Baghdad International Airport")
    e = s + len("Baghdad International Airport")
    q = text.index("Qaraqosh camp")
    tops = gaz.geoparse(text, extra_spans=[(s, e), (q, q + len("Qaraqosh camp"))])
    airport = [t for t in tops if t.start == s]
    assert airport and airport[0].end == e and airport[0].place.iso3 == "IRQ"
    for t in tops:
        assert text[t.start:t.end] == t.text


def test_unknown_extra_span_is_unresolved(gaz):
    text = "They met at Zorblax Plaza yesterday."
    s = text.index("Zorblax")
    tops = gaz.geoparse(text, extra_spans=[(s, s + len("Zorblax Plaza"))])
    assert [(t.text, t.place, t.source) for t in tops] == [("Zorblax Plaza", None, "ner")]


def test_country_hint(gaz):
    text = "Gunmen stormed a church in Tripoli."
    assert gaz.geoparse(text, country_hint="LBN")[0].place.iso3 == "LBN"


_WORDS = st.sampled_from(["Baghdad", "Tripoli", "Kenya", "in", "the", "Mandera", "al-Anbar", "Police",
                          "Deir ez-Zor", "Parakou", "said", ",", ".", "Kunar province", "US", "march",
                          "New York", "Hodeidah", "é", "\n", "Nairobi County", "the U.S.", "’s"])


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=25))
def test_geoparse_invariants(gaz, parts):
    text = " ".join(parts)
    spans = [(0, min(len(text), 7))] if text else []
    for t in gaz.geoparse(text, extra_spans=spans):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        if t.place is not None:
            assert -90 <= t.place.latitude <= 90 and -180 <= t.place.longitude <= 180
            assert not math.isnan(t.place.latitude)
    for s, e in gaz.scan(text):
        assert 0 <= s < e <= len(text)


def test_bench_load_and_throughput(gaz, capsys):
    stats = gazetteer_stats(Settings.from_env())
    text = ("Security forces clashed with protesters in Nairobi, Kisumu and Mombasa on Tuesday, "
            "while in Somalia al-Shabaab attacked Beledweyne and Mogadishu. ") * 5
    t = time.perf_counter()
    for _ in range(50):
        gaz.geoparse(text)
    per_article = (time.perf_counter() - t) / 50
    with capsys.disabled():
        print(f"\ngazetteer: {stats}; geoparse {per_article * 1000:.2f} ms/article")
    assert stats["scan_names"] > 10_000


@pytest.mark.parametrize("name, iso3", [
    ("Kherson", "UKR"), ("Kharkiv", "UKR"), ("Donetsk", "UKR"), ("Kabul", "AFG"), ("Nairobi", "KEN"),
    ("Mosul", "IRQ"), ("Aleppo", "SYR"), ("Idlib", "SYR"), ("Kunduz", "AFG"), ("Mandera", "KEN"),
    ("Garissa", "KEN"), ("Gaza", "PSE"),
])
def test_bare_name_of_city_and_its_province_is_the_city(gaz, name, iso3):
    p = _resolved(gaz, f"Shelling was reported in {name} on Monday, residents said.", name)
    assert (p.feature, p.iso3) == ("city", iso3)


@pytest.mark.parametrize("text, name", [
    ("Fighting spread across Kherson oblast overnight.", "Kherson"),
    ("Drones struck targets in the Kharkiv region.", "Kharkiv"),
    ("Airstrikes hit villages in the province of Idlib.", "Idlib"),
    ("Gunmen attacked a convoy in Mandera County.", "Mandera"),
])
def test_admin_word_keeps_the_admin_area(gaz, text, name):
    assert _resolved(gaz, text, name).feature in ("admin1", "admin2")


def test_acled_admin_path_resolves_unknown_name_inside_it(gaz):
    text = "Unidentified gunmen abducted two village chiefs in Boni (Douentza, Mopti, Mali)."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    boni, mopti = tops["Boni"], tops["Mopti"]
    assert boni.iso3 == "MLI" and boni.name == "Douentza" and boni.feature in ("city", "admin2")
    assert (mopti.feature, mopti.iso3) == ("admin1", "MLI")
    assert tops["Mali"].feature == "country"


def test_acled_admin_path_for_a_name_the_gazetteer_lacks(gaz):
    text = "Militants burned the market of Zorblaxa (Douentza, Mopti, Mali) on Sunday."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops["Zorblaxa"].name == "Douentza" and tops["Zorblaxa"].iso3 == "MLI"


def test_acled_admin_path_needs_known_admin_areas(gaz):
    text = "Jan Peeters (Qworbl, Belgium) finished fifth."
    assert "Jan Peeters" not in {t.text for t in gaz.geoparse(text)}


def test_alternate_name_far_from_the_article_country_is_left_unresolved(gaz):
    text = ("Gunmen abducted two village chiefs in Boni, in central Mali, on Tuesday, "
            "a week after clashes near Douentza and Mopti.")
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops["Mali"].iso3 == "MLI" and tops["Douentza"].iso3 == "MLI"
    assert tops.get("Boni") is None


def test_small_town_found_in_the_article_country(gaz):
    text = "ISWAP fighters overran a military base in Malam Fatori, Borno State, on Sunday."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    p = tops["Malam Fatori"]
    assert p.iso3 == "NGA" and p.admin1 == "Borno"
    assert haversine_km(p.latitude, p.longitude, 13.67, 13.34) < 25
    assert tops["Borno"].feature == "admin1"


@pytest.mark.parametrize("text, absent, present", [
    ("Islamic State West Africa Province claimed the attack in Borno State, Nigeria.",
     {"Africa", "West Africa"}, {"Borno", "Nigeria"}),
    ("Kenya Defence Forces repelled an attack near Mandera.", {"Kenya"}, {"Mandera"}),
    ("The Osun State Police Command said it recovered 86 firearms.", set(), {"Osun"}),
    ("The Sudan People's Liberation Army withdrew from Juba.", {"Sudan"}, {"Juba"}),
])
def test_places_inside_organisation_names(gaz, text, absent, present):
    names = {t.text.removeprefix("The ") for t in gaz.geoparse(text)}
    assert not absent & names and present <= names, names


def test_org_name_suppresses_ner_spans_too(gaz):
    text = "Islamic State West Africa Province fighters attacked Monguno."
    s = text.index("West Africa")
    tops = gaz.geoparse(text, extra_spans=[(s, s + len("West Africa"))])
    assert "West Africa" not in {t.text for t in tops}


def test_continent_is_a_toponym_without_country(gaz):
    p = _resolved(gaz, "Aid to Africa rose last year.", "Africa")
    assert p.feature == "continent" and p.iso3 == ""


def test_country_points_lie_near_their_own_settlements(gaz):
    import sqlite3

    from eventwire.resolve.gazetteer_build import COUNTRY_CENTRES

    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    for iso3 in COUNTRY_CENTRES:
        c = gaz.country(iso3)
        near = con.execute(
            "SELECT count(*) FROM places WHERE iso3=? AND feature='city' AND abs(lat-?)<4 AND abs(lon-?)<6",
            (iso3, c.latitude, c.longitude)).fetchone()[0]
        assert near > 0, iso3
    con.close()
    assert haversine_km(gaz.country("RUS").latitude, gaz.country("RUS").longitude, 55.75, 37.62) > 1500


def test_acled_path_without_country_pins_the_place(gaz):
    # admin2 and admin1 in brackets, no country: only Benin has a Borgou with a Kalale in it
    text = "On 3 May, gunmen abducted a trader near Tchikandou (Kalale, Borgou)."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops["Tchikandou"].iso3 == "BEN" and tops["Tchikandou"].admin1 == "Borgou"
    assert tops["Borgou"].feature == "admin1"


def test_admin1_alone_in_brackets_pins_the_country(gaz):
    text = "Fishermen set fire to a patrol boat at Kampi ya Samaki (Baringo) on Friday."
    places = [t.place for t in gaz.geoparse(text) if t.place is not None]
    assert places and {p.iso3 for p in places} == {"KEN"}


def test_article_written_together_with_the_name(gaz):
    assert _resolved(gaz, "Two soldiers died when their truck hit a mine near Alqaim.", "Alqaim").iso3 == "IRQ"
    assert _resolved(gaz, "Gunmen raided a bank in Elwak town.", "Elwak").iso3 == "KEN"


@pytest.mark.parametrize("text, firm, stray", [
    ("Jubilee supporters clashed with rivals in Nakuru County on Sunday.", "Nakuru", "Jubilee"),
    # beside a single firm place too
    ("Students of a school near Migori went on a rampage demanding the removal of Principal Otieno.",
     "Migori", "Principal"),
])
def test_small_foreign_namesake_in_a_text_about_another_country_is_dropped(gaz, text, firm, stray):
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops[firm].iso3 == "KEN"
    assert tops.get(stray) is None


def test_country_cues_break_ties_between_namesakes(gaz):
    text = "Police dispersed traders protesting in Meru."
    cued = {t.text: t.place for t in gaz.geoparse(text, country_cues={"KEN": 1})}
    assert cued["Meru"].iso3 == "KEN"


def test_name_after_a_comma_is_the_containing_area(gaz):
    text = "Insurgents ambushed a patrol in Shindand district, Herat, on Monday."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops["Herat"].feature == "admin1" and tops["Shindand"].admin1 == "Herat"
    # a city name on its own stays the city
    assert _resolved(gaz, "Insurgents attacked a checkpoint in Herat on Monday.", "Herat").feature == "city"


def test_admin_name_with_its_admin_word_survives_a_stray_small_namesake(gaz):
    text = "Robbers shot dead a watchman at Soy Junction Hotel in Kakamega county on Friday."
    tops = {t.text: t.place for t in gaz.geoparse(text, extra_spans=[(text.index("Kakamega"),
                                                                     text.index(" on Friday"))])}
    assert tops["Kakamega county"].iso3 == "KEN" and tops["Kakamega county"].feature == "admin1"


def test_izafe_spelling_variants_are_found_in_the_article_country(gaz):
    text = "Gunmen killed a council member in Puli Alam district, Logar, on Monday."
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert tops["Puli Alam"].iso3 == "AFG" and "Puli" not in tops
    assert _resolved(gaz, "Fighting was reported in Puli Khumri, Baghlan.", "Puli Khumri").iso3 == "AFG"


def test_izafe_variant_of_a_scanned_name_is_spotted_without_the_model(gaz):
    # no NER span given: the scan alone must find "Nahri Saraj" as "Nahr-e Saraj"
    tops = {t.text: t.place for t in gaz.geoparse("A sniper shot two soldiers in Nahri Saraj district, Helmand.")}
    assert tops["Nahri Saraj"].name == "Nahr-e Saraj" and "Saraj" not in tops


def test_first_word_of_an_arabic_name_that_goes_on_is_not_a_place(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Missiles struck Ain al-Asad air base in Iraq.")}
    assert "Ain" not in tops or tops["Ain"] is None


def test_town_that_names_its_province_beats_a_foreign_district_of_that_name(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Traders protested in Kwale over new market fees.")}
    assert tops["Kwale"].iso3 == "KEN" and tops["Kwale"].feature == "city"


def test_lakes_forests_and_streets_are_not_the_towns_they_share_a_name_with(gaz):
    text = ("Fishermen protested near Lake Victoria after clashes in the Mau Forest; later they "
            "marched along Moi Riverside Drive in Kisumu.")
    tops = {t.text: t.place for t in gaz.geoparse(text)}
    assert "Victoria" not in tops and "Mau" not in tops and "Riverside" not in tops
    assert tops["Kisumu"].iso3 == "KEN"


def test_demonym_of_the_state_forces_drops_small_foreign_namesakes(gaz):
    text = "Kenyan police said a trader was shot dead in Sacco market by unknown gunmen."
    tops = {t.text: t.place for t in gaz.geoparse(text, country_cues={"KEN": 2})}
    assert tops.get("Sacco") is None


def test_a_district_outside_the_country_of_its_named_container_is_not_taken(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Insurgents overran an outpost in Shamal district, Khost, on Friday.")}
    assert tops["Khost"].iso3 == "AFG"
    assert tops["Shamal"] is None or tops["Shamal"].iso3 == "AFG"


def test_a_list_of_cities_is_not_read_as_town_and_container(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Traders protested in Cotonou, Dakar and Bamako.")}
    assert (tops["Cotonou"].iso3, tops["Dakar"].iso3, tops["Bamako"].iso3) == ("BEN", "SEN", "MLI")


def test_hyphenated_pairs_of_towns_are_two_places_and_hyphenated_names_stay_whole(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Traders blocked the Kitale-Eldoret highway; students "
                                                  "marched in Abomey-Calavi.")}
    assert tops["Kitale"].iso3 == "KEN" and tops["Eldoret"].iso3 == "KEN"
    assert tops["Abomey-Calavi"].iso3 == "BEN"


def test_hong_kong_is_coded_in_china_as_acled_does(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Protesters clashed with police in Mong Kok, Hong Kong.")}
    assert tops["Mong Kok"].iso3 == "CHN" and tops["Mong Kok"].admin1 == "Hong Kong"
    assert tops["Hong Kong"].iso3 == "CHN" and tops["Hong Kong"].feature == "admin1"
    assert gaz.country("HKG").iso3 == "CHN"


def test_federal_capital_territory_is_nigerias(gaz):
    tops = {t.text: t.place for t in gaz.geoparse("Gunmen struck a village in the Federal Capital Territory (FCT).")}
    assert tops["Federal Capital Territory"].iso3 == "NGA" and tops["Federal Capital Territory"].feature == "admin1"


def test_a_surname_standing_alone_is_the_person_not_a_town(gaz):
    from eventwire.pipeline import clean_toponyms
    from eventwire.records import Entity

    text = ("The State Department in Washington condemned the release in Pakistan of the man convicted over "
            "the murder of Daniel Pearl. Pearl was 38.")
    alone = text.index("Pearl was")
    found = gaz.geoparse(text, extra_spans=[(alone, alone + 5)])
    assert {t.text: t.place for t in found}["Pearl"].iso3 == "USA"  # the model's reading: a town
    person = Entity("Daniel Pearl", text.index("Daniel"), text.index("Daniel") + 12, "PERSON")
    kept = {t.text: t.place for t in clean_toponyms(found, (person,))}
    assert kept["Washington"].iso3 == "USA" and kept["Pakistan"].iso3 == "PAK"
    assert kept["Pearl"] is None


def test_arabic_names_are_found_under_their_other_transliterations(gaz):
    assert "SYR" in {p.iso3 for p in gaz.candidates("Ras al-Ain")}
    assert "SYR" in {p.iso3 for p in gaz.candidates("Kfar Nabl")}
    assert "PSE" in {p.iso3 for p in gaz.candidates("Beyt Lahia")}


def test_forces_of_a_bordering_country_do_not_unresolve_the_town_they_struck(gaz):
    text = "Russian forces shelled the town of Orikhiv overnight."
    tops = {t.text: t.place for t in gaz.geoparse(text, country_cues={"RUS": 1})}
    assert tops["Orikhiv"] is not None and tops["Orikhiv"].iso3 == "UKR"
    # a small namesake oceans away, with no entry in the story's country, is still dropped on the same wording
    far = {t.text: t.place for t in gaz.geoparse("Kenyan police dispersed voters at Oslob school.",
                                                 country_cues={"KEN": 2})}
    assert far.get("Oslob") is None


# ---- qualifiers: the area named with a place constrains it -----------------------------------

@pytest.mark.parametrize("text, name, iso3, admin1", [
    # "X, Y County": a same-name village in another country is not taken; the county stands in
    ("Gunmen killed three farmers in Kisiwani, Kilifi County on Monday.", "Kisiwani", "KEN", "Kilifi"),
    # "X area of Y district, Z": the district and its province, not a city of that name abroad
    ("A sniper shot a soldier in the Mardan area of Nad Ali district, Helmand.", "Mardan",
     "AFG", "Helmand"),
    # "the Y town of X"
    ("Fighters stormed the Borno town of Baga at dawn.", "Baga", "NGA", "Borno"),
])
def test_a_qualified_place_stays_inside_the_area_named_with_it(gaz, text, name, iso3, admin1):
    p = _resolved(gaz, text, name)
    assert p is not None and p.iso3 == iso3 and p.admin1 == admin1


def test_a_place_qualified_by_a_country_has_no_namesake_abroad(gaz):
    assert _resolved(gaz, "Twelve fishermen were killed in Baga in Nigeria.", "Baga") is None or \
        _resolved(gaz, "Twelve fishermen were killed in Baga in Nigeria.", "Baga").iso3 == "NGA"


def test_two_well_known_towns_side_by_side_are_not_one_inside_the_other(gaz):
    found = {t.text: t.place for t in gaz.geoparse("Traders went on strike in Mombasa, Kisumu and Eldoret.")}
    assert found["Mombasa"].name == "Mombasa" and found["Mombasa"].feature == "city"


def test_qualifier_pairs_read_commas_of_in_and_town_of(gaz):
    from eventwire.resolve.places import _Mention, qualifier_pairs

    text = "Clashes in Kisiwani, Kilifi County and in the Borno town of Baga."

    def mention(name, hint=None):
        s = text.index(name)
        m = _Mention(s, s + len(name), hint, "gazetteer")
        m.cands = [(p, 1.0, False) for p in gaz.candidates(name)[:5]]
        return m

    k, kc, b, bg = mention("Kisiwani"), mention("Kilifi", "admin"), mention("Borno"), mention("Baga")
    pairs = {(text[x.start:x.end], text[y.start:y.end]) for x, y in qualifier_pairs(text, [k, kc, b, bg])}
    assert pairs == {("Kisiwani", "Kilifi"), ("Baga", "Borno")}


# ---- coherence: names that are not where the event happened ---------------------------------

@pytest.mark.parametrize("text, name, expected", [
    ("Protesters angry over the high US dollar exchange rate blocked a road.", "US", True),
    ("A UK national's home was burnt down by raiders.", "UK", True),
    ("Two Kenya nationals were seized by pirates off the coast.", "Kenya", True),
    ("A guard at the Kenya National Museum was stabbed by thieves.", "Kenya", False),
    ("Students of the Uganda national university marched to parliament.", "Uganda", False),
    ("Protesters gathered outside the UK embassy in Nairobi.", "UK", True),
    ("Protesters gathered outside the UK embassy in Nairobi.", "Nairobi", False),
    ("A grenade went off in a Kenyan market town bordering Somalia.", "Somalia", True),
    ("Bandits from Ethiopia killed two herders.", "Ethiopia", True),
    ("Soldiers clashed with rebels in Somalia on Monday.", "Somalia", False),
    ("Police dispersed protesters in Nairobi.", "Nairobi", False),
])
def test_modifiers_and_reference_points_are_not_event_places(gaz, text, name, expected):
    from eventwire.resolve.places import non_event_use

    t = next(t for t in gaz.geoparse(text) if t.text == name)
    assert non_event_use(text, t) is expected


def test_a_village_of_a_local_government_area_stays_in_that_area(gaz):
    p = _resolved(gaz, "Gunmen attacked Maro village in Kajuru Local Government Area of Kaduna State.", "Maro")
    assert p is not None and p.iso3 == "NGA" and p.admin1 == "Kaduna"


def test_country_province_and_district_alone_are_coded_at_their_seat(gaz):
    assert gaz.seat(gaz.country("KEN")).name == "Nairobi"
    assert gaz.seat(gaz.country("BEN")).name == "Cotonou"  # the seat of government, not Porto-Novo
    helmand = next(p for p in gaz.candidates("Helmand") if p.feature == "admin1")
    assert gaz.seat(helmand).name == "Lashkar Gah"  # its largest town
    mandera = next(p for p in gaz.candidates("Mandera") if p.feature == "admin1")
    assert gaz.seat(mandera).name == "Mandera" and gaz.seat(mandera).feature == "city"


def test_a_misspelt_province_is_matched_only_inside_the_story_country(gaz):
    text = "Taliban fighters attacked a checkpoint in Urozgan on Monday."
    span = [(text.index("Urozgan"), text.index("Urozgan") + len("Urozgan"))]
    afghan = {t.text: t.place for t in gaz.geoparse(text, extra_spans=span, country_cues={"AFG": 2})}
    assert afghan["Urozgan"] is not None and afghan["Urozgan"].admin1 == "Uruzgan"
    elsewhere = {t.text: t.place for t in gaz.geoparse(text, extra_spans=span, country_cues={"KEN": 2})}
    assert elsewhere["Urozgan"] is None


def test_ranking_weights_ship_with_their_manifest():
    import json
    from pathlib import Path

    import eventwire
    from eventwire.resolve.places import ranker_weights

    doc = json.loads((Path(eventwire.__file__).parent / "data" / "place_ranker.json").read_text(encoding="utf-8"))
    assert doc["version"] and doc["manifest"]["training_data"]
    assert set(doc["manifest"]["features"]) == set(ranker_weights())


def test_a_country_possessive_written_without_its_apostrophe_is_the_country(gaz):
    found = {t.text: t.place for t in gaz.geoparse("Traders shut shops in Benins largest market town on Friday.")}
    assert found["Benin"].feature == "country" and found["Benin"].iso3 == "BEN"

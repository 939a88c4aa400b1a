import datetime as dt
from collections import defaultdict

import pycountry
import pytest

from eventwire.records import Actor
from eventwire.resolve import actors as actors_mod
from eventwire.resolve.actors import (
    ActorDictionary,
    country_name,
    demonym_to_iso3,
    load_countries,
    load_rows,
    read_version,
)
from eventwire.settings import Settings

SETTINGS = Settings()
ACTORS_TSV = SETTINGS.data_dir / "actors.tsv"
COUNTRIES_TSV = SETTINGS.data_dir / "countries.tsv"
VALID_ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load(SETTINGS)


def test_load_is_cached(d):
    assert ActorDictionary.load(SETTINGS) is d


def test_index_from_word_keys_is_the_index_from_whole_aliases(monkeypatch):
    fast = ActorDictionary.from_files(ACTORS_TSV, COUNTRIES_TSV)
    monkeypatch.setattr(actors_mod, "_key_by_words", lambda alias, known: actors_mod._key(alias))
    plain = ActorDictionary.from_files(ACTORS_TSV, COUNTRIES_TSV)
    assert fast._index == plain._index and fast._maxlen == plain._maxlen
    assert actors_mod._key("Kenyan  police's  officers") == actors_mod._key_by_words("Kenyan  police's  officers", {})


def test_version_matches_header():
    assert actors_mod.ACTORS_VERSION == read_version(ACTORS_TSV) == "actors.v9"


@pytest.mark.parametrize("alias,canonical", [
    ("Hashd al-Shaabi", "Popular Mobilization Forces"),
    ("al-Hashd al-Sha'bi", "Popular Mobilization Forces"),
    ("Popular Crowd", "Popular Mobilization Forces"),
    ("PMF", "Popular Mobilization Forces"),
    ("Popular Mobilisation Units", "Popular Mobilization Forces"),
    ("Al Nujaba", "Harakat Hezbollah al-Nujaba"),
    ("Nujaba movement", "Harakat Hezbollah al-Nujaba"),
    ("Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba"),
    ("Houthis", "Military Forces of Yemen (2017-) Houthi"),
    ("Ansar Allah", "Military Forces of Yemen (2017-) Houthi"),
    ("Ansarullah", "Military Forces of Yemen (2017-) Houthi"),
    ("Al Shabaab", "Al Shabaab"),
    ("al-Shabab", "Al Shabaab"),
    ("Al-Shabaab militants", "Al Shabaab"),
    ("Shabaab", "Al Shabaab"),
    ("JNIM", "JNIM: Group for Support of Islam and Muslims"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM: Group for Support of Islam and Muslims"),
    ("ISWAP", "Islamic State West Africa Province (ISWAP)"),
    ("Islamic State West Africa Province", "Islamic State West Africa Province (ISWAP)"),
    ("Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("Taliban", "Taliban"),
    ("Taleban", "Taliban"),
    ("RSF", "RSF: Rapid Support Forces"),
    ("Rapid Support Forces", "RSF: Rapid Support Forces"),
    ("Wagner", "Wagner Group"),
    ("PMC Wagner", "Wagner Group"),
    ("Africa Corps", "Africa Corps"),
    ("Qassam Brigades", "Al Qassam Brigades"),
    ("Hizbollah", "Hezbollah"),
    ("Kurdistan Workers' Party", "PKK: Kurdistan Workers' Party"),
    ("Hay'at Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham"),
    ("M23", "M23: March 23 Movement"),
    ("Allied Democratic Forces", "ADF: Allied Democratic Forces"),
    ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
])
def test_aliases(d, alias, canonical):
    actor = d.resolve(alias)
    assert actor is not None and actor.name == canonical


@pytest.mark.parametrize("one,rival", [
    ("Barrio 18", "MS-13"),
    ("Comando Vermelho", "Primeiro Comando da Capital"),
    ("Terceiro Comando Puro", "Comando Vermelho"),
    ("Los Lobos", "Los Choneros"),
    ("Juarez Cartel", "Beltran Leyva Organization"),
    ("Tijuana Cartel", "Juarez Cartel"),
])
def test_rival_gangs_are_distinct_actors(d, one, rival):
    """Gangs that fight each other are two actors, so a clash between them has two sides."""
    a, b = d.resolve(one), d.resolve(rival)
    assert a is not None and b is not None and a.name != b.name and a.type == b.type == 3


def test_us_forces_in_iraq_are_external(d):
    a = d.resolve("US forces", "IRQ")
    assert a == Actor("Military Forces of the United States (2025-)", 8, "USA")
    assert d.resolve("the Pentagon", "IRQ").type == 8
    assert d.resolve("Washington-led coalition", "IRQ").country == "USA"
    assert d.resolve("American troops", "USA").type == 1


def test_iraqi_army_in_iraq_is_state(d):
    assert d.resolve("Iraqi army", "IRQ") == Actor("Military Forces of Iraq (2022-)", 1, "IRQ")
    assert d.resolve("the Iraqi police", "IRQ") == Actor("Police Forces of Iraq (2022-)", 1, "IRQ")
    assert d.resolve("Iraq's army", "IRQ").name == "Military Forces of Iraq (2022-)"


@pytest.mark.parametrize("phrase,name,typ", [
    ("gunmen", "Unidentified Armed Group (Kenya)", 3),
    ("unknown assailants", "Unidentified Armed Group (Kenya)", 3),
    ("armed men", "Unidentified Armed Group (Kenya)", 3),
    ("militants", "Unidentified Armed Group (Kenya)", 3),
    ("attackers", "Unidentified Armed Group (Kenya)", 3),
    ("protesters", "Protesters (Kenya)", 6),
    ("demonstrators", "Protesters (Kenya)", 6),
    ("marchers", "Protesters (Kenya)", 6),
    ("students protesting", "Protesters (Kenya)", 6),
    ("workers on strike", "Protesters (Kenya)", 6),
    ("rioters", "Rioters (Kenya)", 5),
    ("a mob", "Rioters (Kenya)", 5),
    ("youths throwing stones", "Rioters (Kenya)", 5),
    ("civilians", "Civilians (Kenya)", 7),
    ("residents", "Civilians (Kenya)", 7),
    ("villagers", "Civilians (Kenya)", 7),
    ("farmers", "Civilians (Kenya)", 7),
    ("herders", "Unidentified Communal Militia (Kenya)", 4),
    ("people from Garsen", "Garsen Communal Militia (Kenya)", 4),
    ("suspected Pokot assailants", "Pokot Ethnic Militia (Kenya)", 4),
    ("women and children", "Civilians (Kenya)", 7),
    ("a journalist", "Civilians (Kenya)", 7),
    ("a man", "Civilians (Kenya)", 7),
    ("security forces", "Military Forces of Kenya (2022-)", 1),
    ("soldiers", "Military Forces of Kenya (2022-)", 1),
    ("troops", "Military Forces of Kenya (2022-)", 1),
    ("the army", "Military Forces of Kenya (2022-)", 1),
    ("police", "Police Forces of Kenya (2022-)", 1),
    ("officers", "Police Forces of Kenya (2022-)", 1),
    ("the Kenyan police", "Police Forces of Kenya (2022-)", 1),
    ("Pokot raiders", "Pokot Ethnic Militia (Kenya)", 4),
    ("Turkana militia", "Turkana Ethnic Militia (Kenya)", 4),
    ("Fulani herdsmen", "Fulani Ethnic Militia (Kenya)", 4),
    ("suspected Al Shabaab militants", "Al Shabaab", 2),
    ("Somali soldiers", "Military Forces of Somalia (2022-)", 8),
])
def test_generic_fallbacks(d, phrase, name, typ):
    a = d.resolve(phrase, "KEN")
    assert (a.name, a.type) == (name, typ)


def test_herders_attacked_are_civilians(d):
    assert d.resolve("herders", "KEN", target=True).name == "Civilians (Kenya)"


def test_template_follows_event_country(d):
    assert d.resolve("Islamic State", "IRQ") == Actor("Islamic State (Iraq)", 2, "IRQ")
    assert d.resolve("Fulani militia", "BEN") == Actor("Fulani Ethnic Militia (Benin)", 4, "BEN")
    assert d.resolve("Fulani militia").country == "NGA"
    assert d.resolve("ISKP", "AFG").name == "Islamic State (Afghanistan)"


def test_target_groups_are_civilians(d):
    assert d.resolve("students", "KEN", target=True).type == 7
    assert d.resolve("students", "KEN").type == 6


def test_helpers(d):
    assert d.civilian("YEM") == Actor("Civilians (Yemen)", 7, "YEM")
    assert d.protesters("KEN") == Actor("Protesters (Kenya)", 6, "KEN")
    assert d.rioters("KEN") == Actor("Rioters (Kenya)", 5, "KEN")
    assert d.unidentified("SYR") == Actor("Unidentified Armed Group (Syria)", 3, "SYR")
    assert d.state_forces("KEN") == Actor("Military Forces of Kenya (2022-)", 1, "KEN")
    assert d.state_forces("KEN", police=True).name == "Police Forces of Kenya (2022-)"
    assert d.state_forces("COD").name == "Military Forces of the Democratic Republic of Congo (2019-)"
    assert d.state_forces("USA", event_iso3="IRQ").type == 8
    assert d.state_forces(None) == Actor("Military Forces", 1, None)
    assert country_name("COD") == "Democratic Republic of Congo"
    assert country_name("USA") == "United States"
    assert demonym_to_iso3("Beninese") == "BEN"
    assert demonym_to_iso3("Afghan") == "AFG"
    assert demonym_to_iso3("U.S.") == "USA"
    assert demonym_to_iso3("US") == "USA"
    assert demonym_to_iso3("us") is None
    assert demonym_to_iso3("Martian") is None


def test_every_country_has_state_forces(d):
    for c in pycountry.countries:
        assert d.state_forces(c.alpha_3).country == c.alpha_3
        assert d.state_forces(c.alpha_3, police=True).country == c.alpha_3


def test_scan_offsets_exact(d):
    text = ("U.S. forces struck Kataib Hezbollah; the Iraqi army said IS militants "
            "and al-Shabab fighters fled. Kenya's police arrested us.")
    got = [(text[s:e], a.name) for s, e, a in d.scan(text, "IRQ")]
    assert got == [
        ("U.S. forces", "Military Forces of the United States (2025-)"),
        ("Kataib Hezbollah", "Kataib Hezbollah"),
        ("Iraqi army", "Military Forces of Iraq (2022-)"),
        ("IS militants", "Islamic State (Iraq)"),
        ("al-Shabab", "Al Shabaab"),
        ("Kenya's police", "Police Forces of Kenya (2022-)"),
    ]
    spans = [(s, e) for s, e, _ in d.scan(text)]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_scan_case_rules(d):
    assert [a.name for _, _, a in d.scan("this is it")] == []
    assert d.scan("the pkk said") == [] and d.scan("Pkk fighters") == []
    assert d.scan("PKK") != [] and d.scan("Hamas") == d.scan("hamas")
    assert d.scan("give us troops") == []


def test_scan_longest_match_wins(d):
    [(s, e, a)] = d.scan("Harakat Hezbollah al-Nujaba fighters")
    assert a.name == "Harakat Hezbollah al-Nujaba" and (s, e) == (0, 27)


def test_find_includes_generic_nouns(d):
    text = "Gunmen killed two villagers; police dispersed protesters."
    names = [a.name for _, _, a in d.find(text, "KEN")]
    assert names == ["Unidentified Armed Group (Kenya)", "Civilians (Kenya)",
                     "Police Forces of Kenya (2022-)", "Protesters (Kenya)"]


def test_tsv_rows_well_formed():
    with open(ACTORS_TSV, encoding="utf-8") as f:
        assert f.readline().startswith("# version: ")
    rows = load_rows(ACTORS_TSV)
    assert rows
    for canonical, typ, country, aliases, _ in rows:
        assert canonical.strip() == canonical and canonical
        assert 1 <= typ <= 8, canonical
        assert country is None or country in VALID_ISO3, canonical
        assert aliases, canonical
        assert all(a.strip() == a and a for a in aliases), canonical
    named = {c for c, t, _, _, _ in rows if t != 1 and "{country}" not in c}
    assert len(named) >= 150


def test_countries_tsv_well_formed():
    countries = load_countries(COUNTRIES_TSV)
    assert set(countries) >= {c.alpha_3 for c in pycountry.countries}
    assert countries["KEN"].demonyms == ("Kenyan",)


def test_state_rows_match_generated_names(d):
    """Hand-written state rows must carry the generated name (or extend it with a unit)."""
    generated = {}
    for c in load_countries(COUNTRIES_TSV).values():
        for kind in ("Military Forces", "Police Forces", "Government"):
            generated[(kind, c.iso3)] = actors_mod._state_name(kind, c)
    for canonical, typ, country, _, _ in load_rows(ACTORS_TSV):
        for kind in ("Military Forces", "Police Forces", "Government"):
            if (canonical.startswith(kind + " of") and country and typ == 1
                    and canonical != "Military Forces of Somaliland"):
                assert canonical.startswith(generated[(kind, country)]), canonical


def test_no_alias_maps_to_two_canonicals_without_country_priority():
    """A surface form may name two rows only if they are in different countries or valid for
    different periods (the event country, then the event date picks; otherwise the first row wins)."""
    owners = defaultdict(list)
    for canonical, _, country, aliases, era in load_rows(ACTORS_TSV):
        for a in aliases:
            key = (actors_mod._key(a.rstrip("*")))
            if canonical not in [c for c, _ in owners[key]]:
                owners[key].append((canonical, (country, era)))
    clashes = {k: v for k, v in owners.items()
               if len(v) > 1 and len({c for _, c in v}) < len(v)}
    assert clashes == {}


def test_country_cues_count_demonyms_and_actors_once_per_form(d):
    text = ("Malian soldiers and Wagner fighters killed 20 people near the border. Malian officials "
            "denied it; Kenyan police and the KDF were not involved.")
    cues = d.country_cues(text)
    # "Malian soldiers" (state forces, two votes) and "Malian" (demonym, two votes), once each
    assert cues["MLI"] == 4
    assert cues["KEN"] == 4 and cues["RUS"] == 1
    assert d.country_cues("Protesters blocked the road.") == {}


def test_country_cues_weigh_state_forces_above_a_foreign_armed_group(d):
    cues = d.country_cues("Kenyan police said they killed three al-Shabaab militants in an ambush.")
    assert cues["KEN"] > cues.get("SOM", 0)
    # a group that acts in several countries gives no vote for its home (places.cross_border_group)
    assert "SOM" not in cues
    assert d.country_cues("Mungiki gangs torched two matatus overnight.") == {"KEN": 1}


@pytest.mark.parametrize("phrase", ["a former soldier", "a retired police officer", "a former policeman"])
def test_former_members_of_the_forces_are_civilians(d, phrase):
    actor = d.resolve(phrase, "AFG", target=True)
    assert actor is not None and actor.type == 7 and actor.name == "Civilians (Afghanistan)"


def test_suspected_criminals_attacked_are_civilians_but_armed_suspects_attacking_are_not(d):
    assert d.resolve("two suspected robbers", "BEN", target=True).type == 7
    assert d.resolve("suspected robbers", "BEN").type != 7


def test_title_before_a_community_is_not_its_name(d):
    actor = d.resolve("members of President Ruto's Kalenjin group", "KEN")
    assert actor is None or not actor.name.startswith("President")


def test_men_wielding_weapons_are_an_armed_group(d):
    assert d.resolve("thirty men wielding machetes and clubs", "KEN").type == 3
    assert d.resolve("two men", "KEN", target=True).type == 7


# ---- periods, story country, acronyms -------------------------------------------------------
def test_state_forces_are_named_by_the_government_period_of_the_event_date(d):
    police = d.resolve("police", "THA")
    assert police.name == "Police Forces of Thailand (2024-)"  # no date: the present period
    assert d.in_era(police, dt.date(2016, 3, 2)).name == "Police Forces of Thailand (2014-2019)"
    assert d.in_era(police, dt.date(2019, 7, 1)).name == "Police Forces of Thailand (2019-2023)"  # a new period's year
    assert d.in_era(police, dt.date(2009, 1, 1)).name == "Police Forces of Thailand"  # before any known period
    unit = d.resolve("Peshmerga", "IRQ")
    assert d.in_era(unit, dt.date(2016, 5, 1)).name == "Military Forces of Iraq (2014-2018) Peshmerga"
    assert d.in_era(d.resolve("Ugandan soldiers", "UGA"), dt.date(2016, 5, 1)).name == \
        "Military Forces of Uganda (1986-)"
    assert d.in_era(Actor("Rioters (Kenya)", 5, "KEN"), dt.date(2016, 5, 1)).name == "Rioters (Kenya)"


def test_a_dated_row_gives_way_to_the_row_of_the_same_aliases_valid_then(d):
    troops = d.resolve("AU troops", "SOM")
    assert troops.name.startswith("AUSSOM")
    assert d.in_era(troops, dt.date(2015, 1, 1)).name.startswith("AMISOM")
    assert d.in_era(troops, dt.date(2023, 1, 1)).name.startswith("ATMIS")
    assert d.resolve("African Union peacekeepers", "SOM", when=dt.date(2015, 1, 1)).name.startswith("AMISOM")


def test_an_acronym_of_another_countrys_forces_needs_that_country_in_the_story(d):
    assert [a.name for _, _, a in d.scan("SAF troops clashed with gunmen near Kano.", "NGA")] == []
    story = "Sudanese army units, the SAF, clashed with gunmen near Kano."
    assert "Military Forces of Sudan (2019-)" in [a.name for _, _, a in d.scan(story, "NGA")]
    assert [a.name for _, _, a in d.scan("SAF troops clashed with RSF fighters in Kadugli.", "SDN")][0] == \
        "Military Forces of Sudan (2019-)"
    foreign = d.resolve("SAF troops", "NGA")
    assert foreign.name == "Military Forces of Nigeria (2023-)" and foreign.rule == actors_mod.R_FOREIGN_ACRONYM


def test_capitalised_form_of_an_alias_known_only_in_capitals(d):
    assert d.capitalised_form("kdf") == "KDF"
    assert d.capitalised_form("odm") == "ODM"
    assert d.capitalised_form("hashd") is None  # known as a word, not as letters
    assert d.capitalised_form("zzq") is None


def test_every_resolution_names_its_rule(d):
    assert d.resolve("gunmen", "NGA").rule == actors_mod.R_UNIDENTIFIED
    assert d.resolve("Boko Haram fighters", "NGA").rule == actors_mod.R_NAMED
    assert d.resolve("two suspected thieves", "KEN", target=True).rule == actors_mod.R_SUSPECT
    assert d.resolve("Suspected Islamist militants", "NGA").name == "Unidentified Armed Group (Nigeria)"
    assert d.resolve("Angry Turkana youths", "KEN").name.startswith("Turkana")


# ---- rows of a period, national means, unit names ------------------------------------------------
@pytest.mark.parametrize("when, name, typ", [
    (dt.date(2016, 5, 1), "Military Forces of Sudan (1989-2019) Rapid Support Forces", 1),
    (dt.date(2021, 5, 1), "Military Forces of Sudan (2019-) Rapid Support Forces", 1),
    (dt.date(2024, 5, 1), "RSF: Rapid Support Forces", 2),
])
def test_a_force_that_changed_sides_is_typed_by_the_event_date(d, when, name, typ):
    picked = d.in_era(d.resolve("RSF fighters", "SDN", when=when), when)
    undated = d.in_era(d.resolve("RSF fighters", "SDN"), when)  # the present row, renamed for the date
    assert (picked.name, picked.type) == (undated.name, undated.type) == (name, typ)
    assert picked.rule == actors_mod.R_ROW_PERIOD


@pytest.mark.parametrize("when, name, typ", [
    (dt.date(2020, 3, 1), "Taliban", 2),
    (dt.date(2021, 8, 14), "Taliban", 2),
    (dt.date(2021, 8, 15), "Military Forces of Afghanistan (2021-) Taliban", 1),
    (dt.date(2023, 6, 9), "Military Forces of Afghanistan (2021-) Taliban", 1),
])
def test_a_change_of_power_on_a_written_day_types_the_side_by_the_event_day(d, when, name, typ):
    # the Taliban are a rebel group until the fall of Kabul (15 August 2021), the state's forces after it
    picked = d.in_era(d.resolve("Taliban fighters", "AFG", when=when), when)
    assert (picked.name, picked.type) == (name, typ)


@pytest.mark.parametrize("when, label", [
    (dt.date(2021, 3, 2), "2014-2021"), (dt.date(2021, 8, 20), "2021-"), (dt.date(2013, 5, 5), "2001-2014"),
])
def test_a_government_period_may_change_on_a_written_day(d, when, label):
    assert d.countries["AFG"].era_at(when).label == label


def test_an_era_with_days_is_read_and_a_bad_day_is_refused():
    era = actors_mod.Era.parse("2014-2021-08-15")
    assert (era.label, era.holds(dt.date(2021, 8, 14)), era.holds(dt.date(2021, 8, 15))) == ("2014-2021", True, False)
    assert actors_mod.Era.parse("2021-02-30-") is None


@pytest.mark.parametrize("phrase, iso3, name, typ", [
    ("Indian shelling across the border", "PAK", "Military Forces of India (2014-)", 8),
    ("Ukrainian aviation", "UKR", "Military Forces of Ukraine (2019-)", 1),
    ("Russian bombardment of the town", "SYR", "Military Forces of Russia (2000-)", 8),
])
def test_a_strike_named_by_a_country_is_by_that_countrys_forces(d, phrase, iso3, name, typ):
    actor = d.resolve(phrase, iso3)
    assert (actor.name, actor.type, actor.rule) == (name, typ, actors_mod.R_STATE_MEANS)


@pytest.mark.parametrize("phrase, iso3", [
    ("Palestinian rocket fire", "PSE"),  # fired by armed groups
    ("Syrian rebel shelling", "SYR"),
    ("Nigerian fire service", "NGA"),
])
def test_means_not_fired_by_a_state_name_no_state_forces(d, phrase, iso3):
    actor = d.resolve(phrase, iso3)
    assert actor is None or actor.rule != actors_mod.R_STATE_MEANS


def test_a_fire_brigade_is_no_strike(d):
    text = "The Kenyan fire brigade put out the blaze in Thika before dawn."
    assert all(a.rule != actors_mod.R_STATE_MEANS for _, _, a in d.find(text, "KEN"))
    text = "Indian firing hit a village in Kotli on Monday."
    assert [a.name for _, _, a in d.find(text, "PAK")][0] == "Military Forces of India (2014-)"


@pytest.mark.parametrize("phrase, iso3, name", [
    ("Tunisian counterterrorism forces", "TUN", "Military Forces of Tunisia"),
    ("elite counter-insurgency units", "NGA", "Military Forces of Nigeria (2023-)"),
    ("rapid intervention troops", "CMR", "Military Forces of Cameroon (1982-)"),
])
def test_state_units_named_by_their_task_are_the_states_forces(d, phrase, iso3, name):
    assert d.resolve(phrase, iso3).name == name


@pytest.mark.parametrize("phrase, iso3, name", [
    ("4 Palestinians", "PSE", "Civilians (Palestine)"),
    ("two young Afghans", "IRN", "Civilians (Afghanistan)"),  # civilians of their own nation, abroad too
    ("dozens of Filipinos", "PHL", "Civilians (Philippines)"),
])
def test_people_named_by_nationality_as_the_ones_hit_are_civilians(d, phrase, iso3, name):
    assert d.resolve(phrase, iso3, target=True).name == name
    assert d.resolve(phrase, iso3) is None  # as the doers they are not read as civilians


@pytest.mark.parametrize("phrase, iso3, name, typ", [
    ("fighters of the Patriotic Front for Renewal", "CAF", "Patriotic Front for Renewal", 2),
    ("the Red Hills Liberation Army", "MMR", "Red Hills Liberation Army", 2),
    ("members of the Hawks Brigade", "LBY", "Hawks Brigade", 3),
])
def test_an_armed_group_the_dictionary_does_not_know_goes_by_its_own_name(d, phrase, iso3, name, typ):
    actor = d.resolve(phrase, iso3)
    assert (actor.name, actor.type, actor.country, actor.rule) == (name, typ, iso3, actors_mod.R_OWN_NAME)


@pytest.mark.parametrize("phrase, iso3, name", [
    ("the Nigerian Army", "NGA", "Military Forces of Nigeria (2023-)"),  # a state's army, by its country
    ("the Joint Task Force", "NGA", "Military Forces of Nigeria (2023-)"),  # only words of state forces' names
    ("the Presidential Guard", "IRQ", "Military Forces of Iraq (2022-)"),
])
def test_a_state_forces_own_name_stays_the_states(d, phrase, iso3, name):
    assert d.resolve(phrase, iso3).name == name


def test_a_place_named_after_liberation_is_no_group(d):
    assert d.resolve("Liberation Square protesters", "EGY").type == 6
    found = d.find("On Monday the Red Hills Liberation Army ambushed a convoy near Sittwe.", "MMR")
    assert [(a.name, a.type) for _, _, a in found] == [("Red Hills Liberation Army", 2)]


def test_a_states_positions_named_as_the_target_are_its_forces(d):
    # "shelled Moldovan positions" in a story from another country: that state's forces, abroad
    actor = d.resolve("Moldovan positions", "ROU", target=True)
    assert actor is not None and actor.name.startswith("Military Forces of Moldova") and actor.type == 8
    # the same words in the state's own country are its forces at home
    assert d.resolve("a Malian army convoy", "MLI", target=True).type == 1


def test_security_services_are_state_forces(d):
    actor = d.resolve("Tanzanian security services", "TZA")
    assert actor is not None and actor.name.startswith("Military Forces of Tanzania") and actor.type == 1


def test_cartels_and_traffickers_are_armed_groups_unless_suspects_attacked(d):
    assert d.resolve("cartel gunmen", "HND").name == "Unidentified Armed Group (Honduras)"
    assert d.resolve("drug traffickers", "GTM").type == 3
    assert d.resolve("two suspected drug traffickers", "GTM", target=True).type == 7


def test_a_demonym_after_a_capitalised_determiner_is_a_nationality(d):
    # "The" opens the sentence, not a proper name: the ministry is Turkey's
    assert d._demonym_in("The Turkish Ministry of National Defence") == "TUR"
    assert d._demonym_in("Its Kenyan Defence Forces unit") == "KEN"
    # a demonym between two words of one place's name is part of that name
    assert d._demonym_in("an army post in Datu Saudi Ampatuan") is None

"""A small town abroad yields to the same name in the country of the report's sides; nationality words
of things are no sides; street and landmark names are no towns (model-free, fictional places)."""
from __future__ import annotations

from collections import Counter

import pytest

from eventwire.records import Place, Toponym
from eventwire.resolve import namesakes
from eventwire.resolve.coherence import wording_votes
from eventwire.resolve.non_sides import qualifies_a_thing, thing_nationalities
from eventwire.resolve.toponyms import detect

TEXT = "Borlandian police detained nine hawkers in Vella on Tuesday."
THERE = Place("Vella", "BBB", "BBB", 1.0, 1.0, feature="admin2", population=0)


def _top(text: str, name: str, iso3: str, feature: str = "city", pop: int = 5000) -> Toponym:
    s = text.index(name)
    return Toponym(name, s, s + len(name), Place(name, iso3, iso3, 0.0, 0.0, feature=feature, population=pop))


def _run(tops, national, lookup, text=TEXT):
    places = {(t.place.iso3, t.text.lower()): 3.0 for t in tops}
    return namesakes.obscure_namesakes(tops, places, Counter(national), Counter(), lookup, text)


def test_a_small_town_abroad_yields_to_the_same_name_in_the_sides_country():
    out, decided = _run([_top(TEXT, "Vella", "AAA")], {"BBB": 1.0}, lambda n, c: THERE if c == "BBB" else None)
    assert out[0].place is THERE
    assert decided == [(TEXT.index("Vella"), TEXT.index("Vella") + 5, "places.sides_country_namesake")]


@pytest.mark.parametrize("case", ["no such name there", "a look-alike name there", "big town",
                                  "its own country has a vote", "two countries tie", "too little evidence"])
def test_left_alone(case):
    national = {"too little evidence": {"BBB": 0.5}, "its own country has a vote": {"BBB": 1.0, "AAA": 0.5},
                "two countries tie": {"BBB": 1.0, "CCC": 1.0}}.get(case, {"BBB": 1.0})
    there = {"no such name there": None,
             "a look-alike name there": Place("Vellar", "BBB", "BBB", 1.0, 1.0)}.get(case, THERE)
    tops = [_top(TEXT, "Vella", "AAA", pop=400_000 if case == "big town" else 5000)]
    out, decided = _run(tops, national, lambda n, c: there)
    assert out == tops and decided == []


def test_another_place_of_the_report_leans_too():
    text = "Gunmen shot two herders between Vella and Oruma on Sunday."
    tops = [_top(text, "Vella", "AAA"), _top(text, "Oruma", "BBB")]
    out, decided = _run(tops, {}, lambda n, c: THERE if c == "BBB" else None, text)
    assert out[0].place is THERE and out[1] is tops[1] and len(decided) == 1


@pytest.mark.parametrize("text, word, thing", [
    ("Workers of a Zorvian company marched.", "Zorvian", True),
    ("Zorvian-made rockets hit the camp.", "Zorvian", True),
    ("Traders refused the Zorvian shilling.", "Zorvian", True),
    ("Youths stoned the Zorvian embassy.", "Zorvian", True),
    ("Zorvian-backed fighters took the hill.", "Zorvian", True),
    ("Zorvian police fired teargas.", "Zorvian", False),
    ("Zorvian workers marched.", "Zorvian", False),
    ("Gunmen shot three Zorvian refugees near the camp.", "Zorvian", True),
    ("Two Zorvian nationals were kidnapped.", "Zorvian", True),
    ("Zorvian drones struck the depot.", "Zorvian", False),
])
def test_what_a_nationality_word_qualifies(text, word, thing):
    assert qualifies_a_thing(text, text.index(word) + len(word)) is thing


def test_nationality_words_of_things_are_found_and_cast_no_vote():
    text = "Staff of a Zorvian construction firm and Borlandian traders protested."
    demonym = {"Zorvian": "ZZZ", "Borlandian": "BBB"}.get
    assert thing_nationalities(text, demonym) == [(text.index("Zorvian"), text.index("Zorvian") + 7, "ZZZ")]
    votes = wording_votes(text, demonym, lambda w: None, lambda w: False)
    assert votes == Counter({"BBB": 1.0})


@pytest.mark.parametrize("text, name, dropped", [
    ("Police chased hawkers along Moi avenue in Nakuru.", "Moi", True),
    ("Mourners gathered at Uplands Funeral Home near Limuru.", "Uplands", True),
    ("Rioters met at Kamukunji stage, residents said.", "Kamukunji", True),
    ("Fans fought outside Kamukunji Stadium.", "Kamukunji", True),
    ("Fans fought outside Kamukunji Stadium.", "Kamukunji Stadium", False),
    ("Police chased hawkers along Moi avenue in Nakuru.", "Moi avenue", True),
    ("Residents of Nakuru stage a sit-in over water.", "Nakuru", False),
    ("Youths blocked the Nakuru road with stones.", "Nakuru", False),
    ("Vendors fought on a Nakuru street corner.", "Nakuru", False),
])
def test_street_and_landmark_names_are_no_towns(text, name, dropped):
    s = text.index(name)
    span = Toponym(name, s, s + len(name), Place(name, "KEN", "KEN", 0.0, 0.0, population=5000))
    kept, fired = detect(text, [span], ())
    assert (kept == []) is dropped
    assert ("places.detect.street_or_landmark" in fired) is dropped


def test_a_nationality_after_a_capitalised_word_still_votes():
    text = "Three Borlandian herders were shot dead by raiders."
    votes = wording_votes(text, {"Borlandian": "BBB"}.get, lambda w: None, lambda w: False)
    assert votes == Counter({"BBB": 1.0})


def test_a_large_town_abroad_read_by_another_spelling_yields_too():
    tops = [_top(TEXT, "Vella", "AAA", pop=3_000_000)]
    tops[0] = Toponym("Vella", tops[0].start, tops[0].end,
                      Place("Velabad", "AAA", "AAA", 0.0, 0.0, feature="city", population=3_000_000))
    out, _ = _run(tops, {"BBB": 2.0}, lambda n, c: THERE if c == "BBB" else None)
    assert out[0].place is THERE


def test_a_country_s_name_that_is_a_province_of_the_story_s_country_is_read_as_the_province():
    country_name_provinces = namesakes.country_name_provinces

    def place(name: str, iso3: str, feature: str) -> Place:
        return Place(name=name, country=iso3, iso3=iso3, latitude=0.0, longitude=0.0, feature=feature)
    provinces = {("Zembla", "ARC"): place("Zembla", "ARC", "admin1"),
                 ("Zembla", "OST"): place("Zembla", "OST", "admin2"),
                 ("Borduria", "ARC"): place("Borduria City", "ARC", "city")}
    names = [Toponym(n, 10 * k, 10 * k + len(n), place(n, iso3, "country"))
             for k, (n, iso3) in enumerate([("Zembla", "ZEM"), ("Borduria", "BOR"), ("Arcadia", "ARC")])]
    lookup = lambda name, iso3: provinces.get((name, iso3))  # noqa: E731
    out, decided = country_name_provinces(names, "ARC", lookup)
    assert [(t.place.iso3, t.place.feature) for t in out] == [("ARC", "admin1"), ("BOR", "country"), ("ARC", "country")]
    assert [d[:2] for d in decided] == [(0, 6)]
    # (a district of that name is no reason; without a story country nothing changes)
    assert country_name_provinces(names, "OST", lookup)[1] == []
    assert country_name_provinces(names, None, lookup)[0] == names

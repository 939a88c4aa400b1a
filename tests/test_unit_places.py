"""The clause ranking read from a settlement's bracketed unit and from distances written in words
(``extract/build.py``: ``pick_place``), on toponyms built by hand."""
from eventwire.extract.build import _DISTANCE_IN_WORDS, pick_place, unit_of_unknown_village
from eventwire.extract.classify import unit_place_rules as R
from eventwire.records import Place, Toponym


def _place(name, feature="city", admin1="Borgou", lat=10.0, lon=3.0):
    return Place(name=name, country="Benin", iso3="BEN", latitude=lat, longitude=lon, admin1=admin1,
                 admin2=name, geonameid=None, feature=feature, population=1000)


def _toponyms(text, *names):
    out = []
    for name in names:
        start = text.index(name, out[-1].end if out else 0)
        out.append(Toponym(name, start, start + len(name), _place(name)))
    return tuple(out)


def test_unit_after_unknown_village_takes_the_village_place():
    text = "Locals in Wereko (Sanda, Borgou) and Tamou (Tamou, Borgou) beat a thief on Monday."
    tops = _toponyms(text, "Sanda", "Tamou", "Tamou")
    assert unit_of_unknown_village(text, tops[0], tops)
    assert not unit_of_unknown_village(text, tops[1], tops)
    t, precision, rule = pick_place(text, 0, len(text), text.index("beat"), tops, [])
    assert (t.text, precision, rule) == ("Sanda", 2, R.UNIT_OF_UNKNOWN_VILLAGE)


def test_known_place_before_the_bracket_is_no_unknown_village():
    text = "Locals in Tamou (Sanda, Borgou) beat a thief."
    tops = _toponyms(text, "Tamou", "Sanda")
    assert not unit_of_unknown_village(text, tops[1], tops)


def test_without_a_locative_word_the_bracket_changes_nothing():
    text = "Wereko (Sanda, Borgou) chiefs met while youths rioted in Tamou."
    tops = _toponyms(text, "Sanda", "Tamou")
    assert not unit_of_unknown_village(text, tops[0], tops)
    t, _, rule = pick_place(text, 0, len(text), text.index("rioted"), tops, [])
    assert t.text == "Tamou" and rule != R.UNIT_OF_UNKNOWN_VILLAGE


def test_distance_in_words_makes_a_reference_point():
    assert _DISTANCE_IN_WORDS.search("the camp, some eighty kilometres from ")
    assert _DISTANCE_IN_WORDS.search("a hundred miles north of ")
    assert not _DISTANCE_IN_WORDS.search("marched from ")
    text = "Refugees in Sanda, some ninety kilometres from Tamou, protested on Monday."
    tops = _toponyms(text, "Sanda", "Tamou")
    t, _, rule = pick_place(text, 0, len(text), text.index("protested"), tops, [])
    assert (t.text, rule) == ("Sanda", R.DISTANCE_IN_WORDS)


def test_a_unit_the_text_places_in_another_town_is_not_the_settlement():
    from eventwire.extract.build import _placed_in_other
    text = "A mob beat a thief in Wereko neighbourhood in Tamou on Monday."
    wereko = Toponym("Wereko", text.index("Wereko"), text.index("Wereko") + 6,
                     _place("Sanda", "admin2", lat=10.3, lon=3.0), "third_level")
    tamou = _toponyms(text, "Tamou")[0]
    assert _placed_in_other(text, wereko, (wereko, tamou))
    t, _, _ = pick_place(text, 0, len(text), text.index("beat"), (wereko, tamou), [])
    assert t.text == "Tamou"

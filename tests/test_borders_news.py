"""Countries a news lead names for another purpose than saying where its event happened: a neighbour
named by its border (``places.border_is_reference``, ``places.border_side``), a country inside an
organisation's name or a bracketed gloss (``places.name_inside_name``), the home of people abroad, and a
story's country named only so (``places.reference_only_country``).

tests/golden/borders_news.jsonl holds news lead sentences of our own from many countries, in the gold
format `eventwire eval` reads.  Round "borders-1" (22 leads) was written and run before the border
readings were made one: 19 of 22 passed on that first run (20 of 22 in the right country).  Round
"borders-2" (10 leads) was written after the change and run once before any further fix.  A lead still
coded otherwise is listed in KNOWN_MISSES with the reason (strict expected failures)."""
from pathlib import Path

import pytest

from eventwire.records import Place, Toponym
from eventwire.resolve import border_phrases
from eventwire.resolve.non_sides import in_name_gloss
from eventwire.resolve.reference_countries import _other_name, border_sides, reference_only

from golden_notes import article, assert_place, cases_with_misses, read_notes

NOTES = Path(__file__).resolve().parent / "golden" / "borders_news.jsonl"
CASES = read_notes(NOTES)

KNOWN_MISSES = {
    "borders:lbn-b1": "the recogniser labels 'Kfar Kila' a person, so the only place left is Israel, named as "
                      "the neighbour; the Israeli shelling's nationality outweighs the Lebanese shepherds'",
    "borders:phl-b1": "'Sitio Lumot' (a sitio the index lacks) is read as another Philippine place, 97 km from "
                      "Manila; the note codes the country at its capital",
}


def test_notes_cover_many_countries_and_both_rounds():
    countries = {c["events"][0]["iso3"] for c in CASES}
    assert len(countries) >= 12 and not countries & {"KEN", "BEN", "AFG"}
    assert {c["round"] for c in CASES} == {"borders-1", "borders-2"}
    assert set(KNOWN_MISSES) <= {c["id"] for c in CASES}


@pytest.mark.model
@pytest.mark.parametrize("case", **cases_with_misses(CASES, KNOWN_MISSES))
def test_note_place(case, pipeline):
    assert_place(pipeline.process(article(case)).events, case["events"][0])


@pytest.mark.parametrize("text,name,expected", [
    ("Gunmen killed four farmers in Orlo, a town which borders Varnia.", "Varnia", True),
    ("Herders fled hamlets that share a border with Varnia on Monday.", "Varnia", True),
    ("Rangers clashed with smugglers in a district bordering Varnia.", "Varnia", True),
    ("Bandits raided a market on the Varnia-Dorvia border.", "Varnia", True),
    ("Bandits raided a market on the Varnia-Dorvia border.", "Dorvia", True),
    ("Raiders crossed into Orlo from across the border in Varnia.", "Varnia", True),
    ("Soldiers shelled villages near the Varnia border.", "Varnia", True),
    # a country's own side of its border, and a country named where things happen
    ("Clashes broke out in villages near Varnia's border with Dorvia.", "Varnia", False),
    ("Clashes broke out in villages near Varnia's border with Dorvia.", "Dorvia", True),
    ("Gunmen killed five people in Varnia on Monday.", "Varnia", False),
])
def test_neighbour_named(text, name, expected):
    start = text.index(name)
    assert border_phrases.neighbour_named(text, start, start + len(name)) is expected


# fictional names for two countries that border each other (GeoNames: Mexico and Guatemala)
_COUNTRIES = {"Varnia": "MEX", "Varnian": "MEX", "Dorvia": "GTM", "Dorvian": "GTM"}


@pytest.mark.parametrize("text,place,expected", [
    ("Attackers killed a mayor in Orlo, a small town close to the nation's border with Varnia.", "Orlo", "MEX"),
    ("Five herders were killed at Orlo village along the border with Varnia.", "Orlo", "MEX"),
    ("In the town of Orlo, which borders Varnia, militants burned huts.", "Orlo", "MEX"),
    ("Two bombers struck a base in Orlo, near the Varnian border.", "Orlo", "MEX"),
    # another place between, or another sentence: the phrase is not the place's
    ("Militants attacked Orlo. Soldiers later patrolled the border with Varnia.", "Orlo", None),
    ("Militants attacked Orlo and Tesk, near the border with Varnia.", "Orlo", None),
])
def test_side_neighbours(text, place, expected):
    names = [n for n in ("Orlo", "Tesk") if n in text]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    sides = border_phrases.side_neighbours(text, spans, _COUNTRIES.get)
    assert sides.get(names.index(place)) == expected


def _town(name, iso3, population=5_000, feature="city"):
    return Place(name=name, country=iso3, iso3=iso3, latitude=1.0, longitude=1.0, feature=feature,
                 population=population)


def test_a_place_by_the_border_is_read_on_the_other_side_or_left_unread():
    text = "Gunmen killed a mayor in Orlo, a town close to the nation's border with Varnia, Dorvian police said."
    s = text.index("Orlo")
    in_varnia, in_dorvia, far = _town("Orlo", "MEX", 9_000), _town("Orlo", "GTM", 2_000), _town("Orlo", "BRA", 50_000)
    toponyms = [Toponym("Orlo", s, s + 4, in_varnia)]
    decisions = []
    out = border_sides(text, toponyms, _COUNTRIES.get, lambda name: [in_varnia, in_dorvia, far], decisions)
    assert out[0].place is in_dorvia and decisions == [(s, s + 4, "places.border_side")]
    # no entry in the bordering country the text points to: no reading (better none than the neighbour's)
    out = border_sides(text, toponyms, _COUNTRIES.get, lambda name: [in_varnia, far], [])
    assert out[0].place is None
    # a reading far from the border is read again in a bordering country the text does not name
    text = "Rustlers raided Orlo, near the frontier with Varnia, on Monday."
    toponyms = [Toponym("Orlo", text.index("Orlo"), text.index("Orlo") + 4, far)]
    assert border_sides(text, toponyms, _COUNTRIES.get, lambda name: [far, in_dorvia], [])[0].place is in_dorvia
    # a reading already on the other side stays
    toponyms = [Toponym("Orlo", text.index("Orlo"), text.index("Orlo") + 4, in_dorvia)]
    assert border_sides(text, toponyms, _COUNTRIES.get, lambda name: [far, in_dorvia], [])[0].place is in_dorvia


@pytest.mark.parametrize("holder,country,expected", [
    ("the Patriotic Front for the Liberation of Varnia", "Varnia", True),
    ("the Varnia Hospital", "Varnia", True),
    ("Varnia Road", "Varnia", True),
    # a state's own body or formal name, a national body named after its country, a plain phrase
    ("Varnia Airways", "Varnia", False),
    ("the Office of Radio and Television of Varnia", "Varnia", False),
    ("Bank of Varnia", "Varnia", False),
    ("Varnia Gendarmes", "Varnia", False),
    ("the Varnia government", "Varnia", False),
    ("Varnia authorities", "Varnia", False),
    ("the Republic of Varnia", "Varnia", False),
])
def test_a_country_inside_another_name(holder, country, expected):
    start = holder.index(country)
    assert _other_name(holder, start, start + len(country)) is expected


@pytest.mark.parametrize("text,word,expected", [
    ("Suspected ADF [Allied Democratic Forces, Varnian] rebels raided Orlo.", "Varnian", True),
    ("The FDLR (Varnian Hutu rebels) raided Orlo.", "Varnian", True),
    ("Police (Varnian officers) fired on protesters.", "Varnian", False),
    ("Varnian troops (two battalions) raided Orlo.", "Varnian", False),
])
def test_a_nationality_in_a_groups_bracketed_gloss(text, word, expected):
    assert in_name_gloss(text, text.index(word) + len(word)) is expected


def test_a_country_named_only_as_a_reference_is_no_story_country():
    text = "In the town of Orlo, which borders Varnia, militants burned huts."
    s = text.index("Varnia")
    varnia = Toponym("Varnia", s, s + 6, _town("Varnia", "VAR", feature="country"))

    def reference(t):
        return border_phrases.neighbour_named(text, t.start, t.end)

    def event_use(t):
        return not reference(t)

    assert reference_only("VAR", text, [varnia], {}, reference, event_use, set(), set())
    # a word of the text that places the story there (a people's name, the state's forces) keeps it
    assert not reference_only("VAR", text, [varnia], {"VAR": 2}, reference, event_use, set(), set())
    assert not reference_only("VAR", text, [varnia], {}, reference, event_use, set(), {"VAR"})
    # a people's name used for a border is a reference too ("near the Varnian border")
    assert reference_only("VAR", "Bombers struck near the Varnian border.", [], {"VAR": 2}, reference,
                          event_use, {"VAR"}, set())


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed ten herders in Cameroonian villages along the frontier with Nigeria.", {"CMR": 1}),
    ("Raiders torched huts across Chadian villages near the frontier.", {"TCD": 1}),
    ("Gunmen killed ten Cameroonian herders near the border with Nigeria.", {}),
])
def test_a_peoples_name_before_settlements_without_an_article(text, expected):
    from eventwire.extract.build import demonym_places
    assert dict(demonym_places(text)) == expected


@pytest.mark.parametrize("text,name,expected", [
    ("Clashes linked to Varnia's war killed ten people in Orlo.", "Varnia", True),
    ("Shelling spilling over from the Varnia conflict hit Orlo on Monday.", "Varnia", True),
    # the war's own country, or a place named where things happen
    ("Varnia's war killed ten people in Orlo.", "Varnia", False),
    ("Clashes linked to land disputes killed ten people in Varnia.", "Varnia", False),
])
def test_a_war_elsewhere_an_event_is_tied_to(text, name, expected):
    from eventwire.resolve.cause_places import cause_use
    start = text.index(name)
    t = Toponym(name, start, start + len(name), _town(name, "MEX", feature="country"))
    assert cause_use(text, t) is expected


def test_the_people_named_on_the_other_side_of_a_border():
    from eventwire.resolve.reference_countries import other_side
    country_of = {"Guatemalan": "GTM", "Guatemala": "GTM", "Brazilian": "BRA", "Belizean": "BLZ"}.get
    assert other_side("Five Guatemalans were killed along the border with Mexico.", "MEX", country_of) == "GTM"
    # a people far from the border, or two peoples of its neighbours: no side
    assert other_side("Five Brazilians were killed along the border with Mexico.", "MEX", country_of) is None
    assert other_side("Guatemalan and Belizean herders clashed along the border with Mexico.", "MEX",
                      country_of) is None

"""The place rules of event coding on hand-built toponyms (no spaCy, no gazetteer): which toponym
an event takes, at which precision, and the id of the rule that chose it."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.extract.build import (
    PLACE_WINDOW_AFTER,
    StoryPlaces,
    article_country,
    border_demonyms,
    demonym_places,
    pick_place,
    place_window_after,
)
from eventwire.extract.classify import places_rules as pr
from eventwire.records import Actor, ActorType, Place, Toponym

# an invented country with two provinces, and a town of the same name in another country
TOWN = Place("Lorvik", "Norland", "NRL", 10.0, 20.0, "Upper Vale", None, 1, "city", 20_000)
OTHER_TOWN = Place("Brask", "Norland", "NRL", 10.3, 20.2, "Upper Vale", None, 2, "city", 8_000)
FAR_TOWN = Place("Hemmet", "Norland", "NRL", 13.0, 24.0, "Lower Vale", None, 5, "city", 9_000)
PROVINCE = Place("Upper Vale", "Norland", "NRL", 10.1, 20.1, "Upper Vale", None, 3, "admin1", 500_000)
COUNTRY = Place("Norland", "Norland", "NRL", 11.0, 21.0, None, None, 4, "country", 5_000_000)


def tops(text: str, *named: tuple[str, Place]) -> tuple[Toponym, ...]:
    """Toponyms for the given names, at their first place in the text."""
    return tuple(Toponym(name, text.index(name), text.index(name) + len(name), place, "gazetteer")
                 for name, place in named)


def pick(text: str, trigger: str, toponyms, window=(90, 120)):
    return pick_place(text, 0, len(text), text.index(trigger), toponyms, [], *window)


def test_a_town_named_in_the_clause_is_the_place():
    text = "Gunmen shot dead three traders in Lorvik on Monday."
    t, precision, rule = pick(text, "shot", tops(text, ("Lorvik", TOWN)))
    assert (t.text, precision, rule) == ("Lorvik", 1, pr.CLAUSE_PLACE)


def test_near_a_town_is_precision_two():
    text = "Soldiers clashed with rebels on the outskirts of Lorvik on Monday."
    t, precision, rule = pick(text, "clashed", tops(text, ("Lorvik", TOWN)))
    assert (t.text, precision, rule) == ("Lorvik", 2, pr.NEAR_TOWN)


def test_a_place_between_two_towns_is_the_first_at_precision_two():
    text = "Rebels ambushed a convoy on the road between Lorvik and Brask on Monday."
    t, precision, rule = pick(text, "ambushed", tops(text, ("Lorvik", TOWN), ("Brask", OTHER_TOWN)))
    assert (t.text, precision, rule) == ("Lorvik", 2, pr.NEAR_TOWN)


def test_a_province_alone_is_precision_three():
    text = "Bandits stole cattle in Upper Vale province on Monday."
    t, precision, rule = pick(text, "stole", tops(text, ("Upper Vale", PROVINCE)))
    assert (t.place, precision, rule) == (PROVINCE, 3, pr.AREA_ONLY)


def test_a_reference_point_yields_to_the_province_the_sentence_names():
    text = "Rebels attacked a convoy in Upper Vale province, 40 km north of Hemmet, on Monday."
    t, _, _ = pick(text, "attacked", tops(text, ("Upper Vale", PROVINCE), ("Hemmet", FAR_TOWN)))
    assert t.place == PROVINCE


@pytest.mark.parametrize("text, trigger", [
    ("Rebels ambushed a bus near Brask, southeast of Lorvik, on Monday.", "ambushed"),
    ("Rebels ambushed a bus on the Lorvik-Hemmet highway, half an hour from Brask, on Monday.", "ambushed"),
    ("Youths in Brask rioted at a campaign rally of the Lorvik governor on Monday.", "rioted"),
])
def test_a_town_named_as_a_reference_point_is_not_the_place(text, trigger):
    t, _, _ = pick(text, trigger, tops(text, ("Lorvik", TOWN), ("Brask", OTHER_TOWN)))
    assert t.text == "Brask"


def test_the_place_a_qualifier_follows_is_the_events():
    text = "Police fired on protesters in Brask in Norland's Upper Vale on Monday."
    toponyms = tops(text, ("Brask", Place("Brask", "Norland", "NRL", 10.3, 20.2, "Upper Vale", "Brask", 2,
                                          "admin2", 0)), ("Upper Vale", Place(
                                              "Lorvik", "Norland", "NRL", 10.0, 20.0, "Upper Vale", None, 1, "city",
                                              20_000)))
    t, _, rule = pick(text, "fired", toponyms)
    assert t.text == "Brask" and rule == pr.TOWN_IN_AREA


def test_a_town_outside_the_window_but_inside_the_named_province_is_taken():
    text = ("Elders of Lorvik, which lies in Upper Vale province near the border, said on Tuesday that raiders "
            "from a rival clan had shot dead three herders.")
    t, precision, rule = pick(text, "shot", tops(text, ("Lorvik", TOWN), ("Upper Vale", PROVINCE)))
    assert (t.text, precision, rule) == ("Lorvik", 1, pr.TOWN_IN_AREA)


def test_a_town_outside_every_named_province_is_not_taken_for_the_country():
    text = "Gunmen killed an official in Hemmet in Norland's Upper Vale province, police said."
    toponyms = tops(text, ("Hemmet", FAR_TOWN), ("Norland", COUNTRY), ("Upper Vale", PROVINCE))
    t, _, _ = pick(text, "killed", toponyms)
    assert t.place != FAR_TOWN


def _sentences(text: str, paragraph_of=lambda k: 0):
    out, start = [], 0
    for k, part in enumerate(text.split(". ")):
        end = start + len(part) + (2 if start + len(part) < len(text) else 0)
        out.append(SimpleNamespace(index=k, start=start, end=min(end, len(text)), paragraph=paragraph_of(k)))
        start = end
    return out


def test_an_event_without_a_place_takes_that_of_the_earlier_sentence():
    text = "Residents of Lorvik gathered on Monday. Police fired tear gas at them. The crowd left."
    story = StoryPlaces(text, _sentences(text), tops(text, ("Lorvik", TOWN)), [])
    assert story.earlier(2)[0].text == "Lorvik"


def test_the_earlier_place_stays_in_its_paragraph_unless_it_is_the_lead():
    text = "Talks opened in Lorvik on Monday. Analysts were hopeful. Elsewhere, police fired tear gas at a crowd."
    sentences = _sentences(text, paragraph_of=lambda k: 0 if k < 2 else 1)
    story = StoryPlaces(text, sentences, tops(text, ("Lorvik", TOWN)), [])
    assert story.earlier(2)[0].text == "Lorvik"  # (the lead's place, sentence 0)
    story.places = {3: story.places[0]}  # a place of a later sentence only: none
    assert story.earlier(2) is None


def test_a_country_is_refined_to_the_town_another_sentence_names_inside_it():
    text = "Six inmates were killed in a riot in Norland. The riot started in a jail in Hemmet."
    story = StoryPlaces(text, _sentences(text), tops(text, ("Norland", COUNTRY), ("Hemmet", FAR_TOWN)), [])
    assert story.inside(0, COUNTRY)[0].text == "Hemmet"
    assert story.inside(0, PROVINCE) is None  # (Hemmet lies in another province)


@pytest.mark.parametrize("text, iso3", [
    ("Bandits raided a Kenyan village on Sunday.", "KEN"),
    ("Clashes broke out in the northern Malian town of Gao.", "MLI"),
])
def test_a_peoples_name_before_a_settlement_word_names_its_country(text, iso3):
    assert demonym_places(text)[iso3] == 1


def test_a_peoples_name_used_for_a_border_is_a_reference_point():
    assert border_demonyms("Rebels killed ten villagers near the Chadian border.") == {"TCD"}
    assert border_demonyms("A militia attacked herders near the Kenyan border with Ethiopia.") == set()


def test_the_story_country_counts_a_kenyan_village_over_a_neighbours_militia():
    text = "Raiders thought to be a Tanzanian militia burned a Kenyan village, killing four."
    assert article_country((), {"TZA": 2, "KEN": 2}, text) == "KEN"


def test_a_border_demonym_gives_no_vote_for_the_story_country():
    text = "Rebels killed ten villagers near the Chadian border."
    assert article_country((), {"TCD": 2, "CAF": 1}, text) == "CAF"


# ---- the geoparser's side, on the real index ----------------------------------------------------

@pytest.mark.gazetteer
def test_a_district_named_before_its_admin_word_is_read_by_its_spelling_in_the_story(gazetteer):
    text = "Taliban fighters attacked a check post in Bato Kot district, Nangarhar, on Monday."
    found = {t.text: t.place for t in gazetteer.geoparse(text)}
    assert found["Bato Kot"] is not None and found["Bato Kot"].iso3 == "AFG"
    assert found["Bato Kot"].admin1 == "Nangarhar"


@pytest.mark.gazetteer
def test_an_unread_district_name_falls_back_to_its_words(gazetteer):
    found = {t.text: t.place for t in gazetteer.geoparse("Two men were killed in Kakamega East sub-county.")}
    assert found["Kakamega East"] is not None and found["Kakamega East"].admin1 == "Kakamega"


@pytest.mark.gazetteer
def test_a_possessive_country_before_a_province_is_a_mention_of_its_own(gazetteer):
    text = "Gunmen killed an official in the town of Kitgum in Uganda's Kitgum district on Monday."
    span = text.index("Uganda's Kitgum district")
    found = [(t.text, t.place and t.place.iso3) for t in gazetteer.geoparse(text, extra_spans=[(span, span + 24)])]
    assert ("Uganda", "UGA") in found and any(name.startswith("Kitgum") for name, _ in found)


@pytest.mark.gazetteer
def test_a_place_after_a_towns_possessive_lies_in_that_town(gazetteer):
    # Eastleigh is also a town in England: "Nairobi's Eastleigh" is the Nairobi neighbourhood
    found = {t.text: t.place for t in gazetteer.geoparse("Traders in Nairobi's Eastleigh protested on Monday.")}
    assert found["Eastleigh"] is not None and found["Eastleigh"].iso3 == "KEN"


@pytest.mark.gazetteer
def test_a_possessive_country_is_not_read_into_an_area_name(gazetteer):
    found = {t.text: t.place for t in gazetteer.geoparse("Police in Kenya's Marsabit county arrested two men.")}
    assert found["Kenya"].feature == "country" and found["Marsabit"].feature == "admin1"


@pytest.mark.parametrize("road", ["Hemmet Superhighway", "Hemmet bypass", "Hemmet road"])
def test_a_road_named_after_a_town_yields_to_the_area_the_clause_names(road):
    text = f"Youths set up bonfires on the {road} in Upper Vale province on Monday."
    t, _, _ = pick(text, "bonfires", tops(text, ("Hemmet", FAR_TOWN), ("Upper Vale", PROVINCE)))
    assert t.place == PROVINCE


def test_a_trigger_in_the_note_s_opening_label_looks_for_its_place_in_the_whole_clause():
    text = ("Property destruction: On 4 May 2021, herders from the Lower Vale grazing lands burned granaries "
            "and a storehouse belonging to farmers of the settlement of Lorvik, Upper Vale.")
    far = place_window_after(text, 0, text.index("destruction"), len(text))
    assert far == len(text) - text.index("destruction") > PLACE_WINDOW_AFTER
    named = tops(text, ("Lower Vale", Place("Lower Vale", "Norland", "NRL", 13.1, 24.1, "Lower Vale", None, 6,
                                             "admin1", 300_000)), ("Lorvik", TOWN), ("Upper Vale", PROVINCE))
    t, _, _ = pick_place(text, 0, len(text), text.index("destruction"), named, [], 90, far)
    assert t.text == "Lorvik"
    # (within the usual window only the herders' home is named)
    assert pick_place(text, 0, len(text), text.index("destruction"), named, [], 90, PLACE_WINDOW_AFTER)[0].text \
        == "Lower Vale"
    # a trigger in the story itself keeps the usual window
    assert place_window_after(text, 0, text.index("burned"), len(text)) == PLACE_WINDOW_AFTER

"""A full news article: its datelines, its lead, and the rank of the event it reports above its follow-ups."""
import datetime as dt

import pytest

from eventwire.extract import salience
from eventwire.records import Article


def _events(pipeline, text, date=dt.date(2024, 3, 15)):
    return [e.to_dict() for e in pipeline.process(Article(id="t", date=date, text=text)).events]


@pytest.mark.parametrize("text,place", [
    ("KHARTOUM (Wire) - Troops fired on marchers.", "KHARTOUM"),
    ("LUSAKA -- The ministry said on Friday.", "LUSAKA"),
    ("Port Moresby — Police said on Friday.", "Port Moresby"),
    ("(Asuncion) – The authorities should free the editor.", "Asuncion"),
    ("(Caracas, June 4, 2022) – The authorities should free the editor.", "Caracas"),
    ("QUETTA: Two men were shot dead.", "QUETTA"),
    ("Harare (Wire) –\n\nRead more\n\nPolice said.", "Harare"),
    ("MAPUTO/LISBON－Gunmen seized three engineers.", "MAPUTO/LISBON"),  # two bureaus, a full-width dash
    ("QUITO / BOGOTA – The ministry said on Monday.", "QUITO / BOGOTA"),
])
def test_wire_and_web_datelines_are_found(text, place):
    start, end = salience.dateline_place(text)
    assert text[start:end] == place


@pytest.mark.parametrize("text", [
    "UPDATE, MAY 2:\n\nThe minister resigned.",
    "Police in Lesotho – a small kingdom – said on Friday.",
    "Correspondent at the Weekly Mail — she covers courts.",
])
def test_a_heading_or_a_sentence_is_no_dateline(text):
    found = salience.dateline_place(text)
    assert found is None or text[found[0]:found[1]] not in ("UPDATE", "Police in Lesotho", "Correspondent")


def test_the_lead_is_the_first_paragraph_of_prose_after_the_headline_and_byline():
    text = ("Unions rally in Lusaka\n\nBy Ana Mwale\n\nThousands of miners marched through Lusaka on Tuesday to "
            "demand the wages owed to them since the spring.\n\nThe union said more marches would follow.")
    assert text[:salience.lead_end(text)].endswith("since the spring.")


@pytest.mark.model
def test_the_lead_s_violence_outranks_a_follow_up_arrest_abroad(pipeline):
    text = ("Gunmen kill a river guardian in Loreto\n\nGunmen shot dead a river guardian outside his hut in "
            "Iquitos on Sunday, his brother said, the third such killing in Peru this year.\n\n"
            "Police in Madrid on Wednesday detained two Spanish timber traders who had bought wood from the area, "
            "a spokesman said.")
    events = _events(pipeline, text)
    top = max(events, key=lambda e: e["confidence"])
    assert top["sub_event_type"] == "Attack" and top["location"]["country"] == "Peru"
    assert "salience.rank.lead_event" in top["rules"]
    abroad = [e for e in events if e["location"]["country"] == "Spain"]
    assert abroad and all("salience.rank.outside_story_country" in e["rules"] for e in abroad)


@pytest.mark.model
def test_a_dateline_town_abroad_is_not_the_event_s_place(pipeline):
    text = ("JOHANNESBURG (Wire) - Soldiers detained three trade unionists on Monday after a strike at a copper "
            "mine, a rights group said.\n\nThe men work in Kitwe and Ndola, two towns of Zambia's copper belt.")
    events = _events(pipeline, text)
    assert events and all(e["location"]["country"] == "Zambia" for e in events)
    assert any("places.dateline_town_elsewhere" in e["rules"] for e in events)


@pytest.mark.model
def test_a_dateline_town_of_the_story_s_country_stays_the_place(pipeline):
    text = ("MAPUTO (Wire) - Police detained two reporters on Monday, their editor said.\n\nThe reporters had "
            "covered a strike in Mozambique's capital and in Johannesburg last month.")
    events = [e for e in _events(pipeline, text) if e["sub_event_type"] == "Arrests"]
    assert events and events[0]["location"]["country"] == "Mozambique"


@pytest.mark.model
def test_a_deed_named_with_an_earlier_year_is_recalled(pipeline):
    text = "A court in Leeds on Monday heard that the man's cousin had died in a 2011 air strike."
    assert not [e for e in _events(pipeline, text) if e["sub_event_type"] == "Air/drone strike"]

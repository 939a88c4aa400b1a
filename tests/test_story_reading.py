"""Reading a full article about an attack on a person: a dateline written in mixed case before a colon,
a surname standing alone for a person named in full, and a date inside the deed an arrest is over.
Our own sentences."""
import datetime as dt

import pytest

from eventwire.extract import salience
from eventwire.extract.deed_dates import deed_date
from eventwire.records import Article
from eventwire.resolve.person_surnames import written_names


@pytest.mark.parametrize("text,town", [
    ("Editor detained\n\nWashington: A rights group said on Friday that police in Lagos had detained a newspaper "
     "editor at his home on Thursday night.\n\nThe editor's paper said he was taken at dawn.", "Washington"),
    ("Srinagar: The regional government has ordered the release of a trade union leader held for eight months "
     "without charge, officials said.\n\nHe was held in a jail far from home.", "Srinagar"),
    ("Kuala Lumpur, Malaysia: Police questioned two cartoonists for six hours on Monday over drawings of the "
     "prime minister, their lawyer said.\n\nBoth deny any offence.", "Kuala Lumpur"),
])
def test_a_mixed_case_town_before_a_colon_that_opens_a_lead_is_the_dateline(text, town):
    start, end = salience.dateline_place(text)
    assert text[start:end] == town


@pytest.mark.parametrize("text", [
    "Iraq: Masked and unknown assassins\n\nProtests went on in the south.",  # a headline, no lead sentence
    "Caution: The pictures below show injured people.\n\nThe reporter was beaten.",  # a label
    "Source: Ministry of Interior of the Republic, figures of the second quarter\n\nThe ministry said.",
])
def test_a_headline_or_a_label_before_a_colon_is_no_dateline(text):
    assert salience.dateline_place(text) is None


def test_surnames_are_read_after_a_title_or_a_common_first_name():
    text = "Unions likened Mr Okonjo to Nelson Mandela. West Mosul and King Fahd Road were quiet."
    surnames, spans = written_names(text)
    assert {"Okonjo", "Mandela"} <= surnames
    assert "Mosul" not in surnames and "Fahd" not in surnames  # ordinary words before a place's name
    assert (text.index("Nelson"), text.index("Mandela") + len("Mandela")) in spans


@pytest.mark.parametrize("text,date,expected", [
    ("Police detained five people over the killing of a reporter in July 2016, officials said.", "July 2016", True),
    ("Officers arrested a farmer in connection with the 2019 murder of a teacher.", "2019", True),
    ("Police detained five people in July 2016 over the killing of a reporter.", "July 2016", False),
    ("Police detained five people on Monday, officials said in July 2016.", "July 2016", False),
])
def test_a_date_inside_the_deed_an_arrest_is_over_is_the_deeds(text, date, expected):
    trigger = text.index("detained") + len("detained") if "detained" in text else text.index("arrested") + 8
    start = text.index(date)
    assert deed_date(text, trigger, start, start + len(date)) is expected


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_fresh_arrest_over_an_old_killing_is_coded_and_the_killing_recalled(pipeline):
    text = ("Police in Kyiv have detained two men over the murder of a radio reporter in March 2018, "
            "prosecutors said on Thursday.")
    events = pipeline.process(Article(id="t", date=dt.date(2024, 3, 1), text=text)).events
    assert [(e.sub_event_type, e.modality) for e in events] == [("Arrests", "asserted")]
    assert "modality.asserted.reason_deed_date" in events[0].rules
    assert events[0].event_date == "2024-02-29"  # the day the prosecutors spoke, not March 2018


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_surname_alone_is_no_town_abroad(pipeline):
    text = ("The union likened the printer to Nelson Mandela in a letter.\n\nGuards beat the printer in his "
            "cell in Harare on Monday, his lawyer said, calling it worse than that of Mandela.")
    result = pipeline.process(Article(id="t", date=dt.date(2024, 3, 4), text=text))
    assert {e.location.iso3 for e in result.events} == {"ZWE"}
    assert "places.surname_of_named_person" in result.events[0].rules


class _Named:
    """A toponym as ``court_seat`` reads it: offsets and a resolved place."""

    def __init__(self, text: str, name: str):
        self.start = text.index(name)
        self.end = self.start + len(name)
        self.place = object()


@pytest.mark.parametrize("text,name,expected", [
    ("A man pleaded guilty in federal court in Chicago to the kidnapping of two aid workers.", "Chicago", True),
    ("He was convicted at a trial at Dunmore Magistrates' Court last month.", "Dunmore", True),
    ("Supporters protested outside the court in Nairobi as the activist was sentenced.", "Nairobi", False),
    ("Gunmen shot dead a lawyer in Chicago on Monday.", "Chicago", False),  # no step of a trial
])
def test_a_courts_town_in_a_sentence_of_a_trial_is_no_place_of_the_deed(text, name, expected):
    from eventwire.resolve.court_places import court_seat
    assert court_seat(text, _Named(text, name)) is expected


@pytest.mark.model
@pytest.mark.gazetteer
def test_a_deed_tried_abroad_is_placed_where_it_happened(pipeline):
    text = ("On Thursday a man pleaded guilty in a federal court in Chicago to taking part in the kidnapping "
            "of two aid workers in Mogadishu last week.")
    events = pipeline.process(Article(id="t", date=dt.date(2024, 3, 14), text=text)).events
    assert [e.location.iso3 for e in events] == ["SOM"]
    assert "places.court_seat" in events[0].rules


@pytest.mark.parametrize("text", [
    "Looting: Cattle herders raided the village of Kaptum at night and drove away two hundred goats.",
    "Looting: Cattle herders raided the village of Kaptum at night and drove away two hundred goats.\n\nMore.",
])
def test_a_coders_heading_or_a_note_of_one_paragraph_has_no_colon_dateline(text):
    assert salience.dateline_place(text) is None

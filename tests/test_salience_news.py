"""News without events: business stories, developments nobody is named for or with no conflict to belong
to, and a speaker's words make no asserted event; the word lists the rules read are word classes."""
import datetime as dt

import pytest

from eventwire.extract import salience
from eventwire.lang import loader
from eventwire.records import Article


def test_business_and_harm_words_come_from_their_word_classes():
    assert "investors" in {w.lower() for w in loader.load("business_words").words()}
    assert salience._BUSINESS.search("Investors cheered the plan.")
    assert salience._BUSINESS.search("Acme Co. said on Monday.") and not salience._BUSINESS.search("a co-op")
    assert salience._HARM_WORDS.search("Three soldiers were killed.")
    # the month is no march, the search for oil no explosion
    assert not salience._HARM_WORDS.search("He stepped down in March to lead exploration.")


def test_a_sentence_that_names_nobody_is_told_from_one_that_names_someone():
    assert not salience._names_someone("The neighbours cheered the plan on Monday.")
    assert not salience._names_someone("\"It is too early,\" she said in March.")
    assert salience._names_someone("The talks with Ethiopia ended on Monday.")


def test_quotations_are_found_in_wire_and_typographic_marks():
    sentence = "``We fear his kidnapping,'' the father wrote."
    at = sentence.index("kidnapping")
    start, end = salience.quoted_span(sentence, at)
    assert sentence[start:end] == "We fear his kidnapping,"
    assert salience.quoted_span(sentence, sentence.index("father")) is None
    assert salience.quoted_span("“Stop the war,” he said.", 8) is not None
    # a characterisation is the speaker's own view, in the first person; a report's words are not
    assert salience._FIRST_PERSON.search("We fear his kidnapping,")
    assert not salience._FIRST_PERSON.search("state-sanctioned torture by the US forces")


def _asserted(pipeline, text, date):
    events = pipeline.process(Article(id="t", date=date, text=text)).events
    return [(e.sub_event_type, e.modality) for e in events if e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # company news: a sale, the market's reaction
    "Harlow Foods to sell bakery arm\n\nLONDON, May 2 (Wire) - Harlow Foods PLC said on Tuesday it would sell "
    "its bakery division to a rival for $40 million.\n\nInvestors cheered the plan. The company's shares gained "
    "8 pence in March trading, brokers said.",
    # diplomacy with no conflict anywhere in the story
    "Three states to join customs union\n\nGENEVA, May 2 (Wire) - The trade ministers of Estonia, Malta and "
    "Chile agreed on Tuesday to join the customs union from next year.\n\nThe decision followed a vote in the "
    "union's council in the spring. The ministers were welcomed by the union's director, who praised their "
    "long road to membership. A summit in Geneva next month will mark the occasion with a dinner for the "
    "heads of every member, officials said. The three states will send their first delegates to the union's "
    "committees in the autumn.",
])
def test_news_without_an_event_makes_no_asserted_event(pipeline, text):
    assert _asserted(pipeline, text, dt.date(2024, 5, 3)) == []


@pytest.mark.model
def test_a_story_that_reports_its_own_deed_keeps_it(pipeline):
    text = ("Gunmen kill doctor in Kano\n\nKANO, May 3 (Wire) - Gunmen shot dead a doctor outside his clinic in "
            "Kano on Thursday, police said.\n\nA nurse was killed in a similar attack in the city last October.")
    assert ("Attack", "asserted") in _asserted(pipeline, text, dt.date(2024, 5, 3))

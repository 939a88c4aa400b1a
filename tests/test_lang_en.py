"""The English word classes: every file loads, every entry has an example of its own, and the rules that
share a vocabulary read it from the same file."""
import re

import pytest

from eventwire.extract import claims, detect, fatalities, roles
from eventwire.lang import loader
from eventwire.resolve import dates

CLASSES = loader.available("en")


def test_the_word_classes_the_rules_read_are_there():
    assert {"number_words", "ordinals", "months", "weekdays", "report_verbs", "modality"} <= set(CLASSES)


@pytest.mark.parametrize("name", CLASSES)
def test_word_class_loads_with_a_version_and_an_example_per_entry(name):
    wc = loader.load(name, "en")
    assert wc.version.startswith(f"{name}.v")
    assert wc.entries
    keys = [(e.entry.lower(), e.get("class")) for e in wc.entries]
    assert len(keys) == len(set(keys)), f"{name}.tsv lists an entry twice in one class"
    for e in wc.entries:
        # the example is a sentence that uses the entry (a contraction's part, "wo" of "won't", within a word)
        whole = rf"(?<!\w){re.escape(e.entry)}(?!\w)" if len(e.entry.strip("'")) > 2 else re.escape(e.entry)
        assert re.search(whole, e.example, re.IGNORECASE), (name, e.entry)
        assert e.example[0].isupper() and e.example.endswith("."), (name, e.example)


def test_dates_and_fatalities_read_the_same_number_words():
    numbers = loader.load("number_words", "en")
    assert fatalities._UNITS == numbers.values(**{"class": "unit"})
    assert fatalities._TENS == dates._TENS == numbers.values(**{"class": "tens"})
    # the date rules also read "a week", "an hour", "a single day" as one
    assert dates._UNITS == {**fatalities._UNITS, "a": 1, "an": 1, "single": 1}
    ordinals = loader.load("ordinals", "en").values()
    assert dates._ORDINALS == ordinals
    assert fatalities._ORDINALS == {w: n for w, n in ordinals.items() if 2 <= n <= 12}


@pytest.mark.parametrize("text, value", [("seventeen", 17), ("forty-two", 42), ("a hundred", 100),
                                         ("three hundred and six", 306)])
def test_number_words_read_alike(text, value):
    assert dates._number(text) == value
    assert fatalities.parse_number(text) == value


def test_months_and_weekdays_come_from_their_files():
    months = loader.load("months", "en")
    assert [dates._month_number(m) for m in months.words()] == [int(e.get("value")) for e in months.entries]
    assert dates._month_number("Sept.") == 9
    assert dates._WEEKDAY_NAMES == list(loader.load("weekdays", "en").words())
    assert fatalities._WEEKDAYS == claims._WEEKDAYS == tuple(dates._WEEKDAY_NAMES)


def test_report_verbs_come_from_their_file():
    verbs = loader.load("report_verbs", "en").words()
    assert claims._REPORT_VERBS.split("|") == list(verbs)
    assert claims._rx()["report"].search("Witnesses tweeted that the road was shut")


def test_modality_cues_and_speech_verbs_come_from_their_files():
    modality = loader.load("modality", "en")
    assert detect._MODALS == set(modality.where("class", "modal")) and "'ll" in detect._MODALS
    assert {"planned", "could", "tried"} <= detect._FUTURE_VERBS and "denied" in detect._DENY_VERBS
    assert detect._ATTEMPT_VERBS == frozenset(modality.where("class", "attempt"))
    assert "planned" in detect._SCHEDULED_VERBS and "planning" not in detect._SCHEDULED_VERBS
    # the actor-role rules' speech verbs are report verbs of the claim rules
    assert roles._SPEECH_VERBS <= set(claims._REPORT_VERBS.split("|")) and "said" in roles._SPEECH_VERBS


def test_the_words_that_end_a_sides_lead_come_from_their_files():
    from eventwire.extract import build
    stops = {w.lower() for w in loader.load("side_lead_stops", "en").words()}
    speech = {w.lower() for w in loader.load("report_verbs", "en").where("class", "speech")}
    assert build._BEFORE_DOER_STOP == stops | speech
    assert build._doer_modifiers("Elders said suspected ") == "suspected "
    assert build._doer_modifiers("a band of armed ") == "armed "
    assert build._doer_modifiers("the Tuli elders were ") == ""


@pytest.mark.parametrize("rx, text, found", [
    ("_UNORGANISED", "Unity Front youths stoned a bus", True),
    ("_UNORGANISED", "Members of the public stoned a bus", True),
    ("_UNORGANISED", "Unity Front fighters stoned a bus", False),
    ("_PERSON_TARGET", "five Oru Councillors", True),
    ("_PERSON_TARGET", "five Oru raiders", False),
    ("_NOT_THEIR_DEED", "marched after a colleague", True),
    ("_NOT_THEIR_DEED", "marched and beat a colleague", False),
    ("_RELATIVE", "the driver, whose bus burned", True),
    ("_RELATIVE", "Which bus burned", False),  # read with its case
])
def test_the_clause_and_crowd_words_of_the_event_builder_come_from_their_files(rx, text, found):
    from eventwire.extract import build
    assert bool(getattr(build, rx).search(text)) is found


def test_the_people_a_killing_verb_needs_come_from_their_file():
    people = loader.load("victim_words", "en").where("class", "people")
    assert {"prisoners", "hostages", "them"} <= set(people)
    assert all(fatalities._PEOPLE.fullmatch(w) for w in people)
    assert fatalities._PEOPLE.search("executed two Prisoners") and not fatalities._PEOPLE.search("executed orders")

"""The deed a follow-up story about a rights defender recalls (``news.recalled_deed_of_defender_story``):
coded as the article's event only when the article reports none of its own, names rights defenders at
least twice, and the deed is one occurrence against a person."""
import datetime as dt

import pytest

from eventwire.extract import recalled_deed
from eventwire.records import Article

RULE = "news.recalled_deed_of_defender_story"
DATE = dt.date(2023, 4, 20)

_TRIAL = ("Appeal heard in case of radio reporter from Masaka\n\n"
          "Judges in Kampala on Wednesday began hearing an appeal in the case of a radio reporter from Masaka, "
          "lawyers for his family said.\n\n"
          "The journalist was shot dead outside his studio in Masaka in June 2019 after airing a programme "
          "on land grabs, his colleagues said at the time.\n\n"
          "\"We want the court to keep them in prison,\" said his sister. A ruling is expected next month.")
_NO_DEFENDER = ("Appeal heard in case of cattle trader from Masaka\n\n"
                "Judges in Kampala on Wednesday began hearing an appeal in the case of a cattle trader from "
                "Masaka, relatives of the dead man said.\n\n"
                "The trader was shot dead outside his shop in Masaka in June 2019 after selling his herd, "
                "neighbours said at the time.\n\n"
                "\"We want the court to keep them in prison,\" said his sister. A ruling is expected next month.")
_TOTAL = ("Press group counts jailed reporters\n\n"
          "A press freedom group said on Wednesday that the number of reporters behind bars in the region "
          "had doubled.\n\n"
          "In 2022, at least 40 journalists were jailed across the region, the group said in its yearly "
          "report.\n\n"
          "The group called on governments to free them.")


def test_a_full_article_has_a_body_after_its_lead():
    assert recalled_deed.full_article(_TRIAL)
    assert not recalled_deed.full_article("Soldiers detained a reporter in Gulu on Monday, his editor said.")


@pytest.mark.parametrize("text,about", [
    (_TRIAL, True),
    (_NO_DEFENDER, False),
    ("A lawyer spoke.\n\nThe case went on.", False),  # one defender word is not the article's subject
])
def test_an_article_is_about_a_defender_when_it_names_defenders_twice(text, about):
    assert recalled_deed.about_defender(text) is about


@pytest.mark.model
@pytest.mark.gazetteer
def test_the_recalled_killing_of_a_reporter_is_the_follow_up_story_s_event(pipeline):
    events = pipeline.process(Article(id="t1", date=DATE, text=_TRIAL)).events
    assert len(events) == 1 and RULE in events[0].rules
    e = events[0]
    assert e.sub_event_type == "Attack" and e.modality == "asserted"
    assert e.event_date.startswith("2019-06") and e.location.iso3 == "UGA"


@pytest.mark.model
@pytest.mark.gazetteer
@pytest.mark.parametrize("text", [_NO_DEFENDER, _TOTAL])
def test_no_recalled_deed_without_a_defender_or_a_single_occurrence(pipeline, text):
    events = pipeline.process(Article(id="t2", date=DATE, text=text)).events
    assert not any(RULE in e.rules for e in events), [(e.sub_event_type, e.rules) for e in events]


@pytest.mark.model
@pytest.mark.gazetteer
def test_an_article_that_reports_an_event_keeps_its_recalled_deed_in_the_background(pipeline):
    text = _TRIAL.replace("Judges in Kampala on Wednesday began hearing an appeal in the case of a radio reporter "
                          "from Masaka, lawyers for his family said.",
                          "Police in Kampala on Wednesday arrested two radio reporters who had covered a "
                          "strike by market vendors, their editor said.")
    events = pipeline.process(Article(id="t3", date=DATE, text=text)).events
    assert events and not any(RULE in e.rules for e in events)
    assert not any(e.event_date.startswith("2019") for e in events)

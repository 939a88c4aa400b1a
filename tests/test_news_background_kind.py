"""A news story's background and reactions make no event of their own: a deed of a kind the lead does not
report, told after it in the past perfect, a quotation or an allegation; a war named by its years; a
banned or cancelled gathering; an ongoing backdrop ("as fighting … continues")."""
import datetime as dt

import pytest

from eventwire.records import Article

CODED = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
DATE = dt.date(2025, 3, 14)


def _coded(pipeline, text):
    events = pipeline.process(Article(id="bg-kind", date=DATE, text=text)).events
    return [e.sub_event_type for e in events if e.event_type in CODED]


def _story(*paragraphs):
    return "\n\n".join(paragraphs)


_VERDICT_LEAD = ("Appeals court in Lilongwe upholds fraud sentence",
                 "LILONGWE, March 14 (Wire) - An appeals court in Lilongwe on Thursday upheld a ten-year sentence "
                 "handed to a former customs chief for taking bribes from importers, lawyers said.")


@pytest.mark.model
@pytest.mark.parametrize("later", [
    # the past perfect of a relayed statement
    "The prosecution said in its closing statement that guards at the border post had been attacked by smugglers.",
    # a quotation that runs over two sentences
    "\"They burned the depot and beat the clerks. Nobody was punished,\" said a trader from Mwanza who testified.",
    # an allegation
    "His lawyer issued a statement accusing the police of beating the former chief in his cell.",
])
def test_a_relayed_deed_of_a_kind_the_lead_does_not_report_makes_no_event(pipeline, later):
    text = _story(*_VERDICT_LEAD, later, "The former official has ten days to take the case to the Supreme Court.",
                  "The court also ordered the seizure of two houses.")
    assert _coded(pipeline, text) == []


@pytest.mark.model
def test_a_relayed_deed_with_a_day_of_the_news_is_still_coded(pipeline):
    text = _story(*_VERDICT_LEAD,
                  "Police said smugglers had attacked the border post at Mwanza on Tuesday, killing two guards.",
                  "The former official has ten days to take the case to the Supreme Court.",
                  "The court also ordered the seizure of two houses.")
    assert _coded(pipeline, text) != []


@pytest.mark.model
def test_a_long_feature_is_not_read_as_an_inverted_pyramid(pipeline):
    filler = " ".join(["The customs service has changed its rules on imported grain several times."] * 70)
    text = _story(*_VERDICT_LEAD, filler,
                  "The prosecution said in its closing statement that guards at the border post had been attacked "
                  "by smugglers.", "The court also ordered the seizure of two houses.")
    assert len(text.split()) > 800
    assert _coded(pipeline, text) != []


@pytest.mark.model
def test_a_war_named_by_its_years_sums_a_toll(pipeline):
    text = _story("Donors pledge funds for Monrovia schools",
                  "MONROVIA, March 14 (Wire) - Donors pledged $40 million on Thursday to rebuild schools in "
                  "Liberia, the education ministry said.",
                  "The 1989-2003 wars killed about 250,000 people and destroyed most of the country's schools.",
                  "The first classrooms will open in September.",
                  "The ministry said teachers would be trained in Gbarnga.")
    assert _coded(pipeline, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text,coded", [
    ("Police in Mwanza on Monday banned all political rallies in the region until further notice.", False),
    ("Organisers in Gulu called off the teachers' march on Monday after a meeting with the district "
     "commissioner.", False),
    ("Police in Gulu fired tear gas on Saturday at hundreds of students who marched in defiance of a ban on "
     "rallies.", True),
    ("Soldiers shot dead two students during a banned opposition march in Gulu on Saturday.", True),
])
def test_a_banned_or_called_off_gathering_was_not_held(pipeline, text, coded):
    assert bool(_coded(pipeline, text)) is coded


@pytest.mark.model
@pytest.mark.parametrize("text,coded", [
    ("Donors in Kinshasa pledged more money for the displaced on Monday as fighting between the army and rebels "
     "continues in the east.", False),
    ("Soldiers and rebels fought for three hours near Rutshuru on Monday, the army said.", True),
])
def test_an_ongoing_backdrop_is_no_occurrence(pipeline, text, coded):
    assert bool(_coded(pipeline, text)) is coded

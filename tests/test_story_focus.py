"""A full article's story country is the one its places name most, and an event its own sentence does
not place stays in that country rather than at a place abroad an earlier sentence names (invented
texts and places)."""
from __future__ import annotations

from eventwire.pipeline import MOST_NAMED_MIN, most_named_country
from eventwire.records import Place, Toponym

_ARTICLE = "Headline of a story\n\nA lead paragraph that is long enough to be read as the lead of the story.\n\nBody."
_NOTE = "One paragraph of a coder's note that names several places in a row and nothing more than that."


def _named(*codes: str) -> list[Toponym]:
    return [Toponym(code, k, k + 3, Place(name=code, country=code, iso3=code, latitude=0.0, longitude=0.0,
                                          feature="country"))
            for k, code in enumerate(codes)]


def test_the_most_named_country_of_a_full_article_leads():
    assert most_named_country(_named("GHA", "GHA", "GHA", "GHA", "TGO", "TGO"), _ARTICLE, "TGO") == "GHA"


def test_a_near_tie_or_too_few_names_leave_the_weighed_country():
    assert most_named_country(_named("GHA", "GHA", "GHA", "TGO", "TGO", "TGO"), _ARTICLE, "TGO") is None
    assert most_named_country(_named(*["GHA"] * (MOST_NAMED_MIN - 1)), _ARTICLE, None) is None


def test_the_weighed_country_itself_or_a_one_paragraph_note_change_nothing():
    assert most_named_country(_named("GHA", "GHA", "GHA", "GHA"), _ARTICLE, "GHA") is None
    assert most_named_country(_named("GHA", "GHA", "GHA", "GHA", "TGO"), _NOTE, "TGO") is None


def test_continents_and_unresolved_names_are_not_counted():
    unresolved = [Toponym("Zed", 0, 3, None)] * 5
    continent = [Toponym("Africa", 0, 6, Place(name="Africa", country="", iso3="AFR", latitude=0.0,
                                               longitude=0.0, feature="continent"))] * 5
    assert most_named_country(unresolved + continent + _named("GHA"), _ARTICLE, None) is None


def test_the_dateline_s_country_needs_only_to_be_named_most():
    named = _named("GHA", "GHA", "GHA", "GHA", "GHA", "TGO", "TGO", "TGO", "TGO")
    assert most_named_country(named, _ARTICLE, "TGO") is None
    assert most_named_country(named, _ARTICLE, "TGO", filed_in="GHA") == "GHA"
    assert most_named_country(named, _ARTICLE, "GHA", filed_in="TGO") is None

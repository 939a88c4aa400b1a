"""A full article's story country is the one its places name most, and an event its own sentence does
not place stays in that country rather than at a place abroad an earlier sentence names (invented
texts and places)."""
from __future__ import annotations

from eventwire.pipeline import MOST_NAMED_MIN, most_named_country
from dataclasses import replace

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


def test_a_place_where_news_was_told_is_not_counted():
    text = ("Lawyer vanishes\n\nA lawyer was taken by men in a van in Granada on Monday, relatives said today.\n\n"
            "Senators said in a joint letter released in Boston that this was a disappearance. "
            "Rights workers spoke at a news conference in Boston. A group based in Boston agreed. "
            "Families in Granada and Leon waited.")

    def at(name: str, iso3: str, nth: int = 0) -> Toponym:
        start = [i for i in range(len(text)) if text.startswith(name, i)][nth]
        return Toponym(name, start, start + len(name), Place(name=name, country=iso3, iso3=iso3, latitude=0.0,
                                                             longitude=0.0, feature="city"))
    boston = [at("Boston", "USA", k) for k in range(3)]
    home = [at("Granada", "NIC"), at("Granada", "NIC", 1), at("Leon", "NIC")]
    assert most_named_country(boston + home[:1], text, "NIC") is None
    assert most_named_country(boston + home, text, None) == "NIC"
    # (the same three names where things happen would be counted)
    assert most_named_country([replace(t, start=0, end=6) for t in boston], "Boston" + text[6:], None) == "USA"

def test_a_nation_s_name_for_its_people_counts_with_the_country_s_places():
    from collections import Counter
    assert most_named_country(_named("GHA", "GHA", "GHA"), _ARTICLE, "TGO") == "GHA"
    assert most_named_country(_named("GHA", "GHA", "GHA"), _ARTICLE, "TGO", nations=Counter({"TGO": 3})) is None
    # (a country must still be named as a place: its people's name alone makes no story country)
    assert most_named_country(_named("GHA"), _ARTICLE, None, nations=Counter({"TGO": 4})) is None
    assert most_named_country(_named("TGO", "TGO", "TGO", "GHA", "GHA", "GHA"), _ARTICLE, "GHA",
                              nations=Counter({"TGO": 2})) == "TGO"


def test_nation_words_count_each_use_but_not_things_sides_or_country_names():
    from eventwire.resolve.coherence import nation_words
    demonym = {"Nicaraguan": "NIC", "Russian": "RUS", "Chinese": "CHN", "Panama": "PAN"}.get
    text = ("Nicaraguan police took a Nicaraguan lawyer away, and pro-Russian bloggers cheered; "
            "a Chinese company paid. Panama said nothing.")
    assert nation_words(text, demonym, lambda w: w == "Panama") == {"NIC": 2}

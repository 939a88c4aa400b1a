import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.resolve.dates import (FUTURE_CUE, RULES_VERSION, event_date_for, find_time_expressions,
                                     infer_year)

THU = dt.date(2024, 1, 4)  # a Thursday


def only(text, published=THU, **kw):
    found = find_time_expressions(text, published, **kw)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e


def test_rules_version():
    assert RULES_VERSION == "dates.rules.v5+release-dateline.v1+anchored-day.v1"


@pytest.mark.parametrize("text, span, value, precision, kind", [
    # explicit dates
    ("Clashes broke out on 4 January 2024 in the north.", "4 January 2024", "2024-01-04", 1, "date"),
    ("Clashes broke out on January 4, 2024 in the north.", "January 4, 2024", "2024-01-04", 1, "date"),
    ("Clashes broke out on Jan. 2 in the north.", "Jan. 2", "2024-01-02", 1, "date"),
    ("Clashes broke out on 2 Jan in the north.", "2 Jan", "2024-01-02", 1, "date"),
    ("Clashes broke out on the 2nd, residents said.", "the 2nd", "2024-01-02", 1, "date"),
    ("Clashes broke out on 2023-12-29 in the north.", "2023-12-29", "2023-12-29", 1, "date"),
    ("Clashes broke out on 3/1/2024 in the north.", "3/1/2024", "2024-01-03", 1, "date"),
    ("On Oct 26th 2019, residents blocked the road.", "Oct 26th 2019", "2019-10-26", 1, "date"),
    ("On November 23 2018, a mob torched a lorry.", "November 23 2018", "2018-11-23", 1, "date"),
    ("On Dec. 14 2000 people marched.", "Dec. 14", "2023-12-14", 1, "date"),
    ("04 June. Students protested.", "04 June", "2023-06-04", 1, "date"),
    ("The attack happened on the night of Jan. 3-4.", "the night of Jan. 3-4", "2024-01-03", 2, "span"),
    ("The paper said on Saturday, April 25, 1998 that...", "Saturday, April 25, 1998", "1998-04-25", 1, "date"),
    # weekdays
    ("Police on Thursday dispersed the crowd.", "Thursday", "2024-01-04", 1, "date"),
    ("An attack committed this Thursday (4) against a base.", "this Thursday (4)", "2024-01-04", 1, "date"),
    ("Gunmen struck last Tuesday night near the market.", "last Tuesday night", "2024-01-02", 1, "date"),
    ("Thursday's attack killed three.", "Thursday", "2024-01-04", 1, "date"),
    ("Protesters gathered on Sunday evening outside parliament.", "Sunday evening", "2023-12-31", 1, "date"),
    ("Rioters returned on Saturday night.", "Saturday night", "2023-12-30", 1, "date"),
    ("Talks resume next Monday in Geneva.", "next Monday", "2024-01-08", 1, "date"),
    ("Miners marched last Thursday.", "last Thursday", "2023-12-28", 1, "date"),
    ("The locals found the bodies on Monday [1 January] morning.", "Monday [1 January] morning", "2024-01-01", 1, "date"),
    # relative days
    ("Troops withdrew today.", "today", "2024-01-04", 1, "date"),
    ("Troops withdrew yesterday.", "yesterday", "2024-01-03", 1, "date"),
    ("Pirates boarded the tanker yesterday (3 January) off the coast.", "yesterday (3 January)", "2024-01-03", 1, "date"),
    ("Shelling continued last night.", "last night", "2024-01-03", 1, "date"),
    ("Shelling continued overnight.", "overnight", "2024-01-03", 1, "date"),
    ("Shelling began the day before yesterday.", "the day before yesterday", "2024-01-02", 1, "date"),
    ("Shelling began two days ago.", "two days ago", "2024-01-02", 1, "date"),
    ("Shelling began this morning.", "this morning", "2024-01-04", 1, "date"),
    ("Arrests were made earlier this week.", "earlier this week", "2024-01-01", 2, "span"),
    ("Arrests were made last week.", "last week", "2023-W52", 2, "week"),
    ("Arrests were made this week.", "this week", "2024-W01", 2, "week"),
    ("Arrests were made last month.", "last month", "2023-12", 3, "month"),
    ("Arrests were made earlier this month.", "earlier this month", "2024-01", 2, "month"),
    # spans
    ("Strikes were held between 3 and 5 May.", "between 3 and 5 May", "2023-05-03", 2, "span"),
    ("Strikes were held from 3 to 5 May.", "from 3 to 5 May", "2023-05-03", 2, "span"),
    ("Strikes were held 3-5 May.", "3-5 May", "2023-05-03", 2, "span"),
    ("Strikes were held between 3 May and 5 June 2020.", "between 3 May and 5 June 2020", "2020-05-03", 3, "span"),
    ("Strikes were held over the weekend.", "the weekend", "2023-12-30", 2, "span"),
    ("Strikes were held in early December.", "early December", "2023-12", 2, "span"),
    ("Strikes were held in mid-December.", "mid-December", "2023-12", 2, "span"),
    ("Strikes were held in late December.", "late December", "2023-12", 2, "span"),
    # months and years
    ("Strikes were held in December.", "December", "2023-12", 3, "month"),
    ("Strikes were held in January.", "January", "2024-01", 3, "month"),
    ("Strikes were held in March 2019.", "March 2019", "2019-03", 3, "month"),
    ("Strikes were held in 2019.", "2019", "2019", 3, "year"),
    ("Strikes were held last year.", "last year", "2023", 3, "year"),
    ("Strikes were held in the 1990s.", "the 1990s", "199X", 3, "year"),
    # ACLED summary forms
    ("On 2 January, militants shot two herders.", "2 January", "2024-01-02", 1, "date"),
    ("Around 2 January, militants shot two herders.", "Around 2 January", "2024-01-02", 2, "date"),
    ("As reported on 4 May 2021, soldiers defected.", "As reported on 4 May 2021", "2021-05-04", 2, "date"),
    ("Between 1 and 7 March 2020, soldiers defected.", "Between 1 and 7 March 2020", "2020-03-01", 2, "span"),
    ("On or around 5 March 2020, soldiers defected.", "On or around 5 March 2020", "2020-03-05", 2, "date"),
    ("During the week of 1 March 2020, soldiers defected.", "During the week of 1 March 2020", "2020-03-01", 2, "span"),
    ("On or before 6 March 2020, herders clashed.", "On or before 6 March 2020", "2020-03-06", 2, "date"),
    # TimeML-style
    ("The war has lasted three years.", "three years", "P3Y", 3, "duration"),
    ("Violence rose over the past five years.", "the past five years", "P5Y", 3, "duration"),
    ("Violence is now rising.", "now", "PRESENT_REF", 1, "date"),
    ("Violence is currently rising.", "currently", "PRESENT_REF", 1, "date"),
    ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", 3, "month"),
    ("Rallies are held daily.", "daily", "P1D", 3, "set"),
])
def test_forms(text, span, value, precision, kind):
    e = only(text)
    assert (e.text, e.value, e.precision, e.kind) == (span, value, precision, kind)
    if e.kind in ("date", "span", "week", "month", "year"):
        assert e.low is not None and e.high is not None and e.low <= e.high


def test_friday_morning_low_high():
    e = only("Gunmen attacked a convoy on Friday morning.")
    assert (e.text, e.value, e.low, e.high) == ("Friday morning", "2023-12-29", dt.date(2023, 12, 29),
                                               dt.date(2023, 12, 29))


def test_baghdad_this_thursday_confirmed_by_day_number():
    text = ("The United States confirmed that its forces were behind an attack committed this Thursday (4) "
            "against a headquarters of the pro-Iranian group Popular Crowd, in eastern Baghdad.")
    e = only(text)
    assert e.value == "2024-01-04" and e.precision == 1


def test_day_number_overrides_weekday_guess():
    e = only("an attack committed on Tuesday (26) in the capital", published=dt.date(2024, 1, 4))
    assert e.value == "2023-12-26"


@pytest.mark.parametrize("published, text, value", [
    (dt.date(2024, 1, 3), "On 30 December, gunmen attacked a village.", "2023-12-30"),
    (dt.date(2024, 1, 3), "On 5 January, gunmen attacked a village.", "2024-01-05"),
    (dt.date(2024, 12, 30), "On 2 January, gunmen attacked a village.", "2025-01-02"),
    (dt.date(2024, 12, 20), "On 2 January, gunmen attacked a village.", "2024-01-02"),
    (dt.date(2024, 3, 1), "On 29 February, gunmen attacked a village.", "2024-02-29"),
    (dt.date(2024, 1, 3), "Elections will be held on 12 March.", "2024-03-12"),
    (dt.date(2024, 1, 3), "Gunmen attacked the village on 12 March.", "2023-03-12"),
])
def test_year_inference(published, text, value):
    assert only(text, published).value == value


def test_infer_year_tolerance():
    assert infer_year(1, 10, dt.date(2024, 1, 4)) == dt.date(2024, 1, 10)
    assert infer_year(1, 12, dt.date(2024, 1, 4)) == dt.date(2023, 1, 12)
    assert infer_year(1, 12, dt.date(2024, 1, 4), future=True) == dt.date(2024, 1, 12)


@pytest.mark.parametrize("text, dayfirst, value", [
    ("Rioters met on 3/1/2024.", None, "2024-01-03"),
    ("Rioters met on 3/1/2024.", False, "2024-03-01"),
    ("Rioters met on 3/1/2024 and again on 12/28/2023.", None, "2024-03-01"),
    ("Rioters met on 1/3/2024, a day after January 2.", None, "2024-01-03"),
    ("Rioters met on 1/4.", True, "2023-04-01"),
    ("Rioters met on 1/4.", False, "2024-01-04"),
])
def test_numeric_order(text, dayfirst, value):
    found = find_time_expressions(text, THU, dayfirst=dayfirst)
    assert [e for e in found if e.kind == "date"][0].value == value


@pytest.mark.parametrize("text", [
    "Some 2000 people marched.",
    "May God protect them, he said.",
    "They march every year.",
    "The score was 3/4 of the vote.",
])
def test_no_false_day(text):
    assert all(e.precision != 1 or e.kind != "date" or e.value == "PRESENT_REF"
               for e in find_time_expressions(text, THU))


def test_sorted_non_overlapping_offsets():
    text = ("On 2 January, militants attacked Kubi. Yesterday police said the attackers had been active "
            "since 2019 and that two days ago, between 1 and 3 January 2024, they struck again overnight.")
    found = find_time_expressions(text, THU)
    assert [e.start for e in found] == sorted(e.start for e in found)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for e in found:
        assert text[e.start:e.end] == e.text


def test_datetime_published_accepted():
    assert only("Troops withdrew yesterday.", dt.datetime(2024, 1, 4, 18, 30)).value == "2024-01-03"


# ------------------------------------------------------------------ event_date_for

def choose(text, trigger, published=THU):
    found = find_time_expressions(text, published)
    start = text.index(trigger)
    return event_date_for(found, start, start + len(trigger), text, published)


@pytest.mark.parametrize("text, trigger, value", [
    ("On Tuesday, police fired tear gas at protesters in Nairobi.", "fired", "2024-01-02"),
    ("Police fired tear gas at protesters on Tuesday.", "fired", "2024-01-02"),
    ("Unrest has grown since 2019. On Tuesday, police fired tear gas.", "fired", "2024-01-02"),
    ("Police fired tear gas at crowds protesting price rises that began in 2019.", "fired", "2019"),
    ("On 2 January, gunmen raided a village. They killed four herders.", "killed", "2024-01-02"),
    ("Gunmen killed four herders on Wednesday night.\n\nPolice later arrested two men.", "arrested", "2024-01-03"),
    ("The unrest, which has continued since 2019, flared. Police fired tear gas.", "fired", None),
    ("Protesters have marched for three years. Police fired tear gas.", "fired", None),
    ("Police fired tear gas, a spokesman said now.", "fired", None),
    # the part of the day belongs to the calendar date it is told with
    ("On 1 January, overnight, gunmen torched a police post.", "torched", "2024-01-01"),
    ("Gunmen torched a police post overnight.", "torched", "2024-01-03"),
    ("On 1 January, overnight, gunmen raided a prison. Guards repelled the attack.", "repelled", "2024-01-01"),
    # a date alone at the head of the text dates what follows, over a later date of something else
    ("2 January. Traders blocked the road to protest arrests made at the end of December.", "blocked",
     "2024-01-02"),
    # a bracketed range glosses the date before it
    ("Around 30 December (between 28 - 31 December), soldiers detained nine traders.", "detained",
     "2023-12-30"),
    # a date that modifies another noun, or is part of a name, is not the event's
    ("Teachers marched in Lokossa over a November ruling on their pay.", "marched", None),
    ("Police dispersed traders who rallied ahead of 10 January municipal polls.", "dispersed", None),
    ("Members of the Black Tuesday movement protested in Cotonou.", "protested", None),
    # a date modifying an event noun dates an event, maybe this one
    ("Raiders shot a herder dead and took 40 goats during the Tuesday afternoon attack.", "shot",
     "2024-01-02"),
    ("Police arrested a suspect in the 30 December robbery.", "arrested", None),
    ("The 30 December arrest of a journalist was condemned.", "arrest", "2023-12-30"),
    # the date of what a reprisal answers is not the reprisal's
    ("On 3 January, herders attacked Kpara as a reprisal for the 1 January clashes.", "attacked",
     "2024-01-03"),
    ("Villagers torched two homes in reprisal for the killing of a fisherman on 1 January.", "torched",
     None),
    # the killing the reprisal answers keeps its own date
    ("Tension rose across Borgou this week. On 3 January, herders attacked Kpara in retaliation for the "
     "killing of a farmer on 1 January.",
     "killing", "2024-01-01"),
])
def test_event_date_for(text, trigger, value):
    chosen = choose(text, trigger)
    assert (chosen.value if chosen else None) == value


def test_event_date_prefers_same_sentence_over_lead():
    text = ("Clashes erupted on 30 December in Gao.\n\nIn a separate incident on Tuesday, soldiers "
            "arrested six men.")
    assert choose(text, "arrested").value == "2024-01-02"


def test_event_date_previous_sentence_same_paragraph_then_lead():
    text = "On 30 December, protests spread to Gao.\n\nSoldiers arrested six men. They were released."
    assert choose(text, "released").value == "2023-12-30"


def test_event_date_skips_future_date_in_past_sentence():
    text = "On Monday gunmen attacked the convoy, ahead of talks that will open on 12 January."
    assert choose(text, "attacked").value == "2024-01-01"
    text = "Gunmen attacked the convoy ahead of talks that will open on 12 January."
    assert choose(text, "attacked") is None


def test_event_date_keeps_future_date_in_future_sentence():
    text = "Unions will strike on 12 January."
    assert choose(text, "strike").value == "2024-01-12"


def test_event_date_none_without_dates():
    assert choose("Students rioted and burned their hostel.", "rioted") is None


# ------------------------------------------------------------------ properties

_PIECES = ["on Monday", "on 4 March 2030", "last Friday night", "this Thursday (4)", "yesterday", "on 2 January", "3-5 May",
           "between 1 and 7 March", "in early June", "in December", "in 2019", "last week", "two days ago",
           "over the weekend", "next Tuesday", "the day before yesterday", "earlier this month", "Around 28 December",
           "As reported on 30 December", "on 12/11", "the third quarter", "three years", "now", "since 2019",
           "on the 3rd", "in mid-February", "on Jan. 15", "December 30", "last month", "tonight",
           "protesters", "police fired", "will", "next", "coming", ", ", ". ", "\n\n", "killed", "May", "2000 people"]

_DATES = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), _DATES)
def test_no_day_after_publication_without_future_cue(pieces, published):
    text = " ".join(pieces)
    for e in find_time_expressions(text, published):
        assert text[e.start:e.end] == e.text
        stated_year = any(ch.isdigit() for ch in e.text[-4:]) and e.text[-4:].isdigit()
        if e.precision == 1 and e.kind == "date" and e.low is not None and not FUTURE_CUE.search(text) \
                and not stated_year:
            assert e.low <= published + dt.timedelta(days=7), (text, e)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 /-.,()JanuryMoTshdFebOcNvDlt'thsnwk")), max_size=80)
       | st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join), _DATES,
       st.sampled_from([None, True, False]))
def test_offsets_always_consistent(text, published, dayfirst):
    found = find_time_expressions(text, published, dayfirst=dayfirst)
    last_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert e.start >= last_end
        assert text[e.start:e.end] == e.text
        assert e.precision in (1, 2, 3)
        assert e.kind in ("date", "week", "month", "year", "span", "duration", "time", "set")
        if e.low is not None and e.high is not None:
            assert e.low <= e.high
        last_end = e.end
    if found:
        chosen = event_date_for(found, 0, 0, text, published)
        assert chosen is None or (chosen.start, chosen.end, chosen.value) in [(e.start, e.end, e.value) for e in found]
        assert chosen is None or chosen.rules[0].startswith("dates.choice.")


def test_a_short_numeric_date_opening_a_note_is_read_day_first():
    import datetime as dt

    from eventwire.resolve.dates import find_time_expressions

    found = find_time_expressions("15/02, Wajir: gunmen attacked a school.", dt.date(2015, 2, 17))
    assert [(t.text, t.value) for t in found] == [("15/02", "2015-02-15")]
    assert find_time_expressions("Police said 3/4 of the crowd left.", dt.date(2015, 2, 17)) == []

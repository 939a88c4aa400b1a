"""Admin units below the province from the shipped tables (``data/admin_units``) in the index."""
from __future__ import annotations

import pytest

from eventwire.resolve.gazetteer_units import Unit, divided_units, read_units, unit_entries, usable


def _unit(level, name, const="Ziwani", county="Tana-River"):
    return Unit(level, name, const, county, -1.5, 39.0)


def test_units_join_their_province_and_skip_towns_and_common_words():
    units = [_unit("ward", "Ziwani"), _unit("constituency", "Ziwani", "Ziwani"), _unit("ward", "Kalolo Juu"),
             _unit("ward", "Township"), _unit("ward", "Gafu"), _unit("ward", "Elsewhere", county="Nowhere")]
    entries = list(unit_entries(units, {"tanariver": "Tana River"}, {("tanariver", "gafu")}))
    # the constituency stands for the ward of its name; a town of the province for a unit of its name
    assert [(e[0], e[1], e[2], e[5]) for e in entries] == [
        ("Ziwani", "Tana River", "Ziwani", 1), ("Kalolo Juu", "Tana River", "Ziwani", 1)]


def test_a_divided_district_is_found_by_its_undivided_name():
    units = [Unit("constituency", "Malindo North", "Malindo North", "Tana-River", -1.0, 39.0),
             Unit("constituency", "Malindo South", "Malindo South", "Tana-River", -2.0, 40.0),
             Unit("constituency", "Gafu East", "Gafu East", "Tana-River", -1.0, 39.0),
             Unit("constituency", "Gafu West", "Gafu West", "Tana-River", -1.2, 39.1),
             Unit("constituency", "Gafu", "Gafu", "Tana-River", -1.1, 39.0),
             Unit("ward", "Kalolo North", "Gafu", "Tana-River", -1.1, 39.0),
             Unit("ward", "Kalolo South", "Gafu", "Tana-River", -1.1, 39.0)]
    # (a name some unit already bears stays that unit's; wards' parts are neighbourhoods' business)
    assert divided_units(units) == [Unit("constituency", "Malindo", "Malindo", "Tana-River", -1.5, 39.5)]


@pytest.mark.parametrize("name,ok", [("Township", False), ("Central", False), ("Kawangware", True), ("Ol", False)])
def test_usable_names(name, ok):
    assert usable(_unit("ward", name)) is ok


def test_shipped_table_is_complete():
    units = read_units("KEN")
    levels = {lv: sum(u.level == lv for u in units) for lv in ("constituency", "ward", "sub_county")}
    assert levels["constituency"] == 290 and levels["ward"] == 1450 and levels["sub_county"] > 250
    assert all(-5 < u.latitude < 5.5 and 33.5 < u.longitude < 42 for u in units)
    assert read_units("ZZZ") == []


@pytest.mark.model
def test_a_ward_is_found_and_coded_at_its_constituency(pipeline):
    import datetime as dt

    from eventwire.records import Article

    text = "Police fired tear gas at traders protesting over market fees in Kawangware on Monday."
    events = pipeline.process(Article(id="ward-1", date=dt.date(2024, 5, 8), text=text)).events
    loc = events[0].location
    assert (loc.name, loc.iso3, loc.admin1, events[0].geo_precision) == ("Kawangware", "KEN", "Nairobi City", 2)

"""Admin-area seats: chosen at index build time (``resolve/gazetteer_seats.py``), from a user's GeoNames
dump where it marks capitals, and used when an event is coded at a province or district alone, or at a
village the gazetteer lacks whose district or county the text names."""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from eventwire.cli import main
from eventwire.records import Actor, ActorType, Article, Event, Place, Toponym
from eventwire.resolve.gazetteer_seats import (CAPITAL_CODE, LARGEST_TOWN, NAMESAKE_TOWN, PROVINCE_SEAT,
                                               capital_seats, registry_seats, write_seats)
from eventwire.resolve.places import Gazetteer, coded_at_seat, gazetteer_path, village_in_unit
from geonames_dump import dump_row, tsv


def _row(pid, name, feature, admin1=None, admin2=None, pop=0, iso3="XKA"):
    return (pid, name, "Kandoria", iso3, 1.0 + pid / 100, 30.0, admin1, admin2, None, feature, pop)


def _seats(rows) -> dict[str, tuple[str, str]]:
    names = {r[0]: r[1] for r in rows}
    return {area: (names[seat], rule) for _, _, area, _, seat, rule in registry_seats(rows)}


def test_a_province_seat_is_its_namesake_town_unless_a_town_four_times_larger_lies_in_it():
    rows = [_row(1, "Lorvan", "admin1", "Lorvan"), _row(2, "Lorvan", "city", "Lorvan", pop=12_000),
            _row(3, "Ostemba", "city", "Lorvan", pop=40_000),
            _row(4, "Uzeru", "admin1", "Uzeru"), _row(5, "Uzeru", "city", "Uzeru", pop=800),
            _row(6, "Kamba Port", "city", "Uzeru", pop=90_000)]
    seats = _seats(rows)
    assert seats["Lorvan"] == ("Lorvan", NAMESAKE_TOWN)
    assert seats["Uzeru"] == ("Kamba Port", LARGEST_TOWN)  # (a hamlet that shares the province's name)


def test_a_district_seat_is_its_namesake_even_when_filed_under_another_district_of_the_province():
    rows = [_row(1, "Lorvan", "admin1", "Lorvan"),
            _row(2, "Sabetu District", "admin2", "Lorvan", "Sabetu District"),
            _row(3, "Sabetu", "city", "Lorvan", None, pop=900),
            _row(4, "Kemari", "city", "Lorvan", "Sabetu District", pop=7_000),
            _row(5, "Dalo", "admin2", "Lorvan", "Dalo"), _row(6, "Ulo", "city", "Lorvan", "Dalo", pop=2_500),
            _row(7, "Mibu", "city", "Lorvan", "Dalo", pop=3_100),
            _row(8, "Empty Reach", "admin2", "Lorvan", "Empty Reach")]
    seats = _seats(rows)
    assert seats["Sabetu District"] == ("Sabetu", NAMESAKE_TOWN)
    # (without a namesake a district keeps its own name and point, not another of its towns)
    assert "Dalo" not in seats and "Empty Reach" not in seats
    # a district placed by nothing of its own (the build put it at its province's middle) takes the
    # province's seat; one with towns of its own does not, even when marked
    names = {r[0]: r[1] for r in rows}
    marked = {area: (names[seat], rule) for _, _, area, _, seat, rule in registry_seats(rows, {5, 8})}
    assert marked["Empty Reach"] == ("Kemari", PROVINCE_SEAT) and "Dalo" not in marked


def test_a_dump_capital_code_overrides_the_registry_choice():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT, country TEXT, iso3 TEXT, lat REAL, "
                "lon REAL, admin1 TEXT, admin2 TEXT, geonameid INTEGER, feature TEXT, population INTEGER)")
    rows = [_row(1, "Lorvan", "admin1", "Lorvan"), _row(2, "Lorvan", "city", "Lorvan", pop=12_000),
            (3, "Dukari", "Kandoria", "XKA", 1.5, 30.5, "Lorvan", None, 880001, "city", 9_500)]
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    write_seats(con, registry_seats(rows))
    write_seats(con, capital_seats(con, {("XKA", "lorvan", None): 880001}))
    assert con.execute("SELECT p.name, s.rule FROM seats s JOIN places p ON p.id = s.seat").fetchall() == [
        ("Dukari", CAPITAL_CODE)]


# ---- an imported GeoNames dump with PPLA codes (the registry part replaced by a stand-in) ------------

def test_an_imported_dump_makes_its_ppla_town_the_province_seat(tmp_path, stand_in_gazetteer):
    dump = tmp_path / "KE.txt"
    dump.write_text(tsv([dump_row(9900101, "Bahati Market", "P", "PPL", "KE", "39", "", 60_000, lat=-0.20),
                         dump_row(9900102, "Kolonga", "P", "PPLA", "KE", "39", "", 9_000, lat=-0.40)]),
                    encoding="utf-8")
    assert main(["gazetteer", "import", str(dump)]) == 0
    gaz = Gazetteer(gazetteer_path(stand_in_gazetteer))
    province = gaz.lookup("Nakuru")
    seat, rule = gaz.stored_seat(province)
    assert (seat.name, rule) == ("Kolonga", CAPITAL_CODE)
    assert gaz.seat(province) == seat


# ---- resolution: invented sentences through the real gazetteer -------------------------------------

def _area(name, feature="admin1", admin1=None):
    return Place(name=name, country="Kenya", iso3="KEN", latitude=0.0, longitude=37.0, admin1=admin1 or name,
                 feature=feature)


@pytest.mark.parametrize("text, village, expected", [
    ("Raiders burnt huts in Ketemwa village, Marsabit County, on Friday.", "Ketemwa village", True),
    ("Two herders were shot at Lomolo (Marsabit County) on Friday.", "Lomolo", True),
    ("Youths from Sololo in Marsabit County stoned a bus.", None, True),
    ("On Friday, Marsabit County officials were attacked by a mob.", None, False),
    ("Traders rioted in Marsabit town, Marsabit County, on Friday.", "Marsabit town", False),
    ("Police fired tear gas in Isiolo, Marsabit County and Wajir on Friday.", "Isiolo", False),
])
def test_village_in_unit(text, village, expected):
    """A settlement the gazetteer lacks (taken for its unit, or left unresolved) qualified by the unit."""
    unit_at = text.rindex("Marsabit")
    unit = Toponym("Marsabit County", unit_at, unit_at + len("Marsabit County"), _area("Marsabit"))
    toponyms, target = [unit], unit
    if village is not None:
        at = text.index(village)
        # "Isiolo" is a county of its own; the others are villages the index resolved to their unit
        place = _area("Isiolo") if village == "Isiolo" else _area("Marsabit")
        target = Toponym(village, at, at + len(village), place)
        toponyms.insert(0, target)
        if village == "Isiolo":
            target = unit
    assert village_in_unit(text, target, toponyms) is expected


@pytest.mark.model
@pytest.mark.parametrize("text, name, precision, rules", [
    ("Unknown gunmen shot dead two traders in Ketemwa village, Marsabit County, on Friday.", "Marsabit", 2,
     {"places.village_in_unit", NAMESAKE_TOWN}),
    ("Bandits shot dead a herder in Samburu County on Monday.", "Maralal", 3,
     {"places.area_only", LARGEST_TOWN}),
])
def test_events_coded_at_the_seat(pipeline, text, name, precision, rules):
    events = pipeline.process(Article(id="seat", date=dt.date(2024, 3, 14), text=text)).events
    assert [(e.location.name, e.geo_precision) for e in events] == [(name, precision)]
    assert rules <= set(events[0].rules)


def _event(place: Place) -> Event:
    return Event(event_id="e", article_id="a", event_date="2024-03-14", time_precision=1, event_type="Riots",
                 sub_event_type="Mob violence", disorder_type="Political violence", plover_event="PROTEST",
                 plover_mode=None, cameo=None, actor1=Actor(name="Rioters (Kenya)", type=ActorType.RIOTERS),
                 actor2=None, location=place, geo_precision=3, fatalities_best=0, fatalities_low=0,
                 fatalities_high=0, rules=("places.area_only",))


def test_an_area_is_coded_at_its_stored_seat_and_a_town_at_itself(gazetteer):
    county = next(p for p in gazetteer.candidates("Samburu") if p.feature == "admin1" and p.iso3 == "KEN")
    coded = coded_at_seat(_event(county), gazetteer)
    assert coded.location.feature == "city" and coded.location.admin1 == county.name
    assert coded.rules[-1] in (NAMESAKE_TOWN, LARGEST_TOWN)
    town = coded.location
    assert coded_at_seat(_event(town), gazetteer).location == town


def test_a_district_no_source_places_is_coded_at_its_province_seat_with_precision_3(gazetteer):
    # (no town of the registry data lies in Benin's Aguegues commune or bears its name, and no seat table
    # names its seat)
    commune = next(p for p in gazetteer.candidates("Aguegues") if p.feature == "admin2" and p.iso3 == "BEN")
    coded = coded_at_seat(replace(_event(commune), geo_precision=2), gazetteer)
    province = next(p for p in gazetteer.candidates("Oueme") if p.feature == "admin1")
    assert coded.location == gazetteer.stored_seat(province)[0]
    assert (coded.geo_precision, coded.rules[-1]) == (3, PROVINCE_SEAT)
    # a district with its namesake town keeps it, at the precision the text gave
    district = next(p for p in gazetteer.candidates("Malanville") if p.feature == "admin2")
    kept = coded_at_seat(replace(_event(district), geo_precision=2), gazetteer)
    assert (kept.location.name, kept.geo_precision, kept.rules[-1]) == ("Malanville", 2, NAMESAKE_TOWN)


# ---- the measurement of the seat rules on a dump's PPLA/PPLA2 towns ------------------------------------

def _measure_module():
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "scripts" / "measure_seat_rules.py"
    spec = importlib.util.spec_from_file_location("measure_seat_rules", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _geo(gid, name, fclass, code, a1, a2, pop):
    return "\t".join([str(gid), name, name, "", "-0.3", "36.1", fclass, code, "KE", "", a1, a2, "", "",
                      str(pop), "", "1800", "Africa/Nairobi", "2024-01-01"]) + "\n"


def test_the_seat_rules_are_measured_on_a_dumps_capital_codes(tmp_path):
    dump = tmp_path / "KE.txt"
    dump.write_text(
        _geo(1, "Lorvan", "A", "ADM1", "91", "", 0) + _geo(2, "Dukari", "P", "PPLA", "91", "", 9_500)
        + _geo(3, "Ostemba", "P", "PPL", "91", "", 41_000) + _geo(4, "Lorvan", "P", "PPL", "91", "", 1_200)
        + _geo(5, "Sabetu", "A", "ADM2", "91", "305", 0) + _geo(6, "Sabetu", "P", "PPLA2", "91", "305", 900)
        + _geo(7, "Kemari", "P", "PPL", "91", "305", 7_000), encoding="utf-8")
    measure = _measure_module()
    areas = {a[0]: a for a in measure.dump_areas([dump])}
    assert set(areas) == {"Lorvan", "Sabetu"} and areas["Lorvan"][2] == "Dukari"
    assert measure.choices(areas["Lorvan"]) == {"namesake": "Lorvan", "namesake_guarded": None,
                                                "largest": "Ostemba", "build": "Ostemba"}
    assert measure.choices(areas["Sabetu"])["build"] == "Sabetu"
    assert measure.choices((*areas["Sabetu"][:3], [("Kemari", 7_000)]))["build"] is None

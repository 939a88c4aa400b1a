"""Seats named by a shipped table (``resolve/seat_tables.py``, ``data/admin_seats/<ISO3>.tsv``,
``places.seat.reference_table``): a province's designated capital over its largest town, a district's seat
the registry lacks (added at the table's point) or files in another province, and the table's row winning
over the build's guess when the ``seats`` rows are written."""
from __future__ import annotations

import pytest

from eventwire.resolve import seat_tables
from eventwire.resolve.gazetteer_build import _Builder
from eventwire.resolve.gazetteer_seats import PROVINCE_SEAT, TABLE_SEAT, registry_seats
from eventwire.resolve.seat_tables import SeatRow, apply_seat_tables, read_seats


def _builder() -> _Builder:
    """A made-up country: Lorvan province (Ostemba its largest town, Dukkari or Dukari its capital), the district
    of Dry Fork that no town lies in (placed at its province's middle), and a town of Lorvan the
    registry files under the province of Tessaly."""
    b = _Builder()

    def town(name, lat, lon, province, pop, *spellings):
        pid = b.add_place(name, "Kandoria", "XKA", lat, lon, province, None, None, "city", pop)
        for n in (name, *spellings):
            b.add_name(n, pid, n == name, 0)

    b.add_place("Lorvan", "Kandoria", "XKA", 5.0, 30.0, "Lorvan", None, None, "admin1", 0)
    b.add_place("Tessaly", "Kandoria", "XKA", 8.0, 32.0, "Tessaly", None, None, "admin1", 0)
    town("Ostemba", 5.5, 30.5, "Lorvan", 41_000)
    town("Dukkari", 4.8, 29.9, "Lorvan", 9_500, "Dukari")  # (the table's spelling is another of its names)
    district = b.add_place("Commune of Dry Fork", "Kandoria", "XKA", 5.0, 30.0, "Lorvan",
                           "Commune of Dry Fork", None, "admin2", 0)
    b.unplaced.add(district)
    b.add_place("Upper Vale", "Kandoria", "XKA", 5.2, 29.0, "Lorvan", "Upper Vale", None, "admin2", 0)
    town("Valetown", 5.25, 29.05, "Tessaly", 3_000)
    # Marrow province, governed from Port Teal, which lies in the capital district of its own
    b.add_place("Marrow", "Kandoria", "XKA", 6.0, 31.0, "Marrow", None, None, "admin1", 0)
    b.add_place("Teal Capital District", "Kandoria", "XKA", 6.5, 31.5, "Teal Capital District", None, None,
                "admin1", 0)
    town("Marrowby", 6.1, 31.1, "Marrow", 60_000)
    town("Port Teal", 6.5, 31.5, "Teal Capital District", 900_000)
    return b


ROWS = [SeatRow("admin1", "Lorvan", "Lorvan", "Dukari", None),
        SeatRow("admin2", "Dry Fork", "Lorvan", "Fork Crossing", (4.2, 31.1)),
        SeatRow("admin2", "Upper Vale", "Lorvan", "Valetown", None),
        SeatRow("admin2", "No Such Place", "Lorvan", "Nowhere", (1.0, 1.0)),
        SeatRow("admin1", "Marrow", "Marrow", "Port Teal", None, "Teal Capital District")]


@pytest.fixture
def applied(monkeypatch):
    b = _builder()
    monkeypatch.setattr(seat_tables, "read_seats", lambda iso3: ROWS if iso3 == "XKA" else [])
    return b, apply_seat_tables(b, ("XKA",))


def _named(b, rows) -> dict[str, tuple[str, str]]:
    return {area: (b.places[pid - 1][1], rule) for _, _, area, _, pid, rule in rows}


def test_a_province_takes_the_capital_the_table_names_over_its_largest_town(applied):
    b, rows = applied
    assert _named(b, rows)["Lorvan"] == ("Dukkari", TABLE_SEAT)
    # and the table's row is the one written (it comes after the build's guess)
    written = {area: seat for _, _, area, _, seat, _ in registry_seats(b.places, b.unplaced) + rows}
    assert b.places[written["Lorvan"] - 1][1] == "Dukkari"


def test_a_district_seat_the_registry_lacks_is_added_at_the_tables_point(applied):
    b, rows = applied
    seat = b.places[dict((r[2], r[4]) for r in rows)["Commune of Dry Fork"] - 1]
    assert (seat[1], seat[4], seat[5], seat[6], seat[9]) == ("Fork Crossing", 4.2, 31.1, "Lorvan", "city")
    # the district, which the build could place only at its province's middle, moves to its seat
    district = next(p for p in b.places if p[1] == "Commune of Dry Fork")
    assert (district[4], district[5]) == (4.2, 31.1) and district[0] not in b.unplaced
    # so the build no longer codes it at its province's seat (precision 3)
    guessed = {r[2]: r[5] for r in registry_seats(b.places, b.unplaced)}
    assert guessed.get("Commune of Dry Fork") != PROVINCE_SEAT


def test_a_seat_filed_in_another_province_is_found_in_the_country_and_refiled(applied):
    b, rows = applied
    assert _named(b, rows)["Upper Vale"] == ("Valetown", TABLE_SEAT)
    town = next(p for p in b.places if p[1] == "Valetown")
    assert (town[6], town[7]) == ("Lorvan", "Upper Vale")


def test_a_row_for_an_area_the_registry_does_not_list_is_left_out(applied):
    b, rows = applied
    assert "No Such Place" not in _named(b, rows) and not any(p[1] == "Nowhere" for p in b.places)


def test_the_shipped_benin_table_names_every_department_and_reads_cleanly():
    rows = read_seats("BEN")
    departments = {r.area for r in rows if r.level == "admin1"}
    assert len(departments) == 12 and {"Alibori", "Atacora", "Collines", "Couffo"} <= departments
    seats = {r.area: r.seat for r in rows}
    assert (seats["Alibori"], seats["Atacora"], seats["Collines"]) == ("Kandi", "Natitingou", "Dassa-Zoumè")
    # a point, where given, lies in Benin
    assert all(5.9 <= r.point[0] <= 12.5 and 0.7 <= r.point[1] <= 3.9 for r in rows if r.point)


def test_the_index_codes_benin_areas_at_the_tables_seats(gazetteer):
    from eventwire.records import Place

    def seat(name, feature, admin1):
        area = Place(name=name, country="Benin", iso3="BEN", latitude=0.0, longitude=0.0, admin1=admin1,
                     feature=feature)
        stored = gazetteer.stored_seat(area)
        return (stored[0].name, stored[1]) if stored else None

    assert seat("Alibori", "admin1", "Alibori") == ("Kandi", TABLE_SEAT)
    assert seat("Collines", "admin1", "Collines") == ("Dassa-Zoume", TABLE_SEAT)
    assert seat("Karimama", "admin2", "Alibori") == ("Karimama", TABLE_SEAT)


def test_tables_of_several_countries_applied_at_once_keep_to_their_own_country(monkeypatch):
    b = _builder()
    b.add_place("Merrow", "Ostland", "XOS", 40.0, 10.0, "Merrow", None, None, "admin1", 0)
    for name, lat, pop in (("Greater Harbour", 40.5, 80_000), ("Dukari", 39.8, 6_000)):
        pid = b.add_place(name, "Ostland", "XOS", lat, 10.2, "Merrow", None, None, "city", pop)
        b.add_name(name, pid, True, 0)
    tables = {"XKA": ROWS, "XOS": [SeatRow("admin1", "Merrow", "Merrow", "Dukari", None)]}
    monkeypatch.setattr(seat_tables, "read_seats", lambda iso3: tables.get(iso3, []))
    rows = apply_seat_tables(b, ("XKA", "XOS"))
    seats = {(iso3, area): (b.places[pid - 1][1], b.places[pid - 1][3]) for iso3, _, area, _, pid, _ in rows}
    # each country's province takes the town of that name in its own country (both have a Dukari)
    assert seats[("XKA", "Lorvan")] == ("Dukkari", "XKA") and seats[("XOS", "Merrow")] == ("Dukari", "XOS")


def test_every_shipped_table_reads_cleanly_and_names_each_area_once():
    assert {"AFG", "BEN", "KEN", "NGA", "SOM", "COD", "SDN", "MEX", "IND", "USA"} <= set(seat_tables.tables())
    for iso3 in seat_tables.tables():
        rows = read_seats(iso3)
        assert rows, iso3
        keys = [(r.level, r.province, r.area) for r in rows]
        assert len(keys) == len(set(keys)), iso3
        # a first-level row is its own province
        assert all(r.province == r.area for r in rows if r.level == "admin1"), iso3


@pytest.mark.parametrize("iso3, area, seat", [
    ("NGA", "Kogi", "Lokoja"),            # not Okene, Kogi's largest town
    ("SDN", "White Nile", "Rabak"),       # not Kosti
    ("SDN", "Sennar", "Singa"),           # over the state's namesake town
    ("SOM", "Gedo", "Garbahaarrey"),      # another spelling of Garbahaarey
    ("MMR", "Sagaing", "Sagaing"),        # a namesake four times smaller than Kalay
    ("MEX", "Guerrero", "Chilpancingo"),  # not Acapulco
    ("USA", "Illinois", "Springfield"),   # not Chicago, nor the larger Springfield of Missouri
    ("SEN", "Diourbel", "Diourbel"),      # a namesake with a town over four times its size (Touba)
])
def test_the_index_codes_provinces_beyond_the_first_tables_at_their_capitals(gazetteer, iso3, area, seat):
    from eventwire.records import Place

    province = Place(name=area, country="", iso3=iso3, latitude=0.0, longitude=0.0, admin1=area, feature="admin1")
    stored = gazetteer.stored_seat(province)
    assert stored is not None and (stored[0].name, stored[1]) == (seat, TABLE_SEAT)


def test_a_capital_the_registry_files_in_another_region_is_refiled_and_one_it_lacks_is_added(gazetteer):
    from eventwire.records import Place

    def seat(iso3, area):
        stored = gazetteer.stored_seat(Place(name=area, country="", iso3=iso3, latitude=0.0, longitude=0.0,
                                             admin1=area, feature="admin1"))
        return stored[0]

    koronadal = seat("PHL", "Soccsksargen")  # (the registry files the town under Davao)
    assert (koronadal.name, koronadal.admin1) == ("Koronadal", "Soccsksargen")
    kenge = seat("COD", "Kwango")  # (the registry's only Kenge is a village of Kongo Central)
    assert kenge.name == "Kenge" and kenge.admin1 == "Kwango" and abs(kenge.latitude + 4.81) < 0.05


def test_a_capital_in_a_capital_district_of_its_own_is_the_seat_and_stays_filed_there(applied):
    b, rows = applied
    assert _named(b, rows)["Marrow"] == ("Port Teal", TABLE_SEAT)
    town = next(p for p in b.places if p[1] == "Port Teal")
    assert town[6] == "Teal Capital District"  # (not refiled into the province it governs)
    written = {area: seat for _, _, area, _, seat, _ in registry_seats(b.places, b.unplaced) + rows}
    assert b.places[written["Marrow"] - 1][1] == "Port Teal"
    assert b.places[written["Teal Capital District"] - 1][1] == "Port Teal"


def test_the_shipped_capital_district_rows_name_an_area_of_their_own():
    rows = {(iso3, r.area): r.seat_in for iso3 in ("COL", "IND", "ETH", "YEM", "SYR", "UKR")
            for r in read_seats(iso3) if r.seat_in}
    assert rows[("COL", "Cundinamarca")] == "Distrito Capital de Bogota"
    assert rows[("IND", "Haryana")] == rows[("IND", "Punjab")] == "Chandigarh"
    assert all(area != seat_in for (_, area), seat_in in rows.items())

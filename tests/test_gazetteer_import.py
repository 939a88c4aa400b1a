"""`eventwire gazetteer import`: GeoNames dumps written here in GeoNames' own tab-separated format.

The registry part of the build is replaced by a two-entry stand-in (Kenya and its Nakuru county; the
fixture ``stand_in_gazetteer``) so that these tests exercise the dump reading, the name index and the
atomic replacement alone.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.resolve.places import Gazetteer, gazetteer_path
from eventwire.settings import Settings
from geonames_dump import dump_row, tsv

DUMP_ROWS = [
    dump_row(9900001, "Zembuka", "P", "PPL", "KE", "39", "", 1200, alts="Zembooka,Zembuka Market"),
    dump_row(9900002, "Kolondo East", "A", "ADM3", "KE", "39", "", 0, lat="-0.31", lon="36.12"),
    dump_row(9900003, "Lake Zembu", "H", "LK", "KE", "39", "", 0, lat="-0.32", lon="36.20"),
]


@pytest.fixture()
def settings(stand_in_gazetteer) -> Settings:
    return stand_in_gazetteer


def _zip(tmp_path: Path, name: str, member: str, text: str) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(member, text)
    return path


def test_import_adds_villages_admin_units_and_alternate_names(tmp_path, settings, capsys):
    country = _zip(tmp_path, "KE.zip", "KE.txt", tsv(DUMP_ROWS))
    alternates = _zip(tmp_path, "alternateNamesV2.zip", "alternateNamesV2.txt",
                      tsv([["1", "9900001", "sw", "Zembuka Soko", "", "", "", "", "", ""],
                            ["2", "9900001", "link", "https://example.org/Zembuka", "", "", "", "", "", ""]]))
    assert main(["gazetteer", "import", str(country), str(alternates)]) == 0
    assert "2 places added" in capsys.readouterr().err
    gaz = Gazetteer(gazetteer_path(settings))
    village = gaz.lookup("Zembuka")
    assert village is not None and village.iso3 == "KEN" and village.admin1 == "Nakuru"
    assert village.population == 1200 and village.feature == "city"
    assert gaz.lookup("Zembooka") == village and gaz.lookup("Zembuka Soko") == village
    ward = gaz.lookup("Kolondo East")
    assert ward is not None and ward.feature == "admin2" and ward.admin1 == "Nakuru"
    assert gaz.lookup("Lake Zembu") is None  # a lake is not a populated place nor an admin unit
    found = {t.text: t.place for t in gaz.geoparse("Police clashed with traders in Zembuka, Nakuru on Monday.")}
    assert found["Zembuka"] == village


def test_plain_text_dump_is_read_too(tmp_path, settings):
    dump = tmp_path / "cities1000.txt"
    dump.write_text(tsv(DUMP_ROWS[:1]), encoding="utf-8")
    assert main(["gazetteer", "import", str(dump)]) == 0
    assert Gazetteer(gazetteer_path(settings)).lookup("Zembuka") is not None


@pytest.mark.parametrize("name, make, message", [
    ("KE.txt", lambda p: p.write_text("9900001\tZembuka\t-0.3\n", encoding="utf-8"), "3 tab-separated columns"),
    ("KE.zip", lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "not a readable zip"),
    ("alternateNamesV2.txt", lambda p: p.write_text(tsv(DUMP_ROWS[:1]), encoding="utf-8"),
     "alternate names"),
])
def test_a_bad_dump_is_refused_and_the_index_in_use_is_kept(tmp_path, settings, capsys, name, make, message):
    index = gazetteer_path(settings)
    index.parent.mkdir(parents=True)
    index.write_bytes(b"the index in use")
    bad = tmp_path / name
    make(bad)
    assert main(["gazetteer", "import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and "left as it was" in err
    assert index.read_bytes() == b"the index in use"
    assert not [p for p in index.parent.iterdir() if p != index]  # no temporary file left behind


def test_a_zip_cut_short_midway_is_refused(tmp_path, settings, capsys):
    rows = [dump_row(9_000_000 + i, f"Village {i}", "P", "PPL", "KE", "39", "", 600, lat="-0.3", lon="36.1")
            for i in range(3000)]
    whole = _zip(tmp_path, "whole.zip", "KE.txt", tsv(rows))
    cut = tmp_path / "KE.zip"
    data = whole.read_bytes()
    cut.write_bytes(data[:len(data) // 2])
    assert main(["gazetteer", "import", str(cut)]) == 2
    assert "download it again" in capsys.readouterr().err
    assert not gazetteer_path(settings).exists()


def test_missing_file_is_a_usage_error(tmp_path, settings):
    assert main(["gazetteer", "import", str(tmp_path / "nowhere.zip")]) == 2


def test_a_cities_file_takes_admin_names_from_the_code_tables(tmp_path, settings):
    cities = _zip(tmp_path, "cities1000.zip", "cities1000.txt",
                  tsv([dump_row(9900011, "Rongai Junction", "P", "PPL", "KE", "39", "777", 4200)]))
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("KE.39\tNakuru\tNakuru\t7668902\n", encoding="utf-8")
    admin2 = tmp_path / "admin2Codes.txt"
    admin2.write_text("KE.39.777\tRongai\tRongai\t9900099\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(cities), str(admin1), str(admin2)]) == 0
    town = Gazetteer(gazetteer_path(settings)).lookup("Rongai Junction")
    assert town is not None and (town.admin1, town.admin2, town.population) == ("Nakuru", "Rongai", 4200)


def test_a_whole_world_file_keeps_known_countries_and_living_places(tmp_path, settings):
    rows = [dump_row(9900021, "Kolondo", "A", "ADM2", "KE", "39", "501", 0),
            dump_row(9900022, "Tindiret Ward", "A", "ADM3", "KE", "39", "501", 0),
            dump_row(9900023, "Old Zembu", "P", "PPLH", "KE", "39", "501", 0),  # historical: left out
            dump_row(9900024, "Nowhere Town", "P", "PPL", "ZZ", "01", "", 900),  # no such country: left out
            dump_row(9900025, "Kolondo Market", "P", "PPLX", "KE", "39", "501", 0)]
    dump = _zip(tmp_path, "allCountries.zip", "allCountries.txt", tsv(rows))
    assert main(["gazetteer", "import", str(dump)]) == 0
    gaz = Gazetteer(gazetteer_path(settings))
    ward = gaz.lookup("Tindiret Ward")
    assert ward is not None and ward.feature == "admin2" and (ward.admin1, ward.admin2) == ("Nakuru", "Kolondo")
    market = gaz.lookup("Kolondo Market")
    assert market is not None and market.feature == "city" and market.admin2 == "Kolondo"
    assert gaz.lookup("Old Zembu") is None and gaz.lookup("Nowhere Town") is None


def test_geonames_own_zip_layout_with_readme_and_language_codes(tmp_path, settings):
    country = tmp_path / "KE.zip"
    with zipfile.ZipFile(country, "w") as z:
        z.writestr("readme.txt", "readme for GeoNames country file\n")
        z.writestr("KE.txt", tsv(DUMP_ROWS[:1]))
    alternates = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alternates, "w") as z:
        z.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\n")
        z.writestr("alternateNamesV2.txt", tsv([
            ["7", "9900001", "en", "Zembuka Town", "1", "", "", "", "", ""],
            ["8", "9900001", "en", "Old Zembuka Fort", "", "", "", "1", "", ""]]))  # historic: left out
    assert main(["gazetteer", "import", str(country), str(alternates)]) == 0
    gaz = Gazetteer(gazetteer_path(settings))
    village = gaz.lookup("Zembuka")
    assert gaz.lookup("Zembuka Town") == village and gaz.lookup("Old Zembuka Fort") is None


def test_a_bad_row_deep_in_a_dump_is_named_by_its_line(tmp_path, settings, capsys):
    rows = [dump_row(9900031 + i, f"Village {i}", "P", "PPL", "KE", "39", "", 600) for i in range(60)]
    rows[55][4] = "not-a-latitude"
    dump = tmp_path / "KE.txt"
    dump.write_text(tsv(rows), encoding="utf-8")
    assert main(["gazetteer", "import", str(dump)]) == 2
    err = capsys.readouterr().err
    assert f"{dump} line 56" in err and "left as it was" in err
    assert not gazetteer_path(settings).exists()


def test_an_admin_code_table_with_wrong_columns_is_refused(tmp_path, settings, capsys):
    table = tmp_path / "admin2Codes.txt"
    table.write_text("KE.39.777\tRongai\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(table)]) == 2
    assert "admin code table" in capsys.readouterr().err


def test_a_dump_moves_a_known_country_and_province_to_its_own_point(tmp_path, settings):
    rows = [["192950", "Republic of Kenya", "Republic of Kenya", "", "1.0", "38.0", "A", "PCLI", "KE", "", "00",
             "", "", "", "50000000", "", "1000", "Africa/Nairobi", "2024-01-01"],
            ["7668902", "Nakuru", "Nakuru", "", "-0.25", "36.08", "A", "ADM1", "KE", "", "39", "", "", "",
             "2000000", "", "1900", "Africa/Nairobi", "2024-01-01"]]
    rows[0][4:6] = ["0.4", "37.9"]  # (not the stand-in registry's 1.0, 38.0)
    assert main(["gazetteer", "import", str(_zip(tmp_path, "KE.zip", "KE.txt", tsv(rows)))]) == 0
    gaz = Gazetteer(gazetteer_path(settings))
    kenya, nakuru = gaz.lookup("Kenya"), gaz.lookup("Nakuru")
    assert (kenya.feature, kenya.latitude, kenya.longitude) == ("country", 0.4, 37.9)
    assert (nakuru.feature, nakuru.latitude, nakuru.longitude) == ("admin1", -0.25, 36.08)
    assert gaz.lookup("Republic of Kenya") is None  # moved, not added a second time

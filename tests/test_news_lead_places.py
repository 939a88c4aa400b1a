"""How news leads place a settlement (our own sentences): "the Chad village of X" (the area first),
"X, a village in Y state" (an appositive), "near the town of X" (precision 2), a jail or prison in a
town, a settlement's word before its name, and a name read only as another spelling of a place outside
the areas its sentence names."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import Article


def _top(pipeline, text: str):
    events = [e for e in pipeline.process(Article(id="t", date=dt.date(2024, 3, 4), text=text)).events
              if e.location is not None]
    assert events, "no placed event"
    e = max(events, key=lambda e: e.confidence)
    return e.location.name, e.location.iso3, e.geo_precision


@pytest.mark.model
@pytest.mark.parametrize("text,name,iso3,precision", [
    # places.area_town_of: the country named before "village of" holds the village; a same-name village
    # elsewhere is not it (the index holds no such village in Chad: the country, at its capital)
    ("The Chad village of Mobbar was raided by gunmen on Sunday, and nine herders died.", "N'Djamena", "TCD", 3),
    # ("X village of Y": the village lies in Y, read as before)
    ("Gunmen killed five people in Kukawa village of Borno State on Sunday.", "Kukawa", "NGA", 1),
    # places.appositive_area: "X, a village in Y state"
    ("Gunmen killed four farmers in Bagdad, a village in Sinaloa state, on Monday.", "Culiacan", "MEX", 3),
    # places.respelling_outside_area: "Kalongo" is not Kasongo, another spelling far from Beni territory
    ("Militiamen set fire to homes in Kalongo, near Oicha, in Beni territory, residents said on Monday.",
     "Hyosha", "COD", 2),
    # a people's name of two words before "town of" ("the South Sudanese town of X"): that people's country
    ("Soldiers and rebels clashed in the South Sudanese town of Torit on Friday, leaving nine dead.", "Torit",
     "SSD", 1),
    # places.near_town: "near the town of X"
    ("Jihadists ambushed a supply convoy near the town of Douentza on Monday.", "Douentza", "MLI", 2),
    # places.local_place_in_town: a prison in a city
    ("Two guards died when inmates rioted at the Las Cruces prison in the city of Culiacan on Sunday.",
     "Culiacan", "MEX", 1),
    # a settlement's word and its describers before the name make it the clause's place ("into the remote
    # farming village X"), over a town it lies near
    ("Gunmen stormed into the remote farming village San Isidro, a community in Chiapas state, near "
     "Tapachula, killing four men on Sunday.", "San Isidro", "MEX", 1),
])
def test_news_lead_place(pipeline, text, name, iso3, precision):
    assert _top(pipeline, text) == (name, iso3, precision)

"""What the actor dictionary and the gazetteer keep of an article's text between stages: the kept
readings are the readings of that text, never of another one, and the kept texts stay few."""
import pytest

from eventwire.resolve import actors as actors_mod
from eventwire.resolve import places as places_mod
from eventwire.resolve.actors import ActorDictionary
from eventwire.resolve.gazetteer_build import strip_admin
from eventwire.resolve.name_variants import compact
from eventwire.settings import Settings

# our own story, long enough to be kept
STORY = ("Kenyan police said on Tuesday that gunmen the officers linked with al-Shabaab had fired on a bus outside "
         "Mandera town, killing four passengers and wounding two others, before fleeing toward the Somali "
         "border. The county commissioner in Garissa said soldiers of the Kenya Defence Forces had been "
         "sent to the area and that residents were told to stay indoors. A Somali elder reached by phone "
         "denied that any group from his village took part. Police in Wajir were also put on alert after "
         "a second bus was stopped by armed men on the road to El Wak, witnesses told reporters. Officials "
         "said the passengers of the second bus were released unharmed the same evening.")
OTHER = STORY.replace("Kenyan police", "Ugandan police").replace("Mandera", "Moroto").replace("Garissa", "Gulu")


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return ActorDictionary.load(Settings())


def _fresh(monkeypatch, module, name):
    """Readings with nothing kept: every text is shorter than the least kept length."""
    monkeypatch.setattr(module, name, 10 ** 9)


def test_story_is_long_enough_to_be_kept():
    assert len(STORY) >= actors_mod.RECENT_MIN_CHARS and len(STORY) >= places_mod.SPOTTED_MIN_CHARS


def test_kept_actor_readings_are_the_text_s_own(d, monkeypatch):
    kept = [d.scan(STORY, "KEN"), d.scan(OTHER, "UGA"), d.scan(STORY, "KEN"), d.scan(STORY),
            d.country_cues(STORY), d.country_cues(OTHER), d.countries_named(STORY)]
    _fresh(monkeypatch, actors_mod, "RECENT_MIN_CHARS")
    fresh = [d.scan(STORY, "KEN"), d.scan(OTHER, "UGA"), d.scan(STORY, "KEN"), d.scan(STORY),
             d.country_cues(STORY), d.country_cues(OTHER), d.countries_named(STORY)]
    assert kept == fresh
    assert kept[0] != kept[1]  # (the two stories name other actors)


def test_kept_actor_texts_stay_few(d, monkeypatch):
    monkeypatch.setattr(actors_mod, "RECENT_TEXTS", 4)
    for i in range(10):
        d.scan(f"{i} {STORY}")
    assert 0 < len(d._recent_texts) <= 4


def test_short_texts_are_not_kept(d):
    d.__dict__.setdefault("_recent_texts", {}).clear()
    d.scan("Kenyan police arrested two men in Garissa.")
    assert not d._recent_texts


@pytest.mark.gazetteer
def test_scan_after_geoparse_is_the_text_s_own(gazetteer, monkeypatch):
    gazetteer.geoparse(STORY)
    gazetteer.geoparse(OTHER)
    kept = [gazetteer.scan(STORY), gazetteer.scan(OTHER)]
    _fresh(monkeypatch, places_mod, "SPOTTED_MIN_CHARS")
    gazetteer._spotted.clear()
    assert kept == [gazetteer.scan(STORY), gazetteer.scan(OTHER)]
    assert kept[0] != kept[1]


@pytest.mark.gazetteer
def test_spotted_texts_stay_few(gazetteer, monkeypatch):
    monkeypatch.setattr(places_mod, "SPOTTED_TEXTS", 4)
    for i in range(10):
        gazetteer.geoparse(f"{i} {STORY}")
    assert 0 < len(gazetteer._spotted) <= 4


@pytest.mark.parametrize("norm, expected", [
    ("garissa", "garissa"), ("kunar province", "kunar"), ("commune of adjohoun", "adjohoun"),
    ("district", "district"), ("mandera county", "mandera"),
])
def test_strip_admin(norm, expected):
    assert strip_admin(norm) == expected


@pytest.mark.parametrize("key, expected", [
    ("beled weyne", "beledweyne"), ("beledweyne", "beledweyne"), ("al qayyarah", "kayara"),
    ("qayyara", "kayara"), ("ain al tamer", "aintamer"), ("mallla", "mala"), ("a", "a"), ("", ""),
])
def test_compact(key, expected):
    assert compact(key) == expected

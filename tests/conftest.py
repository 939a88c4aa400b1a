import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def annotator():
    from eventwire.pipeline import Pipeline
    return Pipeline(full_parse=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The project's shared examples and evaluation files beside the repository, when the checkout has
    them.  Tests that read them are extra checks, marked to run only then; every other test uses texts
    kept in this repository."""
    return SHARED


@pytest.fixture(scope="session")
def gazetteer():
    from eventwire.resolve.places import Gazetteer
    from eventwire.settings import Settings
    return Gazetteer.load(Settings.from_env())


@pytest.fixture()
def stand_in_gazetteer(tmp_path, monkeypatch):
    """Settings whose cache is the test's own folder, with the registry part of the gazetteer build
    replaced by the stand-in of ``geonames_dump`` (Kenya and its Nakuru county): `eventwire gazetteer
    import` then builds an index of these two and the dump's rows."""
    from eventwire.resolve import gazetteer_build
    from eventwire.settings import Settings
    from geonames_dump import stand_in_registry
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer_build, "_registry_entries", stand_in_registry)
    return Settings.from_env()

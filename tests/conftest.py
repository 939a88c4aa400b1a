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

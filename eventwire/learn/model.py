"""The learned classifier: fit, save as a small directory with a manifest, load with a version check.

One scikit-learn pipeline per field: TF-IDF word 1–2-grams and character 3–5-grams of the event's
sentence, word unigrams of the article's start, and the rules' facts as binary tokens, into a
multinomial logistic regression (probabilities used as the event's confidence; see the README for
the reliability table).  The directory holds ``manifest.json`` and ``<field>.joblib``; joblib files
are only read by the eventwire and scikit-learn versions that wrote them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import ModelError
from .features import FEATURES_VERSION

MODEL_FORMAT = "eventwire-model.v1"
MANIFEST = "manifest.json"
DEFAULT_C = 8.0


def eventwire_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0+unknown"


def library_versions() -> dict[str, str]:
    import joblib
    import numpy
    import scipy
    import sklearn
    return {"eventwire": eventwire_version(), "scikit-learn": sklearn.__version__, "numpy": numpy.__version__,
            "scipy": scipy.__version__, "joblib": joblib.__version__, "python": platform.python_version()}


def sha256_of(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def build_estimator(kind: str = "logreg", c: float = DEFAULT_C):
    """The untrained pipeline; ``kind`` "svm" gives a linear SVM (no probabilities) for comparison."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.svm import LinearSVC
    import numpy as np

    columns = ColumnTransformer([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32), 0),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True,
                                  max_features=60_000, dtype=np.float32), 0),
        ("context", TfidfVectorizer(min_df=2, sublinear_tf=True, dtype=np.float32), 1),
        ("facts", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True, dtype=np.float32), 2),
    ])
    clf = LinearSVC(C=c / 10) if kind == "svm" else LogisticRegression(C=c, max_iter=3000)
    return Pipeline([("features", columns), ("classifier", clf)])


def as_matrix(rows: Sequence[tuple[str, str, str]]):
    import numpy as np
    arr = np.empty((len(rows), 3), dtype=object)
    for i, r in enumerate(rows):
        arr[i] = r
    return arr


def fit(rows: Sequence[tuple[str, str, str]], labels: Sequence[str], kind: str = "logreg", c: float = DEFAULT_C):
    if len(set(labels)) < 2:
        raise ModelError("the training data hold fewer than two distinct labels; "
                         "a classifier needs examples of at least two types")
    est = build_estimator(kind, c)
    est.fit(as_matrix(rows), list(labels))
    return est


@dataclass
class Prediction:
    label: str
    probability: float
    probabilities: dict[str, float]


class LearnedModel:
    """A loaded model directory: ``predict(field, rows)`` gives a label and probabilities per row."""

    def __init__(self, directory: Path, manifest: dict, estimators: dict):
        self.directory = directory
        self.manifest = manifest
        self.estimators = estimators

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.estimators)

    def predict(self, field: str, rows: Sequence[tuple[str, str, str]]) -> list[Prediction]:
        if not rows:
            return []
        est = self.estimators[field]
        proba = est.predict_proba(as_matrix(rows))
        classes = [str(c) for c in est.classes_]
        out = []
        for p in proba:
            best = int(p.argmax())
            out.append(Prediction(classes[best], float(p[best]), {c: float(x) for c, x in zip(classes, p)}))
        return out


def save(directory: str | Path, estimators: dict, *, training: list[dict], metrics: dict | None = None,
         extra: dict | None = None) -> Path:
    """Write ``<field>.joblib`` files and the manifest into ``directory`` (created if needed)."""
    import joblib

    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    for field, est in estimators.items():
        joblib.dump(est, d / f"{field}.joblib", compress=3)
    manifest = {
        "format": MODEL_FORMAT,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "fields": sorted(estimators),
        "features": FEATURES_VERSION,
        "classifier": "TF-IDF word 1-2-grams + char 3-5-grams + rule facts -> LogisticRegression",
        "versions": library_versions(),
        "training_files": training,
        "metrics": metrics or {},
        "files": {f"{field}.joblib": sha256_of(d / f"{field}.joblib") for field in estimators},
    }
    manifest.update(extra or {})
    (d / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return d


def read_manifest(directory: str | Path) -> dict:
    d = Path(directory)
    path = d / MANIFEST
    if not path.is_file():
        raise ModelError(f"{d}: no {MANIFEST}; pass a folder written by 'eventwire train --out DIR'")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path}: not valid JSON ({exc.msg}); retrain with 'eventwire train'") from None
    if manifest.get("format") != MODEL_FORMAT:
        raise ModelError(f"{d}: model format {manifest.get('format')!r}, this eventwire reads {MODEL_FORMAT!r}; "
                         "retrain with 'eventwire train'")
    return manifest


def check_versions(manifest: dict, directory: Path) -> None:
    """A model is only read by the eventwire and scikit-learn versions that wrote it."""
    made = manifest.get("versions") or {}
    now = library_versions()
    for lib in ("eventwire", "scikit-learn"):
        if made.get(lib) != now[lib]:
            raise ModelError(f"{directory}: model made with {lib} {made.get(lib)}, this is {lib} {now[lib]}; "
                             "retrain it with 'eventwire train' (a model is read only by the versions that wrote it)")


def load(directory: str | Path) -> LearnedModel:
    import joblib

    d = Path(directory)
    manifest = read_manifest(d)
    check_versions(manifest, d)
    estimators = {}
    for field in manifest.get("fields") or ():
        path = d / f"{field}.joblib"
        if not path.is_file():
            raise ModelError(f"{d}: {path.name} is missing; retrain with 'eventwire train'")
        expected = (manifest.get("files") or {}).get(path.name)
        if expected and sha256_of(path) != expected:
            raise ModelError(f"{path}: contents differ from the manifest's sha256; retrain with 'eventwire train'")
        estimators[field] = joblib.load(path)
    if not estimators:
        raise ModelError(f"{d}: the manifest names no fields; retrain with 'eventwire train'")
    return LearnedModel(d, manifest, estimators)

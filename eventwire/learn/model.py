"""The learned classifier: fit, save as a small directory with a manifest, load with a version check.

One scikit-learn pipeline per field: TF-IDF word 1–2-grams of the event's sentence, word unigrams
of the article's start, and the rules' facts as binary tokens, into a
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
from .features import FEATURES_VERSION, NO_EVENT

MODEL_FORMAT = "eventwire-model.v2"  # v2: rules_seen in the manifest, the calibrator reads it
MANIFEST = "manifest.json"
DEFAULT_C = 2.0
MIN_RULES_SEEN = 10  # training events with the rules' type before the model may judge that type
CALIBRATION_FOLDS = 3  # folds when the training data come from one file (else folds by file, at most 3)


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
        ("context", TfidfVectorizer(min_df=2, sublinear_tf=True, dtype=np.float32), 1),
        ("facts", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True, dtype=np.float32), 2),
    ])
    # No character n-grams: on held-out sources they changed the hybrid's sub-event type by at most
    # 0.004 while taking four fifths of the prediction time and most of the fitting time.
    # newton-cg, not lbfgs: the same objective and optimum, but it keeps the float32 matrices
    # (lbfgs copies them to float64) and stores no history of gradient-sized vectors (lbfgs keeps
    # 20 of classes x features, which made most of the training peak).
    clf = (LinearSVC(C=c / 10) if kind == "svm"
           else LogisticRegression(C=c, solver="newton-cg", max_iter=3000))
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

    @property
    def best_type(self) -> str | None:
        """The most probable real sub-event type (not "no event")."""
        real = {k: v for k, v in self.probabilities.items() if k != NO_EVENT}
        return max(real, key=real.get) if real else None


def _logit(p: float) -> float:
    import math
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def candidate_features(pred: Prediction, candidate: str, rules_label: str, seen: int | None = None) -> list[float]:
    """What the calibrator reads to say how likely ``candidate`` is right; ``seen`` is how many
    training examples the rules gave ``rules_label`` (a model knows little of a type it hardly saw,
    and its low probability for it then says little)."""
    import math
    probs = pred.probabilities
    return [_logit(probs.get(candidate, 0.0)), float(candidate == rules_label), float(candidate == pred.best_type),
            probs.get(NO_EVENT, 0.0), _logit(probs.get(rules_label, 0.0)), math.log1p(seen or 0)]


def _folds(groups: Sequence[str], n: int):
    """Index splits: by source file when there are several (at most 3 folds), else shuffled k-fold."""
    import numpy as np
    from sklearn.model_selection import GroupKFold, KFold
    idx = np.arange(n)
    if len(set(groups)) >= 2:
        return list(GroupKFold(n_splits=min(3, len(set(groups)))).split(idx, groups=list(groups)))
    return list(KFold(n_splits=CALIBRATION_FOLDS, shuffle=True, random_state=0).split(idx))


def fit_calibrator(rows, labels, rules_labels, groups, c: float = DEFAULT_C):
    """A logistic regression from out-of-fold model outputs to "this sub-event type is right",
    for the rules' type and the model's best type of every example; None on too little data.

    Where the rules decide a type the fold's model saw them decide fewer than ``MIN_RULES_SEEN``
    times, the model's probabilities say nothing of it: the calibrator keeps, as
    ``unseen_accuracy_``, how often the rules were right on such types out of fold (on all
    examples when fewer than 10 had such a type), the confidence given to them."""
    from sklearn.linear_model import LogisticRegression
    if len(rows) < 30:
        return None
    from collections import Counter
    X, y, unseen, rules_right = [], [], [], []
    for train_idx, test_idx in _folds(groups, len(rows)):
        if len({labels[i] for i in train_idx}) < 2:
            continue
        est = fit([rows[i] for i in train_idx], [labels[i] for i in train_idx], c=c)
        seen = Counter(rules_labels[i] for i in train_idx)
        preds = LearnedModel(Path("."), {}, {"f": est}).predict("f", [rows[i] for i in test_idx])
        for i, pred in zip(test_idx, preds):
            rules_right.append(rules_labels[i] == labels[i])
            if seen[rules_labels[i]] < MIN_RULES_SEEN:
                unseen.append(rules_labels[i] == labels[i])
            for cand in sorted({rules_labels[i], pred.best_type} - {None}):
                X.append(candidate_features(pred, cand, rules_labels[i], seen[rules_labels[i]]))
                y.append(cand == labels[i])
    if len(set(y)) < 2:
        return None
    cal = LogisticRegression(C=1.0).fit(X, y)
    basis = unseen if len(unseen) >= 10 else rules_right
    cal.unseen_accuracy_ = sum(basis) / len(basis)
    return cal


class LearnedModel:
    """A loaded model directory: ``predict(field, rows)`` gives a label and probabilities per row."""

    def __init__(self, directory: Path, manifest: dict, estimators: dict, calibrators: dict | None = None,
                 rules_seen: dict | None = None):
        self.directory = directory
        self.manifest = manifest
        self.estimators = estimators
        self.calibrators = calibrators or {}
        # per field, how often the training data held each value the rules decided (None: not recorded)
        self.rules_seen = rules_seen if rules_seen is not None else manifest.get("rules_seen")

    def seen(self, field: str) -> dict[str, int] | None:
        """How many training examples had each rules' value of ``field`` (None when not recorded)."""
        return (self.rules_seen or {}).get(field)

    def confidence(self, field: str, pred: Prediction, candidate: str, rules_label: str) -> float:
        """The calibrated probability that ``candidate`` is the right value (the model's own
        probability when the model has no calibrator)."""
        return self.confidences(field, [pred], [candidate], [rules_label])[0]

    def confidences(self, field: str, preds: Sequence[Prediction], candidates: Sequence[str],
                    rules_labels: Sequence[str]) -> list[float]:
        cal = self.calibrators.get(field)
        if cal is None or not preds:
            return [p.probabilities.get(c, 0.0) for p, c in zip(preds, candidates)]
        seen = self.seen(field)
        X = [candidate_features(p, c, r, None if seen is None else seen.get(r, 0))
             for p, c, r in zip(preds, candidates, rules_labels)]
        out = [float(x) for x in cal.predict_proba(X)[:, 1]]
        unseen = getattr(cal, "unseen_accuracy_", None)
        if seen is not None and unseen is not None:
            out = [unseen if c == r and seen.get(r, 0) < MIN_RULES_SEEN else x
                   for x, c, r in zip(out, candidates, rules_labels)]
        return out

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
         extra: dict | None = None, calibrators: dict | None = None, rules_seen: dict | None = None) -> Path:
    """Write ``<field>.joblib`` (and ``<field>.calibration.joblib``) files and the manifest into
    ``directory`` (created if needed)."""
    import joblib

    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    files = []
    for field, est in estimators.items():
        joblib.dump(est, d / f"{field}.joblib", compress=3)
        files.append(f"{field}.joblib")
    for field, cal in (calibrators or {}).items():
        if cal is not None:
            joblib.dump(cal, d / f"{field}.calibration.joblib", compress=3)
            files.append(f"{field}.calibration.joblib")
    manifest = {
        "format": MODEL_FORMAT,
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "fields": sorted(estimators),
        "features": FEATURES_VERSION,
        "classifier": "TF-IDF word 1-2-grams + context words + rule facts -> LogisticRegression",
        "versions": library_versions(),
        "training_files": training,
        "metrics": metrics or {},
        "calibrated": sorted(f for f, cal in (calibrators or {}).items() if cal is not None),
        "rules_seen": rules_seen or {},
        "files": {name: sha256_of(d / name) for name in files},
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
    def read(name: str):
        path = d / name
        if not path.is_file():
            raise ModelError(f"{d}: {name} is missing; retrain with 'eventwire train'")
        if sha256_of(path) != (manifest.get("files") or {}).get(name):
            raise ModelError(f"{path}: contents differ from the manifest's sha256; retrain with 'eventwire train'")
        return joblib.load(path)

    estimators = {field: read(f"{field}.joblib") for field in manifest.get("fields") or ()}
    if not estimators:
        raise ModelError(f"{d}: the manifest names no fields; retrain with 'eventwire train'")
    calibrators = {field: read(f"{field}.calibration.joblib") for field in manifest.get("calibrated") or ()}
    return LearnedModel(d, manifest, estimators, calibrators)

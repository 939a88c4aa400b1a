"""Fit the weights of the place-candidate ranking features by logistic regression.

    python scripts/fit_place_ranker.py CORPUS.jsonl… [--write]

Each CORPUS is JSON Lines with ``text`` and either ``toponyms`` (``start``, ``end``, ``latitude``,
``longitude``, ``geonameid``?) or ``events`` (``latitude``, ``longitude``).  Every name the geoparser
weighs is a group of candidates with the features of ``Gazetteer.geoparse``; a candidate is right when
it has the gold GeoNames id or lies within 25 km of the gold point (for an event file: of any gold
event of the text).  The model is a conditional logit fitted as a logistic regression on the
candidates' features centred within their group; the weights are scaled so that ``prior`` is 1.

It prints, for each file left out in turn, how often the top candidate is right with the shipped
weights and with weights fitted on the other files.  With ``--on-top NAME…`` only the named features
are fitted, next to the shipped score of the others (whose weights stay as they are).  ``--write``
stores the weights fitted on all files in ``eventwire/data/place_ranker.json`` with a manifest naming
the training files: ship them only when those files' terms allow it.  Needs scikit-learn
(``pip install scikit-learn``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from eventwire.resolve.gazetteer_build import haversine_km
from eventwire.resolve.places import Gazetteer, ranker_weights
from eventwire.settings import Settings

WEIGHTS = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "place_ranker.json"
RIGHT_KM = 25.0


def groups(path: Path, gaz: Gazetteer) -> list[tuple[list[dict[str, float]], list[bool]]]:
    """(features of each candidate, whether it is right) for every weighed name of the file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            golds = [t for t in rec.get("toponyms") or () if t.get("latitude") is not None
                     and t.get("longitude") is not None]
            points = [(e["latitude"], e["longitude"]) for e in rec.get("events") or ()
                      if e.get("latitude") is not None and e.get("longitude") is not None]
            if not golds and not points:
                continue
            trace: list = []
            gaz.geoparse(rec["text"], extra_spans=[(t["start"], t["end"]) for t in golds], trace=trace)
            for start, end, cands in trace:
                if len(cands) < 2:
                    continue
                gold = next((t for t in golds if t["start"] < end and start < t["end"]), None)
                if gold is not None:
                    want = [(gold["latitude"], gold["longitude"])]
                    gid = gold.get("geonameid")
                elif points:
                    want, gid = points, None
                else:
                    continue
                right = [(gid is not None and str(p.geonameid) == str(gid)) or any(
                    haversine_km(p.latitude, p.longitude, a, b) <= RIGHT_KM for a, b in want) for p, _ in cands]
                if any(right) and not all(right):
                    out.append(([x for _, x in cands], right))
    return out


def top1(data, weights: dict[str, float]) -> float:
    hits = 0
    for feats, right in data:
        scores = [sum(weights.get(k, 0.0) * v for k, v in x.items()) for x in feats]
        hits += right[max(range(len(scores)), key=scores.__getitem__)]
    return hits / len(data) if data else float("nan")


def fit(data, names: list[str], scale_by: str = "prior") -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for feats, right in data:
        mean = {k: sum(x[k] for x in feats) / len(feats) for k in names}
        for x, r in zip(feats, right):
            rows.append([x[k] - mean[k] for k in names])
            labels.append(int(r))
    model = LogisticRegression(fit_intercept=False, C=1.0, max_iter=2000).fit(rows, labels)
    coef = dict(zip(names, model.coef_[0]))
    scale = coef[scale_by] if coef[scale_by] > 0 else 1.0
    return {k: round(v / scale, 3) for k, v in coef.items()}


def on_top(data, shipped: dict[str, float], new: list[str]):
    """The groups with two kinds of feature: the shipped score of the features not in ``new``, and
    the ``new`` features themselves."""
    out = []
    for feats, right in data:
        rows = [{"shipped": sum(shipped.get(k, 0.0) * v for k, v in x.items() if k not in new),
                 **{k: x.get(k, 0.0) for k in new}} for x in feats]
        out.append((rows, right))
    return out


def fit_on_top(data, shipped: dict[str, float], new: list[str]) -> dict[str, float]:
    """Weights for the ``new`` features on the scale of the shipped ones (the others unchanged)."""
    coef = fit([(feats, right) for feats, right in on_top(data, shipped, new)], ["shipped", *new],
               scale_by="shipped")
    return {**shipped, **{k: coef[k] for k in new}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="store the weights fitted on all files")
    ap.add_argument("--on-top", nargs="+", default=None, metavar="FEATURE",
                    help="fit only these features, next to the shipped score of the others")
    args = ap.parse_args()
    gaz = Gazetteer.load(Settings.from_env())
    shipped = ranker_weights()
    names = list(shipped)
    fitter = (lambda train, names: fit_on_top(train, shipped, args.on_top)) if args.on_top else fit
    data = {p.name: groups(p, gaz) for p in args.corpora}
    print(f"{'left out':28} {'names':>6} {'shipped':>8} {'fitted':>8}")
    report = {}
    for name, held in data.items():
        train = [g for other, gs in data.items() if other != name for g in gs]
        fitted = fitter(train, names) if train else shipped
        report[name] = {"names": len(held), "shipped": round(top1(held, shipped), 4),
                        "fitted_on_the_others": round(top1(held, fitted), 4)}
        print(f"{name:28} {len(held):6d} {report[name]['shipped']:8.3f} {report[name]['fitted_on_the_others']:8.3f}")
    weights = fitter([g for gs in data.values() for g in gs], names)
    print("fitted on all:", json.dumps(weights))
    if args.write:
        import sklearn

        doc = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        doc["version"] = f"place-ranker.fit.{dt.date.today():%Y%m%d}"
        doc["weights"] = weights
        doc["manifest"]["how"] = ("conditional logit (logistic regression on within-name centred features, "
                                  f"scikit-learn {sklearn.__version__}), scaled so that prior = 1" +
                                  (f"; only {', '.join(args.on_top)} fitted, next to the hand-set score of "
                                   "the others" if args.on_top else ""))
        doc["manifest"]["training_data"] = {name: len(gs) for name, gs in data.items()}
        doc["manifest"]["leave_one_file_out_top1"] = report
        WEIGHTS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()

"""Fit the weights of the place-candidate ranking features by conditional logit.

    python scripts/fit_place_ranker.py CORPUS.jsonl… [--by-source] [--write]

Each CORPUS is JSON Lines with ``text`` and either ``toponyms`` (``start``, ``end``, ``latitude``,
``longitude``, ``geonameid``?) or ``events`` (``latitude``, ``longitude``).  Every name the geoparser
weighs is a group of candidates with the features of ``Gazetteer.geoparse`` (given the country cues
of the article's wording, as the pipeline gives them); a candidate is right when it has the gold
GeoNames id or lies within 161 km of a gold toponym's point (the toponym score's radius), or within
25 km of any gold event of the text.  The model is a conditional logit (the softmax of the weighted
features over each name's candidates, with a small L2 penalty), fitted with scipy; the weights are
scaled so that ``prior`` is 1.  ``--by-source`` splits each file by its records' ``source`` field, so
that each source is left out in turn.

It prints, for each file (or source) left out in turn, how often the top candidate is right with the shipped
weights and with weights fitted on the other files.  With ``--on-top NAME…`` only the named features
are fitted, next to the shipped score of the others (whose weights stay as they are).  ``--write``
stores the weights fitted on all files in ``eventwire/data/place_ranker.json`` with a manifest naming
the training files: ship them only when those files' terms allow it.  Needs scipy.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from eventwire.resolve.gazetteer_build import haversine_km
from eventwire.resolve.actors import ActorDictionary
from eventwire.resolve.places import Gazetteer, ranker_weights
from eventwire.settings import Settings

WEIGHTS = Path(__file__).resolve().parents[1] / "eventwire" / "data" / "place_ranker.json"
RIGHT_KM = 25.0
TOPONYM_RIGHT_KM = 161.0


def records(path: Path, by_source: bool) -> dict[str, list[dict]]:
    """The file's records, under the file's name or, with ``by_source``, under each source's."""
    out: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out.setdefault(rec.get("source") or path.stem if by_source else path.stem, []).append(rec)
    return out


def groups(recs: list[dict], gaz: Gazetteer, actors: ActorDictionary) -> list[tuple[list[dict[str, float]], list[bool]]]:
    """(features of each candidate, whether it is right) for every weighed name of the records."""
    out = []
    for rec in recs:
        golds = [t for t in rec.get("toponyms") or () if t.get("latitude") is not None
                 and t.get("longitude") is not None]
        points = [(e["latitude"], e["longitude"]) for e in rec.get("events") or ()
                  if e.get("latitude") is not None and e.get("longitude") is not None]
        if not golds and not points:
            continue
        trace: list = []
        gaz.geoparse(rec["text"], extra_spans=[(t["start"], t["end"]) for t in golds], trace=trace,
                     country_cues=actors.country_cues(rec["text"]), demonym=actors.demonym_to_iso3)
        for start, end, cands in trace:
            if len(cands) < 2:
                continue
            gold = next((t for t in golds if t["start"] < end and start < t["end"]), None)
            if gold is not None:
                want, km = [(gold["latitude"], gold["longitude"])], TOPONYM_RIGHT_KM
                gid = gold.get("geonameid")
            elif points:
                want, gid, km = points, None, RIGHT_KM
            else:
                continue
            right = [(gid is not None and str(p.geonameid) == str(gid)) or any(
                haversine_km(p.latitude, p.longitude, a, b) <= km for a, b in want) for p, _ in cands]
            if any(right) and not all(right):
                out.append(([x for _, x in cands], right))
    return out


def top1(data, weights: dict[str, float]) -> float:
    hits = 0
    for feats, right in data:
        scores = [sum(weights.get(k, 0.0) * v for k, v in x.items()) for x in feats]
        hits += right[max(range(len(scores)), key=scores.__getitem__)]
    return hits / len(data) if data else float("nan")


def fit(data, names: list[str], scale_by: str = "prior", l2: float = 1.0,
        hold: dict[str, float] | None = None) -> dict[str, float]:
    """Conditional logit: the weights that make each name's right candidates likeliest under the
    softmax of the weighted features over its candidates (L2 penalty ``l2`` on the weights).  A
    feature that never tells two candidates of a name apart in the data keeps its shipped weight
    (the data say nothing of it: ``hinted_country`` when no caller hint is given).  The features of
    ``hold`` keep the given weights and enter the fit as a fixed part of each score; when ``scale_by``
    is among them the others are fitted on its scale as they stand (no rescaling)."""
    import numpy as np
    from scipy.optimize import minimize

    kept = {k: v for k, v in ranker_weights().items() if k in names and not any(
        len({x.get(k, 0.0) for x in feats}) > 1 for feats, _ in data)}
    hold = {k: v for k, v in (hold or {}).items() if k in names}
    names = [k for k in names if k not in kept and k not in hold]
    offset = np.array([sum(v * f.get(k, 0.0) for k, v in hold.items()) for feats, _ in data for f in feats])
    x = np.array([[f.get(k, 0.0) for k in names] for feats, _ in data for f in feats]).reshape(-1, len(names))
    right = np.array([r for _, rs in data for r in rs], dtype=bool)
    sizes = [len(feats) for feats, _ in data]
    starts = np.cumsum([0, *sizes[:-1]])
    group = np.repeat(np.arange(len(sizes)), sizes)

    def loss(w):
        s = x @ w + offset
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group])
        z = np.add.reduceat(e, starts)
        top_right = np.maximum.reduceat(np.where(right, s, -np.inf), starts)
        e_right = np.where(right, np.exp(s - top_right[group]), 0.0)
        z_right = np.add.reduceat(e_right, starts)
        total = -np.sum(top_right + np.log(z_right) - top - np.log(z)) + l2 * w @ w
        grad = -x.T @ (e_right / z_right[group] - e / z[group]) + 2 * l2 * w
        return total, grad

    w0 = np.array([1.0 if k == scale_by else 0.0 for k in names])
    w = minimize(loss, w0, jac=True, method="L-BFGS-B").x
    coef = dict(zip(names, w))
    scale = coef[scale_by] if scale_by in coef and coef[scale_by] > 0 else 1.0
    return {**{k: round(float(v) / scale, 3) for k, v in coef.items()}, **hold, **kept}


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
    ap.add_argument("--by-source", action="store_true", help="leave out each record source in turn")
    ap.add_argument("--features", nargs="+", default=None, metavar="FEATURE",
                    help="the features to fit (default: those of the shipped weights)")
    ap.add_argument("--hold", nargs="+", default=[], metavar="FEATURE",
                    help="keep these features at their shipped weights (with 'prior': the others are "
                         "fitted on its scale)")
    ap.add_argument("--on-top", nargs="+", default=None, metavar="FEATURE",
                    help="fit only these features, next to the shipped score of the others")
    args = ap.parse_args()
    settings = Settings.from_env()
    gaz, actors = Gazetteer.load(settings), ActorDictionary.load(settings)
    shipped = ranker_weights()
    hold = {k: shipped.get(k, 0.0) for k in args.hold}
    fitter = (lambda train, names: fit_on_top(train, shipped, args.on_top)) if args.on_top else \
        (lambda train, names: fit(train, names, hold=hold))
    data = {name: groups(recs, gaz, actors) for p in args.corpora
            for name, recs in records(p, args.by_source).items()}
    # (the shipped features and any new one the geoparser computes)
    names = args.features or list(dict.fromkeys([*shipped, *(k for gs in data.values() for feats, _ in gs
                                                             for x in feats for k in x)]))
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
        import scipy

        doc = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        doc["version"] = f"place-ranker.fit.{dt.date.today():%Y%m%d}"
        doc["weights"] = weights
        doc["manifest"]["how"] = ("conditional logit (softmax over each name's candidates, L2 penalty 1, "
                                  f"scipy {scipy.__version__}), " + (
                                      f"{', '.join(args.hold)} held at their hand-set weights"
                                      if args.hold else "scaled so that prior = 1") +
                                  (f"; only {', '.join(args.on_top)} fitted, next to the hand-set score of "
                                   "the others" if args.on_top else ""))
        doc["manifest"]["training_data"] = {name: len(gs) for name, gs in data.items()}
        doc["manifest"]["leave_one_out_top1"] = report
        doc["manifest"]["left_out_in_turn"] = "each source" if args.by_source else "each file"
        WEIGHTS.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()

"""Fit the weights of dedup's pair evidence by logistic regression and choose the threshold for precision.

    python scripts/fit_dedup_weights.py [--dev FILE.jsonl …] [--system DIR] [--write]

Labelled pairs are the candidate pairs of dedup's blocking (same modality, type, country, dates at
most ``WINDOW`` days apart, same first-level area) that the structural rules leave open (not two
events of one article, not one outlet's two places of one day, not over ``MAX_KM`` apart):

* **synthetic**: corpora of :mod:`eventwire.dedup.synthetic` (seeds 101-104, not the seed 7 the
  tests and the benchmark measure on): a pair is positive when both report one real-world event;
  the near-misses (a second attack in the same town and day, the same attack 30-55 km away, other
  actors, a few days later) are its negatives;
* **rewrites**: our own short articles told by several outlets (``bench/data/dedup_rewrites.jsonl``,
  written for the project), coded by the real pipeline: positives within a ``group``, negatives
  across groups;
* ``--dev`` files of distinct records (one line = one record = one distinct event, e.g. ACLED-style
  notes; their events read from ``--system DIR/<name>.system.jsonl``): every pair of two records is
  a negative.  Every record of such a file has the same ``source``, so their outlets are dropped
  (the outlet rules would otherwise learn "this is the file").

The features are each field's finding (``cluster.WEIGHTS``: one indicator per field and finding,
the text similarity's among them; the neutral findings of ``cluster.NEUTRAL`` keep the weight 0); the model is an L2-regularised logistic regression with
balanced classes, and its coefficients are the weights (the intercept is left out: the threshold
absorbs it).  The threshold is chosen for precision, a false merge hiding an event: the score that
maximises F0.5 (precision weighed twice recall) over the pairs of known truth, raised until the
negative pairs each source of distinct records accepts (score at least the threshold and specific
evidence, as dedup requires) are at most ``BUDGET`` of its events.  Possible
duplicates start ``POSSIBLE_BELOW`` below it (odds about 7 times lower).

The report gives the weights fitted without each ``--dev`` file in turn, tested on it (false
record pairs after clustering, with the outlets as stored and unknown) and on the synthetic corpus
of seed 7 (pairwise precision and recall), then the weights fitted on synthetic and rewrites only,
then on everything.  ``--write`` stores the weights fitted on the synthetic and rewrite pairs only,
``--write-with-dev`` those fitted on everything (the dev files giving only negatives: pairs of
distinct records), in ``eventwire/data/dedup_weights.json`` with a manifest that keeps the
leave-one-source-out figures.  Needs scikit-learn.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import math
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import eventwire.dedup.cluster as cm  # noqa: E402
from eventwire.dedup import of_event, of_record  # noqa: E402
from eventwire.dedup.synthetic import corpus, pair_scores  # noqa: E402

REWRITES = ROOT / "bench" / "data" / "dedup_rewrites.jsonl"
# (seed, days): two corpora as the tests build them, two crowded into a few days, so that many distinct
# events share a place, a day and a kind (as protests in one city do)
SYNTHETIC = ((101, 60), (102, 60), (103, 60), (104, 60))
BUDGET = 0.005  # negative pairs accepted per event of a training source of distinct records, at most
POSSIBLE_BELOW = 2.0
C = 1.0
# a pair of our own rewritten articles counts as this many synthetic pairs: they are few, but told in the
# words outlets use, which the generator's five sentence forms only imitate
REWRITE_WEIGHT = 10.0


@dataclasses.dataclass
class Source:
    name: str
    sigs: list
    same: object  # (a, b) -> bool: one real-world event
    model: object
    files: list[Path] = dataclasses.field(default_factory=list)
    record_of: dict | None = None  # dev files: event -> record
    stored: list | None = None  # dev files: the signatures with the file's outlet (as dedup sees them)


def features() -> list[tuple[str, str]]:
    """The fitted indicators: every field's findings but the neutral ones (``cluster.NEUTRAL``, weight 0)."""
    return [(f, v) for f in sorted(cm.WEIGHTS) for v in sorted(cm.WEIGHTS[f]) if (f, v) not in cm.NEUTRAL]


def rows(src: Source, stored: bool = False) -> tuple[list[dict[str, str]], np.ndarray, np.ndarray]:
    """(findings, label, specific evidence) of the open candidate pairs of a source (``stored``: of a
    dev file's signatures with their outlet)."""
    scorer = cm._Scorer()
    found, labels, evidence, texts, pairs = [], [], [], [], []
    sigs = sorted(src.stored if stored else src.sigs, key=lambda s: s.event_id)
    for a, b in cm.candidate_pairs(sigs):
        got = scorer.fields(a, b)
        if got is None:
            continue
        found.append(got)
        pairs.append((a, b))
        labels.append(src.same(a, b))
        evidence.append(any((k, v) in cm.EVIDENCE for k, v in got.items()))
        texts.append((min(a.day, b.day), a.text, b.text))
    keep = []
    for got, sim, (a, b) in zip(found, src.model.similarities(texts), pairs):
        text = cm.text_finding(sim)
        if text is not None:
            got["text"] = text
        keep.append(not cm.retold(a, b, sim))
    pick = np.array(keep, bool)
    return ([g for g, k in zip(found, keep) if k], np.array(labels, bool)[pick] if keep else np.array([], bool),
            np.array(evidence, bool)[pick] if keep else np.array([], bool))


def matrix(found: list[dict[str, str]], cols: list[tuple[str, str]]) -> np.ndarray:
    index = {c: i for i, c in enumerate(cols)}
    x = np.zeros((len(found), len(cols)), np.float32)
    for r, got in enumerate(found):
        for k, v in got.items():
            if (k, v) in index:
                x[r, index[(k, v)]] = 1.0
    return x


def synthetic(seed: int, days: int, events: int = 1000) -> Source:
    evs, truth = corpus(seed=seed, events=events, days=days)
    sigs = [s for s in map(of_event, evs) if s is not None]
    return Source(f"synthetic-{seed}-{days}d", sigs, lambda a, b: truth[a.event_id] == truth[b.event_id],
                  cm.text_model(sigs))


def rewrites(path: Path) -> Source:
    from eventwire.dedup.store import signature_of_row, store_text_models
    from eventwire.ingest.readers import read_inputs
    from eventwire.ingest.service import ingest
    from eventwire.records import Reject
    from eventwire.settings import Settings
    from eventwire.store.duckdb_store import Store

    group = {json.loads(line)["id"]: json.loads(line)["group"] for line in open(path, encoding="utf-8")}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rewrites.duckdb"
        ingest((a for a in read_inputs([str(path)]) if not isinstance(a, Reject)),
               Settings.from_env(db_path=db), dedup=False)
        with Store(db) as store:
            rows_ = store.dedup_rows(None)
            article = dict(store.con.execute("SELECT event_id, article_id FROM events").fetchall())
            sigs = [s for s in map(signature_of_row, rows_) if s is not None]
            model = store_text_models(store.con, sigs)
    return Source("rewrites", sigs, lambda a, b: group[article[a.event_id]] == group[article[b.event_id]],
                  model, [path])


def dev(path: Path, system: Path) -> Source:
    recs = [json.loads(line) for line in open(system / f"{path.stem}.system.jsonl", encoding="utf-8")]
    record_of = {r["event_id"]: r["article_id"] for r in recs}
    stored = [s for s in map(of_record, recs) if s is not None]
    sigs = [dataclasses.replace(s, outlets=frozenset(), outlet_days=frozenset()) for s in stored]
    return Source(path.stem, sigs, lambda a, b: record_of[a.event_id] == record_of[b.event_id],
                  cm.text_model(sigs), [path, system / f"{path.stem}.system.jsonl"], record_of, stored)


def fit(train: list[Source], data: dict[str, tuple]) -> dict:
    """Weights, threshold and possible-duplicate score fitted on ``train``."""
    from sklearn.linear_model import LogisticRegression

    cols = features()
    x = np.vstack([matrix(data[s.name][0], cols) for s in train])
    y = np.concatenate([data[s.name][1] for s in train])
    w = np.concatenate([np.full(len(data[s.name][1]), REWRITE_WEIGHT if s.name == "rewrites" else 1.0)
                        for s in train])
    lr = LogisticRegression(C=C, class_weight="balanced", max_iter=2000).fit(x, y, sample_weight=w)
    coef = np.round(lr.coef_[0], 3)  # the weights as stored: the threshold is chosen on them
    weights: dict[str, dict[str, float]] = {}
    for (f, v), w in zip(cols, coef):
        weights.setdefault(f, {})[v] = round(float(w), 3)
    for f, v in cm.NEUTRAL:
        weights.setdefault(f, {})[v] = 0.0
    weights = {f: dict(sorted(vals.items())) for f, vals in sorted(weights.items())}
    threshold = choose_threshold(train, data, cols, coef)
    return {"weights": weights, "threshold": round(threshold, 3), "possible": round(threshold - POSSIBLE_BELOW, 3),
            "intercept": round(float(lr.intercept_[0]), 3)}


def choose_threshold(train: list[Source], data: dict[str, tuple], cols, coef) -> float:
    """The score that maximises F0.5 (precision weighed twice recall) over the training pairs with
    a known truth (synthetic, rewrites), raised until every source of distinct records accepts at
    most ``BUDGET`` of its events as negative pairs.  A pair with no specific evidence and no
    similar text is never accepted, as in dedup."""
    text_similar = [cols.index(("text", "similar")), cols.index(("text", "same_words"))]
    scores, labels, real = [], [], []
    for s in train:
        found, y, evidence = data[s.name]
        if not len(y):
            continue
        x = matrix(found, cols)
        score = np.where(evidence | (x[:, text_similar].sum(axis=1) > 0), x @ coef, -np.inf)
        if s.record_of is None:
            scores.append(score)
            labels.append(y)
        else:
            found, y, evidence = data[s.name + "/stored"]
            x = matrix(found, cols)
            score = np.where(evidence | (x[:, text_similar].sum(axis=1) > 0), x @ coef, -np.inf)
            real.append((np.sort(score[~y])[::-1], int(BUDGET * len(s.sigs))))
    score, y = np.concatenate(scores), np.concatenate(labels)
    order = np.argsort(-score, kind="stable")
    hits = np.cumsum(y[order])
    taken = np.arange(1, len(order) + 1)
    precision, recall = hits / taken, hits / max(1, int(y.sum()))
    f = 1.25 * precision * recall / np.maximum(1e-9, 0.25 * precision + recall)
    # only where the score changes: a threshold takes every pair of its score
    last = np.r_[score[order][1:] != score[order][:-1], True] & np.isfinite(score[order])
    best = int(np.argmax(np.where(last, f, -1)))
    need = float(score[order][best])
    for neg, allowed in real:
        if len(neg) > allowed and np.isfinite(neg[allowed]):
            need = max(need, float(neg[allowed]) + 1e-3)
    return need


def false_pairs(groups, record_of) -> int:
    return sum(1 for g in groups for a, b in itertools.combinations(g, 2) if record_of[a] != record_of[b])


def measure(table: dict, tests: list[Source], synthetic_test: tuple) -> dict:
    keep = cm.load_weights()
    cm.use_weights(table)
    try:
        out = {}
        for s in tests:
            stored = s.stored
            out[s.name] = {"records": len(set(s.record_of.values())),
                           "false_pairs": false_pairs(cm.cluster(stored, model=s.model).groups, s.record_of),
                           "false_pairs_outlets_unknown": false_pairs(cm.cluster(s.sigs, model=s.model).groups,
                                                                      s.record_of)}
        for label, (sigs, truth) in synthetic_test.items():
            sc = pair_scores(cm.clusters(sigs), truth)
            out[label] = {"precision": round(sc["precision"], 3), "recall": round(sc["recall"], 3)}
        return out
    finally:
        cm.use_weights(keep)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def line(label: str, got: dict, devs: list[Source]) -> str:
    parts = [f"{label:28s}"]
    for s in devs:
        if s.name in got:
            g = got[s.name]
            parts.append(f"{s.name} {g['false_pairs']}/{g['false_pairs_outlets_unknown']} "
                         f"({g['false_pairs'] / g['records']:.2%})")
    for k in ("synthetic-900", "synthetic-3100"):
        parts.append(f"{k} P {got[k]['precision']:.3f} R {got[k]['recall']:.3f}")
    return "; ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", nargs="*", default=[], metavar="FILE", help="files of distinct records")
    ap.add_argument("--system", metavar="DIR", help="where <name>.system.jsonl of each --dev file is")
    ap.add_argument("--rewrites", default=str(REWRITES), help="own articles told by several outlets")
    ap.add_argument("--write", action="store_true", help="store the weights fitted on synthetic + rewrites")
    ap.add_argument("--write-with-dev", action="store_true", help="store the weights fitted on everything")
    ap.add_argument("--json", metavar="FILE", help="write every fit and measurement here")
    args = ap.parse_args()

    base = [synthetic(seed, days) for seed, days in SYNTHETIC] + ([rewrites(Path(args.rewrites))] if args.rewrites else [])
    devs = [dev(Path(p), Path(args.system)) for p in args.dev] if args.dev else []
    data = {s.name: rows(s) for s in base + devs}
    data.update({s.name + "/stored": rows(s, stored=True) for s in devs})
    for s in base + devs:
        y = data[s.name][1]
        print(f"{s.name}: {len(s.sigs):,} events, {len(y):,} open candidate pairs, {int(y.sum()):,} positive")
    test = {}
    for label, n in (("synthetic-900", 300), ("synthetic-3100", 1000)):
        evs, truth = corpus(seed=7, events=n)
        test[label] = ([s for s in map(of_event, evs) if s is not None], truth)

    report: dict = {"loso": {}}
    print("\nweights fitted without each dev file, tested on it (false record pairs with the outlets as stored / "
          "unknown, share of the records) and on the synthetic corpus of seed 7:")
    for held in devs:
        table = fit(base + [s for s in devs if s is not held], data)
        got = measure(table, [held], test)
        report["loso"][held.name] = {"fit": table, "test": got}
        print(line(f"without {held.name}", got, devs) + f"; threshold {table['threshold']}")
    shipped = fit(base, data)
    got = measure(shipped, devs, test)
    report["synthetic_and_rewrites"] = {"fit": shipped, "test": got}
    print(line("synthetic + rewrites only", got, devs) + f"; threshold {shipped['threshold']}")
    if devs:
        everything = fit(base + devs, data)
        got_all = measure(everything, devs, test)
        report["everything"] = {"fit": everything, "test": got_all}
        print(line("everything (in sample)", got_all, devs) + f"; threshold {everything['threshold']}")
    print("\nweights fitted on synthetic + rewrites (threshold %s, possible %s):" % (shipped["threshold"],
                                                                                   shipped["possible"]))
    for f, vals in shipped["weights"].items():
        print(f"  {f}: " + ", ".join(f"{k} {v:+.2f}" for k, v in vals.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.write or args.write_with_dev:
        table, train = (everything, base + devs) if args.write_with_dev else (shipped, base)
        every = [p.resolve() for s in train for p in s.files]
        files = [{"path": str(p.relative_to(ROOT)), "sha256": sha256(p)} for p in every if p.is_relative_to(ROOT)]
        # the evaluation files (outside the repository) that gave negatives: named and hashed, not copied
        dev_files = [{"name": p.name, "sha256": sha256(p)} for p in every if not p.is_relative_to(ROOT)]
        manifest = {
            "how": "scripts/fit_dedup_weights.py: logistic regression (scikit-learn, L2, C=%s, balanced classes) "
                   "on the indicators of each field's finding over the open candidate pairs of dedup's blocking; "
                   "threshold: the score of best F0.5 over the pairs of known truth, raised until every source of "
                   "distinct records accepts at most %s of its events as negative pairs; training: %s"
                   % (C, BUDGET, "synthetic, rewrites and the dev files' distinct records as negatives"
                      if args.write_with_dev else "synthetic and rewrites"),
            "date": dt.date.today().isoformat(),
            "training": [{"name": s.name, "events": len(s.sigs), "pairs": int(len(data[s.name][1])),
                          "positives": int(data[s.name][1].sum())} for s in train],
            "synthetic": [{"seed": seed, "days": days, "events": 1000} for seed, days in SYNTHETIC],
            "files": files,
            "dev_files": dev_files,
            "intercept": table["intercept"],
            "metrics": measure(table, devs, test) if devs else measure(table, [], test),
            "leave_one_source_out": {name: {"threshold": got["fit"]["threshold"], "test": got["test"]}
                                     for name, got in report["loso"].items()},
        }
        out = {"version": "dedup-weights.fit." + dt.date.today().strftime("%Y%m%d"), "weights": table["weights"],
               "threshold": table["threshold"], "possible": table["possible"], "manifest": manifest}
        cm.WEIGHTS_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {cm.WEIGHTS_FILE}")


if __name__ == "__main__":
    main()

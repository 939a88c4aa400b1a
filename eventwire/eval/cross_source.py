"""``eventwire eval --cross-source``: leave one gold file out, train on the others, test on it.

For each held-out file three systems are scored with the same scorer as ``eventwire eval``: the
rules alone, the model alone (its best real type for every event the rules found) and the hybrid
(the model where its probability reaches the threshold).  The rules run once per file; their
output can be kept in a cache folder.  The hybrid's confidences on the held-out files give the
reliability table.

The error analysis lists, for each held-out file, the rules' commonest sub-event type confusions
(the rules' type of a system event against the gold type it was matched with, "(no event)" for
an event no gold event claims) and how often each recurs in the other files: a confusion that
recurs is one a model trained on the others can learn; one that does not is the held-out
source's own coding practice.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Sequence

from ..errors import UsageError
from ..settings import Settings
from . import scorer

SYSTEMS = ("rules", "model", "hybrid")
SWEEP = (0.5, 0.6, 0.7, 0.8, 0.9)  # thresholds whose hybrid sub-event type accuracy is also reported
TABLES = (("sub-event type", "sub_event_type_acc"), ("event type", "event_type_acc"),
          ("sub-event type macro-F1", "sub_event_type_macro_f1"), ("actor type pair", "actor_type_pair"),
          ("no-event false positives", "no_event_fp_rate"))
CONFUSIONS = 8  # confusions listed per held-out file


def _model_alone(events: list[dict], preds, table: dict) -> list[dict]:
    out = []
    for e, p in zip(events, preds):
        label = p.best_type or e["sub_event_type"]
        rec = dict(e, sub_event_type=label, event_type=table[label].event_type, confidence=p.probabilities.get(label, 0.0))
        out.append(rec)
    return out


def _hybrid(events: list[dict], preds, table: dict, threshold: float, model) -> list[dict]:
    from ..learn.hybrid import RULE_ID, decide
    model_dir = str(model.directory)
    out = []
    for e, p in zip(events, preds):
        rules_sub = str(e.get("sub_event_type"))
        d = decide(rules_sub, p, threshold, model.seen("sub_event_type"))
        rec = dict(e, confidence=model.confidence("sub_event_type", p, d.sub_event_type, rules_sub))
        if d.by_model:
            rec.update(sub_event_type=d.sub_event_type, event_type=table[d.sub_event_type].event_type,
                       rules=list(e.get("rules") or []) + [RULE_ID], model={"dir": model_dir, "probability": d.probability})
        out.append(rec)
    return out


def _sweep_point(gold: list[dict], system: list[dict]) -> dict:
    m = scorer.score(gold, system)
    return {"sub_event_type_acc": m.get("sub_event_type_acc"), "no_event_fp_rate": m.get("no_event_fp_rate")}


def confidence_pairs(gold: list[dict], system: list[dict]) -> list[tuple[float, bool]]:
    """(confidence, sub-event type right) for each system event: right when a gold event of its
    document claims it with the same type; a system event on a no-event text is wrong."""
    from ..learn.dataset import index_events
    by_doc = index_events(system)
    pairs = []
    for doc in gold:
        events = by_doc.get(str(doc["id"]), [])
        if not doc.get("events") and not doc.get("no_event"):
            continue
        gold_events = doc.get("events") or []
        claimed = {id(e): g for g, e in zip(gold_events, scorer.match_events(gold_events, events)) if e is not None}
        for e in events:
            g = claimed.get(id(e))
            if g is not None and not g.get("sub_event_type"):
                continue
            pairs.append((float(e.get("confidence") or 0.0), g is not None and g["sub_event_type"] == e["sub_event_type"]))
    return pairs


def confusions(examples: dict[str, list], top: int = CONFUSIONS) -> dict[str, list[dict]]:
    """Per file, its commonest (rules' type, gold type) disagreements and their counts in the others."""
    from collections import Counter
    counts = {name: Counter((x.rules_label, x.label) for x in ex if x.rules_label != x.label)
              for name, ex in examples.items()}
    out = {}
    for name, c in counts.items():
        out[name] = [{"rules": r, "gold": g, "n": n, "examples": len(examples[name]),
                      "elsewhere": sum(counts[o][(r, g)] for o in counts if o != name)}
                     for (r, g), n in c.most_common(top)]
    return out


def cross_source(paths: Sequence[str], *, settings: Settings | None = None, cache_dir: str | None = None,
                 threshold: float | None = None, workers: int = 1, quiet: bool = True) -> dict:
    from ..extract.lexicon import taxonomy
    from ..learn import dataset
    from ..learn.features import event_features
    from ..learn.model import LearnedModel
    from ..learn.train import fit_fields, gold_files, rule_output, rules_seen

    settings = settings or Settings.from_env()
    threshold = settings.model_threshold if threshold is None else threshold
    files = gold_files(paths)
    if len(files) < 2:
        raise UsageError("--cross-source needs at least two gold files (one is held out, the others train)")
    table = taxonomy(settings.data_dir)[1]
    cache = Path(cache_dir) if cache_dir else None
    gold = {f.stem: scorer.load_gold(f) for f in files}
    system = {f.stem: rule_output(f, gold[f.stem], settings, cache, workers, quiet) for f in files}
    examples = {name: dataset.examples(gold[name], system[name], group=name) for name in gold}
    results: dict = {"threshold": threshold, "files": {}, "confidence_pairs": [], "confusions": confusions(examples)}
    for held in gold:
        started = time.perf_counter()
        train_ex = [x for name, ex in examples.items() if name != held for x in ex]
        est, cal = fit_fields({"sub_event_type": train_ex})
        fit_s = time.perf_counter() - started
        model = LearnedModel(Path(f"<trained without {held}>"), {}, est, cal,
                             rules_seen=rules_seen({"sub_event_type": train_ex}))
        texts = {str(g["id"]): g.get("text") for g in gold[held]}
        events = [e for e in system[held] if e.get("record") != "annotation"]
        started = time.perf_counter()
        preds = model.predict("sub_event_type", [event_features(e, texts.get(str(e.get("article_id")))) for e in events])
        predict_s = time.perf_counter() - started
        others = [r for r in system[held] if r.get("record") == "annotation"]
        hybrid = _hybrid(events, preds, table, threshold, model)
        outputs = {"rules": system[held], "model": _model_alone(events, preds, table) + others,
                   "hybrid": hybrid + others}
        results["files"][held] = {
            "metrics": {name: scorer.score(gold[held], out) for name, out in outputs.items()},
            "training_examples": len(train_ex), "fit_seconds": round(fit_s, 2),
            "events": len(events), "events_per_second": round(len(events) / predict_s) if predict_s else None,
            "decided_by_model": sum(1 for e in hybrid if e.get("model")),
            "sweep": {str(t): _sweep_point(gold[held], _hybrid(events, preds, table, t, model) + others) for t in SWEEP},
        }
        results["confidence_pairs"].extend(confidence_pairs(gold[held], hybrid))
    return results


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_cross_source(results: dict) -> str:
    from ..learn.calibration import format_reliability, reliability
    lines = [f"leave one source out (hybrid threshold {results['threshold']})", ""]
    for title, key in TABLES:
        rows = [(held, r["metrics"]) for held, r in results["files"].items() if r["metrics"]["rules"].get(key) is not None]
        if not rows:
            continue
        width = max(len(h) for h, _ in rows) + 2
        lines.append(f"{title:<{width}}" + "".join(f"{s:>9}" for s in SYSTEMS) + f"{'hybrid-rules':>14}")
        for held, m in rows:
            diff = m["hybrid"][key] - m["rules"][key]
            lines.append(f"{held:<{width}}" + "".join(f"{_fmt(m[s][key]):>9}" for s in SYSTEMS) + f"{diff:>+14.3f}")
        lines.append("")
    lines.append("hybrid sub-event type by threshold (no-event false positives in brackets where scored)")
    lines.append(f"{'':<26}" + "".join(f"{t:>14}" for t in SWEEP))
    for held, r in results["files"].items():
        cells = []
        for t in SWEEP:
            pt = r["sweep"][str(t)]
            fp = f" ({pt['no_event_fp_rate']:.3f})" if pt.get("no_event_fp_rate") is not None else ""
            cells.append(f"{_fmt(pt['sub_event_type_acc'])}{fp}")
        lines.append(f"{held:<26}" + "".join(f"{c:>14}" for c in cells))
    lines.append("")
    lines.append("held-out file              train ex  fit s  events  events/s  decided by model")
    for held, r in results["files"].items():
        lines.append(f"{held:<26} {r['training_examples']:>9} {r['fit_seconds']:>6} {r['events']:>7} "
                     f"{r['events_per_second'] or '-':>9} {r['decided_by_model']:>17}")
    lines.append("")
    if results.get("confusions"):
        lines.append("the rules' commonest sub-event type errors per file (count here; in the other files)")
        for held, rows in results["confusions"].items():
            for r in rows:
                lines.append(f"{held:<26} {r['n']:>4}  {r['elsewhere']:>4}  {r['rules']} -> {r['gold']}")
        lines.append("")
    if "confidence_pairs" in results:
        table = reliability(results["confidence_pairs"])
    else:  # read back from --json output
        from ..learn.calibration import Bin
        table = [Bin(**b) for b in results["reliability"]]
    lines.append(format_reliability(table, "reliability of the hybrid's confidence (sub-event type right), held-out files"))
    return "\n".join(lines)


def cross_source_text(paths: Sequence[str], *, as_json: bool = False, **kw) -> str:
    results = cross_source(paths, **kw)
    if as_json:
        slim = dict(results)
        from ..learn.calibration import reliability
        slim["reliability"] = [b.__dict__ for b in reliability(slim.pop("confidence_pairs"))]
        return json.dumps(slim, indent=1, default=str)
    return format_cross_source(results)

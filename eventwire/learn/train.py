"""``eventwire train``: fit the classifier on gold files and write a model directory.

The model learns from the rule system's own events on the gold texts (see ``dataset``), so the
rules run over every gold file first; ``cache_dir`` keeps their output (``<file>.system.jsonl``)
for the next run.
"""
from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from ..errors import UsageError
from ..eval import scorer
from ..settings import Settings
from . import dataset, model as model_mod


def gold_files(paths: Sequence[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    if not files:
        raise UsageError("no gold files found; pass .jsonl gold files or folders holding them")
    return files


def rule_output(path: Path, gold: list[dict], settings: Settings, cache_dir: Path | None = None,
                workers: int = 1, quiet: bool = True) -> list[dict]:
    """The rule system's event records on one gold file, read from or written to ``cache_dir``."""
    cached = cache_dir / f"{path.stem}.system.jsonl" if cache_dir else None
    if cached is not None and cached.is_file():
        return scorer.load_system(cached)
    from ..eval.runner import run_system

    system = run_system(gold, replace(settings, model_dir=None), workers, quiet)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with cached.open("w", encoding="utf-8") as fh:
            for rec in system:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return system


def labelled(doc: dict, fields: Sequence[str]) -> bool:
    """Whether a gold document teaches anything about ``fields``."""
    return bool(doc.get("no_event")) or any(e.get(f) for e in doc.get("events") or () for f in fields)


def check_fields(fields: Sequence[str]) -> tuple[str, ...]:
    unknown = [f for f in fields if f not in dataset.FIELDS]
    if unknown or not fields:
        raise UsageError(f"--fields: {', '.join(unknown) or 'none given'}; a model can decide: {', '.join(dataset.FIELDS)}")
    return tuple(fields)


def rules_seen(examples_by_field: dict[str, list[dataset.Example]]) -> dict[str, dict[str, int]]:
    """Per field, how many training examples the rules gave each value."""
    from collections import Counter
    return {field: dict(Counter(x.rules_label for x in ex)) for field, ex in examples_by_field.items()}


def fit_fields(examples_by_field: dict[str, list[dataset.Example]], c: float = model_mod.DEFAULT_C,
               calibrate: bool = True) -> tuple[dict, dict]:
    """The model of each field and, with ``calibrate``, its calibrator (out-of-fold, by gold file)."""
    estimators, calibrators = {}, {}
    for field, ex in examples_by_field.items():
        rows, labels = [x.features for x in ex], [x.label for x in ex]
        estimators[field] = model_mod.fit(rows, labels, c=c)
        if calibrate:
            calibrators[field] = model_mod.fit_calibrator(rows, labels, [x.rules_label for x in ex],
                                                          [x.group for x in ex], c=c)
    return estimators, calibrators


def train(paths: Sequence[str], out: str | Path, *, fields: Sequence[str] = dataset.FIELDS,
          settings: Settings | None = None, cache_dir: str | Path | None = None, workers: int = 1,
          quiet: bool = True, metrics: dict | None = None) -> dict:
    """Train on the gold files and write the model directory; returns its manifest."""
    settings = settings or Settings.from_env()
    fields = check_fields(fields)
    cache = Path(cache_dir) if cache_dir else None
    examples: dict[str, list[dataset.Example]] = {f: [] for f in fields}
    training = []
    for path in gold_files(paths):
        gold = scorer.load_gold(path)
        if not any(labelled(doc, fields) for doc in gold):
            if not quiet:
                print(f"eventwire: {path.name}: no document codes {', '.join(fields)} or no_event; not used", flush=True)
            continue
        system = rule_output(path, gold, settings, cache, workers, quiet)
        counts = {}
        for field in fields:
            ex = dataset.examples(gold, system, field, group=path.name)
            examples[field].extend(ex)
            counts[field] = len(ex)
        training.append({"path": str(path), "name": path.name, "sha256": model_mod.sha256_of(path),
                         "documents": len(gold), "examples": counts})
    if not training:
        raise UsageError(f"no gold file codes {', '.join(fields)}; nothing to learn from")
    started, cpu = time.perf_counter(), time.process_time()
    estimators, calibrators = fit_fields(examples)
    seconds, cpu = round(time.perf_counter() - started, 1), round(time.process_time() - cpu, 1)
    if not quiet:
        n = sum(len(v) for v in examples.values())
        print(f"eventwire: trained {', '.join(fields)} on {n} examples from {len(training)} files in {seconds} s",
              flush=True)
    d = model_mod.save(out, estimators, training=training, metrics=metrics, calibrators=calibrators,
                       rules_seen=rules_seen(examples), extra={"fit_seconds": seconds, "fit_cpu_seconds": cpu})
    return model_mod.read_manifest(d)

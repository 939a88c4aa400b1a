"""Training and prediction figures of the learned model (``eventwire train`` / ``--model``).

    python bench/learn_bench.py GOLD.jsonl… --system-cache DIR [--out DIR]

Trains on the gold files (the rules' output read from or written to ``--system-cache``), then
times the model's prediction over every event of those files (features + classifier + calibrated
confidence, as the pipeline's ``learn.model`` stage runs it).  Prints wall and CPU seconds, events
per CPU-second, the model folder's size and the peak RSS of this process.
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from eventwire.eval import scorer
from eventwire.extract.lexicon import taxonomy
from eventwire.learn import hybrid, model
from eventwire.learn.train import gold_files, train


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--system-cache", required=True)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="ew-model-"))
    wall, cpu = time.perf_counter(), time.process_time()
    manifest = train(args.gold, out, cache_dir=args.system_cache)
    print(f"train: {time.perf_counter() - wall:.1f} s wall, {time.process_time() - cpu:.1f} s CPU in all "
          f"(fit: {manifest['fit_seconds']} s wall, {manifest['fit_cpu_seconds']} s CPU), "
          f"{sum(sum(f['examples'].values()) for f in manifest['training_files'])} examples")
    size = sum(f.stat().st_size for f in out.iterdir())
    print(f"model folder: {size / 1e6:.2f} MB ({out})")
    m = model.load(out)
    events, texts = [], []
    for path in gold_files(args.gold):
        text_of = {str(g["id"]): g.get("text") for g in scorer.load_gold(path)}
        cached = Path(args.system_cache) / f"{path.stem}.system.jsonl"
        if cached.is_file():
            for e in scorer.load_system(cached):
                if e.get("record") != "annotation":
                    events.append(e)
                    texts.append(text_of.get(str(e.get("article_id"))))
    table = taxonomy()[1]
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(0, len(events), 256):  # the pipeline's batches are per article; 256 is generous
        hybrid.apply_to_records(m, events[i:i + 256], texts[i:i + 256], table)
    w, c = time.perf_counter() - wall, time.process_time() - cpu
    print(f"predict: {len(events)} events in {w:.2f} s wall ({len(events) / w:.0f}/s), {c:.2f} s CPU "
          f"({len(events) / c:.0f} per CPU-second)")
    wall, cpu = time.perf_counter(), time.process_time()
    for e, t in zip(events[:500], texts[:500]):
        hybrid.apply_to_records(m, [e], [t], table)
    c1 = time.process_time() - cpu
    print(f"predict one event at a time: {500 / c1:.0f} events per CPU-second")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

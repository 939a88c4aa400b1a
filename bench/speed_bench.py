"""End-to-end speed of eventwire against a bare spaCy pass over the same corpus.

    .venv/bin/python bench/speed_bench.py [--n 2000] [--workers 1] [--skip-baseline]

Builds the seeded template corpus of ``bench/corpus.py``, ingests it into a
temporary DuckDB file through ``eventwire.ingest.service.ingest`` (reading,
coding and storing: the whole ``eventwire ingest`` path except file reading),
then runs ``nlp.pipe`` of the same spaCy pipeline over every full text.  Prints
articles/s, words/s, peak resident memory and the time ratio eventwire/spaCy
(at most 1.0 means eventwire codes the corpus in no more time than spaCy alone
takes to parse it), with CPU seconds beside wall seconds: on a shared machine the
CPU figures are the ones that do not depend on what else runs.  Each measurement runs in a fresh process so that peak
memory and model loading are counted separately for each.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_RATIO, TARGET_RATE, TARGET_RSS_MB = 1.0, 20.0, 1536.0


def _peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, kids / 1024


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _eventwire(n: int, seed: int, workers: int, out) -> None:
    from bench.corpus import make_corpus
    from eventwire.ingest.service import ingest
    from eventwire.settings import Settings

    articles = make_corpus(n, seed)
    words = sum(len(a.text.split()) for a in articles)
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        settings = Settings.from_env(db_path=Path(tmp) / "bench.duckdb")
        t0, c0 = time.perf_counter(), _cpu_seconds()
        summary = ingest(articles, settings, workers=workers)
        elapsed, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    own, kids = _peak_rss_mb()
    out.put({"seconds": elapsed, "cpu_seconds": cpu, "articles": len(articles), "words": words,
             "events": summary.events_written, "rss_mb": own, "worker_rss_mb": kids})


def _spacy(n: int, seed: int, out) -> None:
    import spacy

    from bench.corpus import make_corpus
    from eventwire.settings import Settings

    articles = make_corpus(n, seed)
    words = sum(len(a.text.split()) for a in articles)
    t0, c0 = time.perf_counter(), _cpu_seconds()
    nlp = spacy.load(Settings.from_env().spacy_model)
    tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=32))
    elapsed, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    own, _ = _peak_rss_mb()
    out.put({"seconds": elapsed, "cpu_seconds": cpu, "articles": len(articles), "words": words, "tokens": tokens, "rss_mb": own})


def _measure(target, *args) -> dict:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=target, args=(*args, q))
    p.start()
    result = q.get()
    p.join()
    if p.exitcode:
        raise SystemExit(f"benchmark process failed with exit code {p.exitcode}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles in the corpus (default 2000)")
    ap.add_argument("--workers", type=int, default=1, help="eventwire worker processes (default 1)")
    ap.add_argument("--seed", type=int, default=8, help="corpus seed (default 8)")
    ap.add_argument("--skip-baseline", action="store_true", help="do not run the bare spaCy pass")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)

    load_before = os.getloadavg()[0]
    ew = _measure(_eventwire, args.n, args.seed, args.workers)
    load_after = os.getloadavg()[0]
    base = None if args.skip_baseline else _measure(_spacy, args.n, args.seed)
    rate = ew["articles"] / ew["seconds"]
    peak = ew["rss_mb"] + (ew["worker_rss_mb"] * args.workers if args.workers > 1 else 0.0)
    report = {"articles": ew["articles"], "words": ew["words"], "events": ew["events"],
              "workers": args.workers, "seconds": round(ew["seconds"], 2),
              "cpu_seconds": round(ew["cpu_seconds"], 2),
              "articles_per_s": round(rate, 2), "words_per_s": round(ew["words"] / ew["seconds"]),
              "articles_per_cpu_s": round(ew["articles"] / ew["cpu_seconds"], 2),
              "load_average": [round(load_before, 2), round(load_after, 2)],
              "peak_rss_mb": round(ew["rss_mb"]), "worker_peak_rss_mb": round(ew["worker_rss_mb"]),
              "total_peak_rss_mb": round(peak)}
    if base is not None:
        report.update({"spacy_seconds": round(base["seconds"], 2),
                       "spacy_articles_per_s": round(base["articles"] / base["seconds"], 2),
                       "spacy_words_per_s": round(base["words"] / base["seconds"]),
                       "spacy_peak_rss_mb": round(base["rss_mb"]),
                       "spacy_cpu_seconds": round(base["cpu_seconds"], 2),
                       "cpu_ratio": round(ew["cpu_seconds"] / base["cpu_seconds"], 3),
                       "ratio": round(ew["seconds"] / base["seconds"], 3)})
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"corpus: {report['articles']} articles, {report['words']} words (seed {args.seed}); "
          f"{report['events']} events stored")
    print(f"eventwire ingest, {args.workers} worker(s): {report['seconds']} s, "
          f"{report['articles_per_s']} articles/s, {report['words_per_s']} words/s "
          f"(CPU {report['cpu_seconds']} s: {report['articles_per_cpu_s']} articles per CPU-second; "
          f"1-minute load average {report['load_average'][0]} before, {report['load_average'][1]} after)")
    if args.workers > 1:
        print(f"peak RSS: main {report['peak_rss_mb']} MB, largest worker {report['worker_peak_rss_mb']} MB, "
              f"total at most {report['total_peak_rss_mb']} MB")
    else:
        print(f"peak RSS: {report['peak_rss_mb']} MB")
    if base is not None:
        print(f"bare spaCy nlp.pipe (model load included): {report['spacy_seconds']} s, "
              f"{report['spacy_articles_per_s']} articles/s, {report['spacy_words_per_s']} words/s, "
              f"peak RSS {report['spacy_peak_rss_mb']} MB, CPU {report['spacy_cpu_seconds']} s")
        print(f"ratio eventwire/spaCy: wall time {report['ratio']}, CPU time {report['cpu_ratio']}")
    checks = [("ratio <= %.1f" % TARGET_RATIO, base is None or report["ratio"] <= TARGET_RATIO),
              (f">= {TARGET_RATE:g} articles/s", rate >= TARGET_RATE),
              (f"peak RSS <= {TARGET_RSS_MB:g} MB", report["total_peak_rss_mb"] <= TARGET_RSS_MB)]
    print("targets: " + ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks))
    return 0


if __name__ == "__main__":
    sys.exit(main())

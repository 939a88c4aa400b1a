"""Benchmark: ``eventwire ingest`` over a synthetic corpus (default 100,000 articles).

    .venv/bin/python bench/ingest_bench.py [--n 100000] [--workers 1] [--seed 7] [--keep DIR]

Writes template articles (60-200 words: real countries and towns, varied actors,
dates and figures, a third of the events reported by several outlets; see
:func:`eventwire.dedup.synthetic.articles`) to a JSON Lines file, ingests it into
a fresh DuckDB file, then times dedup (the incremental pass ingest runs, and a
full recompute).  Prints articles/s, events, CPU time, peak RSS and dedup time.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.dedup.store import refresh  # noqa: E402
from eventwire.dedup.synthetic import articles  # noqa: E402
from eventwire.ingest.readers import read_inputs  # noqa: E402
from eventwire.ingest.service import ingest  # noqa: E402
from eventwire.records import Reject  # noqa: E402
from eventwire.settings import Settings  # noqa: E402
from eventwire.store.duckdb_store import Store  # noqa: E402


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime + c.ru_utime + c.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles (default 100,000)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", metavar="DIR", help="write the corpus and database here and keep them")
    args = ap.parse_args()

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ew-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    corpus = root / "corpus.jsonl"
    db = root / "bench.duckdb"
    if db.exists():
        db.unlink()
    words = 0
    with open(corpus, "w", encoding="utf-8") as handle:
        for art in articles(args.n, seed=args.seed, days=max(30, args.n // 150)):
            words += len(art.text.split())
            handle.write(json.dumps({"id": art.id, "date": art.date.isoformat(), "text": art.text,
                                     "title": art.title, "url": art.url, "source": art.source}) + "\n")
    print(f"corpus: {args.n:,} articles, {words / args.n:.0f} words on average -> {corpus}")

    rejects: list[Reject] = []
    items = (x for x in read_inputs([str(corpus)]) if not isinstance(x, Reject) or rejects.append(x))
    settings = Settings.from_env(db_path=db)
    t0, c0 = time.perf_counter(), cpu_s()
    summary = ingest(items, settings, workers=args.workers, dedup=False)
    t1, c1 = time.perf_counter(), cpu_s()
    print(f"ingest: {summary.articles_written:,} articles, {summary.events_written:,} events in {t1 - t0:.1f} s "
          f"-> {summary.articles_written / (t1 - t0):.1f} articles/s wall, "
          f"{summary.articles_written / max(c1 - c0, 1e-9):.1f} articles per CPU-second "
          f"(workers {args.workers}, model load included)")

    with Store(db) as store:
        t2 = time.perf_counter()
        incremental = refresh(store)
        t3 = time.perf_counter()
        full = refresh(store, full=True)
        t4 = time.perf_counter()
        counts = store.cluster_counts()
    print(f"dedup: incremental pass (what ingest runs) {t3 - t2:.2f} s over {incremental.events:,} events; "
          f"full recompute {t4 - t3:.2f} s; {counts['events']:,} events -> {counts['clusters']:,} "
          f"real-world events ({counts['merged_events']:,} merged)")
    print(f"peak RSS {peak_rss_mb():,.0f} MB; database {db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

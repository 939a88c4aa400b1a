"""Benchmark: dedup over synthetic events (default 1M), and the merge quality on the test corpus.

    .venv/bin/python bench/dedup_bench.py [--n 1000000] [--seed 7]

Builds the Event records directly (no NLP): a fictional world of 40 countries,
real-world events reported by 1-5 outlets each plus near-misses
(:mod:`eventwire.dedup.synthetic`), then times signatures + clustering and the
merge of the multi-member clusters, and prints peak RSS and pairwise
precision/recall against the known truth.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventwire.dedup import clusters, merge_records, of_event  # noqa: E402
from eventwire.dedup.synthetic import corpus, pair_scores  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="about how many events (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    small, truth = corpus(seed=args.seed)
    scores = pair_scores(clusters(of_event(e) for e in small), truth)
    print(f"test corpus: {len(small)} events, {scores['true_pairs']} true duplicate pairs; "
          f"pairwise precision {scores['precision']:.3f}, recall {scores['recall']:.3f}, F1 {scores['f1']:.3f}")

    t0 = time.perf_counter()
    happenings = max(1, round(args.n / 3.1))
    days = max(30, happenings // 250)
    events, truth = corpus(seed=args.seed, events=happenings, countries=40, admin1=10, towns=30, days=days)
    t1 = time.perf_counter()
    print(f"generated {len(events):,} events ({happenings:,} real-world events over {days} days) "
          f"in {t1 - t0:.1f} s")

    t2 = time.perf_counter()
    sigs = [s for s in (of_event(e) for e in events) if s is not None]
    t3 = time.perf_counter()
    groups = clusters(sigs)
    t4 = time.perf_counter()
    by_id = {e.event_id: e for e in events}
    merged = 0
    for g in groups:
        if len(g) > 1:
            merge_records([by_id[x].to_dict() for x in g])
            merged += 1
    t5 = time.perf_counter()
    scores = pair_scores(groups, truth)
    print(f"dedup of {len(events):,} events -> {len(groups):,} events ({merged:,} merged from several)")
    print(f"  signatures {t3 - t2:.1f} s, clustering {t4 - t3:.1f} s, merging {t5 - t4:.1f} s; "
          f"total {t5 - t2:.1f} s ({len(events) / (t5 - t2):,.0f} events/s)")
    print(f"  pairwise precision {scores['precision']:.3f}, recall {scores['recall']:.3f}")
    print(f"  peak RSS {peak_rss_mb():,.0f} MB (generation included)")


if __name__ == "__main__":
    main()

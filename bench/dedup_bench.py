"""Benchmark: dedup over synthetic events (default 1M), its merge quality, and false merges on real records.

    .venv/bin/python bench/dedup_bench.py [--n 1000000] [--seed 7]
        [--real FILE.jsonl ...] [--system DIR] [--db-dir DIR] [--text] [--sweep 3.5,4,4.5]

1. The 900-event test corpus of ``tests/test_dedup.py``: pairwise precision and recall.
2. ``--n`` synthetic events built directly (no NLP): a fictional world of 40
   countries, real-world events reported by 1-5 outlets each plus near-misses
   (:mod:`eventwire.dedup.synthetic`); signatures, clustering and merge time,
   peak RSS and pairwise precision/recall against the known truth (``--n 0`` skips it).
3. ``--real``: files of distinct records (one line = one article = one distinct
   event, e.g. ACLED-style notes), where any merge between two records is false.
   Each file is ingested as articles into a DuckDB file (``--db-dir``, kept and
   reused when it exists; a temporary folder by default), dedup runs over the store,
   and the pairs of records whose events share a cluster are counted (an event
   goes back to its record through its article id), with the outlets as stored
   and with the outlets unknown (the one-outlet rules off).  ``--system DIR``
   reads the events of ``DIR/<name>.system.jsonl`` (contract records, e.g. saved by
   an earlier run) instead of ingesting.
4. ``--rewrites FILE`` (default ``bench/data/dedup_rewrites.jsonl``): our own short
   articles, each event told by one to three outlets in their own words (``group``
   names the event), plus distinct events of the same places and days; ingested with
   the real pipeline, then pairwise precision/recall over articles (``--rewrites ''``
   skips it).
5. ``--text``: how well each text similarity separates duplicates from distinct
   events among the candidate pairs: TF-IDF cosine (scikit-learn, the one dedup
   uses), MinHash Jaccard (datasketch, when installed) and rapidfuzz ratios.
6. ``--sweep``: synthetic precision/recall and false record pairs per threshold.
"""
from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eventwire.dedup.cluster as cluster_mod  # noqa: E402
from eventwire.dedup import clusters, merge_records, of_event, of_record  # noqa: E402
from eventwire.dedup.synthetic import corpus, pair_scores  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def false_pairs(groups, record_of: dict[str, str]) -> tuple[int, int]:
    """(pairs of distinct records sharing a cluster, clusters joining distinct records)."""
    pairs = joined = 0
    for g in groups:
        recs = [record_of[e] for e in g]
        n = sum(1 for a, b in itertools.combinations(recs, 2) if a != b)
        pairs += n
        joined += n > 0
    return pairs, joined


def real_signatures(path: Path, system_dir: Path | None, db_dir: Path) -> tuple[list, dict, object | None]:
    """Signatures of the events of one real file, each event's record (article) id, and the
    store's text weights (None when read from system records)."""
    if system_dir is not None:
        recs = [json.loads(line) for line in open(system_dir / f"{path.stem}.system.jsonl", encoding="utf-8")]
        return [s for s in map(of_record, recs) if s], {r["event_id"]: r["article_id"] for r in recs}, None
    from eventwire.dedup.store import refresh, signature_of_row, store_text_models
    from eventwire.ingest.readers import read_inputs
    from eventwire.ingest.service import ingest
    from eventwire.records import Reject
    from eventwire.settings import Settings
    from eventwire.store.duckdb_store import Store

    db = db_dir / f"{path.stem}.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        articles = (a for a in read_inputs([str(path)]) if not isinstance(a, Reject))
        ingest(articles, Settings.from_env(db_path=db), dedup=False)
        print(f"  ingested {path.name} in {time.perf_counter() - t0:.0f} s -> {db}")
    with Store(db) as store:
        refresh(store, full=True)
        rows = store.dedup_rows(None)
        record_of = dict(store.con.execute("SELECT event_id, article_id FROM events").fetchall())
        sigs = [s for s in map(signature_of_row, rows) if s is not None]
        return sigs, record_of, store_text_models(store.con, sigs)


def real_check(paths: list[Path], system_dir: Path | None, db_dir: Path) -> dict:
    loaded = {}
    print("false merges among distinct records (pairs of records in one cluster; with the outlets as "
          "stored / with the outlets unknown):")
    for path in paths:
        sigs, record_of, model = real_signatures(path, system_dir, db_dir)
        loaded[path.stem] = (sigs, record_of, model)
        records = len(set(record_of.values()))
        with_outlets = cluster_mod.cluster(sigs, model=model)
        bare = cluster_mod.cluster([dataclasses.replace(s, outlets=frozenset(), outlet_days=frozenset()) for s in sigs], model=model)
        pairs, joined = false_pairs(with_outlets.groups, record_of)
        pairs_bare, _ = false_pairs(bare.groups, record_of)
        print(f"  {path.stem}: {records:,} records, {len(sigs):,} events -> {len(with_outlets.groups):,}; "
              f"{joined} clusters join distinct records, {pairs} false pairs ({pairs / records:.2%} of "
              f"the records) / {pairs_bare} with the outlets unknown; {len(with_outlets.possible)} "
              f"possible duplicates kept apart")
    return loaded


def rewrites_check(path: Path, db_dir: Path) -> None:
    from eventwire.dedup.store import refresh
    from eventwire.ingest.readers import read_inputs
    from eventwire.ingest.service import ingest
    from eventwire.records import Reject
    from eventwire.settings import Settings
    from eventwire.store.duckdb_store import Store

    group = {}
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        group[rec["id"]] = rec["group"]
    db = db_dir / "rewrites.duckdb"
    db.unlink(missing_ok=True)
    ingest((a for a in read_inputs([str(path)]) if not isinstance(a, Reject)), Settings.from_env(db_path=db),
           dedup=False)
    with Store(db) as store:
        refresh(store, full=True)
        rows = store.con.execute("SELECT e.article_id, c.cluster_id FROM events e JOIN event_clusters c "
                                 "ON c.event_id = e.event_id").fetchall()
    coded = {a for a, _ in rows}
    members: dict[str, set[str]] = {}
    for article, cid in rows:
        members.setdefault(cid, set()).add(article)
    predicted = {tuple(sorted(p)) for m in members.values() for p in itertools.combinations(m, 2)}
    truth = {tuple(sorted((a, b))) for a, b in itertools.combinations(sorted(coded), 2) if group[a] == group[b]}
    hit = len(predicted & truth)
    print(f"rewrites ({path.name}): {len(group)} articles of {len(set(group.values()))} events, {len(coded)} "
          f"coded; {len(truth)} true pairs of articles, {len(predicted)} merged, {hit} right: precision "
          f"{hit / len(predicted) if predicted else 1:.3f}, recall {hit / len(truth) if truth else 1:.3f}")
    for pair in sorted(truth - predicted):
        print(f"  missed {pair[0]} + {pair[1]}")
    for pair in sorted(predicted - truth):
        print(f"  false  {pair[0]} + {pair[1]}")


def text_check(loaded: dict) -> None:
    import numpy as np
    from rapidfuzz import fuzz

    try:
        from datasketch import MinHash
    except ImportError:
        MinHash = None

    def measures(sigs, label):
        sigs = sorted(sigs, key=lambda s: s.event_id)
        pairs = [(a, b, label(a, b)) for a, b in cluster_mod.candidate_pairs(sigs)
                 if a.text and b.text and not a.articles & b.articles]
        model = cluster_mod.text_model(sigs)
        out = {"tfidf": model.similarities([(min(a.day, b.day), a.text, b.text) for a, b, _ in pairs]),
               "token_set": [fuzz.token_set_ratio(a.text, b.text) / 100 for a, b, _ in pairs],
               "token_sort": [fuzz.token_sort_ratio(a.text, b.text) / 100 for a, b, _ in pairs]}
        if MinHash is not None:
            hashes = {}
            for t in {s.text for a, b, _ in pairs for s in (a, b)}:
                m = MinHash(num_perm=64)
                for w in set(t.split()):
                    m.update(w.encode())
                hashes[t] = m
            out["minhash"] = [hashes[a.text].jaccard(hashes[b.text]) for a, b, _ in pairs]
        return {k: np.array([x or 0.0 for x in v]) for k, v in out.items()}, np.array([y for _, _, y in pairs])

    events, truth = corpus(seed=7)
    syn, labels = measures([of_event(e) for e in events], lambda a, b: truth[a.event_id] == truth[b.event_id])
    real = {name: measures(sigs, lambda a, b: record_of[a.event_id] == record_of[b.event_id])[0]
            for name, (sigs, record_of, _) in loaded.items()}
    print("text similarity of candidate pairs: cut = the value keeping 90% of the synthetic duplicates; "
          "share of distinct pairs at or above it")
    for m in syn:
        pos, neg = syn[m][labels], syn[m][~labels]
        auc = float(np.mean([(p > n) + 0.5 * (p == n) for p in pos for n in neg[:2000]]))
        cut = float(np.quantile(pos, 0.10))
        line = f"  {m:10s} synthetic AUC {auc:.3f}, cut {cut:.2f}: synthetic distinct {np.mean(neg >= cut):.3f}"
        for name, vals in real.items():
            line += f", {name} {np.mean(vals[m] >= cut):.3f}"
        print(line)


def sweep_check(loaded: dict, thresholds: list[float]) -> None:
    events, truth = corpus(seed=7, events=1000)
    sigs = [of_event(e) for e in events]
    keep = cluster_mod.THRESHOLD
    try:
        for t in thresholds:
            cluster_mod.THRESHOLD = t
            s = pair_scores(clusters(sigs), truth)
            line = f"  threshold {t}: synthetic precision {s['precision']:.3f} recall {s['recall']:.3f}"
            for name, (real, record_of, model) in loaded.items():
                line += f"; {name} {false_pairs(cluster_mod.cluster(real, model=model).groups, record_of)[0]}"
            print(line)
    finally:
        cluster_mod.THRESHOLD = keep


def synthetic_scale(n: int, seed: int) -> None:
    t0 = time.perf_counter()
    happenings = max(1, round(n / 3.1))
    days = max(30, happenings // 250)
    events, truth = corpus(seed=seed, events=happenings, countries=40, admin1=10, towns=30, days=days)
    t1 = time.perf_counter()
    print(f"generated {len(events):,} events ({happenings:,} real-world events over {days} days) "
          f"in {t1 - t0:.1f} s")
    t2, c2 = time.perf_counter(), time.process_time()
    sigs = [s for s in (of_event(e) for e in events) if s is not None]
    t3, c3 = time.perf_counter(), time.process_time()
    groups = clusters(sigs)
    t4, c4 = time.perf_counter(), time.process_time()
    by_id = {e.event_id: e for e in events}
    merged = 0
    for g in groups:
        if len(g) > 1:
            merge_records([by_id[x].to_dict() for x in g])
            merged += 1
    t5, c5 = time.perf_counter(), time.process_time()
    scores = pair_scores(groups, truth)
    print(f"dedup of {len(events):,} events -> {len(groups):,} events ({merged:,} merged from several)")
    print(f"  signatures {t3 - t2:.1f} s, clustering {t4 - t3:.1f} s, merging {t5 - t4:.1f} s; "
          f"total {t5 - t2:.1f} s ({len(events) / (t5 - t2):,.0f} events/s)")
    print(f"  CPU time: signatures {c3 - c2:.1f} s, clustering {c4 - c3:.1f} s, merging {c5 - c4:.1f} s; "
          f"total {c5 - c2:.1f} s (load average {os.getloadavg()[0]:.1f})")
    print(f"  pairwise precision {scores['precision']:.3f}, recall {scores['recall']:.3f}")
    print(f"  peak RSS {peak_rss_mb():,.0f} MB (generation included)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="about how many events (default 1,000,000; 0: none)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--real", nargs="*", default=[], metavar="FILE",
                    help="JSONL files of distinct records (id, date, text, source) to count false merges on")
    ap.add_argument("--system", metavar="DIR", help="read <name>.system.jsonl events from DIR instead of ingesting")
    ap.add_argument("--db-dir", metavar="DIR", help="keep (and reuse) the DuckDB file of each real file here")
    ap.add_argument("--rewrites", default=str(Path(__file__).parent / "data" / "dedup_rewrites.jsonl"),
                    metavar="FILE", help="own articles told by several outlets ('' to skip)")
    ap.add_argument("--text", action="store_true", help="compare text similarities (TF-IDF, MinHash, rapidfuzz)")
    ap.add_argument("--sweep", metavar="T,T,...", help="thresholds to report precision/recall and false pairs at")
    args = ap.parse_args()

    small, truth = corpus(seed=args.seed)
    scores = pair_scores(clusters(of_event(e) for e in small), truth)
    print(f"test corpus: {len(small)} events, {scores['true_pairs']} true duplicate pairs; "
          f"pairwise precision {scores['precision']:.3f}, recall {scores['recall']:.3f}, F1 {scores['f1']:.3f} "
          f"(weights {cluster_mod.load_weights()['version']}, threshold {cluster_mod.THRESHOLD})")
    loaded: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        db_dir = Path(args.db_dir) if args.db_dir else Path(tmp)
        db_dir.mkdir(parents=True, exist_ok=True)
        if args.rewrites:
            rewrites_check(Path(args.rewrites), db_dir)
        if args.real:
            loaded = real_check([Path(p) for p in args.real], Path(args.system) if args.system else None,
                                db_dir)
    if args.text:
        text_check(loaded)
    if args.sweep:
        sweep_check(loaded, [float(x) for x in args.sweep.split(",")])
    if args.n:
        synthetic_scale(args.n, args.seed)


if __name__ == "__main__":
    main()

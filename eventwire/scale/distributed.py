"""Code a corpus on a Dask cluster, partition by partition, into Parquet.

    from eventwire.scale.distributed import run_distributed
    summary = run_distributed(["news/"], "out/", workers=2)          # a LocalCluster
    summary = run_distributed(["news/"], "out/", scheduler="tcp://head:8786")

The client reads the input (rejects stay on the client), cuts it into
partitions of ``partition_size`` articles in input order and submits each to
the cluster; a worker codes a partition with ``Pipeline.run`` — the function a
single-machine run maps over the same articles — loading the model once per
worker process.  The client writes each partition's articles and events as
Parquet into ``out`` as it comes back (the workers need no shared filesystem),
then the rejects and, last, ``manifest.json``.  At most ``in_flight`` partitions
per worker thread are submitted and not yet written, so memory stays bounded
whatever the corpus size.
"""
from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import ResourceError, UsageError
from ..parallel import batches
from ..records import Article, Reject
from ..settings import Settings
from . import partitions as parts

_LOCK = threading.Lock()
_PIPES: dict[tuple, Any] = {}


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    rejects: int = 0
    partitions: int = 0
    workers: int = 0
    seconds: float = 0.0


def _pipeline(spacy_model: str, stages: tuple[str, ...], model_dir: str | None = None,
              model_threshold: float | None = None):
    """This worker process's pipeline, built on first use.  Paths (data, cache) are the worker's own;
    a trained model (``--model``) is read from ``model_dir`` on the worker."""
    key = (spacy_model, stages, model_dir, model_threshold)
    with _LOCK:
        pipe = _PIPES.get(key)
        if pipe is None:
            from ..pipeline import Pipeline
            pipe = Pipeline(Settings.from_env(spacy_model=spacy_model, stages=stages,
                                              model_dir=Path(model_dir) if model_dir else None,
                                              model_threshold=model_threshold))
            _PIPES[key] = pipe
        return pipe


def code_partition(index: int, articles: Sequence[Article], spacy_model: str, stages: tuple[str, ...],
                   model_dir: str | None = None, model_threshold: float | None = None
                   ) -> tuple[int, dict[str, str], list[list[dict[str, Any]]]]:
    """The task a worker runs: (partition index, coder versions, event rows per article)."""
    pipe = _pipeline(spacy_model, stages, model_dir, model_threshold)
    with _LOCK:  # one partition at a time per process: spaCy and the caches are not shared between threads
        results = list(pipe.run(articles))
    return index, pipe.versions, [[parts.event_row(e, 0, k) for k, e in enumerate(r.events)] for r in results]


def _client(scheduler: str | None, workers: int):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ResourceError("run-distributed needs Dask; install it with "
                            "`pip install 'eventwire[distributed]'`") from exc
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def run_distributed(articles: Iterable[Article], out: str | Path, *, settings: Settings | None = None,
                    rejects: list[Reject] | None = None, scheduler: str | None = None, workers: int = 2,
                    partition_size: int = 256, in_flight: int = 2,
                    on_partition: Callable[[int], None] | None = None,
                    now: Callable[[], float] | None = None) -> RunSummary:
    """Code ``articles`` on a Dask cluster into the Parquet folder ``out``.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without
    it a LocalCluster of ``workers`` single-threaded processes is started and
    stopped.  ``rejects`` is the list the reader appends to while ``articles`` is
    consumed; it is written to ``rejects.parquet`` at the end.
    """
    import time

    from ..pipeline import Pipeline
    from ..store.duckdb_store import content_hash

    clock = now or time.perf_counter
    settings = settings or Settings.from_env()
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty; pass a new folder to --out (or delete the old run first)")
    out.mkdir(parents=True, exist_ok=True)
    versions = Pipeline(settings).versions
    rejects = rejects if rejects is not None else []
    summary = RunSummary()
    t0 = clock()
    client, cluster = _client(scheduler, workers)
    try:
        from dask.distributed import as_completed
        summary.workers = sum(client.nthreads().values())
        limit = max(2, summary.workers * in_flight)
        run_key = uuid.uuid4().hex[:12]
        held: dict[int, list[tuple[int, Article, str]]] = {}
        done = as_completed()
        running = 0

        def collect(future) -> None:
            index, worker_versions, rows = future.result()
            if worker_versions != versions:
                raise UsageError(f"a worker codes with other versions than this client ({worker_versions} "
                                 f"vs {versions}); install the same eventwire on the client and every worker")
            items = held.pop(index)
            for (pos, _, _), evs in zip(items, rows, strict=True):
                for r in evs:
                    r["position"] = pos
            parts.write_partition(out, index, items, rows)
            summary.events += sum(len(r) for r in rows)
            future.release()
            if on_partition:
                on_partition(len(items))

        position = 0
        for index, part in enumerate(batches(articles, partition_size)):
            held[index] = [(position + k, a, content_hash(a, versions)) for k, a in enumerate(part)]
            position += len(part)
            done.add(client.submit(code_partition, index, part, settings.spacy_model, settings.stages,
                                   str(settings.model_dir) if settings.model_dir else None, settings.model_threshold,
                                   key=f"eventwire-{run_key}-{index}",
                                   pure=False))
            running += 1
            summary.partitions += 1
            while running >= limit:
                collect(next(done))
                running -= 1
        for future in done:
            collect(future)
        summary.articles = position
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    parts.write_rejects(out, rejects)
    summary.rejects = len(rejects)
    summary.seconds = clock() - t0
    parts.write_manifest(out, {"versions": versions, "partitions": summary.partitions,
                               "articles": summary.articles, "events": summary.events,
                               "rejects": summary.rejects, "partition_size": partition_size})
    return summary

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

The feed's country (:mod:`eventwire.feed`) is decided over the whole input, as
``ingest`` decides it: each task also returns which of its articles name no
country of their own and how many events their own text places in each country;
the client adds the counts up and, with ``auto`` and a country found, submits
those articles again, to the worker that coded them and kept their states, to be
coded in it from the place stage on, and rewrites their partitions' files.  The
events are the same whatever the partition size or the number of workers.
"""
from __future__ import annotations

import contextlib
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import ResourceError, UsageError
from ..feed import AUTO, NONE, Tally
from ..parallel import batches
from ..records import Article, FeedCountry, Reject
from ..settings import Settings
from . import partitions as parts

_LOCK = threading.Lock()
_PIPES: dict[tuple, Any] = {}
_KEPT: dict[str, dict] = {}  # per run key: the states this process kept in the first pass, for the second


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    rejects: int = 0
    partitions: int = 0
    workers: int = 0
    seconds: float = 0.0
    feed_country: str = AUTO  # the option: auto, none or an ISO3 code
    feed: dict | None = None  # the feed's country the run coded in (``FeedCountry.to_dict``), if any
    recoded: int = 0  # articles coded again in the feed's country found (second pass)
    recoded_from_kept: int = 0  # of those, the articles whose first pass's states their worker kept


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
                   model_dir: str | None = None, model_threshold: float | None = None,
                   feed: FeedCountry | None = None, run: str | None = None
                   ) -> tuple[int, dict[str, str], list[list[dict[str, Any]]], dict]:
    """The task a worker runs: (partition index, coder versions, event rows per article, feed facts).
    ``feed`` is the feed's country the partition is coded in (``Pipeline.run``).  With ``run`` (a run's
    key, for ``auto``) and no ``feed``, the states of the articles that name no country are kept in this
    process (up to ``KEPT_STATES``); with ``run`` and ``feed`` the articles are coded again in it, from
    the stage that reads it for those whose states are at hand (``Pipeline.recode``).  The feed facts:
    ``candidates`` (per article, ``Result.feed_candidate``), ``placed`` (events placed by their own
    text, per country), ``worker`` (this worker's address, with ``run``) and ``kept`` (the articles
    coded again from their kept states)."""
    from ..pipeline import KEPT_STATES

    pipe = _pipeline(spacy_model, stages, model_dir, model_threshold)
    at_hand = 0
    with _LOCK:  # one partition at a time per process: spaCy and the caches are not shared between threads
        if run is None:
            results = list(pipe.run(articles, feed=feed))
        elif feed is not None:
            states = _KEPT.get(run, {})
            at_hand = sum(a in states for a in articles)
            results = pipe.recode(list(articles), feed, states=states)
        else:
            results = list(pipe.run(articles, keep=True))
            kept = _KEPT.setdefault(run, {})
            for art, st in pipe.take_kept().items():
                if len(kept) < KEPT_STATES:
                    kept[art] = st
    tally = Tally()
    for r in results:
        tally.add(r)
    facts = {"candidates": [r.feed_candidate for r in results], "placed": dict(tally.placed),
             "worker": _worker_address() if run else None, "kept": at_hand}
    return index, pipe.versions, [[parts.event_row(e, 0, k) for k, e in enumerate(r.events)] for r in results], facts


def _worker_address() -> str | None:
    try:
        from dask.distributed import get_worker
        return get_worker().address
    except (ImportError, ValueError):
        return None


def forget(run: str) -> None:
    """Drop the states this worker process kept for ``run``."""
    with _LOCK:
        _KEPT.pop(run, None)


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


class _Tasks:
    """Partitions submitted to the cluster, at most ``limit`` not yet collected; ``collect`` gets each
    task's result as it comes back."""

    def __init__(self, client, settings: Settings, versions: dict[str, str], limit: int, collect: Callable):
        from dask.distributed import as_completed
        self.client, self.versions, self.limit, self.collect = client, versions, limit, collect
        self.args = (settings.spacy_model, settings.stages, str(settings.model_dir) if settings.model_dir else None,
                     settings.model_threshold)
        self.done, self.running, self.key, self.n = as_completed(), 0, uuid.uuid4().hex[:12], 0

    def submit(self, index: int, articles: list[Article], feed: FeedCountry | None, run: str | None = None,
               where: str | None = None) -> None:
        """Submit a partition; ``where`` is the worker it should run on (another one if that one is gone)."""
        placed = {"workers": [where], "allow_other_workers": True} if where else {}
        self.done.add(self.client.submit(code_partition, index, articles, *self.args, feed, run,
                                         key=f"eventwire-{self.key}-{self.n}", pure=False, **placed))
        self.n += 1
        self.running += 1
        while self.running >= self.limit:
            self._take(next(self.done))

    def finish(self) -> None:
        for future in self.done:
            self._take(future)

    def _take(self, future) -> None:
        index, worker_versions, rows, facts = future.result()
        future.release()
        self.running -= 1
        if worker_versions != self.versions:
            raise UsageError(f"a worker codes with other versions than this client ({worker_versions} "
                             f"vs {self.versions}); install the same eventwire on the client and every worker")
        self.collect(index, rows, facts)


class _Run:
    """One run's client side: the partitions written as they come back (first pass), the feed's country
    counted over the whole collection, and with ``auto`` the candidates coded again in it (second pass)."""

    def __init__(self, out: Path, versions: dict[str, str], feed_country: str, summary: RunSummary,
                 on_partition: Callable[[int], None] | None):
        self.out, self.versions, self.feed_country, self.summary = out, versions, feed_country, summary
        self.on_partition = on_partition
        self.hashed = versions if feed_country == NONE else {**versions, "feed_country": feed_country}
        self.given = None if feed_country in (AUTO, NONE) else FeedCountry(feed_country, given=True)
        self.held: dict[int, list[tuple[int, Article, str]]] = {}
        self.candidates: dict[int, list[tuple[int, Article]]] = {}
        self.worker: dict[int, str] = {}  # the worker that coded a partition holding candidates (and kept them)
        self.tally = Tally()
        self.key = uuid.uuid4().hex[:12] if feed_country == AUTO else None  # the key of the states kept

    def first(self, tasks: _Tasks, articles: Iterable[Article], partition_size: int, content_hash) -> None:
        position = 0
        for index, part in enumerate(batches(articles, partition_size)):
            self.held[index] = [(position + k, a, content_hash(a, self.hashed)) for k, a in enumerate(part)]
            position += len(part)
            self.summary.partitions += 1
            tasks.submit(index, part, self.given, self.key)
        tasks.finish()
        self.summary.articles = position

    def collect_first(self, index: int, rows: list[list[dict[str, Any]]], facts: dict) -> None:
        items = self.held.pop(index)
        for (pos, _, _), evs in zip(items, rows, strict=True):
            for r in evs:
                r["position"] = pos
        parts.write_partition(self.out, index, items, rows)
        self.summary.events += sum(len(r) for r in rows)
        self.tally.placed.update(facts["placed"])
        if self.feed_country == AUTO:
            picked = [(pos, a) for (pos, a, _), c in zip(items, facts["candidates"], strict=True) if c]
            if picked:
                self.candidates[index] = picked
                self.worker[index] = facts["worker"]
        if self.on_partition:
            self.on_partition(len(items))

    def second(self, tasks: _Tasks) -> FeedCountry | None:
        """With ``auto``: the collection's feed country, and its candidates coded again in it (each
        partition's candidates as one task) and their rows replaced in their partition's files."""
        feed = self.tally.feed() if self.feed_country == AUTO else self.given
        if self.feed_country != AUTO or feed is None:
            return feed
        for index in sorted(self.candidates):
            tasks.submit(index, [a for _, a in self.candidates[index]], feed, self.key, self.worker.get(index))
        tasks.finish()
        return feed

    def collect_second(self, index: int, rows: list[list[dict[str, Any]]], facts: dict) -> None:
        picked = self.candidates.pop(index)
        replaced = {}
        for (pos, _), evs in zip(picked, rows, strict=True):
            for r in evs:
                r["position"] = pos
            replaced[pos] = evs
        self.summary.events += parts.replace_articles(self.out, index, replaced)
        self.summary.recoded += len(picked)
        self.summary.recoded_from_kept += facts["kept"]


def run_distributed(articles: Iterable[Article], out: str | Path, *, settings: Settings | None = None,
                    rejects: list[Reject] | None = None, scheduler: str | None = None, workers: int = 2,
                    partition_size: int = 256, in_flight: int = 2,
                    on_partition: Callable[[int], None] | None = None,
                    now: Callable[[], float] | None = None, feed_country: str = AUTO) -> RunSummary:
    """Code ``articles`` on a Dask cluster into the Parquet folder ``out``.

    ``scheduler`` is the address of a running scheduler (``tcp://host:8786``); without
    it a LocalCluster of ``workers`` single-threaded processes is started and
    stopped.  ``rejects`` is the list the reader appends to while ``articles`` is
    consumed; it is written to ``rejects.parquet`` at the end.  ``feed_country``
    (``auto``, ``none`` or an ISO3 code, :func:`eventwire.feed.option`) is the feed's
    country, decided over the whole input as ``ingest`` does.
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
    summary = RunSummary(feed_country=feed_country)
    t0 = clock()
    run = _Run(out, versions, feed_country, summary, on_partition)
    client, cluster = _client(scheduler, workers)
    try:
        summary.workers = sum(client.nthreads().values())
        limit = max(2, summary.workers * in_flight)
        run.first(_Tasks(client, settings, versions, limit, run.collect_first), articles, partition_size,
                  content_hash)
        feed = run.second(_Tasks(client, settings, versions, limit, run.collect_second))
        summary.feed = feed.to_dict() if feed is not None else None
    finally:
        if run.key is not None:
            with contextlib.suppress(Exception):  # (a worker gone drops its states anyway)
                client.run(forget, run.key)
        client.close()
        if cluster is not None:
            cluster.close()
    parts.write_rejects(out, rejects)
    summary.rejects = len(rejects)
    summary.seconds = clock() - t0
    parts.write_manifest(out, {"versions": versions, "partitions": summary.partitions,
                               "articles": summary.articles, "events": summary.events,
                               "rejects": summary.rejects, "partition_size": partition_size,
                               "feed_country": feed_country, "feed": summary.feed,
                               "recoded": summary.recoded, "recoded_from_kept": summary.recoded_from_kept})
    return summary

"""Several worker processes, each loading the model once, over a stream of articles.

The input is consumed in the calling thread, a bounded number of batches at a
time: a corpus larger than memory streams through, and a generator that reads
from a database connection (as ``ingest`` does to skip unchanged articles) is
never iterated from another thread.
"""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Iterable, Iterator

from .records import Article, FeedCountry
from .settings import Settings

_PIPE = None


def _init(settings: Settings, kw: dict) -> None:
    global _PIPE
    from .pipeline import Pipeline
    _PIPE = Pipeline(settings, **kw)


def _work(batch: list[Article], feed: FeedCountry | None = None):
    return list(_PIPE.run(batch, feed=feed))


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """The articles in lists of ``size`` (the last may be shorter), in input order, read as they are needed."""
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_parallel(articles: Iterable[Article], workers: int, settings: Settings, batch_size: int = 16,
                 in_flight: int = 3, feed: FeedCountry | None = None, **kw):
    """Results in input order, computed by ``workers`` processes.

    Each worker builds one :class:`~eventwire.pipeline.Pipeline` (so loads the
    model once) and codes ``batch_size`` articles per task; at most
    ``in_flight`` batches per worker are queued or running at any time.
    ``feed`` is the feed's country (``Pipeline.run``).
    """
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(settings, kw)) as pool:
        pending: deque = deque()
        limit = max(1, workers * in_flight)
        for batch in batches(articles, batch_size):
            pending.append(pool.apply_async(_work, (batch, feed)))
            while len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

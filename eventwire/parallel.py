"""Several worker processes, each loading the model once, over a stream of articles."""
from __future__ import annotations

import multiprocessing as mp
from typing import Iterable, Iterator

from .records import Article
from .settings import Settings

_PIPE = None


def _init(settings: Settings, kw: dict) -> None:
    global _PIPE
    from .pipeline import Pipeline
    _PIPE = Pipeline(settings, **kw)


def _work(batch: list[Article]):
    return list(_PIPE.run(batch))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_parallel(articles: Iterable[Article], workers: int, settings: Settings, batch_size: int = 16, **kw):
    """Results in input order, computed by ``workers`` processes."""
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init, initargs=(settings, kw)) as pool:
        for results in pool.imap(_work, _batches(articles, batch_size)):
            yield from results

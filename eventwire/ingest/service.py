"""Extract and store: the library side of ``eventwire ingest``.

Articles are written a batch at a time, each batch in one transaction, so a run
stopped at any moment (``kill -9`` included) leaves every article either fully
stored or not at all; the next run skips the articles whose content hash (text,
metadata and coder versions) is unchanged.  After storing, dedup re-clusters
the events around the dates of every event not yet deduplicated, so a run that
was killed before its dedup is caught up by the next one.

The articles coded in one run are one feed (:mod:`eventwire.feed`): with ``auto``, an article whose
own text names no country is stored at once but marked as waiting (its content hash holds
``waiting``), and stored again, coded in the feed's country when the run's articles have one, once
all are coded; a run stopped before then codes the waiting articles again next time.  The
``feed_country`` option is part of every content hash (``none`` hashes as the coder versions
alone; ``run-distributed`` hashes as ``ingest`` with the same option), so a run with another option
codes the articles again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..records import Article, FeedCountry, Reject
from ..settings import Settings


UNCHANGED_KEPT = 50


@dataclass
class IngestSummary:
    articles_seen: int = 0
    articles_written: int = 0
    articles_unchanged: int = 0
    events_written: int = 0
    new_events: list[dict] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)  # the first articles skipped as already stored
    run_id: str = ""
    dedup: dict | None = None


def ingest(articles: Iterable[Article], settings: Settings, *, rejects: list[Reject] | None = None,
           workers: int = 1, argv: list[str] | None = None,
           on_article: Callable[[int], None] | None = None,
           now: Callable[[], dt.datetime] | None = None, batch_size: int = 64,
           dedup: bool = True, feed_country: str = "auto") -> IngestSummary:
    """Code ``articles`` and store them in the DuckDB file of ``settings``.

    ``rejects`` is a list the reader appends to while ``articles`` is consumed; its
    records are stored at the end of the run (and were reported as they came).
    Articles are written ``batch_size`` at a time, each batch in one transaction.
    With ``dedup`` the events around the new ones are then re-clustered
    (:func:`eventwire.dedup.store.refresh`) and the dedup version is added to the run.
    The run's articles are one feed (:mod:`eventwire.feed`); content hashes hold ``feed_country``.
    """
    from ..feed import AUTO, NONE, Tally, runners
    from ..pipeline import Pipeline
    from ..store.duckdb_store import Store, content_hash

    clock = now or (lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))
    pipe = Pipeline(settings)
    versions = pipe.versions
    summary = IngestSummary()
    rejects = rejects if rejects is not None else []
    with Store(settings.db_path) as store:
        run_id = store.start_run(versions, argv or [], started_at=clock())
        summary.run_id = run_id
        hashes: dict[str, str] = {}
        hashed = versions if feed_country == "none" else {**versions, "feed_country": feed_country}

        def todo() -> Iterator[Article]:
            seen_in_run: set[str] = set()
            for art in articles:
                summary.articles_seen += 1
                h = content_hash(art, hashed)
                if art.id in seen_in_run or store.article_state(art.id) == h:
                    summary.articles_unchanged += 1
                    if len(summary.unchanged_ids) < UNCHANGED_KEPT:
                        summary.unchanged_ids.append(art.id)
                    if on_article:
                        on_article(1)
                    continue
                seen_in_run.add(art.id)
                hashes[art.id] = h
                yield art

        run, recode = runners(settings, workers, pipe=pipe)
        given = None if feed_country in (AUTO, NONE) else FeedCountry(feed_country, given=True)
        out = _Batches(store, run_id, clock, summary, batch_size)
        tally, waiting = Tally(), []
        for res in run(todo(), given, feed_country == AUTO):
            chash = hashes.pop(res.article.id)
            tally.add(res)
            if feed_country == AUTO and res.feed_candidate:
                # stored now as waiting for the feed's country: a run stopped before its end codes it again
                waiting.append((res, chash))
                out.add(res, content_hash(res.article, {**hashed, "feed_country": "waiting"}), counted=False)
            else:
                out.add(res, chash)
            if on_article:
                on_article(1)
        out.flush()
        feed = tally.feed() if waiting else None
        again = recode([r.article for r, _ in waiting], feed) if feed else [r for r, _ in waiting]
        for res, (_, chash) in zip(again, waiting):
            out.add(res, chash)
        out.flush()
        store.save_rejects(rejects, run_id, at=clock())
        counts: dict = {"articles_seen": summary.articles_seen,
                        "articles_written": summary.articles_written,
                        "articles_unchanged": summary.articles_unchanged,
                        "events_written": summary.events_written,
                        "rejects": len(rejects)}
        if dedup:
            from ..dedup.store import refresh
            done = refresh(store)
            summary.dedup = counts["dedup"] = done.as_dict()
            store.add_run_versions(run_id, {"dedup": done.version})
        store.finish_run(run_id, counts, finished_at=clock())
    return summary


class _Batches:
    """Coded articles written ``batch_size`` at a time, each batch in one transaction; those written
    with ``counted`` are counted in the run's summary."""

    def __init__(self, store, run_id: str, clock, summary: IngestSummary, batch_size: int):
        self.store, self.run_id, self.clock, self.summary, self.size = store, run_id, clock, summary, batch_size
        self.pending: list = []

    def add(self, res, chash: str, counted: bool = True) -> None:
        self.pending.append((res, chash, counted))
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        rows = [(r.article, list(r.events), chash) for r, chash, _ in self.pending]
        for (res, _, counted), written in zip(self.pending, self.store.save_articles(rows, self.run_id,
                                                                                     ingested_at=self.clock())):
            if written and counted:
                self.summary.articles_written += 1
                self.summary.events_written += len(res.events)
                self.summary.new_events.extend(e.to_dict() for e in res.events)
        self.pending.clear()


def stored_events(settings: Settings, article_ids: list[str]) -> list[dict]:
    """Events already stored for ``article_ids`` (as coded before), in the contract's shape."""
    from ..store.duckdb_store import EventFilter, Store
    out: list[dict] = []
    with Store(settings.db_path, read_only=True) as store:
        for aid in article_ids:
            out.extend(store.events(EventFilter(article_id=aid), dedup=False))
    return out

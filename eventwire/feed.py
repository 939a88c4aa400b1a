"""The feed's country: the one country a collection of articles is about (``places.feed_country``).

A coder working through one country's sources (an ACLED country file, a national paper's feed) reads a
note that names only a village the map lacks, or no place at all, in that country.  The feed's country
is stated by the user (an ISO code), or found after coding the collection: when at least
``MIN_EVENTS`` events are placed by their own article's text and one country holds at least
``MIN_SHARE`` of them.  The articles whose own text names no country are then coded again in it
(:meth:`eventwire.pipeline.Pipeline.recode`: from the place stage on, their parse kept); the rest are
left as they were.  A single article or a mixed collection has no feed country.

    from eventwire.feed import code_feed
    for result in code_feed(articles, "auto", settings=settings):
        ...
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator

from .records import Article, FeedCountry
from .settings import Settings

AUTO = "auto"
NONE = "none"
MIN_EVENTS = 30  # events placed by their own text a collection needs before it can have a country
MIN_SHARE = 0.9  # the share of them one country must hold

Run = Callable[[Iterable[Article], "FeedCountry | None", bool], Iterable]
Recode = Callable[[list[Article], FeedCountry], list]


def option(value: str) -> str:
    """The ``--feed-country`` value: ``auto``, ``none``, or a country's ISO 3166 code (alpha-3 or
    alpha-2) or English name, as its alpha-3 code.  Raises ValueError with what to pass instead."""
    word = value.strip()
    if word.lower() in (AUTO, NONE):
        return word.lower()
    import pycountry

    try:
        return pycountry.countries.lookup(word).alpha_3
    except LookupError:
        raise ValueError(f"{value!r} is not a country; pass auto, none or an ISO 3166 code such as KEN") from None


class Tally:
    """The events placed by their own article's text, counted per country as results come."""

    def __init__(self):
        self.placed: Counter[str] = Counter()

    def add(self, result) -> None:
        if result.own_country:
            self.placed.update(e.location.iso3 for e in result.events if e.location is not None and e.location.iso3)

    def feed(self) -> FeedCountry | None:
        """The country of at least ``MIN_SHARE`` of the counted events, when there are at least
        ``MIN_EVENTS`` of them."""
        total = sum(self.placed.values())
        if total < MIN_EVENTS:
            return None
        iso3, n = min(self.placed.items(), key=lambda kv: (-kv[1], kv[0]))
        return FeedCountry(iso3, n, total) if n >= MIN_SHARE * total else None


def find(results) -> FeedCountry | None:
    """The collection's country from its first coding (see :class:`Tally`)."""
    tally = Tally()
    for r in results:
        tally.add(r)
    return tally.feed()


def code_feed(articles: Iterable[Article], country: str = AUTO, *, settings: Settings | None = None,
              workers: int = 1, run: Run | None = None, recode: Recode | None = None, **kw) -> Iterator:
    """Each article's :class:`~eventwire.pipeline.Result`, in input order, with the feed's country
    ``country`` (``auto``, ``none`` or an ISO3 code, see :func:`option`).  ``none`` and an ISO code
    stream; ``auto`` holds the collection's results until its end.  ``run(articles, feed, keep)`` and
    ``recode(articles, feed)`` code articles (default: a pipeline of ``settings``, or ``workers``
    processes; ``kw`` go to the pipeline)."""
    if run is None or recode is None:
        run, recode = runners(settings or Settings.from_env(), workers, **kw)
    if country == NONE:
        yield from run(articles, None, False)
        return
    if country != AUTO:
        yield from run(articles, FeedCountry(country, given=True), False)
        return
    results = list(run(articles, None, True))
    feed = find(results)
    todo = [i for i, r in enumerate(results) if r.feed_candidate] if feed is not None else []
    for i, again in zip(todo, recode([results[i].article for i in todo], feed) if todo else ()):
        results[i] = again
    yield from results


def runners(settings: Settings, workers: int = 1, pipe=None, **kw) -> tuple[Run, Recode]:
    """``run`` and ``recode`` over one pipeline (``pipe``, else a new one), or over ``workers``
    processes (a second pass starts its articles over: the workers' parses are not kept)."""
    if workers > 1:
        from .parallel import run_parallel

        def run(articles, feed, keep):
            return run_parallel(articles, workers, settings, feed=feed, **kw)

        def recode(articles, feed):
            return list(run_parallel(articles, workers, settings, feed=feed, **kw))
        return run, recode
    if pipe is None:
        from .pipeline import Pipeline
        pipe = Pipeline(settings, **kw)

    def run_one(articles, feed, keep):
        return pipe.run(articles, feed=feed, keep=keep)
    return run_one, pipe.recode

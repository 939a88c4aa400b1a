"""Registered pipeline stages with declared inputs and outputs.

A stage is a named, versioned callable over a batch of ``ArticleState`` records.  It
declares the state fields it reads (``requires``) and writes (``provides``); the
pipeline checks the wiring when it is assembled, before any text flows.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Callable

from .errors import PipelineError
from .records import Annotation, Article, Entity, Event, FeedCountry, TimeExpr, Toponym


@dataclass(frozen=True)
class ArticleState:
    """Everything known about one article, grown stage by stage."""

    article: Article
    sentences: tuple = ()
    hits: tuple = ()
    parsed: dict = field(default_factory=dict, compare=False, hash=False)  # sentence index -> spaCy Doc
    entities: tuple[Entity, ...] = ()
    dates: tuple[TimeExpr, ...] = ()
    toponyms: tuple[Toponym, ...] = ()
    actor_mentions: tuple = ()
    country_cues: tuple[tuple[str, int], ...] = ()  # (iso3, votes) from demonyms and actors
    toponym_rules: tuple[str, ...] = ()  # ids of the detection rules that dropped a span
    place_decisions: tuple[tuple[int, int, str], ...] = ()  # (start, end, place rule id) of re-read names
    candidates: tuple = ()
    # offsets of the riot words that were the forces' deeds, and of the words that name an arrest's charge
    set_aside: tuple = (frozenset(),) * 7
    casualties: tuple = ()
    claims: tuple = ()
    events: tuple[Event, ...] = ()
    # the feed's country, set by the caller for an article whose own text gives none (``places.feed_country``)
    feed: FeedCountry | None = None
    own_country: bool = True  # whether the article's own text says which country it is in

    def annotation(self) -> Annotation:
        return Annotation(self.article.id, self.toponyms, self.dates, self.entities, self.toponym_rules)


STATE_FIELDS = frozenset(f.name for f in fields(ArticleState))


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    fn: Callable[[list[ArticleState], Any], list[ArticleState]]


REGISTRY: dict[str, Stage] = {}


def stage(name: str, version: str, requires: tuple[str, ...], provides: tuple[str, ...]):
    """Register ``fn(states, context) -> states`` as the stage ``name``."""
    unknown = (set(requires) | set(provides)) - STATE_FIELDS
    if unknown:
        raise PipelineError(f"stage {name} names unknown state fields {sorted(unknown)}")

    def wrap(fn):
        REGISTRY[name] = Stage(name, version, tuple(requires), tuple(provides), fn)
        return fn
    return wrap


def assemble(names: tuple[str, ...]) -> list[Stage]:
    """Look up stages by name and check that each reads only what earlier stages wrote."""
    available = {"article", "feed"}  # (what the caller sets)
    out = []
    for name in names:
        if name not in REGISTRY:
            raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(sorted(REGISTRY))}")
        st = REGISTRY[name]
        missing = [r for r in st.requires if r not in available]
        if missing:
            raise PipelineError(f"stage {name} reads {missing}, which no earlier stage writes; "
                                f"put the stage that provides them before it in the settings' stage list")
        available.update(st.provides)
        out.append(st)
    return out

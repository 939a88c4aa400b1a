"""Training examples from gold files and the rule system's events on the same texts.

A gold event gives its label to the system event the scorer matches it with (same sub-event type
first, then distance, then confidence), so the model learns from the features the pipeline really
produces.  A system event on a text that reports no event, or one no gold event claims, is labelled
``NO_EVENT``: where the model is sure of that, the rules keep their decision.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..eval.scorer import match_events
from .features import NO_EVENT, event_features

FIELDS = ("sub_event_type",)  # the fields a model can decide


@dataclass(frozen=True)
class Example:
    article_id: str
    features: tuple[str, str, str]
    label: str
    rules_label: str  # what the rules decided for this event
    group: str = ""  # the gold file it came from (calibration folds hold one out)


def index_events(system: Iterable[dict]) -> dict[str, list[dict]]:
    """System event records by the article they came from (annotation records left out)."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for rec in system:
        if rec.get("record") == "annotation":
            continue
        if rec.get("article_id") is not None:
            by_doc[str(rec["article_id"])].append(rec)
    return by_doc


def examples(gold: list[dict], system: Iterable[dict], field: str = "sub_event_type", group: str = "") -> list[Example]:
    """One example per system event of each scored gold document."""
    by_doc = index_events(system)
    out: list[Example] = []

    def example(e: dict, label: str) -> Example:
        return Example(doc_id, event_features(e, doc.get("text")), label, str(e.get(field)), group)

    for doc in gold:
        doc_id = str(doc["id"])
        events = by_doc.get(doc_id, [])
        if doc.get("no_event"):
            out.extend(example(e, NO_EVENT) for e in events)
            continue
        gold_events = doc.get("events") or []
        if not gold_events:
            continue  # label-only records are not scored, nor learned from
        matches = match_events(gold_events, events)
        claimed = set()
        for g, e in zip(gold_events, matches):
            if e is None:
                continue
            claimed.add(id(e))
            if g.get(field):
                out.append(example(e, str(g[field])))
        out.extend(example(e, NO_EVENT) for e in events if id(e) not in claimed)
    return out

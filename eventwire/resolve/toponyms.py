"""Toponym detection: the geoparser's spans, less those the detection rules show are not place names.

The rules are declared in :mod:`eventwire.extract.classify.toponym_rules`; :func:`detect` applies
them to one article and reports the ids of those that fired, so that an annotation says why a name
it does not list was left out.
"""
from __future__ import annotations

from ..extract.classify.toponym_rules import RULES, Context, disease_names, person_words
from ..records import Entity, Toponym


def detect(text: str, toponyms: list[Toponym], entities: tuple[Entity, ...]) -> tuple[list[Toponym], list[str]]:
    """The toponyms of ``text`` that are place names, and the ids of the rules that dropped the others
    (each id once, in the order they first fired)."""
    ctx = Context(text, entities, person_words(entities), disease_names(text))
    kept: list[Toponym] = []
    fired: dict[str, None] = {}
    for t in toponyms:
        rule = next((r for r in RULES if r.applies(text, t, ctx)), None)
        if rule is None:
            kept.append(t)
        else:
            fired[rule.id] = None
    return kept, list(fired)

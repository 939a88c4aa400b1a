"""Which events are the same real-world event: blocking, pair scores, constrained union-find.

1. **Blocking.**  Events are compared only with events of the same modality,
   event type and country whose dates are at most ``WINDOW`` days apart, and
   either in the same first-level admin area or with one of the two located
   only at country level.  The cost grows with the corpus times the (small)
   number of events per area, type and few days: never all pairs.
2. **Pair score** in 0..1 from the date gap, sub-event type, place (name and
   distance), actors (names, ACLED types), fatality figures and the text of
   the evidence sentence (rapidfuzz).  Pairs with a score of at least
   ``THRESHOLD`` are candidate links; places more than ``MAX_KM`` apart never link.
3. **Clusters.**  Candidate links are taken best first (ties broken by the ids)
   and two clusters join unless that would put two events of the same article
   together (an article's own events are distinct by construction) or stretch
   the cluster's dates over more than ``WINDOW`` days.

The result depends only on the set of signatures, never on their order.
"""
from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from rapidfuzz import fuzz

from .signature import Signature

DEDUP_VERSION = "dedup.block-score-unionfind.v1"
WINDOW = 2  # days
THRESHOLD = 0.72
MAX_KM = 60.0

W_DATE, W_SUB, W_PLACE, W_ACTORS, W_FATAL, W_TEXT = 0.18, 0.14, 0.24, 0.22, 0.10, 0.12
_DATE_SCORE = {0: 1.0, 1: 0.65, 2: 0.3}


class Link(NamedTuple):
    score: float
    a: str
    b: str


def cluster_id(member_ids: Iterable[str]) -> str:
    """A cluster's id: derived from its sorted member event ids."""
    joined = "\n".join(sorted(member_ids))
    return "c" + hashlib.sha1(joined.encode("utf-8")).hexdigest()[:15]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


class _Scorer:
    def __init__(self) -> None:
        self._names: dict[tuple[str, str], float] = {}

    def name_sim(self, a: str, b: str) -> float:
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        got = self._names.get(key)
        if got is None:
            got = fuzz.token_set_ratio(a, b) / 100.0
            if len(self._names) > 500_000:
                self._names.clear()
            self._names[key] = got
        return got

    def actor(self, n1: str | None, t1: int | None, n2: str | None, t2: int | None) -> float:
        if not n1 or not n2:
            return 0.6 if (n1 is None) == (n2 is None) else 0.45
        s = self.name_sim(n1, n2)
        return s if t1 == t2 else 0.5 * s

    def place(self, a: Signature, b: Signature) -> float | None:
        """Place similarity; None when the places are too far apart to be one event."""
        coarse = a.geo_precision >= 3 or b.geo_precision >= 3
        if a.latitude is not None and b.latitude is not None and a.longitude is not None \
                and b.longitude is not None:
            d = km(a.latitude, a.longitude, b.latitude, b.longitude)
        else:
            d = None
        if not coarse:
            if a.place is not None and a.place == b.place:
                return 1.0
            if d is None:
                return 0.5 if a.admin1 is not None and a.admin1 == b.admin1 else 0.3
            if d > MAX_KM:
                return None
            if d <= 3:
                return 1.0
            if d <= 10:
                return 0.8
            if d <= 25:
                return 0.45
            return 0.2
        if a.place is not None and a.place == b.place and a.geo_precision == b.geo_precision:
            return 0.9
        if a.admin1 is not None and a.admin1 == b.admin1:
            return 0.65
        return 0.5

    def score(self, a: Signature, b: Signature) -> float | None:
        """The pair score, or None when the pair cannot be one event."""
        gap = abs(a.day - b.day)
        if gap > WINDOW or a.articles & b.articles:
            return None
        place = self.place(a, b)
        if place is None:
            return None
        sub = 1.0 if a.sub_event_type == b.sub_event_type else 0.25
        actors = 0.6 * self.actor(a.actor1, a.type1, b.actor1, b.type1) + \
            0.4 * self.actor(a.actor2, a.type2, b.actor2, b.type2)
        if a.best == b.best:
            fatal = 1.0
        elif a.best == 0 or b.best == 0:
            fatal = 0.55
        else:
            ratio = min(a.best, b.best) / max(a.best, b.best)
            fatal = 1.0 if ratio >= 0.5 else 0.5 if ratio >= 0.3 else 0.0
        partial = (W_DATE * _DATE_SCORE[gap] + W_SUB * sub + W_PLACE * place + W_ACTORS * actors
                   + W_FATAL * fatal)
        if partial + W_TEXT < THRESHOLD:
            return partial
        text = fuzz.token_sort_ratio(a.text, b.text) / 100.0 if a.text and b.text else 0.5
        return partial + W_TEXT * text


def candidate_pairs(sigs: list[Signature]) -> Iterable[tuple[Signature, Signature]]:
    """Each pair in the same block once, ordered by event id."""
    groups: dict[tuple[str, str, str | None], list[Signature]] = defaultdict(list)
    for s in sigs:
        groups[(s.modality, s.event_type, s.iso3)].append(s)
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2] or "")):
        members = groups[key]
        buckets: dict[tuple[str | None, int], list[Signature]] = defaultdict(list)
        for s in members:
            buckets[(s.admin1, s.day)].append(s)
        wide = sorted({day for (adm, day) in buckets if adm is None})
        for (adm, day), here in buckets.items():
            for i, a in enumerate(here):
                for b in here[i + 1:]:
                    yield (a, b) if a.event_id < b.event_id else (b, a)
            for nxt in range(day + 1, day + WINDOW + 1):
                for b in buckets.get((adm, nxt), ()):
                    for a in here:
                        yield (a, b) if a.event_id < b.event_id else (b, a)
            if adm is not None and wide:
                for d in range(day - WINDOW, day + WINDOW + 1):
                    for b in buckets.get((None, d), ()):
                        for a in here:
                            yield (a, b) if a.event_id < b.event_id else (b, a)


def links(sigs: list[Signature]) -> list[Link]:
    """Candidate links (score at least THRESHOLD), best first, ties by ids."""
    scorer = _Scorer()
    out = []
    for a, b in candidate_pairs(sigs):
        s = scorer.score(a, b)
        if s is not None and s >= THRESHOLD:
            out.append(Link(round(s, 9), a.event_id, b.event_id))
    out.sort(key=lambda x: (-x.score, x.a, x.b))
    return out


def clusters(signatures: Iterable[Signature]) -> list[list[str]]:
    """Groups of event ids that are one real-world event; every id appears once.

    Each group is sorted; groups are sorted by their first id.  Duplicate ids
    in the input count once.
    """
    by_id: dict[str, Signature] = {}
    for s in signatures:
        by_id.setdefault(s.event_id, s)
    sigs = [by_id[k] for k in sorted(by_id)]
    parent = {s.event_id: s.event_id for s in sigs}
    articles = {s.event_id: s.articles for s in sigs}
    span = {s.event_id: (s.days[0], s.days[-1]) for s in sigs}

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for link in links(sigs):
        ra, rb = find(link.a), find(link.b)
        if ra == rb or articles[ra] & articles[rb]:
            continue
        lo = min(span[ra][0], span[rb][0])
        hi = max(span[ra][1], span[rb][1])
        if hi - lo > WINDOW:
            continue
        root, other = (ra, rb) if ra < rb else (rb, ra)
        parent[other] = root
        articles[root] = articles[root] | articles.pop(other)
        span[root] = (lo, hi)
        del span[other]
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sigs:
        groups[find(s.event_id)].append(s.event_id)
    return sorted(groups.values(), key=lambda g: g[0])

"""Which events are the same real-world event: blocking, pair scores, constrained union-find.

1. **Blocking.**  Events are compared only with events of the same modality,
   event type and country whose dates are at most ``WINDOW`` days apart, and
   either in the same first-level admin area or with one of the two located
   only at country level.  The cost grows with the corpus times the (small)
   number of events per area, type and few days: never all pairs.
2. **Pair score**: a sum of agreement (positive) and disagreement (negative)
   weights for the date gap, sub-event type, place (name and distance),
   actors (names with rapidfuzz, ACLED types), fatality figures and the text of
   the evidence sentence (rapidfuzz).  Pairs scoring at least ``THRESHOLD``
   are candidate links; places more than ``MAX_KM`` apart never link.
3. **Clusters.**  Candidate links are taken best first (ties broken by the ids)
   and two clusters join unless that would put two events of the same article
   together (an article's own events are distinct by construction), stretch
   the cluster's dates over more than ``WINDOW`` days or put two precisely
   located members more than ``SPREAD_KM`` apart.

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
THRESHOLD = 3.0
MAX_KM = 60.0
SPREAD_KM = 25.0  # the most a cluster's precisely located members may lie apart

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
    """Pair scores: a sum of agreement (positive) and disagreement (negative) weights per field."""

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

    def actor1(self, a: Signature, b: Signature) -> float:
        if a.type1 != b.type1:
            return -2.0
        s = self.name_sim(a.actor1, b.actor1)
        return 1.5 if s >= 0.9 else 0.5 if s >= 0.75 else -0.75

    def actor2(self, a: Signature, b: Signature) -> float:
        if a.actor2 is None or b.actor2 is None:
            return 0.3 if a.actor2 is None and b.actor2 is None else 0.0
        if a.type2 != b.type2:
            return -1.5
        s = self.name_sim(a.actor2, b.actor2)
        return 1.0 if s >= 0.9 else 0.3 if s >= 0.75 else -0.75

    @staticmethod
    def place(a: Signature, b: Signature) -> float | None:
        """Place agreement; None when the places are too far apart to be one event."""
        d = None
        if a.latitude is not None and b.latitude is not None and a.longitude is not None \
                and b.longitude is not None:
            d = km(a.latitude, a.longitude, b.latitude, b.longitude)
        if a.geo_precision >= 3 or b.geo_precision >= 3:
            if a.place is not None and a.place == b.place and a.geo_precision == b.geo_precision:
                return 1.5
            return 0.3 if a.admin1 is not None and a.admin1 == b.admin1 else 0.0
        if a.place is not None and a.place == b.place:
            return 2.0
        if d is None:
            return 0.0
        if d > MAX_KM:
            return None
        if d <= 3:
            return 2.0
        if d <= 10:
            return 1.0
        if d <= SPREAD_KM:
            return -0.5
        return -4.5

    @staticmethod
    def fatalities(a: Signature, b: Signature) -> float:
        if a.best == b.best:
            return 1.0 if a.best > 0 else 0.2
        if a.best == 0 or b.best == 0:
            return 0.0
        ratio = min(a.best, b.best) / max(a.best, b.best)
        return 0.5 if ratio >= 0.5 else -0.5 if ratio >= 0.3 else -2.0

    def score(self, a: Signature, b: Signature) -> float | None:
        """The pair score, or None when the pair cannot be one event."""
        gap = abs(a.day - b.day)
        if gap > WINDOW or a.articles & b.articles:
            return None
        place = self.place(a, b)
        if place is None:
            return None
        total = _DATE[gap] + place + self.fatalities(a, b)
        total += 1.0 if a.sub_event_type == b.sub_event_type else -1.5
        total += self.actor1(a, b) + self.actor2(a, b)
        if total + _TEXT_MAX < THRESHOLD or total + _TEXT_MIN >= THRESHOLD + 2.0 or not (a.text and b.text):
            return total
        sim = fuzz.token_sort_ratio(a.text, b.text) / 100.0
        return total + (_TEXT_MAX if sim >= 0.8 else 0.0 if sim >= 0.55 else _TEXT_MIN)


_DATE = {0: 1.0, 1: 0.3, 2: -1.2}
_TEXT_MAX, _TEXT_MIN = 1.0, -0.5


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


def _close(a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]) -> bool:
    return all(km(p[0], p[1], q[0], q[1]) <= SPREAD_KM for p in a for q in b)


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
    points = {s.event_id: s.points for s in sigs}

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
        if hi - lo > WINDOW or not _close(points[ra], points[rb]):
            continue
        root, other = (ra, rb) if ra < rb else (rb, ra)
        parent[other] = root
        articles[root] = articles[root] | articles.pop(other)
        span[root] = (lo, hi)
        del span[other]
        points[root] = points[root] + points.pop(other)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sigs:
        groups[find(s.event_id)].append(s.event_id)
    return sorted(groups.values(), key=lambda g: g[0])

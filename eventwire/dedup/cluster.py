"""Which events are the same real-world event: blocking, evidence scores, constrained union-find.

1. **Blocking.**  Events are compared only with events of the same modality,
   event type and country whose dates are at most ``WINDOW`` days apart, and
   either in the same first-level admin area or with one of the two located
   only at country level.  The cost grows with the corpus times the (small)
   number of events per area, type and few days: never all pairs.
2. **Evidence** (:func:`features`): a pair in the same block is not yet one
   event.  Each field adds a weight (``WEIGHTS``, fitted by logistic regression:
   ``scripts/fit_dedup_weights.py``, stored in ``eventwire/data/dedup_weights.json``):
   agreement of the date at its stated precision (a week's or month's date is no
   evidence either way within its span: ``WEEK_DATE``), of the sub-event type, of
   the actors (names, ACLED types, associated actors; a generic actor such as
   "Rioters (Kenya)" or "Civilians" agreeing says little), of the specific
   place (the same named place or one inside the other, not just a few km; a
   place known only at district or province level agrees only as the same named
   area or a part its name states, never because it contains the other:
   ``COARSE_PLACE``), of the fatality figures, and the text similarity of the
   event sentences.  Some pairs can never be one event: two reports of one
   article (an article's own events are distinct by construction), one outlet's
   two reports of one day unless one is a follow-up (``ONE_OUTLET_ONE_DAY``),
   one outlet reporting two places on one day or one day's two reports in the
   same words (``SAME_WORDS``), places more than ``MAX_KM`` apart.
3. **Links.**  A pair is a merge link when its score reaches ``THRESHOLD`` and
   it has positive evidence beyond the block: a specific actor, a specific place,
   the same casualty figure or closely similar wording.  Pairs scoring at least
   ``POSSIBLE`` are possible duplicates, kept apart and reported.
4. **Clusters.**  Links (an analyst's confirmations first) are taken best
   first (ties broken by the ids) and two clusters join unless that would put
   two events of the same article together, two events an analyst split, one
   outlet's two places of one day or two reports of one day (not follow-ups), stretch the cluster's dates over more than
   ``WINDOW`` days or put two precisely located members more than ``SPREAD_KM``
   apart.

The result depends only on the set of signatures (and decisions), never on
their order, and each pair's score only on the two signatures, so clustering
merged events again finds nothing new.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz

from ..extract.classify.dedup_rules import COARSE_PLACE, ONE_OUTLET_ONE_DAY, STATED_DAYS, WEEK_DATE
from .signature import Signature

DEDUP_VERSION = "dedup.evidence-unionfind.v4"
WINDOW = 2  # days
MAX_KM = 60.0
SPREAD_KM = 25.0  # the most a cluster's precisely located members may lie apart
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "data" / "dedup_weights.json"


def load_weights(path: Path = WEIGHTS_FILE) -> dict:
    """The weights table: ``weights`` (field -> finding -> weight, a logistic regression's
    coefficients fitted by ``scripts/fit_dedup_weights.py``), ``threshold`` and ``possible`` (the
    scores a merge and a possible duplicate need) and the fit's ``manifest``."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def use_weights(table: dict) -> None:
    """Score with ``table`` (as :func:`load_weights` returns it) from now on."""
    global WEIGHTS, THRESHOLD, POSSIBLE, _TEXT_MAX
    WEIGHTS = {k: dict(v) for k, v in table["weights"].items()}
    THRESHOLD = float(table["threshold"])
    POSSIBLE = float(table["possible"])
    _TEXT_MAX = max(0.0, *WEIGHTS["text"].values())


# What each field found about two reports, and its weight (see ``load_weights``): the date
# gap at the stated precision (two dates read in the texts on different days are two events; a
# week or a month agrees only loosely); the sub-event type; actor 1 and 2: the same name
# (similarity >= 0.9), a close name (>= 0.75) or another, by how much the name identifies (a named
# group, state forces or a generic actor); their associated actors; the sides named the other way
# round; the places: the same named place, one inside the other (a town and its district), only a
# short distance, a country- or region-level place that contains the other; the fatality figures;
# the names a sentence gives beyond the coded actors and place (villages, people, things); one
# outlet's two reports of one day; the text similarity of the event sentences (see TEXT_HIGH).
WEIGHTS: dict[str, dict[str, float]] = {}
THRESHOLD = POSSIBLE = _TEXT_MAX = 0.0
use_weights(load_weights())
TEXT_SAME, TEXT_HIGH, TEXT_LOW = 0.8, 0.5, 0.25  # TF-IDF cosine: the same words, similar, related
# One outlet's two reports of one day in (nearly) the same words are two events: an outlet does not
# tell one event twice in the same words on one day (the same article is stored once), while one
# report of several places or incidents is one event per place (ACLED codebook: an event is one
# type, one place, one day), e.g. protests "in Allada and Tori", one record each.
SAME_WORDS = 0.9
# an actor name that does not identify anybody: ACLED's rioters, protesters and civilians
# (interaction types 5, 6, 7) and unidentified groups
GENERIC_TYPES = frozenset({5, 6, 7})
STATE_TYPES = frozenset({1})
# Findings that are no evidence either way, whatever a corpus's density of events suggests: a place
# known only at district or province level that merely contains the other (``COARSE_PLACE``), a date
# known only to the week or month, which cannot confirm that two reports are of one day (``WEEK_DATE``)
NEUTRAL = frozenset({("place", "coarse"), ("date", "imprecise")})
EVIDENCE = frozenset({("actor1", "same_named"), ("actor1", "same_state"), ("actor2", "same_named"),
                      ("place", "same_place"), ("place", "inside"), ("fatalities", "same"),
                      ("text", "similar"), ("text", "same_words")})


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


def _kind(name: str | None, atype: int | None) -> str:
    if atype in GENERIC_TYPES or (name and name.startswith("unidentified")):
        return "generic"
    return "state" if atype in STATE_TYPES else "named"


def _precise(s: Signature) -> bool:
    return s.geo_precision < 3 and s.latitude is not None and s.longitude is not None


def _inside(a: Signature, b: Signature) -> bool:
    """``a``'s place is ``b``'s or contains it by name: b's district or region, or a name one
    of whose words-sequences is the other ("Tarsa" and "Tarsa East")."""
    if a.place is None or b.place is None:
        return False
    if a.place in (b.admin2, b.admin1):
        return True
    short, long_ = (a.place, b.place) if len(a.place) <= len(b.place) else (b.place, a.place)
    return f" {short} " in f" {long_} "


def _specific(s: Signature) -> bool:
    """A specific place (ACLED geo precision 1: the town, village or quarter itself)."""
    return s.geo_precision == 1 and s.latitude is not None and s.longitude is not None


def _named_part(a: str | None, b: str | None) -> bool:
    """Two different names one of which is a word sequence of the other: the longer names a part
    or the area of the shorter ("Tarsa" and "Tarsa District", "Tarsa East")."""
    if a is None or b is None or a == b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return f" {short} " in f" {long_} "


def _other_district(a: Signature, b: Signature) -> bool:
    """A place known at district level (geo precision 2) and another district, or a town (precision 1)
    whose district the gazetteer names otherwise: two different places, not one inside the other."""
    if max(a.geo_precision, b.geo_precision) != 2 or a.place is None or b.place is None:
        return False
    if a.geo_precision == b.geo_precision:
        return a.place != b.place
    return a.admin2 is not None and b.admin2 is not None and a.admin2 != b.admin2


def _names(a: frozenset[str], b: frozenset[str]) -> str:
    """Names of two sentences: "different" when each names something the other does not and
    they share at most one name, "shared" when most are shared (Jaccard >= 0.5)."""
    shared = len(a & b)
    jaccard = shared / len(a | b)
    if jaccard >= 0.5:
        return "shared"
    return "different" if shared <= 1 and a - b and b - a else "partly"


def place_key(s: Signature) -> str | None:
    """What names a report's place for the one-outlet rule: a precise place's name, None when coarse."""
    return s.place if _precise(s) else None


def same_outlet_two_places(a: Signature, b: Signature) -> bool:
    """One outlet reporting two different specific places on one day: two events."""
    if a.day != b.day or not (a.outlets & b.outlets):
        return False
    pa, pb = place_key(a), place_key(b)
    return pa is not None and pb is not None and pa != pb and not _inside(a, b) and not _inside(b, a)


def one_outlet_one_day(a: Signature, b: Signature) -> bool:
    """One outlet's two reports of one day, neither referring back to an event already told (rule
    ``ONE_OUTLET_ONE_DAY``): two events.  An outlet tells an event once a day; a second report of
    the same day is another event unless it is a follow-up ("the toll rose to ...")."""
    return bool(a.outlet_days & b.outlet_days)


def after_report(a: Signature, b: Signature) -> bool:
    """One report's date is the day of a report ("as reported on 5 March": the event on or before it)
    and the other's is a day read in its text after it: two events (rule ``WEEK_DATE``)."""
    def later(x: Signature, y: Signature) -> bool:
        return x.report_day and y.date_stated and y.time_precision == 1 and y.day > x.day
    return later(a, b) or later(b, a)


class _Scorer:
    """Pair evidence: what each field found (a key of ``WEIGHTS[field]``) and the score."""

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

    def actor(self, name_a: str | None, type_a: int | None, name_b: str | None, type_b: int | None) -> str:
        if name_a is None or name_b is None:
            return "both_missing" if name_a is None and name_b is None else "one_missing"
        if type_a != type_b:
            return "other_type"
        s = self.name_sim(name_a, name_b)
        if s < 0.75:
            return "different"
        return ("same_" if s >= 0.9 else "close_") + _kind(name_a, type_a)

    @staticmethod
    def date(a: Signature, b: Signature) -> str | None:
        """What the dates say; None for two dates read in the texts on different days (rule
        ``STATED_DAYS``: an event is one day's, ACLED codes each day apart, and no publication lag
        explains two stated dates), unless one is known only to the week or month and they are a
        day apart; None too for a day read in one text after the day another's report was published
        (rule ``WEEK_DATE``).  A week's or month's date within its span is "imprecise": no evidence."""
        gap = abs(a.day - b.day)
        imprecise = max(a.time_precision, b.time_precision) > 1
        if gap and a.date_stated and b.date_stated and (gap == 2 or not imprecise):
            return None
        if imprecise and after_report(a, b):
            return None
        if gap == 2:
            return "two_days"
        if imprecise:
            return "imprecise"
        return "same_day" if gap == 0 else "one_day"

    @staticmethod
    def place(a: Signature, b: Signature) -> tuple[str | None, float | None]:
        """What the places say, and the distance; None when they cannot be one event's.  Only two
        specific places (geo precision 1) agree by name, part or distance; a place known only at
        district or province level (precision 2 or 3) agrees only as the same named area at the same
        precision ("same_area") or by a part-of relation its name states ("part_of": "Tarsa" and
        "Tarsa District"), never because it contains the other ("coarse", rule ``COARSE_PLACE``); two
        districts of other names, or a district and a town of another district, disagree ("other_area")."""
        d = None
        if a.latitude is not None and b.latitude is not None and a.longitude is not None \
                and b.longitude is not None:
            d = km(a.latitude, a.longitude, b.latitude, b.longitude)
        if not (_specific(a) and _specific(b)):
            if a.place is not None and a.place == b.place and a.geo_precision == b.geo_precision:
                return "same_area", d
            if _named_part(a.place, b.place):
                return "part_of", d
            return ("other_area" if _other_district(a, b) else "coarse"), d
        if a.place is not None and a.place == b.place:
            return "same_place", d
        if d is not None and d > MAX_KM:
            return None, d
        if _inside(a, b) or _inside(b, a):
            return "inside", d
        if d is None:
            return "coarse", d
        return ("within_3km" if d <= 3 else "within_10km" if d <= 10 else "within_25km" if d <= SPREAD_KM
                else "far"), d

    @staticmethod
    def fatalities(a: Signature, b: Signature) -> str:
        if a.best == b.best:
            return "same" if a.best >= 3 else "same_small" if a.best > 0 else "both_none"
        if a.best == 0 or b.best == 0:
            return "one_none"
        ratio = min(a.best, b.best) / max(a.best, b.best)
        return "close" if ratio >= 0.5 else "apart" if ratio >= 0.3 else "far_apart"

    def fields(self, a: Signature, b: Signature) -> dict[str, str] | None:
        """Field -> what it found (a key of ``WEIGHTS[field]``), text excluded; None when the
        pair cannot be one event."""
        if abs(a.day - b.day) > WINDOW or a.articles & b.articles or same_outlet_two_places(a, b) \
                or one_outlet_one_day(a, b):
            return None
        place, _ = self.place(a, b)
        date = self.date(a, b)
        if place is None or date is None:
            return None
        out = {"date": date, "place": place, "fatalities": self.fatalities(a, b),
               "sub_event_type": "same" if a.sub_event_type == b.sub_event_type else "different",
               "actor1": self.actor(a.actor1 or None, a.type1, b.actor1 or None, b.type1),
               "actor2": self.actor(a.actor2, a.type2, b.actor2, b.type2)}
        if out["actor1"] in _DISAGREE and a.actor2 is not None and b.actor2 is not None:
            # the same two sides, each report naming the other first (who attacked whom is a
            # judgement the outlets and the coding may differ on)
            cross1 = self.actor(a.actor1 or None, a.type1, b.actor2, b.type2)
            cross2 = self.actor(a.actor2, a.type2, b.actor1 or None, b.type1)
            if cross1 not in _DISAGREE and cross2 not in _DISAGREE:
                out["actor1"], out["actor2"] = cross1, cross2
                out["sides"] = "swapped"
        if out["actor1"] == "one_missing":
            out["actor1"] = "different"
        if out["actor1"] == "both_missing":
            out["actor1"] = "close_generic"
        if a.assoc and b.assoc:
            out["associated"] = "shared" if a.assoc & b.assoc else "disjoint"
        if a.names and b.names:
            out["names"] = _names(a.names, b.names)
        if a.day == b.day and a.outlets & b.outlets:
            out["source"] = "same_outlet_same_day"
        return out

    def partial(self, a: Signature, b: Signature) -> tuple[float, bool] | None:
        """The score without the text and whether a field gave specific evidence; None when
        the pair cannot be a link whatever the texts say."""
        found = self.fields(a, b)
        if found is None:
            return None
        total = sum(WEIGHTS[k][v] for k, v in found.items())
        if total + _TEXT_MAX < POSSIBLE:
            return None
        return total, any((k, v) in EVIDENCE for k, v in found.items())


def text_finding(sim: float | None) -> str | None:
    if sim is None:
        return None
    if sim >= TEXT_HIGH:
        return "same_words" if sim >= TEXT_SAME else "similar"
    return "related" if sim >= TEXT_LOW else "unrelated"


def retold(a: Signature, b: Signature, sim: float | None) -> bool:
    """One outlet's two reports of one day in the same words (see ``SAME_WORDS``): never one event."""
    return sim is not None and sim >= SAME_WORDS and a.day == b.day and bool(a.outlets & b.outlets)


def final_score(partial: float, evidence: bool, sim: float | None) -> float | None:
    """The pair's score from :meth:`_Scorer.partial` and the text similarity (None: no text);
    None below ``POSSIBLE``.  Without specific evidence the pair is at most a possible duplicate."""
    text = text_finding(sim)
    total = partial + (WEIGHTS["text"][text] if text else 0.0)
    if total >= THRESHOLD and not evidence and text not in ("similar", "same_words"):
        total = THRESHOLD - 0.01
    return total if total >= POSSIBLE else None


_DISAGREE = frozenset({"other_type", "different", "one_missing", "both_missing"})


class TextModel:
    """TF-IDF cosine of the event sentences (scikit-learn), the words weighed by how rare they
    are among the sentences of the events being clustered (and of their merged members), so
    the set phrases every report shares count little and names of places, people and things
    count much (measured against MinHash and fuzzy ratios: ``bench/dedup_bench.py --text``)."""

    def __init__(self, texts: Iterable[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        docs = sorted({t for t in texts if t})
        self._row = {t: i for i, t in enumerate(docs)}
        self._matrix = None
        # the texts are normalised (lower case, words split by single spaces): split is enough
        self._vec = TfidfVectorizer(sublinear_tf=True, dtype=np.float32, analyzer=str.split)
        if docs:
            try:
                self._matrix = self._vec.fit_transform(docs).tocsr()
            except ValueError:  # no word at all
                self._matrix = None

    def similarities(self, pairs: list[tuple[str, str]]) -> list[float | None]:
        """Cosine of each pair of texts (None when either is empty); a text the model was not
        fitted on is weighed with the model's words."""
        from scipy.sparse import vstack

        out: list[float | None] = [None] * len(pairs)
        if self._matrix is None:
            return out
        unknown = sorted({t for pair in pairs for t in pair if t and t not in self._row})
        matrix, row = self._matrix, self._row
        if unknown:
            row = {**row, **{t: len(row) + i for i, t in enumerate(unknown)}}
            matrix = vstack([matrix, self._vec.transform(unknown)]).tocsr()
        idx = [(k, row.get(a), row.get(b)) for k, (a, b) in enumerate(pairs)]
        idx = [(k, i, j) for k, i, j in idx if i is not None and j is not None]
        for start in range(0, len(idx), 200_000):
            chunk = idx[start:start + 200_000]
            left = matrix[np.fromiter((i for _, i, _ in chunk), np.int64, len(chunk))]
            right = matrix[np.fromiter((j for _, _, j in chunk), np.int64, len(chunk))]
            sims = np.asarray(left.multiply(right).sum(axis=1)).ravel()
            for (k, _, _), sim in zip(chunk, sims):
                out[k] = min(1.0, float(sim))
        return out

    def similarity(self, a: str, b: str) -> float | None:
        return self.similarities([(a, b)])[0]


def month_of(day: int) -> int:
    """The calendar month of a proleptic ordinal, as year * 12 + month - 1: the unit of text weights."""
    d = dt.date.fromordinal(day)
    return d.year * 12 + d.month - 1


class TextModels:
    """One :class:`TextModel` per calendar month, fitted on the sentences of the events of that
    month: a pair's texts are compared with the weights of the month of its earlier event.  A
    month's weights change only when its events do, so a store re-clusters whole months when
    new events arrive and finds what re-clustering everything finds."""

    def __init__(self, dated_texts: Iterable[tuple[int, str]] = (),
                 models: dict[int, TextModel] | None = None) -> None:
        self.models: dict[int, TextModel] = dict(models or {})
        if not models:
            by_month: dict[int, set[str]] = defaultdict(set)
            for day, text in dated_texts:
                if text:
                    by_month[month_of(day)].add(text)
            self.models = {m: TextModel(texts) for m, texts in by_month.items()}

    def similarities(self, pairs: list[tuple[int, str, str]]) -> list[float | None]:
        """(earlier day, text a, text b) -> cosine (None when a text is empty or unknown)."""
        out: list[float | None] = [None] * len(pairs)
        by_month: dict[int, list[int]] = defaultdict(list)
        for k, (day, _, _) in enumerate(pairs):
            by_month[month_of(day)].append(k)
        for month, ks in by_month.items():
            model = self.models.get(month)
            if model is None:
                continue
            for k, sim in zip(ks, model.similarities([(pairs[k][1], pairs[k][2]) for k in ks])):
                out[k] = sim
        return out


def explain(a: Signature, b: Signature, model: TextModels | None = None,
            sim: float | None | str = "compute") -> dict[str, object]:
    """Why ``a`` and ``b`` are (or are not) one event: each field's finding and weight, the
    measures and the score (``model``: the text weights of the run, by default the two texts';
    ``sim``: their text similarity when already known)."""
    scorer = _Scorer()
    found = scorer.fields(a, b)
    if found is None:
        if one_outlet_one_day(a, b) and not a.articles & b.articles:
            return {"score": None, "features": {}, "measures": {}, "blocked": True,
                    "why": "one outlet's two reports of one day, neither a follow-up", "rules": [ONE_OUTLET_ONE_DAY]}
        if _Scorer.date(a, b) is None and abs(a.day - b.day) <= WINDOW:
            week = max(a.time_precision, b.time_precision) > 1 and after_report(a, b)
            return {"score": None, "features": {}, "measures": {"days_apart": abs(a.day - b.day)}, "blocked": True,
                    "why": "a day read in one text after the day another was reported" if week
                    else "two dates read in the texts on different days", "rules": [WEEK_DATE if week else STATED_DAYS]}
        return {"score": None, "features": {}, "measures": {}, "blocked": True}
    feats = {k: {"found": v, "weight": WEIGHTS[k][v]} for k, v in found.items()}
    measures: dict[str, float] = {"days_apart": abs(a.day - b.day)}
    _, d = scorer.place(a, b)
    if d is not None:
        measures["km"] = round(d, 2)
    if sim == "compute":
        if model is None:
            model = TextModels([(a.day, a.text), (a.day, b.text)])
        sim = model.similarities([(min(a.day, b.day), a.text, b.text)])[0]
    if retold(a, b, sim):  # type: ignore[arg-type]
        return {"score": None, "features": {}, "measures": {"text_similarity": round(float(sim), 3)},
                "blocked": True, "why": "one outlet's two reports of one day in the same words"}
    text = text_finding(sim)  # type: ignore[arg-type]
    if text is not None:
        measures["text_similarity"] = round(float(sim), 3)  # type: ignore[arg-type]
        feats["text"] = {"found": text, "weight": WEIGHTS["text"][text]}
    partial = sum(WEIGHTS[k][v] for k, v in found.items())
    evidence = any((k, v) in EVIDENCE for k, v in found.items())
    score = final_score(partial, evidence, sim)  # type: ignore[arg-type]
    rules = [COARSE_PLACE] if found["place"] in ("coarse", "other_area", "part_of", "same_area") else []
    if found["date"] == "imprecise":
        rules.append(WEEK_DATE)
    return {"score": None if score is None else round(score, 3), "features": feats, "measures": measures,
            "rules": rules}


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


def text_model(sigs: Iterable[Signature]) -> TextModels:
    """The text weights of a run: every event's sentence and those of its merged members, by month."""
    return TextModels((day, t) for s in sigs for day, t in ((s.day, s.text), *s.member_texts))


def scored_pairs(sigs: list[Signature], model: TextModels | None = None) -> list[Link]:
    """Pairs scoring at least ``POSSIBLE``, best first, ties by ids."""
    scorer = _Scorer()
    model = model if model is not None else text_model(sigs)
    pending: list[tuple[Signature, Signature, float, bool]] = []
    texts: list[tuple[int, str, str]] = []
    for a, b in candidate_pairs(sigs):
        got = scorer.partial(a, b)
        if got is not None:
            pending.append((a, b, got[0], got[1]))
            texts.append((min(a.day, b.day), a.text, b.text))
    out = []
    for (a, b, partial, evidence), sim in zip(pending, model.similarities(texts)):
        if retold(a, b, sim):
            continue
        s = final_score(partial, evidence, sim)
        if s is not None:
            out.append(Link(round(s, 9), a.event_id, b.event_id))
    out.sort(key=lambda x: (-x.score, x.a, x.b))
    return out


def links(sigs: list[Signature]) -> list[Link]:
    """Merge links (score at least THRESHOLD), best first, ties by ids."""
    return [x for x in scored_pairs(sigs) if x.score >= THRESHOLD]


def _close(a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]) -> bool:
    return all(km(p[0], p[1], q[0], q[1]) <= SPREAD_KM for p in a for q in b)


@dataclass
class Clustering:
    """Groups of event ids that are one real-world event, the links that joined them
    (confirmed by an analyst: score ``inf``) and the possible duplicates left apart."""

    groups: list[list[str]]
    merges: list[Link] = field(default_factory=list)
    possible: list[Link] = field(default_factory=list)
    evidence: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)  # pair -> explain()


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def cluster(signatures: Iterable[Signature], confirmed: Iterable[tuple[str, str]] = (),
            split: Iterable[tuple[str, str]] = (), possible_per_event: int = 3,
            with_evidence: bool = False, model: TextModels | None = None) -> Clustering:
    """Cluster ``signatures``; ``confirmed`` pairs join first (unless two events of one article),
    ``split`` pairs never end up together.  ``model``: the text weights (by default those of
    ``signatures``; a store passes the weights of all its events, so that re-clustering a few
    days finds what re-clustering everything finds)."""
    by_id: dict[str, Signature] = {}
    for s in signatures:
        by_id.setdefault(s.event_id, s)
    sigs = [by_id[k] for k in sorted(by_id)]
    parent = {s.event_id: s.event_id for s in sigs}
    articles = {s.event_id: s.articles for s in sigs}
    span = {s.event_id: (s.days[0], s.days[-1]) for s in sigs}
    points = {s.event_id: s.points for s in sigs}
    outlet_days = {s.event_id: set(s.outlet_places) or {(o, s.day, place_key(s)) for o in s.outlets if place_key(s)}
                   for s in sigs}  # (a merged event's: its members', each with its own outlet, day and place)
    told = {s.event_id: s.outlet_days for s in sigs}  # one outlet's reports of one day (not follow-ups)
    apart: dict[str, set[str]] = defaultdict(set)
    for a, b in split:
        if a in parent and b in parent and a != b:
            apart[a].add(b)
            apart[b].add(a)

    def find(x: str) -> str:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def kept_apart(ra: str, rb: str) -> bool:
        return any(find(x) == rb for x in apart.get(ra, ())) or _two_places(outlet_days[ra], outlet_days[rb])

    model = model if model is not None else text_model(sigs)
    scored = scored_pairs(sigs, model)
    sure = sorted({_pair(a, b) for a, b in confirmed if a in parent and b in parent and a != b})
    candidates = [Link(math.inf, a, b) for a, b in sure] + [x for x in scored if x.score >= THRESHOLD]
    merges: list[Link] = []
    for link in candidates:
        ra, rb = find(link.a), find(link.b)
        if ra == rb or articles[ra] & articles[rb] or kept_apart(ra, rb):
            continue
        if link.score != math.inf and told[ra] & told[rb]:
            continue
        lo = min(span[ra][0], span[rb][0])
        hi = max(span[ra][1], span[rb][1])
        if link.score != math.inf and (hi - lo > WINDOW or not _close(points[ra], points[rb])):
            continue
        root, other = (ra, rb) if ra < rb else (rb, ra)
        parent[other] = root
        articles[root] = articles[root] | articles.pop(other)
        span[root] = (lo, hi)
        del span[other]
        points[root] = points[root] + points.pop(other)
        outlet_days[root] = outlet_days[root] | outlet_days.pop(other)
        told[root] = told[root] | told.pop(other)
        apart[root] = apart.get(root, set()) | apart.pop(other, set())
        merges.append(link)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in sigs:
        groups[find(s.event_id)].append(s.event_id)
    possible, count = [], defaultdict(int)
    split_pairs = _split_pairs(apart)
    for link in scored:
        if find(link.a) == find(link.b) or _pair(link.a, link.b) in split_pairs:
            continue
        if count[link.a] < possible_per_event and count[link.b] < possible_per_event:
            count[link.a] += 1
            count[link.b] += 1
            possible.append(link)
    result = Clustering(sorted(groups.values(), key=lambda g: g[0]), merges, possible)
    if with_evidence:
        pairs = merges + possible
        sims = model.similarities([(min(by_id[x.a].day, by_id[x.b].day), by_id[x.a].text, by_id[x.b].text)
                                   for x in pairs])
        result.evidence = {(x.a, x.b): explain(by_id[x.a], by_id[x.b], sim=sim) for x, sim in zip(pairs, sims)}
    return result


def _split_pairs(apart: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {_pair(a, b) for a, others in apart.items() for b in others}


def _two_places(a: set[tuple[str, int, str | None]], b: set[tuple[str, int, str | None]]) -> bool:
    """One outlet, one day, two specific places across the two clusters."""
    if not a or not b:
        return False
    seen = {(o, d): p for o, d, p in a}
    return any((o, d) in seen and seen[(o, d)] != p for o, d, p in b)


def clusters(signatures: Iterable[Signature], confirmed: Iterable[tuple[str, str]] = (),
             split: Iterable[tuple[str, str]] = ()) -> list[list[str]]:
    """Groups of event ids that are one real-world event; every id appears once.

    Each group is sorted; groups are sorted by their first id.  Duplicate ids
    in the input count once.
    """
    return cluster(signatures, confirmed, split).groups

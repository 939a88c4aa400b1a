"""Score system output (event and annotation records) against gold documents.

Gold documents are JSON Lines records with ``events``, ``no_event``, ``toponyms``
or ``timexes`` keys; system records are the event and annotation records of the
outside contract, tied to gold documents by ``article_id`` / ``article_ids``.
"""
from __future__ import annotations

import functools

import datetime as dt
import re
import json
import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from eventwire.errors import InputError

EARTH_RADIUS_KM = 6371.0088
LOCATION_THRESHOLDS_KM = (10, 25, 161)
ACTOR_NAME_MIN_RATIO = 60.0
NON_VIOLENT_EVENT_TYPE = "Strategic developments"
NO_PREDICTION = "none"


@dataclass(frozen=True)
class MetricSpec:
    key: str
    label: str
    kind: str  # "rate", "km", "count", "ratio"


METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("docs", "documents (all)", "count"),
    MetricSpec("docs_events", "documents with gold events", "count"),
    MetricSpec("docs_no_event", "documents marked no_event", "count"),
    MetricSpec("docs_toponyms", "documents with toponyms", "count"),
    MetricSpec("docs_timexes", "documents with timexes", "count"),
    MetricSpec("docs_unscored", "documents not scored (label only)", "count"),
    MetricSpec("gold_events", "gold events", "count"),
    MetricSpec("system_events", "system events", "count"),
    MetricSpec("events_per_doc", "system events per document", "ratio"),
    MetricSpec("system_events_per_event_doc", "system events per event document", "ratio"),
    MetricSpec("gold_events_per_doc", "gold events per event document", "ratio"),
    MetricSpec("detection", "detection (>=1 event)", "rate"),
    MetricSpec("event_type_acc", "event type", "rate"),
    MetricSpec("sub_event_type_acc", "sub-event type", "rate"),
    MetricSpec("event_type_macro_f1", "event type macro-F1", "rate"),
    MetricSpec("sub_event_type_macro_f1", "sub-event type macro-F1", "rate"),
    MetricSpec("event_date_exact", "event date exact", "rate"),
    MetricSpec("event_date_pm1", "event date +/-1 day", "rate"),
    MetricSpec("event_date_exact_stated", "event date exact (text states a date)", "rate"),
    MetricSpec("event_date_within_unstated", "event date in [gold, publication] (no date stated)", "rate"),
    MetricSpec("event_month", "event month", "rate"),
    MetricSpec("loc_10km", "location within 10 km", "rate"),
    MetricSpec("loc_25km", "location within 25 km", "rate"),
    MetricSpec("loc_161km", "location within 161 km", "rate"),
    MetricSpec("loc_median_km", "location median error", "km"),
    MetricSpec("country", "country", "rate"),
    MetricSpec("fatalities_exact", "fatalities exact", "rate"),
    MetricSpec("actor_type_pair", "actor type pair", "rate"),
    MetricSpec("perpetrator_state_role", "perpetrator state role", "rate"),
    MetricSpec("actor_name", "actor name", "rate"),
    MetricSpec("actor_canonical_name", "actor name (canonical name only)", "rate"),
    MetricSpec("no_event_fp_rate", "no_event false-positive rate", "rate"),
    MetricSpec("toponym_p", "toponym precision", "rate"),
    MetricSpec("toponym_r", "toponym recall", "rate"),
    MetricSpec("toponym_f1", "toponym F1", "rate"),
    MetricSpec("toponym_161km", "toponym within 161 km", "rate"),
    MetricSpec("toponym_25km", "toponym within 25 km", "rate"),
    MetricSpec("timex_p", "timex precision", "rate"),
    MetricSpec("timex_r", "timex recall", "rate"),
    MetricSpec("timex_f1", "timex F1", "rate"),
    MetricSpec("timex_value_acc", "timex value exact", "rate"),
)

MISSING = "\u2014"


# --------------------------------------------------------------------------- loading


def _read_jsonl(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), number, f"not valid JSON ({exc.msg}); fix or remove the line") from None
            if not isinstance(record, dict):
                raise InputError(str(path), number, "expected a JSON object on each line")
            records.append(record)
    return records


def load_gold(path: str | Path) -> list[dict]:
    """Read gold documents from a JSON Lines file, or every ``*.jsonl`` in a folder."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), None, "gold file not found; pass the path of a .jsonl gold file")
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    gold: list[dict] = []
    for file in files:
        for number, record in enumerate(_read_jsonl(file), start=1):
            if not isinstance(record.get("id"), str):
                raise InputError(str(file), number, "gold record has no string 'id'")
            gold.append(record)
    return gold


def load_system(path: str | Path) -> list[dict]:
    """Read system event and annotation records from a JSON Lines file."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), None, "system output not found; pass the file written by 'eventwire extract'")
    return _read_jsonl(path)


# --------------------------------------------------------------------------- helpers


def _article_ids(record: dict) -> list[str]:
    ids: list[str] = []
    if record.get("article_id") is not None:
        ids.append(str(record["article_id"]))
    for aid in record.get("article_ids") or ():
        if str(aid) not in ids:
            ids.append(str(aid))
    return ids


def _index_system(system: Iterable[dict]) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    events: dict[str, list[dict]] = defaultdict(list)
    annotations: dict[str, list[dict]] = defaultdict(list)
    for record in system:
        target = annotations if record.get("record") == "annotation" else events
        for aid in _article_ids(record):
            target[aid].append(record)
    return events, annotations


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _coords(event: dict) -> tuple[float, float] | None:
    lat, lon = _float(event.get("latitude")), _float(event.get("longitude"))
    return None if lat is None or lon is None else (lat, lon)


def _system_coords(event: dict) -> tuple[float, float] | None:
    location = event.get("location")
    if not isinstance(location, dict):
        return None
    lat, lon = _float(location.get("latitude")), _float(location.get("longitude"))
    return None if lat is None or lon is None else (lat, lon)


def _distance(a: tuple[float, float] | None, b: tuple[float, float] | None) -> float:
    return math.inf if a is None or b is None else haversine_km(a, b)


def _confidence(event: dict) -> float:
    value = _float(event.get("confidence"))
    return 0.0 if value is None else value


def _parse_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(value: Any) -> str | None:
    if not isinstance(value, str) or len(value) < 7:
        return None
    month = value[:7]
    try:
        dt.date.fromisoformat(month + "-01")
    except ValueError:
        return None
    return month


def _actor_name(actor: Any) -> str | None:
    if isinstance(actor, dict):
        actor = actor.get("name")
    return actor.strip() if isinstance(actor, str) and actor.strip() else None


def _system_fatalities(event: dict) -> int | None:
    value = event.get("fatalities")
    if isinstance(value, dict):
        value = value.get("best")
    return _int(value)


def _system_type_pair(event: dict) -> tuple[int, ...]:
    codes = []
    for key in ("actor1", "actor2"):
        actor = event.get(key)
        if isinstance(actor, dict):
            code = _int(actor.get("type"))
            if code is not None:
                codes.append(code)
    return tuple(sorted(codes))


# A gold perpetrator's role, state or non-state, where the gold file records one: PITF's
# "Perp State Role" and HRDsAttack's perpetrator type. Unknown, mixed and regional roles are not scored.
_PITF_ROLE = re.compile(r"Perp State Role=([^|]*)")
_PITF_STATE_ROLES = {"state perpetrator": True, "transnational, state": True,
                     "non-state, internal, no state sanction": False, "non-state, internal, state sanction": False,
                     "transnational, non-state": False, "multiple perpetrators (non-state)": False}
_HRD_STATE_ROLES = {"state actor": True, "other state actors": True, "other actors without permissions": False,
                    "other non-state actors": False, "other actors with permissions": False}
# ACLED names a state's forces "Military Forces of X (…)", "Police Forces of X (…)"; abroad they are
# coded External/Other forces (8), still a state perpetrator, as are intergovernmental missions
# ("AMISOM: African Union Mission in Somalia", "MONUSCO: United Nations …", "NATO: …")
_STATE_FORCE_NAME = re.compile(
    r"^(?:Military Forces|Police Forces|Government) of |\b(?:Mission|United Nations|NATO|African Union|"
    r"ECOWAS|Multinational|Peacekeep\w*)\b", re.IGNORECASE)
STATE_FORCES_CODE = 1
EXTERNAL_FORCES_CODE = 8


def gold_state_role(gold: dict) -> bool | None:
    """Whether the gold perpetrator is a state actor (True), a non-state one (False), or unknown (None)."""
    pitf = gold.get("pitf_perpetrators")
    if isinstance(pitf, str):
        found = _PITF_ROLE.search(pitf)
        return _PITF_STATE_ROLES.get(found.group(1).strip().casefold()) if found else None
    hrd = gold.get("hrd_perpetrator_type")
    if isinstance(hrd, str):
        return _HRD_STATE_ROLES.get(hrd.strip().casefold())
    return None


def system_state_role(event: dict) -> bool | None:
    """Whether the system's actor1 is a state's forces (ACLED type 1, or type 8 named as a state's forces)."""
    actor = event.get("actor1")
    if not isinstance(actor, dict):
        return None
    code = _int(actor.get("type"))
    if code is None:
        return None
    name = _actor_name(actor) or ""
    return code == STATE_FORCES_CODE or (code == EXTERNAL_FORCES_CODE and bool(_STATE_FORCE_NAME.search(name)))


def _same_text(a: Any, b: Any) -> bool:
    return isinstance(a, str) and isinstance(b, str) and a.strip().casefold() == b.strip().casefold()


# --------------------------------------------------------------------------- tallies


class _Tally:
    """Numerators and denominators of rate metrics."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = defaultdict(int)
        self.totals: dict[str, int] = defaultdict(int)

    def add(self, key: str, hit: bool) -> None:
        self.totals[key] += 1
        self.hits[key] += int(bool(hit))

    def put(self, metrics: dict, key: str) -> None:
        n = self.totals.get(key, 0)
        metrics[key] = self.hits.get(key, 0) / n if n else None
        metrics[f"{key}_n"] = n


def _put(metrics: dict, key: str, value: float | None, n: int) -> None:
    metrics[key] = value if n else None
    metrics[f"{key}_n"] = n


# --------------------------------------------------------------------------- events


def match_events(gold_events: list[dict], system_events: list[dict]) -> list[dict | None]:
    """Greedily give each gold event, in order, a distinct system event.

    Preference: same ``sub_event_type``, then the smallest distance in km
    (no coordinates = infinitely far), then the highest ``confidence``.
    """
    remaining = list(range(len(system_events)))
    matches: list[dict | None] = []
    for gold in gold_events:
        if not remaining:
            matches.append(None)
            continue
        gold_sub = gold.get("sub_event_type")
        gold_xy = _coords(gold)

        def preference(index: int) -> tuple[int, float, float, int]:
            event = system_events[index]
            same_sub = gold_sub is not None and event.get("sub_event_type") == gold_sub
            return (0 if same_sub else 1, _distance(gold_xy, _system_coords(event)), -_confidence(event), index)

        best = min(remaining, key=preference)
        remaining.remove(best)
        matches.append(system_events[best])
    return matches


# a day, a weekday, a month or a relative day named in the text: the exact date can be read from it
_STATES_DATE = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|yesterday|today|"
    r"tonight|overnight|last (?:night|evening|week)|this (?:morning|afternoon|evening|week)|"
    r"(?:\d+|one|two|three|four|five|six|seven) days? (?:ago|earlier)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"\d{4}-\d\d-\d\d)\b", re.IGNORECASE)


def states_a_date(text: str) -> bool:
    """Whether a text names a day, weekday, month or relative day ("on Tuesday", "3 May", "yesterday")."""
    return bool(_STATES_DATE.search(text or ""))


def _score_date_split(gold: dict, event: dict | None, tally: _Tally, stated: bool, published: dt.date | None) -> None:
    """Date exactness over texts that state a date; over texts that state none, whether the system's
    date lies within [gold date, publication date], the most any reader can tell."""
    gold_date = _parse_date(gold.get("event_date"))
    if gold_date is None:
        return
    system_date = _parse_date(event.get("event_date")) if event is not None else None
    if stated:
        tally.add("event_date_exact_stated", system_date == gold_date)
    else:
        high = published if published is not None and published >= gold_date else gold_date
        tally.add("event_date_within_unstated", system_date is not None and gold_date <= system_date <= high)


def _score_event_fields(gold: dict, event: dict | None, tally: _Tally, km_errors: list[float]) -> None:
    for field in ("event_type", "sub_event_type"):
        if gold.get(field) is not None:
            tally.add(f"{field}_acc", event is not None and event.get(field) == gold[field])

    gold_date = _parse_date(gold.get("event_date"))
    system_date = _parse_date(event.get("event_date")) if event is not None else None
    if gold_date is not None:
        tally.add("event_date_exact", system_date == gold_date)
        tally.add("event_date_pm1", system_date is not None and abs((system_date - gold_date).days) <= 1)
    gold_month = _month(gold.get("event_date")) or _month(gold.get("event_month"))
    if gold_month is not None:
        tally.add("event_month", event is not None and _month(event.get("event_date")) == gold_month)

    gold_xy = _coords(gold)
    if gold_xy is not None:
        km = _distance(gold_xy, _system_coords(event)) if event is not None else math.inf
        for threshold in LOCATION_THRESHOLDS_KM:
            tally.add(f"loc_{threshold}km", km <= threshold)
        if math.isfinite(km):
            km_errors.append(km)

    if _scores_country(gold):
        tally.add("country", event is not None and _country_matches(gold, event))

    gold_fatalities = _int(gold.get("fatalities"))
    if gold_fatalities is not None and gold.get("fatalities_reliable") is not False:
        tally.add("fatalities_exact", event is not None and _system_fatalities(event) == gold_fatalities)

    if _int(gold.get("inter1")) is not None:
        gold_pair = tuple(sorted(c for c in (_int(gold.get("inter1")), _int(gold.get("inter2"))) if c is not None))
        tally.add("actor_type_pair", event is not None and _system_type_pair(event) == gold_pair)

    gold_role = gold_state_role(gold)
    if gold_role is not None:
        tally.add("perpetrator_state_role", event is not None and system_state_role(event) is gold_role)

    gold_names = [n for n in (_actor_name(gold.get("actor1")), _actor_name(gold.get("actor2"))) if n]
    if gold_names:
        tally.add("actor_name", event is not None and _actor_names_match(gold_names, event))
        tally.add("actor_canonical_name", event is not None and _actor_names_match(gold_names, event, False))


def _country_matches(gold: dict, event: dict) -> bool:
    location = event.get("location")
    if not isinstance(location, dict):
        return False
    if gold.get("iso3") and location.get("iso3"):
        return _same_text(gold["iso3"], location["iso3"])
    if gold.get("country") and location.get("country"):
        if _same_text(gold["country"], location["country"]):
            return True
        system = _iso3_of(location.get("iso3") or location["country"])
        return system is not None and system in gold_countries(gold["country"])
    return False


def _scores_country(gold: dict) -> bool:
    """Whether a gold event's country can be scored: an ISO3 code, or a name that is no continent or
    world region ("Africa", "Asia" name no country: no system country is right or wrong against them)."""
    if gold.get("iso3"):
        return True
    name = gold.get("country")
    return isinstance(name, str) and bool(name.strip()) and _region_key(name) not in _WORLD_REGIONS


def _region_key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().casefold())


# Names a gold file may use for a country that pycountry does not resolve
_COUNTRY_ALIASES = {"usa": "USA", "us": "USA", "u.s.": "USA", "america": "USA", "uk": "GBR", "u.k.": "GBR",
                    "britain": "GBR", "great britain": "GBR", "england": "GBR", "scotland": "GBR",
                    "wales": "GBR", "northern ireland": "GBR", "russia": "RUS", "iran": "IRN",
                    "syria": "SYR", "south korea": "KOR", "north korea": "PRK", "vietnam": "VNM",
                    "laos": "LAO", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
                    "drc": "COD", "dr congo": "COD", "democratic republic of congo": "COD",
                    "republic of congo": "COG", "ivory coast": "CIV", "turkey": "TUR", "palestine": "PSE",
                    "moldova": "MDA", "czech republic": "CZE", "burma": "MMR", "kosovo": "XKX",
                    "democratic republic of the congo": "COD", "bosnia": "BIH", "macedonia": "MKD",
                    "eswatini": "SWZ", "swaziland": "SWZ", "cape verde": "CPV", "east timor": "TLS"}
# continents and world regions: a gold "country" of this kind names no country (not scored)
_WORLD_REGIONS = frozenset({"africa", "asia", "europe", "oceania", "north america", "south america",
                            "latin america", "central america", "the americas", "americas", "middle east",
                            "caribbean", "world", "worldwide", "global", "international"})
# a misspelt country name ("Nigeia", "Turrkey"): the one country name this close (rapidfuzz ratio)
_MISSPELT_MIN_RATIO = 85.0
# several countries in one gold value: "Greece and India", "multiple (Kenya, Uganda, etc.)"
_COUNTRY_LIST = re.compile(r"\s*(?:,|;|/|&|\band\b|\bor\b|\(|\)|\betc\.?|\bmultiple\b)\s*", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def gold_countries(name: str) -> frozenset[str]:
    """The ISO3 codes a gold country value stands for: the country it names, by any of its names, its
    people's name ("Yemeni"), a province or state of one country only ("Texas"), or a misspelling of
    one country name ("Nigeia"); or each country of a list ("Greece and India"). Empty when it names none."""
    whole = _iso3_of(name)
    if whole is not None:
        return frozenset({whole})
    parts = [p for p in _COUNTRY_LIST.split(name) if p and p.strip()]
    if len(parts) < 2:
        return frozenset()
    return frozenset(code for code in map(_iso3_of, parts) if code is not None)


@functools.lru_cache(maxsize=1024)
def _iso3_of(name: str) -> str | None:
    """ISO3 code for a country name or code ("USA", "United States", "England" -> GBR), a people's name
    ("Ethiopian"), a first-level division's name that one country alone has ("Utah" -> USA), or a
    misspelt country name ("Turrkey" -> TUR)."""
    import pycountry

    key = name.strip().casefold()
    if key.startswith("the "):  # "the Netherlands", "the Gambia"
        key = key[4:]
        name = name.strip()[4:]
    if not key:
        return None
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        pass
    names = _country_names()
    if key in names:
        return names[key]
    divisions = _division_countries().get(key, ())
    if len(divisions) == 1:
        return next(iter(divisions))
    return _misspelt(key, names)


def _misspelt(key: str, names: dict[str, str]) -> str | None:
    if len(key) < 5:
        return None  # (a short name is too near too many others: "Oman", "Iraq", "Mali")
    scored = sorted(((fuzz.ratio(key, n), code) for n, code in names.items()), reverse=True)
    best, code = scored[0]
    rivals = {c for r, c in scored if r >= _MISSPELT_MIN_RATIO}
    return code if best >= _MISSPELT_MIN_RATIO and rivals == {code} else None


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every name of every country, casefolded, to its ISO3 code: ISO 3166 names (pycountry), the
    names, demonyms and other names of ``data/countries.tsv``, and the aliases above."""
    import pycountry

    from ..resolve.actors import load_countries

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(value.casefold(), c.alpha_3)
    for iso3, country in load_countries(Path(__file__).resolve().parents[1] / "data" / "countries.tsv").items():
        for value in (country.name, *country.demonyms, *country.aliases):
            names.setdefault(value.casefold(), iso3)
    for alias, iso3 in _COUNTRY_ALIASES.items():
        names.setdefault(alias, iso3)
    return names


@functools.lru_cache(maxsize=1)
def _division_countries() -> dict[str, frozenset[str]]:
    """ISO 3166-2 first-level division names, casefolded, to the ISO3 codes of the countries that have
    a division of that name ("punjab" -> IND and PAK)."""
    import pycountry

    out: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            country = pycountry.countries.get(alpha_2=s.country_code)
            if country is not None:
                out.setdefault(s.name.casefold(), set()).add(country.alpha_3)
    return {k: frozenset(v) for k, v in out.items()}


def _actor_names_match(gold_names: list[str], event: dict, described: bool = True) -> bool:
    """Whether a gold actor is a system actor: its canonical name or (``described``) the article's
    own words for it, the actor's ``description`` (gold perpetrator texts are such words)."""
    sides = [event.get("actor1"), event.get("actor2")]
    system_names = [n for n in (_actor_name(a) for a in sides) if n]
    if described:
        system_names += [a["description"].strip() for a in sides
                         if isinstance(a, dict) and isinstance(a.get("description"), str) and a["description"].strip()]
    return any(
        fuzz.token_set_ratio(g.casefold(), s.casefold()) >= ACTOR_NAME_MIN_RATIO
        for g in gold_names
        for s in system_names
    )


def macro_f1(pairs: list[tuple[str, str]]) -> float | None:
    """Macro-F1 over the gold classes present in ``(gold, predicted)`` pairs."""
    if not pairs:
        return None
    classes = sorted({g for g, _ in pairs})
    scores = []
    for label in classes:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        actual = sum(1 for g, _ in pairs if g == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


# --------------------------------------------------------------------------- spans


def match_spans(gold: list[dict], system: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matching of overlapping spans, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            gs, ge, ss, se = _int(g.get("start")), _int(g.get("end")), _int(s.get("start")), _int(s.get("end"))
            if None in (gs, ge, ss, se):
                continue
            overlap = min(ge, se) - max(gs, ss)
            if overlap > 0:
                candidates.append((-overlap, gi, si))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gi, si))
    pairs.sort()
    return [(gold[gi], system[si]) for gi, si in pairs]


def _put_prf(metrics: dict, prefix: str, matched: int, n_gold: int, n_system: int) -> None:
    _put(metrics, f"{prefix}_p", matched / n_system if n_system else None, n_system)
    _put(metrics, f"{prefix}_r", matched / n_gold if n_gold else None, n_gold)
    _put(metrics, f"{prefix}_f1", 2 * matched / (n_gold + n_system) if n_gold else None, n_gold)


# --------------------------------------------------------------------------- scoring


def score(gold: list[dict], system: list[dict]) -> dict:
    """Per-field metrics of ``system`` records against ``gold`` documents.

    Every metric ``key`` comes with ``key_n``, its denominator; a metric whose
    denominator is 0 is ``None``.
    """
    events_by_doc, annotations_by_doc = _index_system(system)
    run = _Scoring()
    for doc in gold:
        doc_id = str(doc.get("id"))
        run.document(doc, events_by_doc.get(doc_id, []), annotations_by_doc.get(doc_id, []))
    return run.metrics()


class _Scoring:
    """The tallies of one scoring run, document by document."""

    def __init__(self) -> None:
        self.tally = _Tally()
        self.km_errors: list[float] = []
        self.sub_pairs: list[tuple[str, str]] = []
        self.type_pairs: list[tuple[str, str]] = []
        self.counts = dict.fromkeys(
            ("docs", "docs_events", "docs_no_event", "docs_toponyms", "docs_timexes", "docs_unscored",
             "gold_events", "system_events"),
            0,
        )
        self.events_on_event_docs = 0
        self.topo = {"gold": 0, "system": 0, "matched": 0}
        self.timex = {"gold": 0, "system": 0, "matched": 0}

    def document(self, doc: dict, system_events: list[dict], annotations: list[dict]) -> None:
        self.counts["docs"] += 1
        self.counts["system_events"] += len(system_events)
        scored = False
        if isinstance(doc.get("events"), list):
            scored = True
            self.events(doc, system_events)
        if doc.get("no_event") is True:
            scored = True
            self.counts["docs_no_event"] += 1
            self.tally.add(
                "no_event_fp_rate",
                any(e.get("event_type") != NON_VIOLENT_EVENT_TYPE for e in system_events),
            )
        if isinstance(doc.get("toponyms"), list):
            scored = True
            self.toponyms(doc, annotations)
        if isinstance(doc.get("timexes"), list):
            scored = True
            self.timexes(doc, annotations)
        if not scored:
            self.counts["docs_unscored"] += 1

    def events(self, doc: dict, system_events: list[dict]) -> None:
        tally = self.tally
        self.counts["docs_events"] += 1
        gold_events = doc["events"]
        self.counts["gold_events"] += len(gold_events)
        self.events_on_event_docs += len(system_events)
        tally.add("detection", bool(system_events))
        stated = states_a_date(doc.get("text", ""))
        published = None if doc.get("date_unknown") else _parse_date(doc.get("date"))
        for gold_event, event in zip(gold_events, match_events(gold_events, system_events)):
            _score_event_fields(gold_event, event, tally, self.km_errors)
            _score_date_split(gold_event, event, tally, stated, published)
        if gold_events:
            top = max(system_events, key=_confidence) if system_events else None
            for field, pairs in (("sub_event_type", self.sub_pairs), ("event_type", self.type_pairs)):
                label = gold_events[0].get(field)
                if label is not None:
                    predicted = top.get(field) if top is not None else None
                    pairs.append((label, predicted if predicted is not None else NO_PREDICTION))

    def toponyms(self, doc: dict, annotations: list[dict]) -> None:
        self.counts["docs_toponyms"] += 1
        places = [p for a in annotations for p in (a.get("places") or [])]
        self.topo["gold"] += len(doc["toponyms"])
        self.topo["system"] += len(places)
        for g, s in match_spans(doc["toponyms"], places):
            self.topo["matched"] += 1
            g_xy = _coords(g)
            s_xy = _coords(s)
            if g_xy is not None and s_xy is not None:
                km = haversine_km(g_xy, s_xy)
                self.tally.add("toponym_161km", km <= 161)
                self.tally.add("toponym_25km", km <= 25)

    def timexes(self, doc: dict, annotations: list[dict]) -> None:
        self.counts["docs_timexes"] += 1
        dates = [d for a in annotations for d in (a.get("dates") or [])]
        self.timex["gold"] += len(doc["timexes"])
        self.timex["system"] += len(dates)
        for g, s in match_spans(doc["timexes"], dates):
            self.timex["matched"] += 1
            self.tally.add("timex_value_acc", s.get("value") is not None and s.get("value") == g.get("value"))

    def metrics(self) -> dict[str, Any]:
        counts, topo, timex = self.counts, self.topo, self.timex
        metrics: dict[str, Any] = dict(counts)
        _put(metrics, "events_per_doc", counts["system_events"] / counts["docs"] if counts["docs"] else None,
             counts["docs"])
        _put(
            metrics,
            "gold_events_per_doc",
            counts["gold_events"] / counts["docs_events"] if counts["docs_events"] else None,
            counts["docs_events"],
        )
        _put(
            metrics,
            "system_events_per_event_doc",
            self.events_on_event_docs / counts["docs_events"] if counts["docs_events"] else None,
            counts["docs_events"],
        )
        for key in (
            "detection", "event_type_acc", "sub_event_type_acc", "event_date_exact", "event_date_pm1",
            "event_date_exact_stated", "event_date_within_unstated",
            "event_month", "loc_10km", "loc_25km", "loc_161km", "country", "fatalities_exact",
            "actor_type_pair", "perpetrator_state_role", "actor_name", "actor_canonical_name", "no_event_fp_rate", "toponym_161km", "toponym_25km",
            "timex_value_acc",
        ):
            self.tally.put(metrics, key)
        _put(metrics, "loc_median_km", statistics.median(self.km_errors) if self.km_errors else None,
             len(self.km_errors))
        _put(metrics, "sub_event_type_macro_f1", macro_f1(self.sub_pairs), len(self.sub_pairs))
        _put(metrics, "event_type_macro_f1", macro_f1(self.type_pairs), len(self.type_pairs))
        _put_prf(metrics, "toponym", topo["matched"], topo["gold"], topo["system"])
        _put_prf(metrics, "timex", timex["matched"], timex["gold"], timex["system"])
        return metrics


def _source_of(doc: dict) -> str:
    if doc.get("source"):
        return str(doc["source"])
    doc_id = str(doc.get("id", ""))
    return doc_id.split(":", 1)[0] if ":" in doc_id else "unknown"


def score_by_source(
    gold: list[dict], system: list[dict], key: Callable[[dict], str] = _source_of
) -> dict[str, dict]:
    """Metrics per gold dataset (the ``source`` of each gold record, else its id prefix)."""
    groups: dict[str, list[dict]] = {}
    for doc in gold:
        groups.setdefault(key(doc), []).append(doc)
    return {name: score(docs, system) for name, docs in groups.items()}


# --------------------------------------------------------------------------- formatting


def _format_value(spec: MetricSpec, value: Any) -> str:
    if value is None:
        return MISSING
    if spec.kind == "count":
        return str(int(value))
    if spec.kind == "km":
        return f"{value:.1f} km"
    if spec.kind == "ratio":
        return f"{value:.2f}"
    return f"{value:.3f}"


def format_table(metrics: dict, title: str = "") -> str:
    """An aligned text table: metric, value and n (its denominator), one per line."""
    specs = [s for s in METRICS if s.key in metrics]
    rows = [("metric", "value", "n")]
    for spec in specs:
        n = metrics.get(f"{spec.key}_n")
        rows.append((spec.label, _format_value(spec, metrics[spec.key]), "" if n is None else str(n)))
    label_w = max(len(r[0]) for r in rows)
    value_w = max(len(r[1]) for r in rows)
    n_w = max(len(r[2]) for r in rows)
    lines = [title] if title else []
    for i, (label, value, n) in enumerate(rows):
        lines.append(f"{label:<{label_w}}  {value:>{value_w}}  {n:>{n_w}}".rstrip())
        if i == 0:
            lines.append(f"{'-' * label_w}  {'-' * value_w}  {'-' * n_w}")
    return "\n".join(lines)


def format_comparison(metrics_by_name: dict[str, dict]) -> str:
    """A wide table: one row per metric, one column per dataset; rows with no value anywhere are left out."""
    names = list(metrics_by_name)
    rows = [["metric", *names]]
    for spec in METRICS:
        values = [metrics_by_name[name].get(spec.key) for name in names]
        if all(v is None for v in values):
            continue
        rows.append([spec.label, *(_format_value(spec, v) for v in values)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for i, row in enumerate(rows):
        cells = [f"{row[0]:<{widths[0]}}", *(f"{cell:>{w}}" for cell, w in zip(row[1:], widths[1:]))]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)

"""Synthetic corpora with known duplicates, for dedup tests and benchmarks.

A fictional world (countries, first-level areas, towns with coordinates, armed
groups) in which real-world events happen; each event is reported by one to
five outlets, each with its own spelling, date (the day or the next), casualty
figure, place precision and wording.  Beside the duplicates the corpus holds
near-misses that must stay apart: a second strike in the same town on the same
day (often in the same article), the same attack in a town 30-55 km away, a
different kind of event with other actors, and the same actors at the same
place a few days later; the same sides' event in another village of the same town and day
(a sibling), and protests and riots that go on the next day.  Each report has an outlet (one
real-world event's reports come from different outlets), may name the village and may state
the day (its date is then read in the text, not taken from the publication).

``corpus(...)`` returns the :class:`~eventwire.records.Event` records and, for
each, the id of the real-world event it reports; :func:`pair_scores` measures a
clustering against that truth.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..records import Actor, Event, FatalityReport, Place, Span

SUBTYPES = {
    "Battles": ["Armed clash"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Suicide bomb", "Grenade"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
}
DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations"}
TYPE_WEIGHTS = [("Battles", 3), ("Explosions/Remote violence", 4), ("Violence against civilians", 2),
                ("Protests", 3), ("Riots", 1)]
SYLLABLES = ["ka", "ra", "mo", "ta", "li", "su", "ne", "do", "ba", "ri", "sha", "kho", "al", "zan", "mir",
             "tor", "vel", "ash", "qu", "den", "bar", "kir", "ul", "em"]
VERBS = {
    "Armed clash": ["clashed with", "fought", "exchanged fire with"],
    "Air/drone strike": ["struck", "bombed", "hit with a drone"],
    "Shelling/artillery/missile attack": ["shelled", "fired rockets at", "pounded"],
    "Remote explosive/landmine/IED": ["detonated a roadside bomb against", "blew up a vehicle of"],
    "Suicide bomb": ["sent a suicide bomber against", "attacked with a car bomb"],
    "Grenade": ["threw a grenade at", "lobbed grenades at"],
    "Attack": ["attacked", "opened fire on", "raided"],
    "Abduction/forced disappearance": ["abducted", "kidnapped", "seized"],
    "Peaceful protest": ["marched against", "rallied against", "protested against"],
    "Protest with intervention": ["protested against", "demonstrated against", "rallied against"],
    "Violent demonstration": ["rioted over", "burned tyres and threw stones over", "clashed with police over"],
    "Mob violence": ["lynched", "beat to death", "attacked"],
}
TARGETS = ["a market", "a checkpoint", "a school", "a convoy", "a mosque", "a church", "a bus station",
           "a police post", "a military base", "a hospital", "a bridge", "a fuel depot", "a village",
           "a displacement camp", "a wedding party", "farmers", "a power station", "a bakery"]
# what a demonstration is about, and whom a mob attacks: outlets name the grievance, not a building
ISSUES = ["fuel prices", "unpaid salaries", "the closure of a school", "a disputed election result",
          "land evictions", "water shortages", "the arrest of a local leader", "police brutality", "new market taxes",
          "power cuts", "the price of bread", "insecurity on the roads"]
MOB_TARGETS = ["a suspected thief", "a man accused of witchcraft", "two suspected robbers", "a suspected kidnapper"]
INTERVENTIONS = [" until police dispersed them", " before police broke up the crowd", " and were dispersed with tear gas"]
OUTLETS = [f"Outlet {k}" for k in range(1, 13)]
OUTLET_FORMS = [
    "{actor1} {verb} {target} in {place} on {weekday}, killing {n} people, officials said.",
    "At least {n} people were killed when {actor1} {verb} {target} near {place}, {claimant} said.",
    "{place}: {actor1} {verb} {target}; the toll stands at {n}.",
    "Witnesses in {place} said {actor1} {verb} {target} early on {weekday}. {n} died.",
    "{n} dead after {actor1} {verb} {target} outside {place}.",
]
# a violent event whose report gives no toll: no outlet writes "killing 0 people"
QUIET_FORMS = [
    "{actor1} {verb} {target} in {place} on {weekday}, officials said.",
    "{actor1} {verb} {target} near {place}, {claimant} said; no casualties were reported.",
    "{place}: {actor1} {verb} {target}.",
    "Witnesses in {place} said {actor1} {verb} {target} early on {weekday}.",
]
# demonstrations: the crowd, the grievance, the place (and the police's intervention, any deaths)
DEMO_FORMS = [
    "{actor1} {verb} {target} in {place} on {weekday}{tail}, {claimant} said.",
    "In {place}, {actor1} {verb} {target}{tail}.",
    "{place}: {actor1} {verb} {target}{tail}.",
    "Witnesses in {place} said {actor1} {verb} {target} on {weekday}{tail}.",
]


def _target(rng: random.Random, event_type: str, sub: str) -> str:
    """What an event is against: a grievance for a demonstration, a person for a mob, else a place or a thing."""
    if sub == "Mob violence":
        return rng.choice(MOB_TARGETS)
    return rng.choice(ISSUES if event_type in DISORDER else TARGETS)


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _variant(rng: random.Random, name: str) -> str:
    """How another outlet may spell a name."""
    roll = rng.random()
    if roll < 0.55:
        return name
    if roll < 0.7:
        return name.replace("-", " ") if "-" in name else name.replace(" al ", " al-")
    if roll < 0.8:
        return name.lower()
    if roll < 0.9:
        return name.replace("'", "").replace("kh", "h").replace("ou", "u")
    return name.upper() if len(name) < 12 else name.replace("a", "e", 1)


@dataclass(frozen=True)
class Town:
    name: str
    admin1: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    towns: tuple[Town, ...]
    admin1: dict
    actors: dict  # ACLED inter code -> list of names


def world(rng: random.Random, countries: int, admin1: int, towns: int) -> list[Country]:
    out = []
    for ci in range(countries):
        name = _name(rng, 3)
        iso3 = (name[:2].upper() + chr(65 + ci % 26)) + str(ci // 26 or "")
        lat0, lon0 = rng.uniform(-35, 50), rng.uniform(-80, 120)
        centres = {}
        town_list = []
        for ai in range(admin1):
            a_name = _name(rng, 2) + (" Province" if ai % 3 == 0 else "")
            a_lat, a_lon = lat0 + (ai // 4) * 1.2, lon0 + (ai % 4) * 1.2
            centres[a_name] = (a_lat, a_lon)
            for ti in range(towns):
                t_lat = a_lat + rng.uniform(-0.5, 0.5)
                t_lon = a_lon + rng.uniform(-0.5, 0.5)
                town_list.append(Town(_name(rng, rng.choice((2, 3))) + ("-" + _name(rng, 1) if ti % 7 == 0 else ""),
                                      a_name, t_lat, t_lon))
        adj = name + ("n" if name[-1] in "aeiou" else "i")
        actors = {
            1: [f"Military Forces of {name} (2019-)", f"Police Forces of {name} (2019-)"],
            2: [f"{_name(rng, 2)} Liberation Front", f"Hay'at {_name(rng, 2)} al-{_name(rng, 2)}",
                f"{_name(rng, 3)} Army"],
            3: [f"{_name(rng, 2)} Militia", f"{adj} Patriotic Guard"],
            4: [f"{_name(rng, 2)} Ethnic Militia ({name})", f"{_name(rng, 2)} Communal Militia ({name})"],
            5: [f"Rioters ({name})"],
            6: [f"Protesters ({name})"],
            7: [f"Civilians ({name})"],
            8: [f"Military Forces of {_name(rng, 3)} (2000-)"],
        }
        out.append(Country(name, iso3, tuple(town_list), centres, actors))
    return out


@dataclass(frozen=True)
class Happening:
    """One real-world event."""

    key: str
    country: Country
    town: Town
    day: dt.date
    event_type: str
    sub_event_type: str
    actor1: Actor
    actor2: Actor | None
    deaths: int
    target: str
    area: str | None = None  # the village or quarter of the town, when the outlets may name it


def _actors_for(rng: random.Random, c: Country, event_type: str) -> tuple[Actor, Actor | None]:
    def pick(t: int) -> Actor:
        return Actor(rng.choice(c.actors[t]), t, c.iso3)
    if event_type == "Battles":
        a1 = pick(rng.choice((1, 1, 8)))
        return a1, pick(rng.choice((2, 2, 3, 4)))
    if event_type == "Explosions/Remote violence":
        return pick(rng.choice((1, 2, 8))), (pick(7) if rng.random() < 0.5 else pick(rng.choice((1, 2))))
    if event_type == "Violence against civilians":
        return pick(rng.choice((2, 3, 4, 1))), pick(7)
    if event_type == "Protests":
        return pick(6), (pick(1) if rng.random() < 0.3 else None)
    return pick(5), (pick(7) if rng.random() < 0.5 else None)


def _happening(rng: random.Random, key: str, c: Country, town: Town, day: dt.date,
               event_type: str | None = None) -> Happening:
    if event_type is None:
        event_type = rng.choices([t for t, _ in TYPE_WEIGHTS], [w for _, w in TYPE_WEIGHTS])[0]
    sub = rng.choice(SUBTYPES[event_type])
    a1, a2 = _actors_for(rng, c, event_type)
    lethal = event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    deaths = max(0, int(rng.expovariate(1 / 8))) if lethal else (1 if rng.random() < 0.1 else 0)
    return Happening(key, c, town, day, event_type, sub, a1, a2, deaths, _target(rng, event_type, sub))


def _report(rng: random.Random, h: Happening, article_id: str, index: int, offset: int,
            lead: Happening | None = None, source: str | None = None,
            extra: random.Random | None = None) -> Event:
    """One outlet's coding of ``h`` (``extra``: draws whether the outlet names the village and states
    the day, apart from ``rng`` so that the rest of the corpus does not depend on them)."""
    c = h.country
    if rng.random() < 0.08:
        lat, lon = c.admin1[h.town.admin1]
        place, precision = Place(h.town.admin1, c.name, c.iso3, lat, lon, admin1=h.town.admin1,
                                 feature="admin1"), 3
    elif rng.random() < 0.08:
        ang = rng.uniform(0, 2 * math.pi)
        dist = rng.uniform(1, 6) / 111.0
        place, precision = Place(_variant(rng, h.town.name) + " District", c.name, c.iso3,
                                 h.town.latitude + dist * math.sin(ang), h.town.longitude + dist * math.cos(ang),
                                 admin1=h.town.admin1), 2
    else:
        place, precision = Place(h.town.name, c.name, c.iso3, h.town.latitude, h.town.longitude,
                                 admin1=h.town.admin1), 1
    a1 = Actor(_variant(rng, h.actor1.name), h.actor1.type, h.actor1.country)
    a2 = h.actor2
    if a2 is not None:
        a2 = None if rng.random() < 0.12 else Actor(_variant(rng, a2.name), a2.type, a2.country)
    sub = h.sub_event_type
    if h.event_type == "Explosions/Remote violence" and rng.random() < 0.07:
        sub = rng.choice(SUBTYPES[h.event_type])
    deaths = h.deaths
    if deaths:
        roll = rng.random()
        if roll < 0.1:
            deaths = 0
        elif roll < 0.5:
            deaths = max(1, round(deaths * rng.uniform(0.65, 1.5)))
    date = h.day + dt.timedelta(days=offset)
    claimant = rng.choice(["officials", "a local official", "the health ministry", "witnesses", "a monitor"])
    demo = h.event_type in DISORDER
    form = rng.choice(DEMO_FORMS if demo else OUTLET_FORMS if deaths else QUIET_FORMS)
    tail = rng.choice(INTERVENTIONS) if sub == "Protest with intervention" else ""
    if demo and deaths:
        tail += f", leaving {deaths} dead"
    where = place.name
    if extra is not None and h.area and precision == 1 and extra.random() < 0.7:
        where = f"{h.area} village, {place.name}"
    text = form.format(
        actor1=a1.name.split(" (")[0], verb=rng.choice(VERBS.get(sub, ["attacked"])), target=h.target,
        place=where, weekday=date.strftime("%A"), n=deaths, claimant=claimant, tail=tail)
    evidence: tuple = (("event_type", Span(text, 0, len(text))),)
    weekday = date.strftime("%A")
    if extra is not None and offset == 0 and weekday in text and extra.random() < 0.8:
        # the outlet states the day: the date is read in the text, not taken from the publication
        at = text.index(weekday)
        evidence += (("event_date", Span(weekday, at, at + len(weekday))),)
    reports = (FatalityReport(claimant, deaths, Span(str(deaths), 0, len(str(deaths)))),) if deaths else ()
    low = high = deaths
    if deaths and rng.random() < 0.2:
        high = deaths + rng.randint(1, 5)
        reports += (FatalityReport("a monitor", high, Span(str(high), 0, len(str(high)))),)
    notes = (f"On {date.day} {date.strftime('%B')} {date.year}, {a1.name} {VERBS.get(sub, ['attacked'])[0]}"
             f"{' ' + a2.name if a2 else ''} in {place.name} ({place.admin1}, {c.name}). "
             f"{deaths} fatalities reported.")
    return Event(
        event_id=f"{article_id}-e{index}", article_id=article_id, event_date=date.isoformat(), time_precision=1,
        event_type=h.event_type, sub_event_type=sub, disorder_type=DISORDER.get(h.event_type, "Political violence"),
        plover_event="ASSAULT", plover_mode=None, cameo=None, actor1=a1, actor2=a2, location=place,
        geo_precision=precision, fatalities_best=deaths, fatalities_low=low, fatalities_high=high,
        fatality_reports=reports, civilian_targeting=a2 is not None and a2.type == 7,
        confidence=round(rng.uniform(0.45, 0.95), 3),
        evidence=evidence, notes=notes, source=source)


def corpus(seed: int = 7, events: int = 300, countries: int = 3, admin1: int = 6, towns: int = 15,
           days: int = 60, start: dt.date = dt.date(2024, 1, 1),
           near_misses: float = 0.35, siblings: float = 0.1,
           continued: float = 0.25) -> tuple[list[Event], dict[str, str]]:
    """``events`` real-world events reported by 1-5 outlets each, plus near-misses (and, for
    ``siblings`` of the events whose village is known, the same sides' event in another village;
    for ``continued`` of the protests and riots, the same the next day).

    Returns the coded events (sorted by id) and, for each event id, the key of the
    real-world event it reports.
    """
    rng = random.Random(seed)
    # the outlets are drawn apart from the rest, so that the events themselves do not depend on them:
    # one real-world event's reports come from different outlets, a distinct event's from any
    extra = random.Random(seed * 7919 + 1)
    places = world(rng, countries, admin1, towns)
    out: list[Event] = []
    truth: dict[str, str] = {}
    n_articles = 0

    def article() -> str:
        nonlocal n_articles
        n_articles += 1
        return f"a{n_articles:07d}"

    def report_all(h: Happening, sources: int, exclude: Iterable[str] = ()) -> list[str]:
        """``sources`` outlets' reports of ``h`` (not by the ``exclude`` outlets, which told it already)."""
        outlets = extra.sample([o for o in OUTLETS if o not in exclude], sources)
        for outlet in outlets:
            ev = _report(rng, h, article(), 0, 0 if rng.random() < 0.7 else 1, source=outlet, extra=extra)
            out.append(ev)
            truth[ev.event_id] = h.key
        return outlets

    for i in range(events):
        c = rng.choice(places)
        town = rng.choice(c.towns)
        day = start + dt.timedelta(days=rng.randrange(days))
        h = dataclasses.replace(_happening(rng, f"h{i}", c, town, day),
                                area=_name(extra, 2) if extra.random() < 0.6 else None)
        sources = rng.choices((1, 2, 3, 4, 5), (30, 30, 20, 12, 8))[0]
        told = report_all(h, sources)
        if h.area and siblings and extra.random() < siblings:
            # the same sides, the same kind of event, the same town and day, in another village:
            # a distinct event (one record per place), told in the same words
            sib = dataclasses.replace(h, key=f"h{i}-sibling", area=_name(extra, 2),
                                      deaths=extra.choice((0, 1, 2, 3)) if h.deaths else 0,
                                      target=_target(extra, h.event_type, h.sub_event_type))
            report_all(sib, extra.choice((1, 1, 2)))
        if continued and h.event_type in ("Protests", "Riots") and extra.random() < continued:
            # the protest goes on the next day: one event a day (ACLED codes each day apart)
            nxt = dataclasses.replace(h, key=f"h{i}-next", day=day + dt.timedelta(days=1),
                                      area=_name(extra, 2) if extra.random() < 0.5 else h.area,
                                      target=_target(extra, h.event_type, h.sub_event_type))
            report_all(nxt, extra.choice((1, 1, 2)))
        if rng.random() < near_misses:
            _near_miss(rng, extra, h, c, town, day, i, told, report_all, article, out, truth)
    out.sort(key=lambda e: e.event_id)
    return out, truth


def _near_miss(rng: random.Random, extra: random.Random, h: Happening, c: Country, town: Town, day: dt.date,
               i: int, told: list[str], report_all, article, out: list[Event], truth: dict[str, str]) -> None:
    """One near-miss of ``h``: a second attack in the same town and day (one outlet reports both in one
    article), the same sides 30-55 km away, another kind of event there within a day, or the same
    event again days later. ``report_all`` and ``article`` are the corpus's outlet reports and article ids."""
    kind = rng.random()
    if kind < 0.4:
        # a second, different attack in the same town on the same day, reported together
        # by one outlet and separately by others
        twin = _happening(rng, f"h{i}-twin", c, town, day, h.event_type)
        if twin.sub_event_type == h.sub_event_type and twin.actor1 == h.actor1 and (
                twin.actor2 == h.actor2) and abs(twin.deaths - h.deaths) < 4:
            twin = Happening(twin.key, c, town, day, twin.event_type, twin.sub_event_type, twin.actor1,
                             twin.actor2, h.deaths + 6 + rng.randrange(10), twin.target)
        # (an outlet tells an event once a day: the one article of both is by an outlet that does
        # not also report either apart)
        both, outlet = article(), extra.choice([o for o in OUTLETS if o not in told])
        for idx, hh in enumerate((h, twin)):
            ev = _report(rng, hh, both, idx, 0, source=outlet, extra=extra)
            out.append(ev)
            truth[ev.event_id] = hh.key
        report_all(twin, rng.choice((0, 1, 1, 2)), exclude=(outlet,))
    elif kind < 0.65:
        far = [t for t in c.towns if 30 <= _km(t, town) <= 55]
        if far:
            other = Happening(f"h{i}-far", c, rng.choice(far), day, h.event_type, h.sub_event_type,
                              h.actor1, h.actor2, h.deaths, h.target)
            report_all(other, rng.choice((1, 2)))
    elif kind < 0.85:
        other = _happening(rng, f"h{i}-other", c, town, day + dt.timedelta(days=rng.choice((0, 1))))
        if other.event_type != h.event_type or other.actor1.type != h.actor1.type:
            report_all(other, rng.choice((1, 2)))
    else:
        later = Happening(f"h{i}-later", c, town, day + dt.timedelta(days=rng.choice((3, 4, 6))),
                          h.event_type, h.sub_event_type, h.actor1, h.actor2, h.deaths, h.target)
        report_all(later, rng.choice((1, 2)))


def _km(a: Town, b: Town) -> float:
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out = set()
    for g in groups:
        members = sorted(g)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                out.add((a, b))
    return out


def pair_scores(predicted: Iterable[Iterable[str]], truth: dict[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of predicted groups against ``truth``
    (event id -> real-world event key)."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for eid, key in truth.items():
        by_key[key].append(eid)
    gold = _pairs(by_key.values())
    got = _pairs(predicted)
    hit = len(gold & got)
    precision = hit / len(got) if got else 1.0
    recall = hit / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": len(gold),
            "predicted_pairs": len(got), "correct_pairs": hit}


# ---------------------------------------------------------------- articles

REAL_PLACES = [
    ("Iraq", ["Baghdad", "Mosul", "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Samarra", "Baqubah"]),
    ("Syria", ["Aleppo", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Daraa"]),
    ("Nigeria", ["Maiduguri", "Kaduna", "Zaria", "Jos", "Makurdi", "Sokoto"]),
    ("Somalia", ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne"]),
    ("Mali", ["Gao", "Timbuktu", "Mopti", "Kidal", "Bamako"]),
    ("Afghanistan", ["Kabul", "Kandahar", "Jalalabad", "Kunduz", "Herat"]),
    ("Pakistan", ["Peshawar", "Quetta", "Bannu", "Karachi"]),
    ("Yemen", ["Aden", "Taiz", "Marib", "Hodeidah"]),
    ("Sudan", ["Khartoum", "Omdurman", "El Fasher", "Nyala"]),
    ("Colombia", ["Cali", "Medellin", "Cucuta"]),
]
ARTICLE_STORIES = [
    ("Gunmen", "attacked", "a police checkpoint", "killing {n} officers"),
    ("Militants", "attacked", "a village", "killing {n} civilians"),
    ("A suicide bomber", "detonated his vest in", "a crowded market", "killing {n} people"),
    ("Security forces", "clashed with", "insurgents", "leaving {n} fighters dead"),
    ("Protesters", "marched through", "the city centre", "demanding the release of detained activists"),
    ("Rioters", "set fire to", "a government office", "after a disputed election result"),
    ("A roadside bomb", "struck", "an army convoy", "killing {n} soldiers"),
    ("An air strike", "hit", "a rebel position", "killing {n} fighters"),
    ("Armed men", "kidnapped", "{n} farmers", "on the road out of town"),
]
FILLER = [
    "Residents said the area had been tense for weeks.",
    "The authorities did not comment on the incident.",
    "Local officials called for calm and promised an investigation.",
    "No group has yet claimed responsibility.",
    "Hospitals in the area reported receiving casualties.",
    "The road was closed for several hours afterwards.",
    "Aid agencies warned that the violence could force more families to flee.",
    "Witnesses described scenes of panic as people ran for cover.",
    "Security was tightened across the province following the incident.",
    "The government has struggled to contain the violence in recent months.",
    "Schools and shops remained closed on the following day.",
    "A spokesman for the provincial council condemned the attack.",
]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve"]


def articles(n: int, seed: int = 7, start: dt.date = dt.date(2024, 1, 1), days: int = 365,
             outlets: int = 12) -> Iterable["Article"]:
    """``n`` short news articles (60-200 words) about template events in real places;
    about a third of the events are reported by two to four outlets, on the day or the next."""
    from ..records import Article

    rng = random.Random(seed)
    made = 0
    i = 0
    while made < n:
        country, towns = rng.choice(REAL_PLACES)
        town = rng.choice(towns)
        day = start + dt.timedelta(days=rng.randrange(days))
        who, verb, what, result = rng.choice(ARTICLE_STORIES)
        deaths = rng.randint(2, 12)
        copies = 1 if rng.random() < 0.65 else rng.randint(2, 4)
        for k in range(copies):
            if made >= n:
                break
            published = day + dt.timedelta(days=rng.choice((0, 1)) if k else 0)
            when = "on " + day.strftime("%A")
            figure = max(1, deaths + rng.choice((0, 0, -1, 1, 2)))
            count = WORDS[figure] if figure < len(WORDS) and rng.random() < 0.5 else str(figure)
            lead = (f"{who} {verb} {what} in {town}, {country}, {when}, {result.format(n=count)}, "
                    f"{rng.choice(['officials said', 'police said', 'witnesses said', 'a local source said'])}.")
            body = [lead] + rng.sample(FILLER, rng.randint(3, len(FILLER)))
            words = " ".join(body).split()
            while len(words) < 60:
                body.append(rng.choice(FILLER))
                words = " ".join(body).split()
            text = " ".join(body)
            made += 1
            yield Article(id=f"syn-{seed}-{i:06d}-{k}", date=published, text=text,
                          title=f"{who} {verb} {what} in {town}", source=f"Outlet {rng.randrange(outlets)}",
                          url=f"https://news.example/{seed}/{i}/{k}")
        i += 1

"""ACLED-style notes: a one- or two-sentence summary written from an event's fields."""
from __future__ import annotations

import datetime as dt

from ..records import Event

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained control of territory from",
    "Non-state actor overtakes territory": "took control of territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "sexually assaulted",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "held a peaceful protest",
    "Protest with intervention": "protested and were met by",
    "Excessive force against protesters": "used excessive force against",
    "Violent demonstration": "rioted",
    "Mob violence": "engaged in mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity or group structure; involving",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base or headquarters",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "transferred territory to",
    "Other": "were involved in a strategic development with",
}


def _date_words(iso: str, precision: int) -> str:
    d = dt.date.fromisoformat(iso)
    day = f"{d.day} {d.strftime('%B')} {d.year}"
    if precision == 1:
        return f"On {day}"
    if precision == 2:
        return f"Around {day}"
    return f"In {d.strftime('%B')} {d.year}"


def write_notes(ev: Event) -> str:
    where = ""
    if ev.location is not None:
        loc = ev.location
        parts = [p for p in (loc.admin1, loc.country) if p and p != loc.name]
        inside = f" ({', '.join(parts)})" if parts else ""
        prefix = "near " if ev.geo_precision == 2 else "in "
        where = f" {prefix}{loc.name}{inside}"
    verb = _VERB.get(ev.sub_event_type, "were involved in an event with")
    a1 = ev.actor1.name if ev.actor1 else "Unidentified actors"
    target = f" {ev.actor2.name}" if ev.actor2 is not None and not verb.endswith(("protest", "rioted", "established a base or headquarters")) else ""
    if verb.endswith(("by", "with", "of", "on", "against", "at", "to", "involving")) and not target:
        verb = verb.rsplit(" ", 1)[0]
    first = f"{_date_words(ev.event_date, ev.time_precision)}, {a1} {verb}{target}{where}."
    if ev.fatalities_high == 0:
        second = "No fatalities were reported." if ev.event_type not in ("Strategic developments", "Protests") else ""
    elif ev.fatalities_low == ev.fatalities_high:
        second = f"{ev.fatalities_best} fatalities reported."
    else:
        claims = "; ".join(f"{r.count} according to {r.claimant or 'the report'}" for r in ev.fatality_reports)
        second = (f"Fatalities disputed: {ev.fatalities_low} to {ev.fatalities_high} ({claims}); "
                  f"coded as {ev.fatalities_best}.")
    return f"{first} {second}".strip()

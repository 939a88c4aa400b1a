"""Armed groups and peoples' militias that act in several countries (``data/cross_border_groups.tsv``):
their home country in the actor dictionary is no evidence of where one of their events happened.

ACLED codes a transnational group's events in the country where each happened (al-Shabaab raids in
Kenya are Kenyan events); a story that names such a group and no place, institution or force of one
country has no country to fall back on (``places.cross_border_group``)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..datafiles import read_table
from ..extract.classify.places_country_rules import CROSS_BORDER_GROUP
from ..settings import DATA_DIR


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return {r["group"]: frozenset(r["countries"].split("|"))
            for r in read_table(DATA_DIR / "cross_border_groups.tsv").rows}


# the country a templated name was filled with: "Fulani Ethnic Militia (Nigeria)"
_FILLED = re.compile(r" \([^()]+\)$")


def operating_countries(canonical: str) -> frozenset[str]:
    """The countries a cross-border group acts in; empty for a group tied to one country.  A canonical
    name is known by its part before a colon ("JNIM: Group for …" -> "JNIM"), a name the dictionary
    fills with a country by its template ("Fulani Ethnic Militia (Nigeria)" -> "Fulani Ethnic Militia
    ({country})")."""
    key = canonical.split(":")[0].strip()
    return _table().get(key) or _table().get(_FILLED.sub(" ({country})", key), frozenset())


def tied_to_one_country(actor) -> bool:
    """Whether an actor's home country says where its events happen: it has one, and it is not a
    group of ``data/cross_border_groups.tsv``."""
    return bool(actor.country) and not operating_countries(actor.name)


def mark_events(events, actor_mentions):
    """Events of an article that names a cross-border group whose home country is not the event's
    (or that has no place) get ``places.cross_border_group`` in their rules; an event left without a
    place also as the decider of its location."""
    homes = {a.country for _, _, a in actor_mentions if a.country and operating_countries(a.name)}
    if not homes:
        return list(events)
    out = []
    for e in events:
        iso3 = e.location.iso3 if e.location is not None else None
        if iso3 is not None and iso3 in homes:
            out.append(e)
            continue
        decided = e.decided_by if e.location is not None else \
            tuple((f, r) for f, r in e.decided_by if f != "location") + (("location", CROSS_BORDER_GROUP),)
        out.append(replace(e, rules=tuple(dict.fromkeys((*e.rules, CROSS_BORDER_GROUP))), decided_by=decided))
    return out



def home_cues(text: str, actor_mentions) -> dict[str, int]:
    """A vote for the home country of each cross-border group the article names, one per distinct
    form: where most of its acts happen, it still tells which of several same-name places is meant
    ("Beni" beside the ADF is the Congolese town, not the Bolivian province), but it is given to the
    place ranking only, never to the story's country (``places.cross_border_group``)."""
    votes: dict[str, int] = {}
    seen: set[str] = set()
    for s, e, actor in actor_mentions:
        form = text[s:e].lower()
        if form in seen or not actor.country or not operating_countries(actor.name):
            continue
        seen.add(form)
        votes[actor.country] = votes.get(actor.country, 0) + 1
    return votes

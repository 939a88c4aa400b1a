"""Naming the sides of a fight between communities, clans or armed groups the text names."""
from __future__ import annotations

from dataclasses import replace

from ...records import Actor, ActorType
from ...resolve.actors import demonym_to_iso3
from . import cues
from .facts import NON_STATE_ARMED


def paired_groups(actors, text: str, iso3: str | None) -> tuple[Actor, Actor] | None:
    """The two sides of a fight between named communities, clans or armed groups."""
    for rx in (cues.BETWEEN_GROUPS, cues.GROUPS_CLASH, cues.TWO_OF_GROUP, cues.PEOPLES_CLASH):
        m = rx.search(text)
        if m is None:
            continue
        x = m.group("x") or m.group("z")
        y = m.groupdict().get("y") or x
        sides = [group_actor(actors, n, iso3) for n in (x, y)]
        if all(a is not None for a in sides):
            # each side keeps the article's name for it ("Misseriya", "Khazam") beside the militia's
            return tuple(a if a.description else replace(a, description=n) for a, n in zip(sides, (x, y)))
    return None


def group_actor(actors, name: str, iso3: str | None) -> Actor | None:
    """A named group as an actor: a known armed group, else an ethnic or communal militia."""
    known = actors.resolve(name, iso3)
    if known is not None:
        return known if known.type in NON_STATE_ARMED else None
    for form in dict.fromkeys((name, name[:-1] if name.endswith("s") else name)):
        # a people the dictionary knows ("the Borana", "Somalis" in Kenya) fights as its militia
        known = next((a for _, _, a in actors.scan(f"{form} militia", iso3)
                      if a.type == ActorType.IDENTITY_MILITIA), None)
        if known is not None:
            return known
    if demonym_to_iso3(name) is not None or demonym_to_iso3(name.rstrip("s")) is not None:
        return None  # any other nationality is no militia ("Kenyans and Ugandans clashed")
    militia = actors.resolve(f"{name} militia", iso3)
    return militia if militia is not None and militia.type == ActorType.IDENTITY_MILITIA and name in militia.name \
        else None

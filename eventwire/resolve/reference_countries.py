"""Countries a report names for another purpose than saying where its event happened.

- ``places.border_side``: a place the text puts by the border with a country lies in a country bordering
  it, not in the neighbour itself nor far from it (``border_phrases.side_neighbours``);
- ``places.name_inside_name``: a country's name inside an organisation's or a facility's name ("the
  Patriotic Front for the Liberation of Varnia", "Qatar Hospital") is no place;
- ``places.reference_only_country``: a story's country that the report names only as a reference (a
  neighbour by its border, the home of people abroad) is no country of the event; the country the
  rest of the report points to is, else the people it names across that border, else none.

The rule ids are declared in ``extract/classify/border_rules.py``."""
from __future__ import annotations

import re
from dataclasses import replace

from ..extract.classify.border_rules import BORDER_SIDE, NAME_INSIDE_NAME, REFERENCE_ONLY
from ..records import Toponym
from . import border_phrases


def border_sides(text: str, toponyms: list[Toponym], country_of, candidates,
                 decisions: list[tuple[int, int, str]]) -> list[Toponym]:
    """Each place its own words put by the border with a country ("La Mesilla, near the country's border
    with Mexico") lies in a country that borders it: a reading inside the neighbour itself, or in a
    country that does not border it ("Sao Domingos, near the frontier with Senegal" is not Brazil's), is
    read again in a bordering country (``places.border_side``): the one the text otherwise points to (its
    places, its peoples' names: ``country_of``) when it does, else any; none when the country the text
    points to has no such place.  ``candidates(name)`` gives the index's places of a name; the changes go
    to ``decisions``."""
    from .gazetteer_build import neighbours

    spans = [(t.start, t.end) for t in toponyms]
    sides = border_phrases.side_neighbours(text, spans, country_of)
    if not sides:
        return toponyms
    pointed = {t.place.iso3 for t in toponyms if t.place is not None and t.place.iso3}
    pointed |= {iso3 for w in re.findall(r"(?<![\w-])[A-Z][a-z]+", text) if (iso3 := country_of(w))}
    out = list(toponyms)
    for k, iso3 in sides.items():
        t, beside = toponyms[k], neighbours().get(iso3, frozenset())
        if t.place is None or t.place.feature in ("country", "continent") or not beside or t.place.iso3 in beside:
            continue
        near = [p for p in candidates(t.text) if p.iso3 in beside]
        said = [p for p in near if p.iso3 in pointed]
        if said or not (pointed & beside):
            out[k] = replace(t, place=max(said or near, key=lambda p: p.population) if (said or near) else None)
        else:
            out[k] = replace(t, place=None)
        decisions.append((t.start, t.end, BORDER_SIDE))
    return out


# an organisation's or a state's own formal name ("Republic of Kenya", "Government of Uganda", "the
# Kingdom of Morocco"): the country itself
_FORMAL = re.compile(r"\b(?:Republic|Kingdom|Government|State|Federation|Emirates?|Commonwealth|Sultanate|"
                     r"Principality|Union|Islamic Republic|Federal Republic)\s+of\b")
_HOLDERS = ("ORG", "FAC")
# an armed movement named for the country it fights over, which it often does from abroad: "the Patriotic
# Front for the Liberation of X", "the National Movement for the Salvation of X"
_MOVEMENT_FOR = re.compile(r"\b(?:Liberation|Front|Forces|Movement|Resistance|Rebellion|Salvation|Patriots)\b.*"
                           r"\b(?:of|for)\s+(?:the\s+)?$")
# a facility or a street named after a country stands in another: "Qatar Hospital", "Kenya Road", "the
# Egypt mosque" (a national body named after its own country, "Kenya Airways", "the Benin broadcasting
# office", stands at home)
_LANDMARK = re.compile(r"^\s+(?:[A-Z][\w'’-]+\s+)?(?:Hospital|Clinic|Mosque|Church|School|Academy|Street|Road|"
                       r"Avenue|Square|Bridge|Market|Stadium|Hotel|Chowk|Colony|Camp)\b")


def _other_name(holder: str, start: int, end: int) -> bool:
    """Whether the country's name at [start, end) of an entity's text ``holder`` is part of another
    proper name: an armed movement's named for the country ("the Patriotic Front for the Liberation of
    Varnia"), or a facility's or street's named after it ("Qatar Hospital"); not the state's formal name,
    a national body's ("the Broadcasting Office of Benin", "Kenya Airways") nor a plain
    phrase ("Iraq authorities")."""
    if _FORMAL.search(holder):
        return False
    return bool(_MOVEMENT_FOR.search(holder[:start])) or bool(_LANDMARK.match(holder[end:]))


def names_inside_names(toponyms: list[Toponym], entities, actor_mentions, country_of,
                       decisions: list[tuple[int, int, str]]) -> list[Toponym]:
    """Each country's name read inside an organisation's or a facility's name (an entity of the
    recogniser longer than the name), unresolved, unless the name is the country's formal one ("Republic
    of X"), the organisation is the country's own state body in the actor dictionary ("Kenya Police"),
    or another toponym outside such names points to the country.  The changes go to ``decisions``."""
    inside: dict[int, object] = {}
    for k, t in enumerate(toponyms):
        if t.place is None or t.place.feature != "country":
            continue
        holder = next((e for e in entities if e.label in _HOLDERS and e.start <= t.start and t.end <= e.end
                       and e.end - e.start > t.end - t.start), None)
        if holder is None or not _other_name(holder.text, t.start - holder.start, t.end - holder.start) \
                or country_of(holder.text) == t.place.iso3:
            continue
        if any(s < holder.end and holder.start < e and a.country == t.place.iso3 and int(a.type) == 1
               for s, e, a in actor_mentions):
            continue  # (the state's own forces or police by their name)
        inside[k] = holder
    if not inside:
        return toponyms
    out = list(toponyms)
    for k, holder in inside.items():
        t = toponyms[k]
        if any(j not in inside and u.place is not None and u.place.iso3 == t.place.iso3
               for j, u in enumerate(toponyms)):
            continue
        out[k] = replace(t, place=None)
        decisions.append((t.start, t.end, NAME_INSIDE_NAME))
    return out


def reference_only(iso3: str | None, text: str, toponyms, cues: dict[str, int], reference, event_use,
                   border_demonyms: set[str], firm_places: set[str]) -> bool:
    """Whether the story's country ``iso3`` is named only as a reference: some toponym of it, or a
    people's name for a border ("the Nigerian border"), is a reference point (``reference(t)``), and no
    toponym of it names where things happen (``event_use(t)``), no people's name before a settlement word
    or national term places the story there (``firm_places``), and no word of the text other than the
    border's votes for it (``cues``, less the border's own people's name)."""
    if iso3 is None:
        return False
    named = [t for t in toponyms if t.place is not None and t.place.iso3 == iso3]
    referenced = iso3 in border_demonyms or any(reference(t) for t in named)
    if not referenced or any(event_use(t) for t in named) or iso3 in firm_places:
        return False
    return cues.get(iso3, 0) - (2 if iso3 in border_demonyms else 0) <= 0


def other_side(text: str, iso3: str, country_of) -> str | None:
    """The one country bordering ``iso3`` whose people the text names, in the singular or the plural
    ("Five Kenyans killed … along the border with Ethiopia"): the other side of a border the text names
    ``iso3`` by; None when it names none or several.  ``country_of(word)`` gives a people's country."""
    from .gazetteer_build import neighbours

    beside = neighbours().get(iso3, frozenset())
    found = set()
    for m in re.finditer(r"(?<![\w-])[A-Z][a-z]+", text):
        word = m.group()
        c = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
        if c in beside:
            found.add(c)
    return next(iter(found)) if len(found) == 1 else None


def mark_events(events, dropped: frozenset[str]):
    """The events of a story that names countries only for reference (``dropped``), and that were not
    placed in one of them, get ``places.reference_only_country`` in their rules (and as their location's
    decider when they have no place)."""
    if not dropped:
        return list(events)
    out = []
    for e in events:
        if e.location is not None and e.location.iso3 in dropped:
            out.append(e)
            continue
        by = dict(e.decided_by)
        if e.location is None:
            by["location"] = REFERENCE_ONLY
        out.append(replace(e, rules=tuple(dict.fromkeys((*e.rules, REFERENCE_ONLY))), decided_by=tuple(by.items())))
    return out

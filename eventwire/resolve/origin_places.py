"""Places named as where people come from or went before, not where the event happened
(``places.origin_or_trip_reference``).

"Nine Eritrean refugees were shot near the camp": a refugee is by definition outside the country of
his nationality (1951 Refugee Convention, article 1A(2)), so the people's country is not the event's;
"migrants", "asylum seekers" and "exiles" likewise.  "Shot dead after a trip to Thailand", "families
who had fled the fighting in Mali were shelled in X", "a town which borders Chad", "the Lagos-Accra bus
was ambushed near X": the name gives a journey's ends, an earlier
flight or a neighbour, a reference point as "the border with Somalia" is."""
from __future__ import annotations

import re

# a people's or country's name before the word for people outside their own country
# ("the Batangafo refugee camp" is a place: a camp's, a centre's or a settlement's word follows)
_ABROAD_AFTER = re.compile(r"\s+(?:refugees?|migrants?|asylum[- ]seekers?|exiles?)\b(?!\s+(?:camps?|settlements?|sites?|"
                           r"cent(?:re|er)s?|shelters?|hosting|reception|transit|holding)\b)", re.IGNORECASE)
# a journey's destination, an earlier flight (past perfect: before the event), a neighbour by its border
_JOURNEY_BEFORE = re.compile(r"\b(?:(?:trip|visit|journey|tour|pilgrimage)\s+to|"
                             r"had\s+fled\s+(?:[\w-]+\s+){0,3}(?:in|from)|"
                             r"(?:which|that)\s+borders)\s+(?:the\s+)?$", re.IGNORECASE)
_WINDOW = 60
# the two ends of a route before the word for what travels it ("the Lagos-Accra airliner",
# "a Nairobi-Mombasa bus"): where a journey starts and ends, not where it was struck
_VEHICLE = (r"(?:\s+(?:passenger|commuter|cargo|night|express))?\s+"
            r"(?:flights?|airliners?|planes?|jets?|buses|bus|trains?|ferry|route|service)\b")
_ROUTE_START_AFTER = re.compile(r"-(?:[A-Z][\w'’]+)(?:\s[A-Z][\w'’]+)?" + _VEHICLE)
_ROUTE_END_AFTER = re.compile(_VEHICLE)
_ROUTE_END_BEFORE = re.compile(r"[A-Z][\w'’]+-$")


def origin_use(text: str, t) -> bool:
    """Whether toponym ``t`` names the home of people abroad ("Somali refugees") or an end of a route ("the
    Lagos-Accra airliner"), or, for a country, a
    journey's destination, an earlier flight's origin or a neighbour ("which borders Niger")."""
    if t.place is None:
        return False
    if _ABROAD_AFTER.match(text, t.end) or _ROUTE_START_AFTER.match(text, t.end) or (
            _ROUTE_END_AFTER.match(text, t.end) and _ROUTE_END_BEFORE.search(text, max(0, t.start - 40), t.start)):
        return True
    return t.place.feature == "country" and _JOURNEY_BEFORE.search(text, max(0, t.start - _WINDOW), t.start) is not None

"""A place named as the end of a journey, not where the event happened (``places.trip_end``): "a bus
travelling from Nyala was ambushed at Tur", "raiders killed two herders on their way back to Wajir",
"the wounded were rushed to a hospital in Aden".  The event happened where the travellers were when it
struck them, or where the harm was done; the town they were going to, came from, or were carried to
for care is a reference point, as a town a distance is measured from is ("15 km from X").  Such a place
is the event's only when the clause names no other (the word class trip_words of eventwire/lang/en).
A hospital that is itself the target or the site ("gunmen attacked a hospital in X", "nurses protested
outside the hospital in X") is the event's place: only one the hurt were carried to or treated in is a
journey's end."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.loader import load as word_class


@lru_cache(maxsize=1)
def _trip_before() -> re.Pattern[str]:
    words = word_class("trip_words")
    travel, carried, treated, care, flight = (words.alternation(words.where("class", c))
                                              for c in ("travel", "carried", "treated", "care", "flight"))
    care_at = rf"(?:(?:a|the|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{care})\s+(?:in|at|of)\s+"
    return re.compile(
        rf"\b(?:(?:{travel})\s+(?:[\w'’-]+\s+){{0,2}}?(?:back\s+)?(?:from|to|towards?|for|into)\s+(?:{care_at})?"
        rf"|(?:{carried})\s+(?:[\w'’-]+\s+){{0,2}}?to\s+(?:{care_at})?"
        rf"|(?:{travel})\s+(?:[\w'’-]+\s+){{0,2}}?from\s+[^.;:()]{{1,60}}?\s+(?:to|towards?)\s+"
        rf"|(?:{treated})\s+(?:[\w'’-]+\s+){{0,2}}?(?:in|at|to)\s+(?:{care_at})?"
        rf"|\b(?:{flight})\s+(?:back\s+)?(?:to|towards?|into)\s+)"
        r"(?:the\s+)?(?:(?:nearby|neighbouring|neighboring)\s+)?(?:(?:city|town|village|capital)(?:\s+of)?,?\s+)?$",
        re.IGNORECASE)


def trip_end(before: str) -> bool:
    """Whether the text right ``before`` a place names it as the end of a journey: where travellers were
    going or coming from ("on their way to ", "a bus heading from ", "travelling from Gamboru to the
    city of "), where the hurt were carried ("airlifted to ") or cared for ("treated at a hospital in "),
    where survivors fled ("residents who fled to ")."""
    return _trip_before().search(before[-120:]) is not None

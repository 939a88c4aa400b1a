"""Places a news lead names beside the event's own without being where it happened: the towns at the
ends of the road it happened on ("on the Maiduguri-Damboa highway": ``places.road_end``) and the place
of the people who tell the news ("officials in Raipur said": ``places.speaker_place``).  Each ranks
after the clause's other places; a road's end is the event's place only when the clause names no other,
and then with geo precision 2 (the event lies on the road, near the town).  The rule ids are declared
in ``extract/classify/lead_place_rules.py``."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.loader import load as word_class

# a road named by its ends, "A-B road", "A - B - C highway": the ends joined by hyphens or dashes
_END = r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?"
_ROAD_WORD = r"(?:road|highway|superhighway|motorway|expressway|bypass|route|railway|junction)\b"
_NEXT_ENDS = re.compile(rf"(?:\s*[-–]\s*{_END}){{1,3}}\s+{_ROAD_WORD}", re.IGNORECASE)
_LAST_END = re.compile(rf"(?:\s*[-–]\s*{_END}){{0,2}}\s+{_ROAD_WORD}", re.IGNORECASE)
_END_BEFORE = re.compile(rf"{_END}\s*[-–]\s*$")
_JOINED_ENDS = re.compile(r"\w\s*[-–]\s*[A-Z]")
_ROAD_NEXT = re.compile(rf"\s+{_ROAD_WORD}", re.IGNORECASE)


def road_end(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is one of the ends that name a road ("the Maiduguri-Damboa
    highway", "the Bama-Gwoza road", "along the Maiduguri -Mafa- Dikwa road"): the first end, followed by
    the others and the road's word, or a later one, after a name and a hyphen."""
    if _NEXT_ENDS.match(text, end):
        return True
    if _JOINED_ENDS.search(text, start, end) and _ROAD_NEXT.match(text, end):
        return True  # (the ends read as one name: "the Maiduguri-Mafa-Dikwa road")
    return _END_BEFORE.search(text, max(0, start - 40), start) is not None and _LAST_END.match(text, end) is not None


@lru_cache(maxsize=1)
def _speaker_patterns() -> tuple[re.Pattern[str], ...]:
    speakers = word_class("speaker_places").alternation()
    cues = word_class("speaker_cues")
    telling = cues.alternation(tuple(w for w in cues.where("class", "after")
                                     if w not in ("spokesman", "spokesmen", "spokesperson", "source", "statement")))
    before = re.compile(rf"\b(?:{speakers})\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?"
                        r"(?:(?:city|town|capital)\s+of\s+)?$", re.IGNORECASE)
    # "according to the Dinajpur Medical College Hospital": a source named for its town
    source = re.compile(r"\baccording\s+to\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
    trips = word_class("trip_words")
    facility = re.compile(rf"(?:\s+[\w'’]+){{0,3}}?\s+(?:{trips.alternation(trips.where('class', 'care'))}|"
                          r"university|college|police|command|office|radio|television)\b", re.IGNORECASE)
    after = re.compile(rf"(?:\s*,[^,.;]{{1,50}},)?\s+(?:(?:have|has|had)\s+)?(?:{telling})\b", re.IGNORECASE)
    return before, after, source, facility


def speaker_place(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where the people who tell the news are ("officials in Raipur
    said", "security sources in El Arish told reporters", "according to the Dinajpur Medical College
    Hospital"), not where the event happened."""
    before, after, source, facility = _speaker_patterns()
    if source.search(text, max(0, start - 20), start) and facility.match(text, end):
        return True
    return before.search(text, max(0, start - 60), start) is not None and after.match(text, end) is not None

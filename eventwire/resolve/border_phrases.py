"""One reading of the border phrases of news text (``places.border_is_reference``, ``places.border_side``).

A country named as the far side of a border ("the border with Somalia", "which borders Niger",
"hamlets that share a border with Chad", "a district bordering Malaysia", "on the Nigeria-Niger
border", "near the Chadian border") is a reference point that says where a place lies, not where the
event happened (ACLED codebook: the location is where the event took place).  And a place the text
puts by the border with a country ("Tesalia, a small town close to the nation's frontier with Colombia",
"Wari village along the border with Ethiopia", "the town of X, which borders Niger") lies on the other
side of that border: it is not the same-name place inside the neighbour.

The phrases are read in one place here; ``places.non_event_use`` (a country's name), ``build``'s
people's names used for a border and the geoparse's readings all ask this module."""
from __future__ import annotations

import re

# the words before a neighbour's name: "the border(s) with", "the frontier of", "bordering", "which
# borders", "sharing a border with", "across the border in/from/into"
_NEIGHBOUR_WORDS = (r"(?:(?:borders?|frontiers?|boundar(?:y|ies))\s+(?:with|of)|bordering|"
                    r"(?:which|that|it|and)\s+borders|across\s+the\s+(?:border|frontier)\s+(?:in|from|into))")
NEIGHBOUR_BEFORE = re.compile(r"\b" + _NEIGHBOUR_WORDS + r"\s+(?:the\s+)?$", re.IGNORECASE)
# the words after a neighbour's name: "the Somalia border", "the Kenya-Somalia border", "the Nigeria–Niger
# frontier" (each side of a two-country border is a reference point; "Somalia's border with Ethiopia" is
# Somalia's own side, and "with Ethiopia" names the neighbour)
NEIGHBOUR_AFTER = re.compile(r"(?:\s*[-–/]\s*[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)?(?:-|\s+)(?:border|frontier)s?\b")
# a people's or country's name used for a border: "near the Nigerian border", "the Kenya-Somalia border"
# (not "the border town of", "border police": there the border is a place of its own)
PEOPLE_BORDER = re.compile(r"\b([A-Z][a-z]+)(?:\s*[-–/]\s*[A-Z][a-z]+)?\s+(?:border|frontier)\b(?!\s+(?:town|village|"
                           r"city|post|guards?|police|forces|with)\b)")
# how far back the words before a neighbour's name are looked for
WINDOW = 40


def neighbour_named(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a neighbour named by its border (see the module's docstring)."""
    return NEIGHBOUR_BEFORE.search(text, max(0, start - WINDOW), start) is not None \
        or NEIGHBOUR_AFTER.match(text, end) is not None


# a place's own words that put it by a border: "(X), close to the nation's border with Y", "(X village)
# along the border with Ethiopia", "(X), which borders Niger", "(X), on the Kenyan border", "(X), close to
# the frontier with Chad"; the neighbour's name (or its people's name) is group "n"
_BY = r"(?:near|along|on|at|by|astride|close\s+to|next\s+to|just\s+(?:inside|across))"
_OWNER = r"(?:(?:the\s+)?(?:country|nation|state|region|province)['’]s\s+|its\s+|the\s+)?"
_NAME = r"(?P<n>[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)"
SIDE_PHRASE = re.compile(
    r"\b(?:" + _BY + r"\s+" + _OWNER + r"(?:[a-z]+\s+)?(?:border|frontier|boundary)\s+with\s+(?:the\s+)?" + _NAME +
    r"|(?:which|that)\s+borders\s+(?:the\s+)?" + _NAME.replace("?P<n>", "?P<m>") +
    r"|" + _BY + r"\s+the\s+" + _NAME.replace("?P<n>", "?P<k>") + r"\s+(?:border|frontier)\b(?!\s+(?:town|village|"
    r"city|post|crossing|guards?|police|forces|with)\b))")
# what may stand between a place's name and the phrase that puts it by a border: its settlement word, an
# apposition ("a northern municipality"), a comma; no other clause
_GAP = re.compile(r"[^.;!?()\[\]]{0,90}")


def side_neighbours(text: str, starts_ends: list[tuple[int, int]], country_of) -> dict[int, str]:
    """For each place name at (start, end) (index into ``starts_ends``) that the text puts by the
    border with a country, that country's ISO3 (``country_of(word)``: a country's or people's name to its
    ISO3, or None): the nearest name before the phrase, with no other name between them."""
    out: dict[int, str] = {}
    for m in SIDE_PHRASE.finditer(text):
        word = m.group("n") or m.group("m") or m.group("k")
        iso3 = country_of(word) or (country_of(word.split()[0]) if " " in word else None)
        if iso3 is None:
            continue
        before = [(k, se) for k, se in enumerate(starts_ends) if se[1] <= m.start()]
        if not before:
            continue
        k, (s, e) = max(before, key=lambda x: x[1][1])
        if _GAP.fullmatch(text, e, m.start()):
            out[k] = iso3
    return out

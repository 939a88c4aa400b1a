"""Uncued home places: an event that only its story's country placed (at the capital, precision 3)
goes to the first town, district or province of that country its text names without a cue.

ACLED codebook, event geography: the event is coded to the most specific location the report names, in
the country where it happened; the capital of the country (geo precision 3) stands for it only when the
report names nothing more specific. A story whose country is known reads a bare name of that country's
places as the place ("students of Talu Polytechnic", "on the shore of Lake Talu"): a facility is named
for the locality it stands in (``eventwire/lang/en/facility_words.tsv``). Each article is read on its
own: the country is the one its own text gave (``places.uncued_home_name``)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..extract.classify.compass_rules import COMPASS_REGION
from ..extract.classify.home_place_rules import UNCUED_HOME_NAME
from ..extract.classify.places_country_rules import LEAD_STORY_COUNTRY, UNREAD_AREA_NAME
from ..extract.classify.places_rules import STORY_COUNTRY, STORY_COUNTRY_EVIDENCE, STORY_COUNTRY_TERMS
from ..lang.loader import load as word_class
from ..records import Event, Place
from .gazetteer_build import normalize, strip_admin

# an event these rules placed at its country's capital (or a compass part of it) alone may have a home
# place the text names
_COUNTRY_ONLY = frozenset({STORY_COUNTRY, STORY_COUNTRY_EVIDENCE, STORY_COUNTRY_TERMS, LEAD_STORY_COUNTRY,
                           UNREAD_AREA_NAME, COMPASS_REGION})
# a run of capitalised words ("Kisima Primary School", "North Rachuonyo")
_CAP_RUN = re.compile(r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)*")


def named_home(e: Event, text: str, gazetteer, actors, toponyms=()) -> Event:
    """An event its story's country alone placed (at the capital, precision 3), at the first place of
    that country its text names without a cue (``places.uncued_home_name``); a name the article's
    toponyms read in another country ("Mwanza in Tanzania") is not one."""
    if e.location is None or e.geo_precision != 3 or dict(e.decided_by).get("location") not in _COUNTRY_ONLY:
        return e
    abroad = [(t.start, t.end) for t in toponyms if t.place is not None and t.place.iso3 != e.location.iso3]
    named = home_place(text, e.location.iso3, gazetteer, actors, abroad)
    if named is None or named.geonameid == e.location.geonameid:
        return e
    from .places import coded_at_seat  # (the index's seats: an area named alone is coded at its seat)

    by = dict(e.decided_by)
    by["location"] = UNCUED_HOME_NAME
    # (a town at precision 1, a district at 2 at its own point, a province at 3 at its seat: _PRECISION)
    placed = replace(e, location=named, geo_precision=_PRECISION.get(named.feature, 2),
                     rules=e.rules + (UNCUED_HOME_NAME,), decided_by=tuple(by.items()))
    return coded_at_seat(placed, gazetteer) if named.feature == "admin1" else placed


# the geo_precision of a home place by its kind (ACLED codebook, geo_precision 1-3)
_PRECISION = {"city": 1, "admin2": 2, "admin1": 3}


def home_place(text: str, iso3: str, gazetteer, actors, skip=()) -> Place | None:
    """The first place of country ``iso3`` the text names without a cue ("students of Talu Polytechnic",
    "at Lake Talu"): a capitalised name of the country's provinces, districts and towns that is no
    common word of the text, no people's name, not after a title and not the first name of a person or
    of an organisation; runs that overlap a ``skip`` span (start, end) are passed over."""
    table = gazetteer.names_in(iso3)
    lowered = set(re.findall(r"\b[a-z][\w'’]+", text))
    for m in _CAP_RUN.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in skip):
            continue
        words = re.split(r"[ -]", m.group(0))
        before = text[:m.start()].split()[-1:]
        if before and normalize(before[0]) in _TITLES:
            continue
        # (a facility word in lower case after the run ends its name too: "Talu GSU camp")
        after = re.match(r"\s+([a-z]+)", text[m.end():])
        tail = [after.group(1)] if after and normalize(after.group(1)) in _FACILITY_WORDS else []
        for i in range(len(words)):
            found = _name_at(words + tail, i, table, lowered, actors)
            if found is not None:
                return found
    return None


def _name_at(words: list[str], i: int, table, lowered: set[str], actors) -> Place | None:
    for j in range(len(words), i, -1):
        name = " ".join(words[i:j])
        key = strip_admin(normalize(name))
        if len(key) < 4 or key in _NOT_NAMES or key not in table or name.lower() in lowered:
            continue
        if i and normalize(words[i - 1]) in _TITLES:
            return None
        if actors.demonym_to_iso3(name) or actors.people_home(name):
            return None
        rest = [normalize(w) for w in words[j:]]
        if rest and rest[0] not in _PLACE_WORDS and rest[-1] not in _FACILITY_WORDS:
            return None  # ("Talu Kasanda": a person's names; "Talu Traders Union": an organisation's)
        # (a town and the district named after it: the town, as a reader takes the bare name)
        return next((p for p in table[key] if p.feature == "city"), table[key][0])
    return None


def _words(name: str, **where) -> frozenset[str]:
    wc = word_class(name)
    return frozenset(normalize(w) for w in (wc.where(*next(iter(where.items()))) if where else wc.words()))


_FACILITY_WORDS = _words("facility_words")
_TITLES = _words("place_words", **{"class": "title"})
_PLACE_WORDS = _words("place_words") | _FACILITY_WORDS
_NOT_NAMES = _PLACE_WORDS | _words("months") | _words("weekdays")

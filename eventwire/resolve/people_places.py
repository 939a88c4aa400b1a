"""A people's name that is also a place's name, written as the people's ("Pokot raiders", "Turkana
herders", "the Maasai and Kipsigis communities"), names the actors, not where the event happened
(``places.people_name_not_place``).

ACLED codebook: identity militias are named after the community they act for ("Pokot Ethnic Militia
(Kenya)"), and the event's location is where it happened, the most specific place the report gives.  A
name the actor dictionary gives an identity militia, followed by a word for members of a people (the word
class ``people_groups``: raiders, herders, clan, community, women …), directly or after "and"/"or" and
another such name, is read as the people when the text names another place; the same name after a
locative preposition or with a place word ("in Turkana", "Turkana county") stays a place."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..extract.classify.places_rules import PEOPLE_NAME_NOT_PLACE
from ..lang.loader import load as word_class

_GROUPS = sorted(word_class("people_groups").words(), key=len, reverse=True)
_NAME = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
# the group word after the name, or after "and"/"or" and another name ("Maasai and Kipsigis communities")
_GROUP_AFTER = re.compile(r"(?:\s+(?:and|or)\s+(?:the\s+)?" + _NAME + r")?\s+(?:" + "|".join(_GROUPS) + r")\b")
# a locative preposition before the name ("in Turkana", "near Pokot")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|around|across|into|inside|outside|throughout|within)\s+(?:the\s+)?$",
                              re.IGNORECASE)
_GROUP_WORD_FIRST = re.compile(r"(?:" + "|".join(_GROUPS) + r")\b")


def people_use(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is written as a people's: a group word follows it (or the other
    name of a pair: "Tugen and Pokot herders", "Pokot or Samburu raiders") and no locative preposition
    comes before it."""
    if _LOCATIVE_BEFORE.search(text[max(0, start - 16):start]):
        return False
    if _GROUP_AFTER.match(text, end):
        return True
    # the first name of the pair the group word closes: "between the Pokot and Marakwet communities"
    before = re.search(r"(" + _NAME + r")\s+(?:and|or)\s+(?:the\s+)?$", text[max(0, start - 40):start])
    return before is not None and bool(re.match(r"\s+(?:" + "|".join(_GROUPS) + r")\b", text[end:]))


def unresolve_peoples(text: str, toponyms: list, is_people: Callable[[str], bool],
                      decisions: list[tuple[int, int, str]]) -> list:
    """The toponyms, those written as a people's name (``people_use``) unresolved, each decision kept,
    when the text names another place below a country's level: a note whose only place word is the
    people's name keeps it (the people's home area is then the nearest the note comes to a place)."""
    peoples = {id(t) for t in toponyms if t.place is not None and t.place.feature != "country"
               and " " not in t.text.strip() and is_people(t.text) and people_use(text, t.start, t.end)}
    if not peoples or not any(t.place is not None and t.place.feature != "country" and id(t) not in peoples
                              for t in toponyms):
        return toponyms
    decisions.extend((t.start, t.end, PEOPLE_NAME_NOT_PLACE) for t in toponyms if id(t) in peoples)
    return [replace(t, place=None) if id(t) in peoples else t for t in toponyms]

"""Surnames of the people an article names in full, read from its words (``places.surname_of_named_person``).

News names a person in full once ("Nelson Mandela", "Mr Ocalan") and by the surname alone afterwards
("worse than that of Mandela"); a surname that is also a town's name abroad is the person there, not the
town. The entity recogniser reads only the sentences a trigger scan parses, so the full names are also
read from the words: a title of address before a capitalised word ("Mr Mandela", "Dr. Banda"), or a
common first name before one ("Nelson Mandela"; ``gazetteer_build.PERSON_NAMES``)."""
from __future__ import annotations

import re

from .gazetteer_build import PERSON_NAMES

_CAP = r"[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+)?"
_TITLE = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Mister|Madam|Sir|Dame)\.?[ \t]+(?:[A-Z]\.[ \t]+)?({_CAP})\b")
# names of the list that are also ordinary words before a place's name ("West Mosul", "King Fahd", "Long Beach")
_WORDS = frozenset("west king young long may day rose stone love page price ward wood grant green black gray hall "
                   "bell cross little rice hunt fox fields mills banks lane wells cook bush ford ray mark brown "
                   "parks powers flowers moss sharp hope hunter porter ball bishop carpenter farmer weaver baker "
                   "miller mason marshall barber dean joy walker norman field hill church glover".split())
_FIRST = re.compile(rf"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?({_CAP})\b")


def written_names(text: str) -> tuple[set[str], list[tuple[int, int]]]:
    """The surnames the text writes after a title of address or a common first name, and the offsets of
    those full names ("Nelson Mandela": neither word is a town there)."""
    surnames, spans = set(), []
    for m in _TITLE.finditer(text):
        surnames.add(m.group(1))
        spans.append((m.start(1), m.end(1)))
    for m in _FIRST.finditer(text):
        if m.group(1).lower() in PERSON_NAMES - _WORDS:
            surnames.add(m.group(2))
            spans.append((m.start(1), m.end(2)))
    return surnames, spans

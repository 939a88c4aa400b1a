"""A place named as the seat of someone's office, not where the event happened (``places.office_seat``):
"supporters of the Kitui Governor clashed in Mwingi town", "the Nyeri governorship nomination",
"attackers wounded a deputy governor of Bomet outside a bar in Sotik".  The office says whom
the event concerns; the event is coded where it happened, and at the office's place only when the
clause names no other.  The office's own building stands where it stands ("the Embu Governor's office",
"the governor of Embu's residence"): a place so named is the event's (the word class office_words of
eventwire/lang/en)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.loader import load as word_class

# "the Embu Governor's office": the office's building, where the event may well be
_BUILDING = re.compile(r"\s*(?:['’]s?\b|(?:office|residence|compound|house|palace|headquarters|home)\b)",
                       re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = word_class("office_words")
    after = words.alternation(words.where("class", "after"))
    before = words.alternation(words.where("class", "before"))
    return (re.compile(rf"(?:\s+(?:county|district|provincial|regional|state|city))?\s+(?:{after})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{before})\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE))


def office_seat(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is named as the seat of an office ("Kitui Governor",
    "governor of Bomet"), not as a building of it ("the Kitui Governor's office")."""
    after, before = _patterns()
    m = after.match(text, end)
    if m is not None:
        return _BUILDING.match(text, m.end()) is None
    m = before.search(text, max(0, start - 40), start)
    return m is not None and _BUILDING.match(text, end) is None

"""Places named as what a protest or a gathering stands for, not where it happens
(``places.cause_reference``): "residents of Hebron demonstrated in support of Gaza", "a vigil in
solidarity with the people of Jenin", "marched for the victims of Kherson".  The people act where they
are; the place they speak for is the cause of the event, as a trigger abroad is ("after a Quran burning
in Stockholm": the event is the protest at home)."""
from __future__ import annotations

import re

# the words that make the name after them the cause a gathering stands for
_CAUSE_BEFORE = re.compile(
    r"\b(?:in\s+(?:support|solidarity)\s+(?:of|with)|(?:to\s+)?(?:show|express)\w*\s+(?:their\s+|its\s+)?"
    r"(?:support|solidarity)\s+(?:for|with)|in\s+sympathy\s+with)\s+(?:the\s+)?"
    r"(?:(?:people|residents|inhabitants|victims|civilians|children|families)\s+(?:of|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE)


def cause_use(text: str, t) -> bool:
    """Whether toponym ``t`` names the place a gathering stands for ("in support of Gaza", "in
    solidarity with the people of Jenin"), not the event's own place."""
    return t.place is not None and _CAUSE_BEFORE.search(text, max(0, t.start - 70), t.start) is not None

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


# a war elsewhere that the event is tied to: "clashes linked to Syria's war", "violence spilling over from
# the Sudan conflict" (the war is named by its country; the event is where it happened)
_WAR_BEFORE = re.compile(r"\b(?:linked|related|tied)\s+to\s+(?:the\s+)?$|\b(?:spill(?:ing|ed|s)?\s+over|spillover|"
                         r"stemming|fallout)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_WAR_AFTER = re.compile(r"(?:['’]s)?\s+(?:civil\s+|own\s+)?(?:war|conflict|crisis|uprising|insurgency)\b", re.IGNORECASE)


def cause_use(text: str, t) -> bool:
    """Whether toponym ``t`` names the place a gathering stands for ("in support of Gaza", "in
    solidarity with the people of Jenin"), or the war elsewhere an event is tied to ("clashes linked to
    Syria's war"), not the event's own place."""
    if t.place is None:
        return False
    if _CAUSE_BEFORE.search(text, max(0, t.start - 70), t.start) is not None:
        return True
    return _WAR_BEFORE.search(text, max(0, t.start - 30), t.start) is not None and _WAR_AFTER.match(text, t.end) is not None

"""The seat of a court that tries a deed, not the deed's place (``places.court_seat``): "a man pleaded guilty
on Monday in a federal court in Chicago to helping seize two nurses", "was sentenced at Dunmore Magistrates'
Court", "Judge X of the Lagos High Court ruled".  A sentence that tells a step of a trial names the court's
town as where the trial is; the deed it tries happened where the story says it did, often in another
country.  A court's town stays a place where something happens at the court itself ("students rallied
outside the court in Nairobi", "a grenade thrown at the court in X")."""
from __future__ import annotations

import re

# a step of a trial told in the sentence
_TRIAL = re.compile(r"\b(?:pleaded|pleads|plead|sentenc\w+|convict\w+|acquitt\w+|tried|trial|hearing|verdict|"
                    r"appeal\w*|indict\w+|arraign\w+|prosecut\w+|jury|judge|justice|ruled|found\s+(?:him|her|them)"
                    r"\s+guilty|guilty)\b", re.IGNORECASE)
_COURT = r"(?:court|courts|tribunal)"
# "in federal court in X", "a court of appeals in X", "the district court at X"
_SEAT_AFTER_COURT = re.compile(rf"\b{_COURT}(?:\s+of\s+(?:appeals?|justice|first\s+instance))?\s+(?:in|at)\s+"
                               r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# "X Magistrates' Court", "X Superior Court", "X People's Court", "X Federal High Court"
_COURT_AFTER_SEAT = re.compile(rf"(?:['’]s)?(?:\s+[A-Z][\w'’]*){{0,3}}\s+(?i:{_COURT})\b")
# where something happens at the court itself
_AT_THE_COURT = re.compile(rf"\b(?:outside|near|in\s+front\s+of|stormed|attacked|besieged|hurled\s+at|thrown\s+at|"
                           rf"fired\s+at|gathered\s+at|marched\s+to|burned|torched|bombed)\s+(?:the\s+|a\s+)?"
                           rf"(?:[\w'’-]+\s+){{0,4}}?(?:{_COURT}\b[^.;]*)?$", re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def court_seat(text: str, t) -> bool:
    """Whether toponym ``t`` names the town of a court in a sentence that tells a step of a trial, and
    nothing is said to happen at the court itself."""
    if t.place is None:
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, t.start - 300), t.start)), default=0)
    after = _SENTENCE_END.search(text, t.end)
    end = after.start() if after is not None else len(text)
    if not _TRIAL.search(text, start, end):
        return False
    before = text[max(start, t.start - 60):t.start]
    if not (_SEAT_AFTER_COURT.search(before) or _COURT_AFTER_SEAT.match(text, t.end)):
        return False
    return _AT_THE_COURT.search(before) is None

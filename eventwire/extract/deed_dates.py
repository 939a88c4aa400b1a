"""A date inside the deed an event is over (``modality.asserted.reason_deed_date``): "officers held two
brothers over the shooting of a radio host in May 2015" reports a fresh arrest; "in May 2015" dates the
shooting it is over, not the arrest.  The arrest takes the sentence's other dates (the report's day, the
publication date), and only the killing is read as recalled."""
from __future__ import annotations

import re

# the deeds an arrest, a charge or a protest is over
_DEED = (r"(?:killing|murder|death|assassination|abduction|kidnapping|disappearance|attack|bombing|shooting|"
         r"beating|torture|slaying|massacre|lynching|rape|assault|stabbing|execution|hijacking)s?")
# what links the event's verb to the deed: "over", "for", "in connection with", "suspected of", …
_LINK = (r"(?:over|for|in connection with|in relation to|linked to|related to|suspected (?:of|in)|accused of|"
         r"charged (?:with|over|in)|against)")
_DET = r"(?:(?:the|a|an|his|her|their|its)\s+)?"
# the deed named between the verb and the date: "over the shooting of a radio host in"
_DEED_BEFORE = re.compile(rf"\b{_LINK}\s+{_DET}(?:[\w'’-]+\s+){{0,2}}?{_DEED}\b[^.;:!?\"“”]*$", re.IGNORECASE)
# the date written before the deed's noun: "over the July 2016 killing of"
_LINK_BEFORE = re.compile(rf"\b{_LINK}\s+{_DET}$", re.IGNORECASE)
_DEED_AFTER = re.compile(rf"\s+(?:[\w'’-]+\s+)?{_DEED}\b", re.IGNORECASE)


def deed_date(text: str, trigger_end: int, start: int, end: int) -> bool:
    """Whether the date at ``start:end``, after an event's trigger, dates the deed the event is over."""
    if start < trigger_end:
        return False
    between = text[trigger_end:start]
    if _DEED_BEFORE.search(between):
        return True
    return _LINK_BEFORE.search(between) is not None and _DEED_AFTER.match(text, end) is not None

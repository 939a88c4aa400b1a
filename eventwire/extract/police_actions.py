"""Police actions told by full news articles: arrests made at a demonstration, raids that are arrests.

ACLED codes the arrests made at a peaceful demonstration as the demonstration's intervention
("Protest with intervention"), not as an Arrests event of their own (``classify/police_action_rules.py``).
An arrest mention whose sentence sets it at a demonstration ("… detained 45 young people as they tried to
march to parliament", "… at a banned Pride march", "… as they cleared a protest camp") joins the
demonstration group, so that the demonstration rules type it and later mentions of the crowd join it.
An arrest the crowd protests against ("marched to demand the release of …"), or one made for an earlier
protest ("arrested over last week's protests"), stays an arrest.

A raid or search by the forces that harms no one, told next to the arrests it made ("Officers raided his
home before dawn and seized two phones"), is the arrest operation (``strategic.arrests.raid_of_arrest``),
not an attack on civilians.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .classify import cues
from .classify.police_action_rules import ARRESTS_AT_PROTEST, RAID_OF_ARREST
from .merge import CodedMention

_GATHERING = (r"(?:march|marches|protest|protests|rally|rallies|demonstration|demonstrations|sit-in|vigil|"
              r"encampment|protest camp|blockade|picket)")
# the arrest's scene: a crowd demonstrating when it was made
_AT_A_PROTEST = re.compile(
    r"^[^.;]{0,120}?\b(?:"
    r"(?:as|when|while) (?:they|the \w+|some \w+|hundreds|thousands|dozens) (?:\w+ )?(?:tried|attempted|sought|"
    r"gathered|assembled|set off|began|started) to (?:march|protest|rally|demonstrate|hold|stage|gather)"
    r"|(?:as|when|while) (?:they|the \w+) (?:were )?(?:marched|marching|protested|protesting|rallied|rallying|"
    r"demonstrated|demonstrating)"
    rf"|(?:at|during) (?:a|an|the|their) (?:[\w'’-]+ ){{0,3}}?{_GATHERING}\b"
    rf"|(?:cleared|clearing|dispersed|dispersing|broke up|breaking up) (?:a|an|the|their) (?:[\w'’-]+ ){{0,3}}?"
    rf"(?:{_GATHERING}|camp|crowd)\b"
    r"|(?:protesters|protestors|demonstrators|marchers)\b)", re.IGNORECASE)
# the protest as the reason for the arrest, not its scene
_FOR_A_PROTEST = re.compile(rf"\b(?:for|over|after|in connection with|accused of|charged with)\s+(?:\w+\s+){{0,4}}?"
                            rf"(?:{_GATHERING}|protesting|demonstrating|organi[sz]ing)\b", re.IGNORECASE)


def _at_a_protest(m: CodedMention, text: str) -> bool:
    sent = m.sentence_span
    after = text[m.trigger.end:sent.end]
    if not _AT_A_PROTEST.search(after) or _FOR_A_PROTEST.search(after):
        return False
    return not cues.GRIEVANCE_ARREST.search(sent.text)


def arrests_at_protest(mentions: list[CodedMention], text: str) -> tuple[list[CodedMention], set[int]]:
    """The mentions with each asserted arrest made at a demonstration moved to the demonstration group,
    and the offsets of the triggers moved."""
    out, moved = [], set()
    for m in mentions:
        if m.modality == "asserted" and m.family == "arrest" and m.group == "strategic:Arrests" \
                and _at_a_protest(m, text):
            m = replace(m, group="demo", families=m.families | {"arrest"})
            moved.add(m.trigger.start)
        out.append(m)
    return out, moved


_RAID = re.compile(r"^(?:raid(?:s|ed|ing)?|search(?:ed|es|ing)?|swoop(?:s|ed)?)$", re.IGNORECASE)
# harm told in the raid's sentence: then it is violence of its own
_HARM = re.compile(r"\b(?:kill\w*|dead|died|death|shot|shoot\w*|wound\w*|injur\w*|beat\w*|fired|gunfire|clash\w*|"
                   r"torture\w*|tortured|burn\w*|loot\w*|rap(?:e|ed)|assault\w*)\b", re.IGNORECASE)
RAID_ARREST_SENTENCES = 3  # sentences between a raid and the arrests it made


def _paragraph(text: str, at: int) -> int:
    return text.count("\n\n", 0, at)


def raids_of_arrests(mentions: list[CodedMention], text: str) -> tuple[list[CodedMention], set[int]]:
    """The mentions with each harmless raid by the forces, told within a paragraph of an arrest the
    article reports, made part of the arrest; and the offsets of the raids' triggers."""
    arrests = [m for m in mentions if m.modality == "asserted" and m.group == "strategic:Arrests"]
    out, moved = [], set()
    for m in mentions:
        if m.modality == "asserted" and m.group == "violent" and _RAID.match(m.trigger.text) \
                and (m.actor1 is None or m.actor1.type == 1) and not _HARM.search(m.sentence_span.text) \
                and any(abs(a.sentence - m.sentence) <= RAID_ARREST_SENTENCES
                        and abs(_paragraph(text, a.trigger.start) - _paragraph(text, m.trigger.start)) <= 1
                        for a in arrests):
            m = replace(m, group="strategic:Arrests", family="arrest", families=m.families | {"arrest"},
                        sub_event_type="Arrests")
            moved.add(m.trigger.start)
        out.append(m)
    return out, moved


def credit(events: list, at_protest: set[int], raids: set[int] = frozenset()) -> list:
    """The events typed from a moved arrest carry the rule that moved it, the arrests that absorbed a
    raid the rule that absorbed it."""
    if not at_protest and not raids:
        return events
    out = []
    for e in events:
        span = dict(e.evidence).get("event_type")
        if span is not None and e.event_type == "Protests" and any(span.start <= at < span.end for at in at_protest):
            e = replace(e, rules=(*e.rules, ARRESTS_AT_PROTEST))
        if raids and e.sub_event_type == "Arrests":
            e = replace(e, rules=(*e.rules, RAID_OF_ARREST))
        out.append(e)
    return out

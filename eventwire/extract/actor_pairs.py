"""One event per actor pair: where a clause tells a battle and then a deed of one side on civilians ("…
attacked a military base, killing three soldiers, then abducted five villagers"), the deed on the
civilians is cut off as a clause of its own, so that it is coded as an event of its own.

ACLED Codebook (2023), Event aggregation: "if an incident of armed violence separately targets civilians
on the same day and location of a battle (e.g., a group of militants abducts civilians after engaging
police in a shootout), two events are recorded" (so are civilians killed after the battle), while two types of interaction between the same actors
at one place on one day are one event ("gunmen killed three villagers, then abducted five others" stays
one).  The rule is ``hierarchy_rules.ANOTHER_ACTOR_PAIR``; it is applied where sentences are cut into
clauses (``pipeline``), where a clause decides its own words (``build``) and where mentions are merged
(``merge``).
"""
from __future__ import annotations

import re
from typing import Sequence

from .classify import cues
from .lexicon import TriggerHit

# the link that tells the next deed as a later one: ", then", "and then", ", before", ", later"
CHAIN = re.compile(r",?\s*(?:and\s+)?(?:then|later|subsequently|afterwards|before)\s+", re.IGNORECASE)
# the deeds of a battle (with armed targets or a fight named) before the link
_BATTLE_FAMILIES = frozenset({"clash", "territory", "attack", "kill", "ied", "shelling", "air", "grenade", "suicide"})
# the deeds on civilians after it: carried off, or killed ("…, and afterwards executed six civilians")
_APART_FAMILIES = frozenset({"abduct", "kill"})
_MAX_WORDS_TO_DEED = 4  # ", before the militants abducted": the link stands at most this many words before it
_OBJECT_WINDOW = 60


def other_pair_clauses(text: str, clause: tuple[int, int], hits: Sequence[TriggerHit]) -> list[tuple[int, int]]:
    """``clause`` cut in two where a deed on civilians follows a battle (see the module), else whole."""
    start, end = clause
    for h in hits:
        if h.family not in _APART_FAMILIES:
            continue
        battle = [x for x in hits if x.end <= h.start and x.family in _BATTLE_FAMILIES]
        if not battle:
            continue
        link = _link_before(text, max(x.end for x in battle), h.start)
        if link is None:
            continue
        fight = text[min(x.start for x in battle):link]
        if (cues.ARMED_WORDS.search(fight) or cues.MUTUAL.search(fight)) \
                and _civilians_targeted(text[h.end:min(end, h.end + _OBJECT_WINDOW)]):
            return [(start, link), (link, end)]
    return [clause]


def _civilians_targeted(target: str) -> bool:
    """The deed's object names civilians before any armed side ("six civilians accused of helping the
    militants" are civilians; "two soldiers and a civilian" are not only civilians)."""
    civilians, armed = cues.CIVILIAN_WORDS.search(target), cues.ARMED_WORDS.search(target)
    return civilians is not None and (armed is None or civilians.start() < armed.start())


def _link_before(text: str, after: int, deed: int) -> int | None:
    """Where the link before the deed starts, when one stands between the battle and the deed."""
    for m in reversed(list(CHAIN.finditer(text, after, deed))):
        if len(text[m.end():deed].split()) <= _MAX_WORDS_TO_DEED:
            return m.start()
    return None


def opens_apart(words: str) -> bool:
    """Whether a clause's own words open with the link of a deed cut off from a battle."""
    return CHAIN.match(words) is not None

"""The onlookers of a story, who are named with a place but are not where it happens: a newspaper
whose title names its city ("The Washington Post": rule ``places.outlet_title``) and a state that
speaks, reacts or is a destination ("the US government", "Washington said", "extradited to the US":
rule ``places.reacting_state``).  Such a place is no place of the event and casts no vote for the
story's country; the rules are declared in ``extract/classify/story_side_rules.py``."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..extract.classify.story_side_rules import STORY_SIDE_RULES
from ..lang.loader import load
from ..records import Toponym

# a masthead word after the place (word class masthead_words), written as titles are: Title case or
# ALL CAPS, not a square or a street named after the paper ("Times Square")
_AFTER = r"[ \t]+(?:{words})\b(?![ \t]+(?:Square|Street|Road|Avenue|Building|Tower)\b)"
# a city this large (a capital) stands for its government when it speaks ("Washington said", "Moscow denied")
SPEAKING_CITY = 500_000
# a state as the destination of a transfer, not a place of the story ("extradited to the US")
# the name closes an organisation's ("the Farmers Union of Ruritania said") or a place's phrase
# ("relatives of those held in Ruritania say"): the organisation or the people speak, not the state
_OF_BEFORE = re.compile(r"\b(?:of|in|at|inside|across|throughout|near|from)\s+(?:the\s+)?$", re.IGNORECASE)
# the name closes a firm's or a body's name ("Telco Ruritania announced"): a capitalised word before it
_NAME_BEFORE = re.compile(r"(?<![.!?:\n\"“])[ \t](?!The\b)[A-Z][\w&-]*[ \t]+$")
_DESTINATION_BEFORE = re.compile(r"\b(?:extradit(?:ed|e|ion)|transferred|repatriated|flown|sent\s+back)\s+to\s+"
                                 r"(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _masthead() -> re.Pattern[str]:
    words = load("masthead_words").words()
    forms = sorted({*words, *(w.upper() for w in words)}, key=lambda w: (-len(w), w))
    return re.compile(_AFTER.format(words="|".join(map(re.escape, forms))))


@lru_cache(maxsize=1)
def _voices() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a state's organ after its name, what a state says after its name), read as written: an organ
    with its capital or in lower case ("US government"), a verb in lower case."""
    wc = load("state_voices")
    organ = re.compile(r"(?:'s|’s)?[ \t]+(?:%s)\b" % wc.alternation(wc.where("class", "organ")), re.IGNORECASE)
    voice = re.compile(r"[ \t]+(?:%s)\b" % wc.alternation(wc.where("class", "voice")))
    return organ, voice


def outlet_title(text: str, t: Toponym) -> bool:
    """Whether the toponym opens a newspaper's title ("New York" in "The New York Times")."""
    return t.place is not None and t.text[:1].isupper() and _masthead().match(text, t.end) is not None


def reacting_state(text: str, t: Toponym) -> bool:
    """Whether a country's name, or a large capital's, stands for a state that speaks, acts from afar or
    receives someone: "the US government", "US officials", "Washington said", "extradited to the US"."""
    p = t.place
    if p is None or _OF_BEFORE.search(text, max(0, t.start - 15), t.start) \
            or _NAME_BEFORE.search(text, max(0, t.start - 40), t.start):
        return False
    if p.feature == "country":
        organ, voice = _voices()
        return bool(organ.match(text, t.end) or voice.match(text, t.end)
                    or _DESTINATION_BEFORE.search(text, max(0, t.start - 40), t.start))
    if p.feature == "city" and p.population >= SPEAKING_CITY and t.text[:1].isupper():
        return _voices()[1].match(text, t.end) is not None
    return False


def onlooker(text: str, t: Toponym) -> bool:
    """Whether the toponym names an onlooker of the story: a newspaper's title or a state that speaks."""
    return outlet_title(text, t) or reacting_state(text, t)


def mark_onlookers(events, decisions) -> list:
    """Each event whose sentence names an onlooker (a ``decisions`` entry of ``places.outlet_title`` or
    ``places.reacting_state``: start, end, rule id) gets that rule in its rules: the place was kept
    from its location and from the story's country (the location's own rule stays its decider)."""
    spans = [(s, e, rule) for s, e, rule in decisions if rule in STORY_SIDE_RULES]
    if not spans:
        return list(events)
    out = []
    for ev in events:
        sentence = dict(ev.evidence).get("event_type")
        hits = [rule for s, e, rule in spans if sentence is not None and sentence.start <= s and e <= sentence.end]
        out.append(replace(ev, rules=tuple(dict.fromkeys((*ev.rules, *hits)))) if hits else ev)
    return out

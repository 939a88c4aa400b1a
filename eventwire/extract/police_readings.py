"""How a full news article about a police action is read: whose account a riot rests on, which arrests
are a demonstration's intervention, which injuries make force excessive, and which police deeds are
recalled from an earlier year.

- A riot word in the police's or the authorities' account ("police said protesters threw stones") that
  the article disputes ("the union denied this", "not a single stone was thrown") is the state's claim,
  not a reported act of the crowd: it is left out, so the demonstration keeps the type its undisputed
  words give it (``riots.disputed_state_claim``).
- An arrest the forces made of the crowd at a demonstration the article reports (same day and place) is
  part of that demonstration's "Protest with intervention", not an Arrests event of its own
  (``protests.intervention.arrests_of_the_crowd``).
- A road a crowd blocks with its bodies ("sat on the road", "linked arms across the highway"), with no
  barricade, fire or stones anywhere in the article, is blocked by a demonstration, not a riot: the blockade
  words are read as demonstration words (``protests.blockade_of_bodies``).
- A demonstration met by force that left a protester seriously hurt (blinded, critically injured, in a
  coma) is excessive force against protesters (``protests.excessive_force.serious_injury``).
- A deed by or of the forces whose own phrase names an earlier year or month ("before officers shot dead
  a man in 2023", "a motorcyclist shot dead by an officer in 2021", "a sergeant shot dead in an ambush last
  month") is what an inquiry, a court, a payment or a funeral recalls, not the news
  (``salience.police_deed_of_earlier_year``).

The rules are declared in ``classify/police_reading_rules.py``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..records import ActorType
from ..resolve.gazetteer_build import haversine_km
from . import salience
from .classify import cues
from .classify.police_reading_rules import (ARRESTS_OF_THE_CROWD, BLOCKADE_OF_BODIES, DECLARED,
                                            DISPUTED_STATE_ACCOUNT, DISPUTED_STATE_CLAIM, SERIOUS_INJURY)
from .notes import write_notes
from .police_actions import as_excessive_force
from .salience import Mentioned, SalienceRule

# ---- a riot told only in the state's disputed account -------------------------------------------

_STATE_SPEAKER = (r"(?:police\w*|officers?|commanders?|spokes(?:man|woman|person)|prefect\w*|ministry|minister|"
                  r"government|authorities|inspector|superintendent|sergeant|the Met|gendarm\w*|interior)")
_SAYS = r"(?:said|says|claimed|claims|alleged|alleges|insisted|maintained|told)"
# the sentence is the state's account: "police commander X said officers had acted after …", "… , police said"
_STATE_ACCOUNT = re.compile(rf"\b{_STATE_SPEAKER}\b[^.;\"“”]{{0,80}}?\b{_SAYS}\b"
                            rf"|\b(?:said|says|claimed|according to)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?"
                            rf"{_STATE_SPEAKER}\b", re.IGNORECASE)
# the article disputes it: a denial, a rebuttal, a crowd that was peaceful
_DISPUTE = re.compile(r"\b(?:denied|denies|deny|denying|disputed|disputes|dispute|rejected|rejects|contested|"
                      r"contradict\w*|false|untrue|lies|lying|not (?:a single|one) (?:stone|bottle|rock)|"
                      r"no (?:stones?|bottles?|rocks?) (?:was|were) thrown|nobody threw|no one threw|"
                      r"(?:was|were|had been|remained|stayed) (?:entirely |completely |totally )?peaceful)\b",
                      re.IGNORECASE)
# "peacefully" disputes it only in someone's words ("\"We marched peacefully,\" a teacher said"): in the
# narrator's own it tells how a crowd (often another one) walked before the forces moved in
_PEACEFULLY = re.compile(r"\bpeacefully\b", re.IGNORECASE)
_SPOKEN = re.compile(rf"[\"“”]|\b{_SAYS}\b", re.IGNORECASE)
DISPUTE_REACH = 2  # sentences either side of the state's account in which the article disputes it


def disputed_riot_words(hits, sentences, text: str) -> set[int]:
    """The offsets of the riot words told only in the state's account that the article disputes
    (``riots.disputed_state_claim``)."""
    out = set()
    for h in hits:
        if h.family != "riot":
            continue
        s = sentences[h.sentence]
        if not _STATE_ACCOUNT.search(text, s.start, s.end):
            continue
        near = range(max(0, h.sentence - DISPUTE_REACH), min(len(sentences), h.sentence + DISPUTE_REACH + 1))
        if any(_disputes(text, sentences[i].start, sentences[i].end) for i in near if i != h.sentence) \
                or _disputes(text, h.end, s.end):
            out.add(h.start)
    return out


def _disputes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` denies the state's account or, in someone's words, calls the crowd peaceful."""
    if _DISPUTE.search(text, start, end):
        return True
    return bool(_PEACEFULLY.search(text, start, end) and _SPOKEN.search(text, start, end))


def credit_disputed(events: list, disputed: set[int]) -> list:
    """The demonstrations of an article whose riot words were a disputed claim carry the rule that left
    those words out."""
    if not disputed:
        return events
    return [replace(e, rules=(*e.rules, DISPUTED_STATE_CLAIM)) if e.event_type == "Protests" else e for e in events]


# ---- a road blocked by the crowd's bodies ---------------------------------------------------------

_ROAD = r"(?:road|roads|highway|motorway|street|streets|avenue|junction|bridge|tarmac|railway|tracks|lanes?|carriageway)"
# the crowd's bodies on the road: "sat on the road", "sitting across both lanes", "linked arms across the highway"
_BODIES = re.compile(rf"\b(?:sat(?: down)?|sitting(?: down)?|lay(?: down)?|lying|stood|standing|linked arms|linking arms|"
                     rf"formed a human chain|(?:staged|held) a sit-in)\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:on|in|across|along|"
                     rf"in the middle of)\s+(?:[\w'’-]+\s+){{0,3}}?{_ROAD}\b", re.IGNORECASE)
# what makes a blockade a riot: things piled or burned across the road, stones, fire
_MATERIAL = re.compile(r"\b(?:tyres?|tires?|logs?|stones?|rocks?|bricks?|boulders?|trees?|tree trunks?|branches|"
                       r"bonfires?|barricades?|burn\w*|fire|set alight|debris|rubble|petrol)\b", re.IGNORECASE)
_ROAD_SHUT = re.compile(r"^(?:block|blockad|obstruct)", re.IGNORECASE)


def bodily_blockade_words(hits, text: str, dropped: set[int] = frozenset()) -> set[int]:
    """The offsets of the blockade words ("blocked the highway") of an article that tells the crowd
    blocked the road with its bodies and tells no barricade, fire or stones and no other riot word: a
    demonstration's blockade, not a riot (``protests.blockade_of_bodies``)."""
    riot = [h for h in hits if h.family in ("riot", "mob") and h.start not in dropped]
    shut = [h for h in riot if h.family == "riot" and _ROAD_SHUT.match(h.text)]
    if not shut or len(shut) != len(riot) or _MATERIAL.search(text) or not _BODIES.search(text):
        return set()
    return {h.start for h in shut}


def as_demonstration_word(h):
    """The blockade word ``h`` read as a demonstration's (the peaceful protest family)."""
    return replace(h, family="protest", sub_event_type="Peaceful protest", mode="demo")


def credit_bodies(events: list, bodies: set[int]) -> list:
    """The demonstrations typed from a blockade of bodies carry the rule that read it so."""
    if not bodies:
        return events
    out = []
    for e in events:
        span = dict(e.evidence).get("event_type")
        if span is not None and e.event_type == "Protests" and any(span.start <= at < span.end for at in bodies):
            e = replace(e, rules=(*e.rules, BLOCKADE_OF_BODIES))
        out.append(e)
    return out


# ---- a fight told only in the state's disputed account of a killing ------------------------------

_FIGHT_FAMILIES = frozenset({"clash", "kill", "attack"})
# the article disputes that the person the forces shot was armed or fought them
_UNARMED = re.compile(r"\b(?:unarmed|was not armed|(?:had|carried|held) no (?:gun|weapon|knife|machete|panga)s?|"
                      r"there was no (?:gun|weapon|knife|machete|panga|fight\w*|exchange)|"
                      r"did not (?:own|carry|have|hold) (?:a|any) (?:gun|weapon|knife|firearm)|"
                      r"nothing in (?:his|her|their) hands|hands? (?:up|raised|in the air)|"
                      r"(?:was|were) (?:asleep|sleeping|kneeling|running away|fleeing))\b", re.IGNORECASE)


def disputed_fight_words(hits, sentences, text: str) -> set[int]:
    """The offsets of the fight words (an attack on officers, fire returned in self-defence) told only in
    the state's account of a killing whose victim the article calls unarmed, when the article tells the
    killing in its own voice too: the one killing is the forces' attack, told twice
    (``violence_against_civilians.attack.disputed_state_account``)."""
    fights = [h for h in hits if h.family in _FIGHT_FAMILIES]
    accounts = {h.sentence for h in fights if _account(sentences[h.sentence], text)}
    if not accounts or not any(h.sentence not in accounts and h.family in ("kill", "attack") for h in fights):
        return set()
    out = set()
    for si in accounts:
        near = range(max(0, si - DISPUTE_REACH), min(len(sentences), si + DISPUTE_REACH + 1))
        if any(_UNARMED.search(text, sentences[i].start, sentences[i].end) for i in near if i not in accounts):
            out.update(h.start for h in fights if h.sentence == si)
    return out


# someone else speaks in the sentence too: "… shot dead by police, and witnesses said he was running away"
_OTHER_SPEAKER = re.compile(r"\b(?:witness\w*|famil(?:y|ies)|relatives?|neighbou?rs?|residents?|wife|husband|mother|"
                            r"father|brother|sister|son|daughter|lawyers?|friends?|colleagues?)\b[^.;]{0,30}?\b"
                            r"(?:said|say|says|told)\b", re.IGNORECASE)


def _account(s, text: str) -> bool:
    """Whether the sentence is the state's account alone (no witness or relative speaks in it too)."""
    return bool(_STATE_ACCOUNT.search(text, s.start, s.end)) and not _OTHER_SPEAKER.search(text, s.start, s.end)


def credit_disputed_fight(events: list, disputed: set[int]) -> list:
    """The attacks of an article whose fight words were the state's disputed account carry the rule that
    left those words out."""
    if not disputed:
        return events
    return [replace(e, rules=(*e.rules, DISPUTED_STATE_ACCOUNT)) if e.sub_event_type == "Attack" else e
            for e in events]


# ---- arrests of the crowd at a demonstration ----------------------------------------------------

SAME_PLACE_KM = 25  # an arrest this close to a demonstration of the same day is made at it
_FOR_A_PROTEST = re.compile(r"\b(?:for|over|after|in connection with|accused of|charged with|ahead of|before)\s+"
                            r"(?:\w+\s+){0,4}?(?:march|protest|rally|demonstration|sit-in|organi[sz]ing)s?\b",
                            re.IGNORECASE)


# the arrested are the crowd or a number of its people: "12 of them", "the detained youths", "14 people", "among
# those detained" (the arrests told before, retold)
_CROWD_ARRESTED = re.compile(r"\b(?:of them|among them|those (?:arrested|detained|held|rounded up)|protesters|protestors|demonstrators|marchers|campaigners|"
                             r"crowd|participants|youths|strikers|the \d+|\d+ of the|(?:dozens|scores|hundreds) of|\d+ (?:\w+ )?(?:people|persons|students|"
                             r"workers|traders|activists|farmers|teachers|women|men))\b", re.IGNORECASE)
SAME_SCENE_PARAGRAPHS = 3  # paragraphs between a demonstration and the arrests told of its crowd


def _span(e):
    return dict(e.evidence).get("event_type")


def _same_scene(a, p, text: str, published: str) -> bool:
    if a.location is None or p.location is None or a.location.iso3 != p.location.iso3:
        return False
    if a.event_date != p.event_date and published not in (a.event_date, p.event_date):
        return False
    sa, sp = _span(a), _span(p)
    if sa is None or sp is None or abs(text.count("\n\n", 0, sa.start) - text.count("\n\n", 0, sp.start)) \
            > SAME_SCENE_PARAGRAPHS:
        return False
    return a.location.name == p.location.name or haversine_km(
        a.location.latitude, a.location.longitude, p.location.latitude, p.location.longitude) <= SAME_PLACE_KM


# the demonstration is against the arrests: "protested against what they called 'arbitrary arrests'"
_AGAINST_ARRESTS = re.compile(r"\b(?:against|over|denounc\w*|condemn\w*)\b[^.;]{0,60}?\b(?:arrests?|detentions?)\b",
                              re.IGNORECASE)


def _protests_arrests(p, text: str) -> bool:
    """Whether the demonstration's own sentence names arrests as what it is against."""
    span = _span(p)
    return span is not None and bool(_AGAINST_ARRESTS.search(text, span.start, span.end))


def _of_the_crowd(a, text: str) -> bool:
    """An asserted arrest by the forces of the crowd or a number of people, not the grievance of a protest
    nor made for an earlier one (an arrest of one named person is an arrest of its own)."""
    if a.sub_event_type != "Arrests" or a.modality != "asserted":
        return False
    if a.actor1 is not None and a.actor1.type != ActorType.STATE_FORCES:
        return False
    span = _span(a)
    sent = "" if span is None else text[span.start:span.end]
    return bool(_CROWD_ARRESTED.search(sent)) and not cues.GRIEVANCE_ARREST.search(sent) \
        and not _FOR_A_PROTEST.search(sent)


def _intervened(p, a):
    state = a.actor1 if a.actor1 is not None else p.actor2
    crowd, other = (p.actor1, p.actor2) if p.actor1 is None or p.actor1.type != ActorType.STATE_FORCES \
        else (p.actor2, p.actor1)
    if other is None or other.type != ActorType.STATE_FORCES:
        other = state
    sub = "Protest with intervention" if p.sub_event_type == "Peaceful protest" else p.sub_event_type
    date = a.event_date if p.event_date != a.event_date and p.sub_event_type == "Peaceful protest" else p.event_date
    rules = (*p.rules, ARRESTS_OF_THE_CROWD)
    p = replace(p, sub_event_type=sub, actor1=crowd or p.actor1, actor2=other, event_date=date, rules=rules,
                decided_by=tuple((k, ARRESTS_OF_THE_CROWD if k == "sub_event_type" and sub != p.sub_event_type
                                  else v) for k, v in p.decided_by))
    return replace(p, notes=write_notes(p))


def arrests_of_the_crowd(events: list, text: str, published: str) -> list:
    """The events with each arrest the forces made at a demonstration the article reports (same day and
    place) folded into it: the demonstration is the "Protest with intervention" (or keeps its harsher
    type) and the arrest makes no event of its own (``protests.intervention.arrests_of_the_crowd``)."""
    demos = [i for i, e in enumerate(events) if e.event_type == "Protests" and e.modality == "asserted"]
    if not demos:
        return events
    events, drop = list(events), set()
    for i, a in enumerate(events):
        if not _of_the_crowd(a, text):
            continue
        j = next((j for j in demos if j not in drop and _same_scene(a, events[j], text, published)
                  and not _protests_arrests(events[j], text)), None)
        if j is not None:
            events[j] = _intervened(events[j], a)
            drop.add(i)
    return [e for i, e in enumerate(events) if i not in drop]


# ---- serious injuries make force excessive -------------------------------------------------------

_SERIOUS = re.compile(r"\b(?:blind(?:ed)? in (?:one|an|his|her|the left|the right) eye|blinded|los(?:t|ing) "
                      r"(?:an|one|his|her|their) eyes?|los(?:t|ing) (?:his|her|their) sight|los(?:t|ing) (?:the )?(?:sight|vision|use) "
                      r"(?:of|in) (?:one|an|his|her|their|the left|the right|both) eyes?|eye could not be saved|critically (?:injured|"
                      r"wounded|hurt)|seriously (?:injured|wounded|hurt)|gravely (?:injured|wounded|hurt)|in (?:a|an "
                      r"induced) coma|fractured (?:his |her )?skull|life-threatening (?:injur\w+|wounds?)|in (?:a )?"
                      r"critical condition)\b", re.IGNORECASE)
_NONE_HURT = re.compile(r"\b(?:no one|nobody|none|not|no protesters?|without)\b[^.;]{0,25}$", re.IGNORECASE)


def seriously_hurt(events: list, text: str) -> list:
    """A demonstration met by force in which a protester was seriously hurt, told in the sentence that
    types it, is excessive force against protesters (``protests.excessive_force.serious_injury``)."""
    out = []
    for e in events:
        span = dict(e.evidence).get("event_type")
        if e.sub_event_type == "Protest with intervention" and span is not None:
            hurt = _SERIOUS.search(text, span.start, span.end)
            if hurt and not _NONE_HURT.search(text, max(span.start, hurt.start() - 40), hurt.start()):
                e = as_excessive_force(e, SERIOUS_INJURY)
        out.append(e)
    return out


# ---- a police deed of an earlier year ------------------------------------------------------------

_FORCES = re.compile(r"\b(?:police\w*|officers?|constables?|troopers?|gendarm\w*|security forces|soldiers|troops)\b",
                     re.IGNORECASE)
# the deed's own phrase names an earlier year or month: "shot dead a man in Bristol in 2023", "killed 699 people
# last year", "a sergeant shot dead in an ambush last month"
_EARLIER_YEAR = re.compile(r"^[^,;.\"“”]{0,80}?\b(?:in ((?:19|20)\d\d)\b|(last (?:year|month)))", re.IGNORECASE)
FORCES_REACH = 80  # characters before the deed in which its doers are read


def _police_deed_of_earlier_year(m: Mentioned) -> str | None:
    trig, sent = m.mention.trigger, m.mention.sentence_span
    if m.published is None or m.mention.family not in ("kill", "attack", "clash", "abduct"):
        return None
    year = _EARLIER_YEAR.match(m.text[trig.end:sent.end])
    if year is None or (year.group(1) and int(year.group(1)) >= m.published.year):
        return None
    around = m.text[max(sent.start, trig.start - FORCES_REACH):min(sent.end, trig.end + 40)]
    return "historical" if _FORCES.search(around) else None


_value, _convention, _examples = DECLARED["salience.police_deed_of_earlier_year"]
salience.RULES.append(SalienceRule("salience.police_deed_of_earlier_year", _value, _convention, _examples,
                                   _police_deed_of_earlier_year))

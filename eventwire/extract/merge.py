"""From candidates to events: one event per real-world event inside an article.

Candidates of the same coding group are merged when their places and dates agree
(a headline, the lead and a quote about the same strike become one event); the
merged event takes the most specific sub-event type, the most precise place, the
explicit date, every fatality report and claim of its sentences, and evidence
offsets for each field.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field, replace
from typing import Callable

from ..records import Actor, Place, Span, TimeExpr
from .actor_pairs import opens_apart
from .classify import merge_rules as mr
from .classify.hierarchy_rules import ANOTHER_ACTOR_PAIR, CIVILIAN_PEOPLE, CIVILIANS_ACROSS_SEMICOLON
from .day_clauses import another_day
from .classify.global_place_rules import TRIP_END
from .classify.lead_place_rules import ROAD_END
from .lexicon import BARE_BLAST, HARM_FAMILIES, WEAPON_FAMILIES, family_rank, generic_blast

MERGE_VERSION = "merge.rules.v11+anchored-day.v1"


@dataclass(frozen=True)
class CodedMention:
    """A candidate after roles, place and date have been attached."""

    sentence: int
    family: str
    families: frozenset[str]
    sub_event_type: str
    mode: str | None
    modality: str
    weight: float
    trigger: Span
    sentence_span: Span
    actor1: Actor | None
    actor2: Actor | None
    actor1_evidence: Span | None
    actor2_evidence: Span | None
    place: Place | None
    place_span: Span | None
    geo_precision: int
    date: TimeExpr | None
    group: str
    anaphoric: bool = False
    plover: str | None = None
    assoc1: tuple[Actor, ...] = ()
    assoc2: tuple[Actor, ...] = ()
    actor1_hit: tuple[str, str] | None = None  # family and words of the trigger whose agent is actor1
    continues: bool = False  # tells more of the article's latest event of its kind (place details, toll)
    modality_rule: str = "modality.asserted.default"  # the id of the rule that decided ``modality``
    place_rule: str | None = None  # the id of the place rule that chose ``place``
    clause: tuple[int, int] | None = None  # its clause, where the sentence tells several events ("…, while in X …")

    @property
    def own_words(self) -> str:
        """The words of its clause where the sentence was split between events, else of its sentence."""
        if self.clause is None:
            return self.sentence_span.text
        start = self.sentence_span.start
        return self.sentence_span.text[self.clause[0] - start:self.clause[1] - start]


@dataclass
class EventDraft:
    mentions: list[CodedMention] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)  # ids of the rules that joined its mentions

    @property
    def group(self) -> str:
        return self.mentions[0].group


def km(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.latitude), math.radians(b.latitude)
    dp, dl = p2 - p1, math.radians(b.longitude - a.longitude)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.feature in ("country", "admin1", "admin2") or b.feature in ("country", "admin1", "admin2"):
        coarse, fine = (a, b) if a.feature in ("country", "admin1", "admin2") else (b, a)
        if coarse.iso3 != fine.iso3:
            return False
        if coarse.feature == "country":
            return True
        return coarse.admin1 is None or fine.admin1 is None or coarse.admin1 == fine.admin1 or km(a, b) < 150
    return km(a, b) <= 15.0


def _dates_compatible(a: TimeExpr | None, b: TimeExpr | None) -> bool:
    if a is None or b is None:
        return True
    if a.low and b.low and a.high and b.high:
        return not (a.high < b.low or b.high < a.low)
    return a.value[:7] == b.value[:7]


def _follows_demonstration(m: CodedMention, drafts: list[EventDraft], min_gap: int, max_gap: int) -> bool:
    """The latest event is a demonstration told ``min_gap``..``max_gap`` sentences before ``m``, at
    a place and date ``m`` does not contradict."""
    if not drafts or drafts[-1].group != "demo":
        return False
    last = drafts[-1].mentions
    return (min_gap <= m.sentence - last[-1].sentence <= max_gap
            and all(_places_compatible(x.place, m.place) for x in last)
            and all(_dates_compatible(x.date, m.date) for x in last))


_HURT = re.compile(r"injured|wounded|hurt|injuring|wounding", re.IGNORECASE)
_AT_THE_CROWD = re.compile(r"[^.;]{0,50}?\b(?:them|protesters|demonstrators|marchers|the crowds?|participants)\b",
                           re.IGNORECASE)


def _crowd_against_police(m: CodedMention) -> bool:
    """One side is the police or army, the other an unarmed crowd (or unnamed)."""
    sides = [a for a in (m.actor1, m.actor2) if a is not None]
    if m.family == "attack" and (m.actor2 is None or m.actor2.type != 1):
        return False  # the crowd attacked the police (what the police did to others is its own event)
    return any(a.type == 1 for a in sides) and all(a.type in (1, 5, 6, 7) for a in sides)


def _latest_of_kind(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… killed four near Dikwa. The insurgents raided Kawuri hamlet outside the town …': the village is
    the place detail of the event the lead reports."""
    same_kind = [d for d in drafts if d.group == m.group]
    return same_kind[-1] if m.continues and same_kind else None


def _anaphora(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'the attack', 'this strike': the most recent event of the same group, unless it names a town
    of its own elsewhere."""
    if not m.anaphoric:
        return None
    same = [d for d in drafts if d.group == m.group]
    if same and (m.place is None or m.place.feature != "city" or any(
            _places_compatible(x.place, m.place) for x in same[-1].mentions if x.place is not None)):
        return same[-1]
    return None


def _damage_of_attack(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… attacked a Fulani camp. Huts and granaries were destroyed.': the damage is the attack's."""
    if (m.family == "loot" and m.actor1 is None and drafts and drafts[-1].group in ("violent", "demo")
            and m.sentence - drafts[-1].mentions[-1].sentence == 1
            and all(_places_compatible(x.place, m.place) for x in drafts[-1].mentions)):
        return drafts[-1]
    return None


def _arrests_at_demonstration(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… clashed with police. Police fired tear gas and arrested 31 people.': arrests made at a
    demonstration are its intervention, not an event of their own (ACLED)."""
    return drafts[-1] if m.family == "arrest" and _follows_demonstration(m, drafts, 0, 1) else None


def _arrests_after_violence(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… killed a farmer near Ketou. Police later arrested the two attackers.': the arrest of those
    who did the violence just told is that event's aftermath, not an event of its own."""
    if m.family != "arrest" or not drafts or drafts[-1].group != "violent":
        return None
    last = drafts[-1].mentions
    if (0 <= m.sentence - last[-1].sentence <= 2 and all(_places_compatible(x.place, m.place) for x in last)
            and all(_dates_compatible(x.date, m.date) for x in last)):
        return drafts[-1]
    return None


def _casualties_of_demonstration(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'Troops shot at the marchers. Nine of them died.', '… Several students were
    injured.': the dead and hurt are the demonstration's, not an attack of their own."""
    if (m.group == "violent" and (m.family == "kill" or (
            m.family == "attack" and _HURT.fullmatch(m.trigger.text) and drafts and drafts[-1].group == "demo"
            and any(x.families & {"intervene", "riot", "clash"} for x in drafts[-1].mentions)))
            and m.actor1 is None and m.actor1_evidence is None
            and (_follows_demonstration(m, drafts, 1, 2) or _later_in_demonstration_sentence(m, drafts))):
        return drafts[-1]
    return None


def _later_in_demonstration_sentence(m: CodedMention, drafts: list[EventDraft]) -> bool:
    """'Police fired on students holding a sit-in; one student was killed': the dead told in a clause
    of their own after a semicolon, later in the demonstration's own sentence."""
    if not _follows_demonstration(m, drafts, 0, 0):
        return False
    last, span = drafts[-1].mentions[-1], m.sentence_span
    return last.trigger.end <= m.trigger.start \
        and ";" in span.text[last.trigger.end - span.start:m.trigger.start - span.start]


def _force_on_demonstrators(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'Protesters marched through the town. Police shot two of them dead.': the force used on the
    demonstrators is the demonstration's (excessive force against protesters)."""
    if (m.group == "violent" and m.family in ("kill", "attack") and m.actor1 is not None and m.actor1.type == 1
            and _AT_THE_CROWD.match(m.trigger.text + " " + m.sentence_span.text[
                m.trigger.end - m.sentence_span.start:][:40])
            and _follows_demonstration(m, drafts, 1, 1)):
        return drafts[-1]
    return None


def _violence_of_demonstrators(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… protested at the county offices. Protesters abducted the education executive': what the
    demonstrators did is their demonstration's violence."""
    if (m.group == "violent" and m.actor1 is not None and m.actor1.type in (5, 6) and m.actor1_hit is not None
            and m.actor1_hit[0] in HARM_FAMILIES and _follows_demonstration(m, drafts, 0, 1)):
        return drafts[-1]
    return None


def _fight_with_police(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """'… joined the demonstrations in Kisumu. Supporters fought running battles with police.', '…
    stormed the council; security forces fired live rounds, wounding five': the fight with the
    police, or the police's force, is the demonstration's (ACLED)."""
    if (m.group == "violent" and (("intervene" in m.families and (m.actor1 is None or m.actor1.type == 1)
                                   and _follows_demonstration(m, drafts, 0, 1))
                                  or (m.family in ("clash", "attack") and _crowd_against_police(m)
                                      and _follows_demonstration(m, drafts, 1, 1)))):
        return drafts[-1]
    return None


_SPECIFIC = frozenset({"chemical", "suicide", "air", "ied", "shelling", "grenade"})


def _same_place_and_date(m: CodedMention, drafts: list[EventDraft]) -> EventDraft | None:
    """The first event of the same group whose places and dates do not contradict the mention's (two
    specific weapons at two different places are two events)."""
    for d in drafts:
        if d.group != m.group:
            continue
        places = [x.place for x in d.mentions if x.place is not None]
        dates = [x.date for x in d.mentions if x.date is not None]
        if m.place is not None and places and not any(_places_compatible(p, m.place) for p in places):
            continue
        if m.date is not None and dates and not any(_dates_compatible(t, m.date) for t in dates):
            continue
        if m.group == "violent" and not m.anaphoric:
            specific = {x.family for x in d.mentions} & _SPECIFIC
            if (m.family in _SPECIFIC and specific and m.family not in specific and m.place is not None
                    and places and not any(p.geonameid == m.place.geonameid for p in places)):
                continue
        return d
    return None


# the joining rules, tried in order: the first that names an event the mention belongs to decides
JOINS: tuple[tuple[str, Callable[[CodedMention, list[EventDraft]], EventDraft | None]], ...] = (
    (mr.CONTINUES, _latest_of_kind),
    (mr.ANAPHORA, _anaphora),
    (mr.DAMAGE, _damage_of_attack),
    (mr.DEMO_ARRESTS, _arrests_at_demonstration),
    (mr.ARRESTS_AFTER_VIOLENCE, _arrests_after_violence),
    (mr.DEMO_CASUALTIES, _casualties_of_demonstration),
    (mr.FORCE_ON_CROWD, _force_on_demonstrators),
    (mr.CROWD_HARM, _violence_of_demonstrators),
    (mr.POLICE_FIGHT, _fight_with_police),
    (mr.SAME_PLACE_DATE, _same_place_and_date),
)

# joins whose mention is the event's aftermath: it is folded into the event without telling its sides or type
ABSORBED = frozenset({mr.ARRESTS_AFTER_VIOLENCE})


_ARMED_SIDES = frozenset({1, 2, 3, 4, 8})
# people without arms beside those ``CIVILIAN_PEOPLE`` names: "abducted four herders", "shot dead a candidate"
_PEOPLE = re.compile(r"\b(?:people|men|herders?|pastoralists?|teachers?|journalists?|candidates?|mayor|"
                     r"aid workers?|worshippers?|patients?|displaced)\b", re.IGNORECASE)


def _battle(m: CodedMention) -> bool:
    """Both sides named and armed, or a place taken by an armed side: a battle."""
    return m.group == "violent" and m.actor1 is not None and m.actor1.type in _ARMED_SIDES and (
        m.family == "territory" or (m.actor2 is not None and m.actor2.type in _ARMED_SIDES))


def _on_civilians(m: CodedMention, lo: int, hi: int) -> bool:
    """An armed doer named in the words between ``lo`` and ``hi`` (its own side of the semicolon), civilians
    its target and people named there ("two residents caught in the crossfire were also killed" names no doer
    of its own; "artillery then shelled the village" no people)."""
    span = m.sentence_span
    return m.group == "violent" and m.actor1 is not None and m.actor1_evidence is not None \
        and lo <= m.actor1_evidence.start < hi and m.actor1.type in _ARMED_SIDES \
        and m.actor2 is not None and m.actor2.type == 7 \
        and (CIVILIAN_PEOPLE.search(span.text, lo - span.start, hi - span.start) is not None
             or _PEOPLE.search(span.text, lo - span.start, hi - span.start) is not None)


def _own_side(x: CodedMention, m: CodedMention, before: bool) -> CodedMention:
    """``x`` with its clause set to its side of the last semicolon before ``m``'s trigger (``x`` is left as
    it is when it stands in another sentence or has a clause already)."""
    span = m.sentence_span
    if x.sentence != m.sentence or x.clause is not None:
        return x
    cut = span.start + span.text.rindex(";", 0, m.trigger.start - span.start)
    return replace(x, clause=(span.start, cut) if before else (cut + 1, span.end))


def _civilians_beside_battle(m: CodedMention, drafts: list[EventDraft]) -> bool:
    """The latest event has a mention earlier in ``m``'s sentence, a semicolon between them, one a battle
    and the other a deed on civilians whose doer its own side of the semicolon names."""
    if not drafts:
        return False
    span = m.sentence_span
    for x in drafts[-1].mentions:
        between = span.text[x.trigger.end - span.start:m.trigger.start - span.start] \
            if x.sentence == m.sentence and x.trigger.end <= m.trigger.start else ""
        if ";" not in between:
            continue
        cut = span.start + span.text.rindex(";", 0, m.trigger.start - span.start)
        if (_battle(x) and _on_civilians(m, cut, span.end)) or (_on_civilians(x, span.start, cut) and _battle(m)):
            return True
    return False


def _later_day_clause(m: CodedMention) -> bool:
    """A clause after the first of its sentence that names days all other than the rest of the sentence's."""
    span = m.sentence_span
    if m.clause is None or m.clause[0] <= span.start:
        return False
    shift = span.start
    return another_day(span.text, (m.clause[0] - shift, m.clause[1] - shift), 0, len(span.text))


def merge_mentions(mentions: list[CodedMention]) -> list[EventDraft]:
    """Greedy, order-preserving clustering of mentions into events: each mention joins the event the
    first joining rule names, else starts an event of its own; the draft records the rules that joined
    its mentions (a mention ``ABSORBED`` adds only its rule)."""
    drafts: list[EventDraft] = []
    for m in mentions:
        if m.clause is not None and opens_apart(m.own_words):
            # a deed on civilians cut off from the battle before it: another actor pair, another event
            drafts.append(EventDraft([m], [ANOTHER_ACTOR_PAIR]))
            continue
        if _civilians_beside_battle(m, drafts):
            # the battle and the deed on civilians are two actor pairs, told apart by the semicolon: each
            # is coded by the words of its own side of it
            drafts[-1].mentions[:] = [_own_side(x, m, before=True) for x in drafts[-1].mentions]
            drafts.append(EventDraft([_own_side(m, m, before=False)], [CIVILIANS_ACROSS_SEMICOLON]))
            continue
        if _later_day_clause(m):
            # a deed the sentence dates to a day of its own after "and": another day, another event
            drafts.append(EventDraft([m], [mr.ANOTHER_DAY]))
            continue
        for rule_id, join in JOINS:
            target = join(m, drafts)
            if target is not None:
                if rule_id not in ABSORBED:
                    target.mentions.append(m)
                if rule_id not in target.rules:
                    target.rules.append(rule_id)
                break
        else:
            drafts.append(EventDraft([m]))
    return drafts


def event_id(article_id: str, draft_key: str) -> str:
    return hashlib.sha1(f"{article_id}|{draft_key}".encode("utf-8")).hexdigest()[:16]


# the places a mention took only as a reference point of the event's: a journey's end, a road's end
_REFERENCE_RULES = frozenset({TRIP_END, ROAD_END})


def choose_place(draft: EventDraft) -> CodedMention | None:
    """The mention with the most precise place (town over region over country), earliest first; a place
    a mention took only as a journey's end (``places.trip_end``: "the wounded were taken to X") or as an
    end of the road it happened on (``places.road_end``) comes after the other mentions' places in its
    country (the event lies near it, not abroad)."""
    with_place = [m for m in draft.mentions if m.place is not None]
    if not with_place:
        return None
    rank = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
    at_home = {m.place.iso3 for m in with_place if m.place_rule not in _REFERENCE_RULES}

    def key(m: CodedMention) -> tuple:
        return (m.place_rule in _REFERENCE_RULES and m.place.iso3 in at_home, rank.get(m.place.feature, 1),
                m.sentence)

    return min(with_place, key=key)


def choose_type(draft: EventDraft) -> CodedMention:
    """The mention that gives the merged event its type."""
    return choose_type_traced(draft)[0]


def _says_only_a_blast(m: CodedMention) -> bool:
    """A mention that says only that something exploded: by its weight, or by its bare trigger where a toll of
    its sentence raised the weight ("The explosions killed five soldiers" after "hurled two grenades")."""
    return generic_blast(m.family, m.weight) or (m.family == "ied" and BARE_BLAST.fullmatch(m.trigger.text) is not None)


def choose_type_traced(draft: EventDraft) -> tuple[CodedMention, str | None]:
    """The mention that gives the merged event its type, and the merging rule that chose it (none
    when all its mentions are of one family): the most severe, most specific type, except that an
    explosion heard during a fight is part of the battle."""
    specific = any(m.family in WEAPON_FAMILIES for m in draft.mentions)
    top = min(draft.mentions, key=lambda m: (specific and _says_only_a_blast(m),
                                             family_rank(m.family), -m.weight, m.sentence))
    if generic_blast(top.family, top.weight):
        # "militants attacked the base … explosions and gunfire were heard": an explosion heard
        # during a fight is part of the battle, not a bombing of its own
        clash = [m for m in draft.mentions if m.family == "clash" or (
            m.family == "attack" and m.actor2 is not None and m.actor2.type in (1, 2, 3, 4, 8))]
        if clash:
            return min(clash, key=lambda m: (-m.weight, m.sentence)), mr.BLAST_IN_BATTLE
    return top, (mr.MOST_SEVERE if len({m.family for m in draft.mentions}) > 1 else None)

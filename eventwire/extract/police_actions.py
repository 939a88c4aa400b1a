"""Police actions told by full news articles: arrests made at a demonstration, raids that are arrests,
the forces' own acts that are no riot, deaths that make an intervention excessive force.

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

Whether a crowd rioted is read from the crowd's own acts: a riot word whose doer is the forces ("riot police
blocked the streets", "armoured trucks blocked the avenue") is left out (``riots.doer_is_the_forces``). And a
protest met by force in which people died is excessive force against protesters, whatever word told the
force (``protests.excessive_force.lethal_intervention``).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ..records import ActorType
from .classify import cues
from .classify.police_action_rules import (ARREST_OF_THE_HARMED, ARRESTS_AT_PROTEST, CHARGE_NOT_EVENT, CLASH_SIDES_ARMED,
                                                 CUSTODY_BEATING, DAMAGE_OF_THE_RIOT, ENCOUNTER_WITH_FORCES, FORCES_ACT, FORCES_BARRIER, LETHAL_INTERVENTION, RAID_OF_ARREST)
from .merge import CodedMention
from .notes import write_notes

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


def credit(events: list, at_protest: set[int], raids: set[int] = frozenset(), forces: set[int] = frozenset(),
           charges: set[int] = frozenset(), barriers: set[int] = frozenset()) -> list:
    """The events typed from a moved arrest carry the rule that moved it, the arrests that absorbed a
    raid the rule that absorbed it, the events of a sentence whose riot words were the forces' the rule
    that left those words out, the events of a sentence whose words of unrest were a charge the rule that
    read them so, the events of a sentence whose barricades were the forces' the rule that read them so."""
    if not at_protest and not raids and not forces and not charges and not barriers:
        return events
    out = []
    for e in events:
        span = dict(e.evidence).get("event_type")
        if span is not None and any(span.start <= at < span.end for at in forces):
            e = replace(e, rules=(*e.rules, FORCES_ACT))
        if span is not None and any(span.start <= at < span.end for at in charges):
            e = replace(e, rules=(*e.rules, CHARGE_NOT_EVENT))
        if span is not None and any(span.start <= at < span.end for at in barriers):
            e = replace(e, rules=(*e.rules, FORCES_BARRIER))
        if span is not None and e.event_type == "Protests" and any(span.start <= at < span.end for at in at_protest):
            e = replace(e, rules=(*e.rules, ARRESTS_AT_PROTEST))
        if raids and e.sub_event_type == "Arrests":
            e = replace(e, rules=(*e.rules, RAID_OF_ARREST))
        out.append(e)
    return out


# the forces and their equipment as a doer: "riot police blocked streets", "armoured trucks blocked the avenue"
_FORCES_DOER = re.compile(r"\b(?:police\w*|officers?|constables?|gendarm\w*|soldiers?|troops|army|military|"
                          r"security forces|riot squads?|carabineros|guards?|authorities|(?:armou?red|police|military) "
                          r"(?:trucks?|vehicles?|cars?|vans?)|water cannons?)\b", re.IGNORECASE)
_SUBJECTS = ("nsubj", "agent")  # (a passive's subject is who the deed befell: "officers were hurt by stones")


def _token_at(doc, at: int):
    return next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)


def _doer(tok) -> tuple[str, str] | None:
    """The subject (or the passive's agent) of the verb a trigger word belongs to: its noun with the words
    before it ("riot police", "armoured trucks"; not "riders angry at the police") and its whole phrase
    ("police and protesters"); a verb joined to an earlier one ("… closed the avenue and blocked the
    bridge") shares that verb's subject."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        for c in verb.children:
            if c.dep_ in _SUBJECTS:
                who = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
                return (" ".join(t.text for t in who.subtree if t.i <= who.i),
                        " ".join(t.text for t in who.subtree))
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# the one-sided deeds a crowd does (a clash or a battle has two sides, whoever the subject is)
_ONE_SIDED = re.compile(r"(?:block|barricad|obstruct|burn|burnt|set|torch|smash|destroy|vandali|pelt|ston|threw|throw|"
                        r"hurl|storm|dump|lit|light|pull|tore|ransack|invad|disrupt|broke)", re.IGNORECASE)


def forces_riot_words(hits, parsed: dict, sentences) -> set[int]:
    """The offsets of the riot words whose doer is the state's forces: riot police who block streets,
    trucks that block an avenue, officers who barricade a square do no violence of the crowd's
    (``riots.doer_is_the_forces``)."""
    out = set()
    for h in hits:
        doc = parsed.get(h.sentence) if h.family == "riot" and _ONE_SIDED.match(h.text) else None
        tok = _token_at(doc, h.start - sentences[h.sentence].start) if doc is not None else None
        who = _doer(tok) if tok is not None else None
        if who is not None and _FORCES_DOER.search(who[0]) and not _CROWD_DOER.search(who[1]):
            out.add(h.start)
    return out


# the barrier a crowd meets is the forces': "stopped at barricades", "tried to push past the barricades",
# "police barricades", "barricades set up by the police"
_FORCES_BARRIER_BEFORE = re.compile(
    r"(?:\b(?:police|security|steel|metal|concrete|army|military)\s+"
    r"|\b(?:at|past|through|against|over)\s+(?:the\s+|a\s+|police\s+|security\s+|metal\s+|steel\s+)*)$", re.IGNORECASE)
_FORCES_BARRIER_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:had\s+been\s+)?)?(?:set up|erected|put up|placed|mounted|"
                                   r"manned|guarded)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:police|officers|security|"
                                   r"troops|soldiers|authorities|gendarm\w*)\b", re.IGNORECASE)
BARRIER_REACH = 40  # characters before a barricade word in which its keepers are read


def forces_barricades(hits, text: str) -> set[int]:
    """The offsets of the barricade nouns that name the forces' barrier, not the crowd's: a crowd stopped
    at barricades, pushing past or through them, or barricades the police set up, does no violence by
    them (``riots.barricade_of_the_forces``)."""
    out = set()
    for h in hits:
        if h.family != "riot" or not h.text.lower().startswith("barricades"):
            continue
        if _FORCES_BARRIER_BEFORE.search(text, max(0, h.start - BARRIER_REACH), h.start) \
                or _FORCES_BARRIER_AFTER.match(text, h.end):
            out.add(h.start)
    return out


# the charge an arrest is made on: "accusing them of plotting to incite unrest", "charged with rioting"
_CHARGE_BEFORE = re.compile(r"\b(?:accus\w+|charg(?:ed|ing|es)|suspected|convicted|indicted)\s+(?:\w+\s+){0,2}?(?:of|with|for)\s+(?:\w+\s+){0,3}?"
                            r"(?:incit\w*|instigat\w*|stir\w*|fomenting|organi[sz]\w*|plotting|planning|taking part in|"
                            r"participating in|leading)?\s*(?:\w+\s+){0,2}$"
                            r"|\bon charges? of\s+(?:\w+\s+){0,3}$|\b(?:incit\w*|instigat\w*|foment\w*)\s+(?:\w+\s+){0,2}$",
                            re.IGNORECASE)
CHARGE_REACH = 60  # characters before a word of unrest in which its charge is read


def charged_words(hits, text: str) -> set[int]:
    """The offsets of the demonstration and riot words that name the charge an arrest is made on, not a
    demonstration: "arrested four activists, accusing them of plotting to incite unrest"
    (``strategic.arrests.charge_not_event``)."""
    out = set()
    arrests = {h.sentence for h in hits if h.family == "arrest"}
    for h in hits:
        if h.family in ("riot", "protest") and h.sentence in arrests \
                and _CHARGE_BEFORE.search(text, max(0, h.start - CHARGE_REACH), h.start):
            out.add(h.start)
    return out


_CROWD_DOER = re.compile(r"\b(?:protesters|protestors|demonstrators|rioters|youths|crowds?|mobs?|students|residents|"
                         r"supporters|marchers|workers|traders)\b", re.IGNORECASE)


def lethal_intervention(events: list) -> list:
    """A peaceful protest met by force in which people died is excessive force against protesters, not
    an intervention, which the codebook keeps for a dispersal without serious or lethal injuries
    (``protests.excessive_force.lethal_intervention``): the forces are its first side, the protesters
    the second."""
    out = []
    for e in events:
        if e.sub_event_type == "Protest with intervention" and (e.fatalities_best or 0) >= 1:
            e = as_excessive_force(e, LETHAL_INTERVENTION)
        out.append(e)
    return out


def as_excessive_force(e, rule: str):
    """The protest ``e`` recoded by ``rule`` as excessive force against protesters: the forces its first
    side, the crowd the second, its notes rewritten."""
    state, crowd = (e.actor2, e.actor1) if e.actor2 is not None and e.actor2.type == ActorType.STATE_FORCES \
        else (e.actor1, e.actor2)
    e = replace(e, sub_event_type="Excessive force against protesters", actor1=state, actor2=crowd,
                rules=(*e.rules, rule),
                decided_by=tuple((k, rule if k == "sub_event_type" else v) for k, v in e.decided_by))
    return replace(e, notes=write_notes(e))


# harm done to a detainee, told in the sentence of the arrest: "a day after he was arrested … officers beat him"
_HARM_TO_DETAINEE = re.compile(r"\b(?:beat|beaten|beating|tortured|torture|kicked|tased|tasered|whipped|flogged|"
                               r"shot|killed|died|dead|death)\b", re.IGNORECASE)


def arrest_of_the_harmed(events: list, text: str) -> list:
    """An arrest whose sentence tells the harm the forces then did to the one arrested, in an article with
    that attack of the forces on a civilian, is part of the attack, no Arrests event of its own
    (``violence_against_civilians.attack.arrest_of_the_harmed``)."""
    attacks = [e for e in events if e.sub_event_type == "Attack" and e.actor1 is not None
               and e.actor1.type == ActorType.STATE_FORCES and e.actor2 is not None
               and e.actor2.type == ActorType.CIVILIANS]
    if not attacks:
        return events
    out, folded = [], False
    for e in events:
        span = dict(e.evidence).get("sub_event_type")
        if e.sub_event_type == "Arrests" and span is not None and _HARM_TO_DETAINEE.search(_sentence_of(text, span.start)):
            folded = True
            continue
        out.append(e)
    if not folded:
        return events
    return [replace(e, rules=(*e.rules, ARREST_OF_THE_HARMED)) if e is attacks[0] else e for e in out]


def _sentence_of(text: str, at: int) -> str:
    """The sentence around offset ``at`` (from the previous full stop or paragraph break to the next)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i != -1]
    return text[start:min(ends) if ends else len(text)]


# the detainee named by a pronoun as the one beaten: "they had beaten him", "he had been beaten"
_PRONOUN_BEATEN = re.compile(r"\b(?:beat|beaten|beating|kicked|tortured|whipped|flogged|hit)\s+(?:him|her)\b|"
                             r"\b(?:he|she)\s+(?:had\s+been|was|has\s+been)\s+(?:\w+\s+)?(?:beaten|kicked|tortured|"
                             r"whipped|flogged|assaulted)\b", re.IGNORECASE)
CUSTODY_BEATING_DAYS = 3  # days before the death in which the beating told of the dead detainee falls


def custody_beating_of_the_dead(events: list, text: str) -> list:
    """The events with each harmless attack of an unnamed doer on a detainee named by a pronoun ("he told me
    they had beaten him") folded into the death in the forces' custody the article reports, when it fell
    in the days before it (``violence_against_civilians.attack.custody_beating_of_the_dead``)."""
    deaths = [e for e in events if e.sub_event_type == "Attack" and (e.fatalities_best or 0) >= 1
              and e.actor1 is not None and e.actor1.type == ActorType.STATE_FORCES
              and any(r.endswith("death_in_custody") for r in e.rules)]
    if not deaths:
        return events
    death, out, folded = deaths[0], [], False
    for e in events:
        span = dict(e.evidence).get("sub_event_type")
        if e is not death and e.sub_event_type == "Attack" and not (e.fatalities_best or 0) \
                and e.actor1 is not None and e.actor1.name.startswith("Unidentified") and span is not None \
                and _PRONOUN_BEATEN.search(_sentence_of(text, span.start)) and _days_before(e, death):
            folded = True
            continue
        out.append(e)
    if not folded:
        return events
    return [replace(e, rules=(*e.rules, CUSTODY_BEATING)) if e is death else e for e in out]


def _days_before(e, death) -> bool:
    try:
        gap = (dt.date.fromisoformat(death.event_date) - dt.date.fromisoformat(e.event_date)).days
    except (TypeError, ValueError):
        return False
    return 0 <= gap <= CUSTODY_BEATING_DAYS


# the South Asian word for a gunfight with the forces: "killed in an encounter with police"
_ENCOUNTER = re.compile(r"\bencounters?\s+(?:with|between)\b", re.IGNORECASE)


def credit_encounter(events: list, text: str) -> list:
    """The armed clashes told as an encounter with the forces carry the rule that reads the word as a
    gunfight (``battles.armed_clash.encounter_with_forces``: the word is a clash trigger and a mutual
    one, and a sentence with it is no crime story)."""
    out = []
    for e in events:
        if e.sub_event_type == "Armed clash" and any(_ENCOUNTER.search(_sentence_of(text, span.start))
                                                     for _, span in e.evidence if span is not None):
            e = replace(e, rules=(*e.rules, ENCOUNTER_WITH_FORCES))
        out.append(e)
    return out


def clash_sides_armed(events: list, unidentified) -> list:
    """The armed clashes of the state's forces with a side merged as civilians ("five suspects were killed
    in the gunbattle") fought an armed group: ``unidentified(iso3)``, the unidentified armed group of the
    event's country, takes the civilians' place (``battles.armed_clash.no_civilian_side``)."""
    out = []
    for e in events:
        sides = (e.actor1, e.actor2)
        if e.sub_event_type == "Armed clash" and any(a is not None and a.type == ActorType.STATE_FORCES for a in sides) \
                and any(a is not None and a.type == ActorType.CIVILIANS for a in sides):
            group = unidentified(e.location.iso3 if e.location is not None else None)
            a1, a2 = (group if a is not None and a.type == ActorType.CIVILIANS else a for a in sides)
            e = replace(e, actor1=a1, actor2=a2, rules=(*e.rules, CLASH_SIDES_ARMED))
            e = replace(e, notes=write_notes(e))
        out.append(e)
    return out


# the crowd's own violence told beside the damage: "some threw stones at the building and set fire to a car"
_CROWD_VIOLENCE = re.compile(r"\b(?:threw|throwing|hurled|hurling|pelted|pelting)\s+(?:\w+\s+){0,3}?(?:stones|rocks|"
                             r"bricks|bottles|petrol bombs|projectiles)\b|\bstoned\b", re.IGNORECASE)


def damage_of_the_riot(events: list, text: str) -> list:
    """The events with each looting or destruction whose doer the words leave unnamed, told in a sentence of
    the crowd's own violence on the day and at the place of a riot the article reports, folded into that riot
    (``riots.damage_of_the_riot``)."""
    riots = [e for e in events if e.event_type == "Riots" and e.location is not None]
    if not riots:
        return events
    out, folded = [], set()
    for e in events:
        span = dict(e.evidence).get("sub_event_type")
        riot = next((r for r in riots if e.sub_event_type == "Looting/property destruction" and span is not None
                     and e.location is not None and r.location.name == e.location.name
                     and r.event_date == e.event_date), None)
        if riot is not None and (e.actor1 is None or e.actor1.name.startswith("Unidentified")) \
                and _CROWD_VIOLENCE.search(_sentence_of(text, span.start)):
            folded.add(id(riot))
            continue
        out.append(e)
    return [replace(e, rules=(*e.rules, DAMAGE_OF_THE_RIOT)) if id(e) in folded else e for e in out]

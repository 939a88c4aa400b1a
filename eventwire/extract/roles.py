"""Semantic roles: who did it (actor1) and to whom (actor2), read from the dependency parse.

Handles active subjects and objects, passive agents ("by X"), "X's attack on Y",
"attack by X against Y", "clashes between X and Y", "X clashed with Y", "blamed X for
attacking Y", "its forces were behind the attack", "warplanes carried out airstrikes on Y" (the deed a
craft carries out is no side), and falls back to the order of
actor mentions around the trigger when the parse says nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.loader import load as word_class

ROLES_VERSION = "roles.syntax.v6"

# (the word class role_words of eventwire/lang/en: "an attack on", "by", "blamed", "launched" …)
_ROLE_WORDS = word_class("role_words")
_TARGET_PREPS = frozenset(_ROLE_WORDS.where("class", "target_prep"))
_AGENT_PREPS = frozenset(_ROLE_WORDS.where("class", "agent_prep"))
_BLAME_VERBS = frozenset(_ROLE_WORDS.where("class", "blame"))
_CARRY_VERBS = frozenset(_ROLE_WORDS.where("class", "carry"))
_PRONOUN_POSS = frozenset(_ROLE_WORDS.where("class", "possessive"))
_HARM_PARTICIPLES = frozenset(_ROLE_WORDS.where("class", "harm_participle"))
_SPEECH_VERBS = set(word_class("report_verbs").where("class", "speech"))  # (eventwire/lang/en)
_FORCE_NOUNS = frozenset(_ROLE_WORDS.where("class", "force"))
_WEAPON_NOUNS = frozenset(_ROLE_WORDS.where("class", "weapon"))
_NOT_ACTOR_HEADS = frozenset(_ROLE_WORDS.where("class", "not_actor"))


@dataclass(frozen=True)
class RolePhrases:
    """Actor phrases found for a trigger, as (start, end) article offsets of noun phrases."""

    agent: tuple[int, int] | None
    patient: tuple[int, int] | None
    agent_text: str | None
    patient_text: str | None
    forces_of: bool = False  # "its forces": the agent is the armed forces of the phrase's actor
    alt_patient: tuple[int, int] | None = None  # "rammed a car into a checkpoint": the checkpoint
    alt_patient_text: str | None = None


def _np_span(tok, offset: int) -> tuple[int, int]:
    """Offsets of the noun phrase headed by ``tok``, without trailing relative clauses."""
    left = tok.left_edge
    right = tok
    for t in tok.subtree:
        if t.i > right.i and t.i <= tok.i + 12:
            # stop at a relative clause or participle modifying the noun
            if t.dep_ in ("relcl", "acl") and t.head.i == tok.i:
                break
            if t.text in (",", ";", "(") and t.head.i == tok.i:
                break
            right = t
    # cut at a following relative clause boundary
    start = left.idx + offset
    end = right.idx + len(right.text) + offset
    return start, end


def _subject(verb):
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl":
            return c
    return None


def _passive_agent(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _obj(verb):
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    return None


def _prep_obj(tok, preps, depth: int = 2):
    """First pobj under a preposition in ``preps`` attached to ``tok`` (or its acl/relcl child)."""
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return g
                if c.dep_ in ("acl", "relcl", "compound", "amod") or (c.dep_ == "prep" and c.lower_ not in preps):
                    nxt.append(c)
        frontier = nxt
    return None


def _conj_pair(tok):
    """'between X and Y' under the trigger."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for g in c.children:
                if g.dep_ == "pobj":
                    conj = [x for x in g.children if x.dep_ == "conj"]
                    return g, (conj[0] if conj else None)
    return None, None


def _resolve_possessive(np_tok):
    """'its forces' (or a bare 'it'/'they') -> the subject the pronoun refers to, up the clause chain."""
    poss = [c for c in np_tok.children if c.dep_ == "poss" and c.lower_ in _PRONOUN_POSS]
    if not poss and np_tok.lower_ not in ("it", "they", "we"):
        return None
    cur = np_tok.head
    for _ in range(5):
        subj = _subject(cur)
        if subj is not None and subj.i != np_tok.i and subj.i < np_tok.i and subj.pos_ != "PRON" and (
                cur.lower_ in _SPEECH_VERBS or subj.pos_ == "PROPN"
                or any(c.pos_ == "PROPN" for c in subj.children)):
            return subj
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return None


def find_roles(doc, offset: int, head) -> RolePhrases:
    """Actor phrases for the trigger token ``head`` in the parsed sentence ``doc``."""
    if head is None:
        return RolePhrases(None, None, None, None)
    alt_patient = None
    demonym = False
    if head.pos_ in ("VERB", "AUX"):
        agent, patient, alt_patient = _verb_roles(head)
    else:
        agent, patient, demonym = _noun_roles(head)
    agent, patient, alt_patient = _completed(agent, patient, alt_patient)
    return _phrases(doc, offset, agent, patient, alt_patient, demonym)


def _verb_roles(verb):
    """Agent, patient and other target of a verb trigger: subject and object, or a passive's agent
    and subject; else the sides of "between X and Y"; else the agent its governing verb gives."""
    pagent = _passive_agent(verb)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    # "a farmer was killed and two soldiers wounded": the second verb's "were" is elided
    elided = not passive and (verb.tag_ == "VBN" or verb.lower_ in _HARM_PARTICIPLES) and verb.dep_ == "conj" \
        and _obj(verb) is None \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    if passive or elided:
        patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None) if elided \
            else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = pagent
        if agent is None:
            # "was shot and killed by Taliban militants": the agent hangs on the last verb
            agent = next((a for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                          for a in (_passive_agent(c),) if a is not None), None)
    else:
        agent = _subject(verb)
        patient = _obj(verb) or _prep_obj(verb, _TARGET_PREPS | {"with"}, depth=1)
        if patient is not None and patient.ent_type_ in ("DATE", "TIME"):
            patient = None  # "On 12 October, soldiers shot …": a date is no one's target
        if patient is None:
            # "shot and killed eight fighters": the object hangs on the conjoined verb
            patient = next((o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                            for o in (_obj(c),) if o is not None), None)
    if agent is None and pagent is not None:
        agent = pagent  # "a man shot by police": a participle with its passive agent
    alt = _prep_obj(verb, _TARGET_PREPS, depth=1)
    alt_patient = alt if alt is not None and alt is not patient else None
    if agent is None and patient is None:
        a, b = _conj_pair(verb)
        if a is not None:
            agent, patient = a, b
    if agent is None and verb.dep_ in ("pcomp", "xcomp", "advcl", "conj", "acl", "relcl"):
        agent, patient = _from_governor(verb, passive, patient)
    return agent, patient, alt_patient


def _from_governor(verb, passive: bool, patient):
    """The agent (or patient) a dependent verb takes from the word it depends on: "blamed X for
    attacking", "militants who attacked", "the victim left his house and was shot"; a speech verb's
    subject is a side only this way ("the army said it had killed" leaves the speaker out: a ccomp)."""
    agent = None
    gov = verb.head
    if gov.dep_ == "prep":
        gov = gov.head
    if gov.lower_ in _BLAME_VERBS:
        agent = _obj(gov)
    elif gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "dobj" and gov.head.lower_ in _BLAME_VERBS:
        agent = gov
    elif verb.dep_ == "relcl":
        agent = gov if gov.pos_ in ("NOUN", "PROPN") else None
    elif verb.dep_ == "acl" and gov.pos_ in ("NOUN", "PROPN"):
        if patient is not None and not passive and gov.dep_ in ("ROOT", "nsubj"):
            agent = gov  # "a gunman shot and wounded two men": a misparsed active verb
        else:
            patient = patient or gov
    elif passive and patient is None and verb.dep_ == "conj" and gov.pos_ in ("VERB", "AUX"):
        # "the victim left his house and was shot": the first verb's subject suffered the second
        patient = _subject(gov)
    else:
        agent = _subject(gov) if gov.pos_ in ("VERB", "AUX") else None
    return agent, patient


def _noun_roles(noun):
    """Agent and patient of an event noun ("X's attack on Y", "attack by X", "clashes between X and
    Y", "a Turkish strike"), and whether the agent is a demonym ("Turkish")."""
    demonym = False
    a, b = _conj_pair(noun)
    if a is None and noun.head.pos_ in ("VERB", "AUX"):
        a, b = _conj_pair(noun.head)
    if a is not None:
        return a, b, demonym
    agent = _prep_obj(noun, _AGENT_PREPS, depth=2)
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if agent is None and poss is not None:
        agent = poss
    if agent is None:
        comp = [c for c in noun.children if c.dep_ in ("compound", "amod")
                and (c.pos_ == "PROPN" or (c.text[:1].isupper() and c.ent_type_ == "NORP"))]
        if comp:
            agent = comp[0]
            demonym = comp[0].pos_ == "ADJ" or comp[0].ent_type_ == "NORP"
    patient = _prep_obj(noun, _TARGET_PREPS | {"with"}, depth=2)
    if agent is None:
        for c in noun.children:
            if c.dep_ == "relcl":
                subj = _subject(c)
                if subj is not None and subj.lower_ not in ("which", "that", "who"):
                    agent = subj
                    break
    gov = noun.head
    if gov.dep_ == "prep":
        gov = gov.head
    if noun.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
        if gov.lower_ in _BLAME_VERBS:
            agent = agent or _obj(gov)
        elif agent is None and (gov.lower_ in _CARRY_VERBS or gov.pos_ == "AUX"):
            agent = _passive_agent(gov) or _subject(gov)
    elif noun.dep_ == "nsubj" and gov.pos_ == "VERB":
        patient = patient or _deed_target(gov)
    return agent, patient, demonym


def _deed_target(verb):
    """The object of a verb whose subject is the trigger; when the verb only carries a deed out
    ("warplanes carried out airstrikes on the town", "drones launched strikes"), the deed is no side:
    its target is what the deed or the verb is aimed at, if anything."""
    obj = _obj(verb)
    if obj is None or verb.lower_ not in _CARRY_VERBS:
        return obj
    return _prep_obj(obj, _TARGET_PREPS, depth=2) or _prep_obj(verb, _TARGET_PREPS, depth=1)


def _completed(agent, patient, alt_patient):
    """The second of two conjoined agents is the other side; a weapon's sender is the agent; a
    relative pronoun stands for the noun it refers to."""
    if agent is not None:
        conj = [c for c in agent.children if c.dep_ == "conj"]
        if conj and patient is None:
            patient = conj[0]
        elif conj and alt_patient is None:
            alt_patient = conj[0]
    if agent is not None and agent.lower_ in _WEAPON_NOUNS:
        # "drones launched by the Houthis struck …": the weapon's sender is the agent
        sender = next((a for c in agent.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       for a in (_passive_agent(c),) if a is not None), None)
        agent = sender or agent
    if agent is not None and agent.lower_ in ("which", "that", "who"):
        ref = agent.head.head if agent.head.dep_ == "relcl" else None
        if ref is None or ref.pos_ not in ("NOUN", "PROPN") or ref.ent_type_ in ("GPE", "LOC", "FAC", "DATE") \
                or ref.lower_ in _NOT_ACTOR_HEADS:
            ref = None
        agent = ref
    return agent, patient, alt_patient


def _phrases(doc, offset: int, agent, patient, alt_patient, demonym: bool) -> RolePhrases:
    """The roles' noun phrases as article offsets and texts; "its forces" points at the actor the
    pronoun refers to."""
    agent_prefix = _resolve_possessive(agent) if agent is not None else None
    a_span = _np_span(agent, offset) if agent is not None else None
    p_span = _np_span(patient, offset) if patient is not None else None
    forces_of = demonym
    if agent_prefix is not None:
        a_span = _np_span(agent_prefix, offset)
        forces_of = agent.lower_ in _FORCE_NOUNS
    alt_span = _np_span(alt_patient, offset) if alt_patient is not None else None
    return RolePhrases(a_span, p_span, _span_text(doc, offset, a_span), _span_text(doc, offset, p_span),
                       forces_of, alt_span, _span_text(doc, offset, alt_span))


def _span_text(doc, offset: int, span) -> str | None:
    if span is None:
        return None
    s, e = span
    base = doc.text
    return base[s - offset:e - offset]


# ---- the two sides of a fight, as the article words them ---------------------------------------
# a party's words: up to six words, not crossing a clause, a place, a time or a quantity of victims
_PARTY = r"(?P<{n}>(?:(?!(?:in|at|near|on|over|after|during|since|since|that|which|who|when|while|leaving|left|" \
         r"killing|and|against|with)\b)[\w'’/-]+(?:\s+|(?=[\s,.;:)\]]))){{1,6}}?)"
_PARTIES_LEAD = r"(?:the\s+|two\s+|rival\s+|some\s+|members\s+of\s+(?:the\s+)?|people\s+of\s+(?:the\s+)?|" \
                r"groups?\s+of\s+)*"
_PARTY_END = r"(?=[\s,.;:)\]]|$)"
_BETWEEN = re.compile(
    rf"\b(?:between|involving|pitting)\s+(?:two\s+)?(?:[\w-]+\s+)?(?:communities|clans|tribes|groups|villages|"
    rf"families|factions|gangs)?\s*(?:\[|\(|of\s+)?{_PARTIES_LEAD}{_PARTY.format(n='a')}\s*(?:and|against|&)\s+"
    rf"(?:their\s+|its\s+)?{_PARTIES_LEAD}{_PARTY.format(n='b')}{_PARTY_END}", re.IGNORECASE)
_CLASHED = re.compile(
    rf"(?:^|[.;:]\s+|\bwhen\s+|\bas\s+|\bafter\s+){_PARTIES_LEAD}{_PARTY.format(n='a')}\s*and\s+{_PARTIES_LEAD}"
    rf"{_PARTY.format(n='b')}\s+(?:\w+\s+){{0,2}}?(?:clashed|fought|started\s+fighting|engaged\s+in)\b", re.IGNORECASE)
_CLASH_WITH = re.compile(
    rf"\b(?:clash(?:es|ed)?|fight(?:ing)?|fought|battles?|confrontations?|skirmish(?:es)?)\s+with\s+"
    rf"{_PARTIES_LEAD}{_PARTY.format(n='b')}{_PARTY_END}", re.IGNORECASE)
# "between" names a fight's parties only after a word for the fight ("talks between" does not)
_FIGHT_BEFORE = re.compile(r"\b(?:clash\w*|fight\w*|fought|violence|conflict|hostilities|feud|war|battles?|"
                           r"confrontations?|crossfire|dispute|skirmish\w*|rivalry|gun ?battle|exchange of fire)\b",
                           re.IGNORECASE)
_NOT_PARTY = re.compile(r"^(?:them|they|each|one|another|others?|both|him|her|it|police|each other|one another|"
                        r"the\s+\w+|\d[\w,.]*|[a-z]+day|[a-z]+ing)$", re.IGNORECASE)


def clash_parties(sentence: str) -> tuple[str | None, str | None]:
    """The two sides of a fight in the article's words, where the sentence names them as parties of
    the fight rather than as subject and object: "clashes between the Mbala and Kosso communities",
    "fighting between Christians and Muslims", "the Otuo and Igbira clans clashed", "a clash
    involving A and B", "clashes with members of the X ethnic group" (that one names only the
    second side)."""
    for pattern in (_BETWEEN, _CLASHED):
        m = pattern.search(sentence)
        if m is not None and (pattern is _CLASHED
                              or _FIGHT_BEFORE.search(sentence, max(0, m.start() - 60), m.start() + 1)):
            a, b = _party(m.group("a")), _party(m.group("b"))
            if a and b:
                return a, b
    m = _CLASH_WITH.search(sentence)
    if m is not None:
        return None, _party(m.group("b"))
    return None, None


def _party(words: str) -> str | None:
    text = " ".join(words.split()).strip(" ,.;:'’")
    if not text or _NOT_PARTY.match(text) or not any(c.isalpha() for c in text):
        return None
    return text

"""Casualty counts read from a sentence's dependency parse, where the word patterns of
:mod:`.fatalities` find none.

News leads put much between a count and its verb: "Eight guests at a hotel in Garissa, including its
manager, have been killed", "Five traders were Monday killed", "A deputy headmaster of a
school in Tororo has been shot dead". The parse links the killing verb to its victims whatever lies
between: the passive subject ("N people were killed"), the object ("gunmen killed N people"), the
subject of "died", or the noun a participle modifies ("the 12 people killed in the blast"). The
victims are counted on the noun phrase: its numeral ("at least 16 members"), one for a singular noun
or a name, and the sum over coordinated nouns ("a lawyer and his driver" = 2, "three women and six
children" = 9); appositions ("X, a former mayor") and "including …" phrases add nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.loader import load as word_class

# verbs that state a death by themselves, whose subject died, and those that do so with "dead" / "to
# death" / "down" (the word class death_verbs of eventwire/lang)
_KILL = frozenset(word_class("death_verbs").where("class", "kill"))
_DIE = frozenset(word_class("death_verbs").where("class", "die"))
_NEEDS_DEAD = frozenset(word_class("death_verbs").where("class", "with_dead"))
# (the word class casualty_words: "along with", the forms of "be", "his", "including", "him")
_WITH = frozenset(word_class("casualty_words").where("class", "with"))
_BE = frozenset(word_class("casualty_words").where("class", "be"))
_POSSESSIVE = frozenset(word_class("casualty_words").where("class", "possessive"))
_SUBSET = frozenset(word_class("casualty_words").where("class", "subset"))  # a part of the victims, already counted
_PRONOUN_ONE = frozenset(word_class("casualty_words").where("class", "one_person"))
_HEDGE = frozenset(word_class("casualty_words").where("class", "hedge"))  # "were feared killed"
_TIME_NOUN = frozenset(word_class("casualty_words").where("class", "time_noun"))  # "was yesterday killed"
RAISE_STEPS = 3  # how far up the parse a killing verb without a subject looks for the passive's subject
_NOT_PEOPLE = re.compile(r"(?i)^(?:houses?|homes?|buildings?|shops?|vehicles?|cars?|cattle|cows?|goats?|sheep|"
                         r"livestock|animals?|camels?|property|properties|attacks?|bombs?|explosives?|"
                         r"people's|time|days?|hours?|weeks?)$")


@dataclass(frozen=True)
class ParsedCount:
    """A count of the dead found on the parse: offsets are the sentence's (add its start)."""

    start: int
    end: int
    count: int
    at_least: bool
    victims: str  # the words of the victims' noun phrase
    head: str  # its head noun
    verb: str  # the killing verb
    companions: int = 0  # of ``count``, the victims joined by "along with"
    raised: bool = False  # the victims are the subject of the "be" or hedge the verb hangs from
    titled: bool = False  # the victims are a name after a bare title ("killed lawyer Imran Ali Shah")
    resumed: bool = False  # the victims are those "them" points back to ("forced six men out and killed them")


def _death_verb(tok) -> bool:
    low = tok.lower_
    if low in _KILL or low in _DIE:
        return True
    if low in _NEEDS_DEAD:
        following = [c.lower_ for c in tok.children] + [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 3]]
        return "dead" in following or "death" in following or (low == "gunned" and "down" in following)
    return False


def _victim(verb):
    """The noun phrase head of the verb's victims, or None."""
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subj is None and verb.lower_ in _DIE:
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
    if subj is None and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBN" and verb.head.lower_ in _BE:
        # "were on Monday night killed", parsed as "were" with the participle hanging from it
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ == "VBN":
        # "was shot and killed", "were beaten and killed": the participle shares the first one's subject
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
    if subj is None and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        subj = verb.head  # "the 12 people killed in the blast"
    if subj is not None and subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subj = verb.head  # "a lawmaker who was killed"
    return subj


_PASSIVE_SUBJ = ("nsubjpass", "nsubj:pass")


def _raised_victim(verb):
    """The victims of a killing verb the parse left without a subject, taken from the passive it
    belongs to: its auxiliary stands apart from it ("Five youths, members of a gang, were on Friday
    night shot dead", "The principal was yesterday, killed"), a hedge or a discovery comes first ("No
    fewer than nine students have been feared killed", "was found clubbed to death"), or "died" is
    coordinated with the passive ("was stabbed on Monday and died at a clinic"). The verb hangs
    from a form of "be", a word for the day, or a passive hedging participle; the subject found
    there, before the verb, is the victims (a hedge's only when passive: in "police found two men
    killed" the victims are the participle's own subject, not the police)."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    if verb.lower_ in _DIE and verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        return next((c for c in verb.head.children if c.dep_ in _PASSIVE_SUBJ), None)
    if verb.tag_ == "VBN" and verb.head.lower_ in _HEDGE and verb.head.i != verb.i:
        # "villagers found two herders killed": the participle's own subject, in the clause the finder saw
        own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if own is not None:
            return own
    cur = verb
    for _ in range(RAISE_STEPS):
        head = cur.head
        low = head.lower_
        hedge = low in _HEDGE and head.tag_ in ("VBN", "VBD")
        if head.i == cur.i or not (low in _BE or low in _TIME_NOUN or hedge):
            return None
        deps = _PASSIVE_SUBJ if hedge else ("nsubj",) + _PASSIVE_SUBJ
        subj = next((c for c in head.children if c.dep_ in deps and c.i < verb.i), None)
        if subj is not None:
            return None if subj.lower_ in ("who", "that", "which", "it", "there") else subj
        cur = head
    return None


def _antecedent(verb):
    """"Gunmen forced six traders out of a bus and killed them": the object of the verb the killing verb
    is coordinated with, which "them" stands for (None when there is none)."""
    if verb.dep_ != "conj":
        return None
    obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
    plural = obj is not None and (obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children))
    return obj if plural else None  # ("attacked the village and killed them": 'them' is not the village)


def _apposition(noun) -> bool:
    """"A magistrate and her clerk, natives of Sibi, were shot dead": a plural noun set off by
    a comma without a number of its own describes the victims named before it (the parse may make it
    a second subject)."""
    i = noun.left_edge.i
    return i > 0 and noun.doc[i - 1].text == "," and noun.tag_ == "NNS" and \
        not any(c.dep_ == "nummod" for c in noun.children)


def _title_before_name(noun):
    """"shot and killed lawyer Imran Ali Shah": a bare title the parse makes a second object beside
    the name it introduces names the same person; the name's head is returned (else None)."""
    if noun.tag_ != "NN" or any(True for _ in noun.children) or noun.i + 1 >= len(noun.doc):
        return None
    nxt = noun.doc[noun.i + 1]
    name = nxt if nxt.dep_ == noun.dep_ else nxt.head
    if nxt.tag_ == "NNP" and name.tag_ == "NNP" and name.dep_ == noun.dep_ and name.head.i == noun.head.i:
        return name
    return None


def _number(tokens) -> tuple[int | None, bool]:
    from .fatalities import parse_number  # (fatalities imports this module)
    words = [t.text for t in tokens if t.like_num or t.lower_ in ("-", "hundred", "thousand", "dozen")]
    at_least = any(t.lower_ in ("least", "more", "over", "fewer", "less") for t in tokens)
    if not words:
        return None, at_least
    return parse_number(" ".join(words).replace(" - ", "-")), at_least


def _np_count(noun, depth: int = 0) -> tuple[int | None, bool]:
    """How many people the noun phrase headed by ``noun`` names (None: not a countable phrase)."""
    if depth > 6 or _NOT_PEOPLE.match(noun.text):
        return None, False
    num = next((c for c in noun.children if c.dep_ == "nummod"), None)
    at_least = False
    if noun.like_num or noun.pos_ == "NUM":
        value, at_least = _number([t for t in noun.subtree if t.i <= noun.i])
    elif num is not None:
        value, at_least = _number(list(num.subtree))
    elif noun.lower_ in _PRONOUN_ONE or noun.tag_ == "NNP" or noun.tag_ == "NN" and _one_person(noun):
        value = 1
    else:
        return None, False
    if value is None:
        return None, False
    for c in noun.children:
        if c.dep_ == "conj" and not _renamed(noun, c):
            more, _ = _np_count(c, depth + 1)
            if more is None:
                return None, False
            value += more
    return value + _stray_companions(noun), at_least


def _renamed(noun, conj) -> bool:
    """"an ustaz, or religious teacher,": a conjunct after "or" names the same person again."""
    return any(c.dep_ == "cc" and c.lower_ == "or" and noun.i < c.i < conj.i for c in noun.children)


def _stray_companions(noun) -> int:
    """"The head of a district council and his bodyguard": a small model often joins "his bodyguard"
    to the nearest noun inside the victim's phrase; a conjunct with a possessive ("his", "her",
    "their") there is a companion of the victim, not of that noun."""
    extra = 0
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ not in _SUBSET):
        for tok in prep.subtree:
            if tok.dep_ == "conj" and tok.head.dep_ == "pobj" and any(
                    g.dep_ == "poss" and g.lower_ in _POSSESSIVE for g in tok.children):
                more, _ = _np_count(tok, 6)
                extra += more or 0
    return extra


def _one_person(noun) -> bool:
    """A singular common noun names one victim with a determiner, a possessive or an adjective ("a
    farmer", "his driver", "senior official"), not alone ("youth died") nor as a collective; a bare
    singular conjunct shares the determiner of the noun it is joined to ("his cook and nephew")."""
    if noun.lower_ in ("family", "police", "people", "staff", "crew", "group", "militia", "army", "none", "nobody",
                       "youth", "security", "personnel"):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "conj" and head.tag_ == "NN" and head.i < noun.i and \
        any(c.dep_ in ("det", "poss") for c in head.children) and not _singular_verb(head)


def _singular_verb(noun) -> bool:
    """"A village elder and deputy of the shura has been killed": the subject's verb in the singular
    makes a bare conjunct a second description of the same person."""
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass"):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in noun.head.children)


def _companions(verb) -> int | None:
    """"killed X along with two of his guards": the victims joined by 'along with' (0 if none)."""
    total = 0
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in _WITH or \
                c.dep_ in ("prep", "advmod") and c.lower_ in _WITH:
            prep = c if c.lower_ == "with" else next((g for g in c.children if g.lower_ == "with"), None)
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if obj is None:
                continue
            more, _ = _np_count(obj)
            if more is None:
                return None
            total += more
    return total


def parsed_counts(doc) -> list[ParsedCount]:
    """The deaths each killing verb of the parsed sentence ``doc`` states (offsets in the sentence)."""
    out: list[ParsedCount] = []
    for tok in doc:
        if not _death_verb(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        noun = _victim(tok)
        raised = noun is None or noun.lower_ in _TIME_NOUN  # ("was yesterday, killed": no victim "yesterday")
        if raised:
            noun = _raised_victim(tok)
        resumed = False
        if noun is not None and noun.lower_ == "them":
            noun, resumed = _antecedent(tok), True
        if noun is None:
            continue
        titled = _title_before_name(noun)
        if titled is not None:
            noun, title = titled, noun.i
        else:
            title = -1
        count, at_least = _np_count(noun)
        for other in (c for c in tok.children if c.dep_ == noun.dep_ and c.i not in (noun.i, title) and
                      noun.head.i == tok.i and not _apposition(c)):
            more, _ = _np_count(other)  # "the chairman … and his driver" parsed as two subjects
            count = None if count is None or more is None else count + more
        extra = _companions(tok)
        if count is None or extra is None:
            continue
        left = min(noun.left_edge.idx, tok.idx)
        right = max(tok.idx + len(tok.text), noun.right_edge.idx + len(noun.right_edge.text))
        words = " ".join(t.text for t in noun.subtree)
        out.append(ParsedCount(left, right, count + extra, at_least, words, noun.text, tok.text, extra, raised,
                               title >= 0, resumed))
    return out

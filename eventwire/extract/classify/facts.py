"""The facts of one candidate event, computed once, and the decision the rules build from them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from ...records import Actor, ActorType
from . import cues

ARMED = frozenset({ActorType.STATE_FORCES, ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA,
                   ActorType.IDENTITY_MILITIA, ActorType.EXTERNAL_FORCES})  # sides that carry arms
STATE = frozenset({ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES})
NON_STATE_ARMED = frozenset({ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA})
CROWDS = frozenset({ActorType.RIOTERS, ActorType.PROTESTERS})
UNARMED = frozenset({ActorType.RIOTERS, ActorType.PROTESTERS, ActorType.CIVILIANS})


def is_type(actor: Actor | None, *types) -> bool:
    """Whether ``actor`` is one of ``types`` (ActorType members or frozensets of them)."""
    if actor is None:
        return False
    for t in types:
        if (actor.type in t) if isinstance(t, frozenset) else actor.type == t:
            return True
    return False


def unidentified(actor: Actor | None) -> bool:
    return actor is not None and actor.name.startswith("Unidentified")


# the resolve rules that name a group from the actor dictionary (not a generic label, nor a community's
# name built from "<Name> youths", which may be a crowd)
_DICTIONARY_RULES = frozenset({"actors.resolve.named_actor", "actors.resolve.alias_in_story_country",
                               "actors.resolve.row_of_the_event_period"})


# dictionary labels that name a kind of people or a community, not an organisation: "Vigilante Militia
# (Benin)", "Kikuyu Ethnic Militia (Kenya)", "Degodia Clan Militia (Kenya)" (their members may be a crowd)
_PEOPLE_LABEL = re.compile(r"^Vigilante\b|\b(?:Ethnic|Clan) Militia\b")


def organised_group(actor: Actor | None) -> bool:
    """A rebel group or militia the actor dictionary names as an organisation (not an unidentified,
    generic or community side, not a political party, not the group's supporters)."""
    return is_type(actor, NON_STATE_ARMED) and not unidentified(actor) and actor.rule in _DICTIONARY_RULES \
        and not _PEOPLE_LABEL.search(actor.name) \
        and not (cues.PARTY_NAME.search(actor.name) and not cues.ARMED_NAME.search(actor.name)) \
        and not _FOLLOWERS.search(actor.description or "")


# a political party is no armed group, and the article's words may name a group's followers ("Jubilee
# supporters"): a crowd, as ACLED codes a party's supporters in a riot (the party an associated actor)
_FOLLOWERS = re.compile(r"\b(?:support\w*|followers|loyalists|sympathi[sz]ers|well-?wishers)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Decision:
    """What the rules decide, amended rule by rule: the sub-event type, the trigger family it is coded
    from, the PLOVER mode and the two sides, with the fight cues rules may overturn."""

    sub: str
    fam: str
    mode: str | None
    a1: Actor | None
    a2: Actor | None
    mutual: bool = False  # a trigger names both sides fighting ("clashed", "exchanged fire")
    mutual_clash: bool = False  # … among the clash triggers
    paired: bool = False  # both sides are the same identity militia ("two Maasai clans")
    setters: tuple[tuple[str, str], ...] = ()  # (field, id of the rule that last set it)

    def but(self, **changes: Any) -> "Decision":
        return replace(self, **changes)

    def setter(self, name: str) -> str | None:
        return dict(self.setters).get(name)

    def credited(self, before: "Decision", rule_id: str) -> "Decision":
        """This decision with ``rule_id`` named as the setter of every event field it changed from
        ``before`` (fields a rule of an inner stage already claimed keep that rule)."""
        mine, theirs = dict(self.setters), dict(before.setters)
        for name, attr in (("sub_event_type", "sub"), ("actor1", "a1"), ("actor2", "a2")):
            if getattr(self, attr) != getattr(before, attr) and mine.get(name) == theirs.get(name):
                mine[name] = rule_id
        return replace(self, setters=tuple(mine.items()))


@dataclass(frozen=True)
class Facts:
    """One merged event's facts: its mentions, trigger families, texts and the actor dictionary the
    rules name actors with. Cues (pattern searches) are computed on first use, once."""

    mentions: tuple
    top: Any  # the mention whose trigger types the event
    iso3: str | None
    sentences: str  # the event's sentences
    paragraphs: str  # the paragraphs they are in
    patient_texts: str  # the words naming whom the event hit
    actors: Any  # the actor dictionary (resolve.actors.ActorDictionary)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    # ---- texts -----------------------------------------------------------------------------
    @property
    def group(self) -> str:
        return self.mentions[0].group

    @cached_property
    def families(self) -> frozenset[str]:
        return frozenset().union(*(m.families for m in self.mentions))

    @property
    def context(self) -> str:
        """The paragraphs, or the sentences when the paragraphs are not known."""
        return self.paragraphs or self.sentences

    @cached_property
    def agent_text(self) -> str:
        """The words the mentions name their perpetrator with."""
        return " ".join(m.actor1_evidence.text for m in self.mentions if m.actor1_evidence is not None)

    @cached_property
    def subject_window(self) -> str:
        """The words before the first trigger of the event's sentence, where an unresolved subject sits."""
        m = self.mentions[0]
        return m.sentence_span.text[:m.trigger.start - m.sentence_span.start][-80:]

    @cached_property
    def a1_text(self) -> str:
        return next((m.actor1_evidence.text for m in self.mentions if m.actor1_evidence is not None), "")

    @cached_property
    def doer_text(self) -> str:
        """Who did it: actor 1's words, else the words before the triggers (unless passive), else the
        passive agent ("was attacked by voters")."""
        return self.a1_text or " ".join(
            pre for m in self.mentions
            for pre in (m.sentence_span.text[:m.trigger.start - m.sentence_span.start][-60:],)
            if not cues.PASSIVE_END.search(pre)) or " ".join(
            by.group(1) for m in self.mentions
            for by in (cues.BY_PHRASE.match(m.sentence_span.text, m.trigger.end - m.sentence_span.start),)
            if by is not None)

    def text(self, where: str) -> str:
        return {"sentences": self.sentences, "context": self.context, "patients": self.patient_texts or "",
                "agent": self.agent_text, "doer": self.doer_text, "a1": self.a1_text}[where]

    # ---- cues --------------------------------------------------------------------------------
    def find(self, cue: re.Pattern[str], where: str = "sentences") -> re.Match[str] | None:
        """The first match of ``cue`` in the text ``where`` (searched once per event)."""
        key = (cue.pattern, cue.flags, where)
        if key not in self._memo:
            self._memo[key] = cue.search(self.text(where))
        return self._memo[key]

    def has(self, cue: re.Pattern[str], where: str = "sentences") -> bool:
        return self.find(cue, where) is not None

    @cached_property
    def mutual_clash(self) -> bool:
        return any(cues.MUTUAL.search(m.trigger.text) for m in self.mentions if m.family == "clash")

    @cached_property
    def mutual(self) -> bool:
        return self.mutual_clash or any(cues.MUTUAL.search(m.trigger.text) for m in self.mentions)

    def sentence_actors(self):
        """(sentence, end, actor) for every actor the dictionary finds in the event's sentences, in order."""
        key = ("actors-in-sentences",)
        if key not in self._memo:
            self._memo[key] = [(m.sentence_span.text, end, act) for m in self.mentions
                               for _, end, act in self.actors.find(m.sentence_span.text, self.iso3)]
        return self._memo[key]

"""Naming the sides of a fight between communities, clans or armed groups the text names."""
from __future__ import annotations

import re
from dataclasses import replace

from ...records import Actor, ActorType
from ...resolve.actors import demonym_to_iso3
from . import cues
from .facts import NON_STATE_ARMED


def paired_groups(actors, text: str, iso3: str | None) -> tuple[Actor, Actor] | None:
    """The two sides of a fight between named communities, clans or armed groups."""
    for rx in (cues.BETWEEN_GROUPS, cues.GROUPS_CLASH, cues.TWO_OF_GROUP, cues.PEOPLES_CLASH):
        m = rx.search(text)
        if m is None:
            continue
        x = m.group("x") or m.group("z")
        y = m.groupdict().get("y") or x
        sides = [group_actor(actors, n, iso3) for n in (x, y)]
        if all(a is not None for a in sides):
            # each side keeps the article's name for it ("Misseriya", "Khazam") beside the militia's
            return tuple(a if a.description else replace(a, description=n) for a, n in zip(sides, (x, y)))
    return None


def group_actor(actors, name: str, iso3: str | None) -> Actor | None:
    """A named group as an actor: a known armed group, else an ethnic or communal militia."""
    known = actors.resolve(name, iso3)
    if known is not None:
        return known if known.type in NON_STATE_ARMED else None
    for form in dict.fromkeys((name, name[:-1] if name.endswith("s") else name)):
        # a people the dictionary knows ("the Borana", "Somalis" in Kenya) fights as its militia
        known = next((a for _, _, a in actors.scan(f"{form} militia", iso3)
                      if a.type == ActorType.IDENTITY_MILITIA), None)
        if known is not None:
            return known
    if demonym_to_iso3(name) is not None or demonym_to_iso3(name.rstrip("s")) is not None:
        return None  # any other nationality is no militia ("Kenyans and Ugandans clashed")
    militia = actors.resolve(f"{name} militia", iso3)
    return militia if militia is not None and militia.type == ActorType.IDENTITY_MILITIA and name in militia.name \
        else None


_ATTRIBUTED = re.compile(r"\b(?:blamed on|attributed to|claimed by|(?:suspected|believed|thought|said|presumed) to "
                         r"(?:be(?: members of| fighters of| from| of)?|belong to|have been planted by)|"
                         r"suspected members of|linked to|"
                         r"(?:authorities|officials|police|the army|investigators|residents|locals|sources?|elders|witnesses|"
                         r"villagers|survivors|relatives|the military|security forces|the government) "
                         r"(?:\w+ )?suspect(?:s|ed)?|(?:suspicion|suspected) (?:fell )?on|"
                         # the deed named between the verb and the group: "blamed the blast on", "the source
                         # attributes the attack to", and a device's owner: "planted by", "laid by"
                         r"blam(?:e|es|ed|ing) (?:the|this|that|these|those) (?:[\w-]+ ){1,2}?on|"
                         r"attribut(?:e|es|ed|ing) (?:the|this|that|these|those) (?:[\w-]+ ){1,2}?to|"
                         r"(?:planted|laid|placed|buried) by)\s+(?:the\s+)?",
                         re.IGNORECASE)
# the words a report puts before the name of the group it blames ("a raid claimed by the insurgent faction
# al-Shabaab", "blamed on fighters of the ADF")
_GROUP_APPOSITION = re.compile(r"(?:[\w'-]+\s+){0,4}?(?:group|groups|movement|organi[sz]ation|outfit|faction|"
                               r"militia|militants|insurgents|rebels|jihadists|fighters|elements|members|affiliate)"
                               r"(?:\s+(?:of|from)(?:\s+the)?)?\s+", re.IGNORECASE)
# a claim after its claimant ("Al-Shabaab has claimed responsibility", "the Taliban claimed the attack"), and
# what may stand between them ("an Islamic State affiliate", "YBT, a banned militant organisation,")
_CLAIMED_AFTER = re.compile(r"\b(?:ha(?:s|ve|d)\s+)?(?:since\s+|later\s+|also\s+|quickly\s+)?(?:claimed|admitted|"
                            r"accepted|took)\s+(?:the\s+)?(?:responsibility|credit)\b|\bclaimed\s+(?:the|this|"
                            r"that)\s+(?:attack|bombing|killing|blast|assault|ambush)s?\b|"
                            r"\b(?:(?:is|are|was|were)\s+)?(?:widely\s+|strongly\s+)?(?:believed|suspected|thought)\s+"
                            r"(?:to\s+(?:be|have\s+been)\s+)?(?:responsible|behind)\b|"
                            # a suspicion closing the sentence after the group it names ("Al Shabaab suspected.")
                            r"\b(?:(?:is|are|was|were)\s+)?suspected\s*(?:[.;]|$)", re.IGNORECASE)
_CLAIMANT_GAP = re.compile(r"\s*(?:\([^)]{1,15}\)\s*)?(?:,[^,;.]{1,60},\s*)?"
                           r"(?:(?!(?:not|never|no|denied|denies|deny|yet|had|has|have|says?|said)\b)[\w-]+\s+){0,2}?"
                           r"(?:(?:group|faction|wing|affiliate|branch|militants|fighters|insurgents)\s+)?",
                           re.IGNORECASE)


def blamed_group(actors, sent: str, iso3: str | None) -> tuple[Actor, str] | None:
    """The named armed group a sentence blames or that claims the event, with its words: after a
    cue ("blamed on", "claimed by the insurgent faction") or before one ("Al-Shabaab has claimed
    responsibility", "an Islamic State affiliate claimed the attack")."""
    armed = (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)
    for cue in _ATTRIBUTED.finditer(sent):
        found = actors.scan(sent[cue.end():cue.end() + 80], iso3)
        if not found or (found[0][0] > 12 and not _GROUP_APPOSITION.fullmatch(
                sent, cue.end(), cue.end() + found[0][0])):
            continue
        s, e, actor = found[0]
        if actor.type in armed and not actor.name.startswith("Unidentified"):
            return actor, sent[cue.end() + s:cue.end() + e]
    for cue in _CLAIMED_AFTER.finditer(sent):
        start = max(0, cue.start() - 90)
        found = [f for f in actors.scan(sent[start:cue.start()], iso3)
                 if _CLAIMANT_GAP.fullmatch(sent, start + f[1], cue.start())]
        if found and found[-1][2].type in armed and not found[-1][2].name.startswith("Unidentified"):
            s, e, actor = found[-1]
            return actor, sent[start + s:start + e]
    return None

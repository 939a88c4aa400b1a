"""A riot that answers an earlier act — a killing, a death in custody, an arrest — is a demonstration
turned violent, and the forces named only as the doers of that earlier act are no side of it.

The codebook keeps mob violence for crowds that turn on other people (civilians, rival crowds, an armed
group) and calls a demonstration whose participants burn, smash or clash a violent demonstration; the
second actor of a riot is whoever the rioters engage, not whoever the crowd is angry at. "Rioters burned
cars after a teenager was killed by police" is thus a violent demonstration with the rioters alone,
unless the words also tell of the police meeting the crowd."""
from __future__ import annotations

import re

from . import codebook as cb
from . import cues
from .engine import rule
from .facts import STATE, Decision, Facts, is_type
from .subevent_rules import POLITICAL_REACTION
from .violence import TYPE

# the earlier act, as a noun ("a teenager's killing", "the death of a trader") or as a clause ("a suspect
# died in custody", "a driver was shot by police")
_ACT_NOUN = (r"killings?|deaths?|murders?|shootings?|arrests?|detentions?|abductions?|kidnappings?|beatings?|"
             r"lynchings?|rapes?|disappearances?")
_ACT_DONE = (r"(?:was|were|had been|has been|have been|got)\s+(?:\w+\s+)?(?:killed|shot|murdered|arrested|detained|"
             r"beaten|lynched|abducted|kidnapped|raped|run over|knocked down)|died in (?:police )?(?:custody|cells?)|"
             r"went missing")
# what the crowd answers: "after …", "angry at …", "in reaction to …", up to the doer of the earlier act
RIOT_REACTION = re.compile(
    r"\b(?:after|following|angry (?:at|over|about|with)|anger(?:ed)? (?:at|over|by)|outraged (?:at|over|by)|"
    r"furious (?:at|over|about)|incensed by|in (?:reaction|response|retaliation) to)\s+"
    rf"(?:[\w'-]+\s+){{0,6}}?(?:{_ACT_NOUN}|{_ACT_DONE})\b"
    r"(?:\s+(?:in (?:\w+ )?custody|in (?:a |the )?(?:police )?cells?))?"
    r"(?:\s+(?:of|by|at the hands of)\s+(?:(?:a|an|the|their|his|her|its)\s+)?[\w'-]+"
    r"(?:\s+(?:officers?|officials?|soldiers?|agents?|guards?|forces|units?))?)?", re.IGNORECASE)


def without_reaction(text: str) -> str:
    """The words with the earlier acts a crowd answers taken out: forces named there (the police who
    shot a teenager) act in another event, not on this crowd."""
    return RIOT_REACTION.sub(" ", text)


@rule(id="riots.violent_demonstration.riot_in_reaction", stage=TYPE, decides="sub_event_type",
      value="Violent demonstration", codebook=cb.VIOLENT_DEMONSTRATION + "; " + cb.MOB_VIOLENCE + " (kept "
      "for crowds that turn on other people); " + cb.RIOTS + ": the second actor is the side the rioters engage",
      examples=[("Youths burned cars and smashed shop windows in Lyon on Friday after a boy was shot by a "
                 "police officer.", "Violent demonstration"),
                ("Residents set fire to a customs office in Blantyre on Sunday after a vendor died in custody.",
                 "Violent demonstration"),
                ("Residents angry at the killing of a fisherman torched vehicles in Mombasa on Monday.",
                 "Violent demonstration")],
      priority=137)
def riot_in_reaction(f: Facts, s: Decision):
    """Rioters who burn or smash in answer to an earlier killing, death, arrest or abduction react as
    demonstrators do: a violent demonstration. A crowd that turns on particular people is mob violence
    (``riots.mob_violence.singled_out`` decides it first); forces named only as the doers of the earlier
    act are no side, those the crowd meets are."""
    if f.group != "demo" or "riot" not in f.families or "mob" in f.families or not f.has(RIOT_REACTION) \
            or ("protest" not in f.families and f.has(POLITICAL_REACTION)):
        return None  # (a leader's arrest and other political acts: riots.violent_demonstration.political_reaction)
    met = cues.POLICE_PRESENT.search(without_reaction(f.context)) is not None
    a2 = (s.a2 if is_type(s.a2, STATE) else f.actors.state_forces(f.iso3, police=True)) if met else None
    return s.but(sub="Violent demonstration", a1=f.actors.rioters(f.iso3), a2=a2)

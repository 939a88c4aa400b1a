"""The rulebook: the facts of a candidate event, the registry of named rules, and the rules that
settle an event's sub-event type and actors (see ``eventwire rules``)."""
from __future__ import annotations

from ...records import ActorType
from .engine import load_all, registry, run
from .facts import Decision, Facts

__all__ = ["Decision", "Facts", "classify", "registry"]


def initial(f: Facts) -> Decision:
    """The decision the trigger makes before any rule: its family's sub-event type and mode, and the
    sides the mentions' parses found (asserted mentions first)."""
    top = f.top
    a1 = next((m.actor1 for m in f.mentions if m.actor1 is not None and m.modality == "asserted"), None)
    a1 = a1 or next((m.actor1 for m in f.mentions if m.actor1 is not None), None)
    a2 = next((m.actor2 for m in f.mentions if m.actor2 is not None and (a1 is None or m.actor2.name != a1.name)),
              None)
    return Decision(sub=top.sub_event_type, fam=top.family, mode=top.mode, a1=a1, a2=a2,
                    mutual=f.mutual, mutual_clash=f.mutual_clash)


def classify(f: Facts) -> tuple[Decision, list[str]]:
    """Settle one event: the trigger's decision, the sides, then its type (first matching rule).
    Returns the decision and the ids of the rules that made it, in order."""
    load_all()
    from .triggers import trigger_rule
    trace = [trigger_rule(f.top.family)]
    s = initial(f).but(setters=(("sub_event_type", trace[0]),))
    s, fired = run("sides", f, s)
    trace += fired
    s = s.but(paired=s.a1 is not None and s.a2 is not None and s.a1.type == ActorType.IDENTITY_MILITIA and s.a1 == s.a2)
    s, fired = run("type", f, s)
    trace += fired
    s, fired = run("actors.types", f, s)  # the sides the codebook gives the settled type
    return s, trace + fired

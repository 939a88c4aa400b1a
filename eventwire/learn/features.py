"""What the classifier reads of one coded event.

The same function serves training (events read back from JSON Lines) and prediction (events the
pipeline has just coded, as their contract dict), so a model never sees features made another way.
"""
from __future__ import annotations

import re

FEATURES_VERSION = "features.v1"
NO_EVENT = "(no event)"  # the label of a system event on a text that reports none
CONTEXT_CHARS = 400  # how much of the article's start is read besides the event's own sentence

_WORD = re.compile(r"[a-z]+")
COLUMNS = ("sentence", "context", "facts")


def _slug(value: object) -> str:
    return re.sub(r"\s+", "_", str(value).strip().lower()) if value not in (None, "") else "none"


def _actor_tokens(prefix: str, actor: dict | None) -> list[str]:
    if not actor:
        return [f"{prefix}=none"]
    out = [f"{prefix}={actor.get('type') or 'none'}"]
    out.extend(f"{prefix}w={w}" for w in _WORD.findall((actor.get("name") or "").lower()) if len(w) > 2)
    return out


def event_features(event: dict, text: str | None = None) -> tuple[str, str, str]:
    """``(sentence, context, facts)`` of one event record.

    ``sentence`` is the text the event type was read from, ``context`` the start of the article,
    ``facts`` space-separated tokens: the rules' sub-event type and event type, the rules that
    fired (the event's ``rules`` list, when the rule engine records one), the trigger words, the
    actors' types and name words, the modality and whether anyone died.
    """
    evidence = event.get("evidence") or {}
    sentence = (evidence.get("event_type") or {}).get("text") or ""
    trigger = (evidence.get("sub_event_type") or {}).get("text") or ""
    context = (text or sentence)[:CONTEXT_CHARS]
    facts = [f"sub={_slug(event.get('sub_event_type'))}", f"type={_slug(event.get('event_type'))}",
             f"modality={_slug(event.get('modality'))}"]
    facts.extend(f"rule={_slug(r)}" for r in event.get("rules") or () if not str(r).startswith("model."))
    facts.extend(f"trig={w}" for w in _WORD.findall(trigger.lower()))
    facts.extend(_actor_tokens("a1", event.get("actor1")))
    facts.extend(_actor_tokens("a2", event.get("actor2")))
    fatalities = event.get("fatalities")
    best = fatalities.get("best") if isinstance(fatalities, dict) else fatalities
    facts.append("deaths=yes" if best else "deaths=no")
    if event.get("civilian_targeting"):
        facts.append("civilian_targeting")
    return sentence or context, context, " ".join(facts)

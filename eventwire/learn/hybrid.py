"""Rules and model together: the model decides a field where it is sure, the rules elsewhere.

For each event the model gives a probability per sub-event type (and for "no event").  Where its
best type is a real type with probability ≥ the threshold, and the training data held at least
``MIN_RULES_SEEN`` events the rules gave the same type (the model cannot judge a rules' decision it
has hardly seen: a source coding types the others never use), that type replaces the rules' one; the
event type, disorder type, PLOVER and CAMEO codes follow it through the taxonomy, the event's
``rules`` list gets ``model.sub_event_type`` and its ``model`` field the folder and probability.
Everywhere the model is used, ``confidence`` becomes the calibrated probability that the final
type is right: a small logistic regression, fitted at training time on the model's out-of-source
predictions (each training file held out in turn), reads the model's probabilities of the final
type, of the rules' type and of "no event", and whether rules and model agree; a rules' type the
model hardly saw gets the rules' out-of-fold accuracy on such types.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from .features import NO_EVENT, event_features
from .model import MIN_RULES_SEEN, LearnedModel, Prediction

DEFAULT_THRESHOLD = 0.7
RULE_ID = "model.sub_event_type"
FIELD = "sub_event_type"


@dataclass(frozen=True)
class Decision:
    sub_event_type: str
    by_model: bool
    probability: float  # the model's probability of the sub-event type kept
    confidence: float | None = None  # the calibrated probability that it is right


def decide(rules_sub: str, pred: Prediction, threshold: float, seen: dict[str, int] | None = None) -> Decision:
    """The model's type where it is sure and knows the rules' type (``seen``: training events per
    rules' type; None when the model did not record them), else the rules'."""
    known = seen is None or seen.get(rules_sub, 0) >= MIN_RULES_SEEN
    if known and pred.label != NO_EVENT and pred.label != rules_sub and pred.probability >= threshold:
        return Decision(pred.label, True, pred.probability)
    return Decision(rules_sub, False, pred.probabilities.get(rules_sub, 0.0))


def decide_records(model: LearnedModel, events: Sequence[dict], texts: Sequence[str | None],
                   threshold: float = DEFAULT_THRESHOLD) -> list[Decision]:
    rows = [event_features(e, t) for e, t in zip(events, texts)]
    preds = model.predict(FIELD, rows)
    rules = [str(e.get(FIELD)) for e in events]
    seen = model.seen(FIELD)
    decisions = [decide(r, p, threshold, seen) for r, p in zip(rules, preds)]
    conf = model.confidences(FIELD, preds, [d.sub_event_type for d in decisions], rules)
    return [replace(d, confidence=c) for d, c in zip(decisions, conf)]


def apply_to_records(model: LearnedModel, events: Sequence[dict], texts: Sequence[str | None],
                     taxonomy: dict, threshold: float = DEFAULT_THRESHOLD) -> list[dict]:
    """Event records (contract dicts) with the hybrid's decisions; the inputs are not changed."""
    out = []
    for e, d in zip(events, decide_records(model, events, texts, threshold)):
        rec = dict(e)
        rec["confidence"] = round(d.confidence, 3)
        if d.by_model:
            info = taxonomy[d.sub_event_type]
            rec.update(sub_event_type=d.sub_event_type, event_type=info.event_type, disorder_type=info.disorder_type,
                       plover={"event": info.plover_event, "mode": info.plover_mode}, cameo=info.cameo)
            rec["rules"] = list(rec.get("rules") or []) + [RULE_ID]
            rec["model"] = {"dir": str(model.directory), "probability": round(d.probability, 3)}
        out.append(rec)
    return out


def _with_rule(event, rule_id: str):
    """The event with ``rule_id`` appended to its rules list (a field of the event when the rule
    engine provides one, an extra field otherwise)."""
    if hasattr(event, "rules"):
        return replace(event, rules=tuple(event.rules) + (rule_id,))
    extra = dict(event.extra)
    extra["rules"] = list(extra.get("rules") or []) + [rule_id]
    return replace(event, extra=tuple(extra.items()))


def apply_to_articles(model: LearnedModel, articles: Sequence[tuple[Sequence, str]], taxonomy: dict,
                      threshold: float = DEFAULT_THRESHOLD) -> list[list]:
    """``(events, article text)`` pairs to the events with the hybrid's decisions, in one batch."""
    flat = [(e, text) for events, text in articles for e in events]
    done = iter(apply_to_events(model, [e for e, _ in flat], [t for _, t in flat], taxonomy, threshold))
    return [[next(done) for _ in events] for events, _ in articles]


def apply_to_events(model: LearnedModel, events: Sequence, texts: Sequence[str], taxonomy: dict,
                    threshold: float = DEFAULT_THRESHOLD) -> list:
    """Coded ``Event`` records (with their articles' texts) with the hybrid's decisions."""
    if not events:
        return []
    dicts = [e.to_dict() for e in events]
    out = []
    for e, d in zip(events, decide_records(model, dicts, texts, threshold)):
        e = replace(e, confidence=d.confidence)
        if d.by_model:
            info = taxonomy[d.sub_event_type]
            e = replace(e, sub_event_type=d.sub_event_type, event_type=info.event_type,
                        disorder_type=info.disorder_type, plover_event=info.plover_event,
                        plover_mode=info.plover_mode, cameo=info.cameo)
            e = _with_rule(e, RULE_ID)
            extra = dict(e.extra)
            extra["model"] = {"dir": str(model.directory), "probability": round(d.probability, 3)}
            e = replace(e, extra=tuple(extra.items()))
        out.append(e)
    return out

"""The modality rules: whether the event a trigger names happened (asserted) or is negated, still to
come (future), only possible (hypothetical) or told as background (historical).

ACLED codes only events that were reported to have taken place (Codebook, Introduction: "reported
information on … events"); an event denied, threatened, planned or recalled is not coded. The values
follow the factuality distinctions of event annotation (TimeML/FactBank: negated, future, hypothetical;
PLOVER's "mode"). The stage ``modality`` is ``first``: the rules are tried in priority order and the
first that applies decides; ``modality.asserted.default`` closes it. Cues are read in the sentence
before the trigger and on the dependency parse around it (the trigger's clause, at most 4 steps up).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ...lang.loader import load as word_class
from .. import detect as d
from .engine import fact_rule, rule, stage

MODALITY = stage("modality", "first")
_FACT = "ACLED Codebook (2023), Introduction: only events reported to have taken place are coded"
_NEG = _FACT + "; FactBank/TimeML factuality: negated (CT-)"
_FUT = _FACT + "; TimeML modality: future (events announced, planned or threatened)"
_HYP = _FACT + "; TimeML modality: hypothetical (modal or conditional)"
_HIST = _FACT + " in the period reported; a recalled past event is background (not the news)"
DEFAULT = "modality.asserted.default"


@dataclass
class Cue:
    """What the modality rules read of one trigger: its sentence, the parse, and the trigger."""

    doc: object  # the sentence's spaCy parse, or None
    offset: int  # article offset of the sentence
    hit: d.TriggerHit
    text: str  # the sentence text

    def before(self, pattern: re.Pattern, width: int) -> bool:
        """``pattern`` ends within ``width`` characters before the trigger."""
        at = max(0, self.hit.start - self.offset)
        return bool(pattern.search(self.text, max(0, at - width), at))

    @cached_property
    def head(self):
        return d.span_head(self.doc, self.offset, self.hit.start, self.hit.end) if self.doc is not None else None

    @cached_property
    def chain(self):
        return d._clause_tokens(self.head)

    @cached_property
    def negation(self) -> str | None:
        return _negation_kind(self) if self.head is not None else None

    @cached_property
    def marker(self) -> tuple[str, str] | None:
        return _chain_marker(self) if self.head is not None else None

    @cached_property
    def since(self) -> bool:
        return self.head is not None and _since_or_habitually(self)


def decide(doc, offset: int, hit: d.TriggerHit, sentence_text: str) -> tuple[str, str]:
    """The modality of one trigger and the id of the rule that decided it."""
    from .engine import run
    value, fired = run(MODALITY, Cue(doc, offset, hit, sentence_text), "asserted")
    return value, fired[0]


def _r(id: str, value: str, codebook: str, examples, priority: int):
    return rule(id=id, stage=MODALITY, decides="modality", value=value, codebook=codebook,
                examples=examples, priority=priority)


# ---- cues read in the words before the trigger ----------------------------------------------
@_r("modality.future.anticipated_protest", "future", _FUT,
    [("Police were deployed in Lusaka on Monday ahead of a planned protest by teachers.", "future")], 10)
def _anticipated_protest(c: Cue, s):
    """A protest named as what arrests or bans come before ("detained ahead of the rally") is still to come."""
    return "future" if c.hit.family == "protest" and c.before(d._ANTICIPATED, 50) else None


@_r("modality.historical.scene_of", "historical", _HIST,
    [("The town, which was the scene of a 2015 suicide bombing, held a market fair on Monday.", "historical")], 20)
def _scene_of(c: Cue, s):
    """"A village that saw a 2011 massacre": a place's past, not the news."""
    return "historical" if c.before(d._SCENE_OF, 60) else None


@_r("modality.negated.bomber_stopped", "negated", _NEG,
    [("Troops arrested two suicide bombers near Maiduguri on Monday.", "negated")], 30)
def _bomber_stopped(c: Cue, s):
    """A would-be suicide bomber shot or arrested ("killed a suicide bomber") did not blow himself up."""
    return "negated" if c.hit.family == "suicide" and c.before(d._BOMBER_STOPPED, 60) else None


@_r("modality.negated.weapons_seized", "negated", _NEG,
    [("A haul of 36 grenades was displayed to reporters in Garissa on Monday.", "negated")],
    40)
def _weapons_seized(c: Cue, s):
    """Weapons in a list of things found or seized ("recovered … 36 grenades") were not used."""
    return "negated" if c.hit.family in ("grenade", "ied", "shelling") and c.before(d._SEIZED_ITEMS, 90) else None


@_r("modality.negated.none_reported", "negated", _NEG,
    [("Residents said there were no reports of clashes in Kisumu on Monday.", "negated")], 50)
def _none_reported(c: Cue, s):
    """"No sign of unrest or scuffles", "free of street fighting": the event is denied."""
    return "negated" if c.before(d._NONE_REPORTED, 60) else None


@_r("modality.historical.grievance", "historical", _HIST,
    [("Students in Eldoret condemned the killing of a classmate, the university said on Monday.", "historical")], 60)
def _grievance(c: Cue, s):
    """"Students protested the killing of a classmate": the deed protested is the grievance, background."""
    return "historical" if c.hit.family in d._GRIEVANCE_FAMILIES and (
        c.before(d._GRIEVANCE, 60) or c.before(d._GRIEVANCE_RELATIVE, 160)) else None


@_r("modality.historical.punished_for", "historical", _HIST,
    [("Police in Kisii on Monday arrested a man over an alleged rape.", "historical")], 70)
def _punished_for(c: Cue, s):
    """"Lynched a man over an alleged sexual assault": what he was punished for, not this event."""
    return "historical" if c.hit.family == "sexual" and c.before(d._CAUSE_BEFORE, 30) else None


@_r("modality.historical.commemorated", "historical", _HIST,
    [("Residents gathered in Nairobi on Friday in memory of the 1998 embassy bombing.", "historical")], 80)
def _commemorated(c: Cue, s):
    """"Marched to remember the 1998 embassy bombing": what is remembered happened long ago."""
    return "historical" if c.before(d._COMMEMORATED, 60) else None


@_r("modality.historical.avenged", "historical", _HIST,
    [("Elders said on Friday that the curfew was imposed in reprisal for the killing of a fisherman.", "historical")],
    90)
def _avenged(c: Cue, s):
    """"To avenge the death of a fisherman": the cause, told as background."""
    return "historical" if c.before(d._AVENGED, 60) else None


# ---- a sentence without a parse ---------------------------------------------------------------
@_r("modality.historical.unparsed_habitual", "historical", _HIST,
    [("Since the war began, militants have carried out attacks on villages in the north.", "historical")], 100)
def _unparsed_habitual(c: Cue, s):
    """Without a parse: a habitual or background statement in the sentence ("since the war began")."""
    return "historical" if c.head is None and d._HABITUAL.search(c.text) else None


@_r("modality.future.unparsed_marker", "future", _FUT,
    [("Opposition parties will hold a protest in Harare on Friday.", "future")], 110)
def _unparsed_future(c: Cue, s):
    """Without a parse: "will", "plans to", "threatened to", "to be held" in the sentence."""
    return "future" if c.head is None and re.search(r"\b(?:will|plans? to|threaten\w* to|to be held)\b",
                                                     c.text.lower()) else None


# ---- negation on the parse --------------------------------------------------------------------
def _negation_kind(c: Cue) -> str | None:
    """The first negation on the trigger, its governing verb or a "no"-determined argument: ``not``,
    ``denied``, ``no_argument`` or ``nobody``. A trigger that is itself a negative phrase ("met no
    resistance") carries its own "no"."""
    head = c.head
    if re.match(r"(?:no|not|without)\b", c.hit.text, re.IGNORECASE):
        return None
    for t in c.chain[:3]:
        if any(x.dep_ == "neg" and not d._aside(x, head) and not d._comparative_quantity(x) for x in t.children):
            return "not"
        if t.lower_ in d._DENY_VERBS and t is not head:
            return "denied"
        for x in t.children:
            if x.dep_ in ("nsubj", "nsubjpass", "dobj") and x.lower_ not in d._TOLL_NOUNS and any(
                    y.dep_ == "det" and y.lower_ in ("no", "neither") and not d._comparative_quantity(y)
                    for y in x.children) and not d._bracketed(x):  # "[size=no report]": a coder's note
                return "no_argument"
            if t is head and x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("nobody", "none", "noone"):
                return "nobody"  # "nobody was injured" (not the arson the clause after it follows)
            if x.lower_ in ("no", "without") and x.dep_ == "det" and x.i < head.i and not d._comparative_quantity(x):
                return "no_argument"
    return None


@_r("modality.negated.not", "negated", _NEG,
    [("Police did not arrest anyone at the rally in Kampala on Monday.", "negated")], 200)
def _not(c: Cue, s):
    """A negation ("not", "never") on the trigger or the verb that governs it."""
    return "negated" if c.negation == "not" else None


@_r("modality.negated.denied", "negated", _NEG,
    [("The army denied shelling the village of Kalma on Monday.", "negated")], 210)
def _denied(c: Cue, s):
    """A verb of denial governing the trigger ("denied shelling the village")."""
    return "negated" if c.negation == "denied" else None


@_r("modality.negated.no_argument", "negated", _NEG,
    [("No protesters marched in Lagos on Monday despite the calls of the unions.", "negated")], 220)
def _no_argument(c: Cue, s):
    """A subject or object determined by "no" or "neither" ("no protesters marched"); the toll's nouns
    ("no injuries were reported") speak of the toll, not of whether the event happened."""
    return "negated" if c.negation == "no_argument" else None


@_r("modality.negated.no_one_injured", "negated", _NEG,
    [("Gunmen stormed a police post in Mandera on Monday; nobody was injured.", "negated")], 230)
def _no_one_injured(c: Cue, s):
    """"Nobody was injured": the harm the trigger names did not happen."""
    return "negated" if c.negation == "nobody" else None


# ---- the trigger's place in the sentence ------------------------------------------------------
@_r("modality.future.scheduled", "future", _FUT,
    [("Further protests are planned for Thursday in Accra, the organisers said.", "future")], 300)
def _scheduled(c: Cue, s):
    """The subject of a verb of scheduling ("further protests are planned for Thursday")."""
    head = c.head
    if head is None or head.dep_ not in ("nsubj", "nsubjpass") or head.head.lower_ not in d._SCHEDULED_VERBS:
        return None
    return None if any(x.dep_ == "neg" for x in head.head.children) else "future"


@_r("modality.historical.grievance_object", "historical", _HIST,
    [("Residents condemned Monday's killing of a trader in Kano, the governor said.", "historical")], 310)
def _grievance_object(c: Cue, s):
    """A deed inside the object of a protest or a condemnation is its grievance, told as background."""
    head = c.head
    if head is None or c.hit.family not in d._GRIEVANCE_FAMILIES or head.pos_ == "VERB":
        return None
    governor = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return "historical" if governor is not None and governor.i < head.i \
        and d._GRIEVANCE_HEAD.match(governor.lower_) else None


@_r("modality.historical.pluperfect_relative", "historical", _HIST,
    [("A court in Kisumu on Monday sentenced a man who had killed his neighbour.", "historical")], 320)
def _pluperfect_relative(c: Cue, s):
    """"Thrashed a youth who had earlier stabbed his uncle": what the victim had done, in a relative clause."""
    head = c.head
    if head is None:
        return None
    for clause in [head, *list(head.ancestors)[:3]]:
        if clause.dep_ == "relcl" and any(x.dep_ == "aux" and x.lower_ == "had" for x in clause.children) \
                and clause.head.i < head.i:
            return "historical"
        if clause.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "ccomp", "conj", "relcl"):
            break
    return None


# ---- markers on the clause: auxiliaries, conditions, verbs of intent and of background ---------
def _chain_marker(c: Cue) -> tuple[str, str] | None:
    """The first marker on the trigger's clause chain, as (kind, modality)."""
    head, chain, doc = c.head, c.chain, c.doc
    asserted = None  # an idiom that looks like a marker but asserts the event, if nothing else marks it
    presupposed = False  # the trigger's clause is a past clause of time: "when gunmen attacked the town"
    related = False  # the trigger's clause is a past relative clause: "a lawyer who was detained on Tuesday"
    for k, t in enumerate(chain):
        for x in t.children:
            if x.dep_ in ("aux", "auxpass") and x.lower_ in ("will", "shall", "'ll", "wo"):
                return "will", "future"
            if x.dep_ == "aux" and x.lower_ in d._MODALS:
                # "50 people may have died when gunmen attacked the town": a past clause of time
                # states its deed as done; the hedge of the main clause is about the toll
                return ("temporal", "asserted") if presupposed else ("modal", "hypothetical")
            if x.dep_ == "mark" and x.lower_ in ("if", "unless", "whether", "lest"):
                return "condition", "hypothetical"
            if x.dep_ == "aux" and x.lower_ == "going" and t.i + 1 < len(doc):
                return "will", "future"
        related = related or (t is head and t.dep_ == "relcl" and _past_clause(t))
        if t is head and t.dep_ == "advcl" and t.tag_ == "VBD" and any(
                x.dep_ in ("mark", "advmod") and x.lower_ in _PAST_TEMPORAL and x.i < t.i for x in t.children):
            presupposed = True
        if t is not head and t.lower_ == "feared" and _presumed(t, head):
            asserted = asserted or ("presumed", "asserted")
            continue
        if t is not head and t.lower_ in ("suspected", "believed", "thought") and _identity_in_doubt(t):
            asserted = asserted or ("identity", "asserted")
            continue
        # (a ceasefire or a deal "announced" is made public, so made: ACLED codes the announcement)
        if t is not head and t.lower_ in d._FUTURE_VERBS and t.i < head.i \
                and not d._attempt_made(c.hit.family, t.lower_) \
                and not (t.lower_ in ("announce", "announced") and (d._perfect(head) or c.hit.family == "agree")) \
                and not (t.lower_ in ("foiled", "thwarted", "prevented") and any(
                    x.lower_ in d._DONE_ON_THE_WAY and x.dep_ in ("prep", "mark") for x in chain[:k])):
            # ("thwarted a raid after repelling the bandits, killing two": the fight did happen)
            if t.lower_ in ("foiled", "thwarted", "prevented"):
                return "foiled", "negated"
            if related:  # ("urged them to free a lawyer who was detained on Tuesday": the detention is told as done)
                asserted = asserted or ("relative", "asserted")
                continue
            return "intended", "future"
        if t is not head and t.lower_ in ("series", "spate", "wave", "string") and _DAY_NAMED.search(c.text):
            asserted = asserted or ("collective", "asserted")
            continue
        if t is not head and t.lower_ in d._BACKGROUND_HEADS and not d._counts_people(t) and not (
                t.lower_ in ("accused", "suspected") and (chain[k - 1].dep_ == "nsubj" or d._passive_root(t)
                                                         or not d._alleges(t))):
            # ("a mob … accused him of theft": the trigger is the accuser, not what is alleged; "students
            # are suspected of burning two dorms": the burning is reported, only its authors are in doubt)
            return "background", "historical"
    return ("intended", "future") if _infinitive_of_intent(c) else asserted


_PAST_TEMPORAL = frozenset({"when", "after", "as", "while", "before"})


def _presumed(feared, head) -> bool:
    """"Were feared killed", "are feared dead": the news idiom for deaths presumed, not a fear of the future."""
    if not any(x.dep_ in ("auxpass", "aux") and x.lemma_ == "be" for x in feared.children) or head.i < feared.i:
        return False
    # ("ten villagers are feared dead after renewed clashes": the trigger tells how the presumed deaths came)
    return head.head.i == feared.i or head.i == feared.head.i or any(
        x.lower_ in _PRESUMED_DEATHS for x in feared.children if x.i > feared.i)


# "feared dead", "feared killed" (the word class event_words, class presumed_death)
_PRESUMED_DEATHS = frozenset(word_class("event_words").where("class", "presumed_death"))


def _identity_in_doubt(verb) -> bool:
    """"Gunmen suspected to be smugglers": the doubt is about who the doers are, not about the deed."""
    return any(x.dep_ in ("xcomp", "ccomp") and x.i - verb.i <= 3 and (
        x.lower_ == "be" or any(y.lower_ == "be" and y.dep_ in ("aux", "auxpass", "cop") for y in x.children))
        for x in verb.children)


def _infinitive_of_intent(c: Cue) -> bool:
    """"To be held", "to stage": an infinitive trigger governed by a verb of intent, nothing asserted."""
    head = c.head
    if not (any(x.dep_ == "aux" and x.lower_ == "to" for x in head.children)
            and head.dep_ in ("xcomp", "advcl", "acl")):
        return False
    gov = head.head
    return (gov.lower_ in d._FUTURE_VERBS or gov.lemma_ in d._FUTURE_VERBS) \
        and not d._attempt_made(c.hit.family, gov.lower_)


def _marked(kind: str):
    return lambda c, s: c.marker[1] if c.marker is not None and c.marker[0] == kind else None


def _marker_rule(kind: str, value: str, codebook: str, example: str, priority: int, doc: str):
    fn = _marked(kind)
    fn.__doc__ = doc
    _r(f"modality.{value}.{kind}", value, codebook, [(example, value)], priority)(fn)


_marker_rule("will", "future", _FUT, "Teachers will march in Nairobi next week, their union said.", 400,
             "An auxiliary of the future on the trigger's clause (\"will\", \"shall\", \"going to\").")
_marker_rule("modal", "hypothetical", _HYP, "The rebels could attack the town of Goma, officials warned on Monday.",
             401, "A modal auxiliary on the trigger's clause (\"could\", \"may\", \"might\", \"would\").")
_marker_rule("condition", "hypothetical", _HYP,
             "If rebels attack the town, the army will respond, officials said on Monday.", 402,
             "A condition (\"if\", \"unless\", \"whether\") introduces the trigger's clause.")
_marker_rule("foiled", "negated", _NEG, "Police foiled a bomb attack on a church in Kaduna on Sunday.", 403,
             "A verb of prevention governing the trigger (\"foiled an attack\"): the attack did not happen.")
_marker_rule("intended", "future", _FUT,
             "The militants threatened to attack the town of Diffa, residents said on Monday.", 404,
             "A verb of intent or announcement governing the trigger (\"threatened to attack\", \"plan to march\"), "
             "or an infinitive trigger a verb of intent governs (\"to be held\").")
_marker_rule("background", "historical", _HIST,
             "Police arrested two men in Mombasa on Monday suspected of planning attacks on hotels.", 405,
             "A verb of plotting, involvement or accusation governing the trigger (\"suspected of planning attacks\").")


_marker_rule("presumed", "asserted", _FACT + "; news usage: \"feared killed/dead\" reports deaths presumed",
             "Nine miners were feared killed on Friday when gunmen raided a gold site near Anka.", 406,
             "\"Were feared killed\", \"are feared dead\": deaths reported as presumed, not an event feared "
             "for the future; counted like other reported deaths.")
_marker_rule("identity", "asserted", _FACT + "; the doubt is about the doers (ACLED codes unidentified or "
             "suspected perpetrators as reported)",
             "Gunmen suspected to be smugglers on Friday shot dead two border guards near Kufra.", 407,
             "\"Gunmen suspected to be …\", \"believed to be …\": only the doers' identity is in doubt; the "
             "deed is reported.")


_marker_rule("temporal", "asserted", _FACT + "; a past clause of time (\"when gunmen attacked\") presupposes its "
             "deed: ACLED codes the event, the hedge of the main clause (\"may have died\") bears on the toll",
             "Over 30 people may have died when bandits attacked the village of Maru on Sunday, residents said.",
             408, "A past-tense clause of time (\"when\", \"after\", \"as\") whose verb is the trigger: its deed is "
             "reported as done whatever modal (\"may have\", \"could have\") the main clause carries.")


_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "been"})


def _past_clause(t) -> bool:
    """Whether a clause's verb tells a deed as done: a past tense ("who fled") or a past passive or perfect
    ("who was detained", "who had been held")."""
    return t.tag_ == "VBD" or (t.tag_ == "VBN" and any(x.dep_ in ("aux", "auxpass") and x.lower_ in _PAST_AUX
                                                        for x in t.children))


_marker_rule("relative", "asserted", _FACT + "; a relative clause in the past tense (\"a lawyer who was detained "
             "on Tuesday\") states its deed as done: a call to free or to try the person it names does not make "
             "the deed intended",
             "Rights groups urged the authorities to free a lawyer who was detained in Osh on Tuesday.", 409,
             "A past-tense relative clause whose verb is the trigger, under a verb of intent or appeal (\"urged "
             "them to free a reporter who was arrested on Monday\"): the deed is reported as done.")


def _since_or_habitually(c: Cue) -> bool:
    for k, t in enumerate(c.chain[:3]):
        if k and _own_clause(c.chain[k - 1]):
            # ("mines have been found there since May, and two boys died in a blast": the "since" is the
            # first clause's, the second has a subject of its own)
            break
        for x in t.children:
            if x.dep_ == "prep" and x.lower_ == "since" and not d._RECENT_SINCE.match(
                    " ".join(y.lower_ for y in x.subtree)) and not (x.i > 0 and x.doc[x.i - 1].text == "("):
                return True
            if x.dep_ == "advmod" and x.lower_ in ("regularly", "frequently", "often", "routinely", "repeatedly",
                                                   "usually", "previously", "formerly"):
                return True
    return False


def _own_clause(verb) -> bool:
    """A verb conjoined to another with a subject of its own: a clause the other's adverbs do not reach."""
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and any(
        x.dep_ in ("nsubj", "nsubjpass") for x in verb.children)


@_r("modality.asserted.repeated_blows_of_the_day", "asserted",
    _FACT + "; news convention: \"repeatedly\" on a deed in a sentence that names the day it was done tells the "
    "blows of that one occurrence (\"officers repeatedly tased a man on Monday\"), not a habit",
    [("A video showed two guards repeatedly tasing a prisoner in a corridor in Gweru on Friday.", "asserted")], 598)
def _repeated_blows(c: Cue, s):
    """"Repeatedly tasing a man … on Monday": the adverb counts the blows of the day's one incident; with
    no other word of habit near the deed, it is the day's news."""
    if c.head is None or not _DAY_NAMED.search(c.text):
        return None
    window = d._window(c.text, c.hit, c.offset)
    found = [m.group().lower() for m in d._HABITUAL.finditer(window)]
    if found and set(found) == {"repeatedly"} and not _SINCE_WORD.search(window):
        return "asserted"
    return None


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


@_r("modality.historical.since_or_habitually", "historical", _HIST,
    [("Bandits have regularly attacked travellers on the road to Zaria, residents said on Monday.",
      "historical")], 600)
def _since(c: Cue, s):
    """A "since" phrase (not "since Monday") or an adverb of habit ("regularly", "often") on the clause:
    a habitual or background statement."""
    return "historical" if c.since else None


_COLLECTIVE = re.compile(r"^a (?:series|spate|wave|string) of$", re.IGNORECASE)
_DAY_NAMED = re.compile(r"\b(?:" + "|".join(d.word_class("weekdays").words()) + r"|yesterday|today|tonight|"
                        r"last night|overnight)\b|\b\d{1,2} (?:" + "|".join(d.word_class("months").where("class", "month"))
                        + r")\b|\b(?:" + "|".join(d.word_class("months").where("class", "month")) + r") \d{1,2}\b",
                        re.IGNORECASE)


@_r("modality.asserted.dated_series", "asserted", _FACT + "; a series of attacks told with its day is the day's news",
    [("A series of blasts hit markets in Kirkuk on Friday, killing at least 11 people.", "asserted"),
     ("A string of car bombs in the south of Kirkuk killed 17 people on Friday, police said.", "asserted")], 605)
def _dated_series(c: Cue, s):
    """"A string of blasts across the city … left 17 dead on Friday": the collective word alone ("a series, spate, wave
    or string of") makes no habit when the sentence names the day the attacks were made; any other word of
    habit or background still decides."""
    if c.head is None or c.since:
        return None
    if c.marker == ("collective", "asserted"):
        return "asserted"
    window = d._PARENTHETICAL.sub(lambda m: " " * len(m.group()), d._window(c.text, c.hit, c.offset))
    found = [m.group() for m in d._HABITUAL.finditer(window)]
    if found and all(_COLLECTIVE.match(f) for f in found) and _DAY_NAMED.search(c.text):
        return "asserted"
    return None


@_r("modality.historical.habitual", "historical", _HIST,
    [("Since the war began in 2013, the town has been shelled many times.", "historical")], 610)
def _habitual(c: Cue, s):
    """The words around the trigger make it habitual or background ("over the past year", "a wave of
    attacks"); an aside in brackets does not count."""
    if c.head is None:
        return None
    window = d._window(c.text, c.hit, c.offset)
    own = next((t for t in c.chain if _own_clause(t)), None)
    if own is not None:
        # the words of a clause conjoined before the trigger's own are not its own ("devices have been
        # found there since May, and two boys died in a blast")
        lo = max(0, c.hit.start - c.offset - 80, own.left_edge.idx)
        window = c.text[lo:min(len(c.text), c.hit.end - c.offset + 30)]
    return "historical" if d._HABITUAL.search(d._PARENTHETICAL.sub(lambda m: " " * len(m.group()), window)) else None


@_r("modality.historical.generic_plural", "historical", _HIST,
    [("The group has claimed attacks across the north, a spokesman said on Monday.", "historical")], 620)
def _generic_plural(c: Cue, s):
    """A bare plural ("attacks", "raids") in the perfect or governed by a gerund or infinitive: a
    generic statement, no one event."""
    head = c.head
    if head is None or head.lower_ not in d._PLURAL_GENERIC or any(
            x.dep_ in ("det", "nummod") and x.lower_ not in ("some", "any") for x in head.children):
        return None
    verb = head.head if head.dep_ != "pobj" else head.head.head
    if head.dep_ in ("dobj", "pobj") and any(x.dep_ == "aux" and x.lower_ in ("has", "have", "had")
                                             for x in verb.children):
        return "historical"
    if verb.dep_ in ("pcomp", "xcomp") or verb.tag_ in ("VB", "VBG") or verb.lower_ in (
            "planning", "executing", "carrying", "conducting"):
        return "historical"
    return None


@_r(DEFAULT, "asserted", _FACT,
    [("Gunmen shot dead three villagers in Mandera on Tuesday.", "asserted")], 1000)
def _asserted(c: Cue, s):
    """No cue of negation, future, hypothesis or background: the event is reported as having happened."""
    return "asserted"


DATED_LONG_AGO = fact_rule(
    id="modality.historical.dated_long_ago", decides="modality", value="historical", codebook=_HIST,
    examples=[("Rebels attacked the village of Kanyabayonga in March 2012, survivors told reporters.",
               "historical")])

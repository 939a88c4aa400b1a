"""Event detection: trigger hits grouped per sentence into candidates, with modality.

Modality is read from the dependency parse of the sentence around the trigger:
negation, future and hypothetical markers, and the signs of background or habitual
statements ("since the war began", "has carried out attacks", "planning attacks").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..lang.loader import load as word_class
from .classify.triggers import KILLING_NOT_FIGURATIVE, SMUGGLERS_FIGHT_STATE
from .lexicon import (DEMO_FAMILIES, SPECIFIC_FAMILIES, VIOLENT_FAMILIES, WEAPON_FAMILIES,
                      TriggerHit, family_rank, generic_blast)

DETECT_VERSION = "detect.rules.v24"

_MODALITY = word_class("modality")  # (eventwire/lang/en/modality.tsv)
_DENY_VERBS = set(_MODALITY.where("class", "deny"))
_NONE_REPORTED = re.compile(r"\b(?:no (?:reports?|signs?|evidence|indications?|mention|sign) of|devoid of|free of|"
                            r"free from)\s+(?:[\w'-]+\s+){0,5}$", re.IGNORECASE)
_AVENGED = re.compile(r"\b(?:in (?:retaliation|revenge|reprisal|response|retribution) (?:for|to|against)|to avenge|"
                      r"avenging|to revenge|as (?:a )?(?:revenge|reprisal|retaliation) (?:for|to))\s+"
                      r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
# "students protested the killing of a classmate": the killing is the grievance, told as background
_GRIEVANCE = re.compile(r"\b(?:protest\w*|demonstrat\w*|marched|rallied|demanding justice for|condemn\w*|"
                        r"denounc\w*|decr[iy]\w*|mourn\w*)\s+(?:against\s+|over\s+|about\s+)?(?:the\s+|a\s+|an\s+)"
                        r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "seeking justice over their classmate, …, whose body was found": the grievance, told in
# a relative clause
_GRIEVANCE_RELATIVE = re.compile(r"\b(?:protest\w*|demonstrat\w*|marched|demanding justice for|justice for|"
                                 r"condemn\w*|denounc\w*|decr[iy]\w*|mourn\w*)\s+(?:against\s+|over\s+|about\s+)?"
                                 r"(?:the|a|an|their|his|her)\s+[^.;]{0,120}?\b(?:who|which|that)\s+"
                                 r"(?:was|were|had been|has been|have been|had)\s+(?:\w+\s+)?$|"
                                 r"\b(?:protest\w*|demonstrat\w*|marched|rallied)\s+(?:[\w'-]+\s+){0,4}?"
                                 r"(?:after|following)\s+(?:[\w'-]+\s+){0,6}?(?:was|were|had been)\s+$",
                                 re.IGNORECASE)
_COMMEMORATED = re.compile(r"\b(?:remember\w*|commemorat\w*|anniversary of|in (?:memory|remembrance|honou?r) of|"
                          r"memorial (?:for|to))\s+(?:the\s+|a\s+|an\s+|last\s+\w+'s\s+)?"
                          r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_GRIEVANCE_HEAD = re.compile(r"(?:protest|demonstrat|condemn|denounc|decr[iy]|mourn)\w*$")
_GRIEVANCE_FAMILIES = frozenset({"kill", "attack", "mob", "abduct", "sexual", "arrest"})
_SCHEDULED_VERBS = set(_MODALITY.where("class", "scheduled"))
_FUTURE_VERBS = set(_MODALITY.where("class", "future"))
_MODALS = set(_MODALITY.where("class", "modal"))
# (the word class event_words of eventwire/lang/en, read here and by the modality rules)
_EVENT_WORDS = word_class("event_words")
_BACKGROUND_HEADS = frozenset(_EVENT_WORDS.where("class", "background_head"))
# "since Wednesday evening", "since last night": a few hours or days, the news itself
_RECENT_SINCE = re.compile(r"since (?:(?:early|late|the early hours of) )?(?:" + "|".join(word_class("weekdays").words()) + "|"
                           r"yesterday|dawn|midnight|daybreak|this (?:morning|afternoon|evening|week)|"
                           r"last (?:night|evening)|the (?:morning|weekend|early hours))\b")
_HABITUAL = re.compile(
    r"\b(?:since (?:the |its |their |\d{4}\b|" + "|".join(word_class("months").where("class", "month")) + "|"
    r"last|early|late|then)|over the (?:past|last) |in recent (?:years|months|weeks)|"
    r"for (?:years|decades|months)|years ago|in the past|so far this year|this year alone|"
    r"a (?:series|spate|wave|string|campaign) of|(?:dozens|hundreds|thousands|scores) of (?:attacks|strikes|raids)|"
    r"regularly|frequently|often|sometimes|routinely|repeatedly|rarely|seldom|has long|have been (?:carrying|launching)|"
    r"(?:has|have) (?:carried out|launched|conducted|staged) (?:numerous |several |many |repeated )?(?:attacks|strikes|raids|protests)|"
    r"(?:previous|earlier|past|former|last year's|prior) (?:attacks?|strikes?|clashes|protests?|bombings?|raids?))",
    re.IGNORECASE)
_DISASTER = re.compile(
    r"\b(?:floods?|flooding|flash floods|earthquakes?|quakes?|landslides?|mudslides?|cyclones?|hurricanes?|typhoons?|"
    r"(?<!\bto )storms?(?! (?:the|into|a|an|their|his|her|its)\b)(?!(?<=(?-i:storm)) (?-i:[A-Z]))|"
    r"tornado(?:es)?|droughts?|lightning|heatwaves?|avalanches?|volcan\w*|tsunamis?|wildfires?|bushfires?|"
    r"(?:road|traffic|car|bus|train|plane|air|boat|mining|industrial) (?:accident|crash|collision)s?|"
    # vehicles that collide, overturn or leave the road: accidents, whoever died
    r"collided|overturn(?:ed|ing)|derail(?:ed|ing|ment)|(?:plunged|fell|veered|skidded) (?:off|into|down) (?:a |an |the )?"
    r"(?:road|highway|ravine|gorge|river|canal|cliff|valley|embankment)|"
    r"accident(?:ally|s)?|collapsed|collapse|capsized|drowned|electrocuted|stampede|cholera|"
    # (an outbreak of violence is the conflict itself, an industrial area only a place)
    r"outbreak(?! of (?:(?:fresh|renewed|new|ethnic|communal|sectarian|religious|political|armed) )*"
    r"(?:violence|fighting|clashes|hostilities|unrest))|"
    r"caught fire|house fire|fire gutted|gutted by (?:a )?fire|inferno|"
    r"pandemic|epidemic|covid|virus|disease|gas leak|fire broke out|blaze broke out|short circuit|cooking gas|"
    r"crashed|crash|chemical (?:leak|plant|factory)|leak|ammonium nitrate|warehouse|factory|"
    r"industrial(?! (?:area|zone|estate|district|park|city|town))|plant exploded|"
    r"fireworks? (?:factory|factories|warehouse|depot|store|shop|plant|explosion|blast|display)|"
    r"(?:fireworks|firecrackers) (?:exploded|went off|caught fire|lit)|"  # (fireworks thrown at police are a riot's)
    r"boiler|gas cylinder|pipeline explosion|rainfall|torrential|heavy rain|monsoon|disaster|mine collapse|"
    r"propane|solvents?|toxic|chemicals|sodium|during a fire|a fire in|garage)\b"
    # (a disaster word naming the aid or policy about it is a topic, not an occurrence: "drought relief")
    r"(?!\s+(?:relief|aid|assistance|funds?|funding|response|preparedness|insurance)\b)",
    re.IGNORECASE)
# the state's forces making an arrest: the doer is named, whatever else the article tells of
_STATE_ARREST = re.compile(r"\b(?:police(?:m[ae]n)?|officers|soldiers|troops|security forces|gendarmes?|agents)\b"
                           r"[^.;]{0,40}?\b(?:arrest\w*|detain\w*|apprehend\w*|took (?:\w+ )?into custody)\b",
                           re.IGNORECASE)
# a crowd doing what crowds do in protest
_CROWD_ACTS = re.compile(r"\b(?:residents|protesters|demonstrators|youths?|students|pupils|parents|teachers|nurses|"
                         r"doctors|lecturers|traders|drivers|workers|villagers|locals|crowds?|supporters|farmers|"
                         r"operators|motorists|mourners|relatives|families)\b"
                         r"[^.;]{0,60}?\b(?:block\w*|barricad\w*|march\w*|protest\w*|demonstrat\w*|burn\w*|"
                         r"stormed|gathered|camped|thronged|took to the streets|sit-ins?|sit in|picket\w*|"
                         r"rall(?:y|ies|ied|ying)|on strike|walked out)\b", re.IGNORECASE)
# the police or army shooting: state violence, whatever crime it answers ("police shot six of the robbers")
_STATE_SHOOTS = re.compile(r"\b(?:police(?:m[ae]n)?|officers|soldiers|troops|security forces|gendarmes?)\b[^.;]{0,40}?"
                           r"\b(?:shot|killed|gunned down|opened fire|exchanged (?:gun)?fire)\b", re.IGNORECASE)
# a crowd turning on the police or officials: mob violence even where a crime or a match is the occasion
_CROWD_ON_STATE = re.compile(r"\b(?:youths|residents|villagers|locals|mobs?|crowds?|a (?:number|group) of \w+|"
                             r"fans|supporters|spectators)\b"
                             r"[^.;]{0,60}?\b(?:assault\w*|attack\w*|beat|beaten|stoned|pelted|lynch\w*|injured|"
                             r"wounded)\b[^.;]{0,50}?\b(?:police\w*|officers?|customs|soldiers|gendarmes?|"
                             r"forest guards|rangers|chiefs?|officials?)\b", re.IGNORECASE)
# one person harming a relative, partner or neighbour: a private crime, not political violence
_PRIVATE_CRIME = re.compile(
    r"^(?:[^.;,]*?\b(?:on|in|at) [^.;,]*?, )?(?:an?|one) (?:[\w-]+ )?(?:man|woman|boy|girl|husband|wife|father|mother|"
    # ("a trader was shot dead and his son hurt": the relative is a second victim, not the one harmed)
    r"son|farmer|trader|teacher|resident)\b(?! and\b)[^.;]{0,80}?(?<!\band )\b(?:his|her) (?:own )?(?:\w+ )?"
    r"(?:wife|husband|neighbou?r|"
    r"brother|sister|son|daughter|father|mother|girlfriend|boyfriend|partner|relative|cousin|uncle|aunt|nephew|"
    r"niece|friend|colleague|employer|child|children|in-law)s?\b", re.IGNORECASE)
# crime words exclude the sentence that holds them, not every sentence of the article ("villagers beat a
# forest ranger. They were angry that he had seized a charcoal dealer.")
# (a police "Anti-Robbery Squad" is a unit's name, not a crime)
_CRIME = re.compile(r"\b(?:robbed|(?<!anti-)(?<!anti )robbery(?! squad)|robberies|burglar\w*|thieves|shoplift\w*|"
                    r"fraud|smuggl\w*)\b",
                    re.IGNORECASE)
# smuggling, and the state's border or customs forces in a fight with fire ("the smugglers opened fire",
# "fired on a customs patrol", "exchanged fire with border guards")
_SMUGGLERS = re.compile(r"\bsmugglers?\b", re.IGNORECASE)
_BORDER_FORCES = (r"(?:border guards?|border police|border patrols?|customs (?:officers?|officials?|agents?|patrols?|"
                  r"guards?|police|posts?))")
_FIRE = (r"(?:opened fire|fir(?:ed|ing) (?:on|at|back)|exchanged (?:gun)?fire|returned fire|shot (?:dead|at)|gun ?battle|"
         r"gunfight|shoot-?out)")
_BORDER_FORCES_FIRE = re.compile(rf"\b{_FIRE}\b[^.]{{0,80}}?\b{_BORDER_FORCES}\b|"
                                 rf"\b{_BORDER_FORCES}\b[^.]{{0,120}}?\b{_FIRE}\b", re.IGNORECASE)
_UNAMBIGUOUS = re.compile(
    r"attack|strike|raid|bomb(?!ing raid)|shelling|shelled|suicide|gunm[ae]n|militant|clash|fighting|fought|protest|"
    r"gun ?battle|gunfight|fire ?fight|exchanged (?:gun)?fire|shoot-?out|"
    # an "encounter" with the forces: the South Asian word for a gunfight with them
    r"encounters? (?:with|between)|"
    r"demonstrat|riot|abduct|kidnap|ambush|grenade|\bieds?\b|improvised|mortar|rocket|missile|artillery|"
    r"shot dead|gunned|massacre|lynch|(?-i:march)|marche[ds]|marching|marchers|rall|stones|stoned|stoning|pelted|"
    r"torched|vandali|looted|demanding|chanting|calling for|munitions?|military offensive|overr[au]n|recaptured|"
    r"retook|(?:took|seized) (?:over|control of) (?:[\w'-]+ ){0,3}?(?:towns?|villages?|cit(?:y|ies)|districts?|bases?)|"
    # weapons made to attack are no accident: a drone, a gas munition dropped or fired
    r"drones?|(?:chlorine|sarin|mustard|toxic|poison(?:ous)?) gas (?:cylinder|canister|barrel|bomb|shell|rocket|munition|"
    r"projectile)",
    re.IGNORECASE)
_MOB_JUSTICE = re.compile(
    r"\b(?:mobs?|lynch\w*|vigilantes?|(?:beaten|stoned|hacked|clubbed) (?:\w+ ){0,3}to death|"
    r"(?:burnt|burned) (?:\w+ ){1,3}to death|(?:was|were|been|being) (?:burnt|burned) to death|"
    r"beat (?:\w+ ){0,3}to death)\b|"
    r"\b(?:residents|villagers|youths|crowds?|locals|traders|people|a group|a number of|students|motorists|"
    r"passengers|neighbou?rs)\b[^.;]{0,80}?"
    r"\b(?:assault\w*|beat(?:en|ing)?|lynch\w*|burn\w*|kill\w*|attack\w*|stoned|captured|wound\w*|injur\w*|"
    r"stabb\w*|hack\w*|tortur\w*|tied|whipp\w*|paraded|undress\w*|lashed|clubbed)\b[^.;]{0,60}?"
    r"\b(?:thie(?:f|ves)|robbers?|burglars?|suspects?|criminals?|rapists?|witch\w*|sorcer\w+|"
    r"who had (?:\w+ )?(?:killed|stolen|robbed|raped|murdered|defiled|stabbed))\b|"
    r"\b(?:burnt|burned|torched|destroyed|beaten|lynched|attacked)\b[^.;]{0,60}?\bby (?:an? )?(?:group|mob|crowd|"
    r"residents|villagers|youths|locals|number)\b[^.;]{0,80}?\b(?:thie(?:f|ves)|robbers?|burglars?|criminals?)\b",
    re.IGNORECASE)
_SPORT = re.compile(r"(?i:striker|goalkeeper|midfield|penalt|football|soccer|basketball|cricket|rugby|tennis|match|"
                    r"tournament|"
    # (a party or its wings named "League" is no sport: Awami League, Chhatra League, Muslim League, the
    # National League for Democracy, "League activists")
    r"(?<!awami )(?<!chhatra )(?<!jubo )(?<!muslim )(?<!juba )league(?! for democracy| (?:activists?|supporters?|members?|leaders?|workers?|cadres?|men|government|candidates?|lawmakers?)\b)|championship|olympic|world cup|scor|semi|quarter|title race|fixture|"
                    r"kick|home|away)")
_METAPHOR = re.compile(
    r"\b(?:heart attacks?|panic attacks?|asthma attacks?|cyber[- ]?attacks?|hack(?:ers|ing|ed) (?:into|the)|"
    r"ransomware|malware|phishing|(?:verbal|political|personal|rhetorical|scathing|blistering) (?:attack|assault)s?|"
    r"attack(?:ed|ing)? (?:the|his|her|their) (?:\w+ )?(?:policy|policies|plan|decision|remarks|comments|proposal|"
    r"budget|bills?|law|laws|ruling|verdict|report|statement|speech|move|reforms?|record|government's|leadership|"
    r"opponents?|critics?)\b|"
    r"striker|goalkeeper|midfield\w*|penalt(?:y|ies)|football|soccer|basketball|cricket|rugby|tennis|match(?:es)?|"
    r"tournament|"
    # (a party or its wings named "League" is no sport: Awami League, Chhatra League, Muslim League, the
    # National League for Democracy, "League activists")
    r"(?<!awami )(?<!chhatra )(?<!jubo )(?<!muslim )(?<!juba )league(?! for democracy| (?:activists?|supporters?|members?|leaders?|workers?|cadres?|men|government|candidates?|lawmakers?)\b)|championship|olympic\w*|world cup|scored|scoring|semi-?final|quarter-?final|"
    r"title race|fixture|kick-?off|(?:home|away) (?:win|game|side)|"
    r"box office|stock market|shares (?:fell|rose)|market (?:rally|rallied)|bull market|bear market|"
    r"price war|trade war|war of words|war on (?:drugs|poverty|terror)|charm offensive|diplomatic offensive|"
    r"(?:sales|marketing|media|advertising|legal) (?:blitz|campaign|offensive)|"
    r"notes? of protest|protest notes?|(?:formal|official|diplomatic|strong) protests?|lodged (?:a|an) \w* ?protest|"
    # battles and fights of courts, markets and ideas; rallying or demonstrating support
    r"(?:custody|legal|court|courtroom|takeover|proxy|bidding|ideological|political|electoral|uphill|public[- ]relations|"
    r"budget|tax|turf|price|ratings) (?:battles?|fights?|war)|(?:battle|fight)(?:s|ing)? (?:for|over) (?:control|custody|"
    r"the (?:company|contract|bid|market))|(?:fight|fought|fighting|battl\w+) to (?:keep|win|save|stay|hold on|get|block)|"
    r"(?:rally|rallied|rallying) (?:\w+ )?(?:public opinion|support|behind|investors|voters|the party)|"
    r"demonstrat\w* (?:(?:its|their|his|her|our|American|U\.S\.) )?(?:support|resolve|solidarity|commitment|"
    r"that|how|the (?:fact|need|value|strength))|(?:clear|clearest|vivid|practical) demonstration|time bomb|"
    r"blast furnace|strike price)\b",
    re.IGNORECASE)
_DETONATION = re.compile(r"explo(?:ded|sion)|detonat(?:ed|ion)|went off|blast|struck|hit|attack|killed|injured|wounded",
                         re.IGNORECASE)
_OPERATION_WORDS = frozenset(_EVENT_WORDS.where("class", "operation"))
_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|meanwhile)\b|;\s+|\.\s+(?=[A-Z])|\bwhile in\b|,\s*separately\b",
                           re.IGNORECASE)
_PLURAL_GENERIC = frozenset(_EVENT_WORDS.where("class", "generic_plural"))


@dataclass(frozen=True)
class Candidate:
    """One possible event: the triggers of one sentence, grouped, with modality."""

    sentence: int
    family: str
    sub_event_type: str
    mode: str | None
    hits: tuple[TriggerHit, ...]
    modality: str
    weight: float
    families: frozenset[str] = field(default_factory=frozenset)
    clause: tuple[int, int] | None = None  # article offsets of the clause the triggers stand in
    modality_rule: str = "modality.asserted.default"  # the id of the rule that decided ``modality``

    @property
    def trigger(self) -> TriggerHit:
        return self.hits[0]

    @property
    def group(self) -> str:
        if self.family in DEMO_FAMILIES or self.family in {"riot", "mob"}:
            return "demo"
        if self.family in VIOLENT_FAMILIES:
            return "violent"
        return "strategic:" + self.sub_event_type


def _tokens_in(doc, offset: int, start: int, end: int):
    return [t for t in doc if t.idx + offset < end and t.idx + len(t.text) + offset > start]


def span_head(doc, offset: int, start: int, end: int):
    """The syntactic head of the tokens covering [start, end) (article offsets)."""
    toks = _tokens_in(doc, offset, start, end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    if not tops:
        return toks[0]
    # "demonstrators … vandalized": of several heads, the verb carries the event
    return next((t for t in tops if t.pos_ == "VERB"), tops[0])


def _clause_tokens(tok):
    """The trigger token and its governing chain up to the clause root (at most 4 steps)."""
    chain = [tok]
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        lo, hi = sorted((cur.i, cur.head.i))
        if any(t.text == ";" for t in cur.doc[lo:hi]):
            break  # "X was stormed; no one was hurt": a semicolon ends the clause, whatever the parse says
        cur = cur.head
        chain.append(cur)
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ROOT", "ccomp", "advcl", "conj", "relcl"):
            break
    return chain


_ANTICIPATED = re.compile(r"\b(?:ahead of|before|in anticipation of|in the run-up to|to prevent|to stop|to foil|"
                          r"upcoming|planned|scheduled|who (?:organi[sz]e|plan|call for)|calls? for)\s+"
                          r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


_DONE_ON_THE_WAY = frozenset(_EVENT_WORDS.where("class", "done_on_the_way"))


def _bracketed(tok) -> bool:
    before = tok.doc.text[:tok.idx]
    return before.count("[") > before.count("]")


def _aside(tok, head) -> bool:
    """A word inside brackets that the trigger is outside of ("(exact date not reported), X and Y
    clashed"): a coder's or writer's aside, which does not negate the sentence."""
    text = tok.doc.text
    if tok.i < head.i:
        between = text[tok.idx:head.idx]
        return between.count(")") + between.count("]") > between.count("(") + between.count("[")
    between = text[head.idx:tok.idx]
    return between.count("(") + between.count("[") > between.count(")") + between.count("]")


_PARENTHETICAL = re.compile(r"\([^()]{0,60}\)")
_ATTEMPT_VERBS = frozenset(_MODALITY.where("class", "attempt"))
_COUNT_WORDS = frozenset(_EVENT_WORDS.where("class", "count_word"))
_EVENT_PLURALS = frozenset(_EVENT_WORDS.where("class", "event_plural"))


def _attempt_made(family: str, verb: str) -> bool:
    """An attempt that is itself the event: "villagers tried to lynch a thief" is mob violence,
    "activists tried to hold a march" a demonstration, "gunmen attempted to assassinate the governor" an
    attack."""
    # (a crowd that tries to march and is stopped has gathered: its demonstration took place)
    return (family in ("mob", "riot", "protest") and verb in _ATTEMPT_VERBS) or (
        family in ("kill", "attack", "abduct") and verb in ("attempted", "tried"))


def _counts_people(tok) -> bool:
    """'a number of youths lynched …': a count of people (the actors, misparsed as the head),
    not 'a number of attacks'."""
    if tok.lower_ not in _COUNT_WORDS:
        return False
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lower_ not in _EVENT_PLURALS for o in objs)


# "the village is the site of a 2011 massacre" (not "at the scene of the blast")
# a would-be suicide bomber stopped: "shot dead a would-be suicide attacker", "arrested two suicide bombers"
_BOMBER_STOPPED = re.compile(r"\b(?:shot|killed|shot dead|arrested|detained|captured|intercepted|neutrali[sz]ed|"
                             r"apprehended|caught)\s+(?:and killed\s+)?(?:a|an|the|two|three|\d+)?\s*"
                             r"(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
# a weapon in a list of things seized: "recovered … 36 grenades", "a cache of arms including mortars"
_SEIZED_ITEMS = re.compile(r"\b(?:recover(?:ed|ing)|seiz(?:ed|ing)|confiscat(?:ed|ing)|impound(?:ed|ing)|found|finding|"
                           r"discover(?:ed|ing)|cache of|caches of|"
                           r"stockpiles? of|arsenal of|haul of)\s+(?:(?!(?:killed|killing|injured|wounded|by|when|"
                           r"after|during|which|that|who|was|were|had|has|have)\b)[\w,.'-]+\s+){0,14}$",
                           re.IGNORECASE)
_SCENE_OF = re.compile(r"\b(?:was|were|is|are|has been|had been|have been) (?:the )?(?:scene|site) of\s+"
                       r"(?:[\w-]+\s+){0,5}$", re.IGNORECASE)


def modality_of(doc, offset: int, hit: TriggerHit, sentence_text: str) -> str:
    """asserted | negated | future | hypothetical | historical for one trigger (the rules of
    ``extract/classify/modality.py``)."""
    return modality_rule(doc, offset, hit, sentence_text)[0]


def modality_rule(doc, offset: int, hit: TriggerHit, sentence_text: str) -> tuple[str, str]:
    """The modality of one trigger and the id of the rule that decided it."""
    from .classify.modality import decide
    return decide(doc, offset, hit, sentence_text)


_COMPARATIVES = frozenset(_EVENT_WORDS.where("class", "comparative"))


def _comparative_quantity(tok) -> bool:
    """"No fewer than twelve", "not less than 20": a lower bound on a count, news prose's way of
    saying "at least", not a negation of the event."""
    doc = tok.doc
    return tok.lower_ in ("no", "not") and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in _COMPARATIVES \
        and doc[tok.i + 2].lower_ == "than"


def _window(sentence_text: str, hit: TriggerHit, offset: int) -> str:
    s = max(0, hit.start - offset - 80)
    e = min(len(sentence_text), hit.end - offset + 30)
    return sentence_text[s:e]


@functools.lru_cache(maxsize=8)
def _perfect(token) -> bool:
    """A verb in the perfect ("it had split from the group"): done, whatever announced it."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d", "'ve") for c in token.children)


def _alleges(token) -> bool:
    """Whether "accused"/"suspected" governs what is alleged ("suspected of killing", "accused to have
    …"), not a noun it merely describes ("struck suspected hideouts", misread as its verb)."""
    return any((c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("xcomp", "pcomp") for c in token.children)


def _passive_root(token) -> bool:
    """Whether a token is the passive main verb of its sentence ("they are suspected of …")."""
    return token.dep_ == "ROOT" and any(c.dep_ == "auxpass" for c in token.children)


# a person who collapsed (in a cell, at a rally, after a beating) is no disaster; a building that
# collapsed is: the words just before say which
_PERSON_COLLAPSED = re.compile(r"\b(?:he|she|they|who|man|woman|boy|girl|detainee|suspect|prisoner|inmate|rider|"
                               r"driver|student|victim|hawker|vendor|worker)\s+(?:had\s+|has\s+|have\s+|suddenly\s+|"
                               r"then\s+|later\s+)*collapsed\b|\bcollapsed\s+(?:and died|in (?:police )?custody|"
                               r"in (?:the|his|her|a|their) (?:cells?|lock-?ups?|police station)|while (?:in custody|"
                               r"being (?:questioned|held|interrogated)))", re.IGNORECASE)


def _disaster_in(text: str) -> re.Match | None:
    """A disaster or accident word of ``text``, a person's collapse left out."""
    return _DISASTER.search(_PERSON_COLLAPSED.sub(" ", text))


def _disaster_article(article_text: str) -> bool:
    """Whether the article speaks of a disaster, an accident or a crime: read once per article, as
    each of its flagged sentences asks."""
    return bool(_disaster_in(article_text))


def exclusion(sentence_text: str, hits: list[TriggerHit], article_text: str = "",
              sentence_start: int | None = None, armed_group: bool = False) -> tuple[bool, str | None]:
    """Disasters, accidents, crime, sports and metaphors with no clear political violence: judged on the
    sentence, and on the whole article for triggers that say nothing of who did it ("an explosion").
    ``armed_group``: the sentence names a rebel group or militia, whose violence is political whatever
    crime it punishes or commits ("executed by rebels who accused him of theft"). Returns whether the
    sentence is left out, and the id of the rule that kept it where one did (else None)."""
    excluded = _excluded(sentence_text, hits, article_text, sentence_start, armed_group)
    if excluded and any(h.family == "kill" for h in hits) and _METAPHOR.search(sentence_text) \
            and not _excluded(sentence_text, hits, article_text, sentence_start, armed_group, figures=False):
        # sport, markets and contests do not kill people: "gunmen killed a cricket star's aide"
        return False, KILLING_NOT_FIGURATIVE
    if excluded and _SMUGGLERS.search(sentence_text) and _BORDER_FORCES_FIRE.search(sentence_text) \
            and not _excluded(sentence_text, hits, "", sentence_start, True):
        return False, SMUGGLERS_FIGHT_STATE  # "smugglers opened fire on a customs patrol"
    return excluded, None


def _excluded(sentence_text: str, hits: list[TriggerHit], article_text: str,
              sentence_start: int | None, armed_group: bool, figures: bool = True) -> bool:
    if armed_group and not _disaster_in(sentence_text) and not (figures and _METAPHOR.search(sentence_text)):
        return False
    if _MOB_JUSTICE.search(sentence_text) or _CROWD_ON_STATE.search(sentence_text) \
            or _STATE_SHOOTS.search(sentence_text):
        # a crowd punishing suspected thieves, or turning on the police, is mob violence, crime or not
        return False
    if _CROWD_ACTS.search(sentence_text) and any(h.family in ("protest", "riot") for h in hits) \
            and not _CRIME.search(sentence_text):
        return False  # "residents blocked the highway … to urge action on road accidents": a grievance
    if article_text and not any(_UNAMBIGUOUS.search(h.text) for h in hits):
        if _disaster_article(article_text) and not (any(h.family == "arrest" for h in hits)
                                                    and _STATE_ARREST.search(sentence_text)):
            return True
        # a story that opens on a crime stays one ("A man robbed a bank. He barricaded himself …")
        told = article_text[:sentence_start + len(sentence_text)] if sentence_start is not None else article_text
        if _CRIME.search(told) and not any(h.family in ("protest", "riot") for h in hits):
            return True  # (barricades and burning tyres after it are a protest all the same)
    if figures and _METAPHOR.search(sentence_text):
        strong = [h for h in hits if h.family in SPECIFIC_FAMILIES and h.weight >= 0.9]
        if strong:
            return False
        # a crowd's action beside the figure of speech still counts: "residents protest against the
        # president's verbal attacks", "fans rioted after the match" (a protest beside sport does not)
        spans = [(m.start(), m.end(), bool(_SPORT.match(m.group()))) for m in _METAPHOR.finditer(sentence_text)]
        offset = sentence_start if sentence_start is not None else \
            hits[0].start - max(0, sentence_text.find(hits[0].text))
        for h in hits:
            hs, he = h.start - offset, h.end - offset
            if any(a < he and hs < b for a, b, _ in spans):
                continue
            if h.family in ("riot", "mob") or (h.family == "protest" and not any(sp for *_, sp in spans)):
                return False
        return True
    if _disaster_in(sentence_text) or _CRIME.search(sentence_text) or _PRIVATE_CRIME.search(sentence_text):
        return not any(_UNAMBIGUOUS.search(h.text) for h in hits)
    return False


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence at the boundaries between reports of separate events ("…, while in X …")."""
    cuts = [start] + [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


# the crowd an intervention falls on ("fired tear gas at opposition supporters", "dispersed traders")
_CROWD_TARGET = re.compile(r"\W*(?:[\w'-]+\W+){0,4}?(?:protesters|demonstrators|supporters|crowds?|marchers|"
                           r"mourners|rioters|students|residents|traders|hawkers|workers|youths|gatherings?|"
                           r"rall(?:y|ies)|sit-ins?|vigils?|pensioners|retirees|"
                           r"anti-[\w-]+(?= from| in| at| outside|\W*$))\b", re.IGNORECASE)


def intervention_on_crowd(text: str, hits: list[TriggerHit]) -> bool:
    """Whether an intervention word in these hits acts on a crowd: the crowd was demonstrating."""
    return any(h.family == "intervene" and _CROWD_TARGET.match(text, h.end, h.end + 60) for h in hits)


def group_hits(sentence: int, hits: list[TriggerHit], modality: dict[int, str],
               clause: tuple[int, int] | None = None, after_demonstration: bool = False,
               on_crowd: bool = False, modality_rules: dict[int, str] | None = None) -> list[Candidate]:
    """Group one sentence's hits into candidates: one per coding group (violent, demonstration, each
    strategic sub-type), keeping only asserted triggers when any trigger is asserted.
    ``after_demonstration``: an earlier sentence reports a demonstration, which intervention
    words here ("police fired tear gas") continue; ``on_crowd``: the intervention here falls on a
    crowd ("dispersed traders"), itself a sign of a demonstration. ``modality_rules``: the id of the
    rule that decided each hit's modality."""
    by_group: dict[str, list[TriggerHit]] = {}
    for h in hits:
        if h.family in VIOLENT_FAMILIES:
            g = "violent"
        elif h.family in DEMO_FAMILIES or h.family in {"mob"}:
            g = "demo"
        else:
            g = "strategic:" + h.sub_event_type
        by_group.setdefault(g, []).append(h)
    # a demonstration sentence absorbs the violence around it ("police shot protesters")
    if "demo" in by_group and any(h.family in ("protest", "riot", "mob") for h in by_group["demo"]):
        # (property protesters destroyed is their violent demonstration; a mob's stays looting)
        by_group["demo"] = by_group["demo"] + by_group.pop("violent", []) + by_group.pop(
            "strategic:Arrests", []) + (by_group.pop("strategic:Looting/property destruction", []) if any(
                h.family == "protest" for h in by_group["demo"]) else [])
    elif "demo" in by_group and not (after_demonstration or on_crowd):
        # intervention words alone ("dispersed", "crackdown") are not an event
        by_group.pop("demo")
    elif "demo" in by_group and (after_demonstration or on_crowd):
        # "… stormed the council; security forces fired live rounds, wounding five": the wounding is
        # the demonstration's, and so are the arrests made as the crowd was dispersed ("fired tear gas and
        # detained 40 of them")
        by_group["demo"] = by_group["demo"] + by_group.pop("violent", []) + by_group.pop("strategic:Arrests", [])
    # a raid or an operation in which people are arrested is the arrest, not an attack
    if "strategic:Arrests" in by_group and "violent" in by_group and all(
            h.family == "attack" and h.text.lower() in _OPERATION_WORDS for h in by_group["violent"]):
        by_group.pop("violent")
    # weapons found, seized or defused are disrupted weapons use, not an explosion
    if "strategic:Disrupted weapons use" in by_group and "violent" in by_group and not any(
            h.family in ("kill", "clash", "suicide", "air", "abduct", "sexual") or _DETONATION.search(h.text)
            for h in by_group["violent"]):
        by_group.pop("violent")
    # "unknown attackers set fire to a mosque": attackers named, no one harmed, only property hit
    if "strategic:Looting/property destruction" in by_group and "violent" in by_group and all(
            _AGENT_NOUN.match(h.text) for h in by_group["violent"] if modality.get(id(h), "asserted") == "asserted"):
        by_group.pop("violent")
    # strategic triggers beside violent ones are details of the violent event
    if "violent" in by_group:
        for g in [g for g in by_group if g.startswith("strategic:") and g not in (
                "strategic:Arrests", "strategic:Agreement")]:
            by_group.pop(g)
    out = []
    for g, group in by_group.items():
        asserted = [h for h in group if modality.get(id(h), "asserted") == "asserted"]
        if asserted and all(_AGENT_NOUN.match(h.text) for h in asserted) and len(asserted) < len(group):
            # "gunmen killed 200 in a wave of raids": who acted says nothing of whether it is this news
            asserted = []
        pool = asserted or group
        # "explosions rocked the area as militants fired rockets": the blasts are the rockets'
        specific = any(h.family in WEAPON_FAMILIES for h in pool)
        pool = sorted(pool, key=lambda h: (specific and generic_blast(h.family, h.weight),
                                           family_rank(h.family), -h.weight, h.start))
        top = pool[0]
        if g == "demo" and top.family == "arrest":
            # arrests made as a demonstration was dispersed: the demonstration's words type the event
            top = next((h for h in pool if h.family in DEMO_FAMILIES), top)
        if g == "demo" and on_crowd and not after_demonstration and top.family in VIOLENT_FAMILIES:
            # "people were injured as security forces fired tear gas to disperse the crowd": the
            # injuries are the demonstration's, which the intervention on the crowd tells of
            top = next((h for h in pool if h.family in DEMO_FAMILIES), top)
        mod = "asserted" if asserted else _strongest_modality([modality.get(id(h), "asserted") for h in group])
        weight = max(h.weight for h in pool)
        families = {h.family for h in pool}
        if any(h.family == "protest" and _DISPERSAL.match(h.text) for h in pool):
            families.add("intervene")  # "police dispersed youths": a protest met by force
        why = next(((modality_rules or {}).get(id(h)) for h in (pool if mod == "asserted" else group)
                    if modality.get(id(h), "asserted") == mod), None) or "modality.asserted.default"
        out.append(Candidate(sentence, top.family, top.sub_event_type, top.mode, tuple(pool), mod, weight,
                             frozenset(families), clause, why))
    return out


_CAUSE_BEFORE = re.compile(r"\b(?:over|for|after)\s+(?:(?:an?|the|his|her|their|alleged|suspected|a suspected)\s+)*$",
                           re.IGNORECASE)
_AGENT_NOUN = re.compile(r"(?:attackers|assailants|gunm[ae]n|raiders|arsonists)$", re.IGNORECASE)
# "no injuries were reported" speaks of the toll, not of whether the event happened
_TOLL_NOUNS = frozenset(_EVENT_WORDS.where("class", "toll_noun"))
_DISPERSAL = re.compile(r"dispers|tear[ -]?gass", re.IGNORECASE)


def _strongest_modality(mods: list[str]) -> str:
    for m in ("negated", "future", "hypothetical", "historical"):
        if m in mods:
            return m
    return "asserted"

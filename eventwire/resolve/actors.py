"""Actor resolution: surface phrases -> canonical ACLED-style actors.

The dictionary is plain text under ``Settings.data_dir``:

* ``actors.tsv`` -- named actors (``canonical, type, country, aliases``);
* ``countries.tsv`` -- short country names, demonyms, other names and the
  regime-period suffix used in state-force names.

State forces ("Military Forces of X", "Police Forces of X", "Government of X")
are generated for every country from ``countries.tsv``; rows of ``actors.tsv``
with the same canonical name add aliases to them.  A canonical containing
``{country}`` is a template filled with the event country (or the row's home
country).  An alias ending in ``*`` is a group name expanded with militia head
nouns ("Pokot*" -> "Pokot raiders", "Pokot militia", ...).

Nothing is read at import time; ``ActorDictionary.load`` reads the files once
per process and data directory.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.records import Actor

from ..datafiles import declared_version, read_table
from ..errors import DataFileError
from ..lang.loader import load as word_class
from .cross_border import operating_countries, tied_to_one_country
from .non_sides import qualifies_a_thing

# The ``actors.resolve.…`` rules (declared with their definitions and examples in
# ``extract/classify/actor_rules.py``); each resolved actor carries the id of the one that named it.
R_NAMED = "actors.resolve.named_actor"
R_STORY_COUNTRY = "actors.resolve.alias_in_story_country"
R_FOREIGN_ACRONYM = "actors.resolve.foreign_acronym_needs_its_country"
R_ERA = "actors.resolve.state_forces_of_the_period"
R_STATE_NOUN = "actors.resolve.state_forces_by_noun"
R_STATE_MEANS = "actors.resolve.state_forces_by_national_means"
R_ROW_PERIOD = "actors.resolve.row_of_the_event_period"
R_OWN_NAME = "actors.resolve.armed_group_by_its_own_name"
R_COMMUNITY = "actors.resolve.named_community_militia"
R_PRIVATE = "actors.resolve.private_security"
R_FORMER = "actors.resolve.former_forces_are_civilians"
R_SUSPECT = "actors.resolve.suspected_criminal_attacked_is_civilian"
R_COMMUNAL = "actors.resolve.unidentified_communal_militia"
R_UNIDENTIFIED = "actors.resolve.unidentified_armed_group"
R_RIOTERS = "actors.resolve.rioters"
R_PROTESTERS = "actors.resolve.protesters"
R_CIVILIANS = "actors.resolve.civilians"
R_GOVERNMENT = "actors.resolve.government"
R_STATE_NAMED = "actors.resolve.state_named_as_perpetrator"
R_SPEAKER = "actors.resolve.speaker_is_a_source"
R_ATTRIBUTED = "actors.resolve.attributed_group"
R_DESCRIPTION = "actors.resolve.description_kept"
R_PEOPLE = "actors.resolve.people_named_as_doers"
R_FIGHT_PARTIES = "actors.resolve.fight_parties_described"
R_SOURCE_WORDS = "actors.resolve.doer_words_only"
R_SIDE_WORDS = "actors.resolve.side_words_in_sentence"
R_FOLLOWERS = "actors.resolve.followers_are_a_crowd"
R_GANG = "actors.resolve.gang_or_rebels_by_own_name"
R_AUXILIARIES = "actors.resolve.state_forces_with_auxiliaries"
R_SEPARATISTS = "actors.resolve.separatists_of_the_country"
R_PRO_GOVERNMENT = "actors.resolve.pro_government_militia"
R_UNIFORM = "actors.resolve.uniform_is_no_identity"
_RULE_OF_LABEL = {"Civilians": R_CIVILIANS, "Protesters": R_PROTESTERS, "Rioters": R_RIOTERS,
                  "Unidentified Armed Group": R_UNIDENTIFIED, "Unidentified Communal Militia": R_COMMUNAL,
                  "Private Security Forces": R_PRIVATE}

STATE_TYPE = 1
EXTERNAL_TYPE = 8

GROUP_HEADS = (
    "militia", "militias", "militiamen", "militants", "gunmen", "raiders", "bandits",
    "attackers", "assailants", "youths", "youth", "warriors", "fighters", "herders",
    "herdsmen", "pastoralists", "cattle raiders", "cattle rustlers", "rustlers",
    "armed men", "armed youths", "armed group", "armed groups", "morans", "moran",
    "clan militia", "clan militias", "clansmen", "tribesmen", "vigilantes",
    "ethnic militia", "ethnic militias", "tribal militia", "community militia",
    "mob", "men",
)

MILITARY_HEADS = (
    "army", "armed forces", "troops", "troop", "forces", "military", "military forces",
    "soldiers", "soldier", "air force", "navy", "warplanes", "warplane", "jets",
    "fighter jets", "aircraft", "drone", "drones", "security forces", "defence forces",
    "defense forces", "special forces", "commandos", "marines", "paratroopers",
    "servicemen", "government forces", "government troops", "gunships", "helicopters",
    "artillery", "border guards", "coast guard", "national army", "military personnel",
    "airstrike", "airstrikes", "air strike", "air strikes", "missile", "missiles",
    "junta", "occupation forces", "security personnel", "defence ministry",
    "defense ministry", "ministry of defence", "ministry of defense",
    # what a state's forces hold, named as the target ("shelled Russian positions", "an Israeli outpost")
    "positions", "military positions", "army positions", "military base", "military bases", "army base",
    "army bases", "outpost", "outposts", "military post", "military posts", "military convoy", "army convoy",
)

POLICE_HEADS = (
    "police", "police officers", "policemen", "police force", "police forces",
    "riot police", "anti-riot police", "gendarmes", "gendarmerie", "national police",
    "security agents", "intelligence agents", "intelligence services",
    "intelligence service", "secret police", "prison guards", "prison officers",
    "border police", "police service",
)

GOVERNMENT_HEADS = (
    "government", "authorities", "regime", "government officials", "interior ministry",
    "ministry of interior", "cabinet",
)

NO_GENERATED_ALIASES = {"Gaza", "West Bank", "Palestinian Territories"}

# a demonym after these sides with its country ("pro-Russian separatists"), it does not place the story there
_SIDING = ("pro-", "anti-", "non-")
_SIDING_WORD = re.compile(r"\b(?:pro|anti|non)-([A-Z][a-z]+)\b")


def siding(text: str, start: int) -> bool:
    """Whether the demonym at ``start`` follows "pro-", "anti-" or "non-"."""
    return text[max(0, start - 5):start].lower().endswith(_SIDING)

_LOCK = threading.Lock()
_CACHE: dict[Path, "ActorDictionary"] = {}


def __getattr__(name: str):
    if name == "ACTORS_VERSION":
        from eventwire.settings import DATA_DIR
        return read_version(DATA_DIR / "actors.tsv")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_version(path: Path) -> str:
    version = declared_version(path)
    if not version:
        raise DataFileError(f"{path} must start with a '# version: NAME' line")
    return version


# --- tokenisation -----------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# an article's tokens, dictionary matches and countries named, kept for this many recent texts of at
# least ``RECENT_MIN_CHARS`` (the stages read each article of a batch several times; sentences and
# phrases are not kept)
RECENT_TEXTS = 128
RECENT_MIN_CHARS = 600
_GAP_OK = re.compile(r"[ \t\-–—'’/&()]{0,3}|[ \t]*\n[ \t]*")
_ACRONYM = re.compile(r"[A-Z0-9]*[A-Z][A-Z0-9]*")


def _fold(s: str) -> str:
    if s.isascii():
        return s  # nothing to decompose
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def _tokens(text: str) -> list[tuple[str, int, int, int]]:
    """(surface form, start, end, raw end); possessive 's dropped from the form and
    the span, inner apostrophes removed from the form."""
    out = []
    for m in _TOKEN.finditer(text):
        tok, start, end = m.group(), m.start(), m.end()
        raw_end = end
        if len(tok) > 2 and tok[-2] in "'’" and tok[-1] in "sS":
            tok, end = tok[:-2], end - 2
        tok = _fold(tok.replace("'", "").replace("’", ""))
        if tok:
            out.append((tok, start, end, raw_end))
    return out


def _is_exact_case(tok: str) -> bool:
    """Short acronyms (US, IS, PKK, JeM, FAMa) must match with their case."""
    if len(tok) > 5:
        return False
    upper = sum(c.isupper() for c in tok)
    return bool(_ACRONYM.fullmatch(tok)) or upper >= 2


def _key(alias: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    toks = [t[0] for t in _tokens(alias)]
    return (tuple(t.lower() for t in toks),
            tuple(t if _is_exact_case(t) else None for t in toks))


def _key_by_words(alias: str, known: dict) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """``_key(alias)``, from the keys of its space-separated words (no token spans a space), each
    computed once in ``known``: the generated aliases repeat a few thousand words."""
    low: tuple[str, ...] = ()
    exact: tuple[str | None, ...] = ()
    for word in alias.split(" "):
        key = known.get(word)
        if key is None:
            key = known[word] = _key(word)
        low += key[0]
        exact += key[1]
    return low, exact


# --- dictionary rows --------------------------------------------------------

@dataclass(frozen=True)
class Era:
    """A period an actor's name is valid for ("2013-2022"; an open end for the present one). A year
    where one period ends and the next begins belongs to the next, unless the day of the change is
    written ("2014-2021-08-15|2021-08-15-": the period changes on that day). Names carry the years
    only, as ACLED's do."""

    start: int
    end: int | None
    begins: dt.date | None = None  # the day within ``start`` the period begins, when written
    ends: dt.date | None = None  # the day within ``end`` the next period begins, when written

    @classmethod
    def parse(cls, text: str) -> "Era | None":
        m = re.fullmatch(r"\s*(\d{4})(-\d\d-\d\d)?-(?:(\d{4})(-\d\d-\d\d)?)?\s*", text or "")
        if not m:
            return None
        try:
            begins = dt.date.fromisoformat(m.group(1) + m.group(2)) if m.group(2) else None
            ends = dt.date.fromisoformat(m.group(3) + m.group(4)) if m.group(3) and m.group(4) else None
        except ValueError:
            return None
        return cls(int(m.group(1)), int(m.group(3)) if m.group(3) else None, begins, ends)

    @property
    def label(self) -> str:
        return f"{self.start}-{self.end or ''}"

    def holds(self, when: dt.date) -> bool:
        first = self.begins or dt.date(self.start, 1, 1)
        last = self.ends or (dt.date(self.end, 1, 1) if self.end is not None else None)
        return first <= when and (last is None or when < last)


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonyms: tuple[str, ...]
    aliases: tuple[str, ...]
    eras: tuple[Era, ...] = ()  # government periods, oldest first; the last is the present one

    @property
    def period(self) -> str:
        return self.eras[-1].label if self.eras else ""

    def era_at(self, when: dt.date | None) -> Era | None:
        """The government period of ``when`` (the present one without a date); None before the first."""
        if when is None or not self.eras:
            return self.eras[-1] if self.eras else None
        return next((e for e in reversed(self.eras) if e.holds(when)), None)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor: canonical name (maybe a ``{country}`` template), valid for ``era``."""

    canonical: str
    type: int
    country: str | None
    era: Era | None = None

    @property
    def templated(self) -> bool:
        return "{country}" in self.canonical


_THE = {"United States", "United Kingdom", "Philippines", "Netherlands", "United Arab Emirates",
        "Central African Republic", "Democratic Republic of Congo", "Republic of Congo",
        "Bahamas", "Comoros", "Maldives", "Marshall Islands", "Solomon Islands", "Seychelles",
        "Dominican Republic", "Czech Republic", "Gambia"}


def _state_name(kind: str, c: Country, era: Era | None = None, present: bool = True) -> str:
    name = f"the {c.name}" if c.name in _THE else c.name
    era = era or (c.eras[-1] if c.eras and present else None)
    suffix = f" ({era.label})" if era else ""
    return f"{kind} of {name}{suffix}"


_STATE_NAME = re.compile(r"(?P<kind>Military Forces|Police Forces|Government) of (?P<country>.+?)"
                         r"(?: \((?P<era>\d{4}-(?:\d{4})?)\))?(?P<unit> [^()]*)?")


def load_countries(path: Path) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for r in read_table(path, required=2).rows:
        iso3, name, dem, aliases, periods = (r["iso3"], r["name"], r["demonyms"], r["aliases"], r["period"])
        eras = tuple(e for e in (Era.parse(p) for p in periods.split("|")) if e is not None)
        out[iso3] = Country(iso3, name, tuple(x for x in dem.split("|") if x),
                            tuple(x for x in aliases.split("|") if x), eras)
    return out


def load_rows(path: Path) -> list[tuple[str, int, str | None, list[str], Era | None]]:
    """Rows of ``actors.tsv``: canonical, type, country, aliases and (optional fifth column) the
    period the name is valid for."""
    table = read_table(path, required=4)
    rows = []
    for r in table.rows:
        era = Era.parse(r["era"]) if r["era"] else None
        if r["era"] and era is None:
            raise table.error(r, f"era {r['era']!r} is not YYYY-, YYYY-YYYY or with days (YYYY-MM-DD-YYYY-MM-DD)")
        rows.append((r["canonical"], int(r["type"]), r["country"] or None,
                     [a for a in r["aliases"].split("|") if a], era))
    return rows


# --- generic nouns for fallbacks -------------------------------------------

_W = r"(?<![\w-])(?:{})(?![\w-])"


def _words(*ws: str) -> re.Pattern:
    return re.compile(_W.format("|".join(ws)), re.I)


SUSPECTED_CRIMINAL = re.compile(
    r"\b(?:suspected|alleged|accused|presumed)\s+(?:[\w-]+\s+){0,2}?(?:thie(?:f|ves)|robbers?|criminals?|"
    r"burglars?|muggers?|rapists?|murderers?|killers?|witch(?:es)?|wizards?|sorcerers?|kidnappers?|"
    r"cattle rustlers?|rustlers?|pickpockets?|returnees?|sympathi[sz]ers?|collaborators?|informants?|"
    r"informers?|spies|spy|recruiters?|financiers?|(?:drug )?traffickers?|smugglers?)\b|"
    # a suspect named by the crime ("two drug suspects", "a robbery suspect")
    r"\b(?:drug|drugs|narcotics|robbery|theft|murder|rape|kidnapping|crime|criminal)\s+suspects?\b", re.IGNORECASE)
_RE_BODYGUARDS = re.compile(r"(?:'s|’s|s')\s+(?:\w+\s+)?(?:body ?guards?|guards|escorts?|security detail|bouncers)\b")
_RE_WIELDING = re.compile(r"\b(?:wielding|brandishing|armed with|equipped with|carrying)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:machetes?|guns?|rifles?|knives|knife|pangas?|clubs?|batons|spears?|arrows|bows|"
                          r"axes|axe|weapons|firearms|swords?|cutlass(?:es)?)\b")
_RE_FORMER = re.compile(r"\b(?:former|retired|ex-|ex|demobili[sz]ed|veteran)\s*(?:\w+\s+){0,2}?"
                        r"(?:soldiers?|police\w*|officers?|troops?|servicem[ae]n|commanders?|"
                        r"policem[ae]n|army|military|guards?)", re.IGNORECASE)
_RE_POLICE = _words(r"police\w*", r"gendarme\w*", r"cops?", r"constables?", r"policem[ae]n",
                    r"policewom[ae]n", r"detectives?", r"prison (?:guards|warders|officers)",
                    r"warders?", r"riot squad", r"(?:park |wildlife |forest )?rangers?", r"police reservists?",
                    r"eco-?guards?", r"forest guards?", r"game wardens?", r"wildlife wardens?",
                    r"customs (?:officers?|officials?|agents?|patrols?|guards?|police)",
                    r"reservists?")
_RE_MILITARY = _words(r"soldiers?", r"troops?", r"army", r"armies", r"military", r"militaries",
                      r"(?:security|government|state|armed|defen[cs]e|federal|special|regime|"
                      r"junta|pro-government|loyalist|military|allied|coalition) forces?",
                      r"servicem[ae]n", r"marines", r"navy", r"air ?force", r"warplanes?",
                      r"(?:fighter )?jets?", r"aircraft", r"helicopters?", r"gunships?",
                      r"drones?", r"air ?strikes?", r"air raids?", r"artillery",
                      r"junta", r"paratroopers", r"commandos?", r"national guard",
                      r"border guards?", r"coast ?guard", r"security personnel", r"air defen[cs]es?",
                      r"security operatives", r"security services", r"sentries", r"regime", r"garrison",
                      r"(?:counter-?terror(?:ism)?|anti-?terror(?:ism)?|counter-?insurgency|elite|"
                      r"rapid (?:reaction|intervention)) (?:forces?|units?|squads?|brigades?|battalions?|"
                      r"troops|soldiers|service)", r"(?:presidential|republican) guards?", r"joint task force")
# the means of a strike named by the country that used it ("Indian shelling", "Israeli fire", "Ukrainian
# aviation"): that state's forces struck (ACLED: air and artillery strikes are coded to the forces firing)
_RE_STATE_MEANS = _words(r"shelling", r"shell ?fire", r"firing", r"gunfire", r"fire", r"bombardments?",
                         r"aviation", r"air ?power", r"rocket fire", r"missile (?:strikes?|attacks?)",
                         r"bombing raids?", r"shells", r"artillery fire", r"mortar fire")
_NATIONAL_MEANS_AFTER = re.compile(r"\s*(?:$|[,;:(]|(?:across|along|on|in|at|from|of|by|near|against|that|which|"
                                   r"into|over|hit|hits|killed|kills|struck)\b)", re.IGNORECASE)
# an armed organisation the dictionary does not know, named by its own capitalised name ("the Red Hills
# Liberation Army", "the Hawks Brigade", "the Patriotic Front for Renewal"): a name of two or more
# capitalised words whose head is an armed organisation's noun
_ORG_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|de|du|des|al|el|wa|wal|in)\s+)*"
                       r"[A-Z][\w'’-]*)+")
_ORG_HEAD_ALONE = {"army", "brigade", "brigades", "battalion", "battalions", "militia", "militias", "mujahideen"}
_ORG_HEAD_CUED = {"front", "movement", "alliance", "coalition", "forces", "force"}
_ORG_ARMED_CUE = re.compile(r"\b(?:Liberation|Revolutionary|Resistance|Armed|Islamic|Jihad\w*|Mujahideen|Patriotic|"
                            r"Self-Defen[cs]e|Defen[cs]e|Salvation|Insurgent\w*)\b")
_ORG_REBEL_CUE = re.compile(r"\b(?:Liberation|Revolutionary|Resistance|Insurgent\w*|Army|Front|Movement|Jihad\w*)\b")
# words of state forces' own names: a name made only of these is the state's ("the National Army",
# "the Joint Task Force", "the Presidential Guard")
_STATE_NAME_WORDS = frozenset(
    "national army armed forces force defence defense republican presidential special federal police royal air "
    "navy naval guard guards joint task security rapid intervention battalion battalions brigade brigades "
    "military marine marines command gendarmerie mobile border service services intelligence unit units the "
    "people's popular democratic republic government regular elite counter-terrorism infantry division "
    "regiment corps operation".split())
_ORG_CONNECTORS = frozenset("of for the and de du des al el wa wal in".split())
# capitalised words that open a sentence or name the members, not the organisation
_ORG_LEAD_WORDS = frozenset(
    "on at by from with after before when while during a an some fighters members militants gunmen soldiers "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today last early late "
    "january february march april may june july august september october november december".split())

# a gang, cartel or rebel group by its own name: one or two capitalised words before "gang", "cartel",
# "rebels" or "insurgents" ("the Terene famo gang", "the Sinaloa drug cartel": a word of its trade may
# stand between)
_GANG_NAME = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                        r"(?:(?:street|drug|criminal|famo|rival|armed|prison)\s+)?"
                        r"(?P<kind>gangs?|cartels?|rebels?|insurgents?|guerrill?as?|separatists?)\b")

# a faith or a people's broad name before "rebels" is no group's own name ("Muslim rebels")
_FAITH_WORD = re.compile(r"(?:Muslim|Christian|Islamist|Islamic|Jihadist|Hindu|Buddhist|Sunni|Shia|Shiite|Catholic|"
                         r"Protestant|Jewish|Arab|Animist|Tribal|Ethnic|Communist|Maoist|Marxist)s?", re.IGNORECASE)

# people named by their nationality alone, as the ones acted upon ("four Palestinians", "two young Afghans")
_NATIONALS = re.compile(r"(?:(?:the|some|several|many|dozens of|hundreds of|scores of|at least|about|around|"
                        r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+)*"
                        r"(?:(?:young|elderly|local|unarmed|innocent)\s+)?[a-z][\w'-]*[a-z]s")
# Palestinian rockets and fire come from armed groups, not from a state's forces
_NO_STATE_MEANS = {"PSE"}
# a military installation or formation named by the country whose forces hold it ("a Russian command
# post", "a Ukrainian ammunition depot"): struck, it is that state's forces that were hit
_RE_INSTALLATION = _words(r"command posts?", r"(?:ammunition|arms|weapons|fuel|military) depots?", r"depots?",
                          r"(?:military |army |air )?bases?", r"barracks", r"outposts?", r"checkpoints?",
                          r"positions?", r"convoys?", r"headquarters", r"airfields?", r"trenches",
                          r"air defen[cs]e systems?", r"radar stations?", r"warships?", r"tanks?",
                          r"armou?red vehicles?")
_RE_OFFICERS = _words(r"officers?", r"agents?", r"security men", r"security officials",
                      r"security agents", r"law enforcement")


# "soldiers and VDP", "troops and local hunters": auxiliaries named beside a state's forces (the word class
# auxiliary_forces); the parts of such a coordination
_RE_AUXILIARY = word_class("auxiliary_forces").pattern()
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|\balongside\b|\btogether with\b|\bbacked by\b|"
                           r"\bsupported by\b|\bassisted by\b)\s*", re.IGNORECASE)
# a secessionist side with no name of its own ("separatist fighters", "the separatists")
_RE_SEPARATISTS = re.compile(r"\b(?:separatists?|secessionists?)\b", re.IGNORECASE)
# armed men tied to the government by the words around them ("paramilitaries loyal to the government",
# "government-backed gunmen"): a pro-government militia, not the government
_RE_PRO_GOVERNMENT = re.compile(
    r"\b(?:pro-(?:government|regime|junta)|(?:government|state|regime|army|military)-(?:backed|aligned|allied|"
    r"sponsored)|loyal to the (?:government|regime|president|junta|ruling party)|allied (?:to|with) the "
    r"(?:government|army|regime))\b", re.IGNORECASE)
_RE_PARAMILITARY = re.compile(r"\b(?:paramilitar(?:y|ies)|militia\w*|gunm[ae]n|armed (?:men|groups?|civilians)|"
                              r"fighters|thugs|enforcers|colectivos)\b", re.IGNORECASE)
# what the doers wore or seemed, not who they are ("armed men in military uniform", "gunmen dressed as
# police"): the words describe an appearance the report does not take for the forces
_RE_UNIFORM = re.compile(
    r"\s*\b(?:(?:in|wearing|(?:dressed|clad) in)\s+(?:(?:an?|the|their|full)\s+)?(?:military|army|police|security|"
    r"combat|camouflage)\s+(?:uniforms?|fatigues|gear)|(?:dressed|disguised|posing)\s+as\s+(?:soldiers|troops|"
    r"gendarmes|police(?:\s*officers|men)?|officers))\b.*$", re.IGNORECASE)
# people named as the followers of a leader, party or regime ("supporters of the junta", "government
# loyalists", "the president's sympathisers"): a crowd (ACLED: rioters or protesters, the party they follow
# an associated actor), not the state forces or the group whose name follows
_RE_FOLLOWERS = re.compile(r"\b(?:supporters|loyalists|sympathi[sz]ers|followers)\b")
_RE_ARMED_FOLLOWERS = re.compile(r"\barmed (?:supporters|loyalists)|\b(?:militia\w*|militants?|fighters|gunm[ae]n|"
                                 r"soldiers|troops)\b")


def former_forces(phrase: str) -> bool:
    """'a former soldier', 'a retired police officer': someone no longer of the forces, a civilian."""
    lower = phrase.lower()
    return bool(_RE_FORMER.search(lower) and (_RE_POLICE.search(lower) or _RE_MILITARY.search(lower)
                                              or _RE_OFFICERS.search(lower)))
_RE_GOVERNMENT = _words(r"government", r"authorities", r"officials", r"ministry",
                        r"governor", r"president", r"administration", r"court",
                        r"state house", r"cabinet", r"prime minister")
_RE_ARMED = _words(r"gunm[ae]n", r"assailants?", r"armed (?:m[ae]n|group|groups|individuals|"
                   r"persons|people|youths|gang|gangs|robbers|bandits|assailants)",
                   r"militants?", r"attackers?", r"insurgents?", r"rebels?", r"jihadists?",
                   r"terrorists?", r"extremists?", r"islamists?", r"guerrill?as?",
                   r"separatists?", r"militia", r"militias", r"militiam[ae]n", r"kidnappers?",
                   r"abductors?", r"bandits?", r"robbers?", r"pirates?", r"hitm[ae]n",
                   r"sicarios?", r"gang(?:s|sters?)?", r"criminals?", r"killers?",
                   r"thugs?", r"raiders?", r"arsonists?", r"poachers?", r"hijackers?",
                   r"suicide bombers?", r"bombers?", r"fighters?", r"shooters?",
                   r"(?:unknown|unidentified) (?:people|persons|individuals|men|groups?)", r"goons?",
                   r"cattle rustlers?", r"rustlers?", r"cartels?", r"(?:drug|narco-?) ?traffickers?",
                   r"mafias?", r"crime syndicates?", r"criminal (?:groups?|networks?|organi[sz]ations?)",
                   r"armed", r"suspects?", r"men")
_RE_PROTEST = _words(r"protest\w*", r"demonstrat\w*", r"marchers?", r"strik(?:e|ers|ing)",
                     r"picket\w*", r"sit-ins?", r"petitioners?", r"activists?",
                     r"campaigners?", r"boycott\w*", r"rall(?:y|ies|ied)", r"march(?:ed|ing)",
                     r"chant\w*", r"placards?")
_RE_RIOT = _words(r"rioters?", r"riot(?:ing|ed|s)?", r"mobs?", r"looters?", r"loot\w*",
                  r"irate", r"angry (?:youths|crowd|residents|mob)", r"youths?",
                  r"stone[- ]throw\w*", r"(?:throw|hurl|pelt)\w* (?:stones|rocks)",
                  r"lynch\w*", r"vandal\w*", r"set ablaze", r"torched", r"bonfires")
# "Pokot assailants", "Kikuyu youths", "people from Garou", "Sahe-Abigo people": a named community's
# fighters are an identity militia (ACLED: "<Name> Ethnic Militia" / "<Name> Communal Militia").
_RE_GROUP_NAME = re.compile(
    r"(?:\b(?:(?:people|men|youths|residents|villagers) from|(?:members|fighters) (?:from|of)) (?:the )?"
    r"(?P<name2>[A-Z][\w'-]+)|"
    r"(?<![\w'-])(?P<name>[A-Z][a-z][\w'-]*(?:[- ][A-Z][a-z][\w'-]*)?)\s+(?P<kind>militia\w*|militants?|militiants?|"
    r"assailants?|attackers?|raiders?|gunmen|fighters|youths?|warriors?|herders?|herdsmen|community|"
    r"communities|clansmen|tribesmen|people|villagers))\b")
# (the word class group_name_words of eventwire/lang/en)
_COMMUNAL_KINDS = frozenset(word_class("group_name_words").where("class", "communal_kind"))
# a people named alone as the doer ("suspected Fulanis killed a farmer", "a group of Peuls"): the words
# before the name that do not belong to it, and the name itself (one or two capitalised words)
_PEOPLE_LEAD = re.compile(r"^(?:(?:the|a|an|some|several|many|suspected|presumed|alleged|armed|about|around|"
                          r"over|dozens|hundreds|scores|members|of|\d+|two|three|four|five|"
                          r"six|seven|eight|nine|ten)\s+)*", re.IGNORECASE)
_PEOPLE_NAME = re.compile(r"(?P<name>[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*)?)")
# a place the parse took for the doer ("the town of Kalemie where seven people were killed", "Fika local
# government area of Yobe State")
_PLACE_PHRASE = re.compile(
    r"^(?:(?:the|a|an|this|that|nearby|neighbou?ring|remote)\s+)?"
    r"(?:(?!(?:from|of|people|persons|men|youths?|residents|villagers|members|fighters|gunmen)\b)[\w'-]+\s+){0,3}?"
    r"(?:town|city|village|hamlet|area|district|province|region|county|municipality|locality|neighbou?rhood|"
    r"suburb|state|local government area|LGA)(?:\s+(?:of|in|where|near)\b|\s*$)", re.IGNORECASE)
# the means of an attack written as the doer ("a car bomb at the market killed five", "an explosion
# ripped through ..."): it names no side, only that someone unnamed struck
_MEANS_SUBJECT = re.compile(
    r"^(?:(?:an?|the|two|three|several|twin|double|triple|multiple|powerful|massive|huge|deadly|suspected|"
    r"suicide|car|truck|motorcycle|bicycle|roadside|vehicle|vehicle-borne|improvised|explosive|remote[- ]controlled|"
    r"landmine|mortar|rocket|artillery)[ -]+)*"
    r"(?:bombs?|bombings?|blasts?|explosions?|explosives?|ieds?|devices?|mines?|landmines?|"
    r"shells?|shelling|mortars?|rockets?|grenades?)\b", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"\b(?:at|in|near|into|inside|around)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_GROUP_NAMES = frozenset(word_class("group_name_words").where("class", "not_group_name"))
_RE_COMMUNAL = _words(r"herders?", r"herdsm[ae]n", r"pastoralists?", r"raiders?", r"cattle rustlers?",
                      r"land invaders?", r"morans?", r"warriors?", r"clansm[ae]n", r"tribesm[ae]n",
                      r"clan militia\w*", r"community members")
_RE_OCCUPATION = _words(r"students?", r"workers?", r"teachers?", r"traders?", r"vendors?",
                        r"hawkers?", r"doctors?", r"nurses?", r"lecturers?", r"drivers?",
                        r"boda ?boda \w+", r"matatu \w+", r"operators?", r"employees?",
                        r"staff", r"unionists?", r"miners?", r"lawyers?", r"pupils",
                        r"opposition supporters", r"supporters", r"crowds?", r"motorists",
                        r"transporters", r"taxi drivers", r"medics", r"health workers",
                        r"civil servants", r"pensioners", r"retirees")
_RE_CIVILIAN = _words(r"civilians?", r"residents?", r"villagers?", r"farmers?", r"herders?",
                      r"herdsm[ae]n", r"pastoralists?", r"wom[ae]n", r"girls?", r"boys?",
                      r"child(?:ren)?", r"kids?", r"journalists?", r"reporters?",
                      r"m[ae]n", r"persons?", r"people", r"individuals?", r"locals?",
                      r"passengers?", r"travell?ers?", r"worshipp?ers?", r"pilgrims?",
                      r"shepherds?", r"fishermen", r"families", r"family", r"mourners",
                      r"refugees?", r"(?:internally )?displaced (?:persons|people)", r"IDPs?",
                      r"migrants?", r"aid workers?", r"humanitarian workers?", r"priests?",
                      r"imams?", r"pastors?", r"clerics?", r"chiefs?", r"elders?",
                      r"motorcyclists?", r"shopkeepers?", r"businessm[ae]n", r"traders?",
                      r"couple", r"teenagers?", r"monks?", r"nuns?", r"novices?", r"seminarians?", r"infants?", r"babies", r"baby", r"toddlers?",
                      r"victims?", r"bystanders?", r"passers-by", r"customers?",
                      r"patients?", r"inmates", r"prisoners", r"detainees", r"hostages?",
                      r"herdboys?", r"herd boys?", r"minors?", r"woman", r"man",
                      r"wife", r"husband", r"sons?", r"daughters?", r"mother", r"father",
                      r"brothers?", r"sisters?", r"relatives?", r"occupants", r"owners?",
                      r"christians", r"muslims", r"community members", r"community",
                      r"(?:election|electoral|returning|presiding|polling|tallying|revenue|tax|medical|health|"
                      r"clinical|education|information|welfare|probation|executive|planning) officers?",
                      r"household", r"homes?", r"village", r"school", r"church", r"mosque",
                      r"civil society", r"human rights defenders?", r"politicians?",
                      r"candidates?", r"councill?ors?", r"mca", r"mp", r"legislators?",
                      r"officials?")


# words written with a capital at a sentence's start that open no proper name ("The Turkish Ministry")
_NOT_NAME_OPENERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                               "her", "our", "two", "three", "several", "some", "many", "both", "all"})


def _inside_name(toks, first: int, last: int) -> bool:
    """Whether tokens ``first``..``last`` sit between two capitalised words of one proper name ("Datu
    Saudi Ampatuan", "Lake Chad Basin"): a demonym there is part of the name, not a nationality. A
    determiner capitalised at a sentence's start opens no name ("The Turkish Ministry of Defence")."""
    def cap(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i][0][:1].isupper() and not toks[i][0].isupper() \
            and toks[i][0].lower() not in _NOT_NAME_OPENERS
    return cap(first - 1) and cap(last + 1) and toks[first - 1][2] + 1 == toks[first][1] \
        and toks[last][2] + 1 == toks[last + 1][1]


def _is_generic_state_phrase(lower: str) -> bool:
    return bool(_RE_MILITARY.search(lower) or _RE_POLICE.search(lower))


# --- the dictionary ---------------------------------------------------------

class ActorDictionary:
    """Aliases of named actors and state forces, with ACLED-style fallbacks."""

    def __init__(self, entries: list[Entry], aliases: list[tuple[str, Entry]],
                 countries: dict[str, Country], version: str):
        self.version = version
        self.countries = countries
        self.entries = entries
        self._index: dict[tuple[str, ...], list[tuple[tuple[str | None, ...], Entry, str]]] = {}
        self._maxlen = 1
        words: dict[str, tuple[tuple[str, ...], tuple[str | None, ...]]] = {}
        for alias, entry in aliases:
            low, exact = _key_by_words(alias, words)
            if not low:
                continue
            bucket = self._index.setdefault(low, [])
            if any(e is entry and x == exact for x, e, _ in bucket):
                continue
            bucket.append((exact, entry, alias))
            self._maxlen = max(self._maxlen, len(low))
        # each country's movements the dictionary knows as its separatists ("Ambazonian separatists")
        self._separatist_movements: dict[str, dict[str, Entry]] = {}
        for alias, entry in aliases:
            if entry.country and entry.type in (2, 3) and _RE_SEPARATISTS.search(alias):
                self._separatist_movements.setdefault(entry.country, {})[entry.canonical] = entry
        self._by_state: dict[tuple[str, str], Entry] = {}
        for e in entries:
            if e.type == STATE_TYPE and e.country:
                for kind in ("Military Forces", "Police Forces", "Government"):
                    c = countries.get(e.country)
                    if c and e.canonical == _state_name(kind, c):
                        self._by_state[(kind, e.country)] = e
        # rows valid for different periods under the same alias ("AMISOM" then "ATMIS"): each row's
        # successors and predecessors, so a name can be given for an event's date
        self._by_canonical = {e.canonical: e for e in entries}
        self._same_alias: dict[str, list[Entry]] = {}
        for bucket in self._index.values():
            dated = [e for _, e, _ in bucket if e.era is not None]
            for e in dated:
                peers = self._same_alias.setdefault(e.canonical, [])
                peers.extend(x for x in dated if x not in peers)
        self._demonyms: dict[str, list[tuple[str, str]]] = {}
        for c in countries.values():
            for word in (c.name, *c.demonyms, *c.aliases):
                if word in NO_GENERATED_ALIASES:
                    continue
                low, _ = _key(word)
                self._demonyms.setdefault(" ".join(low), []).append((word, c.iso3))

    # -- construction --

    @classmethod
    def load(cls, settings) -> "ActorDictionary":
        data_dir = Path(settings.data_dir)
        with _LOCK:
            cached = _CACHE.get(data_dir)
            if cached is None:
                cached = cls.from_files(data_dir / "actors.tsv", data_dir / "countries.tsv")
                _CACHE[data_dir] = cached
        return cached

    @classmethod
    def from_files(cls, actors_path: Path, countries_path: Path) -> "ActorDictionary":
        countries = load_countries(countries_path)
        rows = load_rows(actors_path)
        version = read_version(actors_path)
        entries: dict[str, Entry] = {}
        aliases: list[tuple[str, Entry]] = []

        def entry(canonical: str, typ: int, country: str | None, era: Era | None = None) -> Entry:
            e = entries.get(canonical)
            if e is None:
                e = entries[canonical] = Entry(canonical, typ, country, era)
            return e

        # named rows first: they win over generated aliases for the same surface form
        for canonical, typ, country, row_aliases, era in rows:
            m = _STATE_NAME.fullmatch(canonical)
            if typ == STATE_TYPE and m and country in countries and m.group("era"):
                # a state row names the forces of whichever period: its aliases join the state's name
                canonical = _state_name(m.group("kind"), countries[country]) + (m.group("unit") or "")
            e = entry(canonical, typ, country, era)
            for a in row_aliases:
                if a.endswith("*"):
                    base = a[:-1].strip()
                    aliases.extend((f"{base} {h}", e) for h in GROUP_HEADS)
                else:
                    aliases.append((a, e))
        for c in countries.values():
            words = [w for w in (*c.demonyms, c.name, *c.aliases) if w not in NO_GENERATED_ALIASES]
            for kind, heads in (("Military Forces", MILITARY_HEADS),
                                ("Police Forces", POLICE_HEADS),
                                ("Government", GOVERNMENT_HEADS)):
                e = entry(_state_name(kind, c), STATE_TYPE, c.iso3)
                aliases.extend((f"{w} {h}", e) for w in words for h in heads)
        return cls(list(entries.values()), aliases, countries, version)

    # -- countries --

    def country_name(self, iso3: str | None) -> str | None:
        if not iso3:
            return None
        c = self.countries.get(iso3.upper())
        return c.name if c else None

    def capitalised_form(self, word: str) -> str | None:
        """The capitalised form of a lower-case one-word alias that the dictionary knows only in
        capitals ("odm" -> "ODM", "kdf" -> "KDF"), or None."""
        bucket = self._index.get((word,), ())
        forms = {exact[0] for exact, _, _ in bucket if exact and exact[0]}
        return next((f for f in forms if f.isupper() and len(f) == len(word)), None)

    def demonym_to_iso3(self, word: str) -> str | None:
        cache = self.__dict__.setdefault("_demonym_iso3", {})
        if word not in cache:
            if len(cache) > 100_000:
                cache.clear()
            cache[word] = self._demonym_to_iso3(word)
        return cache[word]

    def _demonym_to_iso3(self, word: str) -> str | None:
        low, exact = _key(word)
        hits = self._demonyms.get(" ".join(low), [])
        for form, iso3 in hits:
            _, fx = _key(form)
            toks = [t[0] for t in _tokens(word)]
            if all(x is None or x == t for x, t in zip(fx, toks)):
                return iso3
        return None

    def people_home(self, word: str) -> str | None:
        """The home country the dictionary gives a people's name ("Pokot", "Somali", "Fulani"): the
        default country of the identity militia named after it, when the word is one."""
        if not word[:1].isupper():
            return None
        cache = self.__dict__.setdefault("_people_homes", {})
        if word not in cache:
            if len(cache) > 100_000:
                cache.clear()
            cache[word] = self._people_home(word)
        return cache[word]

    def is_people_name(self, word: str) -> bool:
        """Whether the dictionary names an identity militia after ``word`` ("Pokot", "Maasai", "Fulani"),
        wherever the people live."""
        if not word[:1].isupper():
            return False
        cache = self.__dict__.setdefault("_people_names", {})
        if word not in cache:
            if len(cache) > 100_000:
                cache.clear()
            found = self._matches(f"{word} militia")
            cache[word] = bool(found) and found[0][0] == 0 and found[0][1] == len(word) + len(" militia") \
                and any(c.type == 4 for c in found[0][2])
        return cache[word]

    def _people_home(self, word: str) -> str | None:
        found = self._matches(f"{word} militia")
        if not found or found[0][0] != 0 or found[0][1] != len(word) + len(" militia"):
            return None
        entries = [c for c in found[0][2] if c.type == 4 and c.country]
        if any(operating_countries(c.canonical) for c in entries):
            return None  # (a people living in several countries: places.cross_border_group)
        return entries[0].country if entries and len({c.country for c in entries}) == 1 else None

    # -- actors for an event country --

    def _materialize(self, e: Entry, event_iso3: str | None, rule: str = R_NAMED) -> Actor:
        if e.templated:
            iso3 = event_iso3 or e.country
            name = self.country_name(iso3)
            canonical = (e.canonical.format(country=name) if name
                         else e.canonical.replace(" ({country})", "").replace("{country}", ""))
            return Actor(canonical, e.type, iso3, rule=R_STORY_COUNTRY if name and event_iso3 else rule)
        typ = e.type
        if typ == STATE_TYPE and event_iso3 and e.country and e.country != event_iso3:
            typ = EXTERNAL_TYPE
        return Actor(e.canonical, typ, e.country, rule=rule)

    def _generic(self, label: str, typ: int, iso3: str | None) -> Actor:
        name = self.country_name(iso3)
        return Actor(f"{label} ({name})" if name else label, typ, iso3 if name else None,
                     rule=_RULE_OF_LABEL.get(label, R_NAMED))

    def generic(self, label: str, typ: int, iso3: str | None) -> Actor:
        """A generic ACLED actor label for a country: "Civilians" → "Civilians (Kenya)"."""
        return self._generic(label, typ, iso3)

    def civilian(self, iso3: str | None) -> Actor:
        return self._generic("Civilians", 7, iso3)

    def protesters(self, iso3: str | None) -> Actor:
        return self._generic("Protesters", 6, iso3)

    def private_security(self, iso3: str | None) -> Actor:
        """Guards, bodyguards and escorts in private or an official's pay."""
        return self._generic("Private Security Forces", 8, iso3)

    def rioters(self, iso3: str | None) -> Actor:
        return self._generic("Rioters", 5, iso3)

    def communal_militia(self, iso3: str | None) -> Actor:
        return self._generic("Unidentified Communal Militia", 4, iso3)

    def unidentified(self, iso3: str | None) -> Actor:
        return self._generic("Unidentified Armed Group", 3, iso3)

    def state_forces(self, iso3: str, police: bool = False, event_iso3: str | None = None,
                     government: bool = False) -> Actor:
        """State forces of ``iso3`` (type 8 when ``event_iso3`` is another country);
        an unknown or missing country gives the bare kind ("Military Forces", type 1)."""
        kind = "Government" if government else "Police Forces" if police else "Military Forces"
        rule = R_GOVERNMENT if government else R_STATE_NOUN
        e = self._by_state.get((kind, (iso3 or "").upper()))
        if e is None:
            return Actor(kind, STATE_TYPE, None, rule=rule)
        return self._materialize(e, event_iso3 or e.country, rule)

    # -- names of the event's period --

    def in_era(self, actor: Actor | None, when: dt.date | None) -> Actor | None:
        """The actor named as it was at ``when``: state forces carry the period of the government in
        power ("Police Forces of Thailand (2014-2019)" for a 2016 event; no period before the first
        one the dictionary knows), and a dated row gives way to the row of the same aliases valid at
        that date ("AMISOM" before "ATMIS"). The rule that named it is kept; ``R_ERA`` marks a state
        name given a period."""
        if actor is None or when is None:
            return actor
        e = self._by_canonical.get(actor.name)
        if e is not None and e.era is not None and not e.era.holds(when):
            other = next((x for x in self._same_alias.get(e.canonical, ()) if x.era.holds(when)), None)
            if other is not None:  # (a state-force row it gives way to is then named by its period below)
                # (a state's forces read as foreign, type 8, stay foreign under another state-force
                # row; a row that is no state force takes its own type)
                kept = actor.type != e.type and {e.type, other.type} <= {STATE_TYPE, EXTERNAL_TYPE}
                actor = replace(actor, name=other.canonical, type=actor.type if kept else other.type,
                                country=other.country or actor.country, rule=R_ROW_PERIOD)
        m = _STATE_NAME.fullmatch(actor.name)
        c = self.countries.get(actor.country or "")
        if m and c is not None and c.eras and actor.type in (STATE_TYPE, EXTERNAL_TYPE) \
                and _state_name(m.group("kind"), c, present=False) == f"{m.group('kind')} of " + m.group("country"):
            name = _state_name(m.group("kind"), c, c.era_at(when), present=False) + (m.group("unit") or "")
            return replace(actor, name=name)
        return actor

    def is_period_name(self, actor: Actor | None) -> bool:
        """Whether the actor's name is a state's forces or government named by period."""
        if actor is None:
            return False
        m = _STATE_NAME.fullmatch(actor.name)
        c = self.countries.get(actor.country or "")
        return bool(m and c is not None and c.eras)

    # -- scanning --

    def _recent(self, text: str, what: str, read):
        """``read(text)``, kept for the last ``RECENT_TEXTS`` article texts (``what`` names the reading)."""
        if len(text) < RECENT_MIN_CHARS:
            return read(text)
        cache = self.__dict__.setdefault("_recent_texts", {})
        kept = cache.get(text)
        if kept is None:
            if len(cache) >= RECENT_TEXTS:
                for old in list(cache)[:len(cache) - RECENT_TEXTS // 2]:
                    cache.pop(old, None)
            kept = cache[text] = {}
        if what not in kept:
            kept[what] = read(text)
        return kept[what]

    def _text_tokens(self, text: str) -> list[tuple[str, int, int, int]]:
        """``_tokens(text)``, kept for an article's text (read, not changed, by its callers)."""
        return self._recent(text, "tokens", _tokens)

    def _matches(self, text: str, toks: list[tuple[str, int, int, int]] | None = None) \
            -> list[tuple[int, int, list[Entry]]]:
        toks = _tokens(text) if toks is None else toks
        n = len(toks)
        gap_ok = [False] * max(n - 1, 0)
        for i in range(n - 1):
            gap = text[toks[i][3]:toks[i + 1][1]]
            if _GAP_OK.fullmatch(gap):
                gap_ok[i] = True
            elif "." in gap and len(toks[i][0]) <= 2 and _GAP_OK.fullmatch(gap.replace(".", "", 1)):
                gap_ok[i] = True
        low = [t[0].lower() for t in toks]
        out = []
        i = 0
        while i < n:
            found = None
            limit = 1
            while limit < self._maxlen and i + limit < n and gap_ok[i + limit - 1]:
                limit += 1
            for k in range(limit, 0, -1):
                bucket = self._index.get(tuple(low[i:i + k]))
                if not bucket:
                    continue
                surface = [t[0] for t in toks[i:i + k]]
                hits = [(e, a) for exact, e, a in bucket
                        if all(x is None or x == s for x, s in zip(exact, surface))]
                if hits:
                    end = toks[i + k - 1][2]
                    if hits[0][1].endswith(".") and text[end:end + 1] == ".":
                        end += 1
                    found = (toks[i][1], end, [e for e, _ in hits], k)
                    break
            if found:
                out.append(found[:3])
                i += found[3]
            else:
                i += 1
        return out

    @staticmethod
    def _pick(cands: list[Entry], event_iso3: str | None, when: dt.date | None = None) -> Entry:
        """Of the rows an alias names: the one of the story's country, then the one valid at the
        event's date, else the first."""
        if len(cands) == 1:
            return cands[0]
        return min(cands, key=lambda e: (not (event_iso3 and e.country == event_iso3),
                                         not (when and e.era is not None and e.era.holds(when)),
                                         cands.index(e)))

    def _foreign_acronym(self, form: str, cands: list[Entry], event_iso3: str | None, named: set[str]) -> bool:
        """An acronym that names only another country's state forces ("SAF", "AP", "NPS") in a story
        that does not name that country: the letters mean something else there."""
        if not event_iso3 or not _ACRONYM.fullmatch(form.replace(".", "")) or len(form) > 5:
            return False
        return all(e.type == STATE_TYPE and e.country and e.country != event_iso3 and e.country not in named
                   for e in cands)

    def countries_named(self, text: str) -> set[str]:
        """Countries whose name or demonym the text writes out (capitalised)."""
        toks = self._text_tokens(text)
        out: set[str] = set()
        for i, (tok, start, _, _) in enumerate(toks):
            if not tok[:1].isupper():
                continue
            for k in (3, 2, 1):
                if i + k > len(toks) or " ".join(t[0].lower() for t in toks[i:i + k]) not in self._demonyms:
                    continue
                iso3 = self.demonym_to_iso3(text[start:toks[i + k - 1][2]])
                if iso3 is not None and len(tok) > 2:
                    out.add(iso3)
                    break
        return out

    def scan(self, text: str, event_iso3: str | None = None,
             when: dt.date | None = None) -> list[tuple[int, int, Actor]]:
        """Dictionary mentions: (start, end, actor), leftmost-longest, non-overlapping; with the
        story's country, an alias several countries share names that country's actor and another
        country's forces are not read from an acronym alone."""
        out = []
        named: set[str] | None = None
        for s, e, cands in self._recent(text, "matches", lambda t: self._matches(t, self._text_tokens(t))):
            if event_iso3 and any(c.type == STATE_TYPE for c in cands):
                named = self._recent(text, "named", self.countries_named) if named is None else named
                if self._foreign_acronym(text[s:e], cands, event_iso3, named):
                    continue
            entry = self._pick(cands, event_iso3, when)
            out.append((s, e, self._materialize(entry, event_iso3, self._rule_of_pick(entry, cands, event_iso3))))
        return out

    def _rule_of_pick(self, entry: Entry, cands: list[Entry], event_iso3: str | None) -> str:
        """The rule that chose a row among those an alias names: the story's country, the row of a
        period (one of several dated rows of the same aliases), else the name itself."""
        if len({c.country for c in cands}) > 1 and entry.country == event_iso3:
            return R_STORY_COUNTRY
        if entry.era is not None and len(self._same_alias.get(entry.canonical, ())) > 1:
            return R_ROW_PERIOD
        return R_NAMED

    def country_cues(self, text: str, mentions=None) -> dict[str, int]:
        """Countries the wording of an article points to, votes per distinct form: two for demonyms
        ("Kenyan", "Malian soldiers") and state forces ("KDF"), one for other actors bound to a
        country ("Boko Haram").
        ``mentions`` are the article's dictionary mentions when already scanned."""
        votes: dict[str, int] = {}
        seen: set[str] = set()
        covered: list[tuple[int, int]] = []
        for s, e, actor in (mentions if mentions is not None else self.scan(text)):
            covered.append((s, e))
            form = text[s:e].lower()
            if actor.country and form not in seen and tied_to_one_country(actor):
                seen.add(form)
                # a state's own forces and officials act at home far more often than an armed
                # group bound to a country ("Kenyan police" against "al-Shabaab")
                votes[actor.country] = votes.get(actor.country, 0) + (2 if actor.type == 1 else 1)
        toks = self._text_tokens(text)
        for i, (tok, start, _, _) in enumerate(toks):
            if not tok[:1].isupper() or any(s <= start < e for s, e in covered):
                continue
            for k in (3, 2, 1):
                if i + k > len(toks) or " ".join(t[0].lower() for t in toks[i:i + k]) not in self._demonyms:
                    continue
                form = text[start:toks[i + k - 1][2]]
                iso3 = self.demonym_to_iso3(form)
                if iso3 is None:
                    continue
                if siding(text, start) or qualifies_a_thing(text, toks[i + k - 1][2]):
                    break  # "pro-Russian rebels" side with a country, "a Chinese company" is no side
                if form.lower() not in seen:
                    seen.add(form.lower())
                    votes[iso3] = votes.get(iso3, 0) + 2
                break
        return votes

    def siding_demonyms(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, ISO3) of each demonym that sides with its country ("pro-Russian separatists",
        ``places.siding_demonym``): no vote for where the story happens."""
        out = []
        for m in _SIDING_WORD.finditer(text):
            iso3 = self.demonym_to_iso3(m.group(1))
            if iso3 is not None:
                out.append((m.start(), m.end(), iso3))
        return out

    # -- resolving a noun phrase --

    def _demonym_in(self, phrase: str) -> str | None:
        toks = _tokens(phrase)
        for k in (3, 2, 1):
            for i in range(len(toks) - k + 1):
                word = phrase[toks[i][1]:toks[i + k - 1][2]]
                iso3 = self.demonym_to_iso3(word)
                if iso3:
                    start = toks[i][1]
                    if phrase[max(0, start - 4):start].lower().endswith(("pro-", "anti-", "non-")):
                        continue
                    if _inside_name(toks, i, i + k - 1):
                        continue  # "an army post in Datu Saudi Ampatuan": part of a place's name
                    return iso3
        return None

    def resolve(self, phrase: str, event_iso3: str | None = None,
                target: bool = False, when: dt.date | None = None) -> Actor | None:
        """A noun phrase -> actor, with the id of the rule that named it.  ``target`` marks the phrase
        as the one acted upon (then students, workers and similar groups are civilians, not
        protesters); ``when`` is the event's date (the row valid then wins)."""
        if not phrase or not phrase.strip():
            return None
        event_iso3 = event_iso3.upper() if event_iso3 else None
        if target and SUSPECTED_CRIMINAL.search(phrase):
            # "two suspected robbers" beaten by a crowd, "a suspected al-Shabaab returnee" shot dead
            return replace(self.civilian(event_iso3 or self._demonym_in(phrase)), rule=R_SUSPECT)
        if target and former_forces(phrase.lower()):
            # "a former Afghan army officer": no longer of the forces the dictionary would name
            return replace(self.civilian(event_iso3 or self._demonym_in(phrase)), rule=R_FORMER)
        described = self._described_side(phrase, event_iso3, target, when)
        if described is not None:
            return described
        found = self._matches(phrase)
        foreign = [m for m in found if event_iso3 and self._foreign_acronym(
            phrase[m[0]:m[1]], m[2], event_iso3, self.countries_named(phrase))]
        if foreign:
            # "SAF troops" in a story from Nigeria: the troops are read from the noun, not the letters
            rest = phrase[:foreign[0][0]] + phrase[foreign[0][1]:]
            actor = self.resolve(rest, event_iso3, target, when)
            return replace(actor, rule=R_FOREIGN_ACRONYM) if actor is not None else None
        if found:
            return self._named(found, event_iso3, when)
        own = None if target else (self._own_name(phrase, event_iso3) or self._gang_name(phrase, event_iso3))
        if own is not None:
            return own
        if not target and _PLACE_PHRASE.match(phrase.strip()):
            return None  # "the town of Kalemie where ...", "Fika local government area": a place, no side
        dem = self._demonym_in(phrase)
        if not target and dem is None and _MEANS_SUBJECT.match(phrase.strip()):
            return None  # "a car bomb at the market killed five": the weapon is no side (its sender may be named)
        return self._community(phrase, event_iso3 or dem, target) or self._people(phrase, event_iso3, target) \
            or self._by_noun(phrase, dem, event_iso3, target)

    def _described_side(self, phrase: str, event_iso3: str | None, target: bool,
                        when: dt.date | None) -> Actor | None:
        """A side the phrase describes rather than names: state forces with their auxiliaries, armed men by
        their uniform, a pro-government militia, a country's separatists (each a rule of its own)."""
        return self._with_auxiliaries(phrase, event_iso3, target, when) or self._by_appearance(
            phrase, event_iso3, target, when) or self._pro_government(phrase, event_iso3) \
            or self._separatists(phrase, event_iso3)

    def _with_auxiliaries(self, phrase: str, event_iso3: str | None, target: bool,
                          when: dt.date | None) -> Actor | None:
        """"Soldiers and VDP", "troops and local hunters": the state's forces with the auxiliaries that
        fight beside them are the forces (ACLED: the primary actor, the auxiliaries associated)."""
        parts = [p for p in _COORDINATION.split(phrase) if p.strip()]
        if len(parts) < 2 or not any(_RE_AUXILIARY.search(p) for p in parts):
            return None
        sides = [(p, self.resolve(p, event_iso3, target, when)) for p in parts]
        state = [a for p, a in sides if a is not None and a.type == STATE_TYPE and a.rule != R_GOVERNMENT
                 and not _RE_AUXILIARY.search(p)]
        if len(state) != 1 or not all(a is state[0] or _RE_AUXILIARY.search(p) for p, a in sides):
            return None
        return replace(state[0], rule=R_AUXILIARIES)

    def _by_appearance(self, phrase: str, event_iso3: str | None, target: bool,
                       when: dt.date | None) -> Actor | None:
        """"Armed men in military uniform", "gunmen dressed as police": the clothes are no identity; the
        side is the armed group the words before them name, else an unidentified armed group."""
        m = _RE_UNIFORM.search(phrase)
        if target or m is None or not m.start() or not _RE_ARMED.search(phrase[:m.start()]):
            return None
        actor = self.resolve(phrase[:m.start()], event_iso3, target, when)
        if actor is None or actor.type not in (2, 3, 4):
            actor = self.unidentified(event_iso3 or self._demonym_in(phrase))  # "men in military uniform": armed men
        return replace(actor, rule=R_UNIFORM)

    def _pro_government(self, phrase: str, event_iso3: str | None) -> Actor | None:
        """"Paramilitaries loyal to the government", "government-backed gunmen": armed men tied to the
        government, not its forces, are a pro-government militia (a political militia)."""
        if not (_RE_PRO_GOVERNMENT.search(phrase) and _RE_PARAMILITARY.search(phrase)):
            return None
        found = self._matches("pro-government militia")
        if not found or self._matches(phrase):
            return None  # a militia the dictionary names keeps its own name
        return replace(self._named(found, event_iso3, None), rule=R_PRO_GOVERNMENT)

    def _separatists(self, phrase: str, event_iso3: str | None) -> Actor | None:
        """"Separatist fighters" named by no name of their own, in a country whose dictionary knows one
        separatist movement: that movement (rebels seeking a state of their own, named consistently)."""
        if event_iso3 is None or not _RE_SEPARATISTS.search(phrase) or self._matches(phrase) \
                or self._demonym_in(phrase) or re.search(r"\b(?:anti-separatists?|[A-Z][a-z]+ separatists?)\b", phrase):
            return None
        movements = self._separatist_movements.get(event_iso3, {})
        if len(movements) != 1:
            return None
        return replace(self._materialize(next(iter(movements.values())), event_iso3), rule=R_SEPARATISTS)

    def _own_name(self, phrase: str, here: str | None) -> Actor | None:
        """An armed organisation named by its own name that the dictionary does not know: a rebel group
        when the name says liberation, revolution, resistance or names an army, front or movement,
        else a political militia (ACLED records a group by the name it goes by)."""
        for m in _ORG_NAME.finditer(phrase):
            words = m.group().split()
            for i, first in enumerate(words):  # "Fighters of the Silver Ridge Army": the name starts later
                if first.lower() in _ORG_CONNECTORS or first.lower() in _ORG_LEAD_WORDS:
                    continue
                actor = self._own_name_of(words[i:], here)
                if actor is not None:
                    return actor
        return None

    def _gang_name(self, phrase: str, here: str | None) -> Actor | None:
        """"Members of the Klansman gang", "the Los Lobos cartel": a gang or cartel the dictionary does
        not know, by its own capitalised name, is a political militia (ACLED codes organised criminal
        groups engaged in political violence as political militias, under the name they go by);
        "FRUD-arme rebels", "Kivu Front insurgents": rebels by a name of their own are a rebel group."""
        m = _GANG_NAME.search(phrase)
        if m is None:
            return None
        words = [w for w in m.group("name").split() if w.lower() not in _ORG_LEAD_WORDS]
        if not words or any(w.lower() in _NOT_GROUP_NAMES or self.demonym_to_iso3(w)
                            or self.demonym_to_iso3(w.rstrip("s")) or _FAITH_WORD.fullmatch(w) for w in words):
            return None  # "Haitian gangs", "the rival gang", "Muslim rebels": no name of its own
        if self._matches(f"{' '.join(words)} militia"):
            return None  # "Fulani insurgents": a people the dictionary knows, read as its militia
        kind = m.group("kind").lower()
        if not kind.startswith(("gang", "cartel")):
            return Actor(" ".join(words), 2, here, rule=R_GANG)  # "FRUD-arme rebels": a rebel group
        return Actor(f"{' '.join(words)} {'Cartel' if kind.startswith('cartel') else 'Gang'}", 3, here, rule=R_GANG)

    def _own_name_of(self, words: list[str], here: str | None) -> Actor | None:
        if len(words) < 2:
            return None
        cut = next((i for i, w in enumerate(words) if w.lower() in _ORG_CONNECTORS), len(words))
        head = words[cut - 1].lower() if cut else ""
        name = " ".join(words)
        if head not in _ORG_HEAD_ALONE and not (head in _ORG_HEAD_CUED and _ORG_ARMED_CUE.search(name)):
            return None
        proper = [w for w in words if w.lower() not in _ORG_CONNECTORS]
        if all(w.lower() in _STATE_NAME_WORDS or _ORG_ARMED_CUE.fullmatch(w) for w in proper):
            return None  # "the National Army", "the Joint Task Force": the state's own forces
        if any(self.demonym_to_iso3(w) or self.demonym_to_iso3(w.rstrip("s")) for w in proper):
            return None  # "the Nigerian Army", "Army of Chad": a state's forces, read from its country
        return Actor(name, 2 if _ORG_REBEL_CUE.search(name) else 3, here, rule=R_OWN_NAME)

    def _people(self, phrase: str, here: str | None, target: bool) -> Actor | None:
        """"Suspected Fulanis killed a farmer", "a group of Peuls attacked": a people the dictionary
        knows as an identity militia, named alone as the doer, fights as that militia (a nationality
        does not)."""
        if target:
            return None
        rest = _PEOPLE_LEAD.sub("", phrase.strip())
        m = _PEOPLE_NAME.fullmatch(rest.rstrip(" .,"))
        if m is None or demonym_to_iso3(m.group("name")) is not None:
            return None
        name = m.group("name")
        for form in dict.fromkeys((name, name[:-1] if name.endswith("s") else name)):
            if demonym_to_iso3(form) is not None:
                return None
            found = self._matches(f"{form} militia")
            if found and found[0][0] == 0:
                entry = self._pick(found[0][2], here)
                if entry.type == 4:
                    return replace(self._materialize(entry, here), rule=R_PEOPLE)
        return None

    def _named(self, found, event_iso3: str | None, when: dt.date | None) -> Actor:
        """The longest dictionary alias of the phrase; a protest movement or a rioting group is
        coded by its kind ("Protesters (Country)"), as ACLED codes the movement as associated."""
        s, e, cands = max(found, key=lambda m: (m[1] - m[0], -m[0]))
        entry = self._pick(cands, event_iso3, when)
        if entry.type == 6:
            return self.protesters(event_iso3 or entry.country)
        if entry.type == 5:
            return self.rioters(event_iso3 or entry.country)
        return self._materialize(entry, event_iso3, self._rule_of_pick(entry, cands, event_iso3))

    def _community(self, phrase: str, here: str | None, target: bool) -> Actor | None:
        """"Pokot raiders", "people from Garou": a named community's fighters."""
        group = _RE_GROUP_NAME.search(phrase)
        name = group and (group.group("name") or group.group("name2"))
        if name and group.group("kind") in ("community", "communities") and _PLACE_BEFORE.search(
                phrase, 0, group.start()):
            name = None  # "gunmen at Zuma community": where they struck, not who they are
        lead = re.match(r"([\w']+)[ -]", name) if name else None
        while lead and lead.group(1).lower() in _NOT_GROUP_NAMES:
            name = name[lead.end():]  # "Suspected Islamist militants", "Angry Turkana youths": the name follows
            lead = re.match(r"([\w']+)[ -]", name)
        if name and not target and name.lower() not in _NOT_GROUP_NAMES and demonym_to_iso3(name) is None \
                and not _RE_MILITARY.search(name) and not _RE_POLICE.search(name):
            kind = (group.group("kind") or "people").lower()
            label = "Communal Militia" if kind in _COMMUNAL_KINDS else "Ethnic Militia"
            return replace(self._generic(f"{name} {label}", 4, here), rule=R_COMMUNITY)
        return None

    def _by_noun(self, phrase: str, dem: str | None, event_iso3: str | None, target: bool) -> Actor | None:
        """Who a phrase names by its head noun: guards, forces, armed men, crowds, civilians."""
        lower = phrase.lower()
        here = event_iso3 or dem
        if _RE_BODYGUARDS.search(lower):
            return self.private_security(here)  # "a politician's bodyguards", "the governor's guards"
        if former_forces(lower):
            return replace(self.civilian(here), rule=R_FORMER)  # "a former soldier", "a retired police officer"
        if _RE_FOLLOWERS.search(lower) and not _RE_ARMED_FOLLOWERS.search(lower):
            # "supporters of the junta", "government loyalists": followers, not the forces they follow
            actor = self._crowd_or_people(lower, here, dem, event_iso3, target)
            if actor is None or actor.type == STATE_TYPE:
                actor = self.civilian(here) if target else self.protesters(here)
            return replace(actor, rule=R_FOLLOWERS)
        if _RE_POLICE.search(lower):
            return self.state_forces(dem or event_iso3, police=True, event_iso3=event_iso3)
        if _RE_MILITARY.search(lower) and not re.search(
                r"\b(?:rebel|insurgent|militant|opposition|separatist|militia|anti-government)\b",
                lower):
            return self.state_forces(dem or event_iso3, event_iso3=event_iso3)
        if _RE_OFFICERS.search(lower) and not _RE_CIVILIAN.search(lower.replace("officials", "")):
            return self.state_forces(dem or event_iso3, police=True, event_iso3=event_iso3)
        if dem and target and dem not in _NO_STATE_MEANS and _RE_INSTALLATION.search(lower) \
                and not re.search(r"\b(?:rebels?|insurgents?|militants?|militias?|separatists?|gangs?|civilian)\b",
                                  lower):
            return self.state_forces(dem, event_iso3=event_iso3)  # the forces holding what was struck
        if dem and not target and self._national_means(lower, dem):
            return replace(self.state_forces(dem, event_iso3=event_iso3), rule=R_STATE_MEANS)
        if not target and _RE_COMMUNAL.search(lower):
            return self.communal_militia(here)
        if re.search(r"\b(?:armed|gunm[ae]n|militia\w*|militants?|masked)\b", lower) and _RE_ARMED.search(lower):
            return self.unidentified(here)
        if _RE_WIELDING.search(lower) and not target:
            return self.unidentified(here)  # "30 men wielding machetes"
        return self._crowd_or_people(lower, here, dem, event_iso3, target)

    @staticmethod
    def _national_means(lower: str, dem: str) -> bool:
        """"Indian shelling across the border", "Russian bombardment of the port": a strike's means as the
        doer, named by a country (no armed group named beside it)."""
        if dem in _NO_STATE_MEANS or re.search(
                r"\b(?:rebels?|insurgents?|militants?|militias?|separatists?|opposition|jihadists?|terrorists?|"
                r"fighters|gunmen|armed groups?)\b", lower):
            return False
        return any(_NATIONAL_MEANS_AFTER.match(lower, m.end()) for m in _RE_STATE_MEANS.finditer(lower))

    def _crowd_or_people(self, lower: str, here: str | None, dem: str | None, event_iso3: str | None,
                         target: bool) -> Actor | None:
        if _RE_RIOT.search(lower) and not re.search(r"\b(?:anti-riot|riot police)\b", lower):
            if re.search(r"\byouths?\b", lower) and target:
                return self.civilian(here)
            return self.rioters(here)
        if _RE_PROTEST.search(lower):
            return self.protesters(here)
        if _RE_ARMED.search(lower):
            weak = re.fullmatch(r"(?:dead\s+)?(?:(?:the|a|an|some|several|two|three|four|five|\d+)\s+)?"
                                r"(?:(?:young|old|elderly|local|unarmed|innocent)\s+)?(?:m[ae]n|suspects?)"
                                r"(?:\s+in\s+[\w' -]+)?", lower.strip())
            if not weak:
                return self.unidentified(here)
            if "suspect" in lower and not target:
                return self.unidentified(here)
            return self.civilian(here)
        if _RE_OCCUPATION.search(lower) and not target:
            return self.protesters(here)
        if _RE_CIVILIAN.search(lower) or _RE_OCCUPATION.search(lower):
            return self.civilian(here)
        if _RE_GOVERNMENT.search(lower) and (dem or event_iso3):
            return self.state_forces(dem or event_iso3, government=True, event_iso3=event_iso3)
        if target and _NATIONALS.fullmatch(lower.strip()):
            # "arrested four Palestinians", "two Afghans were shot": civilians of that nation
            word = lower.split()[-1]
            nation = self.demonym_to_iso3(word.capitalize()[:-1]) or self.demonym_to_iso3(word.capitalize())
            return self.civilian(nation) if nation else None
        return None

    # -- dictionary mentions plus generic actor nouns --

    _FINDERS = (_RE_POLICE, _RE_MILITARY, _RE_ARMED, _RE_RIOT, _RE_PROTEST, _RE_OCCUPATION,
                _RE_CIVILIAN, _RE_STATE_MEANS)
    _SKIP = re.compile(r"(?:home|homes|village|school|church|mosque|community|household|"
                       r"officials?|court|government|administration|men|man|people|"
                       r"persons?|individuals?|armed|march\w*|rall\w+)", re.I)
    _WEAPON = re.compile(r"(?:drones?|air ?strikes?|air raids?|warplanes?|(?:fighter )?jets?|"
                         r"aircraft|helicopters?|gunships?|bombers?|artillery|strik(?:e|ing))",
                         re.I)
    _PREV = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
    _NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){1,5}$")

    _FOUND_KEPT = 256  # sentences whose actors are remembered: an event's rules ask for the same ones

    def find(self, text: str, event_iso3: str | None = None) -> list[tuple[int, int, Actor]]:
        """Dictionary mentions plus generic actor nouns (gunmen, protesters, police,
        residents...) resolved for the event country; non-overlapping, sorted.  The answers for the
        last few hundred (text, country) pairs are kept: the rules of one event ask for the actors of
        its sentences several times."""
        found = self.__dict__.setdefault("_found", {})
        key = (text, event_iso3)
        kept = found.get(key)
        if kept is None:
            if len(found) >= self._FOUND_KEPT:
                found.clear()  # (cheaper than keeping an order; the next event's sentences refill it)
            kept = found[key] = tuple(self._find(text, event_iso3))
        return list(kept)

    def _find(self, text: str, event_iso3: str | None) -> list[tuple[int, int, Actor]]:
        out = self.scan(text, event_iso3)
        taken = [(s, e) for s, e, _ in out]
        for rx in self._FINDERS:
            for m in rx.finditer(text):
                if self._SKIP.fullmatch(m.group()):
                    continue
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                start = m.start()
                prev = self._PREV.search(text[max(0, start - 40):start])
                if prev and not any(s < start and start - len(prev.group()) < e for s, e in taken):
                    start -= len(prev.group())
                if m.group()[:1].isupper():
                    # "the Red Hills Liberation Army": the whole capitalised name, not its last words
                    name = self._NAME_BEFORE.search(text, max(0, start - 60), start)
                    if name is not None and not any(s < start and name.start() < e for s, e in taken):
                        start = name.start()
                phrase = text[start:m.end()]
                if (self._WEAPON.fullmatch(m.group()) or rx is _RE_STATE_MEANS) and not self._demonym_in(phrase):
                    continue
                if rx is _RE_STATE_MEANS and not _NATIONAL_MEANS_AFTER.match(text, m.end()):
                    continue  # "the Kenyan fire brigade": the word is not the strike's means
                if phrase.lower().endswith(("community", "communities")) and _PLACE_BEFORE.search(text, 0, start):
                    continue  # "gunmen struck at Zuma community": a place, not a party
                actor = self.resolve(phrase, event_iso3)
                if actor is None:
                    continue
                out.append((m.start(), m.end(), actor))
                taken.append((m.start(), m.end()))
        return sorted(out, key=lambda x: x[0])


# --- module helpers ---------------------------------------------------------

def _default() -> ActorDictionary:
    from eventwire.settings import Settings
    return ActorDictionary.load(Settings())


def country_name(iso3: str | None) -> str | None:
    """ACLED short country name for an ISO3 code ("COD" -> "Democratic Republic of Congo")."""
    return _default().country_name(iso3)


def demonym_to_iso3(word: str) -> str | None:
    """ISO3 for a demonym or country name ("Kenyan", "U.S.", "DRC"); None if unknown."""
    return _default().demonym_to_iso3(word)

"""Trigger lexicon and taxonomy tables, read from the package's data files."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ..datafiles import read_table
from ..errors import ResourceError
from ..settings import DATA_DIR

# Families in the order that decides a sentence's coding when several fire at once:
# the most specific means of violence first, generic violence after, then strategic developments.  The
# explosive means keep the order of the ACLED Codebook's Table 2 (Explosions/Remote violence: chemical weapon,
# air/drone strike, suicide bomb, shelling/artillery/missile attack, remote explosive/landmine/IED, grenade):
# "an IED exploded near the base and the militants then fired mortars at it" is a shelling.
FAMILY_PRIORITY: tuple[str, ...] = (
    "chemical", "air", "suicide", "shelling", "ied", "grenade", "abduct", "sexual",
    "mob", "riot", "protest", "territory", "clash", "kill", "attack", "arrest", "loot",
    "disrupt", "agree", "hq", "change", "transfer", "other", "intervene", "plover",
)
PLOVER_WEIGHT = 0.3
VIOLENT_FAMILIES = frozenset({"chemical", "suicide", "air", "grenade", "ied", "shelling", "abduct",
                              "sexual", "clash", "territory", "kill", "attack", "mob"})
DEMO_FAMILIES = frozenset({"protest", "riot", "intervene"})
STRATEGIC_FAMILIES = frozenset({"arrest", "loot", "disrupt", "agree", "hq", "change", "transfer", "other"})
SPECIFIC_FAMILIES = frozenset({"chemical", "suicide", "air", "grenade", "ied", "shelling", "abduct", "sexual"})
# families of harm one side does to people: whoever does them is the perpetrator of the event
HARM_FAMILIES = frozenset({"kill", "attack", "abduct", "sexual"})
# families that name the weapon; beside them a bare "explosion" or "blast" is only their sound
WEAPON_FAMILIES = frozenset({"chemical", "suicide", "air", "grenade", "shelling"})
GENERIC_BLAST_WEIGHT = 0.6  # weight of "explosion", "blast": words that say nothing of the weapon


# the words of triggers.tsv's generic blast row, told alone as a mention's trigger ("The explosions killed five")
BARE_BLAST = re.compile(r"explosions?|blasts?|detonations?|exploded|detonated|went off", re.IGNORECASE)


def generic_blast(family: str, weight: float) -> bool:
    """A trigger that only says something exploded ("explosions rocked the town")."""
    return family == "ied" and weight < GENERIC_BLAST_WEIGHT


@dataclass(frozen=True)
class TriggerRule:
    family: str
    sub_event_type: str
    mode: str | None
    weight: float
    pattern: str
    plover: str | None = None  # PLOVER event the trigger codes, when not the sub-event type's own


@dataclass(frozen=True)
class TriggerHit:
    family: str
    sub_event_type: str
    mode: str | None
    weight: float
    start: int
    end: int
    sentence: int
    text: str
    plover: str | None = None


@dataclass(frozen=True)
class SubEventInfo:
    sub_event_type: str
    event_type: str
    disorder_type: str
    plover_event: str
    plover_mode: str | None
    cameo: str | None


def _read_tsv(path: Path) -> tuple[str, list[dict[str, str | None]]]:
    table = read_table(path)
    return table.version, [{k: (None if v == "\\N" else v) for k, v in r.fields.items()} for r in table.rows]


@functools.lru_cache(maxsize=4)
def taxonomy(data_dir: Path = DATA_DIR) -> tuple[str, dict[str, SubEventInfo]]:
    version, rows = _read_tsv(data_dir / "taxonomy.tsv")
    table = {r["sub_event_type"]: SubEventInfo(r["sub_event_type"], r["event_type"], r["disorder_type"],
                                               r["plover_event"], r["plover_mode"] or None, r["cameo"] or None)
             for r in rows}
    return version, table


@functools.lru_cache(maxsize=4)
def note_tags(data_dir: Path = DATA_DIR) -> tuple[str, dict[str, str]]:
    version, rows = _read_tsv(data_dir / "note_tags.tsv")
    return version, {r["tag"].lower(): r["sub_event_type"] for r in rows}


class TriggerLexicon:
    """Compiled trigger patterns: one alternation per family for a single pass over a sentence."""

    def __init__(self, version: str, rules: list[TriggerRule]):
        self.version = version
        self.rules = rules
        parts = []
        self._groups: list[TriggerRule] = []
        for i, rule in enumerate(rules):
            parts.append(f"(?P<r{i}>{rule.pattern})")
            self._groups.append(rule)
        self._regex = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
        # "March" the month and "May" are not protest/modal triggers: the patterns use lowercase
        # verbs, and capitalised month names are excluded here.
        self._month = re.compile(r"March\b")

    @classmethod
    @functools.lru_cache(maxsize=4)
    def load(cls, data_dir: Path = DATA_DIR) -> "TriggerLexicon":
        version, rows = _read_tsv(data_dir / "triggers.tsv")
        _, tax = taxonomy(data_dir)
        rules = []
        for r in rows:
            if r["sub_event_type"] not in tax:
                raise ResourceError(f"triggers.tsv: unknown sub-event type {r['sub_event_type']!r}")
            rules.append(TriggerRule(r["family"], r["sub_event_type"], r["mode"] or None,
                                     float(r["weight"]), r["pattern"]))
        return cls(version, rules)

    @classmethod
    @functools.lru_cache(maxsize=4)
    def load_plover(cls, data_dir: Path = DATA_DIR) -> "TriggerLexicon":
        """Cues of non-violent PLOVER interactions (talks, threats, sanctions...), coded with low weight."""
        version, rows = _read_tsv(data_dir / "plover_verbs.tsv")
        rules = [TriggerRule("plover", r["sub_event_type"], r["mode"] or None, PLOVER_WEIGHT, r["pattern"],
                             r["event"]) for r in rows]
        return cls(version, rules)

    def scan(self, text: str, start: int, end: int, sentence: int) -> list[TriggerHit]:
        hits = []
        for m in self._regex.finditer(text, start, end):
            rule = self._groups[int(m.lastgroup[1:])]
            word = m.group(0)
            if rule.family == "protest" and word.startswith("March") and self._month.match(word):
                continue
            if word[:1].isupper() and " " not in word and rule.family != "air" \
                    and inside_name(text, m.start(), m.end(), start, end):
                # (a lexicon entry that is itself a name, "Air Force", keeps its meaning)
                continue
            hits.append(TriggerHit(rule.family, rule.sub_event_type, rule.mode, rule.weight,
                                   m.start(), m.end(), sentence, word, rule.plover))
        return hits


_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’&.-])([A-Z][\w'’&-]*\.?)\s+$")
_CAPITAL_AFTER = re.compile(r"(?:'s|’s)?\s+([A-Z][\w'’&-]*)")
# capitalised words that stand beside a trigger without making a name of it
_NOT_NAME_PARTS = frozenset({
    "the", "a", "an", "on", "in", "at", "as", "and", "but", "or", "of", "to", "for", "by", "with", "after",
    "when", "while", "during", "since", "before", "meanwhile", "however", "earlier", "later", "police",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "i", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "some", "many",
})


def inside_name(text: str, start: int, end: int, sent_start: int, sent_end: int) -> bool:
    """Whether a capitalised trigger word is part of a proper name in running prose ("Merrill Lynch",
    "Rally's Inc.", "Battle Creek", "Shell Transport"): a firm's, town's or person's name, not an
    event.  Headlines in title case and all-capital text keep their triggers."""
    sentence = text[sent_start:sent_end]
    words = _WORD.findall(sentence)
    if not words or sum(w[0].isupper() for w in words) > 0.5 * len(words) or sentence.isupper():
        return False
    before = _CAPITAL_BEFORE.search(text, max(sent_start, start - 40), start)
    after = _CAPITAL_AFTER.match(text, end, min(sent_end, end + 40))
    return any(m is not None and m.group(1).rstrip(".").lower() not in _NOT_NAME_PARTS for m in (before, after))


def family_rank(family: str) -> int:
    return FAMILY_PRIORITY.index(family) if family in FAMILY_PRIORITY else len(FAMILY_PRIORITY)

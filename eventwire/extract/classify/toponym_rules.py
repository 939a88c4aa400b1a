"""Toponym detection rules: which names found in a text are not place names there.

The geoparser proposes spans (names the gazetteer spots, and the GPE/LOC/FAC spans of the NER); these
rules drop the spans that a reader takes for something else — a currency, a disease, a person, a code.
Each rule is a predicate ``applies(text, toponym, context) -> bool`` over one span in its article;
:func:`eventwire.resolve.toponyms.detect` runs them in priority order, drops the spans one of them
claims, and reports the rule ids that fired (the annotation's ``rules``).

Definitions: a toponym is a name used to refer to a place (GeoNames feature classes A and P, and
the ACLED Codebook's location: "the specific location of an event"); a name of a currency, disease,
person or organisation code is not one even when it contains or equals a place name (the annotation
conventions of the GeoWebNews and GeoVirus corpora, Gritta et al. 2018/2019: "US$" and "West Nile
virus" are not annotated).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ...lang.loader import load
from ...records import Entity, Toponym
from .engine import fact_rule

_DEF = ("Toponym: a name used to refer to a place (GeoNames feature classes A and P; ACLED Codebook, "
        "Event Geography: the location of an event); GeoWebNews/GeoVirus annotation conventions")


@dataclass(frozen=True)
class Context:
    """What the rules read of the article besides the span itself."""

    text: str
    entities: tuple[Entity, ...]
    person_words: frozenset[str]  # words of the multi-word PERSON names of the article
    disease_names: frozenset[str]  # names the article uses as a disease's ("West Nile virus")


@dataclass(frozen=True)
class DetectRule:
    id: str
    priority: int
    applies: Callable[[str, Toponym, Context], bool]


RULES: list[DetectRule] = []


def _register(rule_id: str, priority: int, value: str, examples: list[tuple[str, str]]):
    fact_rule(id=rule_id, decides="toponym", value=value, codebook=_DEF, examples=examples)

    def add(fn: Callable[[str, Toponym, Context], bool]):
        RULES.append(DetectRule(rule_id, priority, fn))
        RULES.sort(key=lambda r: r.priority)
        return fn
    return add


# ---- currencies -----------------------------------------------------------------------------------

_CURRENCY_AFTER = re.compile(r"\s?\$")
_CURRENCY_BEFORE = re.compile(r"\$\s?$")


@_register("places.detect.currency", 10, "not a toponym: a currency",
           [("Looters took goods worth US$ 2,000 from shops in Kisumu on Monday.", "Kisumu"),
            ("Traders in Mombasa paid $US 40 each in fines on Friday.", "Mombasa")])
def currency(text: str, t: Toponym, ctx: Context) -> bool:
    """A country's code written into a currency sign ("US$ 5", "$US 4.5 billion", "A$") names the money,
    not the place ("US dollars" stays: annotators read it as the country's, used as a modifier)."""
    return bool(_CURRENCY_AFTER.match(text, t.end)) or bool(_CURRENCY_BEFORE.search(text[max(0, t.start - 2):t.start]))


# ---- diseases -------------------------------------------------------------------------------------

_PLACE_CUE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|of the town of|of the city of)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_PLACE_WORD_AFTER = re.compile(r"\s+(?:river|valley|province|region|district|county|city|town)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _disease_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, tuple[str, ...]]:
    """(a disease word right after a span, "Name disease-word" anywhere, any disease word, the diseases
    named by a place alone), from the word class ``diseases``."""
    words = load("diseases")
    alt = "|".join(sorted(map(re.escape, words.where("class", "word")), key=len, reverse=True))
    return (re.compile(r"[\s-](?:" + alt + r")\b", re.IGNORECASE),
            re.compile(r"\b((?:[A-Z][\w'-]*\s){0,2}[A-Z][\w'-]*)[\s-](?:" + alt + r")\b"),
            re.compile(r"\b(?:" + "|".join(map(re.escape, words.where("class", "word") + words.where("class", "context")))
                       + r")\b", re.IGNORECASE), words.where("class", "name"))


def disease_names(text: str) -> frozenset[str]:
    """Capitalised names the article writes before a disease word ("West Nile virus" -> "West Nile"),
    and the diseases named by a place alone ("Ebola") when the article speaks of a disease at all."""
    _, named, any_word, alone = _disease_patterns()
    names = {m.group(1) for m in named.finditer(text)}
    if any_word.search(text):
        names.update(n for n in alone if n in text)
    return frozenset(names)


@_register("places.detect.disease_name", 20, "not a toponym: a disease named after a place",
           [("Health workers in Kampala said the Marburg virus had killed two people; Marburg spreads fast.",
             "Kampala")])
def disease_name(text: str, t: Toponym, ctx: Context) -> bool:
    """A disease named after a place ("West Nile virus", "Ebola", "Marburg virus", "Lassa fever") names
    the disease: the span before a disease word, and the same name elsewhere in the article unless a
    preposition or a place word makes it the place ("in Marburg", "the Ebola river")."""
    if _disease_patterns()[0].match(text, t.end):
        return True
    if t.text not in ctx.disease_names:
        return False
    before = text[max(0, t.start - 20):t.start]
    return not (_PLACE_CUE_BEFORE.search(before) or _PLACE_WORD_AFTER.match(text, t.end))


# ---- people ---------------------------------------------------------------------------------------

def person_words(entities: tuple[Entity, ...]) -> frozenset[str]:
    """The words of the article's multi-word PERSON names ("Yulia Tymoshenko" -> Yulia, Tymoshenko)."""
    words = set()
    for e in entities:
        parts = e.text.split()
        if e.label == "PERSON" and len(parts) > 1:
            words.update(p.strip(".,'’s") for p in parts if p[:1].isupper() and len(p) > 2)
    return frozenset(words)


@_register("places.detect.person_name", 30, "not a toponym: a person named elsewhere in full",
           [("Yulia Mwangi, a nurse, was arrested in Nyeri. Yulia denied the charges.", "Nyeri")])
def person_name(text: str, t: Toponym, ctx: Context) -> bool:
    """A word of a person's full name used alone ("Yulia Tymoshenko … Yulia said"), which the gazetteer
    does not know as a place: the person, not a place."""
    return t.place is None and t.text in ctx.person_words and not any(
        e.label in ("GPE", "LOC") and e.start <= t.start and t.end <= e.end and e.text != t.text
        for e in ctx.entities)


# ---- codes ----------------------------------------------------------------------------------------

_CODE = re.compile(r"^(?:[A-Z]{1,2}|[A-Z][a-z][A-Z]|\w*\d\w*)$")


@_register("places.detect.code", 40, "not a toponym: an unresolved code or acronym",
           [("Officials of the MoD and AI experts met in Mombasa.", "Mombasa")])
def code(text: str, t: Toponym, ctx: Context) -> bool:
    """A two-letter capital or digit-bearing span the gazetteer does not know ("H5N1", "MoD", "AI") is a
    code or an organisation's acronym; the countries' own ("US", "UK") resolve, and dotted or longer
    abbreviations ("N.J.", "NSW") are often a state's, so they stay."""
    return t.place is None and bool(_CODE.match(t.text.strip()))


# ---- parts of admin units -------------------------------------------------------------------------

PART_OF_UNIT = fact_rule(
    id="places.detect.part_of_unit", decides="toponym",
    value="a part of an admin unit named by a compass word: placed at the unit's seat, as a district",
    codebook=_DEF + "; ACLED Codebook, geo-precision 2: the event is in a part of a region, coded at the "
                    "region's main town",
    examples=[("Police shot two protesters in Gulu East sub-county on Monday.", "Gulu East")])

_PART = re.compile(r"^(?P<base>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)??)\s+(?:Town\s+)?"
                   r"(?:North|South|East|West|Central|Town|North[- ]East|North[- ]West|South[- ]East|"
                   r"South[- ]West)$")


def unit_part_base(name: str) -> str | None:
    """The unit a part is named after: "Narok North" -> "Narok", "Nakuru Town East" -> "Nakuru"."""
    m = _PART.match(name.strip())
    return m.group("base") if m else None


# ---- streets and landmarks -----------------------------------------------------------------------

_STREET_DEF = ("GeoNames feature classes: R (road, railroad; R.ST street, \"a paved urban thoroughfare\") "
               "and S (spot, building, farm) are features of their own, apart from the populated places "
               "(class P) and the administrative units (class A) a place name denotes; ACLED codebook, "
               "event geography: the location is the town or village where the event happened")
# a street word after a name: the street's name (a road named after a town, "Thika road", leads to the
# town and is often coded there, so roads and highways stay); a landmark whose name rarely is its town's
_STREET_AFTER = re.compile(r"[ \t]+(?:[Aa]venue|AVENUE|[Bb]oulevard|Street|Lane|Drive|Crescent|"
                           r"[Ff]uneral\s+[Hh]ome|[Ss]tadium|"
                           r"[Ss]tage(?!\s+(?:a|an|the|their|his|her|its|protests?|demonstrations?|sit-ins?|"
                           r"marches?|rall(?:y|ies)|walk-?outs?|strikes?|riots?)\b))\b")
# a span read with the word in lower case ("Moi avenue"): a name and a common noun, not a street's own name
_STREET_IN = re.compile(r"\s(?:avenue|boulevard|funeral\s+home|stadium|stage)$")


@_register("places.detect.street_or_landmark", 45,
           "not a toponym: the name of a street or landmark (\"Moi Avenue\", \"Uplands Funeral Home\")",
           [("Police fired teargas at traders along Moi avenue in Eldoret on Tuesday.", "Eldoret"),
            ("Youths lit a bonfire at Olympic stage in Kisumu and threw stones at passing cars.", "Kisumu")])
def street_or_landmark(text: str, t: Toponym, ctx: Context) -> bool:
    """A name that a street word or a landmark word follows ("Moi avenue", "Kenyatta Stadium", "the
    Olympic stage") names the street or the building, not a town of that name; roads and highways stay
    ("the Nakuru road" leads to Nakuru); a span that holds the whole street's name ("Royal Street") is
    the street's own toponym and stays, one with the word in lower case ("Moi avenue") does not."""
    return bool(_STREET_AFTER.match(text, t.end)) or bool(_STREET_IN.search(t.text))


# ---- water named after a country ------------------------------------------------------------------

_WATER_BEFORE = re.compile(r"\b(?:Lake|Lac|River)\s+$")
_WATER_WORD = re.compile(r"(?:Lake|Lac|River)\s")


@_register("places.detect.water_named_for_country", 50,
           "not a toponym: the country's name inside a lake's or river's name",
           [("Fishermen were shot dead on the shores of Lake Chad near Baga in Borno state on Sunday.",
             "Baga; Borno")])
def water_named_for_country(text: str, t: Toponym, ctx: Context) -> bool:
    """"Lake Chad", "River Niger": a lake or river that bears a country's name borders or crosses several
    countries (GeoNames keeps it as a feature of class H, not the country); the name is the water's, and
    the country is read from the report's other places."""
    return t.place is not None and t.place.feature == "country" and (
        bool(_WATER_WORD.match(t.text)) or bool(_WATER_BEFORE.search(text[max(0, t.start - 8):t.start])))


# ---- a longer country name ------------------------------------------------------------------------

LONGER_COUNTRY_NAME = fact_rule(
    id="places.detect.longer_country_name", decides="toponym",
    value="the whole official name of a country, not the shorter name inside it",
    codebook=_DEF + "; ISO 3166 official country names (pycountry)",
    examples=[("Troops of the Democratic People's Republic of Korea fired shells on Monday.",
               "Democratic People's Republic of Korea")])

_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w]*(?:['’]s)?\s+){1,3})$")


def longer_starts(text: str, start: int) -> list[int]:
    """Where a name that ends with the span could begin: up to three capitalised words before it,
    nearest first ("Democratic People's | Republic of Korea")."""
    m = _WORDS_BEFORE.search(text[max(0, start - 60):start])
    if m is None:
        return []
    base = start - len(m.group(1))
    words = list(re.finditer(r"\S+\s+", m.group(1)))
    return [base + w.start() for w in reversed(words)]

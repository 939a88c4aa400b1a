"""Restore capitals to an article delivered all in lower case (or all in capitals).

Some feeds deliver text without case, and the stages after this one read capitals: month and weekday
names, sentence starts, and place names, which the geoparser finds by their capital letters.  A
caseless text gets them back here, letter for letter (the text keeps its length, so every offset
still points into the article): sentence starts, month and weekday names, and names the gazetteer
knows where the prose introduces a place ("in alibori", "kandi town", "the village of gogounou").
Text with ordinary case is returned unchanged.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from ..lang.loader import load as word_class

TRUECASE_VERSION = "truecase.v4"

_MONTHS = "january|february|april|june|july|august|september|october|november|december"
# "may" and "march" are months beside a day or a year ("5 may", "march 2019", "in march"), words elsewhere
# abbreviated months ("08 aug", "sept 5") only beside a number
_ABBREVIATED = "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_CALENDAR = re.compile(rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTHS}|"
                       rf"(?<=\d )(?:may|march|{_ABBREVIATED})|(?:may|march|{_ABBREVIATED})(?=\.? \d))\b")
_MARCH_AFTER = re.compile(r"\b(?:in|since|until|early|late|mid|last|next) (march)\b"
                          r"(?! (?:against|to|through|towards|in|on|for|of|from|by|and)\b)")
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n\s*|:\s+)([a-z])")
# a place introduced by a preposition or named beside a place noun
_PLACE_CUE = re.compile(r"\b(?:in|at|near|from|to|of|off|outside|around|across|towards|between|and|capital|"
                        r"through|into|inside|within|via|throughout|"
                        r"town|city|village|commune|locality)\s+"
                        r"(?=(?:the\s+)?(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}))")
# words a place cue may be followed by that are no place's name (the word class not_place_names)
_NOT_NAMES = frozenset(word_class("not_place_names").words())
# a direction or a part of an area before a place's name, written in lower case in news style ("northeast
# kandi", "the southeastern town of", "downtown cotonou"; AP Stylebook, "directions and regions")
_DIRECTIONS = frozenset(f"{d}{e}" for d in ("north", "south", "east", "west", "northeast", "northwest", "southeast",
                                           "southwest", "north-east", "north-west", "south-east", "south-west")
                        for e in ("", "ern")) | {"central", "downtown", "uptown"}
# a name in a list of places: "torozougou (malanville, alibori)", "in igboiganan, ketou"
_LIST_CUE = re.compile(r"(?:\(|,)[ \t]*(?=(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}))")
# a name before the word for its kind of area: "zou department", "kisii county", "borno state"
_AREA_AFTER = re.compile(r"(?<![\w'’-])(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)\s+(?:department|county|state|"
                         r"province|district|region|prefecture|governorate|commune|municipality|sub-county|division)\b")
# "benins capital", "kenya's police": a country's name with a possessive, its apostrophe lost or kept
_POSSESSIVE = re.compile(r"(?:['’]s|s)$")
PlaceTest = Callable[[str], bool]


@dataclass(frozen=True)
class Local:
    """Small places read in the story's countries: ``country_of(name)`` gives the country a known name
    points to, ``place_in(name, countries)`` whether the gazetteer knows a place of any size by that name
    in one of them."""

    country_of: Callable[[str], str | None]
    place_in: Callable[[str, frozenset[str]], bool]
    acronym: Callable[[str], str | None] | None = None  # a name known only in capitals: "odm" -> "ODM"


def caseless(text: str) -> bool:
    """Whether a text has letters but no case distinction (all lower or all upper)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    return all(c.islower() for c in letters) or all(c.isupper() for c in letters)


def _capitalise(chars: list[str], start: int, end: int) -> None:
    """Capitalise the first letter of each word in [start, end)."""
    for m in re.finditer(r"[A-Za-z][a-z'’-]*", "".join(chars[start:end])):
        i = start + m.start()
        upper = chars[i].upper()
        if len(upper) == 1:
            chars[i] = upper


def truecase(text: str, is_place: PlaceTest, is_country: PlaceTest | None = None, local: Local | None = None) -> str:
    """The text with capitals restored when it has none; ``is_place(name)`` says whether the gazetteer
    knows a (title-cased) name, ``is_country(name)`` whether it is a country's (named anywhere); with
    ``local``, names after a place cue that are small places of the countries the known names point to
    ("in torozougou" beside "malanville") are restored too."""
    if not caseless(text):
        return text
    low = text.lower() if text.isupper() else text
    if len(low) != len(text):
        return text  # (a letter whose lower case is longer: leave the text as it came)
    chars = list(low)
    for m in _SENTENCE_START.finditer(low):
        _capitalise(chars, m.start(1), m.end(1))
    for m in _CALENDAR.finditer(low):
        _capitalise(chars, m.start(), m.start() + 1)
    for m in _MARCH_AFTER.finditer(low):
        _capitalise(chars, m.start(1), m.start(1) + 1)
    for m in [*_PLACE_CUE.finditer(low), *_LIST_CUE.finditer(low)]:
        words = m.group("name").split()
        s = m.start("name")
        if words[0] in _DIRECTIONS and len(words) > 1:
            whole = next((" ".join(words[:n]) for n in range(len(words), 1, -1)
                          if is_place(" ".join(words[:n]).title())), None)
            if whole is not None:  # a name the direction belongs to: "north darfur", "south sudan"
                _capitalise(chars, s, s + len(whole))
                continue
            # "in northeast kandi", "downtown cotonou": the place named after the direction
            s, words = s + low[s:].index(words[1], len(words[0])), words[1:]
        # the longest run of words, from the first, that the gazetteer knows ("porto novo", "kandi")
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if words[0] in _NOT_NAMES or any(w in _NOT_NAMES for w in words[:n]):
                continue
            if len(name) > 2 and is_place(name.title()):
                _capitalise(chars, s, s + len(name))
                break
    for m in _AREA_AFTER.finditer(low):
        words = m.group("name").split()
        for n in (len(words), 1):
            name = " ".join(words[-n:])
            if words[-1] not in _NOT_NAMES and name not in _NOT_NAMES and len(name) > 2 and is_place(name.title()):
                s = m.end("name") - len(name)
                _capitalise(chars, s, m.end("name"))
                break
    for m in re.finditer(r"(?<![\w'’-])([a-z]{3,})-([a-z]{3,})(?![\w'’-])", low):
        # "the bohicon-abomey axis": a road between two towns the gazetteer knows
        if is_place(m.group(1).title()) and is_place(m.group(2).title()):
            _capitalise(chars, m.start(1), m.end(1))
            _capitalise(chars, m.start(2), m.end(2))
    if is_country is not None:
        _countries(low, chars, is_country)
    if local is not None and local.acronym is not None:
        _acronyms(low, chars, local.acronym)
    _national_terms(low, chars)
    if local is not None:
        _small_places(low, chars, local)
    for m in re.finditer(r"(?<![\w'’-])i(?=\s|['’](?:m|ve|d|ll)\b)", low):
        chars[m.start()] = "I"  # the pronoun
    return "".join(chars)


def _acronyms(low: str, chars: list[str], acronym: Callable[[str], str | None]) -> None:
    """Names the actor dictionary knows only in capitals ("odm", "kdf", "gsu"), other than words."""
    for m in re.finditer(r"(?<![\w'’-])[a-z]{3,6}(?![\w'’-])", low):
        word = m.group()
        if word in _NOT_NAMES or word in STOP_WORDS:
            continue
        form = acronym(word)
        if form is not None:
            chars[m.start():m.end()] = list(form)


def _national_terms(low: str, chars: list[str]) -> None:
    """The words one country alone uses, written with capitals in the word class country_terms ("IEBC",
    "MCA", "Odinga", "National Super Alliance"): restored letter for letter, so that the story's country
    is read from a lower-case feed as from the same story in normal case."""
    pattern, forms = _national_forms()
    for m in pattern.finditer(low):
        form = forms[m.group()]
        if len(form) == m.end() - m.start():
            chars[m.start():m.end()] = list(form)


@functools.lru_cache(maxsize=1)
def _national_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the lower-case forms of the capitalised country terms, and each one's written form."""
    forms = {e.entry.lower(): e.entry for e in word_class("country_terms").entries if e.entry != e.entry.lower()}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternation + r")(?![\w'’-])"), forms


def _small_places(low: str, chars: list[str], local: Local) -> None:
    """Second pass: the words after a place cue left lower case that name a place of any size in the
    countries the names already restored point to."""
    restored = "".join(chars)
    # names restored inside sentences (not a sentence's first word, a month or a weekday)
    names = {n for n in re.findall(r"(?<=[a-z,;(] )[A-Z][a-z'’-]+|(?<=\()[A-Z][a-z'’-]+", restored)
             if not _CALENDAR.fullmatch(n.lower())}
    countries = frozenset(c for c in map(local.country_of, names) if c)
    if not countries:
        return
    for m in [*_PLACE_CUE.finditer(low), *_LIST_CUE.finditer(low)]:
        s = m.start("name")
        word = m.group("name").split()[0]
        if word in _NOT_NAMES or len(word) <= 3 or not restored[s].islower():
            continue
        # "in torozougou (Malanville, Alibori)", "in igboiganan, Ketou": a place named with its district
        within = re.match(r"[ \t]*(?:\(|,)[ \t]*[A-Z]", restored[s + len(word):s + len(word) + 6]) is not None
        if within or local.place_in(word.title(), countries):
            _capitalise(chars, s, s + len(word))


def _countries(low: str, chars: list[str], is_country: PlaceTest) -> None:
    """Capitalise countries' and peoples' names anywhere, with a possessive ("benins capital") too."""
    for m in re.finditer(r"(?<![\w'’-])[a-z][a-z'’-]+(?=(\s+[a-z][a-z'’-]+)?)", low):
        for name in (m.group() + (m.group(1) or ""), m.group()):
            if name in _NOT_NAMES or len(name) <= 3:
                continue
            bare = _POSSESSIVE.sub("", name) if name == m.group() else name
            if is_country(name.title()) or (bare != name and len(bare) > 3 and is_country(bare.title())):
                _capitalise(chars, m.start(), m.start() + len(name))
                break

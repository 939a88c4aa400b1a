"""One story country: the places of an article read where the article as a whole is.

A report names its country, provinces, districts and towns; a name several countries share (a
village "Gero", "Obi", "Taji") is read in the country those other names point to, and a small place
of the same name abroad is not where the story happened.  The evidence counts only places: the
countries named for where things happen (not "the border with X", "US-backed"), the admin areas,
the towns and the areas that qualify a name ("X (Y, Z)", "the Borno town of X").  The wording (a
people's name, a force's home country) only breaks ties, as a side may act abroad.

The rule ids are declared in ``extract/classify/places_rules.py`` (``places.story_country_reading``,
``places.same_name_abroad``); :func:`cohere` returns them with the spans it decided, and
:func:`mark_events` puts them on the events whose place they decided.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..extract.classify.places_rules import (BORDER_REFERENCE, DEMONYM_PLACE, FOREIGN_NAMESAKE, PEOPLE_NAME_NOT_PLACE,
                                             SAME_NAME_ABROAD, STORY_COUNTRY, STORY_COUNTRY_EVIDENCE, STORY_COUNTRY_TERMS,
                                             STORY_COUNTRY_READING as STORY_READING)
from ..extract.classify.area_part_rules import ORIGIN_OR_TRIP_REFERENCE
from ..extract.classify.border_rules import BORDER_SIDE, NAME_INSIDE_NAME
from ..extract.classify.global_place_rules import ARABIC_ARTICLE, CAUSE_REFERENCE, UNIT_WORD_COUNTRY
from ..extract.classify.story_reading_rules import COURT_SEAT, SURNAME_OF_NAMED_PERSON
from ..extract.classify.namesake_rules import ALL as NAMESAKE_RULES
from ..extract.classify.news_place_rules import (AREA_IN_NAMED_COUNTRY, AREA_TOWN_OF, RESPELLING_OUTSIDE_AREA,
                                                 SIDING_DEMONYM, WEAK_MATCH_ABROAD)
from ..extract.classify.places_country_rules import LEAD_STORY_COUNTRY, OBSCURE_NAMESAKE, UNREAD_AREA_NAME
from ..lang.loader import load
from ..records import Event, Place
from . import news_places
from .cross_border import tied_to_one_country

# a town this large is a place a reader knows on its own name, wherever the story is
PROMINENT = 100_000
_SHARED_NAME_TOWN = 500_000
# evidence per reading: a country named where things happen, a firm (qualified) place, an admin area
_COUNTRY_WEIGHT = 3.0
_FIRM_WEIGHT = 3.0
_ADMIN_WEIGHT = 2.0
_REFERENCE_WEIGHT = 0.5
_LEAD_MIN = 2.0


def _own(m, p: Place | None) -> Place | None:
    """The mention's own reading: its choice when that is one of its candidates, else its first
    candidate (a qualifier may have put the choice in the area that holds it)."""
    if p is not None and any(c[0] is p for c in m.cands):
        return p
    return m.cands[0][0] if m.cands else None


def _named_country(text: str, m) -> Place | None:
    """The country a mention names by its own name ("Somalia"), however the ranking read it (a
    same-name province abroad), unless its words make it an area ("Niger State")."""
    if not m.names_country or _AREA_WORD.search(text, m.start, m.end) or _AREA_AFTER.match(text, m.end):
        return None
    return next((c[0] for c in m.cands if c[0].feature == "country" and c[0].iso3 == m.names_country), None)


def small(m, p: Place, pathed: bool = False) -> bool:
    """A place too small to be known on its own name abroad: under 100,000 people, or under 500,000
    when places of several countries answer to its name or the story's country is given by an admin
    path ("X (Kalale, Borgou)")."""
    shared = len({c[0].iso3 for c in m.cands if c[0].feature != "country"}) > 1
    return p.population < PROMINENT or (p.population < _SHARED_NAME_TOWN and (shared or pathed))


def _one_country(m) -> bool:
    return len({c[0].iso3 for c in m.cands if not c[2] and c[0].feature != "country"}) <= 1


# words after a country's name that leave it a place ("in Somalia on Monday"), not a modifier
# ("Saudi warplanes", "Congo military")
_AFTER_PLACE = frozenset("""on in at and or to for from after before when since while where with of as over
during but last this that which who whom by is was has have had are were said says say amid near under
until late early""".split())
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")


_AREA_WORD = re.compile(r"\s(?:county|province|state|district|region|governorate|department|prefecture|"
                        r"municipality|local government area|lga)\b", re.IGNORECASE)


_AREA_AFTER = re.compile(r"\s+(?:county|province|state|district|region|governorate|department|prefecture)\b",
                         re.IGNORECASE)


def _area_word(text: str, m) -> bool:
    """The mention is an area by its words: "Lamu County", "Kunar province", "the Niger State Polytechnic"."""
    return m.hint == "admin" or _AREA_WORD.search(text, m.start, m.end) is not None


def attributive(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies the word after it ("Saudi warplanes", "U.S. senators")
    rather than naming a place ("in Somalia on Monday")."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1) not in _AFTER_PLACE


def story_evidence(text: str, mentions, choice, firm: set[int],
                   reference) -> tuple[Counter, set[str], set[str]]:
    """Votes of the article's places for its country (see the module's docstring), one per place
    however often it is named; the countries whose votes may lead (those of two places, or of a
    country, an area or a qualified place); and the countries named where things happen."""
    best: dict[tuple[str, str], float] = {}
    named: set[str] = set()
    for m, p in zip(mentions, choice):
        p = _named_country(text, m) or p
        if p is not None and p.feature == "country":
            weak = reference(m, p) or attributive(text, m.end)
            iso3, w, name = p.iso3, _REFERENCE_WEIGHT if weak else _COUNTRY_WEIGHT, p.name
            if not weak:
                named.add(iso3)
        else:
            own = _own(m, p)
            if own is None or own.feature in ("continent", "country") or not own.iso3:
                continue
            iso3, name = own.iso3, own.name
            if id(m) in firm:
                w = _FIRM_WEIGHT
            elif own.feature in ("admin1", "admin2") or _area_word(text, m):
                # (an area by its words and of one country only is as firm as a qualified place)
                w = _ADMIN_WEIGHT + (1.0 if _area_word(text, m) and _one_country(m) else 0.0) \
                    if (_area_word(text, m) or _one_country(m)) else 1.0
            else:
                w = (1.0 if _one_country(m) else 0.5) + (0.5 if own.population >= PROMINENT else 0.0)
        best[(name, iso3)] = max(best.get((name, iso3), 0.0), w)
    votes: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for (_, iso3), w in best.items():
        votes[iso3] += w
        names[iso3] += 1
    # one town's name alone is no story country: two names, or a country, an area or a qualified place
    strong = {iso3 for iso3 in votes if names[iso3] >= 2 or
              any(v >= _ADMIN_WEIGHT and c == iso3 for (_, c), v in best.items())}
    return votes, strong, named


def story_country(votes: Counter, strong: set[str], named: set[str], cues: dict[str, int]) -> str | None:
    """The country the places point to when one clearly leads: twice any other's votes, or more
    than another's when the article names it and not the other; the wording's cues break a near tie."""
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-(kv[1] + 0.25 * cues.get(kv[0], 0)), kv[0]))
    top, n = ranked[0]
    second, m = ranked[1] if len(ranked) > 1 else ("", 0.0)
    if top not in strong or n < _LEAD_MIN:
        return None
    if n >= 2 * m or (top in named and second not in named and n > m):
        return top
    return None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def _listed(text: str, mentions, choice, reference):
    """``reference`` extended to the names listed after a reference ("the borders with Cameroon and
    Chad": Chad too)."""
    flags: dict[int, bool] = {}
    prev = None
    for m, p in zip(mentions, choice):
        p = _named_country(text, m) or p
        flags[id(m)] = p is not None and (reference(m, p) or (
            prev is not None and flags[id(prev)] and _LIST_GAP.fullmatch(text, prev.end, m.start) is not None))
        prev = m
    return lambda m, p: flags.get(id(m), False)


def cohere(text: str, mentions, choice: list[Place | None], firm: set[int], cues: dict[str, int],
           reference, people=None) -> tuple[list[Place | None], list[tuple[int, int, str]]]:
    """Each place read in the story's country: a name with an entry there takes it
    (``places.story_country_reading``); a small place abroad with no entry there, in a country the
    article neither names, nor points to by its wording, nor places another of its places in, is
    left unresolved (``places.same_name_abroad``).  Returns the new choices and the (start, end, rule id) of the
    mentions it changed.  ``firm`` holds the ids of the mentions an admin path or qualifier fixed;
    ``reference(m, place)`` says a country mention names no event place ("the border with X");
    ``people(name)`` gives the country of a people's name ("Somali"), which is left as it is."""
    keep = [people is not None and people(text[m.start:m.end]) is not None for m in mentions]
    reference = _listed(text, mentions, choice, reference)
    considered = [(m, p) for m, p, k in zip(mentions, choice, keep) if not k]
    iso3 = story_country(*story_evidence(text, [m for m, _ in considered], [p for _, p in considered],
                                         firm, reference), cues)
    if iso3 is None:
        return choice, []
    pathed = any(id(m) in firm and p is not None and p.iso3 == iso3 for m, p in zip(mentions, choice))
    areas = {p.name for p in choice if p is not None and p.feature == "admin1" and p.iso3 == iso3}
    spoken = {p.iso3 for p in choice if p is not None and p.feature == "country"} | set(cues)
    out = list(choice)
    decided: list[tuple[int, int, str]] = []
    for k, (m, p) in enumerate(zip(mentions, choice)):
        if keep[k] or p is None or p.iso3 == iso3 or id(m) in firm or p.feature in ("continent", "country"):
            continue
        country = _named_country(text, m)
        if country is not None:
            if country.iso3 == iso3:
                out[k] = country  # the story's country by its name, not a same-name area abroad
                decided.append((m.start, m.end, STORY_READING))
            continue
        inside = [c for c in m.cands if c[0].iso3 == iso3 and c[0].feature != "country"]
        moved = not any(c[0] is p for c in m.cands)  # (put in its qualifier's area)
        if inside:
            # (in a province the article names, when one is: "Barcelona, in Sorsogon province")
            inside = [c for c in inside if c[0].admin1 in areas] or inside
            best = max(inside, key=lambda c: c[1])[0]
            moved = moved or best.admin1 in areas
            if moved or p.population < PROMINENT or best.population >= p.population:
                out[k] = best
                decided.append((m.start, m.end, STORY_READING))
        elif not m.cands or (p.iso3 not in spoken and small(m, p, pathed) and not any(
                q is not None and q.iso3 == p.iso3 and q.geonameid != p.geonameid for q in choice)):
            # (a name read only through its qualifier follows that qualifier's own reading)
            out[k] = None
            decided.append((m.start, m.end, SAME_NAME_ABROAD))
    return out, decided


def mark_events(events, decisions) -> list[Event]:
    """Each event whose place (or, when unplaced there, whose sentence) holds a decided mention gets
    the rule's id in its rules and as the decider of its location."""
    if not decisions:
        return list(events)
    out = []
    for e in events:
        spans = dict(e.evidence)
        where = spans.get("location")
        sentence = spans.get("event_type")
        hit = None
        for s, t, rule in decisions:
            if where is not None and where.start <= s and t <= where.end:
                hit = rule
                break
            if hit is None and rule in (SAME_NAME_ABROAD, FOREIGN_NAMESAKE, WEAK_MATCH_ABROAD, OBSCURE_NAMESAKE,
                                        SIDING_DEMONYM, AREA_IN_NAMED_COUNTRY, ORIGIN_OR_TRIP_REFERENCE, PEOPLE_NAME_NOT_PLACE,
                                        CAUSE_REFERENCE, UNIT_WORD_COUNTRY, ARABIC_ARTICLE, AREA_TOWN_OF,
                                        RESPELLING_OUTSIDE_AREA, BORDER_SIDE, NAME_INSIDE_NAME, SURNAME_OF_NAMED_PERSON, COURT_SEAT,
                                        *NAMESAKE_RULES) \
                    and sentence is not None and sentence.start <= s and t <= sentence.end:
                hit = rule
        if hit is None:
            out.append(e)
            continue
        decided = tuple((f, r) for f, r in e.decided_by if f != "location") + (("location", hit),)
        out.append(replace(e, rules=tuple(dict.fromkeys((*e.rules, hit))), decided_by=decided))
    return out


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {e.entry: e.get("kind") or "" for e in load("country_terms").entries}


def _term_uses(text: str) -> list[tuple[str, str, str]]:
    """(word, ISO3, kind) of each distinct national word of the text."""
    pattern, iso3 = _terms()
    kinds = _kinds()
    words = {m.group() for m in pattern.finditer(text)}
    return [(w, iso3[w], kinds.get(w, kinds.get(w.lower(), kinds.get(w[:1].lower() + w[1:], ""))))
            for w in sorted(words)]


@lru_cache(maxsize=1)
def _terms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The words one country alone uses (``lang/en/country_terms.tsv``): a pattern and word -> ISO3.
    A word written in lower case also matches with its first letter capitalised at a sentence's start."""
    wc = load("country_terms")
    iso3 = {e.entry: e.get("iso3") for e in wc.entries}
    forms = []
    for w in sorted(iso3, key=len, reverse=True):
        forms.append(re.escape(w))
        if w.islower():
            iso3[w[0].upper() + w[1:]] = iso3[w]
            forms.append(r"(?:(?<=^)|(?<=[.!?:]\s))" + re.escape(w[0].upper() + w[1:]))
            # a unit's or an office's name in title case: "Barangay Tagdon", "Deputy County Commissioner"
            title = " ".join(x[0].upper() + x[1:] for x in w.split())
            iso3[title] = iso3[w]
            forms.append(re.escape(title) + (r"(?=\s[A-Z])" if " " not in w else ""))
    # ("anti-IEBC protests", "pro-Kenyatta youths": the word still names the country's institution)
    # ("Anti-IEBC" at a sentence's start as well)
    return re.compile(r"(?:(?<![\w-])|(?<=\b[Aa]nti-)|(?<=\b[Pp]ro-))(?:" + "|".join(forms) + r")(?![\w-])",
                      re.MULTILINE), iso3


def country_terms(text: str) -> Counter:
    """Countries the article's national vocabulary points to, one vote per distinct word: an election
    commission, a local-government unit, an office, a currency or a vehicle that one country alone
    has ("IEBC", "Local Government Area", "naira", "barangay")."""
    pattern, iso3 = _terms()
    return Counter(iso3[w] for w in {m.group() for m in pattern.finditer(text)})


# ---- the story's country from all of a coder's evidence ---------------------------------------------
#
# Every ACLED event has the country where it happened, and a coder reads it from the whole report: the
# places it names, its national institutions, offices and currency, the state's forces and the national
# parties.  A people's name on a side says little ("Somali gunmen", "Fulani herders": identity militias
# are named by their people and by the country where they operate), and an armed group or a foreign
# force may act abroad.  The weights below say how much each kind of evidence counts.

_W_TERM = 3.0        # a word one country alone uses: its election commission, an office, a currency
_W_FIGURE = 1.0      # a national leader's name (leaders are named in other countries' news too)
_W_STATE = 2.0       # a state's forces or officials, a national party, named by their own name
_W_BOUND = 1.0       # an armed or communal group bound to a country, or forces named with a nationality
_W_DEMONYM = 1.0     # a nation's name on a side ("Kenyan officials", "Tanzanian fishermen")
_W_PEOPLE = 0.5      # a people's name, for its home country in the actor dictionary ("Pokot raiders")
_W_PEOPLE_NATION = 0.25  # ... for the nation of the same name ("Somali gunmen": Somali people live abroad)
_W_DEMONYM_PLACE = 3.0  # a people's name before a settlement word ("a Kenyan village")
_PLACE_W = {"city": 3.0, "admin2": 2.0, "admin1": 2.0, "country": 3.0}
_W_REFERENCE = 1.0   # a country named as a reference point ("the border with Somalia")
_W_UNREAD_AREA = 1.0  # an area's name not read as a place ("a Homa Bay CEC member", "the MP for Changamwe")
_ABROAD_LEAD = 3.0   # the story's evidence, the name set aside, that a lone namesake abroad must face
_ABROAD_OTHER = 1.0  # evidence for the namesake's own country from which the text "says so"
_KNOWN_ABROAD = 1_000_000  # a city this large is read where it is, whatever the story's country


def national_evidence(text: str, actor_mentions, wording: Counter, demonym_places: Counter,
                      border: set[str]) -> tuple[Counter, Counter]:
    """Votes of the article's wording for its country (``places.story_country_evidence``): national
    terms (``lang/en/country_terms.tsv``), the sides the actor dictionary binds to a country (a state's
    forces and parties by their own name count more than groups and forces named with a nationality),
    a people's name before a settlement word, and the peoples' and nations' names (``wording``, see
    :func:`wording_votes`); a nation's name used for a border (``border``) is no vote.  Returns the
    votes and their firm part: the evidence of a country's own institutions, offices, units, forces
    and parties and of "a Kenyan village", which foreign sides (forces named with their nationality,
    groups that act abroad, peoples) do not give."""
    votes: Counter[str] = Counter()
    firm: Counter[str] = Counter()
    for word, iso3, kind in _term_uses(text):
        votes[iso3] += _W_FIGURE if kind == "national figure" else _W_TERM
        firm[iso3] += 0.0 if kind == "national figure" else _W_TERM
    seen: set[str] = set()
    for s, e, actor in actor_mentions:
        form = text[s:e].lower()
        if not tied_to_one_country(actor) or form in seen:
            continue  # (a group acting in several countries says nothing of where: places.cross_border_group)
        seen.add(form)
        own_name = actor.type in (1, 3) and not demonyms_in(text[s:e], actor.country)
        votes[actor.country] += _W_STATE if own_name else _W_BOUND
        firm[actor.country] += _W_STATE if own_name else 0.0
    for iso3, w in wording.items():
        if iso3 not in border:
            votes[iso3] += w
    for iso3, n in demonym_places.items():
        votes[iso3] += _W_DEMONYM_PLACE * n
        firm[iso3] += _W_DEMONYM_PLACE * n
    return votes, firm


def unread_areas(text: str, toponyms, modifier, scan, candidates) -> Counter:
    """Votes of the areas' names the text uses but not as places where things happen
    (``places.unread_area_name``): a province's, county's or district's name in an office's or a body's
    title ("a Homa Bay CEC member", "the MP for Changamwe", "the Kano emirate council").  Such a name
    says which country the story is in, not where the event is: one vote per distinct name whose entries
    in the index (``candidates(name)``) lie in one country alone and include a first-level area, or a
    second-level one when the geoparser read the name as that area (``modifier(t)``: a toponym used as a
    modifier).  A toponym read as a place is counted with the places.  ``scan(text)`` gives the spans of
    the known names."""
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for s, e in scan(text):
        name = text[s:e]
        over = [t for t in toponyms if t.start < e and s < t.end]
        if name.lower() in seen or any(t.place is not None and not modifier(t) for t in over):
            continue
        seen.add(name.lower())
        found = candidates(name)
        countries = {p.iso3 for p in found}
        areas = ("admin1", "admin2") if any(t.place is not None for t in over) else ("admin1",)
        if len(countries) == 1 and "" not in countries and any(p.feature in areas for p in found):
            votes[next(iter(countries))] += _W_UNREAD_AREA
    return votes


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")


def wording_votes(text: str, demonym, people, country_name) -> Counter:
    """Votes of the peoples' and nations' names, one per distinct word: a nation's name on a side
    ("Kenyan officials", "Tanzanian fishermen") 1; a people's name that is also a nation's ("Somali
    gunmen") a quarter to the nation and a half to the people's home country in the actor dictionary;
    a people's name alone ("Pokot raiders") a half to its home.  ``demonym(word)`` gives a nation's
    country, ``people(word)`` a people's home country, ``country_name(word)`` whether the word is a
    country's own name (a place, counted with the places)."""
    from .actors import siding
    from .non_sides import qualifies_a_thing

    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        if siding(text, m.start()):
            continue  # "pro-Russian fighters" (``places.siding_demonym``)
        for form in dict.fromkeys((m.group(), *m.group().split())):  # ("Two Kenyan herders": the second word)
            if form in seen:
                continue
            if qualifies_a_thing(text, m.start() + m.group().index(form) + len(form)):
                break  # "a Chinese company", "the US dollar" (``places.nationality_of_a_thing``)
            seen.add(form)
            nation = demonym(form)
            nation = None if nation is not None and country_name(form) else nation
            home = people(form)
            if nation is None and home is None:
                continue
            if home is not None:
                votes[home] += _W_PEOPLE
            if nation is not None:
                votes[nation] += _W_PEOPLE_NATION if home is not None else _W_DEMONYM
            break
    return votes


def nation_words(text: str, demonym, country_name) -> Counter:
    """Each use of a nation's name for its people or institutions ("the Honduran army", "Colombian
    prosecutors", "a Nicaraguan lawyer"), counted per country as often as the article uses one; not a
    country's own name (a place, counted with the places), a side's name after "pro-" or "anti-", nor a
    word that qualifies a firm, a product, money or a mission (``places.nationality_of_a_thing``)."""
    from .actors import siding
    from .non_sides import qualifies_a_thing

    counts: Counter[str] = Counter()
    for m in re.finditer(r"(?<![\w-])[A-Z][a-z]+", text):
        word = m.group()
        nation = demonym(word)
        if nation is None or country_name(word) or siding(text, m.start()) or qualifies_a_thing(text, m.end()):
            continue
        counts[nation] += 1
    return counts


def demonyms_in(form: str, iso3: str) -> bool:
    """Whether a side's name carries its country's name or people's name ("Kenyan police", "Uganda
    People's Defence Force"): such a force is named as one that may be abroad."""
    from .actors import demonym_to_iso3
    return any(demonym_to_iso3(w) == iso3 for w in re.findall(r"[A-Z][a-z]+", form))


def place_evidence(text: str, toponyms, use, country_name) -> dict[tuple[str, str], float]:
    """Votes of the article's places, one per (country, name) however often it is named: a town or a
    country named where things happen 3, a province or district 2, another feature 1, a country named
    as a reference point or before a noun ("Sudan refugees") 1; ``use(t)`` says "event", "reference"
    or "modifier" (no vote: "the US dollar"); a people's name read as its country ("Somali") is
    counted with the wording, and ``country_name(word)`` tells a country's own name from it."""
    best: dict[tuple[str, str], float] = {}
    for t in toponyms:
        if t.place is None or not t.place.iso3:
            continue
        kind = use(t)
        if kind == "modifier" or (t.place.feature == "country" and not country_name(t.text)):
            continue
        if kind == "event" and t.place.feature == "country" and attributive(text, t.end):
            kind = "reference"
        w = _W_REFERENCE if kind == "reference" else _PLACE_W.get(t.place.feature, 1.0)
        key = (t.place.iso3, t.text.lower())
        best[key] = max(best.get(key, 0.0), w)
    return best


_LEAD_PLACE = 2.0  # a place the headline or the lead paragraph names counts this many times


def lead_places(toponyms, lead_end: int, text: str) -> frozenset[tuple[str, str]]:
    """The (country, name) of the places the headline, the dateline or the lead paragraph names
    (before ``lead_end``), when a body follows the lead (``places.lead_story_country``): a note of
    one paragraph is all lead, and its places count alike."""
    if lead_end >= len(text.rstrip()):
        return frozenset()
    return frozenset((t.place.iso3, t.text.lower()) for t in toponyms
                     if t.start < lead_end and t.place is not None and t.place.iso3)


def weigh_story(places: dict[tuple[str, str], float], national: Counter,
                lead: frozenset[tuple[str, str]] = frozenset()) -> str | None:
    """The country with the most evidence, places and wording together, when one leads; a place the
    lead names (``lead``, see :func:`lead_places`) counts ``_LEAD_PLACE`` times."""
    total: Counter[str] = Counter(national)
    for key, w in places.items():
        total[key[0]] += w * (_LEAD_PLACE if key in lead else 1.0)
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] <= 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _support(places: dict[tuple[str, str], float], national: Counter, iso3: str, name: str) -> float:
    return national.get(iso3, 0.0) + sum(w for (c, n), w in places.items() if c == iso3 and n != name)


def _firm_story(places: dict[tuple[str, str], float], national: Counter, firm: Counter, iso3: str,
                name: str) -> bool:
    """The story's country stands without the name: its evidence reaches ``_ABROAD_LEAD`` and holds
    more than one town's name (its own institutions, forces or parties, or two places)."""
    others = [w for (c, n), w in places.items() if c == iso3 and n != name]
    return _support(places, national, iso3, name) >= _ABROAD_LEAD and (
        firm.get(iso3, 0.0) >= _W_STATE or len(others) >= 2)


def _namesake_abroad(t, iso3: str, places: dict[tuple[str, str], float], national: Counter, firm: Counter,
                     text: str) -> bool:
    p, name = t.place, t.text.lower()
    if p is None or not p.iso3 or p.iso3 == iso3 or p.feature in ("country", "continent") \
            or p.population >= _KNOWN_ABROAD or (p.iso3, name) not in places:
        return False
    if _AREA_WORD.search(t.text) or (text and _AREA_AFTER.match(text, t.end)):
        return False  # ("Sorsogon province": the text says which kind of place, the area's own country)
    return _firm_story(places, national, firm, iso3, name) and \
        _support(places, national, p.iso3, name) < _ABROAD_OTHER


def foreign_namesakes(toponyms, iso3: str | None, places: dict[tuple[str, str], float], national: Counter,
                      firm: Counter, lookup, text: str = "") -> tuple[list, list[tuple[int, int, str]]]:
    """A place read abroad, in a country nothing else in the text points to, while the story's
    evidence (the name set aside) is strong, is read in the story's country
    (``places.foreign_namesake``): the same name there (``lookup(name, iso3)``), else no place, so that
    the event falls back to the story's other places or its country.  A named country, an area named
    with its word ("Sorsogon province", "Madera County"), a city of a million and a place whose country
    the text speaks of otherwise stay where they are.  Returns the
    toponyms and the (start, end, rule id) of those it changed."""
    # ("Taji" read as Japan's Taiji by another of its names: places.weak_match_abroad)
    toponyms, decided = news_places.weak_matches_abroad(toponyms, places, national, lookup)
    if iso3 is None:
        return list(toponyms), decided
    out = []
    named = _country_named(toponyms, iso3, places)
    for t in toponyms:
        if _namesake_abroad(t, iso3, places, national, firm, text):
            out.append(replace(t, place=lookup(t.text, iso3)))
            decided.append((t.start, t.end, FOREIGN_NAMESAKE))
        elif named and _area_abroad(t, iso3, places, national, text):
            out.append(replace(t, place=lookup(t.text, iso3)))
            decided.append((t.start, t.end, AREA_IN_NAMED_COUNTRY))
        else:
            out.append(t)
    return out, decided


def _country_named(toponyms, iso3: str, places: dict[tuple[str, str], float]) -> bool:
    """Whether the text names the country ``iso3`` where things happen ("in the east of Congo")."""
    return any(u.place is not None and u.place.feature == "country" and u.place.iso3 == iso3
               and places.get((iso3, u.text.lower()), 0.0) >= _COUNTRY_WEIGHT for u in toponyms)


def _area_abroad(t, iso3: str, places: dict[tuple[str, str], float], national: Counter, text: str) -> bool:
    """An area named with its word ("the Beni region") read abroad, in a country nothing else in the
    text points to, while the text names the story's country ``iso3`` (the caller checks:
    ``_country_named``) (``places.area_in_named_country``)."""
    p, name = t.place, t.text.lower()
    if p is None or not p.iso3 or p.iso3 == iso3 or p.feature in ("country", "continent") \
            or p.population >= _KNOWN_ABROAD or (p.iso3, name) not in places:
        return False
    if not (_AREA_WORD.search(t.text) or (text and _AREA_AFTER.match(text, t.end))):
        return False
    return _support(places, national, p.iso3, name) < _ABROAD_OTHER


_STORY_ONLY = frozenset({STORY_COUNTRY, STORY_COUNTRY_TERMS, DEMONYM_PLACE, BORDER_REFERENCE})


def credit_lead(events) -> list[Event]:
    """Events placed only by the story's country, when weighing the lead's places more chose that
    country, credit ``places.lead_story_country``."""
    out = []
    for e in events:
        by = dict(e.decided_by)
        if by.get("location") not in _STORY_ONLY | {STORY_COUNTRY_EVIDENCE}:
            out.append(e)
            continue
        by["location"] = LEAD_STORY_COUNTRY
        out.append(replace(e, rules=e.rules + (LEAD_STORY_COUNTRY,), decided_by=tuple(by.items())))
    return out


def credit_story(events) -> list[Event]:
    """Events placed only by the story's country, when the weighed evidence chose that country (and
    the places alone or the wording alone would have chosen another), credit
    ``places.story_country_evidence``."""
    out = []
    for e in events:
        by = dict(e.decided_by)
        if by.get("location") not in _STORY_ONLY:
            out.append(e)
            continue
        by_before, by["location"] = by["location"], STORY_COUNTRY_EVIDENCE
        rules = tuple(STORY_COUNTRY_EVIDENCE if r == by_before else r for r in e.rules)
        out.append(replace(e, rules=rules, decided_by=tuple(by.items())))
    return out


def credit_unread(events) -> list[Event]:
    """Events placed only by the story's country, when the names of provinces the geoparser did not
    read as places (:func:`unread_areas`) chose that country, credit ``places.unread_area_name``."""
    out = []
    for e in events:
        by = dict(e.decided_by)
        if by.get("location") not in _STORY_ONLY | {STORY_COUNTRY_EVIDENCE, LEAD_STORY_COUNTRY}:
            out.append(e)
            continue
        by["location"] = UNREAD_AREA_NAME
        out.append(replace(e, rules=e.rules + (UNREAD_AREA_NAME,), decided_by=tuple(by.items())))
    return out

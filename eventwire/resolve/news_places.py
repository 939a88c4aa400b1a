"""Reading news prose's places as a reader does: a well-known city named alone is that city
(``places.rank.prominent_place``), and a small place abroad reached only through another of its
names or spellings yields to the story's country (``places.weak_match_abroad``).  The rule ids are
declared in ``extract/classify/news_place_rules.py``."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..extract.classify.news_place_rules import WEAK_MATCH_ABROAD
from ..records import Place
from .gazetteer_build import neighbours, normalize, strip_admin, strip_article

# a city this large, or a national capital this large, stands alone in news prose
PROMINENT_CITY = 1_000_000
PROMINENT_CAPITAL = 100_000
# how many times the namesake chosen must be smaller for the well-known city to win
PROMINENCE_RATIO = 20
# a place this small, matched by another name only, is weak evidence of its own country
WEAK_SMALL = 50_000
# the least evidence for the story's country (the name set aside) that a weak match abroad yields to
WEAK_STORY_MIN = 1.0
# ... when the weak match lies in a country bordering the story's: a named country or town
WEAK_NEIGHBOUR_MIN = 3.0


def prominent_namesake(cands, chosen: Place, capitals: frozenset[int], province_named: bool,
                       hint_iso3: str | None):
    """The candidate (of ``cands``, (place, prior, alternate) triples) that is a national capital or a
    city of a million people, matched on its own name, in another country than ``chosen`` and at least
    ``PROMINENCE_RATIO`` times its size; None when the text names ``chosen``'s province
    (``province_named``) or the caller's country hint is ``chosen``'s."""
    if chosen.feature not in ("city", "admin2") or province_named or hint_iso3 == chosen.iso3:
        return None
    best = max((c for c in cands if c[0].feature == "city" and not c[2]), key=lambda c: c[0].population,
               default=None)
    if best is None or best[0].iso3 == chosen.iso3:
        return None
    big = best[0]
    known = big.population >= PROMINENT_CITY or (big.geonameid in capitals and big.population >= PROMINENT_CAPITAL)
    if not known or big.population < PROMINENCE_RATIO * max(chosen.population, 1):
        return None
    return best


def known_by_other_name(name: str, p: Place, capitals: frozenset[int]) -> bool:
    """Whether ``p``, reached by ``name`` through one of its other names, is a city known abroad by
    that name ("Kiev", "Bombay"): a national capital of ``PROMINENT_CAPITAL`` people or a city of
    ``PROMINENT_CITY``, named with a capitalised word of four letters or more."""
    if p.feature != "city" or len(name) < 4 or not name[:1].isupper():
        return False
    return p.population >= PROMINENT_CITY or (p.geonameid in capitals and p.population >= PROMINENT_CAPITAL)


def weak_match(name: str, p: Place) -> bool:
    """Whether the text's ``name`` reaches the small town or district ``p`` only through another of its
    names or spellings (not its own name, with or without an article or admin word)."""
    if p.feature not in ("city", "admin2") or p.population >= WEAK_SMALL:
        return False
    own = normalize(p.name)
    keys = {own, strip_admin(own), strip_article(own), strip_article(strip_admin(own))}
    said = normalize(name)
    return not keys & {said, strip_admin(said), strip_article(said), strip_article(strip_admin(said))}


def _weak_story(toponyms, places: dict[tuple[str, str], float], national):
    """The weakly matched names (``weak_match``), the evidence per country with them set aside, and the
    countries that lead it (with at least ``WEAK_STORY_MIN``)."""
    weak = {t.text.lower() for t in toponyms if t.place is not None and weak_match(t.text, t.place)}
    total: Counter[str] = Counter({k: v for k, v in national.items() if v > 0})
    for (iso3, name), w in places.items():
        if name not in weak:
            total[iso3] += w
    top = max(total.values(), default=0.0)
    leaders = sorted(k for k, v in total.items() if v == top) if weak and top >= WEAK_STORY_MIN else []
    return weak, total, leaders


def _abroad(t, weak: set[str], total: Counter, leaders: list[str]) -> bool:
    if not leaders or t.place is None or t.text.lower() not in weak or total.get(t.place.iso3, 0.0) >= WEAK_STORY_MIN:
        return False
    # (a border country's village yields only to a story whose country is named or has a town named)
    bordering = any(t.place.iso3 in neighbours().get(iso3, ()) for iso3 in leaders)
    return not bordering or total[leaders[0]] >= WEAK_NEIGHBOUR_MIN


def weak_set_aside(toponyms, places: dict[tuple[str, str], float], national) -> dict[tuple[str, str], float]:
    """The place evidence without the weak matches abroad (``weak_matches_abroad``), for weighing the
    story's country."""
    weak, total, leaders = _weak_story(toponyms, places, national)
    drop = {(t.place.iso3, t.text.lower()) for t in toponyms if _abroad(t, weak, total, leaders)}
    return {k: v for k, v in places.items() if k not in drop} if drop else places


def weak_matches_abroad(toponyms, places: dict[tuple[str, str], float], national, lookup):
    """The toponyms with each weak match abroad (``weak_match``) read in the story's country: the
    countries with the most evidence once every weak match is set aside (the places the article names
    elsewhere, ``places``, and its national wording, ``national``), when its own country has none of that
    evidence; the name's entry there (``lookup(name, iso3)``, in the first leading country that has one),
    else no place.  Returns the toponyms and the (start, end, rule id) of those it changed."""
    weak, total, leaders = _weak_story(toponyms, places, national)
    out, decided = [], []
    for t in toponyms:
        if not _abroad(t, weak, total, leaders):
            out.append(t)
            continue
        found = next((q for q in (lookup(t.text, iso3) for iso3 in leaders) if q is not None), None)
        out.append(replace(t, place=found))
        decided.append((t.start, t.end, WEAK_MATCH_ABROAD))
    return out, decided


# --- respellings: one name romanised another way (``places.respelling``) -------------------------

# letters whose romanisations differ from one writer to another (Arabic, Persian, Pashto, Somali names):
# the pairs are read alike, the vowels and a weak "h" are dropped after the first letter
_SAME_SOUND = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("q", "k"),
               ("ou", "u"), ("ee", "i"), ("oo", "u"))
_DROPPED = frozenset("aeiouyhw")
# least rapidfuzz ratio between the two folded spellings, beside the same skeleton ('zabol'/'zabul' is
# 80, 'mahmoudiya'/'mahmudiyah' is 90, 'baluchistan'/'balochistan' is 91; 'sogan'/'shaoguan' is 77)
RESPELLING_MIN = 80.0
# the fewest consonants a respelt name's skeleton has; one of exactly this many is read as a province or
# district only ('ninewa'/'ninawa' is 'nn', 83 alike)
SHORT_SKELETON = 2
# a respelling read without a story country: a province, or a town this large
RESPELLING_ANYWHERE_POP = 100_000
# ... and the least ratio then ('pasawand'/'paysandu' is 75, 'makrud'/'makurdi' 77)
RESPELLING_ANYWHERE_MIN = 80.0


def same_sounds(k: str) -> str:
    """``k`` with the letter pairs romanisations write differently merged ("kh" -> "k", "ou" -> "u")."""
    for a, b in _SAME_SOUND:
        k = k.replace(a, b)
    return k


def _fold(key: str) -> str:
    """The name without its article and spaces, with the letter pairs romanisations vary merged."""
    return same_sounds(strip_article(key).replace(" ", ""))


def skeleton(key: str) -> str:
    """The consonant skeleton of a normalised name: article and spaces dropped, the letter pairs that
    romanisations write differently merged, vowels (and a weak h, w, y) dropped after the first letter,
    doubled letters written once ('al mahmudiyah' and 'mahmoudiya' -> 'mmd'; 'zabol', 'zabul' -> 'zbl')."""
    k = _fold(key)
    k = "".join(ch for i, ch in enumerate(k) if ch.isalpha() and (i == 0 or ch != k[i - 1]))
    return k[:1] + "".join(ch for ch in k[1:] if ch not in _DROPPED)


def respelling(key: str, table: dict[str, list[Place]], admin_only: bool = False,
               least: float = RESPELLING_MIN) -> list[Place]:
    """The places of ``table`` (normalised name -> places) whose name is ``key`` written another way:
    the same skeleton, at least ``RESPELLING_MIN`` alike, and the best alike of those; ``admin_only``
    keeps provinces and districts."""
    from rapidfuzz import fuzz

    sk = skeleton(key)
    if len(sk) < SHORT_SKELETON or len(key) < 5:
        return []
    if len(sk) == SHORT_SKELETON:
        # (a name of two consonants, 'ninewa'/'ninawa': only a province or district so written, of a name
        # of six letters or more: ``places.respelling``)
        if len(key.replace(" ", "")) < 6:
            return []
        admin_only = True
    plain = _fold(key)
    best, score = [], least
    for name, places in _skeletons(id(table), table).get(sk, ()):
        if len(sk) == SHORT_SKELETON and len(_fold(name)) != len(plain):
            # (two consonants leave room for a vowel written otherwise, not for a syllable more or
            # less: 'chawama' is no respelling of 'chama')
            continue
        r = fuzz.ratio(plain, _fold(name))
        kept = [p for p in places if not admin_only or p.feature in ("admin1", "admin2")]
        if kept and r >= score:
            best, score = (best + kept if r == score else kept), r
    return best


_SKELETON_CACHE: dict[int, tuple[dict, dict[str, list[tuple[str, list[Place]]]]]] = {}


def _skeletons(key: int, table: dict[str, list[Place]]) -> dict[str, list[tuple[str, list[Place]]]]:
    """The names of ``table`` grouped by skeleton, built once per table."""
    hit = _SKELETON_CACHE.get(key)
    if hit is not None and hit[0] is table:
        return hit[1]
    grouped: dict[str, list[tuple[str, list[Place]]]] = {}
    for name, places in table.items():
        grouped.setdefault(skeleton(name), []).append((name, places))
    _SKELETON_CACHE[key] = (table, grouped)
    return grouped


def respelt_anywhere(key: str, table: dict[str, list[Place]], admin_only: bool = False) -> list[Place]:
    """A respelling of ``key`` among the provinces and large towns of every country (``table``), read
    only when all its entries lie in one country."""
    found = respelling(key, table, admin_only, RESPELLING_ANYWHERE_MIN)
    return found if len({p.iso3 for p in found}) == 1 else []

"""One place name written another way (``places.name_variant``): the same letters spaced, hyphenated
or closed up ("Beled Weyne" / "Beledweyne"), with or without an Arabic article inside it ("Ain al-Tamr"
/ "Ain Tamr"), a final "h" after a vowel ("Qayyara" / "Al Qayyarah"), doubled letters written once and
the letter pairs romanisations write differently (kh/k, q/k, ou/u; see ``news_places._SAME_SOUND``).
Two names with the same :func:`compact` form are one name, however the writer spaced or romanised it.

The deciding code is called from the gazetteer's reading of names it lacks (``resolve/places.py``
``_fuzzy`` in the story's countries, ``_respell_anywhere`` without one); the rule is declared in
``extract/classify/name_variant_rules.py``."""
from __future__ import annotations

from ..records import Place
from .gazetteer_build import ARTICLES, normalize, strip_admin
from .news_places import _SAME_SOUND

# a compact form this short is too common a letter string to be read as one place anywhere
COMPACT_MIN = 5
# ... and, read without a story country, the least length (short strings recur between countries)
COMPACT_ANYWHERE_MIN = 5


def compact(key: str) -> str:
    """The normalised name (``gazetteer_build.normalize``) without its articles, spaces and admin word,
    a final "h" after a vowel dropped, the letter pairs romanisations vary merged and doubled letters
    written once: 'beled weyne' and 'beledweyne' -> 'beledweyne'; 'al qayyarah' and 'qayyara' ->
    'kayara'; 'ain al tamer' -> 'aintamer'."""
    words = strip_admin(key).split()
    if len(words) > 1:
        words = [w for w in words if w not in ARTICLES] or words
    k = "".join(words)
    if len(k) > 3 and k.endswith("h") and k[-2] in "aeiou":
        k = k[:-1]
    for a, b in _SAME_SOUND:
        k = k.replace(a, b)
    return "".join(ch for i, ch in enumerate(k) if i == 0 or ch != k[i - 1])


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name written another way (the same :func:`compact` form)."""
    ca = compact(normalize(a))
    return len(ca) >= COMPACT_MIN and ca == compact(normalize(b))


_GROUPED: dict[int, tuple[dict, dict[str, list[Place]]]] = {}


def _grouped(table: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """The places of ``table`` (normalised name -> places) by compact form, built once per table."""
    hit = _GROUPED.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    grouped: dict[str, list[Place]] = {}
    for name, places in table.items():
        grouped.setdefault(compact(name), []).extend(places)
    _GROUPED[id(table)] = (table, grouped)
    return grouped


def variants_in(key: str, table: dict[str, list[Place]], least: int = COMPACT_MIN) -> list[Place]:
    """The places of ``table`` whose name is ``key`` (a normalised name) written another way."""
    k = compact(key)
    if len(k) < least:
        return []
    return list(_grouped(table).get(k, ()))


def variant_anywhere(key: str, table: dict[str, list[Place]]) -> list[Place]:
    """The places of every country (``table``) whose name is ``key`` written another way, when all of
    them lie in one country (else none: the writer's spelling does not say which is meant)."""
    found = variants_in(key, table, COMPACT_ANYWHERE_MIN)
    return found if len({p.iso3 for p in found}) == 1 else []


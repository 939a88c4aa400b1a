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
from .news_places import same_sounds

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
    k = same_sounds(k)
    return k[:1] + "".join([ch for ch, before in zip(k[1:], k) if ch != before])


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name written another way (the same :func:`compact` form)."""
    ca = compact(normalize(a))
    return len(ca) >= COMPACT_MIN and ca == compact(normalize(b))


class VariantTable:
    """The places a name written another way may stand for, held light: the compact forms of their
    names with a key for each place (the places themselves are read by ``fetch`` when a form matches),
    and the provinces and districts whose names carry a position word, by the name they share.

    ``rows`` are (normalised name, key, feature, row) in the order the places rank (most populous
    first); ``make`` turns a row into a :class:`Place`; ``fetch`` turns keys into their places, in order."""

    def __init__(self, rows, make, fetch):
        by_name: dict[str, list] = {}
        self.regions: dict[str, list[Place]] = {}
        for name, key, feature, row in rows:
            by_name.setdefault(name, []).append(key)
            core = _core(name) if feature in ("admin1", "admin2") else None
            if core is not None:
                self.regions.setdefault(core, []).append(make(row))
        self.forms: dict[str, list] = {}
        for name, keys in by_name.items():
            self.forms.setdefault(compact(name), []).extend(keys)
        self.fetch = fetch

    @classmethod
    def of(cls, places) -> VariantTable:
        """A table of ``places`` held in memory (a place's position in the list is its key)."""
        places = list(places)
        return cls(((normalize(p.name), k, p.feature, p) for k, p in enumerate(places)), lambda p: p,
                   lambda keys: [places[k] for k in keys])


def variants_in(key: str, table: VariantTable, least: int = COMPACT_MIN) -> list[Place]:
    """The places of ``table`` whose name is ``key`` written another way."""
    k = compact(normalize(key))
    keys = table.forms.get(k) if len(k) >= least else None
    return table.fetch(keys) if keys else []


def variant_anywhere(key: str, table: VariantTable) -> list[Place]:
    """The places of every country (``table``) whose name is ``key`` written another way, when all of
    them lie in one country (else none: the writer's spelling does not say which is meant)."""
    found = variants_in(key, table, COMPACT_ANYWHERE_MIN)
    return found if len({p.iso3 for p in found}) == 1 else []



# --- a region named by the units that share its name (``places.region_of_units``) ---------------------

# the words that set apart the units of one region: "North Darfur", "Nord-Kivu", "Western Equatoria"
_POSITION = frozenset("""north south east west central northern southern eastern western upper lower middle
nord sud est ouest centre centrale oriental orientale occidental""".split())
# a word some indexes keep after a district's name ("South Waziristan Agency")
_UNIT_TAIL = frozenset({"agency", "district", "region", "province", "state"})

def _core(key: str) -> str | None:
    """The name a unit shares with its neighbours, without its position word: 'north darfur' ->
    'darfur', 'sud kivu' -> 'kivu', 'south waziristan agency' -> 'waziristan'; None without one."""
    words = key.split()
    while len(words) > 1 and words[-1] in _UNIT_TAIL:
        words = words[:-1]
    if len(words) > 1 and words[0] in _POSITION:
        return " ".join(words[1:])
    if len(words) > 1 and words[-1] in _POSITION:
        return " ".join(words[:-1])
    return None


def region_of_units(key: str, table: VariantTable) -> tuple[str, str | None] | None:
    """A region's name (``key``, normalised) that two or more provinces of one country, or districts of
    one province, carry with a position word ("Darfur": North, South, West, East and Central Darfur):
    (the country's ISO3, None) for provinces, (ISO3, the province's name) for districts; else None."""
    units = table.regions.get(key, [])
    if len({(p.iso3, p.feature, p.name) for p in units}) < 2 or len({p.iso3 for p in units}) != 1:
        return None
    if all(p.feature == "admin1" for p in units):
        return units[0].iso3, None
    provinces = {p.admin1 for p in units if p.feature == "admin2"}
    if all(p.feature == "admin2" for p in units) and len(provinces) == 1 and None not in provinces:
        return units[0].iso3, next(iter(provinces))
    return None

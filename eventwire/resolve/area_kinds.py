"""The kind of a country's first-level areas, as ISO 3166-2 names it (the ``pycountry`` registry package's
subdivision types: India's are states, Pakistan's provinces, Iraq's governorates), read from the word a
text writes after an area's name: "Punjab state" is India's Punjab, "Punjab province" Pakistan's
(``places.area_kind_country``)."""
from __future__ import annotations

import re
from functools import lru_cache

# the word for an area's kind after its name ("Punjab state", "Kassala State", "Sahel region")
_KIND_AFTER = re.compile(r"\s+(state|province|region|governorate|department|prefecture|county|oblast|emirate)\b",
                         re.IGNORECASE)


_KIND_TAIL = re.compile(r"\s(" + _KIND_AFTER.pattern.split("(", 1)[1].split(")", 1)[0] + r")$", re.IGNORECASE)


def kind_written(text: str, start: int, end: int) -> str | None:
    """The kind word written right after the name at [start, end), or closing it ("Punjab State" read
    whole), lower case, or None."""
    m = _KIND_AFTER.match(text, end) or _KIND_TAIL.search(text[start:end])
    return m.group(1).lower() if m else None


@lru_cache(maxsize=512)
def country_kinds(iso3: str) -> frozenset[str]:
    """The words ISO 3166-2 uses for the country's subdivisions ("state", "union territory"), lower case;
    empty for a country the registry does not list."""
    import pycountry  # (loaded only when a kind word has to choose between countries)

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return frozenset()
    subs = pycountry.subdivisions.get(country_code=country.alpha_2) or ()
    return frozenset(s.type.lower() for s in subs)


def kind_countries(kind: str, iso3s: set[str]) -> set[str]:
    """Those of the countries ``iso3s`` whose subdivisions ISO 3166-2 names with the word ``kind``."""
    return {iso3 for iso3 in iso3s if any(kind == k or k.endswith(" " + kind) for k in country_kinds(iso3))}


@lru_cache(maxsize=512)
def kind_level(iso3: str, kind: str) -> str | None:
    """The level ("admin1" or "admin2") of the country's areas that ISO 3166-2 names with the word ``kind``,
    when only one level is so named: Burkina Faso's regions are first-level and its provinces second-level
    (a subdivision with a parent is second-level); None when neither or both are."""
    import pycountry  # (loaded only when a kind word has to choose between levels)

    country = pycountry.countries.get(alpha_3=iso3)
    subs = (pycountry.subdivisions.get(country_code=country.alpha_2) or ()) if country is not None else ()
    levels = {"admin2" if s.parent_code else "admin1" for s in subs
              if kind == s.type.lower() or s.type.lower().endswith(" " + kind)}
    return next(iter(levels)) if len(levels) == 1 else None

"""Actor names as users type them: the dictionary's aliases lead to the canonical names stored
on events, so a filter or an autocomplete for "al-Shabab" finds "Al Shabaab"."""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..resolve.actors import load_rows

MAX_NAMES = 20


def fold(text: str) -> str:
    """Lower case, hyphens and punctuation as spaces, one space between words."""
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


@functools.lru_cache(maxsize=4)
def _table(data_dir: Path) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """(canonical, type, folded names and aliases) for every dictionary row."""
    rows = load_rows(Path(data_dir) / "actors.tsv")
    return tuple((_any_period(canonical, typ), typ, tuple(dict.fromkeys(fold(n) for n in (canonical, *aliases))))
                 for canonical, typ, _country, aliases, _era in rows)


def _any_period(canonical: str, typ: int) -> str:
    """State forces are stored with the period of each event ("Military Forces of Kenya (2013-2022)"):
    the name without it finds them all."""
    return re.sub(r" \(\d{4}-(?:\d{4})?\)", "", canonical) if typ == 1 else canonical


def canonical_names(data_dir: Path, text: str) -> list[str]:
    """Canonical names of the actors with a name or alias equal to ``text`` or containing it as
    whole words (at most :data:`MAX_NAMES`)."""
    key = fold(text)
    if len(key) < 3:
        return []
    exact, partial = [], []
    pattern = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    for canonical, _typ, names in _table(Path(data_dir)):
        if key in names:
            exact.append(canonical)
        elif any(pattern.search(n) for n in names):
            partial.append(canonical)
    return (exact + partial)[:MAX_NAMES]


def suggestions(data_dir: Path, text: str, limit: int = 10) -> list[dict]:
    """Dictionary actors whose name or an alias starts a word with ``text``: name, type and the
    alias that matched (for an autocomplete)."""
    key = fold(text)
    if len(key) < 2:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(key)}")
    out = []
    for canonical, typ, names in _table(Path(data_dir)):
        hits = [n for n in names if pattern.search(n)]
        if hits:
            hit = min(hits, key=lambda n: (not n.startswith(key), len(n)))
            out.append({"name": canonical, "type": typ, "alias": hit})
    out.sort(key=lambda r: (not r["alias"].startswith(key), len(r["name"])))
    return out[:limit]

"""The one loader of word classes.

A word class is a plain TSV file ``eventwire/lang/<lang>/<class>.tsv``:

* comment lines start with ``#``; ``# version: <id>`` names the file's version and ``# source: …``
  lines say where the entries come from;
* the first other line is the header; it has at least ``entry`` and ``example`` columns (the example is
  a short sentence of our own that uses the entry) and may add columns such as ``value`` or ``class``;
* every following line is one entry.

Rules never write a word list in code: they ask this module for a class and build their patterns
from it. A second language is a second folder with the same file names.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..datafiles import data_lines, read_table
from ..errors import ResourceError

LANG_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Entry:
    entry: str
    example: str
    extra: dict[str, str] = field(default_factory=dict)

    def get(self, column: str, default: str | None = None) -> str | None:
        return self.extra.get(column, default)


@dataclass(frozen=True)
class WordClass:
    name: str
    lang: str
    version: str
    path: Path
    entries: tuple[Entry, ...]

    def words(self) -> tuple[str, ...]:
        return tuple(e.entry for e in self.entries)

    def mapping(self, column: str) -> dict[str, str]:
        """entry (lower-cased) -> the value of ``column``."""
        return {e.entry.lower(): e.extra[column] for e in self.entries if e.extra.get(column) not in (None, "")}

    def values(self, column: str = "value", **where: str) -> dict[str, int]:
        """entry -> the integer in ``column``, in file order, for the entries whose other columns equal
        ``where`` (e.g. ``values(**{"class": "unit"})``)."""
        return {e.entry: int(e.extra[column]) for e in self.entries
                if all(e.extra.get(k) == v for k, v in where.items())}

    def where(self, column: str, value: str) -> tuple[str, ...]:
        """The entries whose ``column`` equals ``value`` (e.g. harm verbs of class ``kill``)."""
        return tuple(e.entry for e in self.entries if e.extra.get(column) == value)

    def alternation(self, words: tuple[str, ...] | None = None) -> str:
        """A regex alternation of the entries, longest first, spaces matching any run of spaces."""
        items = sorted(set(words if words is not None else self.words()), key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)

    def pattern(self, flags: int = re.IGNORECASE) -> re.Pattern[str]:
        """Any entry as a whole word."""
        return re.compile(rf"\b(?:{self.alternation()})\b", flags)


def read_tsv_lines(path: Path) -> tuple[str, list[str]]:
    """The ``# version:`` of a data file and its non-comment, non-blank lines (header first)."""
    version, lines = data_lines(path)
    return version, [text for _, text in lines]


def _read(path: Path, name: str, lang: str) -> WordClass:
    table = read_table(path, required=0)  # an entry's empty trailing columns may be left out
    if "entry" not in table.columns or "example" not in table.columns:
        raise ResourceError(f"word class file {path}: the header needs 'entry' and 'example' columns, "
                            f"has {list(table.columns)}")
    entries: list[Entry] = []
    for row in table.rows:
        entry, example = row["entry"].strip(), row["example"].strip()
        if not entry or not example:
            raise table.error(row, "needs an entry and an example")
        extra = {k: v.strip() for k, v in row.fields.items() if k not in ("entry", "example")}
        entries.append(Entry(entry, example, extra))
    return WordClass(name, lang, table.version or f"{name}.unversioned", path, tuple(entries))


@functools.lru_cache(maxsize=None)
def load(name: str, lang: str = "en", lang_dir: Path = LANG_DIR) -> WordClass:
    """The word class ``name`` of language ``lang`` (cached per process)."""
    path = lang_dir / lang / f"{name}.tsv"
    if not path.exists():
        raise ResourceError(f"word class {name!r} for language {lang!r} is missing ({path.name}); reinstall eventwire")
    return _read(path, name, lang)


def available(lang: str = "en", lang_dir: Path = LANG_DIR) -> list[str]:
    """The names of the word classes a language folder has."""
    return sorted(p.stem for p in (lang_dir / lang).glob("*.tsv"))


def files(lang: str = "en", lang_dir: Path = LANG_DIR) -> list[Path]:
    """Every word-class file of a language (for version hashes)."""
    return sorted((lang_dir / lang).glob("*.tsv"))

"""The word index that answers free-text search over merged events without reading their texts.

Free text keeps its meaning: a merged event matches ``q`` when its search text contains
``q.lower()``.  A *word* is a maximal run of letters and digits (``WORD``), a *word start*
where one begins.  For every line of a merged event's search text and every word start in
it, the index holds the next :data:`TERM_CHARS` characters of that line as a *term*
(``search_terms`` / ``search_recent``: term, key of the ``merged_events`` row), and
``search_words`` holds every word.

A query with no line break that starts with a letter or digit occurs in a line exactly
when some term of that line starts with one of the query's *prefixes*:

* one word ``w`` alone (``"drone"``) lies inside a word of the line: for each indexed word
  holding ``w``, that word up to the end of ``w``;
* a query whose first word ``w`` is followed by anything else (``"group 77"``) begins at
  the end of a word: for each indexed word ending with ``w``, that word without ``w``,
  followed by the query.

So the merged events holding a term that starts with one of those prefixes are exactly the
matching ones while every prefix fits in a term; a longer prefix is cut to
:data:`TERM_CHARS` characters and the few events found are then checked against their
text.  Other queries (a line break, a leading space or sign, a word found in too many
indexed words) are answered by reading every text, as before.

Upkeep, in the transaction of every change to ``merged_events``: a row written again with
the same cluster and search text keeps its key and its terms; the terms of other new rows
go to the small unsorted ``search_recent``.  The terms of a removed row are deleted from
``search_recent``, and left behind in the large ``search_terms``: a key is never given to
another row, and every read joins the live ``merged_events`` rows.  When ``search_recent``
has :data:`FLUSH_ROWS` terms it is appended to ``search_terms`` in term order; after
:data:`MAX_RUNS` such appends, or when a quarter of its events are gone, ``search_terms``
is rewritten in term order with the terms of live rows only.  Term order is what lets a
lookup read only the few blocks whose terms can match.  ``search_words`` only grows until
the index is built anew (a word no event holds any more costs a lookup, not a wrong answer).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

# A word: a maximal run of letters and digits (Unicode), the underscore excluded.
WORD = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")
TERM_CHARS = 32
# More prefixes than this (a short word inside many indexed words): read every text instead.
MAX_PREFIXES = 64
# search_recent is appended to search_terms at this size (four of DuckDB's row groups) ...
FLUSH_ROWS = 4 * 122_880
# ... and search_terms is rewritten in term order after this many appends, or when this
# share of its merged events is gone.
MAX_RUNS = 8
DEAD_SHARE = 0.25
# Merged events indexed at a time when the whole index is built.
BUILD_CHUNK = 20_000
KEY_SEQUENCE = "merged_event_keys"

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "search_terms": (("term", "VARCHAR"), ("key", "BIGINT")),
    "search_recent": (("term", "VARCHAR"), ("key", "BIGINT")),
    "search_words": (("word", "VARCHAR"),),
    # One row: appends to search_terms since it was last written in order, the highest key
    # in it, how many merged events it holds, and how many of those are gone.
    "search_index_state": (("runs", "INTEGER"), ("last_key", "BIGINT"), ("events", "BIGINT"),
                           ("dead", "BIGINT")),
}


def terms(text: str) -> set[str]:
    """The index terms of a search text: from each word start, the rest of its line cut to
    :data:`TERM_CHARS` characters."""
    return entries(text)[0]


def words(text: str) -> set[str]:
    return entries(text)[1]


def entries(text: str) -> tuple[set[str], set[str]]:
    """The terms and the words of a search text."""
    found: set[str] = set()
    seen: set[str] = set()
    for line in text.split("\n"):
        parts = _SPLIT.split(line)  # separator, word, separator, word, ..., separator
        pos = len(parts[0])
        for i in range(1, len(parts), 2):
            found.add(line[pos:pos + TERM_CHARS])
            seen.add(parts[i])
            pos += len(parts[i]) + len(parts[i + 1])
    return found, seen


@dataclass(frozen=True)
class TextMatch:
    """How the index finds the merged events whose search text contains ``text``."""

    text: str  # lower-cased
    prefixes: tuple[str, ...]  # a merged event matches when one of its terms starts with one
    exact: bool  # False: the prefixes find a superset, checked against the search text

    def condition(self) -> tuple[str, list[Any]]:
        """A condition over ``merged_events`` and its parameters."""
        if not self.prefixes:
            return "FALSE", []
        parts, params = [], []
        ranges, range_params = [], []
        for p in self.prefixes:
            cond, cond_params = _prefix_range(p)
            parts.append(f"SELECT key FROM search_terms WHERE {cond}")
            params += cond_params
            ranges.append(f"({cond})")
            range_params += cond_params
        parts.append(f"SELECT key FROM search_recent WHERE {' OR '.join(ranges)}")
        params += range_params
        sql = f"key IN (SELECT unnest((SELECT list(DISTINCT key) FROM ({' UNION ALL '.join(parts)}))))"
        if not self.exact:
            sql += " AND contains(search_text, ?)"
            params.append(self.text)
        return sql, params


def _prefix_range(prefix: str) -> tuple[str, list[Any]]:
    """``term`` starts with ``prefix``, as a range the table's min/max statistics can skip on."""
    upper = _after(prefix)
    if upper is None:
        return "term >= ? AND starts_with(term, ?)", [prefix, prefix]
    return "term >= ? AND term < ?", [prefix, upper]


def _after(prefix: str) -> str | None:
    """The least string greater than every string starting with ``prefix`` (code point order,
    which is the byte order of UTF-8); None when there is none."""
    stem = prefix.rstrip("\U0010ffff")
    if not stem:
        return None
    nxt = ord(stem[-1]) + 1
    if 0xD800 <= nxt <= 0xDFFF:
        nxt = 0xE000
    return stem[:-1] + chr(nxt)


def prefixes(text: str, candidates: Iterable[str]) -> tuple[tuple[str, ...], bool] | None:
    """The term prefixes that find ``text`` (lower-cased) and whether they find it exactly,
    given ``candidates``: the indexed words that hold its first word (every indexed word will
    do).  None when the index cannot answer."""
    if "\n" in text:
        return None
    first = WORD.match(text)
    if first is None:
        return None
    head = first.group()
    found: set[str] = set()
    if len(head) == len(text):
        for word in candidates:
            i = word.find(head)
            while i >= 0:
                found.add(word[:i + len(head)])
                i = word.find(head, i + 1)
    else:
        found = {word[:len(word) - len(head)] + text for word in candidates if word.endswith(head)}
    exact = all(len(p) <= TERM_CHARS for p in found)
    kept: list[str] = []
    for p in sorted({p[:TERM_CHARS] for p in found}):
        if not kept or not p.startswith(kept[-1]):
            kept.append(p)
    if len(kept) > MAX_PREFIXES:
        return None
    return tuple(kept), exact


def plan(con: duckdb.DuckDBPyConnection, text: str) -> TextMatch | None:
    """How to find ``text`` with the index of the store ``con`` reads; None: read every text."""
    q = text.lower()
    first = WORD.match(q)
    if first is None or "\n" in q:
        return None
    head = first.group()
    test = "contains(word, ?)" if len(head) == len(q) else "suffix(word, ?)"
    candidates = [r[0] for r in con.execute(f"SELECT word FROM search_words WHERE {test}", [head]).fetchall()]
    found = prefixes(q, candidates)
    if found is None:
        return None
    return TextMatch(q, *found)


# ---------------------------------------------------------------- upkeep

def create(con: duckdb.DuckDBPyConnection) -> None:
    """The index's tables, its key sequence and the ``key`` column of ``merged_events``."""
    con.execute(f"CREATE SEQUENCE IF NOT EXISTS {KEY_SEQUENCE}")
    con.execute('ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS "key" BIGINT')
    for table, columns in TABLES.items():
        cols = ", ".join(f'"{name}" {kind}' for name, kind in columns)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Index every row of ``merged_events`` anew, in term order."""
    con.execute("CREATE OR REPLACE TEMP TABLE search_build (term VARCHAR, key BIGINT)")
    found = _insert_terms_after(con, "search_build", None)
    con.execute("CREATE OR REPLACE TABLE search_terms AS SELECT term, key FROM search_build ORDER BY term, key")
    con.execute("DROP TABLE search_build")
    con.execute("DELETE FROM search_words")
    _insert_words(con, found)
    con.execute("DELETE FROM search_recent")
    _reset_state(con)


def add_after(con: duckdb.DuckDBPyConnection, key: int | None) -> None:
    """After many ``merged_events`` rows were inserted: index those with a key above ``key``."""
    _insert_words(con, _insert_terms_after(con, "search_recent", key))
    _settle(con)


def _insert_terms_after(con: duckdb.DuckDBPyConnection, table: str, key: int | None) -> set[str]:
    """Insert into ``table`` the terms of the ``merged_events`` rows with a key above ``key``
    (all when None), :data:`BUILD_CHUNK` keys at a time; their words."""
    found: set[str] = set()
    lo, hi = con.execute("SELECT min(key), max(key) FROM merged_events WHERE key > ?",
                         [-1 if key is None else key]).fetchone()
    for start in range(lo, hi + 1, BUILD_CHUNK) if lo is not None else ():
        rows = con.execute("SELECT key, search_text FROM merged_events WHERE key >= ? AND key < ?",
                           [start, start + BUILD_CHUNK]).fetchall()
        found |= _insert_terms(con, table, rows)
    return found


def _insert_terms(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[tuple[int, str | None]]) -> set[str]:
    """Insert the terms of (key, search_text) ``rows`` into ``table``; their words."""
    import pyarrow as pa

    term_list: list[str] = []
    key_list: list[int] = []
    seen: set[str] = set()
    for key, text in rows:
        if text:
            found, found_words = entries(text)
            term_list += found
            key_list += [key] * len(found)
            seen |= found_words
    if term_list:
        con.register("new_search_terms", pa.table({"term": pa.array(term_list, pa.string()),
                                                   "key": pa.array(key_list, pa.int64())}))
        try:
            con.execute(f"INSERT INTO {table} SELECT term, key FROM new_search_terms")
        finally:
            con.unregister("new_search_terms")
    return seen


def _insert_words(con: duckdb.DuckDBPyConnection, found: set[str]) -> None:
    """Add the words of ``found`` not in ``search_words`` yet."""
    import pyarrow as pa

    if not found:
        return
    con.register("new_search_words", pa.table({"word": pa.array(sorted(found), pa.string())}))
    try:
        con.execute("INSERT INTO search_words SELECT word FROM new_search_words n "
                    "WHERE NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = n.word)")
    finally:
        con.unregister("new_search_words")


def _reset_state(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM search_index_state")
    con.execute("INSERT INTO search_index_state SELECT 0, coalesce(max(key), 0), count(*), 0 FROM merged_events")


def remove(con: duckdb.DuckDBPyConnection, keys: Sequence[int]) -> None:
    """Before the ``merged_events`` rows of ``keys`` are deleted."""
    if not keys:
        return
    last_key = con.execute("SELECT last_key FROM search_index_state").fetchone()[0]
    recent = [k for k in keys if k > last_key]
    if recent:
        con.execute("DELETE FROM search_recent WHERE key IN (SELECT unnest(?))", [recent])
    if len(recent) < len(keys):
        con.execute("UPDATE search_index_state SET dead = dead + ?", [len(keys) - len(recent)])


def _settle(con: duckdb.DuckDBPyConnection) -> None:
    """Append ``search_recent`` to ``search_terms`` when it is large, and rewrite
    ``search_terms`` in term order when it has had enough appends or holds many gone events."""
    runs, events, dead, recent = con.execute("SELECT runs, events, dead, (SELECT count(*) FROM search_recent) "
                                             "FROM search_index_state").fetchone()
    full = recent >= FLUSH_ROWS
    if (events > 0 and dead > DEAD_SHARE * events) or (full and runs + 1 >= MAX_RUNS):
        compact(con)
    elif full:
        con.execute("INSERT INTO search_terms SELECT term, key FROM search_recent ORDER BY term, key")
        con.execute("UPDATE search_index_state SET runs = runs + 1, "
                    "last_key = (SELECT max(key) FROM search_recent), "
                    "events = events + (SELECT count(DISTINCT key) FROM search_recent)")
        con.execute("DELETE FROM search_recent")


def compact(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite ``search_terms`` in term order with the terms of live rows only, and empty
    ``search_recent`` into it."""
    con.execute("CREATE OR REPLACE TABLE search_terms AS SELECT term, key FROM "
                "(SELECT term, key FROM search_terms UNION ALL SELECT term, key FROM search_recent) "
                "WHERE key IN (SELECT key FROM merged_events) ORDER BY term, key")
    con.execute("DELETE FROM search_recent")
    _reset_state(con)

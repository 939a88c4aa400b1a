"""Searching text with regular expressions while skipping what they cannot match.

Two tests, both derived from the parsed pattern itself, so they stay right when a pattern changes:

* ``required_words(pattern)`` returns clauses, each a set of lower-case ASCII strings: every match
  of the pattern, and every text its lookaheads and lookbehinds read, contains at least one string
  of each clause.  ``may_match(clauses, folded(text))`` is therefore False only for texts the
  pattern cannot match anywhere, so

      for m in pattern.finditer(text) if may_match(clauses, folded(text)) else ()

  finds exactly what ``pattern.finditer(text)`` finds.
* ``GapSkipper(pattern).finditer(text)`` finds exactly what ``pattern.finditer(text)`` finds, but
  passes over long runs of whitespace (the blanked sentences of an event-date context) at the
  speed of a character class instead of trying the pattern at each of their positions.  It only
  does so for patterns that cannot match the empty string nor start with whitespace.
"""
from __future__ import annotations

import re
import sys

if sys.version_info >= (3, 11):
    from re import _parser as _sre_parse
else:
    import sre_parse as _sre_parse

Clauses = tuple[frozenset[str], ...]

_SHORTEST = 3  # strings shorter than this are in almost every text: no use as a test

# Characters that a case-insensitive pattern letter matches although ``str.lower()`` of the
# character is not that letter (dotted and dotless i, long s).  A text holding one of them is
# never skipped.
UNFOLDED = "\u0130\u0131\u017f"

_REPEATS = tuple(getattr(_sre_parse, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(_sre_parse, name))


def _score(clause: frozenset[str]) -> tuple[int, int]:
    return min(len(w) for w in clause), -len(clause)


def _minimal(words: set[str]) -> frozenset[str]:
    """Drop words that contain another word of the set: the shorter one occurs wherever they do."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _clauses(items) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _SHORTEST:
            out.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, av in items:
        if op is _sre_parse.LITERAL and av < 128:
            run.append(chr(av))
            continue
        flush()
        if op is _sre_parse.SUBPATTERN:
            out.extend(_clauses(av[-1]))
        elif getattr(_sre_parse, "ATOMIC_GROUP", None) is op:
            out.extend(_clauses(av))
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                out.extend(_clauses(sub))
        elif op is _sre_parse.ASSERT:
            out.extend(_clauses(av[1]))
        elif op is _sre_parse.BRANCH:
            best = []
            for alt in av[1]:
                alt_clauses = _clauses(alt)
                if not alt_clauses:
                    break
                best.append(max(alt_clauses, key=_score))
            else:
                out.append(_minimal(set().union(*best)))
        # any other item (a class, a boundary, a negative assertion, a back reference) requires no
        # string of its own
    flush()
    return out


def required_words(pattern: re.Pattern | str, flags: int = 0) -> Clauses:
    """Clauses of lower-case ASCII strings every match of ``pattern`` needs one of (see the module)."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    parsed = _sre_parse.parse(pattern, flags)
    unique = {c: None for c in _clauses(parsed.data)}
    return tuple(sorted(unique, key=_score, reverse=True))


_GAP = 12  # whitespace runs at least this long are passed over in one step


def _first_char(items) -> tuple[bool, bool]:
    """(whether the first character consumed may be whitespace, whether the items may consume none)."""
    for op, av in items:
        if op in (_sre_parse.AT, _sre_parse.ASSERT, _sre_parse.ASSERT_NOT):
            continue
        if op is _sre_parse.LITERAL:
            return chr(av).isspace(), False
        if op is _sre_parse.IN:
            return not all(_never_space(item) for item in av), False
        if op is _sre_parse.SUBPATTERN or getattr(_sre_parse, "ATOMIC_GROUP", None) is op:
            space, empty = _first_char(av[-1] if op is _sre_parse.SUBPATTERN else av)
        elif op is _sre_parse.BRANCH:
            firsts = [_first_char(alt) for alt in av[1]]
            space, empty = any(f[0] for f in firsts), any(f[1] for f in firsts)
        elif op in _REPEATS:
            low, _high, sub = av
            space, empty = _first_char(sub)
            empty = empty or low == 0
        else:
            return True, True
        if space:
            return True, empty
        if not empty:
            return False, False
    return False, True


def _never_space(item) -> bool:
    op, av = item
    if op is _sre_parse.LITERAL:
        return not chr(av).isspace()
    if op is _sre_parse.RANGE:
        low, high = av
        return high - low < 4096 and not any(chr(c).isspace() for c in range(low, high + 1))
    if op is _sre_parse.CATEGORY:
        return av in (_sre_parse.CATEGORY_DIGIT, _sre_parse.CATEGORY_WORD, _sre_parse.CATEGORY_NOT_SPACE)
    return False


class GapSkipper:
    """``finditer`` with the matches of ``pattern``, passing over long whitespace runs quickly."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        space, empty = _first_char(_sre_parse.parse(pattern.pattern, pattern.flags).data)
        # where the pattern fails, the whole whitespace run from there is one throw-away match;
        # no match of the pattern can start inside it, so none is lost
        self._skipping = (None if space or empty else
                          re.compile(rf"(?:{pattern.pattern})|\s{{{_GAP},}}", pattern.flags))

    @property
    def skips(self) -> bool:
        return self._skipping is not None

    def finditer(self, text: str):
        if self._skipping is None:
            yield from self.pattern.finditer(text)
            return
        for m in self._skipping.finditer(text):
            if not text[m.start()].isspace():
                yield m


def folded(text: str) -> str | None:
    """``text`` in lower case for ``may_match``; None when no text test is safe for it."""
    if not text.isascii() and any(c in text for c in UNFOLDED):
        return None
    return text.lower()


def may_match(clauses: Clauses, low: str | None) -> bool:
    """False only when the folded text ``low`` lacks every string of some clause."""
    if low is None:
        return True
    for clause in clauses:
        for word in clause:
            if word in low:
                break
        else:
            return False
    return True

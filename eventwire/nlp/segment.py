"""Fast sentence and paragraph segmentation with exact character offsets.

A regular-expression splitter is used instead of spaCy's parser so that the
whole article can be segmented and scanned for triggers before any model runs;
only the sentences that may hold an event are parsed afterwards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "brig", "adm",
    "gov", "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "vs", "inc", "ltd",
    "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "cmdr", "pres", "sgt", "cpl", "pvt",
}

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) then whitespace,
# or at a blank line.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n\s*\n")
_PARA = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period at text[end-1] closes an abbreviation or an initial."""
    j = end - 1
    while j > 0 and text[j - 1] not in " \t\n(\"“":
        j -= 1
    word = text[j:end - 1].lower().rstrip(".")
    if word in _ABBREV:
        return True
    return len(word) == 1 and word.isalpha()


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets exclude surrounding whitespace."""
    out: list[Sentence] = []
    para_breaks = [m.start() for m in _PARA.finditer(text)]
    start = 0
    cuts: list[tuple[int, int]] = []
    for m in _BOUNDARY.finditer(text):
        seg_end = m.start()
        if "\n" not in m.group(0) or not _PARA.search(m.group(0)):
            # a period followed by a lowercase letter or a digit does not end a sentence
            nxt = text[m.end():m.end() + 1]
            stop = text[m.start() - 1] if m.start() > 0 else ""
            if nxt and (nxt.islower() or nxt.isdigit()) and "\n" not in m.group(0):
                continue
            if stop == "." and _is_abbreviation(text, m.start()) and "\n" not in m.group(0):
                continue
        # include closing quotes/brackets in the sentence
        closing = re.match(r"[\"'”’)\]]*", m.group(0)).group(0)
        cuts.append((start, seg_end + len(closing)))
        start = m.end()
    cuts.append((start, len(text)))
    for s, e in cuts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            para = sum(1 for b in para_breaks if b < s)
            out.append(Sentence(len(out), s, e, para))
    return out

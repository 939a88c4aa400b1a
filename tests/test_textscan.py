"""Skipping text a pattern cannot match: the word test and the whitespace-gap search find exactly
what a plain search finds."""
from __future__ import annotations

import datetime as dt
import json
import re
import string
from pathlib import Path

import pytest

from eventwire.extract import fatalities
from eventwire.resolve import dates
from eventwire.textscan import UNFOLDED, GapSkipper, folded, may_match, required_words


ROOT = Path(__file__).resolve().parents[1]


def _sample_texts(shared_dir, per_file: int = 60) -> list[str]:
    """The repository's own texts (the golden articles and the bundled example), and as an extra the
    first texts of each shared evaluation file when the checkout has them beside the repository."""
    golden = ROOT / "tests" / "golden" / "events.jsonl"
    texts = [json.loads(line)["text"] for line in golden.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.txt"))]
    for path in sorted((shared_dir / "eval" / "dev").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for _, line in zip(range(per_file), fh):
                texts.append(json.loads(line)["text"])
    return texts


@pytest.mark.parametrize("pattern,clauses", [
    (r"kill(?:ed|s)?", [{"kill"}]),
    (r"(?i:shot) dead|gunned down", [{" dead", "gunned down"}]),
    (r"\b(?:bodies|corpses)\s+of\s+\d+", [{"bodies", "corpses"}]),
    (r"(?:at least )?\d+ (?:people )?died", [{"died"}]),
    (r"\bleft\b(?=[^.]{1,80}?\s+dead\b)", [{"left"}, {"dead"}]),
    (r"\d+(?! dead)", []),
    (r"(?:killed|x)", []),
    (r"(?:death|dead)", [{"dea"}]),
])
def test_required_words(pattern, clauses):
    assert sorted(map(set, required_words(pattern)), key=sorted) == sorted(clauses, key=sorted)


def test_required_words_of_a_compiled_pattern_keep_its_flags():
    assert required_words(re.compile("KILLED", re.IGNORECASE)) == (frozenset({"killed"}),)


def test_unfolded_lists_every_character_a_letter_matches_without_lowering_to_it():
    everything = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    odd = set()
    for ch in string.ascii_letters + string.digits:
        for m in re.finditer(re.escape(ch), everything, re.IGNORECASE):
            if m.group().lower() != ch.lower():
                odd.add(m.group())
    assert odd == set(UNFOLDED)


@pytest.mark.parametrize("text", ["Three were KILLED.", "three were kılled", "ſhot dead", "İnjured"])
def test_word_test_never_refuses_a_text_the_pattern_matches(text):
    for pattern in (re.compile("killed|shot dead|injured", re.IGNORECASE),):
        clauses = required_words(pattern)
        if pattern.search(text):
            assert may_match(clauses, folded(text))


def test_folded_gives_up_on_characters_lowering_cannot_match():
    assert folded("Kılled") is None
    assert folded("Killed “here”") == "killed “here”"


def _every_sentence_pattern():
    rx = fatalities._rx()
    keys = ("deny", "ordinal", "toll", "bodies_of", "n_bodies", "body_of", "deaths_of", "n_deaths", "death_of",
            "passive", "single_died", "body_found", "to_death", "left_dead", "active", "single", "name")
    return [rx[k] for k in keys] + [p for p, _, _ in dates._RULES]


def test_patterns_match_nothing_where_the_word_test_refuses(shared_dir):
    texts = _sample_texts(shared_dir)
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    refused = 0
    for pattern in _every_sentence_pattern():
        clauses = required_words(pattern)
        for s in sentences:
            if not may_match(clauses, folded(s)):
                refused += 1
                assert pattern.search(s) is None, (pattern.pattern[:80], s)
    assert refused > 0


GAP = " " * 40


@pytest.mark.parametrize("text", [
    f"It happened on Monday{GAP}morning, police said.",          # a match across the blanks
    f"Fighting began in March{GAP}12 people died.",              # a lookahead across the blanks
    f"{GAP}On 4 March 2024{GAP}at about 10 a.m.{GAP}",
    f"Yesterday{GAP}\n\n{GAP}last week, two days ago{GAP}",
    "No blanks at all: on 3/4/2024 at 14:30 GMT, in early 2023.",
    "",
])
def test_gap_skipper_finds_what_finditer_finds(text):
    assert all(GapSkipper(p).skips for p, _, _ in dates._RULES)
    for pattern in _every_sentence_pattern():
        skipper = GapSkipper(pattern)
        assert [(m.span(), m.groupdict()) for m in skipper.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", [r"\s*on", r"(?:x)?", r"[^a]b", r".+", r"\W"])
def test_gap_skipper_searches_plainly_when_a_match_may_start_with_whitespace(pattern):
    skipper = GapSkipper(re.compile(pattern))
    assert not skipper.skips
    text = f"a{GAP}on{GAP}b"
    assert [m.span() for m in skipper.finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


def _plain_dates(monkeypatch):
    class Plain:
        def __init__(self, pattern):
            self.finditer = pattern.finditer
    monkeypatch.setattr(dates, "_scan", lambda pattern: (Plain(pattern), ()))


def test_time_expressions_as_with_plain_search(shared_dir, monkeypatch):
    texts = _sample_texts(shared_dir, per_file=40)
    pub = dt.date(2024, 3, 14)
    blanked = [re.sub(r"(?<=[.!?]) [^.!?]{20,}[.!?]", lambda m: " " * len(m.group()), t) for t in texts]
    fast = [dates.find_time_expressions(t, pub) for t in texts + blanked]
    _plain_dates(monkeypatch)
    assert fast == [dates.find_time_expressions(t, pub) for t in texts + blanked]


def test_casualties_as_with_plain_search(shared_dir, monkeypatch):
    texts = _sample_texts(shared_dir, per_file=60)
    spans = [[(m.start(), m.end()) for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", t) if m.group().strip()]
             for t in texts]
    fast = [fatalities.find_casualties(t, s) for t, s in zip(texts, spans)]
    monkeypatch.setattr(fatalities, "_required", lambda key: ())
    assert fast == [fatalities.find_casualties(t, s) for t, s in zip(texts, spans)]

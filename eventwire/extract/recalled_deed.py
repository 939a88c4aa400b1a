"""The deed a follow-up story recalls (``news.recalled_deed_of_defender_story``).

A full news article about a rights defender often reports no event of its own: a court jails the killers
of an activist, an exiled reporter tells of his months in a cell, an appeal is heard.  The deed against
the defender is told after the lead, with its own month or year, so the background rules
(``extract/news_background.py``, ``salience``) read it as ``historical``.  When the article names rights
defenders at least ``MIN_DEFENDER_WORDS`` times (``lang/en/rights_defenders.tsv``) and no mention of it is
asserted, its first recalled deed against a person is coded as its event, with the deed's own date and
place (ACLED adds historical events when a new source reports them: ``classify/recalled_deed_rules.py``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.loader import load as word_class
from . import salience
from .classify.recalled_deed_rules import RECALLED_DEED
from .merge import CodedMention

MIN_DEFENDER_WORDS = 2  # an article naming rights defenders this often is about one
# the deeds against a person: ACLED's violence against civilians, and arrests (an arrest at a rally too)
DEED_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests"})
# background readings that tell no single occurrence: a sum over a period, a habit, a backdrop, a kind
_NOT_ONE_DEED = frozenset({"salience.background_aggregate", "salience.background_year_total",
                           "salience.generic_subject", "salience.generic_statement", "salience.ongoing_backdrop",
                           "salience.summary_of_recent_days"})


# a count of people with a qualifier ("at least 40 journalists"): with a whole year for its date, a year's total
_COUNTED = re.compile(r"\b(?:at least|more than|over|nearly|almost|some|about|around|up to)\s+\d[\d,]*\b", re.IGNORECASE)


def _year_total(m: CodedMention) -> bool:
    """A deed dated by a whole year whose sentence counts its victims ("In 2022, at least 40 journalists were
    jailed"): the year's total of a kind, not one occurrence (``salience.background_year_total``)."""
    d = m.date
    whole_year = d is not None and d.low is not None and d.high is not None and d.low.year == d.high.year \
        and (d.low.month, d.low.day, d.high.month, d.high.day) == (1, 1, 12, 31)
    return whole_year and bool(_COUNTED.search(m.own_words))


def full_article(text: str) -> bool:
    """A story of several paragraphs: a body after its lead (``salience.lead_end``)."""
    return "\n" in text.strip() and salience.lead_end(text) < len(text.rstrip())


def about_defender(text: str) -> bool:
    """Whether the article names rights defenders at least ``MIN_DEFENDER_WORDS`` times."""
    pattern = word_class("rights_defenders").pattern()
    return sum(1 for _ in pattern.finditer(text)) >= MIN_DEFENDER_WORDS


def recalled_deed(mentions: list[CodedMention], text: str) -> CodedMention | None:
    """The first recalled deed against a person of a full article about a rights defender that asserts no
    mention, else None."""
    if any(m.modality == "asserted" for m in mentions) or not full_article(text) or not about_defender(text):
        return None
    body = salience.headline_end(text) or 0  # (a headline restates its body's deed in fewer words)
    deeds = [m for m in mentions if m.modality == "historical" and m.modality_rule not in _NOT_ONE_DEED
             and m.trigger.start >= body and (m.sub_event_type in DEED_TYPES or "arrest" in m.families)
             and not _year_total(m)]
    return min(deeds, key=lambda m: m.trigger.start) if deeds else None


def promote(mentions: list[CodedMention], text: str) -> list[CodedMention]:
    """The mentions with the article's recalled deed (``recalled_deed``) coded as asserted."""
    deed = recalled_deed(mentions, text)
    if deed is None:
        return mentions
    return [replace(m, modality="asserted", modality_rule=RECALLED_DEED) if m is deed else m for m in mentions]
